//! The `SessionStore` contract suite against every store: memory, one Redis server (over
//! TCP and a unix socket) and a three-node Redis Cluster. Afterwards, nothing of lotsa
//! remains in Redis: a SCAN of every database finds no `lotsa:` key.

mod common;

use std::sync::Arc;
use std::time::Duration;

use common::redis::{RedisCluster, RedisServer, lotsa_keys};
use lotsa::session::MemoryStore;
use lotsa::session::redis_store::{RedisConn, RedisStore};

const IDLE: Duration = Duration::from_secs(1);

fn redis_store(url: &str) -> Arc<RedisStore> {
    let settings = common::settings(&format!("redis_url = \"{url}\""));
    let conn = RedisConn::open(settings.redis.as_ref().unwrap()).unwrap();
    Arc::new(RedisStore::new(conn, Arc::new(common::content()), IDLE))
}

#[tokio::test]
async fn memory_store_meets_the_contract() {
    let content = common::content();
    common::contract::run(Arc::new(MemoryStore::new(IDLE)), &content, IDLE).await;
}

#[tokio::test]
async fn redis_store_meets_the_contract() {
    let server = RedisServer::start().await;
    common::contract::run(redis_store(&server.url()), &common::content(), IDLE).await;
    assert_eq!(lotsa_keys(&mut server.client().await).await, Vec::<String>::new());
}

#[tokio::test]
async fn redis_store_over_a_unix_socket_meets_the_contract() {
    let server = RedisServer::start_unix().await;
    common::contract::run(redis_store(&server.unix_url()), &common::content(), IDLE).await;
    assert_eq!(lotsa_keys(&mut server.client().await).await, Vec::<String>::new());
}

#[tokio::test]
async fn redis_cluster_store_meets_the_contract() {
    let cluster = RedisCluster::start().await;
    common::contract::run(redis_store(&cluster.url()), &common::content(), IDLE).await;
    assert_eq!(cluster.lotsa_keys().await, Vec::<String>::new());
}

/// Keys are named by the pseudonym alone, inside a hash tag, and every one has a TTL.
#[tokio::test]
async fn redis_keys_are_pseudonyms_with_a_ttl() {
    let server = RedisServer::start().await;
    let store = redis_store(&server.url());
    let content = common::content();
    let record = lotsa::session::Record::new(common::contract::deep_state(&content, "sv", &["promise.ok"]));
    use lotsa::session::SessionStore;
    let key = common::contract::key(9);
    store.save(&key, &record).await.unwrap();
    let mut conn = server.client().await;
    let keys = lotsa_keys(&mut conn).await;
    assert_eq!(keys, vec![format!("lotsa:{{{}}}", hex(&key.0))]);
    let ttl: i64 = redis::cmd("TTL").arg(&keys[0]).query_async(&mut conn).await.unwrap();
    assert!(ttl > 0 && ttl <= 1, "ttl {ttl}");
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}
