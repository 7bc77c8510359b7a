//! Typed settings: one optional TOML file (`lotsa.toml`, or the path in `LOTSA_CONFIG`)
//! overridden by `LOTSA_*` environment variables, validated before anything starts.
//!
//! Contacts (phone numbers, opening hours, regional teams) live here and never in flows,
//! because they change with each deployment and must be verified by the people who run
//! it. Secrets are [`SecretString`]s so they never print, not even in `Debug`. Every
//! error names the key that is wrong, never its value.
//!
//! Each section has its own file, in the order of `docs/configuration.md`: the top-level
//! keys, loading and the re-exports here; `staff.rs` (with `public_url`), `teams.rs`
//! (`[handoff]`, `[[team]]`), `hours.rs`, `contacts.rs`, `limits.rs`, `disguise.rs`,
//! `stats.rs`, `notify.rs`, `mailbox.rs`; `ops.rs` for `metrics_bind` and the environment,
//! `preflight.rs` for `lotsa check`.

use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::time::Duration;

use figment::Figment;
use figment::providers::{Env, Format, Toml};
use secrecy::{ExposeSecret, SecretString};
use serde::Deserialize;

mod contacts;
mod disguise;
mod hours;
mod limits;
mod mailbox;
mod notify;
mod ops;
mod preflight;
mod staff;
mod stats;
mod teams;
pub use contacts::{Contact, Contacts};
pub use disguise::{Disguise, Icon};
pub use hours::{Day, HoursSpan, OpeningHours};
pub use limits::{ClientAddress, LimitSettings};
pub use mailbox::MailboxSettings;
pub use notify::{NotifySettings, Webhook, WebhookFormat};
pub use preflight::{Preflight, preflight};
pub use staff::{Role, StaffAccount, totp_secret_bytes, valid_staff_id};
pub use stats::StatsSettings;
pub use teams::{HandoffSettings, Team};

#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    /// Figment's message names the key and the file or variable it came from.
    #[error("configuration: {0}")]
    Load(#[from] Box<figment::Error>),
    #[error("configuration key `{key}`: {reason}")]
    Invalid { key: String, reason: String },
}

fn invalid(key: impl Into<String>, reason: impl Into<String>) -> ConfigError {
    ConfigError::Invalid {
        key: key.into(),
        reason: reason.into(),
    }
}

/// How log lines are written. JSON suits collectors; pretty suits a terminal.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum LogFormat {
    Json,
    Pretty,
}

/// Validated settings for one process.
#[derive(Debug, Clone)]
pub struct Settings {
    /// Address to listen on; port 0 picks a free port (tests).
    pub bind: SocketAddr,
    /// Where `/metrics` is served, on a listener of its own; `None`: nowhere. The public
    /// listener never serves it.
    pub metrics_bind: Option<SocketAddr>,
    /// Root of the keys for pseudonyms; `None` means one is generated per process.
    pub secret_key: Option<SecretString>,
    /// During a key rotation, the root `secret_key` replaced: what was written under it
    /// is still read, for as long as it lives (docs/privacy.md, "Key rotation").
    pub previous_secret_key: Option<SecretString>,
    pub flows_dir: PathBuf,
    pub locales_dir: PathBuf,
    /// A bot conversation is erased after this long without a message.
    pub session_idle: Duration,
    /// Where quick exit sends the browser: a neutral site.
    pub exit_url: String,
    /// CSP `frame-ancestors`: which sites may embed the chat in an iframe.
    pub frame_ancestors: String,
    /// A neutral look for the chat page (`[disguise]`); `None`: the page says what it is.
    pub disguise: Option<Disguise>,
    pub log_format: Option<LogFormat>,
    /// Where sessions live when several instances share state; `None`: in memory.
    pub redis: Option<RedisSettings>,
    pub contacts: Contacts,
    /// Set: the Telegram channel runs. Never printed.
    pub telegram_token: Option<SecretString>,
    /// Another Bot API server (tests, self-hosted); unset: the official one.
    pub telegram_api_url: Option<String>,
    /// Set: webhook mode at this public URL (ending in `/telegram/webhook`); unset: polling.
    pub telegram_webhook_url: Option<String>,
    /// How handoffs to staff behave (`[handoff]`).
    pub handoff: HandoffSettings,
    /// Who answers handoffs, and when (`[[team]]`). Empty: no live handoff; "talk to a
    /// person" shows contacts.
    pub teams: Vec<Team>,
    /// Where staff reach this server (`https://host[:port]`), normalized to its origin.
    /// `https`: staff cookies are `Secure` and `__Host-` prefixed. Set or not, it decides
    /// which `Origin` the staff routes accept (see `staff::auth`).
    pub public_url: Option<url::Url>,
    /// Anonymous statistics (`[stats]`).
    pub stats: StatsSettings,
    /// `[limits]`: how many web chat connections, and how lively they must be.
    pub limits: LimitSettings,
    /// Staff accounts (`[[staff]]`), checked: ids unique, hashes argon2id.
    pub staff: Vec<StaffAccount>,
    /// On-call tools told when people wait (`[[notify.webhook]]`).
    pub notify: NotifySettings,
    /// The anonymous mailbox with a receipt code (`[mailbox]`).
    pub mailbox: MailboxSettings,
    /// A staff session ends after this long without a request.
    pub staff_session_idle: Duration,
    /// A staff session ends this long after login, however active.
    pub staff_session_max: Duration,
}

/// `redis_url` / `LOTSA_REDIS_URL`: one URL is a single server (`redis://`, `rediss://`
/// for TLS, `unix:///path/redis.sock` or `redis+unix://`), several comma-separated URLs
/// are the seed nodes of a Redis Cluster. URLs may carry a password, so they stay secret
/// and never print.
#[derive(Debug, Clone)]
pub struct RedisSettings {
    pub nodes: Vec<SecretString>,
}

impl RedisSettings {
    pub fn is_cluster(&self) -> bool {
        self.nodes.len() > 1
    }

    fn parse(url: &SecretString) -> Result<RedisSettings, ConfigError> {
        let nodes: Vec<SecretString> = url
            .expose_secret()
            .split(',')
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(SecretString::from)
            .collect();
        if nodes.is_empty() {
            return Err(invalid("redis_url", "is empty"));
        }
        let cluster = nodes.len() > 1;
        for node in &nodes {
            let scheme = node.expose_secret().split_once("://").map(|(s, _)| s);
            let ok = match scheme {
                Some("redis" | "rediss") => true,
                Some("unix" | "redis+unix") => !cluster,
                _ => false,
            };
            if !ok {
                // The value may hold a password: name the key and the rule, never the URL.
                return Err(invalid(
                    "redis_url",
                    "expected redis://, rediss:// or unix:// (one URL), or comma-separated redis:// or rediss:// cluster nodes",
                ));
            }
        }
        Ok(RedisSettings { nodes })
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSettings {
    #[serde(default = "default_bind")]
    bind: String,
    #[serde(default = "ops::default_metrics_bind")]
    metrics_bind: String,
    secret_key: Option<SecretString>,
    previous_secret_key: Option<SecretString>,
    #[serde(default = "default_flows_dir")]
    flows_dir: PathBuf,
    #[serde(default = "default_locales_dir")]
    locales_dir: PathBuf,
    #[serde(default = "default_idle")]
    session_idle_secs: u64,
    #[serde(default = "default_exit_url")]
    exit_url: String,
    #[serde(default = "default_frame_ancestors")]
    frame_ancestors: String,
    disguise: Option<disguise::RawDisguise>,
    log_format: Option<LogFormat>,
    redis_url: Option<SecretString>,
    #[serde(default)]
    contacts: contacts::RawContacts,
    telegram_token: Option<SecretString>,
    telegram_api_url: Option<String>,
    telegram_webhook_url: Option<String>,
    #[serde(default)]
    handoff: teams::RawHandoff,
    #[serde(default)]
    team: Vec<teams::RawTeam>,
    #[serde(default)]
    stats: stats::RawStats,
    #[serde(default)]
    limits: limits::RawLimits,
    public_url: Option<String>,
    #[serde(default)]
    staff: Vec<staff::RawStaff>,
    #[serde(default)]
    notify: notify::RawNotify,
    #[serde(default)]
    mailbox: mailbox::RawMailbox,
    #[serde(default = "staff::default_staff_idle")]
    staff_session_idle_secs: u64,
    #[serde(default = "staff::default_staff_max")]
    staff_session_max_secs: u64,
}

fn default_bind() -> String {
    "127.0.0.1:8080".into()
}
fn default_flows_dir() -> PathBuf {
    "flows".into()
}
fn default_locales_dir() -> PathBuf {
    "locales".into()
}
fn default_idle() -> u64 {
    30 * 60
}
fn default_exit_url() -> String {
    "https://www.google.com/".into()
}
fn default_frame_ancestors() -> String {
    "'self'".into()
}

impl Settings {
    /// Reads the file named by `LOTSA_CONFIG` (default `lotsa.toml`, which may be absent)
    /// and the environment.
    pub fn load() -> Result<Settings, ConfigError> {
        let path = std::env::var_os("LOTSA_CONFIG").map(PathBuf::from);
        let explicit = path.is_some();
        let path = path.unwrap_or_else(|| PathBuf::from("lotsa.toml"));
        if explicit && !path.exists() {
            return Err(invalid(
                "LOTSA_CONFIG",
                format!("file {} does not exist", path.display()),
            ));
        }
        Settings::from_figment(
            Figment::new()
                .merge(Toml::file(&path))
                .merge(Env::prefixed("LOTSA_").filter_map(|name| ops::env_key(name.as_str()).map(Into::into))),
        )
    }

    /// Settings from one TOML file alone (tests, tools).
    pub fn from_file(path: &Path) -> Result<Settings, ConfigError> {
        Settings::from_figment(Figment::new().merge(Toml::file_exact(path)))
    }

    /// Settings from a TOML string alone (tests).
    pub fn from_toml(source: &str) -> Result<Settings, ConfigError> {
        Settings::from_figment(Figment::new().merge(Toml::string(source)))
    }

    fn from_figment(figment: Figment) -> Result<Settings, ConfigError> {
        let raw: RawSettings = figment.extract().map_err(Box::new)?;
        let bind = raw
            .bind
            .parse()
            .map_err(|_| invalid("bind", "expected an address like 127.0.0.1:8080"))?;
        let metrics_bind = ops::parse_metrics_bind(&raw.metrics_bind, bind)?;
        check_secret_keys(&raw)?;
        check_top_level(&raw)?;
        let public_url = raw.public_url.as_deref().map(staff::parse_public_url).transpose()?;
        Ok(Settings {
            bind,
            metrics_bind,
            secret_key: raw.secret_key,
            previous_secret_key: raw.previous_secret_key,
            flows_dir: raw.flows_dir,
            locales_dir: raw.locales_dir,
            session_idle: Duration::from_secs(raw.session_idle_secs),
            exit_url: raw.exit_url,
            frame_ancestors: raw.frame_ancestors,
            disguise: raw.disguise.map(disguise::compile_disguise).transpose()?,
            log_format: raw.log_format,
            redis: raw.redis_url.as_ref().map(RedisSettings::parse).transpose()?,
            contacts: contacts::compile_contacts(raw.contacts)?,
            telegram_token: raw.telegram_token,
            telegram_api_url: raw.telegram_api_url,
            telegram_webhook_url: raw.telegram_webhook_url,
            handoff: teams::compile_handoff(raw.handoff)?,
            teams: teams::compile_teams(raw.team)?,
            stats: stats::compile_stats(raw.stats)?,
            limits: limits::compile_limits(raw.limits)?,
            public_url,
            staff: staff::compile_staff(raw.staff)?,
            notify: notify::compile_notify(raw.notify)?,
            mailbox: mailbox::compile_mailbox(raw.mailbox)?,
            staff_session_idle: Duration::from_secs(raw.staff_session_idle_secs),
            staff_session_max: Duration::from_secs(raw.staff_session_max_secs),
        })
    }

    /// The staff account with this id, if configured.
    pub fn staff_account(&self, id: &str) -> Option<&StaffAccount> {
        self.staff.iter().find(|a| a.id == id)
    }
}

/// `secret_key` and `previous_secret_key`: 64 hexadecimal characters each, the previous one
/// only beside a current one it differs from. Errors name the key, never the value.
fn check_secret_keys(raw: &RawSettings) -> Result<(), ConfigError> {
    let is_key = |k: &str| k.len() == 64 && k.bytes().all(|b| b.is_ascii_hexdigit());
    if let Some(key) = &raw.secret_key
        && !is_key(key.expose_secret())
    {
        return Err(invalid("secret_key", "expected 64 hexadecimal characters"));
    }
    if let Some(previous) = &raw.previous_secret_key {
        let Some(current) = &raw.secret_key else {
            return Err(invalid("previous_secret_key", "set only together with secret_key"));
        };
        if !is_key(previous.expose_secret()) {
            return Err(invalid("previous_secret_key", "expected 64 hexadecimal characters"));
        }
        if previous.expose_secret().eq_ignore_ascii_case(current.expose_secret()) {
            return Err(invalid("previous_secret_key", "must differ from secret_key"));
        }
    }
    Ok(())
}

/// The top-level keys that only need a check (no parsing): bounds, URL schemes, the CSP
/// source list, a non-empty Telegram token.
fn check_top_level(raw: &RawSettings) -> Result<(), ConfigError> {
    if raw.session_idle_secs == 0 {
        return Err(invalid("session_idle_secs", "must be at least 1"));
    }
    if !(raw.exit_url.starts_with("https://") || raw.exit_url.starts_with("http://")) {
        return Err(invalid("exit_url", "expected an http(s) address of a neutral site"));
    }
    let printable = raw.frame_ancestors.bytes().all(|b| (0x20..0x7f).contains(&b));
    if !printable || raw.frame_ancestors.trim().is_empty() || raw.frame_ancestors.contains([';', ',']) {
        return Err(invalid(
            "frame_ancestors",
            "expected a CSP source list of printable ASCII without `;` or `,` (e.g. 'self' https://example.org)",
        ));
    }
    for (key, url) in [
        ("telegram_api_url", &raw.telegram_api_url),
        ("telegram_webhook_url", &raw.telegram_webhook_url),
    ] {
        if let Some(url) = url
            && !(url.starts_with("https://") || url.starts_with("http://"))
        {
            return Err(invalid(key, "expected an http(s) URL"));
        }
    }
    if raw
        .telegram_token
        .as_ref()
        .is_some_and(|t| t.expose_secret().trim().is_empty())
    {
        return Err(invalid("telegram_token", "must not be empty"));
    }
    if raw.staff_session_idle_secs == 0 {
        return Err(invalid("staff_session_idle_secs", "must be at least 1"));
    }
    if raw.staff_session_max_secs < raw.staff_session_idle_secs {
        return Err(invalid(
            "staff_session_max_secs",
            "must be at least staff_session_idle_secs",
        ));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_need_no_file() {
        let s = Settings::from_toml("").unwrap();
        assert_eq!(s.bind.to_string(), "127.0.0.1:8080");
        assert_eq!(s.metrics_bind, Some("127.0.0.1:9100".parse().unwrap()));
        assert_eq!(s.session_idle, Duration::from_secs(1800));
        assert!(s.contacts.national.is_empty());
    }

    #[test]
    fn errors_name_the_key_and_never_the_secret() {
        let e = Settings::from_toml("secret_key = \"zz-not-hex\"")
            .unwrap_err()
            .to_string();
        assert!(e.contains("secret_key") && !e.contains("zz-not-hex"), "{e}");
        let e = Settings::from_toml("[[contacts.region.atlantis]]\nname = \"x\"\nphone = \"1\"")
            .unwrap_err()
            .to_string();
        assert!(e.contains("contacts.region.atlantis"), "{e}");
        let e = Settings::from_toml("[[contacts.national]]\nname = \"x\"\nphone = \"1\"\nhours = \"mon-fri 8-17\"")
            .unwrap_err()
            .to_string();
        assert!(e.contains("contacts.national[0].hours"), "{e}");
        let e = Settings::from_toml("[contacts.professional]\nphone = \"1\"")
            .unwrap_err()
            .to_string();
        assert!(e.contains("contacts.professional.name"), "{e}");
        let e = Settings::from_toml("frame_ancestors = \"https://exämple.org\"")
            .unwrap_err()
            .to_string();
        assert!(e.contains("frame_ancestors"), "{e}");
        let e = Settings::from_toml("bnid = \"x\"").unwrap_err().to_string();
        assert!(e.contains("bnid"), "{e}");
    }

    #[test]
    fn redis_url_selects_single_or_cluster_and_never_prints() {
        let s = Settings::from_toml("").unwrap();
        assert!(s.redis.is_none());
        let s = Settings::from_toml("redis_url = \"redis://:hunter2@127.0.0.1:6379/0\"").unwrap();
        let redis = s.redis.as_ref().unwrap();
        assert!(!redis.is_cluster());
        assert!(!format!("{s:?}").contains("hunter2"));
        for single in [
            "rediss://r.example:6380",
            "unix:///run/redis.sock",
            "redis+unix:///run/r.sock",
        ] {
            let s = Settings::from_toml(&format!("redis_url = \"{single}\"")).unwrap();
            assert!(!s.redis.unwrap().is_cluster(), "{single}");
        }
        let s = Settings::from_toml("redis_url = \"redis://a:7000, redis://b:7001,redis://c:7002\"").unwrap();
        let redis = s.redis.unwrap();
        assert!(redis.is_cluster());
        assert_eq!(redis.nodes.len(), 3);
        for bad in ["http://:hunter2@x", "", "unix:///a.sock,unix:///b.sock"] {
            let e = Settings::from_toml(&format!("redis_url = \"{bad}\""))
                .unwrap_err()
                .to_string();
            assert!(e.contains("redis_url") && !e.contains("hunter2"), "{e}");
        }
    }

    #[test]
    fn the_previous_secret_key_is_checked_and_never_printed() {
        let (a, b) = ("ab".repeat(32), "cd".repeat(32));
        let ok = Settings::from_toml(&format!("secret_key = \"{a}\"\nprevious_secret_key = \"{b}\"")).unwrap();
        assert!(ok.previous_secret_key.is_some());
        assert!(
            !format!("{ok:?}").contains(&b),
            "the previous key is not in Debug output"
        );
        for (toml, reason) in [
            (format!("previous_secret_key = \"{b}\""), "together with secret_key"),
            (format!("secret_key = \"{a}\"\nprevious_secret_key = \"{a}\""), "differ"),
            (
                format!("secret_key = \"{a}\"\nprevious_secret_key = \"xyz\""),
                "64 hexadecimal",
            ),
        ] {
            let e = Settings::from_toml(&toml).unwrap_err().to_string();
            assert!(e.contains("previous_secret_key") && e.contains(reason), "{e}");
            assert!(!e.contains(&b) && !e.contains(&a), "{e}");
        }
    }

    #[test]
    fn secret_key_does_not_print_in_debug() {
        let key = "ab".repeat(32);
        let s = Settings::from_toml(&format!("secret_key = \"{key}\"")).unwrap();
        assert!(!format!("{s:?}").contains(&key));
    }
}
