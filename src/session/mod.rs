//! Session storage: where a conversation's [`State`] waits between messages.
//!
//! [`SessionStore`] is the seam; [`MemoryStore`] is the embedded default for one instance
//! and [`redis_store::RedisStore`] the shared store for many. Keys are pseudonyms
//! ([`SessionKey`]), values hold no text, and every entry expires after the configured idle time, so a conversation that
//! is left alone disappears by itself.

pub mod codec;
pub mod kv;
pub mod redis_store;

use std::collections::HashMap;
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

/// In-process store with idle expiry. Expired entries are never returned, and a sweeper
/// task removes them from memory.
pub struct MemoryStore {
    idle: Duration,
    entries: Mutex<HashMap<SessionKey, (Record, Instant)>>,
}

impl MemoryStore {
    pub fn new(idle: Duration) -> MemoryStore {
        MemoryStore {
            idle,
            entries: Mutex::new(HashMap::new()),
        }
    }

    /// Drops every expired entry; returns how many are left.
    pub fn sweep(&self) -> usize {
        let now = Instant::now();
        let mut entries = self.lock();
        entries.retain(|_, (_, expires)| *expires > now);
        entries.len()
    }

    /// Every live record, for tests that check what is (not) kept.
    pub fn records(&self) -> Vec<Record> {
        self.lock().values().map(|(r, _)| r.clone()).collect()
    }

    pub fn len(&self) -> usize {
        self.lock().len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Sweeps periodically until the returned handle is aborted or the store is dropped.
    pub fn spawn_sweeper(self: &Arc<Self>) -> tokio::task::JoinHandle<()> {
        let weak = Arc::downgrade(self);
        let every = (self.idle / 4).clamp(Duration::from_millis(250), Duration::from_secs(60));
        tokio::spawn(async move {
            let mut tick = tokio::time::interval(every);
            loop {
                tick.tick().await;
                match weak.upgrade() {
                    Some(store) => {
                        store.sweep();
                    }
                    None => break,
                }
            }
        })
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<SessionKey, (Record, Instant)>> {
        // A panic while holding the lock cannot leave a map half-updated in a way that
        // matters (each operation is a single insert or remove), so recover the guard.
        self.entries.lock().unwrap_or_else(|e| e.into_inner())
    }
}

#[async_trait]
impl SessionStore for MemoryStore {
    async fn load(&self, key: &SessionKey) -> Result<Option<Record>, StoreError> {
        let now = Instant::now();
        let mut entries = self.lock();
        match entries.get_mut(key) {
            Some((record, expires)) if *expires > now => {
                *expires = now + self.idle;
                Ok(Some(record.clone()))
            }
            Some(_) => {
                entries.remove(key);
                Ok(None)
            }
            None => Ok(None),
        }
    }

    async fn save(&self, key: &SessionKey, record: &Record) -> Result<(), StoreError> {
        self.lock().insert(*key, (record.clone(), Instant::now() + self.idle));
        Ok(())
    }

    async fn update(&self, key: &SessionKey, record: &Record) -> Result<bool, StoreError> {
        let now = Instant::now();
        let mut entries = self.lock();
        match entries.get_mut(key) {
            Some(entry) if entry.1 > now => {
                *entry = (record.clone(), now + self.idle);
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
