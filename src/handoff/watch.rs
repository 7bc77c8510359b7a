//! The watchdog: every instance checks the open cases a few times a second to a few
//! times a minute, and moves on each whose time came: an urgent one unclaimed too long is
//! escalated, one whose team closed or did not answer overflows to another open team, one
//! with nowhere to go is offered the fallback, a web chat person gone too long leaves the
//! queue, and folded on-call notifications go out. A compare-and-swap on the case lets
//! exactly one instance act.

use std::sync::Arc;
use std::time::Duration;

use super::case::{Case, CaseState};
use super::{Handoff, StaffNews, UserNews, now, waiting_for};
use crate::dialogue::CaseCode;
use crate::privacy::Channel;
use crate::region::Region;
use crate::stats::dimension;

impl Handoff {
    /// Moves on every waiting case whose time came: an urgent one unclaimed too long is
    /// escalated; one whose team closed or did not answer in time overflows to another
    /// open team; one that waited past the limit with nowhere to go is offered the
    /// fallback. Every instance runs this; the compare-and-swap lets only one of them act.
    pub async fn check_waits(&self) {
        let open = self.cases.open().await.unwrap_or_default();
        let limit = self.settings.max_wait.as_secs() as i64;
        let escalate = self.settings.escalate_urgent.as_secs() as i64;
        let now_ts = jiff::Timestamp::now();
        let now = now_ts.as_second();
        let mut changed = false;
        self.drop_the_gone(&open, now).await;
        for case in open.iter().filter(|c| c.state == CaseState::Queued) {
            if case.escalation_due(now, escalate) {
                changed |= self.escalate(&case.code, now, escalate).await;
            }
            let closed = !self.routing.is_open(case.team, now_ts);
            let due = !case.fallback_offered && (case.wait_expired(now, limit) || closed);
            if !due {
                continue;
            }
            if let Some(team) = self.overflow_target(case, now_ts) {
                changed |= self.overflow(&case.code, team).await;
            } else if case.wait_expired(now, limit) {
                self.offer_fallback(&case.code, now, limit).await;
            }
        }
        // One read of what is open after the changes above serves both what follows.
        let open = self.cases.open().await.unwrap_or_default();
        changed |= self.presence_changed(&open).await;
        if changed {
            self.tell_staff(StaffNews::Queue).await;
        }
        if let Some(notifier) = &self.notifier {
            notifier
                .flush(|team| waiting_for(&open, team, team == Region::National))
                .await;
        }
    }

    /// A web chat person who closed the page (or lost the network) `gone_secs` ago leaves
    /// the queue, counted as left, so staff do not claim a case and write into the void. A
    /// Telegram person is never dropped: they read the answer whenever they look.
    async fn drop_the_gone(&self, open: &[Case], now: i64) {
        let queued: Vec<Case> = open
            .iter()
            .filter(|c| c.state == CaseState::Queued && c.channel == Channel::Web)
            .cloned()
            .collect();
        let Ok(seen) = self
            .cases
            .last_seen(&queued.iter().map(|c| c.code).collect::<Vec<_>>())
            .await
        else {
            return;
        };
        let gone = self.settings.gone.as_secs() as i64;
        for (case, seen) in queued.iter().zip(seen) {
            if now - seen.unwrap_or(case.opened_at) >= gone {
                // The person is told too, in case the page is merely asleep and wakes.
                self.tell_user(case, UserNews::Ended).await;
                let _ = self.user_left(&case.code).await;
            }
        }
    }

    /// Whether any open case's person came or went since the last tick.
    async fn presence_changed(&self, open: &[Case]) -> bool {
        let now: std::collections::HashMap<CaseCode, bool> = open
            .iter()
            .zip(self.presence(open).await)
            .map(|(c, p)| (c.code, p.here))
            .collect();
        let mut last = self.last_presence.lock().expect("presence map");
        let changed = now
            .iter()
            .any(|(code, here)| last.get(code).is_some_and(|was| was != here));
        *last = now;
        changed
    }

    /// Where a waiting case may overflow to now, if anywhere.
    fn overflow_target(&self, case: &Case, now: jiff::Timestamp) -> Option<Region> {
        if !self.settings.overflow || case.overflow_from.is_some() {
            return None;
        }
        self.routing.overflow_team(case.team, &case.lang, now)
    }

    async fn escalate(&self, code: &CaseCode, now: i64, after: i64) -> bool {
        let Ok(Some(stored)) = self.cases.get(code).await else {
            return false;
        };
        if !stored.case.escalation_due(now, after) {
            return false;
        }
        let escalated = self.cases.replace(&stored, &stored.case.with_escalated()).await.is_ok();
        if escalated {
            tracing::info!(target: "audit", case = %code, action = "escalate", "urgent case escalated");
            // The second call goes to the national team, who now see the case too.
            let open = self.cases.open().await.unwrap_or_default();
            self.alert(Region::National, &open, true).await;
        }
        escalated
    }

    async fn overflow(&self, code: &CaseCode, team: Region) -> bool {
        let Ok(Some(stored)) = self.cases.get(code).await else {
            return false;
        };
        let Ok(moved) = stored.case.overflow(team, now()) else {
            return false;
        };
        let Ok(updated) = self.cases.replace(&stored, &moved).await else {
            return false;
        };
        let from = stored.case.team;
        let open = self.cases.open().await.unwrap_or_default();
        let position = updated.case.position(&open).unwrap_or(1);
        self.alert(team, &open, false).await;
        self.tell_user(&updated.case, UserNews::Overflowed { from, team, position })
            .await;
        self.update_positions(from, None).await;
        self.update_positions(team, Some(updated.case.code)).await;
        true
    }

    async fn offer_fallback(&self, code: &CaseCode, now: i64, limit: i64) {
        let Ok(Some(stored)) = self.cases.get(code).await else {
            return;
        };
        if !stored.case.wait_expired(now, limit) {
            return;
        }
        if let Ok(updated) = self.cases.replace(&stored, &stored.case.with_fallback_offered()).await {
            self.count(dimension::HANDOFF_FALLBACK, updated.case.region.id()).await;
            self.tell_user(&updated.case, UserNews::Fallback).await;
        }
    }

    /// Runs [`Handoff::check_waits`] until aborted, often enough that the wait limit and
    /// the escalation time are kept to within a fraction of themselves.
    pub fn spawn_watchdog(self: &Arc<Self>) -> tokio::task::JoinHandle<()> {
        let soonest = self
            .settings
            .max_wait
            .min(self.settings.escalate_urgent)
            .min(self.settings.gone);
        let every = (soonest / 4).clamp(Duration::from_millis(250), Duration::from_secs(5));
        crate::shutdown::spawn_every(every, self, |handoff| async move { handoff.check_waits().await })
    }
}
