//! Webhooks for on-call tools: `ntfy` (a plain-text publish with ntfy's headers) or
//! `json`, POSTed with a timeout and retried with backoff in a task of their own, so a
//! tool that is down never holds up a case. Neither the URL (it may hold a token) nor
//! the answer is logged: only which hook, by its place in the configuration, failed.

use std::sync::Arc;
use std::time::Duration;

use async_trait::async_trait;
use secrecy::ExposeSecret;
use serde_json::json;

use super::{Alert, Pager};
use crate::config::{Webhook, WebhookFormat};

/// One attempt's limit: an on-call tool answers in well under this, or is down.
const TIMEOUT: Duration = Duration::from_secs(5);
/// Attempts in all, and the wait before the second (doubled before each later one).
const ATTEMPTS: u32 = 3;
const FIRST_BACKOFF: Duration = Duration::from_secs(1);

pub struct Webhooks {
    hooks: Arc<Vec<Webhook>>,
    client: reqwest::Client,
    /// Where tapping the notification leads: the console (`public_url` + `/staff`).
    console_url: Option<String>,
}

impl Webhooks {
    pub fn new(hooks: Vec<Webhook>, public_url: Option<&url::Url>) -> Webhooks {
        let client = reqwest::Client::builder()
            .timeout(TIMEOUT)
            // A redirect could carry the request somewhere the configuration never named.
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .expect("an HTTP client with these settings builds");
        Webhooks {
            hooks: Arc::new(hooks),
            client,
            console_url: public_url.and_then(|u| u.join("/staff").ok()).map(|u| u.to_string()),
        }
    }
}

#[async_trait]
impl Pager for Webhooks {
    async fn reaches(&self, alert: &Alert) -> bool {
        self.hooks
            .iter()
            .any(|h| h.regions.is_empty() || h.regions.contains(&alert.team))
    }

    async fn page(&self, alert: Alert) {
        for index in 0..self.hooks.len() {
            let hook = &self.hooks[index];
            if !hook.regions.is_empty() && !hook.regions.contains(&alert.team) {
                continue;
            }
            let (hooks, client, click) = (self.hooks.clone(), self.client.clone(), self.console_url.clone());
            tokio::spawn(async move {
                deliver(&client, &hooks[index], index, alert, click.as_deref()).await;
            });
        }
    }
}

async fn deliver(client: &reqwest::Client, hook: &Webhook, index: usize, alert: Alert, click: Option<&str>) {
    let mut backoff = FIRST_BACKOFF;
    for attempt in 1..=ATTEMPTS {
        let request = build(client, hook, alert, click);
        match request.send().await {
            Ok(r) if r.status().is_success() => return,
            Ok(r) => tracing::warn!(
                hook = index,
                attempt,
                status = r.status().as_u16(),
                "on-call webhook refused"
            ),
            Err(_) => tracing::warn!(hook = index, attempt, "on-call webhook unreachable"),
        }
        if attempt < ATTEMPTS {
            tokio::time::sleep(backoff).await;
            backoff *= 2;
        }
    }
}

fn build(client: &reqwest::Client, hook: &Webhook, alert: Alert, click: Option<&str>) -> reqwest::RequestBuilder {
    let url = hook.url.expose_secret();
    match hook.format {
        WebhookFormat::Json => client.post(url).json(&json!({
            "team": alert.team.id(),
            "urgent": alert.urgent,
            "waiting": alert.waiting,
            "escalated": alert.escalated,
        })),
        WebhookFormat::Ntfy => {
            let mut request = client
                .post(url)
                .header("Title", "lotsa: people waiting")
                .header("Priority", if alert.urgent { "urgent" } else { "default" })
                .body(ntfy_text(alert));
            if alert.urgent {
                request = request.header("Tags", "rotating_light");
            }
            if let Some(click) = click {
                request = request.header("Click", click);
            }
            request
        }
    }
}

/// The message an on-call person reads on the lock screen, in English (an operations
/// tool's language): the team, how many, and whether it is urgent or an escalation.
pub fn ntfy_text(alert: Alert) -> String {
    let mut text = format!("{} waiting for the {} team", alert.waiting, alert.team.id());
    if alert.urgent {
        text.push_str(", urgent");
    }
    if alert.escalated {
        text.push_str(", escalated");
    }
    text
}
