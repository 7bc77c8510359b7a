//! A small key-value seam for shared state other than conversations: handoff cases, their
//! queue and relayed text, and staff sessions. [`MemoryKv`] serves one instance,
//! [`RedisKv`] many.
//!
//! Only what those callers need: bytes with a TTL, a compare-and-swap (so two staff members
//! on two instances cannot both claim one case), bounded lists and small sets. Every write
//! sets a TTL, so nothing here outlives its purpose even if a delete is missed. Keys that
//! one call touches together must share a Redis Cluster hash tag (`lotsa:{handoff}:…`).

use std::collections::{BTreeSet, HashMap};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use async_trait::async_trait;

use crate::session::StoreError;
use crate::session::redis_store::RedisConn;

#[async_trait]
pub trait Kv: Send + Sync + 'static {
    async fn get(&self, key: &str) -> Result<Option<Vec<u8>>, StoreError>;
    /// Values of several keys at once, in order (`None` where absent).
    async fn get_many(&self, keys: &[String]) -> Result<Vec<Option<Vec<u8>>>, StoreError>;
    async fn set(&self, key: &str, value: &[u8], ttl: Duration) -> Result<(), StoreError>;
    /// Writes `value` only if the key now holds exactly `expected` (`None`: only if it
    /// is absent). `false`: someone else changed it first; nothing was written.
    async fn swap(&self, key: &str, expected: Option<&[u8]>, value: &[u8], ttl: Duration) -> Result<bool, StoreError>;
    async fn del(&self, keys: &[String]) -> Result<(), StoreError>;
    /// Appends to a list, keeping only the newest `max` items.
    async fn push(&self, key: &str, value: &[u8], max: usize, ttl: Duration) -> Result<(), StoreError>;
    /// A whole list, oldest first.
    async fn list(&self, key: &str) -> Result<Vec<Vec<u8>>, StoreError>;
    async fn set_add(&self, key: &str, member: &str, ttl: Duration) -> Result<(), StoreError>;
    async fn set_remove(&self, key: &str, member: &str) -> Result<(), StoreError>;
    async fn members(&self, key: &str) -> Result<Vec<String>, StoreError>;
}

#[derive(Debug, Clone)]
enum Value {
    Bytes(Vec<u8>),
    List(Vec<Vec<u8>>),
    Set(BTreeSet<String>),
}

/// In-process [`Kv`] with expiry: expired entries are never returned, and [`MemoryKv::sweep`]
/// drops them from memory.
#[derive(Default)]
pub struct MemoryKv {
    entries: Mutex<HashMap<String, (Value, Instant)>>,
}

type Entries = HashMap<String, (Value, Instant)>;

impl MemoryKv {
    fn lock(&self) -> std::sync::MutexGuard<'_, Entries> {
        // Each operation completes its change under the lock, so a poisoned map is consistent.
        self.entries.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// The live entry at `key`, dropping it first if it has expired.
    fn live<'a>(entries: &'a mut Entries, key: &str) -> Option<&'a mut (Value, Instant)> {
        if entries.get(key).is_some_and(|(_, expires)| *expires <= Instant::now()) {
            entries.remove(key);
        }
        entries.get_mut(key)
    }

    /// Drops expired entries; returns how many are left.
    pub fn sweep(&self) -> usize {
        let now = Instant::now();
        let mut entries = self.lock();
        entries.retain(|_, (_, expires)| *expires > now);
        entries.len()
    }

    /// Live keys, for tests that check nothing is kept.
    pub fn keys(&self) -> Vec<String> {
        let now = Instant::now();
        self.lock()
            .iter()
            .filter(|(_, (_, e))| *e > now)
            .map(|(k, _)| k.clone())
            .collect()
    }

    /// Every live value's bytes (list items and set members included), for tests that
    /// scan for text that must never be kept in the clear.
    pub fn dump(&self) -> Vec<Vec<u8>> {
        let now = Instant::now();
        let entries = self.lock();
        let mut out = Vec::new();
        for (key, (value, expires)) in entries.iter() {
            if *expires <= now {
                continue;
            }
            out.push(key.as_bytes().to_vec());
            match value {
                Value::Bytes(b) => out.push(b.clone()),
                Value::List(items) => out.extend(items.iter().cloned()),
                Value::Set(members) => out.extend(members.iter().map(|m| m.as_bytes().to_vec())),
            }
        }
        out
    }

    /// Sweeps periodically until the returned handle is aborted or the store is dropped.
    pub fn spawn_sweeper(self: &Arc<Self>, every: Duration) -> tokio::task::JoinHandle<()> {
        crate::shutdown::spawn_every(every, self, |kv| {
            kv.sweep();
            std::future::ready(())
        })
    }
}

#[async_trait]
impl Kv for MemoryKv {
    async fn get(&self, key: &str) -> Result<Option<Vec<u8>>, StoreError> {
        let mut entries = self.lock();
        Ok(match MemoryKv::live(&mut entries, key) {
            Some((Value::Bytes(b), _)) => Some(b.clone()),
            _ => None,
        })
    }

    async fn get_many(&self, keys: &[String]) -> Result<Vec<Option<Vec<u8>>>, StoreError> {
        let mut entries = self.lock();
        Ok(keys
            .iter()
            .map(|k| match MemoryKv::live(&mut entries, k) {
                Some((Value::Bytes(b), _)) => Some(b.clone()),
                _ => None,
            })
            .collect())
    }

    async fn set(&self, key: &str, value: &[u8], ttl: Duration) -> Result<(), StoreError> {
        self.lock()
            .insert(key.to_string(), (Value::Bytes(value.to_vec()), Instant::now() + ttl));
        Ok(())
    }

    async fn swap(&self, key: &str, expected: Option<&[u8]>, value: &[u8], ttl: Duration) -> Result<bool, StoreError> {
        let mut entries = self.lock();
        let current = match MemoryKv::live(&mut entries, key) {
            Some((Value::Bytes(b), _)) => Some(b.as_slice()),
            Some(_) => return Ok(false),
            None => None,
        };
        if current != expected {
            return Ok(false);
        }
        entries.insert(key.to_string(), (Value::Bytes(value.to_vec()), Instant::now() + ttl));
        Ok(true)
    }

    async fn del(&self, keys: &[String]) -> Result<(), StoreError> {
        let mut entries = self.lock();
        for k in keys {
            entries.remove(k);
        }
        Ok(())
    }

    async fn push(&self, key: &str, value: &[u8], max: usize, ttl: Duration) -> Result<(), StoreError> {
        let mut entries = self.lock();
        let expires = Instant::now() + ttl;
        match MemoryKv::live(&mut entries, key) {
            Some((Value::List(items), e)) => {
                items.push(value.to_vec());
                let excess = items.len().saturating_sub(max);
                items.drain(..excess);
                *e = expires;
            }
            _ => {
                entries.insert(key.to_string(), (Value::List(vec![value.to_vec()]), expires));
            }
        }
        Ok(())
    }

    async fn list(&self, key: &str) -> Result<Vec<Vec<u8>>, StoreError> {
        let mut entries = self.lock();
        Ok(match MemoryKv::live(&mut entries, key) {
            Some((Value::List(items), _)) => items.clone(),
            _ => Vec::new(),
        })
    }

    async fn set_add(&self, key: &str, member: &str, ttl: Duration) -> Result<(), StoreError> {
        let mut entries = self.lock();
        let expires = Instant::now() + ttl;
        match MemoryKv::live(&mut entries, key) {
            Some((Value::Set(members), e)) => {
                members.insert(member.to_string());
                *e = expires;
            }
            _ => {
                entries.insert(
                    key.to_string(),
                    (Value::Set(BTreeSet::from([member.to_string()])), expires),
                );
            }
        }
        Ok(())
    }

    async fn set_remove(&self, key: &str, member: &str) -> Result<(), StoreError> {
        let mut entries = self.lock();
        if let Some((Value::Set(members), _)) = MemoryKv::live(&mut entries, key) {
            members.remove(member);
            if members.is_empty() {
                entries.remove(key);
            }
        }
        Ok(())
    }

    async fn members(&self, key: &str) -> Result<Vec<String>, StoreError> {
        let mut entries = self.lock();
        Ok(match MemoryKv::live(&mut entries, key) {
            Some((Value::Set(members), _)) => members.iter().cloned().collect(),
            _ => Vec::new(),
        })
    }
}

/// [`Kv`] on Redis (one server or a cluster) through the session store's connection.
/// Multi-step writes are Lua scripts, so each is atomic and one round trip.
pub struct RedisKv {
    conn: RedisConn,
}

impl RedisKv {
    pub fn new(conn: RedisConn) -> RedisKv {
        RedisKv { conn }
    }
}

/// Compare-and-swap: ARGV[1] is "1" when a value is expected (ARGV[2]), "0" when the key
/// must be absent; ARGV[3] is the new value, ARGV[4] the TTL in seconds.
const SWAP: &str = r"
local cur = redis.call('GET', KEYS[1])
if ARGV[1] == '1' then
  if cur ~= ARGV[2] then return 0 end
elseif cur then
  return 0
end
redis.call('SET', KEYS[1], ARGV[3], 'EX', ARGV[4])
return 1";

const PUSH: &str = r"
redis.call('RPUSH', KEYS[1], ARGV[1])
redis.call('LTRIM', KEYS[1], -tonumber(ARGV[2]), -1)
redis.call('EXPIRE', KEYS[1], ARGV[3])
return 1";

const SET_ADD: &str = r"
redis.call('SADD', KEYS[1], ARGV[1])
redis.call('EXPIRE', KEYS[1], ARGV[2])
return 1";

fn secs(ttl: Duration) -> u64 {
    ttl.as_secs().max(1)
}

#[async_trait]
impl Kv for RedisKv {
    async fn get(&self, key: &str) -> Result<Option<Vec<u8>>, StoreError> {
        self.conn.query(redis::cmd("GET").arg(key)).await
    }

    async fn get_many(&self, keys: &[String]) -> Result<Vec<Option<Vec<u8>>>, StoreError> {
        if keys.is_empty() {
            return Ok(Vec::new());
        }
        self.conn.query(redis::cmd("MGET").arg(keys)).await
    }

    async fn set(&self, key: &str, value: &[u8], ttl: Duration) -> Result<(), StoreError> {
        self.conn
            .query(redis::cmd("SET").arg(key).arg(value).arg("EX").arg(secs(ttl)))
            .await
    }

    async fn swap(&self, key: &str, expected: Option<&[u8]>, value: &[u8], ttl: Duration) -> Result<bool, StoreError> {
        let done: i64 = self
            .conn
            .query(
                redis::cmd("EVAL")
                    .arg(SWAP)
                    .arg(1)
                    .arg(key)
                    .arg(if expected.is_some() { "1" } else { "0" })
                    .arg(expected.unwrap_or(b""))
                    .arg(value)
                    .arg(secs(ttl)),
            )
            .await?;
        Ok(done == 1)
    }

    async fn del(&self, keys: &[String]) -> Result<(), StoreError> {
        if keys.is_empty() {
            return Ok(());
        }
        self.conn.query(redis::cmd("DEL").arg(keys)).await
    }

    async fn push(&self, key: &str, value: &[u8], max: usize, ttl: Duration) -> Result<(), StoreError> {
        self.conn
            .query(
                redis::cmd("EVAL")
                    .arg(PUSH)
                    .arg(1)
                    .arg(key)
                    .arg(value)
                    .arg(max.max(1))
                    .arg(secs(ttl)),
            )
            .await
    }

    async fn list(&self, key: &str) -> Result<Vec<Vec<u8>>, StoreError> {
        self.conn.query(redis::cmd("LRANGE").arg(key).arg(0).arg(-1)).await
    }

    async fn set_add(&self, key: &str, member: &str, ttl: Duration) -> Result<(), StoreError> {
        self.conn
            .query(
                redis::cmd("EVAL")
                    .arg(SET_ADD)
                    .arg(1)
                    .arg(key)
                    .arg(member)
                    .arg(secs(ttl)),
            )
            .await
    }

    async fn set_remove(&self, key: &str, member: &str) -> Result<(), StoreError> {
        self.conn.query(redis::cmd("SREM").arg(key).arg(member)).await
    }

    async fn members(&self, key: &str) -> Result<Vec<String>, StoreError> {
        self.conn.query(redis::cmd("SMEMBERS").arg(key)).await
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn memory_kv_swaps_lists_sets_and_expires() {
        let kv = MemoryKv::default();
        let long = Duration::from_secs(60);
        assert!(kv.swap("a", None, b"1", long).await.unwrap());
        assert!(
            !kv.swap("a", None, b"2", long).await.unwrap(),
            "present: absent expected"
        );
        assert!(
            !kv.swap("a", Some(b"x"), b"2", long).await.unwrap(),
            "wrong expected value"
        );
        assert!(kv.swap("a", Some(b"1"), b"2", long).await.unwrap());
        assert_eq!(kv.get("a").await.unwrap().as_deref(), Some(&b"2"[..]));
        for i in 0..5u8 {
            kv.push("l", &[i], 3, long).await.unwrap();
        }
        assert_eq!(kv.list("l").await.unwrap(), vec![vec![2], vec![3], vec![4]]);
        kv.set_add("s", "x", long).await.unwrap();
        kv.set_add("s", "y", long).await.unwrap();
        kv.set_remove("s", "x").await.unwrap();
        assert_eq!(kv.members("s").await.unwrap(), vec!["y".to_string()]);
        kv.set("gone", b"v", Duration::from_millis(1)).await.unwrap();
        tokio::time::sleep(Duration::from_millis(5)).await;
        assert_eq!(kv.get("gone").await.unwrap(), None);
        assert_eq!(
            kv.get_many(&["a".into(), "gone".into()]).await.unwrap(),
            vec![Some(b"2".to_vec()), None]
        );
        kv.del(&["a".into(), "l".into(), "s".into()]).await.unwrap();
        assert_eq!(kv.sweep(), 0);
    }
}
