//! Operational settings: where `/metrics` is served (`metrics_bind`), and which `LOTSA_*`
//! environment variables are read, including the `[limits]` keys a container or a unit
//! file sets without editing the file (`LOTSA_LIMITS_CLIENT_ADDRESS=x-forwarded-for`).

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

/// Keys inside a table, read from `LOTSA_<TABLE>_<KEY>`: every `[limits]` key, because
/// behind a proxy the right `client_address` belongs to the deployment (the compose file,
/// the manifest), not to the file with the contacts.
pub(super) const TABLE_ENV_KEYS: &[(&str, &str)] = &[
    ("limits_max_connections", "limits.max_connections"),
    (
        "limits_max_connections_per_address",
        "limits.max_connections_per_address",
    ),
    ("limits_client_address", "limits.client_address"),
    ("limits_ping_secs", "limits.ping_secs"),
    ("limits_header_timeout_secs", "limits.header_timeout_secs"),
    (
        "limits_opens_per_address_per_minute",
        "limits.opens_per_address_per_minute",
    ),
    ("limits_max_conversations", "limits.max_conversations"),
];

/// The figment key (dotted for a table) for an environment variable's name without
/// `LOTSA_`, or `None` when lotsa does not read that variable.
pub(super) fn env_key(name: &str) -> Option<String> {
    let name = name.to_ascii_lowercase();
    if ENV_KEYS.contains(&name.as_str()) {
        return Some(name);
    }
    TABLE_ENV_KEYS
        .iter()
        .find(|(env, _)| *env == name)
        .map(|(_, key)| (*key).to_string())
}

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
    fn environment_names_map_to_keys_and_tables() {
        assert_eq!(env_key("BIND").as_deref(), Some("bind"));
        assert_eq!(env_key("metrics_bind").as_deref(), Some("metrics_bind"));
        assert_eq!(
            env_key("LIMITS_CLIENT_ADDRESS").as_deref(),
            Some("limits.client_address")
        );
        for (env, key) in TABLE_ENV_KEYS {
            assert_eq!(env_key(env).as_deref(), Some(*key));
        }
        assert_eq!(env_key("CONFIG"), None, "the file's path is read separately");
        assert_eq!(env_key("BNID"), None);
        assert_eq!(env_key("LIMITS"), None, "a whole table is not a variable");
    }

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
