//! Operational metrics for `GET /metrics`, in the OpenMetrics text format: how many web
//! chat connections are open, how many frames of each kind arrive, and how many cases
//! wait for staff. Aggregates only: no label carries anything derived from a person
//! (labels come from fixed enums), and the anonymous statistics are not here (they are
//! staff-only, suppressed, in `stats`).

use prometheus_client::encoding::text::encode;
use prometheus_client::encoding::{EncodeLabelSet, EncodeLabelValue};
use prometheus_client::metrics::counter::Counter;
use prometheus_client::metrics::family::Family;
use prometheus_client::metrics::gauge::Gauge;
use prometheus_client::registry::Registry;

/// What kind of frame the web chat received; a fixed set, so a label can never hold text.
#[derive(Debug, Clone, Copy, Hash, PartialEq, Eq, EncodeLabelValue)]
pub enum FrameKind {
    Start,
    Resume,
    Choose,
    Text,
    End,
    Survey,
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
    /// Closed: no frame and no news for the idle time.
    Idle,
    /// Closed: no answer to the server's pings (the peer is gone).
    Unresponsive,
    /// Closed: the page did not take a step's answer within a ping interval.
    SlowReader,
}

#[derive(Debug, Clone, Hash, PartialEq, Eq, EncodeLabelSet)]
pub struct CutLabels {
    pub reason: Cut,
}

/// The process's metrics, shared by everything that counts.
pub struct Metrics {
    registry: Registry,
    /// Open web chat WebSocket connections.
    pub web_connections: Gauge,
    /// Web chat frames received, by kind.
    pub web_frames: Family<FrameLabels, Counter>,
    /// Cases waiting for or talking with staff, read when scraped.
    pub handoff_cases: Gauge,
    /// Web chat connections refused or closed by the server, by reason.
    pub web_cut: Family<CutLabels, Counter>,
}

impl Default for Metrics {
    fn default() -> Self {
        let mut registry = Registry::with_prefix("lotsa");
        let web_connections = Gauge::default();
        let web_frames = Family::<FrameLabels, Counter>::default();
        let handoff_cases = Gauge::default();
        let web_cut = Family::<CutLabels, Counter>::default();
        registry.register("web_connections", "Open web chat connections", web_connections.clone());
        registry.register("web_frames", "Web chat frames received, by kind", web_frames.clone());
        registry.register(
            "handoff_cases",
            "Open handoff cases (queued or live)",
            handoff_cases.clone(),
        );
        registry.register(
            "web_cut",
            "Web chat connections refused or closed by the server, by reason",
            web_cut.clone(),
        );
        Metrics {
            registry,
            web_connections,
            web_frames,
            handoff_cases,
            web_cut,
        }
    }
}

impl Metrics {
    pub fn frame(&self, kind: FrameKind) {
        self.web_frames.get_or_create(&FrameLabels { kind }).inc();
    }

    pub fn cut(&self, reason: Cut) {
        self.web_cut.get_or_create(&CutLabels { reason }).inc();
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
}

/// Decrements the open-connection gauge when a connection ends, however it ends.
pub struct ConnectionGuard(Gauge);

impl Drop for ConnectionGuard {
    fn drop(&mut self) {
        self.0.dec();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_and_encodes_with_fixed_labels_only() {
        let m = Metrics::default();
        let guard = m.connection();
        m.frame(FrameKind::Choose);
        m.frame(FrameKind::Choose);
        m.frame(FrameKind::Invalid);
        let text = m.encode();
        assert!(text.contains("lotsa_web_connections 1"), "{text}");
        assert!(text.contains("lotsa_web_frames_total{kind=\"Choose\"} 2"), "{text}");
        assert!(text.contains("lotsa_web_frames_total{kind=\"Invalid\"} 1"), "{text}");
        drop(guard);
        assert!(m.encode().contains("lotsa_web_connections 0"));
    }
}
