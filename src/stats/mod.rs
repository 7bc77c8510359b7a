//! Anonymous statistics for the people who fund and staff support: what is asked about,
//! in which language, from which region, and where help fails, with no way back to any
//! one person.
//!
//! Layout: [`store`] keeps day counters (Redis, an embedded redb file, or memory);
//! [`pending`] holds this instance's counts until they are flushed to the store, about
//! once a second ([`FLUSH_EVERY`]) and on shutdown; [`suppress`] hides small cells on the
//! way out. This file says what may be counted and
//! turns counters into the rows staff see.
//!
//! A counter is one event, on one day (Europe/Stockholm), in one dimension with one
//! value: `2026-11-23, language, ar`. There is never a row per conversation, and nothing
//! links two counters to the same person: a counter is incremented and forgotten. Values
//! come from flow ids, language codes and region ids only, never from what anyone typed;
//! [`Stats::count`] refuses anything that does not look like one. `docs/privacy.md` says
//! what an attacker holding the counters could and could not learn.

pub mod pending;
pub mod store;
pub mod suppress;

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::sync::Arc;
use std::time::Duration;

use jiff::civil::Date;
use jiff::tz::TimeZone;

use crate::dialogue::Reply;
use crate::region::Region;
pub use store::{Counter, MemoryStats, RedbStats, RedisStats, StatsError, StatsStore};
pub use suppress::Cell;

use pending::Pending;

/// How often an instance adds its counts to the store. A crash loses at most this much of
/// counting (never a conversation); other instances' pages see a count this much later.
pub const FLUSH_EVERY: Duration = Duration::from_secs(1);

/// The dimensions counted, as stored and exported (others script against these names).
pub mod dimension {
    /// A conversation began: `web` or `telegram`.
    pub const CHANNEL: &str = "channel";
    /// The language a conversation began in (chosen, or given by a link).
    pub const LANGUAGE: &str = "language";
    /// The region chosen when asking for a person or for contacts.
    pub const REGION: &str = "region";
    /// A person asked for a handoff, by region; and the same for the rest of the funnel.
    pub const HANDOFF_REQUESTED: &str = "handoff.requested";
    pub const HANDOFF_URGENT: &str = "handoff.urgent";
    pub const HANDOFF_CLAIMED: &str = "handoff.claimed";
    pub const HANDOFF_TRANSFERRED: &str = "handoff.transferred";
    pub const HANDOFF_FALLBACK: &str = "handoff.fallback";
    pub const HANDOFF_LEFT: &str = "handoff.left";
    /// Time from request to claim, in buckets (not by region: too fine).
    pub const HANDOFF_WAIT: &str = "handoff.wait";
    /// The one-question survey after a conversation.
    pub const SURVEY: &str = "survey";
    /// Staff's wrap-up after closing a case: the form of exploitation, who wrote, and
    /// what was done (one count per choice, never linked to the case).
    pub const WRAPUP_FORM: &str = "wrapup.form";
    pub const WRAPUP_WHO: &str = "wrapup.who";
    pub const WRAPUP_DONE: &str = "wrapup.done";
}

/// The wait-time bucket of a claim, `waited` in seconds.
pub fn wait_bucket(waited: i64) -> &'static str {
    match waited {
        ..60 => "under-1m",
        60..300 => "1-5m",
        300..900 => "5-15m",
        900..3600 => "15-60m",
        _ => "over-60m",
    }
}

/// Dimensions whose value is a region: a coordinator sees only their own regions' rows.
fn by_region(dimension: &str) -> bool {
    dimension == dimension::REGION
        || (dimension.starts_with("handoff.") && dimension != dimension::HANDOFF_WAIT)
        // The mailbox's funnel (`mailbox::dimension`) is by region too, but for its wait.
        || (dimension.starts_with("mailbox.") && dimension != "mailbox.wait")
}

/// Identifier-like text only: `who`, `sign.passport`, `fa-AF`, `under-1m`. Anything else
/// (free text that reached here by mistake) is refused, never stored.
fn is_identifier(s: &str) -> bool {
    (1..=48).contains(&s.len())
        && s.chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_'))
}

/// Which figures a staff member may see.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Scope {
    /// Admins: everything.
    All,
    /// Coordinators: the national figures that belong to no region, and their regions'.
    Regions(Vec<Region>),
}

impl Scope {
    fn allows(&self, dimension: &str, value: &str) -> bool {
        match self {
            Scope::All => true,
            Scope::Regions(regions) => {
                !by_region(dimension) || Region::parse(value).is_some_and(|r| regions.contains(&r))
            }
        }
    }
}

/// One exported figure: `day,dimension,value,count`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    pub day: Date,
    pub dimension: String,
    pub value: String,
    pub count: Cell,
}

/// The statistics service: counting, and reading back with suppression applied.
#[derive(Clone)]
pub struct Stats {
    store: Arc<dyn StatsStore>,
    /// Counted here, added to `store` by [`Stats::flush`]: counting costs a conversation
    /// no round trip, and many events make one write a second.
    pending: Arc<Pending>,
    /// Held while a flush runs, so a read after a flush sees what it added (a read that
    /// starts while the flusher is writing waits for it).
    flushing: Arc<tokio::sync::Mutex<()>>,
    /// Counts below this are never shown (configuration, at least 3).
    min_cell: u64,
    tz: TimeZone,
}

impl Stats {
    pub fn new(store: Arc<dyn StatsStore>, min_cell: u64) -> Stats {
        Stats {
            store,
            pending: Arc::new(Pending::default()),
            flushing: Arc::new(tokio::sync::Mutex::new(())),
            min_cell,
            // The bundled database always has Stockholm (see handoff::routing).
            tz: TimeZone::get("Europe/Stockholm").unwrap_or(TimeZone::UTC),
        }
    }

    /// Today in Europe/Stockholm: the day counters are filed under.
    pub fn today(&self) -> Date {
        jiff::Timestamp::now().to_zoned(self.tz.clone()).date()
    }

    pub fn min_cell(&self) -> u64 {
        self.min_cell
    }

    /// Counts one event today, in this instance's memory (see [`Stats::flush`]). Never
    /// fails and never waits for a store: statistics must not slow or break a
    /// conversation. (`async` only so its callers need not change should that ever do.)
    pub async fn count(&self, dimension: &str, value: &str) {
        if !is_identifier(dimension) || !is_identifier(value) {
            tracing::warn!("statistics: refused a value that is not an identifier");
            return;
        }
        self.pending.add(self.today(), dimension, value, 1);
    }

    /// Adds the counts made here since the last flush to the store, one write per day
    /// counted (one Redis round trip, or one redb transaction). A day the store refuses
    /// stays pending, added to the next flush: a Redis outage delays counts, it does not
    /// lose them.
    pub async fn flush(&self) {
        let _flushing = self.flushing.lock().await;
        for (day, counts) in self.pending.take() {
            if self.store.add(day, &counts).await.is_err() {
                tracing::warn!("statistics: could not store the counts; trying again at the next flush");
                self.pending.restore(day, counts);
            }
        }
    }

    /// Flushes every [`FLUSH_EVERY`] until the returned task is aborted. The last counts
    /// are the caller's to flush once nothing counts any more (on shutdown).
    pub fn spawn_flusher(&self) -> tokio::task::JoinHandle<()> {
        let stats = self.clone();
        tokio::spawn(async move {
            let mut tick = tokio::time::interval(FLUSH_EVERY);
            // A flush that waited for a slow store is followed by the next a second later,
            // not by a burst.
            tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
            loop {
                tick.tick().await;
                stats.flush().await;
            }
        })
    }

    /// Counts what an engine step asked to count ([`Reply::Count`]).
    /// The counts among a step's replies, kept aside to be recorded once the step is
    /// stored (settling a handoff may replace the replies themselves).
    pub fn counts(replies: &[Reply]) -> Vec<Reply> {
        replies
            .iter()
            .filter(|r| matches!(r, Reply::Count { .. }))
            .cloned()
            .collect()
    }

    pub async fn record(&self, replies: &[Reply]) {
        for reply in replies {
            if let Reply::Count { dimension, value } = reply {
                self.count(dimension, value).await;
            }
        }
    }

    /// The figures from `from` to `to` that `scope` may see, with small cells suppressed
    /// per day and dimension.
    ///
    /// This instance's pending counts are flushed first, so a page or export shows what
    /// was counted here up to the moment it was asked for; other instances' counts arrive
    /// within their [`FLUSH_EVERY`].
    pub async fn rows(&self, from: Date, to: Date, scope: &Scope) -> Result<Vec<Row>, StatsError> {
        self.flush().await;
        let counters = self.store.read(from, to).await?;
        let mut groups: BTreeMap<(Date, String), BTreeMap<String, u64>> = BTreeMap::new();
        for (c, n) in counters {
            groups.entry((c.day, c.dimension)).or_default().insert(c.value, n);
        }
        // Suppressed as a whole first, then narrowed to the scope: every viewer sees the
        // same cell the same way, so two views cannot be subtracted from each other.
        let mut rows = Vec::new();
        for ((day, dimension), counts) in groups {
            for (value, count) in suppress::group(&counts, self.min_cell) {
                if !scope.allows(&dimension, &value) {
                    continue;
                }
                rows.push(Row {
                    day,
                    dimension: dimension.clone(),
                    value,
                    count,
                });
            }
        }
        Ok(rows)
    }

    /// The figures of `rows` summed over their days per dimension and value, in
    /// `dimension → value → cell`, for charts. Only what the day rows show is added (see
    /// [`suppress::range_total`]): a range's total is never suppressed afresh, so it
    /// cannot be set against another range's to give a hidden day away.
    pub fn totals(rows: &[Row]) -> BTreeMap<String, BTreeMap<String, Cell>> {
        let mut days: BTreeMap<&str, BTreeMap<&str, Vec<Cell>>> = BTreeMap::new();
        for r in rows {
            days.entry(&r.dimension)
                .or_default()
                .entry(&r.value)
                .or_default()
                .push(r.count);
        }
        days.into_iter()
            .map(|(d, values)| {
                let cells = values
                    .into_iter()
                    .map(|(v, cells)| (v.to_string(), suppress::range_total(cells)))
                    .collect();
                (d.to_string(), cells)
            })
            .collect()
    }

    /// Rows as CSV: `day,dimension,value,count`; a small count as `<min`, a cell hidden to
    /// protect a small one as `suppressed`.
    pub fn csv(&self, rows: &[Row]) -> String {
        let mut out = String::from("day,dimension,value,count\n");
        for r in rows {
            let count = match r.count {
                Cell::Shown(n) => n.to_string(),
                Cell::Small => format!("<{}", self.min_cell),
                Cell::Suppressed => "suppressed".to_string(),
                // Day rows are never bounds; written plainly should one ever arrive here.
                Cell::AtLeast(n) => format!(">={n}"),
            };
            // Dimensions and values are identifiers (checked when counted): no quoting.
            let _ = writeln!(out, "{},{},{},{count}", r.day, r.dimension, r.value);
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn counts_are_filed_by_day_and_read_back_suppressed_and_scoped() {
        let stats = Stats::new(Arc::new(MemoryStats::default()), 5);
        for _ in 0..7 {
            stats.count(dimension::LANGUAGE, "ar").await;
            stats.count(dimension::HANDOFF_REQUESTED, "syd").await;
        }
        for _ in 0..2 {
            stats.count(dimension::LANGUAGE, "ti").await;
            stats.count(dimension::HANDOFF_REQUESTED, "nord").await;
        }
        stats.count(dimension::LANGUAGE, "sv").await;
        for _ in 0..9 {
            stats.count(dimension::LANGUAGE, "en").await;
        }
        // Free text never becomes a counter.
        stats.count(dimension::LANGUAGE, "my name is Anna").await;
        stats.count("who, really", "self").await;
        let today = stats.today();
        let rows = stats.rows(today, today, &Scope::All).await.unwrap();
        let csv = stats.csv(&rows);
        assert!(csv.starts_with("day,dimension,value,count\n"), "{csv}");
        assert!(csv.contains(&format!("{today},language,en,9\n")), "{csv}");
        assert!(csv.contains(&format!("{today},language,ti,<5\n")), "{csv}");
        assert!(csv.contains(&format!("{today},language,sv,<5\n")), "{csv}");
        // Tigrinya and Swedish add up to 3: Arabic's 7 is hidden with them, and marked as
        // hidden for their sake, not as small.
        assert!(csv.contains(&format!("{today},language,ar,suppressed\n")), "{csv}");
        assert!(!csv.contains("Anna") && !csv.contains("really"), "{csv}");
        // A coordinator for the south sees national figures and the south's, never the
        // north's, and the south's cell as everyone else sees it.
        let south = stats
            .rows(today, today, &Scope::Regions(vec![Region::Syd]))
            .await
            .unwrap();
        assert!(
            south
                .iter()
                .any(|r| r.dimension == "handoff.requested" && r.value == "syd")
        );
        assert!(!south.iter().any(|r| r.value == "nord"));
        assert!(south.iter().any(|r| r.dimension == "language"));
    }

    #[test]
    fn wait_buckets_cover_every_wait() {
        assert_eq!(wait_bucket(0), "under-1m");
        assert_eq!(wait_bucket(59), "under-1m");
        assert_eq!(wait_bucket(60), "1-5m");
        assert_eq!(wait_bucket(899), "5-15m");
        assert_eq!(wait_bucket(3600), "over-60m");
    }
}
