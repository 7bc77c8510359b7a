//! Logging set up so that nothing identifying can reach it.
//!
//! lotsa's own code logs no text, ids or addresses. Dependencies may: WebSocket and HTTP
//! libraries trace whole frames and headers at their most verbose levels. So whatever
//! `RUST_LOG` asks for, [`filter`] caps those crates at `info`, where they log nothing
//! about content. The cap is applied after the user's directives and replaces any directive
//! for the same crate.

use std::io::IsTerminal;

use tracing_subscriber::EnvFilter;
use tracing_subscriber::filter::LevelFilter;
use tracing_subscriber::fmt::MakeWriter;

use crate::config::LogFormat;

/// Crates whose verbose levels would log frames, headers or payloads.
const CAPPED: &[&str] = &[
    "tungstenite",
    "tokio_tungstenite",
    "hyper",
    "hyper_util",
    "h2",
    // axum::serve traces every peer address; axum::rejection traces reasons that quote input.
    "axum",
    "axum::rejection",
    "reqwest",
    "rustls",
    "teloxide",
    "teloxide_core",
    "redis",
];

/// The target of staff audit events (`tracing::info!(target: "audit", …)`).
pub const AUDIT_TARGET: &str = "audit";

/// Builds the filter from `RUST_LOG`-style directives plus the privacy caps: capped
/// crates log at `info` or at the global level, whichever is quieter. The staff audit
/// target always logs at `info`.
pub fn filter(directives: &str) -> EnvFilter {
    let global = directives
        .split(',')
        .filter(|d| !d.contains('='))
        .filter_map(|d| d.trim().parse::<LevelFilter>().ok())
        .next_back()
        .unwrap_or(LevelFilter::INFO);
    let cap = global.min(LevelFilter::INFO);
    let mut filter = EnvFilter::builder()
        .with_default_directive(LevelFilter::INFO.into())
        .parse_lossy(directives);
    for krate in CAPPED {
        // `axum::rejection` at trace logs rejection reasons, which can quote input.
        let level = if *krate == "axum::rejection" {
            LevelFilter::OFF
        } else {
            cap
        };
        if let Ok(d) = format!("{krate}={level}").parse() {
            filter = filter.add_directive(d);
        }
    }
    // Staff audit events (staff id, action, outcome) are kept whatever the level.
    if let Ok(d) = format!("{AUDIT_TARGET}=info").parse() {
        filter = filter.add_directive(d);
    }
    filter
}

/// Installs the global subscriber for the process (called once, from `main`).
pub fn init(format: Option<LogFormat>) {
    let directives = std::env::var("RUST_LOG").unwrap_or_else(|_| "info".into());
    let format = format.unwrap_or(if std::io::stdout().is_terminal() {
        LogFormat::Pretty
    } else {
        LogFormat::Json
    });
    install(filter(&directives), format, std::io::stdout);
}

/// Installs a subscriber writing to `writer`; tests use it to capture logs.
pub fn install<W>(filter: EnvFilter, format: LogFormat, writer: W)
where
    W: for<'a> MakeWriter<'a> + Send + Sync + 'static,
{
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(writer)
        // A log line that cannot be written (full disk, closed pipe) is dropped quietly.
        // By default the subscriber reports it with `eprintln!`, which panics when stderr
        // cannot be written either, and that would take the server down with its logs.
        .log_internal_errors(false);
    let _ = match format {
        LogFormat::Json => builder.json().try_init(),
        LogFormat::Pretty => builder.try_init(),
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn caps_follow_a_quieter_global_level_and_never_exceed_info() {
        assert!(filter("trace").to_string().contains("hyper=info"));
        assert!(filter("warn").to_string().contains("hyper=warn"));
        assert!(filter("lotsa=trace,hyper=trace").to_string().contains("hyper=info"));
        assert!(!filter("trace").to_string().contains("hyper=trace"));
        assert!(filter("trace").to_string().contains("axum::rejection=off"));
        assert!(filter("warn").to_string().contains("audit=info"));
        assert!(filter("warn,audit=off").to_string().contains("audit=info"));
    }
}
