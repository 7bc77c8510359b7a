//! `[[notify.webhook]]`: on-call tools (ntfy, a Matrix bridge, a pager) told that people
//! wait, with no user data. Each webhook's URL may carry a token (an ntfy topic is one),
//! so it is kept secret: never printed, never logged.

use std::time::Duration;

use secrecy::{ExposeSecret, SecretString};
use serde::Deserialize;

use super::{ConfigError, invalid};
use crate::region::Region;

/// `[notify]`.
#[derive(Debug, Clone)]
pub struct NotifySettings {
    pub webhooks: Vec<Webhook>,
    /// At most one notification per team in this window (`notify.fold_secs`, default
    /// 60): a burst of cases wakes the person on call once, with the count.
    pub fold: Duration,
    /// Push services a browser subscription may point at (`notify.push_services`): hosts,
    /// `*.` host patterns (https only), or address prefixes. The browsers' own by default.
    pub push_services: Vec<String>,
    /// The VAPID `sub` claim (`notify.push_contact`): how a push service reaches the
    /// operator; `mailto:` or `https:`. Default: `public_url`, else a placeholder.
    pub push_contact: Option<String>,
}

/// The push services of Chrome, Edge, Firefox and Safari (iOS home-screen apps included).
pub const DEFAULT_PUSH_SERVICES: &[&str] = &[
    "fcm.googleapis.com",
    "updates.push.services.mozilla.com",
    "*.notify.windows.com",
    "*.push.apple.com",
];

impl Default for NotifySettings {
    fn default() -> Self {
        NotifySettings {
            webhooks: Vec::new(),
            fold: Duration::from_secs(DEFAULT_FOLD_SECS),
            push_services: DEFAULT_PUSH_SERVICES.iter().map(|s| s.to_string()).collect(),
            push_contact: None,
        }
    }
}

const DEFAULT_FOLD_SECS: u64 = 60;

/// One on-call tool to POST to.
#[derive(Debug, Clone)]
pub struct Webhook {
    /// Where to POST; secret, since a topic URL is its own password.
    pub url: SecretString,
    /// Teams whose waiting cases it hears of; empty: every team.
    pub regions: Vec<Region>,
    pub format: WebhookFormat,
}

/// The body the tool understands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WebhookFormat {
    /// ntfy's plain-text publish, with `Title`, `Priority` and `Tags` headers.
    Ntfy,
    /// `{"team":"…","urgent":…,"waiting":…,"escalated":…}`.
    Json,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawNotify {
    #[serde(default)]
    webhook: Vec<RawWebhook>,
    fold_secs: Option<u64>,
    push_services: Option<Vec<String>>,
    push_contact: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawWebhook {
    url: SecretString,
    #[serde(default)]
    regions: Vec<String>,
    format: Option<String>,
}

pub(super) fn compile_notify(raw: RawNotify) -> Result<NotifySettings, ConfigError> {
    let mut webhooks = Vec::new();
    for (i, hook) in raw.webhook.into_iter().enumerate() {
        let key = |k: &str| format!("notify.webhook[{i}].{k}");
        // The reason never quotes the URL: it may hold a token.
        let parsed = url::Url::parse(hook.url.expose_secret())
            .map_err(|_| invalid(key("url"), "expected an http(s) address"))?;
        if !matches!(parsed.scheme(), "http" | "https") || parsed.host().is_none() {
            return Err(invalid(key("url"), "expected an http(s) address"));
        }
        let mut regions = Vec::new();
        for r in &hook.regions {
            let region = Region::parse(r).ok_or_else(|| {
                invalid(
                    key("regions"),
                    format!("unknown region `{r}`; expected one of the seven regions or `national`"),
                )
            })?;
            regions.push(region);
        }
        let format = match hook.format.as_deref() {
            None | Some("ntfy") => WebhookFormat::Ntfy,
            Some("json") => WebhookFormat::Json,
            Some(other) => {
                return Err(invalid(
                    key("format"),
                    format!("unknown format `{other}`; expected `ntfy` or `json`"),
                ));
            }
        };
        webhooks.push(Webhook {
            url: hook.url,
            regions,
            format,
        });
    }
    let fold = raw.fold_secs.unwrap_or(DEFAULT_FOLD_SECS);
    if fold == 0 {
        return Err(invalid("notify.fold_secs", "must be at least 1"));
    }
    let push_services = match raw.push_services {
        Some(list) => list,
        None => DEFAULT_PUSH_SERVICES.iter().map(|s| s.to_string()).collect(),
    };
    for (i, s) in push_services.iter().enumerate() {
        let prefix = s.starts_with("https://") || s.starts_with("http://");
        let host = !s.is_empty()
            && s.trim_start_matches("*.")
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '.' || c == '-');
        if !(prefix || host) {
            return Err(invalid(
                format!("notify.push_services[{i}]"),
                "expected a host, a `*.` host pattern or an http(s) address prefix",
            ));
        }
    }
    if let Some(c) = &raw.push_contact
        && !(c.starts_with("mailto:") || c.starts_with("https://"))
    {
        return Err(invalid("notify.push_contact", "expected a mailto: or https: address"));
    }
    Ok(NotifySettings {
        webhooks,
        fold: Duration::from_secs(fold),
        push_services,
        push_contact: raw.push_contact,
    })
}

#[cfg(test)]
mod tests {
    use crate::config::Settings;

    #[test]
    fn webhooks_validate_and_never_quote_the_url() {
        let s = Settings::from_toml(
            "[[notify.webhook]]\nurl = \"https://ntfy.example.org/secret-topic\"\nregions = [\"stockholm\"]\n\n[[notify.webhook]]\nurl = \"http://127.0.0.1:9/hook\"\nformat = \"json\"\n",
        )
        .unwrap();
        assert_eq!(s.notify.webhooks.len(), 2);
        assert_eq!(s.notify.webhooks[0].format, super::WebhookFormat::Ntfy);
        assert!(
            !format!("{:?}", s.notify).contains("secret-topic"),
            "the URL never prints"
        );
        for (toml, key) in [
            ("url = \"ftp://x/secret-topic\"", "notify.webhook[0].url"),
            ("url = \"not a url secret-topic\"", "notify.webhook[0].url"),
            (
                "url = \"https://x/secret-topic\"\nregions = [\"atlantis\"]",
                "notify.webhook[0].regions",
            ),
            (
                "url = \"https://x/secret-topic\"\nformat = \"xml\"",
                "notify.webhook[0].format",
            ),
        ] {
            let err = Settings::from_toml(&format!("[[notify.webhook]]\n{toml}\n"))
                .unwrap_err()
                .to_string();
            assert!(err.contains(key), "{err}");
            assert!(!err.contains("secret-topic"), "{err}");
        }
    }
}
