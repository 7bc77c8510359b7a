//! `[limits]`: how many web chat connections this instance holds, from one address and
//! in all, how lively they must be, and how many conversations it keeps without Redis.

use std::time::Duration;

use serde::Deserialize;

use super::{ConfigError, invalid};

/// `[limits]`: web chat connections, counted in memory only (never stored or logged).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LimitSettings {
    /// Open web chat connections on this instance; more are refused with 503.
    pub max_connections: usize,
    /// Open web chat connections from one client address; more are refused with 503.
    pub max_connections_per_address: usize,
    /// Where the client address comes from.
    pub client_address: ClientAddress,
    /// The server pings each web chat connection this often, and drops one that has
    /// answered nothing for three intervals (a phone that lost its network).
    pub ping: Duration,
    /// An HTTP connection that has not sent a whole request head this long after it
    /// opened (or after its last answer) is closed: silent or trickling sockets (Slowloris)
    /// cannot hold the server's descriptors.
    pub header_timeout: Duration,
    /// Web chat connections one client address may open a minute (on average; as many at
    /// once after a quiet minute).
    pub opens_per_address_per_minute: u32,
    /// Without Redis: conversations kept in memory at most; a new one beyond evicts the
    /// one idle longest (never one in a handoff or a Telegram chat).
    pub max_conversations: usize,
}

/// Where a web chat connection's client address is read, for the per-address limit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ClientAddress {
    /// The TCP peer: right when lotsa faces the internet itself.
    Peer,
    /// The last `X-Forwarded-For` entry, which the reverse proxy in front appends: right
    /// only behind a proxy that always sets it (any client can send the header).
    XForwardedFor,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawLimits {
    max_connections: Option<usize>,
    max_connections_per_address: Option<usize>,
    client_address: Option<ClientAddress>,
    ping_secs: Option<u64>,
    header_timeout_secs: Option<u64>,
    opens_per_address_per_minute: Option<u32>,
    max_conversations: Option<usize>,
}

/// Twice the 10,000 idle sessions measured in docs/performance.md.
const DEFAULT_MAX_CONNECTIONS: usize = 20_000;

/// A shelter's or an office's shared address can have several people on it.
const DEFAULT_MAX_PER_ADDRESS: usize = 32;

/// Under the 60 s idle timeouts common in proxies and mobile NATs.
const DEFAULT_PING_SECS: u64 = 30;

/// A browser or a proxy sends a request head in one packet; ten seconds is generous even
/// on a poor mobile network, and 1,800 sockets held that long each cost an attacker a
/// reconnect every ten seconds.
const DEFAULT_HEADER_TIMEOUT_SECS: u64 = 10;

/// A page opens one connection and, after losing it, retries with a growing pause; a
/// shelter's shared address with a few dozen people stays far below one a second.
const DEFAULT_OPENS_PER_MINUTE: u32 = 60;

/// About 40 MB of conversations (docs/performance.md), far more than one instance without
/// Redis has people within an idle time.
const DEFAULT_MAX_CONVERSATIONS: usize = 100_000;

pub(super) fn compile_limits(raw: RawLimits) -> Result<LimitSettings, ConfigError> {
    let max_connections = raw.max_connections.unwrap_or(DEFAULT_MAX_CONNECTIONS);
    if max_connections == 0 {
        return Err(invalid("limits.max_connections", "must be at least 1"));
    }
    let per_address = raw.max_connections_per_address.unwrap_or(DEFAULT_MAX_PER_ADDRESS);
    if per_address == 0 || per_address > max_connections {
        return Err(invalid(
            "limits.max_connections_per_address",
            "must be from 1 to limits.max_connections",
        ));
    }
    let ping = raw.ping_secs.unwrap_or(DEFAULT_PING_SECS);
    if !(1..=300).contains(&ping) {
        return Err(invalid("limits.ping_secs", "must be from 1 to 300"));
    }
    let header_timeout = raw.header_timeout_secs.unwrap_or(DEFAULT_HEADER_TIMEOUT_SECS);
    if !(1..=300).contains(&header_timeout) {
        return Err(invalid("limits.header_timeout_secs", "must be from 1 to 300"));
    }
    let opens = raw.opens_per_address_per_minute.unwrap_or(DEFAULT_OPENS_PER_MINUTE);
    if opens == 0 {
        return Err(invalid("limits.opens_per_address_per_minute", "must be at least 1"));
    }
    let max_conversations = raw.max_conversations.unwrap_or(DEFAULT_MAX_CONVERSATIONS);
    if max_conversations == 0 {
        return Err(invalid("limits.max_conversations", "must be at least 1"));
    }
    Ok(LimitSettings {
        max_connections,
        max_connections_per_address: per_address,
        client_address: raw.client_address.unwrap_or(ClientAddress::Peer),
        ping: Duration::from_secs(ping),
        header_timeout: Duration::from_secs(header_timeout),
        opens_per_address_per_minute: opens,
        max_conversations,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::Settings;

    #[test]
    fn limits_have_defaults_and_errors_name_the_key() {
        let d = Settings::from_toml("").unwrap().limits;
        assert_eq!((d.max_connections, d.max_connections_per_address), (20_000, 32));
        assert_eq!(
            (d.client_address, d.ping),
            (ClientAddress::Peer, Duration::from_secs(30))
        );
        assert_eq!(d.header_timeout, Duration::from_secs(10));
        assert_eq!(d.opens_per_address_per_minute, 60);
        assert_eq!(d.max_conversations, 100_000);
        let set = Settings::from_toml(
            "[limits]\nmax_connections = 10\nmax_connections_per_address = 2\nclient_address = \"x-forwarded-for\"\nping_secs = 5",
        )
        .unwrap()
        .limits;
        assert_eq!(set.client_address, ClientAddress::XForwardedFor);
        for (toml, key) in [
            ("[limits]\nmax_connections = 0", "limits.max_connections"),
            (
                "[limits]\nmax_connections = 4\nmax_connections_per_address = 5",
                "limits.max_connections_per_address",
            ),
            ("[limits]\nping_secs = 0", "limits.ping_secs"),
            ("[limits]\nheader_timeout_secs = 0", "limits.header_timeout_secs"),
            (
                "[limits]\nopens_per_address_per_minute = 0",
                "limits.opens_per_address_per_minute",
            ),
            ("[limits]\nmax_conversations = 0", "limits.max_conversations"),
        ] {
            let e = Settings::from_toml(toml).unwrap_err().to_string();
            assert!(e.contains(key), "{e}");
        }
        let e = Settings::from_toml("[limits]\nclient_address = \"header\"")
            .unwrap_err()
            .to_string();
        assert!(e.contains("client_address"), "{e}");
    }
}
