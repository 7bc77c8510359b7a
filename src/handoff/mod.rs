//! Handoff: a person who asked for a human is queued for a regional team, a staff member
//! claims the case, and typed text flows both ways until either side closes it.
//!
//! [`Handoff`] is the one service both sides use: channels open cases and relay the
//! person's text; the staff console claims, answers, transfers and closes. It keeps
//! cases in the shared store ([`store`]), decides routing and hours ([`routing`]), moves
//! each case through its pure state machine ([`case`]), and tells the other side through
//! the relay, so a staff member on one instance and a person on another talk normally.
//! Text is sealed under a per-case key ([`CaseKeys`]) before it touches the store or the
//! relay, and a closed case's keys are deleted at once.
//!
//! Staff actions are scoped here, not in the console: a case outside the staff member's
//! regions and a case that does not exist get the same [`HandoffError::NotFound`]. Every
//! staff action is audited by staff id and case code only.
//!
//! # Layout
//! - [`case`]: the case state machine and queue order.
//! - [`conversation`]: engine steps and case news meet, for every channel.
//! - [`routing`]: teams, opening hours and holidays in Europe/Stockholm.
//! - [`store`]: cases, the open set and sealed transcripts in the shared [`Kv`].
//! - `watch`: the watchdog (escalation, overflow, the fallback, people gone, folded
//!   notifications).

pub mod case;
pub mod conversation;
pub mod routing;
pub mod store;
mod watch;

use crate::stats::{Stats, dimension, wait_bucket};
use std::sync::{Arc, OnceLock};
use std::time::Duration;

use async_trait::async_trait;
use rand::Rng;
use serde::{Deserialize, Serialize};

use crate::config::{HandoffSettings, Team};
use crate::content::Content;
use crate::dialogue::{self, CaseCode};
use crate::notify::{Alert, Notifier};
use crate::privacy::{CaseKeys, Channel};
use crate::region::Region;
use crate::relay::{Event, Relay, Topic};
use crate::session::SessionKey;
use crate::session::kv::Kv;
use case::{Answered, Case, CaseError, CaseState, NewCase};
use routing::{Reach, Routing};
use store::{CaseStore, CasesError, Stored};

/// Canned replies staff can send, rendered in the person's language (`canned-<name>`).
pub const CANNED: &[&str] = &["hello", "moment", "safe", "more", "bye"];
/// Longest text either side may send in one message.
pub const MAX_TEXT_CHARS: usize = 2000;
/// "Is writing…" goes on to the other side at most this often, from either side.
pub const TYPING_EVERY: Duration = Duration::from_secs(2);
/// Longest transfer note.
pub const MAX_NOTE_CHARS: usize = 500;
/// How often a compare-and-swap is retried when another instance changed the case first.
const RETRIES: usize = 5;

/// Messages the handoff uses directly, with their variables; checked in every locale.
pub fn builtin_messages() -> Vec<(String, &'static [&'static str])> {
    let mut list: Vec<(String, &'static [&'static str])> = vec![
        ("handoff-queued".into(), &["position"]),
        ("handoff-connected".into(), &[]),
        ("handoff-transferred".into(), &[]),
        ("handoff-staff-label".into(), &[]),
        ("handoff-person-left".into(), &[]),
        ("handoff-transferred-from".into(), &["region"]),
        ("handoff-overflow".into(), &["region", "team"]),
        ("handoff-overflow-wait".into(), &["region", "team"]),
        ("handoff-away".into(), &["day", "time", "date"]),
        ("handoff-away-unknown".into(), &[]),
        (dialogue::CASE_ENDED.into(), &[]),
        (dialogue::CASE_UNAVAILABLE.into(), &[]),
    ];
    list.extend(CANNED.iter().map(|c| (format!("canned-{c}"), &[] as &[&str])));
    // Short team names for the overflow sentences.
    list.extend(Region::ALL.iter().map(|r| (format!("team-{}", r.id()), &[] as &[&str])));
    list
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum HandoffError {
    /// No such case, or not one this staff member may see: the same answer for both.
    #[error("not_found")]
    NotFound,
    #[error("conflict")]
    Conflict,
    /// The staff member holds as many live cases as allowed.
    #[error("limit")]
    Limit,
    #[error("bad_request")]
    BadRequest,
    #[error("unavailable")]
    Unavailable,
    /// No team is configured for the region, nor a national one.
    #[error("no_team")]
    NoTeam,
    /// A transfer to a team that cannot answer now, not confirmed.
    #[error("team_closed")]
    TeamClosed,
}

impl HandoffError {
    pub fn code(self) -> &'static str {
        match self {
            HandoffError::NotFound => "not_found",
            HandoffError::Conflict => "conflict",
            HandoffError::Limit => "limit",
            HandoffError::BadRequest => "bad_request",
            HandoffError::Unavailable => "unavailable",
            HandoffError::NoTeam => "no_team",
            HandoffError::TeamClosed => "team_closed",
        }
    }
}

impl From<CasesError> for HandoffError {
    fn from(e: CasesError) -> Self {
        match e {
            CasesError::Unavailable => HandoffError::Unavailable,
            CasesError::Raced => HandoffError::Conflict,
        }
    }
}

impl From<CaseError> for HandoffError {
    fn from(e: CaseError) -> Self {
        match e {
            CaseError::Conflict => HandoffError::Conflict,
            CaseError::Limit => HandoffError::Limit,
        }
    }
}

/// A staff member acting on cases, as the staff layer authenticated them.
#[derive(Debug, Clone, Copy)]
pub struct Actor<'a> {
    pub id: &'a str,
    pub regions: &'a [Region],
    /// Admins see every region.
    pub all_regions: bool,
}

impl Actor<'_> {
    /// Admins see every case; others their teams' cases, and the national team's
    /// members also urgent cases that waited too long anywhere (escalated).
    pub fn sees(&self, case: &Case) -> bool {
        self.all_regions
            || self.regions.contains(&case.team)
            || (case.escalated && self.regions.contains(&Region::National))
    }
}

/// What happened to a case, for the person in it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UserNews {
    /// The case just opened, at this place in the queue of `team`, named when it is not
    /// the region's own (overflow).
    Queued { position: usize, team: Option<Region> },
    /// The region's team did not answer in time: another team (`team`) can, and the case
    /// waits there at this place.
    Overflowed {
        from: Region,
        team: Region,
        position: usize,
    },
    /// No team can answer now; one opens then (when known).
    Away { opens: Option<jiff::Zoned> },
    /// Still waiting, now at this place in the queue.
    Position(usize),
    /// A staff member claimed the case.
    Connected,
    /// A staff member wrote.
    Staff(String),
    /// Passed on to another team; waiting again at this place.
    Transferred(usize),
    /// No one can answer now: the fallback contacts, and the choice to wait or leave.
    Fallback,
    /// Staff closed the case.
    Ended,
    /// The support worker is writing.
    Typing,
}

/// Who wrote a line of the transcript.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Author {
    User,
    Staff,
    System,
    /// A private note by staff, for staff holding the case: never sent to the person.
    Note,
}

impl Author {
    pub fn as_str(self) -> &'static str {
        match self {
            Author::User => "user",
            Author::Staff => "staff",
            Author::System => "system",
            Author::Note => "note",
        }
    }
}

/// One line of a case's transcript, opened for its holder.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Line {
    pub from: Author,
    pub text: String,
    /// When it was written (Unix seconds), for the console's hh:mm. Sealed with the line
    /// and gone with the case; lines from before it was kept have none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub at: Option<i64>,
}

/// What staff consoles hear on the staff topic.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "k", rename_all = "lowercase")]
pub enum StaffNews {
    /// The set or order of open cases changed: read the queue again.
    Queue,
    /// A line in a case, sealed; only its holder's consoles open it.
    Message {
        case: CaseCode,
        holder: Option<String>,
        #[serde(with = "crate::privacy::hex_serde")]
        sealed: Vec<u8>,
    },
    /// The person in a case is writing; only its holder's consoles show it.
    Typing { case: CaseCode, holder: Option<String> },
    /// A case changed state (`live`, `closed`, `transferred`), by a staff id or `user`;
    /// `team` scopes who hears of it, `holder` is who held it.
    State {
        case: CaseCode,
        state: String,
        by: String,
        team: Region,
        holder: Option<String>,
        /// Where a transferred case went (its new team).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        to: Option<Region>,
    },
}

/// News for a person's connection, as it crosses the relay: text sealed.
#[derive(Debug, Serialize, Deserialize)]
#[serde(tag = "k", rename_all = "lowercase")]
enum UserWire {
    Position {
        p: usize,
    },
    Connected,
    Staff {
        case: CaseCode,
        #[serde(with = "crate::privacy::hex_serde")]
        sealed: Vec<u8>,
    },
    Transferred {
        p: usize,
    },
    Overflowed {
        f: Region,
        t: Region,
        p: usize,
    },
    Fallback,
    Ended,
    Typing,
}

/// A channel that reaches its people itself rather than through a relayed connection
/// (Telegram: the instance that learns the news sends the message).
#[async_trait]
pub trait Deliver: Send + Sync + 'static {
    async fn deliver(&self, case: &Case, news: UserNews);
}

/// Whether a case's person is there, for staff.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Presence {
    pub here: bool,
    /// Seconds since the person was last seen.
    pub seen_secs: i64,
}

/// A case just opened for a person.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Opened {
    pub code: CaseCode,
    pub position: usize,
    /// Who answers: the own team, another (overflow), or nobody now (the person gets the
    /// fallback at once, told when a team opens).
    pub reach: Reach,
}

pub struct Handoff {
    content: Arc<Content>,
    routing: Routing,
    cases: CaseStore,
    relay: Arc<dyn Relay>,
    keys: CaseKeys,
    settings: HandoffSettings,
    /// Telegram, set once the channel exists (it needs this service to be built first).
    direct: OnceLock<Arc<dyn Deliver>>,
    /// The handoff funnel's anonymous counters; `None` counts nothing (some tests).
    stats: Option<Stats>,
    /// On-call notifications when people wait; `None` tells no one (some tests).
    notifier: Option<Arc<Notifier>>,
    /// How often an open web chat socket proves the person is there (its ping interval).
    web_ping: Duration,
    /// Whether each open case's person was here at the last watchdog tick, so consoles
    /// are sent a fresh queue when someone comes or goes (this instance's view only).
    last_presence: std::sync::Mutex<std::collections::HashMap<CaseCode, bool>>,
}

fn now() -> i64 {
    jiff::Timestamp::now().as_second()
}

impl Handoff {
    /// `ttl` is how long an untouched case lives: the conversation's idle time.
    pub fn new(
        content: Arc<Content>,
        teams: Vec<Team>,
        settings: HandoffSettings,
        kv: Arc<dyn Kv>,
        relay: Arc<dyn Relay>,
        keys: CaseKeys,
        ttl: Duration,
    ) -> Handoff {
        Handoff {
            content,
            routing: Routing::new(teams),
            cases: CaseStore::new(kv, ttl),
            relay,
            keys,
            settings,
            direct: OnceLock::new(),
            stats: None,
            notifier: None,
            web_ping: Duration::from_secs(30),
            last_presence: Default::default(),
        }
    }

    /// The web chat's ping interval: an open socket marks its person seen this often.
    pub fn web_ping(mut self, every: Duration) -> Handoff {
        self.web_ping = every;
        self
    }

    /// The person in case `code` is there now (an open web socket's ping, a frame, a
    /// Telegram update).
    pub async fn person_seen(&self, code: &CaseCode) {
        if self.cases.seen(code, now()).await.is_err() {
            tracing::warn!("could not record that a person is still there");
        }
    }

    /// Whether each case's person is here, and how long since they were last seen. A web
    /// person is here while a socket is open (it marks them every ping); a Telegram
    /// person while their last update is more recent than `gone_secs`.
    pub async fn presence(&self, cases: &[Case]) -> Vec<Presence> {
        let codes: Vec<CaseCode> = cases.iter().map(|c| c.code).collect();
        let seen = self
            .cases
            .last_seen(&codes)
            .await
            .unwrap_or_else(|_| vec![None; codes.len()]);
        let now = now();
        cases
            .iter()
            .zip(seen)
            .map(|(case, seen)| {
                let at = seen.unwrap_or(case.opened_at);
                let ago = (now - at).max(0);
                let here = match case.channel {
                    Channel::Web => ago <= (2 * self.web_ping.as_secs() + 2) as i64,
                    Channel::Telegram => ago < self.settings.gone.as_secs() as i64,
                };
                Presence { here, seen_secs: ago }
            })
            .collect()
    }

    /// Tells on-call tools when people wait for a team nobody is watching.
    pub fn notifying(mut self, notifier: Arc<Notifier>) -> Handoff {
        self.notifier = Some(notifier);
        self
    }

    /// A case entered `team`'s queue (or escalated to it): its on-call tools may need to
    /// know. Counted from the open cases, so the number is the team's whole queue.
    async fn alert(&self, team: Region, open: &[Case], escalated: bool) {
        let Some(notifier) = &self.notifier else { return };
        let (waiting, urgent) = waiting_for(open, team, escalated);
        if waiting > 0 {
            notifier
                .people_waiting(Alert {
                    team,
                    urgent,
                    waiting,
                    escalated,
                })
                .await;
        }
    }

    /// Counts the handoff funnel (requested, urgent, claimed, waits, transfers, fallbacks,
    /// people leaving) in `stats`, by region.
    pub fn counting(mut self, stats: Stats) -> Handoff {
        self.stats = Some(stats);
        self
    }

    async fn count(&self, dimension: &str, value: &str) {
        if let Some(stats) = &self.stats {
            stats.count(dimension, value).await;
        }
    }

    /// Registers the channel that delivers Telegram news itself.
    pub fn set_direct(&self, deliver: Arc<dyn Deliver>) {
        let _ = self.direct.set(deliver);
    }

    pub fn routing(&self) -> &Routing {
        &self.routing
    }

    pub fn settings(&self) -> &HandoffSettings {
        &self.settings
    }

    // ------------------------------------------------------------ the person's side

    /// Opens a case for a person who consented, from their conversation's state.
    pub async fn open(
        &self,
        session: SessionKey,
        channel: Channel,
        state: &dialogue::State,
    ) -> Result<Opened, HandoffError> {
        let region = state.region.unwrap_or(Region::National);
        self.count(dimension::HANDOFF_REQUESTED, region.id()).await;
        if state.urgent {
            self.count(dimension::HANDOFF_URGENT, region.id()).await;
        }
        let lang = self.content.locales.code(state.lang);
        let Some(reach) = self.reach(region, lang) else {
            // No team at all: the person is given the contacts instead.
            self.count(dimension::HANDOFF_FALLBACK, region.id()).await;
            return Err(HandoffError::NoTeam);
        };
        let team = reach.team();
        let flows = &self.content.flows;
        let answers = state
            .answers
            .iter()
            .filter_map(|a| {
                let node = flows.node(a.node);
                node.choices.get(usize::from(a.choice)).map(|c| Answered {
                    node: node.name.clone(),
                    choice: c.id.clone(),
                })
            })
            .collect();
        let answering = reach.answering();
        let mut new = NewCase {
            code: random_code(),
            session,
            channel,
            lang: self.content.locales.code(state.lang).to_string(),
            region,
            team,
            urgent: state.urgent,
            answers,
            now: now(),
        };
        let stored = loop {
            let mut case = Case::open(new);
            // Closed now: the fallback is offered at once, so the watchdog does not offer
            // it again when the wait limit passes.
            case.fallback_offered = !answering;
            if let Reach::Overflow { closed, .. } = reach {
                case.overflow_from = Some(closed);
            }
            match self.cases.create(&case).await {
                Ok(stored) => break stored,
                Err(CasesError::Raced) => {
                    // 40 random bits collided with an open case: draw again.
                    new = NewCase {
                        code: random_code(),
                        ..case_to_new(case)
                    };
                }
                Err(e) => return Err(e.into()),
            }
        };
        if !answering {
            self.count(dimension::HANDOFF_FALLBACK, region.id()).await;
        }
        self.person_seen(&stored.case.code).await;
        let open = self.cases.open().await?;
        let position = stored.case.position(&open).unwrap_or(1);
        self.tell_staff(StaffNews::Queue).await;
        // Even when no team is open: an organisation's on-call tool may wake someone.
        self.alert(team, &open, false).await;
        if stored.case.urgent {
            // It went ahead of others: they are told their new place.
            self.update_positions(team, Some(stored.case.code)).await;
        }
        Ok(Opened {
            code: stored.case.code,
            position,
            reach,
        })
    }

    /// Who can answer a person of `region` speaking `lang` now (`None`: no team at all).
    pub fn reach(&self, region: Region, lang: &str) -> Option<Reach> {
        self.routing
            .reach(region, lang, jiff::Timestamp::now(), self.settings.overflow)
    }

    /// The person typed `text` in their case.
    pub async fn user_text(&self, code: &CaseCode, text: &str) -> Result<(), HandoffError> {
        let stored = self.cases.get(code).await?.ok_or(HandoffError::NotFound)?;
        let text: String = text.chars().take(MAX_TEXT_CHARS).collect();
        // Rewriting the same bytes refreshes the case's TTL: the person is still here.
        let _ = self.cases.replace(&stored, &stored.case).await;
        self.person_seen(code).await;
        self.add_line(&stored.case, Author::User, &text).await
    }

    /// The person is writing: their support worker sees it (no text crosses).
    pub async fn user_typing(&self, code: &CaseCode) {
        if let Ok(Some(stored)) = self.cases.get(code).await
            && stored.case.state == CaseState::Live
        {
            self.tell_staff(StaffNews::Typing {
                case: *code,
                holder: stored.case.staff.clone(),
            })
            .await;
        }
    }

    /// The person chose to keep waiting after the fallback.
    pub async fn keep_waiting(&self, code: &CaseCode) -> Result<(), HandoffError> {
        self.change(code, |case| Ok(case.keep_waiting(now()))).await.map(|_| ())
    }

    /// The person left (chose to stop, ended, quick exit, `/forget`): the case closes for
    /// staff with "the person left".
    pub async fn user_left(&self, code: &CaseCode) -> Result<(), HandoffError> {
        let Some(stored) = self.cases.get(code).await? else {
            return Ok(());
        };
        self.cases.remove(code).await?;
        self.count(dimension::HANDOFF_LEFT, stored.case.region.id()).await;
        self.tell_staff(StaffNews::State {
            case: *code,
            state: "closed".into(),
            by: "user".into(),
            team: stored.case.team,
            holder: stored.case.staff.clone(),
            to: None,
        })
        .await;
        self.tell_staff(StaffNews::Queue).await;
        self.update_positions(stored.case.team, None).await;
        Ok(())
    }

    /// How many cases are open, queued and live, for the operational metrics.
    pub async fn open_by_state(&self) -> Result<(usize, usize), HandoffError> {
        let open = self.cases.open().await?;
        let queued = open.iter().filter(|c| c.state == CaseState::Queued).count();
        Ok((queued, open.len() - queued))
    }

    /// Whether the case still exists (a person reconnecting to a closed case is told).
    pub async fn exists(&self, code: &CaseCode) -> Result<bool, HandoffError> {
        Ok(self.cases.get(code).await?.is_some())
    }

    /// Opens news that crossed the relay for a person's connection.
    pub fn user_news(&self, bytes: &[u8]) -> Option<UserNews> {
        Some(match serde_json::from_slice::<UserWire>(bytes).ok()? {
            UserWire::Position { p } => UserNews::Position(p),
            UserWire::Connected => UserNews::Connected,
            UserWire::Staff { case, sealed } => {
                let line: Line = serde_json::from_slice(&self.keys.open(&case.0, &sealed)?).ok()?;
                UserNews::Staff(line.text)
            }
            UserWire::Transferred { p } => UserNews::Transferred(p),
            UserWire::Overflowed { f, t, p } => UserNews::Overflowed {
                from: f,
                team: t,
                position: p,
            },
            UserWire::Fallback => UserNews::Fallback,
            UserWire::Ended => UserNews::Ended,
            UserWire::Typing => UserNews::Typing,
        })
    }

    // ------------------------------------------------------------ the staff side

    /// Open cases this staff member may see, in queue order.
    pub async fn visible(&self, actor: Actor<'_>) -> Result<Vec<Case>, HandoffError> {
        Ok(self.cases.open().await?.into_iter().filter(|c| actor.sees(c)).collect())
    }

    pub async fn claim(&self, actor: Actor<'_>, code: &CaseCode) -> Result<Case, HandoffError> {
        let holding = self.cases.open().await?.iter().filter(|c| c.held_by(actor.id)).count();
        let max = self.settings.max_live_per_staff;
        let case = self
            .change_as(actor, code, |case| Ok(case.claim(actor.id, holding, max)?))
            .await?;
        audit(actor.id, code, "claim");
        self.count(dimension::HANDOFF_CLAIMED, case.region.id()).await;
        self.count(dimension::HANDOFF_WAIT, wait_bucket(now() - case.waiting_since))
            .await;
        self.tell_user(&case, UserNews::Connected).await;
        self.tell_staff(StaffNews::State {
            case: *code,
            state: "live".into(),
            by: actor.id.into(),
            team: case.team,
            holder: case.staff.clone(),
            to: None,
        })
        .await;
        self.tell_staff(StaffNews::Queue).await;
        self.update_positions(case.team, None).await;
        Ok(case)
    }

    /// The holder writes to the person.
    pub async fn say(&self, actor: Actor<'_>, code: &CaseCode, text: &str) -> Result<(), HandoffError> {
        let text = text.trim();
        if text.is_empty() || text.chars().count() > MAX_TEXT_CHARS {
            return Err(HandoffError::BadRequest);
        }
        let case = self.held(actor, code).await?;
        self.add_line(&case, Author::Staff, text).await?;
        self.tell_user(&case, UserNews::Staff(text.to_string())).await;
        Ok(())
    }

    /// A private note on a case, by its holder: sealed in the transcript with the case's
    /// key, shown to whoever holds the case (the next holder too, after a transfer), and
    /// deleted with the case. It never reaches the person.
    pub async fn note_add(&self, actor: Actor<'_>, code: &CaseCode, text: &str) -> Result<(), HandoffError> {
        let text = text.trim();
        if text.is_empty() || text.chars().count() > MAX_TEXT_CHARS {
            return Err(HandoffError::BadRequest);
        }
        let case = self.held(actor, code).await?;
        self.add_line(&case, Author::Note, text).await
    }

    /// The holder is writing: the person sees "is writing…" (no text crosses).
    pub async fn staff_typing(&self, actor: Actor<'_>, code: &CaseCode) -> Result<(), HandoffError> {
        let case = self.held(actor, code).await?;
        self.tell_user(&case, UserNews::Typing).await;
        Ok(())
    }

    /// A canned reply (`canned.hello`), in the person's language.
    pub async fn canned(&self, actor: Actor<'_>, code: &CaseCode, id: &str) -> Result<(), HandoffError> {
        let name = id
            .strip_prefix("canned.")
            .filter(|n| CANNED.contains(n))
            .ok_or(HandoffError::BadRequest)?;
        let case = self.held(actor, code).await?;
        let locales = &self.content.locales;
        let lang = locales.by_code(&case.lang).unwrap_or(locales.fallback());
        let text = locales.format(lang, &format!("canned-{name}"), None);
        self.say(actor, code, &text).await
    }

    /// A warm transfer to `region`'s team, with a note for the next person. A team that
    /// cannot answer now is refused unless `confirm`ed: the person would only wait.
    pub async fn transfer(
        &self,
        actor: Actor<'_>,
        code: &CaseCode,
        region: Region,
        note: &str,
        confirm: bool,
    ) -> Result<Case, HandoffError> {
        let team = self.routing.team_for(region).ok_or(HandoffError::BadRequest)?;
        if !confirm && !self.routing.is_open(team, jiff::Timestamp::now()) {
            return Err(HandoffError::TeamClosed);
        }
        let note = note.trim();
        if note.chars().count() > MAX_NOTE_CHARS {
            return Err(HandoffError::BadRequest);
        }
        let sealed = (!note.is_empty()).then(|| self.keys.seal(&code.0, note.as_bytes()));
        let before = self.get_as(actor, code).await?.case;
        let case = self
            .change_as(actor, code, |case| {
                Ok(case.transfer(actor.id, region, team, sealed.clone(), now())?)
            })
            .await?;
        audit(actor.id, code, "transfer");
        self.count(dimension::HANDOFF_TRANSFERRED, before.region.id()).await;
        let before = before.team;
        let open = self.cases.open().await?;
        let position = case.position(&open).unwrap_or(1);
        self.tell_user(&case, UserNews::Transferred(position)).await;
        self.alert(case.team, &open, false).await;
        self.tell_staff(StaffNews::State {
            case: *code,
            state: "transferred".into(),
            by: actor.id.into(),
            team: before,
            holder: Some(actor.id.into()),
            to: Some(case.team),
        })
        .await;
        self.tell_staff(StaffNews::Queue).await;
        self.update_positions(before, None).await;
        Ok(case)
    }

    /// The holder (or, for a case still waiting, anyone who sees it) closes the case.
    pub async fn close(&self, actor: Actor<'_>, code: &CaseCode) -> Result<(), HandoffError> {
        let stored = self.get_as(actor, code).await?;
        if stored.case.state == CaseState::Live && !stored.case.held_by(actor.id) {
            return Err(HandoffError::Conflict);
        }
        self.cases.remove(code).await?;
        audit(actor.id, code, "close");
        self.tell_user(&stored.case, UserNews::Ended).await;
        self.tell_staff(StaffNews::State {
            case: *code,
            state: "closed".into(),
            by: actor.id.into(),
            team: stored.case.team,
            holder: stored.case.staff.clone(),
            to: None,
        })
        .await;
        self.tell_staff(StaffNews::Queue).await;
        self.update_positions(stored.case.team, None).await;
        Ok(())
    }

    /// The transcript, for the case's holder.
    pub async fn history(&self, actor: Actor<'_>, code: &CaseCode) -> Result<Vec<Line>, HandoffError> {
        self.held(actor, code).await?;
        Ok(self
            .cases
            .transcript(code)
            .await?
            .iter()
            .filter_map(|sealed| self.open_line(code, sealed))
            .collect())
    }

    /// The transfer note, for staff who see the case.
    pub fn note(&self, case: &Case) -> Option<String> {
        let plain = self.keys.open(&case.code.0, case.note.as_deref()?)?;
        String::from_utf8(plain).ok()
    }

    /// Opens a staff-topic message line for the console of `staff`, if it is theirs.
    pub fn open_message(&self, staff: &str, news: &StaffNews) -> Option<(CaseCode, Line)> {
        match news {
            StaffNews::Message { case, holder, sealed } if holder.as_deref() == Some(staff) => {
                Some((*case, self.open_line(case, sealed)?))
            }
            _ => None,
        }
    }

    /// Decodes news that crossed the relay on the staff topic.
    pub fn staff_news(bytes: &[u8]) -> Option<StaffNews> {
        serde_json::from_slice(bytes).ok()
    }

    // ------------------------------------------------------------ internals

    async fn get_as(&self, actor: Actor<'_>, code: &CaseCode) -> Result<Stored, HandoffError> {
        match self.cases.get(code).await? {
            Some(stored) if actor.sees(&stored.case) => Ok(stored),
            _ => Err(HandoffError::NotFound),
        }
    }

    /// The case if `actor` holds it live; a case they cannot see is `NotFound`.
    async fn held(&self, actor: Actor<'_>, code: &CaseCode) -> Result<Case, HandoffError> {
        let stored = self.get_as(actor, code).await?;
        if !stored.case.held_by(actor.id) {
            return Err(HandoffError::Conflict);
        }
        Ok(stored.case)
    }

    /// Read, transform, compare-and-swap; retried when another instance won the race.
    async fn change(
        &self,
        code: &CaseCode,
        f: impl Fn(&Case) -> Result<Case, HandoffError>,
    ) -> Result<Case, HandoffError> {
        for _ in 0..RETRIES {
            let stored = self.cases.get(code).await?.ok_or(HandoffError::NotFound)?;
            let new = f(&stored.case)?;
            match self.cases.replace(&stored, &new).await {
                Ok(done) => return Ok(done.case),
                Err(CasesError::Raced) => continue,
                Err(e) => return Err(e.into()),
            }
        }
        Err(HandoffError::Conflict)
    }

    async fn change_as(
        &self,
        actor: Actor<'_>,
        code: &CaseCode,
        f: impl Fn(&Case) -> Result<Case, HandoffError>,
    ) -> Result<Case, HandoffError> {
        self.change(code, |case| {
            if actor.sees(case) {
                f(case)
            } else {
                Err(HandoffError::NotFound)
            }
        })
        .await
    }

    async fn add_line(&self, case: &Case, from: Author, text: &str) -> Result<(), HandoffError> {
        let line = serde_json::to_vec(&Line {
            from,
            text: text.to_string(),
            at: Some(jiff::Timestamp::now().as_second()),
        })
        .expect("a line serializes");
        let sealed = self.keys.seal(&case.code.0, &line);
        self.cases.append(&case.code, &sealed).await?;
        self.tell_staff(StaffNews::Message {
            case: case.code,
            holder: case.staff.clone(),
            sealed,
        })
        .await;
        Ok(())
    }

    fn open_line(&self, code: &CaseCode, sealed: &[u8]) -> Option<Line> {
        serde_json::from_slice(&self.keys.open(&code.0, sealed)?).ok()
    }

    async fn tell_staff(&self, news: StaffNews) {
        let bytes = serde_json::to_vec(&news).expect("staff news serializes");
        if self.relay.publish(Topic::Staff, Event::Handoff(bytes)).await.is_err() {
            tracing::warn!("could not relay handoff news to staff");
        }
    }

    async fn tell_user(&self, case: &Case, news: UserNews) {
        match case.channel {
            Channel::Web => {
                let wire = match news {
                    UserNews::Queued { position: p, .. } | UserNews::Position(p) => UserWire::Position { p },
                    UserNews::Overflowed { from, team, position } => UserWire::Overflowed {
                        f: from,
                        t: team,
                        p: position,
                    },
                    // Only ever rendered where the case opens, never relayed.
                    UserNews::Away { .. } => return,
                    UserNews::Connected => UserWire::Connected,
                    UserNews::Staff(text) => {
                        let line = serde_json::to_vec(&Line {
                            from: Author::Staff,
                            text,
                            // The person's page shows no times.
                            at: None,
                        })
                        .expect("a line serializes");
                        UserWire::Staff {
                            case: case.code,
                            sealed: self.keys.seal(&case.code.0, &line),
                        }
                    }
                    UserNews::Transferred(p) => UserWire::Transferred { p },
                    UserNews::Fallback => UserWire::Fallback,
                    UserNews::Ended => UserWire::Ended,
                    UserNews::Typing => UserWire::Typing,
                };
                let bytes = serde_json::to_vec(&wire).expect("user news serializes");
                if self
                    .relay
                    .publish(Topic::Session(case.session), Event::Handoff(bytes))
                    .await
                    .is_err()
                {
                    tracing::warn!("could not relay handoff news to a person");
                }
            }
            Channel::Telegram => {
                if let Some(direct) = self.direct.get() {
                    direct.deliver(case, news).await;
                }
            }
        }
    }

    /// Tells everyone still waiting at `team` (but `except`) their place, which just changed.
    async fn update_positions(&self, team: Region, except: Option<CaseCode>) {
        let Ok(open) = self.cases.open().await else { return };
        for case in open
            .iter()
            .filter(|c| c.team == team && c.state == CaseState::Queued && Some(c.code) != except)
        {
            if let Some(p) = case.position(&open) {
                self.tell_user(case, UserNews::Position(p)).await;
            }
        }
    }
}

/// How many wait for `team`, and whether one of them is urgent; with `escalated`, the
/// escalated urgent cases shown to it count too (the national team's second call).
fn waiting_for(open: &[Case], team: Region, escalated: bool) -> (usize, bool) {
    let waiting: Vec<&Case> = open
        .iter()
        .filter(|c| c.state == CaseState::Queued && (c.team == team || (escalated && c.escalated)))
        .collect();
    (waiting.len(), waiting.iter().any(|c| c.urgent))
}

fn case_to_new(case: Case) -> NewCase {
    NewCase {
        code: case.code,
        session: case.session,
        channel: case.channel,
        lang: case.lang,
        region: case.region,
        team: case.team,
        urgent: case.urgent,
        answers: case.answers,
        now: case.opened_at,
    }
}

/// A fresh random case code; never derived from anything about the person.
pub fn random_code() -> CaseCode {
    let mut rng = rand::rng();
    let mut code = [0u8; 8];
    for c in &mut code {
        *c = CaseCode::ALPHABET[rng.random_range(0..CaseCode::ALPHABET.len())];
    }
    CaseCode(code)
}

/// Staff actions go to the audit log target: staff id, case code and action, nothing
/// about the person.
fn audit(staff: &str, code: &CaseCode, action: &'static str) {
    tracing::info!(target: "audit", staff, case = %code, action, "staff action");
}
