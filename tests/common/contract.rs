//! The `SessionStore` contract: one suite that every store must pass, run against the
//! memory store and against real Redis (single server and cluster).

use std::sync::Arc;
use std::time::Duration;

use lotsa::content::Content;
use lotsa::dialogue::{self, State};
use lotsa::region::Region;
use lotsa::session::{Record, SessionKey, SessionStore};

/// A distinct key per call site, so runs sharing one Redis never collide.
pub fn key(n: u8) -> SessionKey {
    let mut k: [u8; 16] = rand_bytes();
    k[0] = n;
    SessionKey(k)
}

fn rand_bytes() -> [u8; 16] {
    use std::time::{SystemTime, UNIX_EPOCH};
    let nanos = SystemTime::now().duration_since(UNIX_EPOCH).unwrap().as_nanos();
    let mut out = [0u8; 16];
    out.copy_from_slice(&nanos.to_le_bytes());
    out[15] ^= std::process::id() as u8;
    out
}

/// A state somewhere deep in a flow: a language, a node, a history and a region.
pub fn deep_state(content: &Content, lang: &str, path: &[&str]) -> State {
    let lang = content.locales.by_code(lang).expect("language exists");
    super::flows::replay(content, lang, path).0
}

/// Runs every clause. `idle` is the store's configured idle expiry (short, e.g. 1 s).
pub async fn run(store: Arc<dyn SessionStore>, content: &Content, idle: Duration) {
    store.ping().await.expect("store is ready");

    // Unknown keys: nothing to load, nothing to update, erasing is fine.
    let unknown = key(1);
    assert_eq!(store.load(&unknown).await.unwrap(), None);
    assert!(
        !store
            .update(&unknown, &Record::new(deep_state(content, "sv", &[])))
            .await
            .unwrap()
    );
    assert_eq!(store.load(&unknown).await.unwrap(), None, "update never creates");
    store.erase(&unknown).await.unwrap();

    // Save and load round-trip everything: language, node, history, region, sealed bytes.
    let a = key(2);
    let mut region_state = deep_state(content, "ar", &["promise.ok", "safety.yes", "nav.human"]);
    region_state.region = Some(Region::Syd);
    let record = Record {
        state: region_state,
        sealed: Some(vec![0, 1, 2, 255, 254, b'{', b'}']),
    };
    assert!(!record.state.history.is_empty());
    store.save(&a, &record).await.unwrap();
    assert_eq!(store.load(&a).await.unwrap(), Some(record.clone()));

    // Update replaces an existing record; sealed data may go away.
    let next = Record::new(deep_state(content, "en", &["promise.ok", "safety.yes", "who.self"]));
    assert!(store.update(&a, &next).await.unwrap());
    assert_eq!(store.load(&a).await.unwrap(), Some(next.clone()));

    // Keys are independent.
    let b = key(3);
    let other = Record::new(deep_state(content, "sv", &["promise.ok"]));
    store.save(&b, &other).await.unwrap();
    assert_eq!(store.load(&a).await.unwrap(), Some(next.clone()));
    assert_eq!(store.load(&b).await.unwrap(), Some(other.clone()));

    // A longest history survives.
    let mut long = deep_state(content, "sv", &["promise.ok"]);
    long.history = vec![long.node; dialogue::HISTORY_LIMIT];
    let long = Record::new(long);
    store.save(&b, &long).await.unwrap();
    assert_eq!(store.load(&b).await.unwrap(), Some(long));

    // Erase is immediate, and an erased conversation is never brought back by update.
    store.erase(&a).await.unwrap();
    assert_eq!(store.load(&a).await.unwrap(), None);
    assert!(!store.update(&a, &next).await.unwrap());
    assert_eq!(store.load(&a).await.unwrap(), None);
    store.erase(&b).await.unwrap();

    // Loading and updating count as activity: a conversation touched more often than the
    // idle time lives on.
    let c = key(4);
    let d = key(5);
    store.save(&c, &other).await.unwrap();
    store.save(&d, &other).await.unwrap();
    for _ in 0..3 {
        tokio::time::sleep(idle.mul_f64(0.5)).await;
        assert!(store.load(&c).await.unwrap().is_some(), "load refreshes the idle timer");
        assert!(
            store.update(&d, &other).await.unwrap(),
            "update refreshes the idle timer"
        );
    }

    // Left alone past the idle time, it is gone, and update does not revive it.
    tokio::time::sleep(idle + Duration::from_millis(600)).await;
    assert_eq!(store.load(&c).await.unwrap(), None);
    assert!(!store.update(&d, &other).await.unwrap());
    assert_eq!(store.load(&d).await.unwrap(), None);
}
