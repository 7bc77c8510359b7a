//! The `SessionStore` contract suite against every store.

mod common;

use std::sync::Arc;
use std::time::Duration;

use lotsa::session::MemoryStore;

const IDLE: Duration = Duration::from_secs(1);

#[tokio::test]
async fn memory_store_meets_the_contract() {
    let content = common::content();
    common::contract::run(Arc::new(MemoryStore::new(IDLE)), &content, IDLE).await;
}
