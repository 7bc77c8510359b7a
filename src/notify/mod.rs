//! On-call notifications: when people wait for a team and none of its staff has a console
//! open in front of them, the team's on-call tools are told, at most once a minute per
//! team, with how many wait. Nothing about any person goes out: the team, whether one is
//! urgent, the count, and whether the alert is an escalation.
//!
//! [`Notifier`] decides whether and when to tell; [`Pager`]s deliver (webhooks to ntfy, a
//! Matrix bridge or a pager in [`webhook`]). Folding works across instances: the first
//! alert in a team's minute takes a slot in the shared store and goes out at once; later
//! ones leave a mark that the handoff watchdog, on whichever instance, turns into one
//! summary when the minute is over ([`Notifier::flush`]).
//!
//! # Layout
//! - [`presence`]: which teams have a console open and available now, on any instance.
//! - [`push`]: Web Push to staff browsers, encrypted end to end and signed with VAPID.
//! - [`webhook`]: the `ntfy` and `json` forms, POSTed with a timeout and retries.

pub mod presence;
pub mod push;
pub mod webhook;

use std::sync::Arc;
use std::time::Duration;

use async_trait::async_trait;
use serde::{Deserialize, Serialize};

use crate::region::Region;
use crate::session::kv::Kv;
use presence::Presence;

/// At most one notification per team in this window, unless configured otherwise.
pub const FOLD: Duration = Duration::from_secs(60);
/// A pending mark outlives its window, so a watchdog that ticks late still sends it.
const PENDING_TTL: Duration = Duration::from_secs(600);

/// What an on-call tool is told: no case code, no language, no text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Alert {
    /// The team whose queue has people waiting.
    pub team: Region,
    /// At least one of them is urgent (not safe, or unsure).
    pub urgent: bool,
    /// How many wait for the team now.
    pub waiting: usize,
    /// An urgent case waited too long and is shown to this team as well.
    pub escalated: bool,
}

/// Delivers alerts to one kind of on-call tool. Must return quickly: slow work (retries)
/// runs in its own task, so a failing tool never holds up a case.
#[async_trait]
pub trait Pager: Send + Sync + 'static {
    /// Whether anyone would hear of `alert` through this pager (a webhook for the team,
    /// a subscribed device): without anyone, nothing is folded or kept for it.
    async fn reaches(&self, alert: &Alert) -> bool;
    async fn page(&self, alert: Alert);
}

pub struct Notifier {
    kv: Arc<dyn Kv>,
    presence: Presence,
    pagers: Vec<Arc<dyn Pager>>,
    fold: Duration,
}

impl std::fmt::Debug for Notifier {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Notifier").field("pagers", &self.pagers.len()).finish()
    }
}

fn slot_key(team: Region) -> String {
    format!("lotsa:{{notify}}:slot:{}", team.id())
}

fn pending_key(team: Region) -> String {
    format!("lotsa:{{notify}}:pending:{}", team.id())
}

impl Notifier {
    pub fn new(kv: Arc<dyn Kv>, presence: Presence, pagers: Vec<Arc<dyn Pager>>) -> Notifier {
        Notifier {
            kv,
            presence,
            pagers,
            fold: FOLD,
        }
    }

    /// Another folding window (`notify.fold_secs`).
    pub fn with_fold(mut self, fold: Duration) -> Notifier {
        self.fold = fold;
        self
    }

    pub fn presence(&self) -> &Presence {
        &self.presence
    }

    /// Whether any tool is configured: without one there is nothing to decide.
    pub fn is_empty(&self) -> bool {
        self.pagers.is_empty()
    }

    /// People wait for `alert.team`: tell its tools now, or fold this into the summary
    /// at the end of the team's minute. A team with a console open and available hears
    /// of new cases there; an escalation goes out regardless, since it is the second call.
    pub async fn people_waiting(&self, alert: Alert) {
        if self.pagers.is_empty() {
            return;
        }
        if !alert.escalated && self.presence.team_present(alert.team).await {
            return;
        }
        if !self.anyone_reached(&alert).await {
            return;
        }
        if self.take_slot(alert.team).await {
            self.send(alert).await;
            return;
        }
        // Within the minute: leave a mark, merged with any earlier one.
        let key = pending_key(alert.team);
        let earlier: Option<Alert> = match self.kv.get(&key).await {
            Ok(Some(bytes)) => serde_json::from_slice(&bytes).ok(),
            _ => None,
        };
        let merged = Alert {
            urgent: alert.urgent || earlier.is_some_and(|e| e.urgent),
            escalated: alert.escalated || earlier.is_some_and(|e| e.escalated),
            ..alert
        };
        let bytes = serde_json::to_vec(&merged).expect("an alert serializes");
        let ttl = PENDING_TTL.max(self.fold * 2);
        if self.kv.set(&key, &bytes, ttl).await.is_err() {
            tracing::warn!("could not keep a folded on-call notification");
        }
    }

    /// Sends the folded summary of every team whose minute is over, with the counts as
    /// they are now (`waiting` gives a team's waiting cases and whether one is urgent). A
    /// team nobody waits for any more gets nothing.
    pub async fn flush(&self, waiting: impl Fn(Region) -> (usize, bool)) {
        if self.pagers.is_empty() {
            return;
        }
        for team in Region::ALL {
            let key = pending_key(team);
            let Ok(Some(bytes)) = self.kv.get(&key).await else {
                continue;
            };
            let Ok(pending) = serde_json::from_slice::<Alert>(&bytes) else {
                let _ = self.kv.del(&[key]).await;
                continue;
            };
            if !self.take_slot(team).await {
                continue;
            }
            let _ = self.kv.del(&[key]).await;
            let (count, urgent) = waiting(team);
            if count > 0 {
                self.send(Alert {
                    team,
                    urgent,
                    waiting: count,
                    escalated: pending.escalated,
                })
                .await;
            }
        }
    }

    async fn anyone_reached(&self, alert: &Alert) -> bool {
        for pager in &self.pagers {
            if pager.reaches(alert).await {
                return true;
            }
        }
        false
    }

    /// The team's notification slot for the next `fold`, if free; shared by instances.
    async fn take_slot(&self, team: Region) -> bool {
        self.kv
            .swap(&slot_key(team), None, b"1", self.fold)
            .await
            .unwrap_or(false)
    }

    async fn send(&self, alert: Alert) {
        for pager in &self.pagers {
            pager.page(alert).await;
        }
    }
}
