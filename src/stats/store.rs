//! Where the day counters live: Redis when configured (shared by every instance), else an
//! embedded redb file in the data directory (one instance, kept across restarts), else
//! memory (tests, and a warning at startup).
//!
//! A counter is `(day, dimension, value) → count`. Nothing else is stored: no key of a
//! conversation, no time finer than the day, no text.

use std::collections::BTreeMap;
use std::path::Path;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use async_trait::async_trait;
use jiff::civil::Date;
use redb::{ReadableDatabase, ReadableTable};

use super::pending::DayCounts;

use crate::session::redis_store::RedisConn;

#[derive(Debug, thiserror::Error)]
pub enum StatsError {
    #[error("statistics store unavailable")]
    Unavailable,
    #[error("statistics file: {0}")]
    File(String),
}

/// One counter as read back.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Counter {
    pub day: Date,
    pub dimension: String,
    pub value: String,
}

#[async_trait]
pub trait StatsStore: Send + Sync + 'static {
    /// Adds one day's counts, all or none: a failed call may be repeated with the same
    /// counts (see [`crate::stats::Stats::flush`]).
    async fn add(&self, day: Date, counts: &DayCounts) -> Result<(), StatsError>;
    /// Adds one to a counter of `day` (one event, stored at once: seeding in tests).
    async fn increment(&self, day: Date, dimension: &str, value: &str) -> Result<(), StatsError> {
        let one = DayCounts::from([((dimension.to_string(), value.to_string()), 1)]);
        self.add(day, &one).await
    }
    /// Every counter from `from` to `to`, both included.
    async fn read(&self, from: Date, to: Date) -> Result<BTreeMap<Counter, u64>, StatsError>;
}

/// One instance, lost on restart.
#[derive(Default)]
pub struct MemoryStats {
    counts: Mutex<BTreeMap<Counter, u64>>,
}

#[async_trait]
impl StatsStore for MemoryStats {
    async fn add(&self, day: Date, counts: &DayCounts) -> Result<(), StatsError> {
        let mut stored = self.counts.lock().unwrap_or_else(|p| p.into_inner());
        for ((dimension, value), n) in counts {
            let key = Counter {
                day,
                dimension: dimension.clone(),
                value: value.clone(),
            };
            *stored.entry(key).or_default() += n;
        }
        Ok(())
    }

    async fn read(&self, from: Date, to: Date) -> Result<BTreeMap<Counter, u64>, StatsError> {
        let counts = self.counts.lock().unwrap_or_else(|p| p.into_inner());
        Ok(counts
            .iter()
            .filter(|(c, _)| c.day >= from && c.day <= to)
            .map(|(c, n)| (c.clone(), *n))
            .collect())
    }
}

/// The embedded store: `(day, dimension, value) → count` in one redb table.
const COUNTS: redb::TableDefinition<(&str, &str, &str), u64> = redb::TableDefinition::new("counts");

/// One instance, kept across restarts in `<data_dir>/stats.redb`. redb is pure Rust,
/// crash-safe and needs no server; counters are few, so one table is enough.
pub struct RedbStats {
    db: Arc<redb::Database>,
    retention: Duration,
    /// The last day whose first write dropped the days past the retention: once a day.
    swept: Arc<Mutex<Option<Date>>>,
}

impl RedbStats {
    pub fn open(data_dir: &Path, retention: Duration) -> Result<RedbStats, StatsError> {
        std::fs::create_dir_all(data_dir).map_err(|e| StatsError::File(e.kind().to_string()))?;
        let db = redb::Database::create(data_dir.join("stats.redb")).map_err(|e| StatsError::File(e.to_string()))?;
        Ok(RedbStats {
            db: Arc::new(db),
            retention,
            swept: Arc::new(Mutex::new(None)),
        })
    }
}

fn file_error(e: impl std::fmt::Display) -> StatsError {
    StatsError::File(e.to_string())
}

#[async_trait]
impl StatsStore for RedbStats {
    /// One write transaction (one fsync) for the day's counts.
    async fn add(&self, day: Date, counts: &DayCounts) -> Result<(), StatsError> {
        let (db, counts) = (self.db.clone(), counts.clone());
        let sweep = {
            let mut swept = self.swept.lock().unwrap_or_else(|p| p.into_inner());
            let first_today = swept.is_none_or(|s| s < day);
            if first_today {
                *swept = Some(day);
            }
            first_today
        };
        let days = i64::try_from(self.retention.as_secs() / 86_400).unwrap_or(i64::MAX);
        let cutoff = day.checked_sub(jiff::Span::new().days(days)).unwrap_or(day).to_string();
        tokio::task::spawn_blocking(move || -> Result<(), StatsError> {
            let day = day.to_string();
            let tx = db.begin_write().map_err(file_error)?;
            {
                let mut table = tx.open_table(COUNTS).map_err(file_error)?;
                for ((dimension, value), n) in &counts {
                    let key = (day.as_str(), dimension.as_str(), value.as_str());
                    let now = table.get(key).map_err(file_error)?.map(|v| v.value()).unwrap_or(0);
                    table.insert(key, now + n).map_err(file_error)?;
                }
                if sweep {
                    // Days past the retention go, as Redis's TTL lets them go.
                    table.retain(|(d, _, _), _| d >= cutoff.as_str()).map_err(file_error)?;
                }
            }
            tx.commit().map_err(file_error)
        })
        .await
        .map_err(|_| StatsError::Unavailable)?
    }

    async fn read(&self, from: Date, to: Date) -> Result<BTreeMap<Counter, u64>, StatsError> {
        let db = self.db.clone();
        tokio::task::spawn_blocking(move || -> Result<BTreeMap<Counter, u64>, StatsError> {
            let tx = db.begin_read().map_err(file_error)?;
            let table = match tx.open_table(COUNTS) {
                Ok(t) => t,
                Err(redb::TableError::TableDoesNotExist(_)) => return Ok(BTreeMap::new()),
                Err(e) => return Err(file_error(e)),
            };
            let mut out = BTreeMap::new();
            for entry in table.iter().map_err(file_error)? {
                let (k, v) = entry.map_err(file_error)?;
                let (day, dimension, value) = k.value();
                let Ok(day) = day.parse::<Date>() else { continue };
                if day >= from && day <= to {
                    out.insert(
                        Counter {
                            day,
                            dimension: dimension.to_string(),
                            value: value.to_string(),
                        },
                        v.value(),
                    );
                }
            }
            Ok(out)
        })
        .await
        .map_err(|_| StatsError::Unavailable)?
    }
}

/// Shared by every instance: one hash per day, `lotsa:stats:<day>`, field
/// `<dimension>\t<value>`, expiring after the retention.
pub struct RedisStats {
    conn: RedisConn,
    retention: Duration,
}

impl RedisStats {
    pub fn new(conn: RedisConn, retention: Duration) -> RedisStats {
        RedisStats { conn, retention }
    }
}

fn day_key(day: Date) -> String {
    format!("lotsa:stats:{day}")
}

#[async_trait]
impl StatsStore for RedisStats {
    /// One round trip: `MULTI`, an `HINCRBY` per counter, `EXPIRE`, `EXEC`, within the
    /// store's command timeout. Atomic, so a failed flush added nothing and may be
    /// repeated (unless Redis ran it and only the answer was lost to the timeout: then
    /// the repeat counts that second twice, which is the lesser harm than losing it).
    async fn add(&self, day: Date, counts: &DayCounts) -> Result<(), StatsError> {
        if counts.is_empty() {
            return Ok(());
        }
        let key = day_key(day);
        let mut pipe = redis::pipe();
        pipe.atomic();
        for ((dimension, value), n) in counts {
            pipe.hincr(&key, format!("{dimension}\t{value}"), *n).ignore();
        }
        pipe.expire(&key, self.retention.as_secs() as i64).ignore();
        self.conn
            .pipeline::<()>(&pipe)
            .await
            .map_err(|_| StatsError::Unavailable)
    }

    async fn read(&self, from: Date, to: Date) -> Result<BTreeMap<Counter, u64>, StatsError> {
        let mut out = BTreeMap::new();
        let mut day = from;
        while day <= to {
            let key = day_key(day);
            // Through `query`, as every command: bounded by its timeout, retried once on a
            // dropped connection.
            let fields: Vec<(String, u64)> = self
                .conn
                .query(redis::cmd("HGETALL").arg(&key))
                .await
                .map_err(|_| StatsError::Unavailable)?;
            for (field, n) in fields {
                if let Some((dimension, value)) = field.split_once('\t') {
                    out.insert(
                        Counter {
                            day,
                            dimension: dimension.to_string(),
                            value: value.to_string(),
                        },
                        n,
                    );
                }
            }
            day = match day.tomorrow() {
                Ok(d) => d,
                Err(_) => break,
            };
        }
        Ok(out)
    }
}
