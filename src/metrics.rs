//! Operational metrics for `GET /metrics`, in the OpenMetrics text format: connections and
//! frames, conversations begun, error answers by code, Telegram updates, handoff cases by
//! state and how long people waited for a claim, and how long the session store takes.
//! Aggregates only: no label carries anything derived from a person (labels come from
//! fixed enums and the code's own `&'static str` error codes), and the anonymous
//! statistics are not here (they are staff-only, suppressed, in `stats`).

use std::sync::Arc;
use std::time::Instant;

use async_trait::async_trait;
use prometheus_client::encoding::text::encode;
use prometheus_client::encoding::{EncodeLabelSet, EncodeLabelValue};
use prometheus_client::metrics::counter::Counter;
use prometheus_client::metrics::family::Family;
use prometheus_client::metrics::gauge::Gauge;
use prometheus_client::metrics::histogram::Histogram;
use prometheus_client::registry::Registry;

use crate::render::Rendered;
use crate::session::{Record, SessionKey, SessionStore, StoreError};

/// What kind of frame the web chat received; a fixed set, so a label can never hold text.
#[derive(Debug, Clone, Copy, Hash, PartialEq, Eq, EncodeLabelValue)]
pub enum FrameKind {
    Start,
    Resume,
    Choose,
    Text,
    End,
    Survey,
    Typing,
    /// `mailbox_leave`, `mailbox_open`, `mailbox_delete`.
    Mailbox,
    /// Not JSON, an unknown type, or too large.
    Invalid,
}

#[derive(Debug, Clone, Hash, PartialEq, Eq, EncodeLabelSet)]
pub struct FrameLabels {
    pub kind: FrameKind,
}

/// Why the server ended or refused a web chat connection; a fixed set.
#[derive(Debug, Clone, Copy, Hash, PartialEq, Eq, EncodeLabelValue)]
pub enum Cut {
    /// Refused: the instance has its maximum of connections.
    Full,
    /// Refused: the client address has its maximum of connections.
    Address,
    /// Refused: the client address opens connections faster than
    /// `limits.opens_per_address_per_minute`.
    Rate,
    /// Closed: no frame and no news for the idle time.
    Idle,
    /// Closed: no answer to the server's pings (the peer is gone).
    Unresponsive,
    /// Closed: the page did not take a step's answer within a ping interval.
    SlowReader,
    /// Closed: far over its rate after being told (`limit::FLOOD_RUN` refused in a row).
    Flood,
}

#[derive(Debug, Clone, Hash, PartialEq, Eq, EncodeLabelSet)]
pub struct CutLabels {
    pub reason: Cut,
}

/// Where a person (or a staff member) is talking from; a fixed set.
#[derive(Debug, Clone, Copy, Hash, PartialEq, Eq, EncodeLabelValue)]
pub enum Surface {
    /// The web chat's WebSocket.
    Web,
    /// The web chat without JavaScript (`/basic`).
    Basic,
    Telegram,
    /// The staff console.
    Staff,
}

#[derive(Debug, Clone, Hash, PartialEq, Eq, EncodeLabelSet)]
pub struct SurfaceLabels {
    pub channel: Surface,
}

/// An error answer: where, and its protocol code. The code is always one of the code's
/// own string constants (`render::ERROR_CODES`, the staff protocol's codes), never input.
#[derive(Debug, Clone, Hash, PartialEq, Eq, EncodeLabelSet)]
pub struct ErrorLabels {
    pub channel: Surface,
    pub code: &'static str,
}

/// What kind of update Telegram sent; a fixed set.
#[derive(Debug, Clone, Copy, Hash, PartialEq, Eq, EncodeLabelValue)]
pub enum UpdateKind {
    Message,
    Callback,
    /// The bot was added, blocked or removed (`my_chat_member`).
    Membership,
    /// A kind lotsa does not ask for or cannot use.
    Other,
    /// A webhook body that is not an update.
    Unreadable,
    /// Dropped: the chat sent faster than its rate.
    Limited,
}

#[derive(Debug, Clone, Hash, PartialEq, Eq, EncodeLabelSet)]
pub struct UpdateLabels {
    pub kind: UpdateKind,
}

/// A handoff case's state; a fixed set.
#[derive(Debug, Clone, Copy, Hash, PartialEq, Eq, EncodeLabelValue)]
pub enum CaseLabel {
    Queued,
    Live,
}

#[derive(Debug, Clone, Hash, PartialEq, Eq, EncodeLabelSet)]
pub struct CaseLabels {
    pub state: CaseLabel,
}

/// A session store operation; a fixed set.
#[derive(Debug, Clone, Copy, Hash, PartialEq, Eq, EncodeLabelValue)]
pub enum StoreOp {
    Load,
    Save,
    Update,
    Erase,
}

#[derive(Debug, Clone, Hash, PartialEq, Eq, EncodeLabelSet)]
pub struct StoreLabels {
    pub op: StoreOp,
}

/// What became of a receipt code a person typed (the mailbox); a fixed set.
#[derive(Debug, Clone, Copy, Hash, PartialEq, Eq, EncodeLabelValue)]
pub enum CodeResult {
    /// A message has this code.
    Found,
    /// No message has it (mistyped, expired, deleted, or a guess).
    NotFound,
    /// Refused: this address or chat tried too many codes.
    LimitedRequester,
    /// Refused: the instance answers no more codes for now.
    LimitedInstance,
}

#[derive(Debug, Clone, Hash, PartialEq, Eq, EncodeLabelSet)]
pub struct CodeLabels {
    pub result: CodeResult,
}

/// What happened to a mailbox message; a fixed set.
#[derive(Debug, Clone, Copy, Hash, PartialEq, Eq, EncodeLabelValue)]
pub enum MailboxEvent {
    Left,
    Answered,
    Read,
    Replied,
    Deleted,
    Expired,
}

#[derive(Debug, Clone, Hash, PartialEq, Eq, EncodeLabelSet)]
pub struct MailboxLabels {
    pub event: MailboxEvent,
}

type Histograms<L> = Family<L, Histogram, fn() -> Histogram>;

/// Seconds a person waited for a claim: the first minutes in detail, then up to the hour
/// the fallback contacts would long have been offered.
fn wait_histogram() -> Histogram {
    Histogram::new([5.0, 15.0, 30.0, 60.0, 120.0, 300.0, 600.0, 1800.0, 3600.0])
}

/// Seconds a store command took: from a local memory store (microseconds) to Redis's
/// command timeout (0.8 s).
fn store_histogram() -> Histogram {
    Histogram::new([
        0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0,
    ])
}

/// The process's metrics, shared by everything that counts.
pub struct Metrics {
    registry: Registry,
    /// Open web chat WebSocket connections.
    pub web_connections: Gauge,
    /// Web chat frames received, by kind.
    pub web_frames: Family<FrameLabels, Counter>,
    /// Web chat connections refused or closed by the server, by reason.
    pub web_cut: Family<CutLabels, Counter>,
    /// Conversations begun, by channel.
    pub conversations: Family<SurfaceLabels, Counter>,
    /// Error answers, by channel and code (the degraded `unavailable` answer included).
    pub errors: Family<ErrorLabels, Counter>,
    /// Telegram updates received (polling or webhook), by kind.
    pub telegram_updates: Family<UpdateLabels, Counter>,
    /// Open handoff cases by state, read from the case store when scraped.
    pub handoff_cases: Family<CaseLabels, Gauge>,
    /// Seconds from asking for a person (or a transfer) to a staff member's claim.
    pub handoff_wait: Histogram,
    /// Seconds per session store command, by operation, failures included.
    pub store_seconds: Histograms<StoreLabels>,
    /// Session store commands that failed (unreachable or timed out), by operation.
    pub store_errors: Family<StoreLabels, Counter>,
    /// HTTP connections closed because their request head did not arrive within
    /// `limits.header_timeout_secs` (silent or trickling sockets: Slowloris).
    pub http_header_timeouts: Counter,
    /// Live conversations evicted from the memory store to stay within
    /// `limits.max_conversations`, idle longest first.
    pub store_evicted: Counter,
    /// Receipt codes typed into the mailbox, by what became of them (guessing shows here).
    pub mailbox_codes: Family<CodeLabels, Counter>,
    /// Mailbox messages left, answered, read, replied to, deleted and expired.
    pub mailbox_events: Family<MailboxLabels, Counter>,
}

impl Default for Metrics {
    fn default() -> Self {
        let mut registry = Registry::with_prefix("lotsa");
        let m = Metrics {
            web_connections: Gauge::default(),
            web_frames: Family::default(),
            web_cut: Family::default(),
            conversations: Family::default(),
            errors: Family::default(),
            telegram_updates: Family::default(),
            handoff_cases: Family::default(),
            handoff_wait: wait_histogram(),
            store_seconds: Family::new_with_constructor(store_histogram),
            store_errors: Family::default(),
            http_header_timeouts: Counter::default(),
            store_evicted: Counter::default(),
            mailbox_codes: Family::default(),
            mailbox_events: Family::default(),
            registry: Registry::default(),
        };
        registry.register(
            "web_connections",
            "Open web chat connections",
            m.web_connections.clone(),
        );
        registry.register("web_frames", "Web chat frames received, by kind", m.web_frames.clone());
        registry.register(
            "web_cut",
            "Web chat connections refused or closed by the server, by reason",
            m.web_cut.clone(),
        );
        registry.register(
            "conversations",
            "Conversations begun, by channel",
            m.conversations.clone(),
        );
        registry.register("errors", "Error answers, by channel and code", m.errors.clone());
        registry.register(
            "telegram_updates",
            "Telegram updates received, by kind",
            m.telegram_updates.clone(),
        );
        registry.register("handoff_cases", "Open handoff cases, by state", m.handoff_cases.clone());
        registry.register(
            "handoff_wait_seconds",
            "Seconds from asking for a person to a staff member's claim",
            m.handoff_wait.clone(),
        );
        registry.register(
            "store_seconds",
            "Seconds per session store command, by operation",
            m.store_seconds.clone(),
        );
        registry.register(
            "store_errors",
            "Session store commands that failed, by operation",
            m.store_errors.clone(),
        );
        registry.register(
            "http_header_timeouts",
            "HTTP connections closed for not sending a whole request head in time",
            m.http_header_timeouts.clone(),
        );
        registry.register(
            "store_evicted",
            "Conversations evicted from the memory store to stay within limits.max_conversations",
            m.store_evicted.clone(),
        );
        registry.register(
            "mailbox_codes",
            "Receipt codes typed into the mailbox, by result",
            m.mailbox_codes.clone(),
        );
        registry.register(
            "mailbox_events",
            "Mailbox messages left, answered, read, replied to, deleted and expired",
            m.mailbox_events.clone(),
        );
        Metrics { registry, ..m }
    }
}

impl Metrics {
    pub fn frame(&self, kind: FrameKind) {
        self.web_frames.get_or_create(&FrameLabels { kind }).inc();
    }

    pub fn cut(&self, reason: Cut) {
        self.web_cut.get_or_create(&CutLabels { reason }).inc();
    }

    pub fn conversation(&self, channel: Surface) {
        self.conversations.get_or_create(&SurfaceLabels { channel }).inc();
    }

    /// Counts an error answer. `code` must be one of the code's own constants.
    pub fn error(&self, channel: Surface, code: &'static str) {
        self.errors.get_or_create(&ErrorLabels { channel, code }).inc();
    }

    /// Counts the error answers among a step's rendered messages.
    pub fn rendered(&self, channel: Surface, rendered: &[Rendered]) {
        for r in rendered {
            if let Rendered::Error { code, .. } = r {
                self.error(channel, code);
            }
        }
    }

    pub fn update(&self, kind: UpdateKind) {
        self.telegram_updates.get_or_create(&UpdateLabels { kind }).inc();
    }

    /// Sets the open cases by state, read by the scrape.
    pub fn cases(&self, queued: usize, live: usize) {
        for (state, n) in [(CaseLabel::Queued, queued), (CaseLabel::Live, live)] {
            let n = i64::try_from(n).unwrap_or(i64::MAX);
            self.handoff_cases.get_or_create(&CaseLabels { state }).set(n);
        }
    }

    /// A claim after `waited` seconds.
    pub fn claimed(&self, waited: i64) {
        self.handoff_wait.observe(waited.max(0) as f64);
    }

    pub fn mailbox_code(&self, result: CodeResult) {
        self.mailbox_codes.get_or_create(&CodeLabels { result }).inc();
    }

    pub fn mailbox(&self, event: MailboxEvent) {
        self.mailbox_events.get_or_create(&MailboxLabels { event }).inc();
    }

    /// The OpenMetrics text for a scrape.
    pub fn encode(&self) -> String {
        let mut out = String::new();
        // Writing to a String cannot fail.
        let _ = encode(&mut out, &self.registry);
        out
    }

    /// Counts an open connection until the returned guard is dropped.
    pub fn connection(&self) -> ConnectionGuard {
        self.web_connections.inc();
        ConnectionGuard(self.web_connections.clone())
    }

    /// `store`, with every command timed into `store_seconds` and failures counted.
    pub fn timed(self: &Arc<Self>, store: Arc<dyn SessionStore>) -> Arc<dyn SessionStore> {
        Arc::new(TimedStore {
            inner: store,
            metrics: self.clone(),
        })
    }

    fn time<T>(&self, op: StoreOp, started: Instant, result: &Result<T, StoreError>) {
        let labels = StoreLabels { op };
        self.store_seconds
            .get_or_create(&labels)
            .observe(started.elapsed().as_secs_f64());
        if result.is_err() {
            self.store_errors.get_or_create(&labels).inc();
        }
    }
}

/// Decrements the open-connection gauge when a connection ends, however it ends.
pub struct ConnectionGuard(Gauge);

impl Drop for ConnectionGuard {
    fn drop(&mut self) {
        self.0.dec();
    }
}

/// A session store that times every command ([`Metrics::timed`]). `ping` (readiness) is
/// not timed: it is not on a person's path.
struct TimedStore {
    inner: Arc<dyn SessionStore>,
    metrics: Arc<Metrics>,
}

#[async_trait]
impl SessionStore for TimedStore {
    async fn load(&self, key: &SessionKey) -> Result<Option<Record>, StoreError> {
        let started = Instant::now();
        let result = self.inner.load(key).await;
        self.metrics.time(StoreOp::Load, started, &result);
        result
    }

    async fn save(&self, key: &SessionKey, record: &Record) -> Result<(), StoreError> {
        let started = Instant::now();
        let result = self.inner.save(key, record).await;
        self.metrics.time(StoreOp::Save, started, &result);
        result
    }

    async fn update(&self, key: &SessionKey, record: &Record) -> Result<bool, StoreError> {
        let started = Instant::now();
        let result = self.inner.update(key, record).await;
        self.metrics.time(StoreOp::Update, started, &result);
        result
    }

    async fn erase(&self, key: &SessionKey) -> Result<(), StoreError> {
        let started = Instant::now();
        let result = self.inner.erase(key).await;
        self.metrics.time(StoreOp::Erase, started, &result);
        result
    }

    async fn ping(&self) -> Result<(), StoreError> {
        self.inner.ping().await
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::session::MemoryStore;
    use std::time::Duration;

    #[test]
    fn counts_and_encodes_with_fixed_labels_only() {
        let m = Metrics::default();
        let guard = m.connection();
        m.frame(FrameKind::Choose);
        m.frame(FrameKind::Choose);
        m.frame(FrameKind::Invalid);
        m.error(Surface::Web, "rate_limited");
        m.update(UpdateKind::Limited);
        m.cases(2, 1);
        m.claimed(40);
        let text = m.encode();
        assert!(text.contains("lotsa_web_connections 1"), "{text}");
        assert!(text.contains("lotsa_web_frames_total{kind=\"Choose\"} 2"), "{text}");
        assert!(text.contains("lotsa_web_frames_total{kind=\"Invalid\"} 1"), "{text}");
        assert!(
            text.contains("lotsa_errors_total{channel=\"Web\",code=\"rate_limited\"} 1"),
            "{text}"
        );
        assert!(
            text.contains("lotsa_telegram_updates_total{kind=\"Limited\"} 1"),
            "{text}"
        );
        assert!(text.contains("lotsa_handoff_cases{state=\"Queued\"} 2"), "{text}");
        assert!(text.contains("lotsa_handoff_cases{state=\"Live\"} 1"), "{text}");
        assert!(
            text.contains("lotsa_handoff_wait_seconds_bucket{le=\"30.0\"} 0"),
            "{text}"
        );
        assert!(
            text.contains("lotsa_handoff_wait_seconds_bucket{le=\"60.0\"} 1"),
            "{text}"
        );
        drop(guard);
        assert!(m.encode().contains("lotsa_web_connections 0"));
    }

    #[tokio::test]
    async fn a_timed_store_counts_each_command_and_passes_it_through() {
        let m = Arc::new(Metrics::default());
        let store = m.timed(Arc::new(MemoryStore::new(Duration::from_secs(60))));
        let key = SessionKey([7; 16]);
        let content = crate::content::repository();
        let lang = content.locales.fallback();
        let record = Record::new(crate::dialogue::State::new(&content.flows, lang));
        store.save(&key, &record).await.unwrap();
        assert_eq!(store.load(&key).await.unwrap(), Some(record.clone()));
        assert!(store.update(&key, &record).await.unwrap());
        store.erase(&key).await.unwrap();
        assert_eq!(store.load(&key).await.unwrap(), None);
        let text = m.encode();
        for (op, n) in [("Load", 2), ("Save", 1), ("Update", 1), ("Erase", 1)] {
            let line = format!("lotsa_store_seconds_count{{op=\"{op}\"}} {n}");
            assert!(text.contains(&line), "{line} in {text}");
        }
        assert!(!text.contains("lotsa_store_errors_total{"), "no failures: {text}");
    }
}
