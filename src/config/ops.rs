//! Operational settings: where `/metrics` is served (`metrics_bind`), and which `LOTSA_*`
//! environment variables are read.

use std::net::SocketAddr;

use super::{ConfigError, invalid};

/// Top-level keys read from `LOTSA_<KEY>`, besides `LOTSA_CONFIG` (the file's path).
pub(super) const ENV_KEYS: &[&str] = &[
    "bind",
    "metrics_bind",
    "secret_key",
    "previous_secret_key",
    "flows_dir",
    "locales_dir",
    "session_idle_secs",
    "exit_url",
    "frame_ancestors",
    "log_format",
    "redis_url",
    "telegram_token",
    "telegram_api_url",
    "telegram_webhook_url",
    "public_url",
    "staff_session_idle_secs",
    "staff_session_max_secs",
];

/// Where `/metrics` listens unless configured: loopback only, so a scrape needs the host
/// (or, in a container, a port published only to the monitoring network).
pub(super) fn default_metrics_bind() -> String {
    "127.0.0.1:9100".into()
}

/// `metrics_bind`: an address and port for the metrics listener, or `off` (no `/metrics`
/// at all). Never the public listener: live counts of chats and waiting people would tell
/// an outsider when someone is asking for help.
pub(super) fn parse_metrics_bind(raw: &str, bind: SocketAddr) -> Result<Option<SocketAddr>, ConfigError> {
    let raw = raw.trim();
    if raw.eq_ignore_ascii_case("off") {
        return Ok(None);
    }
    let addr: SocketAddr = raw
        .parse()
        .map_err(|_| invalid("metrics_bind", "expected an address like 127.0.0.1:9100, or \"off\""))?;
    if addr == bind && addr.port() != 0 {
        return Err(invalid(
            "metrics_bind",
            "must differ from `bind`: /metrics is never served on the public listener",
        ));
    }
    Ok(Some(addr))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn metrics_bind_is_an_address_or_off_and_never_the_public_one() {
        let bind: SocketAddr = "0.0.0.0:8080".parse().unwrap();
        assert_eq!(parse_metrics_bind("off", bind).unwrap(), None);
        assert_eq!(
            parse_metrics_bind(&default_metrics_bind(), bind).unwrap(),
            Some("127.0.0.1:9100".parse().unwrap())
        );
        for bad in ["localhost:9100", "9100", "", "0.0.0.0:8080"] {
            let e = parse_metrics_bind(bad, bind).unwrap_err().to_string();
            assert!(e.contains("metrics_bind"), "{bad}: {e}");
        }
    }
}
