//! Session storage: where a conversation's [`State`] waits between messages.
//!
//! [`SessionStore`] is the seam; [`MemoryStore`] is the embedded default for one instance
//! and [`redis_store::RedisStore`] the shared store for many. Keys are pseudonyms
//! ([`SessionKey`]), values hold no text, and every entry expires after the configured idle time, so a conversation that
//! is left alone disappears by itself.

pub mod cluster_route;
pub mod codec;
pub mod kv;
pub mod redis_store;

use std::collections::{BTreeMap, HashMap};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use async_trait::async_trait;

use crate::dialogue::State;

/// A keyed hash naming one conversation in the store. Never logged.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct SessionKey(pub [u8; 16]);

impl std::fmt::Debug for SessionKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("SessionKey(..)")
    }
}

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// The backing store cannot be reached; callers answer with the degraded message.
    #[error("session store unavailable")]
    Unavailable,
}

/// What the store keeps for one conversation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Record {
    /// The engine's state: language, step, history, region. Never any text.
    pub state: State,
    /// Channel data that must be kept to reply while the conversation lives (a Telegram
    /// chat id, message ids for `/forget`), sealed by the channel with authenticated
    /// encryption. Opaque to the store; `None` for web chat, which needs nothing.
    pub sealed: Option<Vec<u8>>,
}

impl Record {
    pub fn new(state: State) -> Record {
        Record { state, sealed: None }
    }
}

/// Loads, saves and erases conversations. Every save restarts the idle timer.
#[async_trait]
pub trait SessionStore: Send + Sync + 'static {
    /// The record if it exists and has not expired; loading counts as activity.
    async fn load(&self, key: &SessionKey) -> Result<Option<Record>, StoreError>;
    /// Creates or replaces the record.
    async fn save(&self, key: &SessionKey, record: &Record) -> Result<(), StoreError>;
    /// Replaces the record only if it still exists (Redis `SET … XX`), so a conversation
    /// erased or expired elsewhere is never brought back. `false`: it is gone.
    ///
    /// A connection that keeps the state it last wrote needs only this one round trip
    /// per message.
    async fn update(&self, key: &SessionKey, record: &Record) -> Result<bool, StoreError>;
    /// Erases the conversation now. Erasing an unknown key is not an error.
    async fn erase(&self, key: &SessionKey) -> Result<(), StoreError>;
    /// Whether the store can serve requests now (`/readyz`).
    async fn ping(&self) -> Result<(), StoreError>;
}

/// Finds a conversation under its key or, during a key rotation, under the key the
/// previous root gave it (`previous`). Returns the key it lives under from now on.
///
/// A conversation found under its previous key moves to the new one (its sealed data
/// sealed again by `reseal`, which gets the old key, the new key and the blob), so the
/// previous root is needed for one idle period at most. One in a live handoff stays
/// where it is until the case ends: the case and its relay point at that key.
pub async fn find(
    store: &dyn SessionStore,
    key: SessionKey,
    previous: Option<SessionKey>,
    reseal: impl Fn(&SessionKey, &SessionKey, &[u8]) -> Option<Vec<u8>>,
) -> Result<Option<(SessionKey, Record)>, StoreError> {
    if let Some(record) = store.load(&key).await? {
        return Ok(Some((key, record)));
    }
    let Some(old) = previous else { return Ok(None) };
    let Some(mut record) = store.load(&old).await? else {
        return Ok(None);
    };
    if record.state.case.is_some() {
        return Ok(Some((old, record)));
    }
    if let Some(sealed) = record.sealed.take() {
        // A seal that does not open is no conversation at all, as anywhere else.
        let Some(moved) = reseal(&old, &key, &sealed) else {
            return Ok(None);
        };
        record.sealed = Some(moved);
    }
    store.save(&key, &record).await?;
    store.erase(&old).await?;
    tracing::debug!("a conversation moved to its pseudonym under the new secret key");
    Ok(Some((key, record)))
}

/// In-process store with idle expiry and a bound. Expired entries are never returned, a
/// sweeper task removes them from memory, and a store holding its maximum of conversations
/// makes room for a new one by evicting the one idle longest.
///
/// Without the bound, one address opening fresh conversations as fast as it could kept
/// each for the whole idle time: 193 MB after three minutes, gigabytes within the idle
/// time. Never evicted: a conversation in a live handoff (a person waiting for, or talking
/// to, a support worker) and one holding Telegram message ids (`/forget` needs them).
/// When only those are left, a new conversation is refused as the store being
/// unavailable, which the person is told; nothing is lost silently.
pub struct MemoryStore {
    idle: Duration,
    max: usize,
    /// Told of each eviction (for `/metrics`).
    on_evict: Option<Box<dyn Fn() + Send + Sync>>,
    entries: Mutex<Entries>,
}

struct Entry {
    record: Record,
    expires: Instant,
    /// Its place in [`Entries::by_use`]; `None` when it is never evicted.
    used: Option<u64>,
}

#[derive(Default)]
struct Entries {
    map: HashMap<SessionKey, Entry>,
    /// Evictable conversations by last use, oldest first. Last use orders them as their
    /// expiry does (each use sets expiry to now plus the idle time), without two equal keys.
    by_use: BTreeMap<u64, SessionKey>,
    uses: u64,
}

impl Entries {
    /// Puts `record` at `key`, used now.
    fn put(&mut self, key: SessionKey, record: Record, expires: Instant) {
        self.remove(&key);
        // Never evicted: a live handoff, or Telegram's sealed message ids.
        let used = (record.state.case.is_none() && record.sealed.is_none()).then(|| {
            self.uses += 1;
            self.by_use.insert(self.uses, key);
            self.uses
        });
        self.map.insert(key, Entry { record, expires, used });
    }

    fn remove(&mut self, key: &SessionKey) -> Option<Entry> {
        let entry = self.map.remove(key)?;
        if let Some(used) = entry.used {
            self.by_use.remove(&used);
        }
        Some(entry)
    }

    /// Removes the evictable conversation idle longest; whether it was still live (an
    /// expired one is no loss). `None`: nothing can be evicted.
    fn evict(&mut self, now: Instant) -> Option<bool> {
        let (_, key) = self.by_use.pop_first()?;
        let entry = self.map.remove(&key)?;
        Some(entry.expires > now)
    }
}

impl MemoryStore {
    /// A store without a bound (tests; the server uses [`MemoryStore::bounded`]).
    pub fn new(idle: Duration) -> MemoryStore {
        MemoryStore::bounded(idle, usize::MAX)
    }

    /// A store that keeps at most `max` conversations (`limits.max_conversations`).
    pub fn bounded(idle: Duration, max: usize) -> MemoryStore {
        MemoryStore {
            idle,
            max: max.max(1),
            on_evict: None,
            entries: Mutex::new(Entries::default()),
        }
    }

    /// Calls `f` for each live conversation evicted to make room.
    pub fn on_evict(self, f: impl Fn() + Send + Sync + 'static) -> MemoryStore {
        MemoryStore {
            on_evict: Some(Box::new(f)),
            ..self
        }
    }

    /// Drops every expired entry; returns how many are left.
    pub fn sweep(&self) -> usize {
        let now = Instant::now();
        let mut entries = self.lock();
        let Entries { map, by_use, .. } = &mut *entries;
        map.retain(|_, e| e.expires > now);
        by_use.retain(|_, key| map.contains_key(key));
        map.len()
    }

    /// Every live record, for tests that check what is (not) kept.
    pub fn records(&self) -> Vec<Record> {
        self.lock().map.values().map(|e| e.record.clone()).collect()
    }

    pub fn len(&self) -> usize {
        self.lock().map.len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Sweeps periodically until the returned handle is aborted or the store is dropped.
    pub fn spawn_sweeper(self: &Arc<Self>) -> tokio::task::JoinHandle<()> {
        let every = (self.idle / 4).clamp(Duration::from_millis(250), Duration::from_secs(60));
        crate::shutdown::spawn_every(every, self, |store| {
            store.sweep();
            std::future::ready(())
        })
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Entries> {
        // A panic while holding the lock cannot leave the map and its order out of step in
        // a way that matters (an order entry without a map entry is skipped), so recover.
        self.entries.lock().unwrap_or_else(|e| e.into_inner())
    }
}

#[async_trait]
impl SessionStore for MemoryStore {
    async fn load(&self, key: &SessionKey) -> Result<Option<Record>, StoreError> {
        let now = Instant::now();
        let mut entries = self.lock();
        match entries.map.get(key) {
            Some(entry) if entry.expires > now => {
                let record = entry.record.clone();
                // Loading is use: it moves to the back of the eviction order too.
                entries.put(*key, record.clone(), now + self.idle);
                Ok(Some(record))
            }
            Some(_) => {
                entries.remove(key);
                Ok(None)
            }
            None => Ok(None),
        }
    }

    async fn save(&self, key: &SessionKey, record: &Record) -> Result<(), StoreError> {
        let now = Instant::now();
        let mut evicted = 0;
        {
            let mut entries = self.lock();
            if !entries.map.contains_key(key) {
                while entries.map.len() >= self.max {
                    match entries.evict(now) {
                        Some(live) => evicted += usize::from(live),
                        // Only handoffs and Telegram chats are left: refuse the new one.
                        None => return Err(StoreError::Unavailable),
                    }
                }
            }
            entries.put(*key, record.clone(), now + self.idle);
        }
        if let Some(f) = &self.on_evict {
            (0..evicted).for_each(|_| f());
        }
        Ok(())
    }

    async fn update(&self, key: &SessionKey, record: &Record) -> Result<bool, StoreError> {
        let now = Instant::now();
        let mut entries = self.lock();
        match entries.map.get(key) {
            Some(entry) if entry.expires > now => {
                entries.put(*key, record.clone(), now + self.idle);
                Ok(true)
            }
            Some(_) => {
                entries.remove(key);
                Ok(false)
            }
            None => Ok(false),
        }
    }

    async fn erase(&self, key: &SessionKey) -> Result<(), StoreError> {
        self.lock().remove(key);
        Ok(())
    }

    async fn ping(&self) -> Result<(), StoreError> {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dialogue::CaseCode;

    fn record() -> Record {
        let content = crate::content::repository();
        Record::new(State::new(&content.flows, content.locales.fallback()))
    }

    #[tokio::test]
    async fn a_full_store_evicts_the_conversation_idle_longest_and_never_a_handoff() {
        let evicted = Arc::new(std::sync::atomic::AtomicUsize::new(0));
        let counted = evicted.clone();
        let store = MemoryStore::bounded(Duration::from_secs(60), 3).on_evict(move || {
            counted.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        });
        let plain = record();
        let mut in_case = record();
        in_case.state.case = Some(CaseCode(*b"ABCDEFGH"));
        let mut telegram = record();
        telegram.sealed = Some(vec![1, 2, 3]);
        let key = |n: u8| SessionKey([n; 16]);
        store.save(&key(1), &plain).await.unwrap();
        store.save(&key(2), &in_case).await.unwrap();
        store.save(&key(3), &plain).await.unwrap();
        // Key 1 is used again, so key 3 is now the one idle longest that may go.
        assert!(store.load(&key(1)).await.unwrap().is_some());
        store.save(&key(4), &plain).await.unwrap();
        assert_eq!(store.len(), 3);
        assert!(store.load(&key(3)).await.unwrap().is_none(), "idle longest: evicted");
        assert!(store.load(&key(2)).await.unwrap().is_some(), "a handoff stays");
        // Replacing a kept conversation evicts nothing.
        store.save(&key(1), &telegram).await.unwrap();
        assert_eq!(evicted.load(std::sync::atomic::Ordering::Relaxed), 1);
        store.save(&key(5), &plain).await.unwrap();
        assert!(store.load(&key(4)).await.unwrap().is_none());
        // Now the handoff, the Telegram chat and key 5: only key 5 may go.
        store.update(&key(5), &in_case).await.unwrap();
        assert!(
            store.save(&key(6), &plain).await.is_err(),
            "refused rather than dropping a handoff or /forget's message ids"
        );
        store.erase(&key(5)).await.unwrap();
        store.save(&key(6), &plain).await.unwrap();
        assert_eq!(evicted.load(std::sync::atomic::Ordering::Relaxed), 2);
        assert_eq!(store.sweep(), 3);
    }
}
