//! The staff console: its page (embedded assets, under a policy of its own) and the
//! WebSocket at `/staff/ws` speaking the staff protocol in `docs/staff.md`.
//!
//! A console connection is authenticated by the staff session cookie when it opens (401
//! without one, 403 from a foreign `Origin`) and checked again every half minute, so a
//! logout or an expiry elsewhere closes it. It listens on the relay's staff topic and
//! answers every change with a fresh queue of the cases its staff member may see; the
//! handoff service enforces that scoping itself, so nothing here can widen it. Text the
//! person wrote is only ever sent to the console of the staff member holding the case.

use std::time::Duration;

use axum::Router;
use axum::extract::ws::{Message, Utf8Bytes, WebSocket, WebSocketUpgrade};
use axum::extract::{FromRef, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use futures_util::SinkExt;
use serde::Deserialize;
use serde_json::{Value, json};
use std::sync::Arc;

use crate::content::Content;
use crate::dialogue::CaseCode;
use crate::handoff::case::{Answered, Case};
use crate::handoff::{Actor, CANNED, Handoff, HandoffError, StaffNews};
use crate::i18n::LangIdx;
use crate::limit::{Beat, Heartbeat, Refusals, TokenBucket, Verdict};
use crate::mailbox::{Mailbox, MailboxError, StaffItem};
use crate::metrics::Metrics;
use crate::metrics::Surface;
use crate::notify::presence::{Presence, Seat};
use crate::region::Region;
use crate::relay::{Event, Relay, Topic};
use crate::shutdown::Shutdown;
use crate::staff::auth::StaffAuth;
use crate::staff::auth::StaffMember;
use crate::staff::words::Words;
use crate::stats::Stats;

const PAGE: &str = include_str!("../../assets/staff.html");
const SCRIPT: &str = include_str!("../../assets/staff.js");
const WORKER: &str = include_str!("../../assets/staff-sw.js");
const STYLE: &str = include_str!("../../assets/staff.css");
const ICON: &str = include_str!("../../assets/staff-icon.svg");
const ICON_ALERT: &str = include_str!("../../assets/staff-icon-alert.svg");

/// The console's policy: only this server, no inline code, forms post here, and it is
/// never framed (a framed console could be click-jacked into claiming or closing cases).
const CSP: &str = "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self'; \
                   base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
/// Staff frames are small; anything larger is refused by the WebSocket layer.
const MAX_FRAME_BYTES: usize = 16 * 1024;
/// How often an open console re-checks its session.
const RECHECK: Duration = Duration::from_secs(30);
/// Frames per second a console may send on average, and the burst it may save up.
const RATE_PER_SEC: f64 = 10.0;
const RATE_BURST: f64 = 40.0;

/// What the console uses, derived from the application state by `startup`.
#[derive(Clone)]
pub struct ConsoleState {
    /// Labels, questions and canned replies in every language.
    pub content: Arc<Content>,
    /// Cases: the queue, claims, text, transfers.
    pub handoff: Arc<Handoff>,
    /// Messages left for later, answered from the Mailbox view.
    pub mailbox: Arc<Mailbox>,
    /// Error answers by code.
    pub metrics: Arc<Metrics>,
    /// News of cases from every instance.
    pub relay: Arc<dyn Relay>,
    /// Whether the server is stopping.
    pub shutdown: Shutdown,
    /// Who is logged in, and whether their session still holds.
    pub staff_auth: Arc<StaffAuth>,
    /// How often an open console is pinged (the web chat's interval).
    pub ping: Duration,
    /// Which teams have a console open and available, for on-call notifications.
    pub presence: Presence,
    /// The console's own labels, in the staff member's language.
    pub words: Arc<Words>,
    /// Day counters, for the wrap-up after a closed case.
    pub stats: Stats,
}

pub fn router<S>() -> Router<S>
where
    S: Clone + Send + Sync + 'static,
    ConsoleState: FromRef<S>,
{
    // The page's shared `<head>` is filled in once, here, not per request.
    let page = axum::body::Bytes::from(crate::html::fill(PAGE, &[]));
    Router::new()
        .route(
            "/staff",
            get(move || {
                let page = page.clone();
                async move { asset("text/html; charset=utf-8", page) }
            }),
        )
        .route(
            "/staff/staff.js",
            get(|| async { asset("text/javascript; charset=utf-8", SCRIPT) }),
        )
        .route(
            "/staff/staff.css",
            get(|| async { asset("text/css; charset=utf-8", STYLE) }),
        )
        .route("/staff/icon.svg", get(|| async { asset("image/svg+xml", ICON) }))
        // The on-call push worker; its scope is /staff/ (the directory it is served from).
        .route(
            "/staff/sw.js",
            get(|| async { asset("text/javascript; charset=utf-8", WORKER) }),
        )
        .route(
            "/staff/icon-alert.svg",
            get(|| async { asset("image/svg+xml", ICON_ALERT) }),
        )
        .route("/staff/ws", get(upgrade))
        .route("/staff/words.json", get(words_json))
}

/// The console's words before anyone logs in (the login form), in the browser's
/// language; after login the `hello` frame brings the staff member's own. Public: these
/// are the page's labels, nothing more.
async fn words_json(State(app): State<ConsoleState>, headers: HeaderMap) -> Response {
    let prefs: Vec<String> = headers
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok())
        .map(|v| {
            v.split(',')
                .take(8)
                .map(|p| p.split(';').next().unwrap_or("").trim().to_string())
                .collect()
        })
        .unwrap_or_default();
    let words = app.words.pick(&prefs);
    (
        [
            (header::CACHE_CONTROL, HeaderValue::from_static("no-store")),
            (header::VARY, HeaderValue::from_static("accept-language")),
        ],
        axum::Json(json!({"lang": words.code(), "ui": words.ui()})),
    )
        .into_response()
}

fn asset(content_type: &'static str, body: impl IntoResponse) -> Response {
    (
        [
            (header::CONTENT_TYPE, HeaderValue::from_static(content_type)),
            (header::CONTENT_SECURITY_POLICY, HeaderValue::from_static(CSP)),
        ],
        body,
    )
        .into_response()
}

async fn upgrade(ws: WebSocketUpgrade, State(app): State<ConsoleState>, headers: HeaderMap) -> Response {
    let Some(member) = app.staff_auth.session(&headers).await else {
        return StatusCode::UNAUTHORIZED.into_response();
    };
    // A page on another site must not drive a logged-in console (cross-site WebSocket
    // hijacking). Browsers always send Origin on WebSocket requests, so one without it is
    // refused too: the console is a browser page.
    if !headers.contains_key(header::ORIGIN) || !app.staff_auth.origin_allowed(&headers) {
        return StatusCode::FORBIDDEN.into_response();
    }
    // Only the cookie is kept, to re-check the session while the console is open.
    let mut cookie = HeaderMap::new();
    if let Some(c) = headers.get(header::COOKIE) {
        cookie.insert(header::COOKIE, c.clone());
    }
    ws.max_message_size(MAX_FRAME_BYTES)
        .max_frame_size(MAX_FRAME_BYTES)
        .on_upgrade(move |socket| Console::new(app, member, cookie).run(socket))
}

/// A frame from the console.
#[derive(Debug, Deserialize)]
#[serde(tag = "type", rename_all = "lowercase", deny_unknown_fields)]
enum StaffFrame {
    Claim {
        case: String,
    },
    Say {
        case: String,
        text: String,
    },
    Canned {
        case: String,
        id: String,
    },
    Transfer {
        case: String,
        region: String,
        #[serde(default)]
        note: String,
        /// The staff member confirmed a transfer to a team that cannot answer now.
        #[serde(default)]
        confirm: bool,
    },
    /// Each region's team and whether it answers now, for the transfer dialog.
    Teams,
    /// I am writing in this case (no text): the person sees "is writing…".
    Typing {
        case: String,
    },
    Close {
        case: String,
    },
    Presence {
        state: String,
    },
    /// A private note on a case I hold (staff only, sealed with the case).
    Note {
        case: String,
        text: String,
    },
    /// After I closed a case: what it was about, as anonymous day counts (see [`wrapup`]).
    Wrapup {
        case: String,
        #[serde(default)]
        form: Option<String>,
        #[serde(default)]
        who: Option<String>,
        #[serde(default)]
        done: Vec<String>,
    },
    /// An answer to a mailbox item in my regions (text, or a canned reply's text in the
    /// item's language, chosen by the page).
    #[serde(rename = "mailbox_answer")]
    MailboxAnswer {
        item: String,
        text: String,
    },
}

/// The wrap-up's choices, as counted (`wrapup.form`, `wrapup.who`, `wrapup.done`): the
/// forms of exploitation of `002` and DOMAIN.md, who wrote, what was done.
pub mod wrapup {
    pub const FORMS: [&str; 8] = [
        "sexual", "labour", "begging", "crime", "marriage", "organ", "multiple", "unknown",
    ];
    pub const WHO: [&str; 3] = ["person", "family", "professional"];
    pub const DONE: [&str; 6] = ["social", "police", "programme", "health", "legal", "none"];
}

struct Console {
    app: ConsoleState,
    member: StaffMember,
    cookie: HeaderMap,
    /// The language the console's own labels and previews are in.
    lang: LangIdx,
    /// Frames this connection may still send (rate limit).
    bucket: TokenBucket,
    /// The current run of refused frames: only its first is answered.
    refusals: Refusals,
    /// This console's entry among those open and available; `None` while "away".
    seat: Option<Seat>,
    /// When a `typing` frame last went on to a person (throttled).
    typed_at: Option<std::time::Instant>,
    /// Cases this console closed and has not wrapped up: a wrap-up is counted once, and
    /// only for one of these. Kept in this connection's memory alone.
    to_wrap: Vec<CaseCode>,
}

enum Next {
    Frame(Message),
    News(Event),
    Recheck,
    /// Time to ping, or to close a console whose browser is gone.
    Tick,
    Gone,
    /// The server is stopping: the console reconnects to another instance.
    Stopping,
}

impl Console {
    fn new(app: ConsoleState, member: StaffMember, cookie: HeaderMap) -> Console {
        let locales = &app.content.locales;
        let lang = member
            .languages
            .iter()
            .find_map(|l| locales.by_code(l))
            .or_else(|| locales.by_code("en"))
            .unwrap_or(locales.fallback());
        Console {
            app,
            member,
            cookie,
            lang,
            bucket: TokenBucket::new(RATE_PER_SEC, RATE_BURST),
            refusals: Refusals::default(),
            seat: None,
            typed_at: None,
            to_wrap: Vec::new(),
        }
    }

    /// Marks this console open and available for its teams (on-call tools stay quiet).
    async fn sit(&mut self) {
        if self.seat.is_none() {
            let seat = self
                .app
                .presence
                .sit(&self.member.regions, self.member.is_admin())
                .await;
            self.seat = Some(seat);
        }
    }

    async fn stand(&mut self) {
        if let Some(seat) = self.seat.take() {
            self.app.presence.leave(&seat).await;
        }
    }

    fn actor(&self) -> Actor<'_> {
        Actor {
            id: &self.member.id,
            regions: &self.member.regions,
            all_regions: self.member.is_admin(),
        }
    }

    async fn run(mut self, mut socket: WebSocket) {
        // Listen before the first snapshot, so no change falls between the two.
        let mut news = self.app.relay.subscribe(Topic::Staff);
        let mut first = vec![self.hello()];
        first.extend(self.queue().await);
        first.extend(self.mailbox().await);
        first.extend(self.histories().await);
        if send_all(&mut socket, first).await.is_err() {
            return;
        }
        self.sit().await;
        self.serve(&mut socket, &mut news).await;
        self.stand().await;
    }

    async fn serve(&mut self, socket: &mut WebSocket, news: &mut crate::relay::Subscription) {
        let mut recheck = tokio::time::interval(RECHECK);
        recheck.tick().await;
        let _counted = self.app.shutdown.open();
        let shutdown = self.app.shutdown.clone();
        // A laptop that sleeps or loses its network never closes its socket: without
        // pings its console would hold a connection until TCP gives up, which takes hours.
        // No idle limit: an open console waiting for cases is the job, and the staff
        // session's own expiry (re-checked above) ends it.
        let mut beat = Heartbeat::new(self.app.ping);
        let mut ticks = beat.interval();
        loop {
            // Only between frames: a claim or a message being handled is finished first,
            // and one already received is handled before the goodbye (`biased`).
            let next = tokio::select! {
                biased;
                m = socket.recv() => match m {
                    Some(Ok(m)) => Next::Frame(m),
                    _ => Next::Gone,
                },
                Some(e) = news.recv() => Next::News(e),
                _ = recheck.tick() => Next::Recheck,
                () = shutdown.stopping() => Next::Stopping,
                _ = ticks.tick() => Next::Tick,
            };
            match &next {
                Next::Frame(Message::Ping(_) | Message::Pong(_)) => beat.heard(),
                Next::Frame(_) => beat.active(),
                Next::News(_) => beat.news(),
                _ => {}
            }
            let frames = match next {
                Next::Gone | Next::Frame(Message::Close(_)) => break,
                Next::Stopping => {
                    let goodbye = vec![self.error("reconnecting", None).to_string()];
                    crate::shutdown::goodbye(socket, goodbye).await;
                    break;
                }
                Next::Tick => match beat.beat(None) {
                    Beat::Ping => {
                        if let Some(seat) = &self.seat {
                            self.app.presence.refresh(seat).await;
                        }
                        if socket.send(Message::Ping(axum::body::Bytes::new())).await.is_err() {
                            break;
                        }
                        continue;
                    }
                    Beat::Unresponsive | Beat::Idle => break,
                },
                Next::Frame(frame @ (Message::Text(_) | Message::Binary(_))) => {
                    match self.refusals.verdict(self.bucket.exhausted()) {
                        Verdict::Pass => match frame {
                            Message::Text(text) => self.frame(text.as_str()).await,
                            _ => vec![self.error("bad_request", None)],
                        },
                        Verdict::Tell => vec![self.error("rate_limited", None)],
                        Verdict::Drop => continue,
                        Verdict::Close => {
                            let _ = socket.send(Message::Close(None)).await;
                            break;
                        }
                    }
                }
                Next::Frame(_) => continue,
                Next::News(Event::Handoff(bytes)) => self.news_run(&bytes, news).await,
                Next::News(Event::Closed) => continue,
                Next::Recheck => {
                    if self.app.staff_auth.session(&self.cookie).await.is_none() {
                        let _ = socket.send(Message::Close(None)).await;
                        break;
                    }
                    continue;
                }
            };
            if send_all(socket, frames).await.is_err() {
                break;
            }
        }
    }

    /// An `error` frame, counted in `/metrics` by its code.
    fn error(&self, code: &'static str, case: Option<&str>) -> Value {
        self.app.metrics.error(Surface::Staff, code);
        match case {
            Some(case) => json!({"type": "error", "code": code, "case": case}),
            None => json!({"type": "error", "code": code}),
        }
    }

    async fn frame(&mut self, text: &str) -> Vec<Value> {
        // The parse error is dropped unlogged: serde's messages quote input.
        let Ok(frame) = serde_json::from_str::<StaffFrame>(text) else {
            return vec![self.error("bad_request", None)];
        };
        let handoff = self.app.handoff.clone();
        let actor = self.actor();
        let code_of = |case: &str| CaseCode::parse(case).ok_or(HandoffError::NotFound);
        let (case, result) = match &frame {
            StaffFrame::Claim { case } => (
                case,
                async {
                    let code = code_of(case)?;
                    let claimed = handoff.claim(actor, &code).await?;
                    let now = jiff::Timestamp::now().as_second();
                    self.app.metrics.claimed(now - claimed.waiting_since);
                    Ok(Some(code))
                }
                .await,
            ),
            StaffFrame::Say { case, text } => (
                case,
                async { handoff.say(actor, &code_of(case)?, text).await.map(|_| None) }.await,
            ),
            StaffFrame::Canned { case, id } => (
                case,
                async { handoff.canned(actor, &code_of(case)?, id).await.map(|_| None) }.await,
            ),
            StaffFrame::Transfer {
                case,
                region,
                note,
                confirm,
            } => (
                case,
                async {
                    let code = code_of(case)?;
                    let region = Region::parse(region).ok_or(HandoffError::BadRequest)?;
                    handoff
                        .transfer(actor, &code, region, note, *confirm)
                        .await
                        .map(|_| None)
                }
                .await,
            ),
            StaffFrame::Teams => return vec![self.teams()],
            StaffFrame::Typing { case } => {
                // Throttled, and never answered: a typing signal is worth no error frame.
                let now = std::time::Instant::now();
                let due = self
                    .typed_at
                    .is_none_or(|t| now.duration_since(t) >= crate::handoff::TYPING_EVERY);
                if due && let Ok(code) = code_of(case) {
                    let _ = handoff.staff_typing(actor, &code).await;
                    self.typed_at = Some(now);
                }
                return Vec::new();
            }
            StaffFrame::Close { case } => {
                let result = async { handoff.close(actor, &code_of(case)?).await }.await;
                if result.is_ok()
                    && let Some(code) = CaseCode::parse(case)
                {
                    self.to_wrap.push(code);
                }
                (case, result.map(|_| None))
            }
            StaffFrame::Note { case, text } => (
                case,
                async { handoff.note_add(actor, &code_of(case)?, text).await.map(|_| None) }.await,
            ),
            StaffFrame::Wrapup { case, form, who, done } => {
                return self.wrapup(case, form.as_deref(), who.as_deref(), done).await;
            }
            StaffFrame::MailboxAnswer { item, text } => return self.mailbox_answer(item, text).await,
            StaffFrame::Presence { state } => {
                match state.as_str() {
                    "available" => self.sit().await,
                    "away" => self.stand().await,
                    _ => return vec![self.error("bad_request", None)],
                }
                return vec![json!({"type": "presence", "state": state})];
            }
        };
        match result {
            // Just claimed: the transcript so far (what the person wrote while waiting).
            Ok(Some(code)) => self.history(&code).await.into_iter().collect(),
            Ok(None) => Vec::new(),
            Err(e) => vec![self.error(e.code(), Some(case))],
        }
    }

    /// Counts a wrap-up: each choice adds one to a day counter, with nothing that links
    /// it to the case. Only for a case this console closed, once; anything not on the
    /// lists is refused whole.
    async fn wrapup(&mut self, case: &str, form: Option<&str>, who: Option<&str>, done: &[String]) -> Vec<Value> {
        let known = |v: Option<&str>, list: &[&str]| v.is_none_or(|v| list.contains(&v));
        let done_ok = done.len() <= wrapup::DONE.len() && done.iter().all(|d| wrapup::DONE.contains(&d.as_str()));
        if !known(form, &wrapup::FORMS) || !known(who, &wrapup::WHO) || !done_ok {
            return vec![self.error("bad_request", Some(case))];
        }
        let Some(at) = CaseCode::parse(case).and_then(|c| self.to_wrap.iter().position(|w| *w == c)) else {
            return vec![self.error("not_found", Some(case))];
        };
        self.to_wrap.swap_remove(at);
        let stats = &self.app.stats;
        if let Some(form) = form {
            stats.count(crate::stats::dimension::WRAPUP_FORM, form).await;
        }
        if let Some(who) = who {
            stats.count(crate::stats::dimension::WRAPUP_WHO, who).await;
        }
        let mut done: Vec<&str> = done.iter().map(String::as_str).collect();
        done.sort_unstable();
        done.dedup();
        for d in done {
            stats.count(crate::stats::dimension::WRAPUP_DONE, d).await;
        }
        vec![json!({"type": "wrapup", "case": case, "state": "counted"})]
    }

    fn mailbox_scope(&self) -> crate::mailbox::Scope<'_> {
        crate::mailbox::Scope {
            regions: &self.member.regions,
            all: self.member.is_admin(),
        }
    }

    /// The mailbox items of my regions, oldest first (nothing while the mailbox is off).
    async fn mailbox(&self) -> Option<Value> {
        if !self.app.mailbox.enabled() {
            return None;
        }
        let items = match self.app.mailbox.list(self.mailbox_scope()).await {
            Ok(items) => items,
            Err(e) => return Some(self.error(e.code(), None)),
        };
        let rows: Vec<Value> = items.iter().map(|i| self.mailbox_row(i)).collect();
        Some(json!({"type": "mailbox", "items": rows}))
    }

    fn mailbox_row(&self, item: &StaffItem) -> Value {
        let loc = &self.app.content.locales;
        let person = loc.by_code(&item.lang);
        json!({
            "item": item.item,
            "region": item.region.id(),
            "region_label": loc.format(self.lang, &item.region.label_id(), None),
            "lang": item.lang,
            "lang_name": person.map(|l| loc.name(l)).unwrap_or_else(|| item.lang.clone()),
            "dir": person.map(|l| loc.dir(l).as_str()).unwrap_or("ltr"),
            "age_secs": item.age_secs,
            "state": item.state.as_str(),
            "text": item.text,
            "answers": item.answers.iter().map(|a| json!({"text": a})).collect::<Vec<_>>(),
            "reply": item.reply,
        })
    }

    /// Answers an item: audited with my id and the item's id (never the text). The fresh
    /// list reaches every console, this one included, through the staff topic.
    async fn mailbox_answer(&self, item: &str, text: &str) -> Vec<Value> {
        match self.app.mailbox.answer(item, self.mailbox_scope(), text).await {
            Ok(answered) => {
                tracing::info!(target: "audit", staff = %self.member.id, item = %answered.item, action = "mailbox_answer", "staff action");
                vec![json!({"type": "mailbox_answered", "item": answered.item})]
            }
            Err(e) => {
                let code = match e {
                    MailboxError::Empty | MailboxError::TooLong => "bad_request",
                    other => other.code(),
                };
                vec![self.error_item(code, item)]
            }
        }
    }

    /// An `error` frame about a mailbox item; the id is echoed only when it is one.
    fn error_item(&self, code: &'static str, item: &str) -> Value {
        let mut frame = self.error(code, None);
        if item.len() == 8 && item.bytes().all(|b| b.is_ascii_alphanumeric()) {
            frame["item"] = json!(item);
        }
        frame
    }

    /// A run of news from the staff topic, starting with `first`: under load many changes
    /// arrive at once, so one fresh queue answers a whole run of queue changes (and one
    /// fresh mailbox list a run of mailbox changes), and other news keeps its order.
    async fn news_run(&self, first: &[u8], news: &mut crate::relay::Subscription) -> Vec<Value> {
        // Mailbox news is a marker of its own, not a handoff's JSON.
        let mut mailbox_changed = first == crate::mailbox::NEWS;
        let mut batch: Vec<StaffNews> = Handoff::staff_news(first).into_iter().collect();
        while let Some(Event::Handoff(more)) = news.try_recv() {
            mailbox_changed |= more == crate::mailbox::NEWS;
            batch.extend(Handoff::staff_news(&more));
        }
        let mut frames = Vec::new();
        if mailbox_changed {
            frames.extend(self.mailbox().await);
        }
        let queue_changed = batch.contains(&StaffNews::Queue);
        for n in batch.into_iter().filter(|n| *n != StaffNews::Queue) {
            frames.extend(self.news(n).await);
        }
        if queue_changed {
            frames.extend(self.queue().await);
        }
        frames
    }

    /// What the staff topic brought: a new queue, a line in one of my cases, a state change.
    async fn news(&self, news: StaffNews) -> Vec<Value> {
        match &news {
            StaffNews::Queue => self.queue().await.into_iter().collect(),
            StaffNews::Typing { case, holder } => match holder.as_deref() == Some(self.member.id.as_str()) {
                true => vec![json!({"type": "typing", "case": case.as_str()})],
                false => Vec::new(),
            },
            StaffNews::Message { .. } => match self.app.handoff.open_message(&self.member.id, &news) {
                Some((code, line)) => vec![json!({
                    "type": "message", "case": code.as_str(), "from": line.from.as_str(), "text": line.text, "at": line.at,
                })],
                None => Vec::new(),
            },
            StaffNews::State {
                case,
                state,
                by,
                team,
                holder,
                to,
            } => {
                if !(self.member.is_admin() || self.member.regions.contains(team)) {
                    return Vec::new();
                }
                let mut frame = json!({"type": "case", "case": case.as_str(), "state": state, "by": by});
                if let Some(to) = to {
                    // The sender sees where the case went, instead of it vanishing.
                    frame["to"] = json!(to.id());
                    frame["to_label"] = json!(self.app.content.locales.format(self.lang, &to.label_id(), None));
                }
                let mut out = vec![frame];
                if by == "user" && holder.as_deref() == Some(self.member.id.as_str()) {
                    let text = self.app.content.locales.format(self.lang, "handoff-person-left", None);
                    out.push(json!({"type": "message", "case": case.as_str(), "from": "system", "text": text}));
                }
                out
            }
        }
    }

    /// Every region, its team's state now (`open`, `closed` with when it `opens`, or
    /// `none`: the national team answers for it), for the transfer dialog.
    fn teams(&self) -> Value {
        let routing = self.app.handoff.routing();
        let loc = &self.app.content.locales;
        let now = jiff::Timestamp::now();
        let teams: Vec<Value> = Region::ALL
            .iter()
            .map(|&r| {
                let answered_by = routing.team_for(r);
                let state = match routing.team(r) {
                    Some(_) if routing.is_open(r, now) => "open",
                    Some(_) => "closed",
                    None => "none",
                };
                let answering = answered_by.is_some_and(|t| routing.is_open(t, now));
                let opens = answered_by
                    .filter(|_| !answering)
                    .and_then(|t| routing.opens(t, now))
                    .map(|z| crate::handoff::routing::rfc3339(&z));
                json!({
                    "id": r.id(),
                    "label": loc.format(self.lang, &r.label_id(), None),
                    "state": state,
                    "answered_by": answered_by.map(|t| t.id()),
                    "answering": answering,
                    "opens": opens,
                })
            })
            .collect();
        json!({"type": "teams", "teams": teams})
    }

    fn hello(&self) -> Value {
        let content = &self.app.content;
        let loc = &content.locales;
        let regions_all: Vec<Value> = Region::ALL
            .iter()
            .map(|r| json!({"id": r.id(), "label": loc.format(self.lang, &r.label_id(), None)}))
            .collect();
        let canned: Vec<Value> = CANNED
            .iter()
            .map(|name| {
                let id = format!("canned-{name}");
                let texts: serde_json::Map<String, Value> = loc
                    .all()
                    .map(|l| (loc.code(l).to_string(), loc.format(l, &id, None).into()))
                    .collect();
                json!({"id": format!("canned.{name}"), "label": loc.format(self.lang, &id, None), "texts": texts})
            })
            .collect();
        let regions: Vec<&str> = self.member.regions.iter().map(|r| r.id()).collect();
        let words = self.app.words.pick(&self.member.languages);
        json!({
            "type": "hello",
            // The console's own words, in the staff member's first language that has them.
            "ui": words.ui(),
            "ui_lang": words.code(),
            "staff": self.member.id,
            "regions": regions,
            "lang": loc.code(self.lang),
            "max_live": self.app.handoff.settings().max_live_per_staff,
            "regions_all": regions_all,
            "canned": canned,
            // For the Mailbox view's note on when an item is deleted; absent when off.
            "mailbox_keep_days": self.app.mailbox.enabled().then(|| self.app.mailbox.settings().keep.as_secs() / 86_400),
        })
    }

    async fn queue(&self) -> Option<Value> {
        let cases = match self.app.handoff.visible(self.actor()).await {
            Ok(cases) => cases,
            Err(e) => return Some(self.error(e.code(), None)),
        };
        let now = jiff::Timestamp::now().as_second();
        let presence = self.app.handoff.presence(&cases).await;
        let rows: Vec<Value> = cases
            .iter()
            .zip(presence)
            .map(|(c, p)| {
                let mut row = self.row(c, now);
                // Whether the person is still there: staff should not write into the void.
                row["person"] = json!(if p.here { "here" } else { "gone" });
                row["seen_secs"] = json!(p.seen_secs);
                row
            })
            .collect();
        Some(json!({"type": "queue", "cases": rows}))
    }

    /// One case as the console shows it: everything in the staff member's language, the
    /// person's answers as labels (the question and the answer), never as ids alone.
    fn row(&self, case: &Case, now: i64) -> Value {
        let content = &self.app.content;
        let loc = &content.locales;
        let person = loc.by_code(&case.lang);
        let label = |r: Region| loc.format(self.lang, &r.label_id(), None);
        json!({
            "case": case.code.as_str(),
            // The person's region stays on an overflowed case, so whoever claims it knows
            // where the person is; `team` is whose queue it waits in.
            "region": case.region.id(),
            "region_label": label(case.region),
            "team": case.team.id(),
            "overflow_from": case.overflow_from.map(|r| r.id()),
            "escalated": case.escalated,
            "lang": case.lang,
            "lang_name": person.map(|l| loc.name(l)).unwrap_or_else(|| case.lang.clone()),
            // Staff should know when the bot's text in this language is unreviewed: the
            // person may have misread it. `source` (Swedish, English) needs no note;
            // a translation's share of messages reviewed for the current source text.
            "lang_status": person.map(|l| loc.status(l).as_str()),
            "lang_reviewed": person.and_then(|l| loc.reviewed_percent(l)),
            "dir": person.map(|l| loc.dir(l).as_str()).unwrap_or("ltr"),
            "urgent": case.urgent,
            "channel": case.channel.as_str(),
            "waiting_secs": (now - case.waiting_since).max(0),
            "state": case.state.as_str(),
            "staff": case.staff,
            "mine": case.held_by(&self.member.id),
            "choices": case.answers.iter().map(|a| a.choice.as_str()).collect::<Vec<_>>(),
            "choice_labels": case.answers.iter().map(|a| self.answer_label(a)).collect::<Vec<_>>(),
            "groups": self.answer_groups(&case.answers),
            "note": self.app.handoff.note(case),
            "from_region": case.from_team.map(|r| r.id()),
        })
    }

    /// The answers for the case view, grouped the way staff read a case: safety first,
    /// who is writing, the signs (with how many were yes), the rights read, the needs,
    /// and anything else. The group follows the node's statistics dimension, so a new
    /// sign question joins its group with no change here.
    fn answer_groups(&self, answers: &[Answered]) -> Value {
        const ORDER: [&str; 6] = ["safety", "who", "signs", "rights", "needs", "other"];
        let flows = &self.app.content.flows;
        let mut groups: Vec<(Vec<String>, usize)> = vec![(Vec::new(), 0); ORDER.len()];
        for a in answers {
            let count = flows.by_name(&a.node).and_then(|n| flows.node(n).count.as_deref());
            let group = match (a.node.as_str(), count) {
                ("safety" | "danger", _) => 0,
                (_, Some("who")) => 1,
                (_, Some(c)) if c.starts_with("sign.") => 2,
                (_, Some("rights")) => 3,
                (_, Some("needs")) => 4,
                _ => 5,
            };
            // The topic alone says enough for who, rights and needs; a question's answer
            // needs its question.
            let label = match (group, self.answer_parts(a)) {
                (1 | 3 | 4, Some((_, answer))) => answer,
                _ => self.answer_label(a),
            };
            groups[group].0.push(label);
            if group == 2 && a.choice == "sign.yes" {
                groups[group].1 += 1;
            }
        }
        ORDER
            .iter()
            .zip(groups)
            .filter(|(_, (labels, _))| !labels.is_empty())
            .map(|(name, (labels, yes))| {
                let mut g = json!({"group": name, "labels": labels});
                if *name == "signs" {
                    g["yes"] = json!(yes);
                    g["answered"] = json!(labels.len());
                }
                g
            })
            .collect()
    }

    /// The question and the chosen answer, in the console's language.
    fn answer_parts(&self, answer: &Answered) -> Option<(String, String)> {
        let content = &self.app.content;
        let flows = &content.flows;
        let loc = &content.locales;
        let n = flows.by_name(&answer.node)?;
        let node = flows.node(n);
        let choice = node.choices.iter().find(|c| c.id == answer.choice)?;
        Some((
            loc.format(self.lang, &node.ask, None),
            loc.format(self.lang, &choice.label, None),
        ))
    }

    /// "Question — answer", under the question the person really answered (many
    /// questions share a choice id, so the node decides, never the first match).
    fn answer_label(&self, answer: &Answered) -> String {
        match self.answer_parts(answer) {
            Some((question, choice)) => {
                let question = match question.char_indices().nth(80) {
                    Some((cut, _)) => format!("{}…", &question[..cut]),
                    None => question,
                };
                format!("{question} — {choice}")
            }
            None => answer.choice.clone(),
        }
    }

    async fn history(&self, code: &CaseCode) -> Option<Value> {
        let lines = self.app.handoff.history(self.actor(), code).await.ok()?;
        let lines: Vec<Value> = lines
            .iter()
            .map(|l| json!({"from": l.from.as_str(), "text": l.text, "at": l.at}))
            .collect();
        Some(json!({"type": "history", "case": code.as_str(), "messages": lines}))
    }

    /// Transcripts of the cases I hold, for a console that (re)connects.
    async fn histories(&self) -> Vec<Value> {
        let Ok(cases) = self.app.handoff.visible(self.actor()).await else {
            return Vec::new();
        };
        let mut out = Vec::new();
        for case in cases.iter().filter(|c| c.held_by(&self.member.id)) {
            out.extend(self.history(&case.code).await);
        }
        out
    }
}

/// Queues a batch of frames and writes them with one flush, as the web chat does.
async fn send_all(socket: &mut WebSocket, frames: Vec<Value>) -> Result<(), axum::Error> {
    for frame in frames {
        socket.feed(Message::Text(Utf8Bytes::from(frame.to_string()))).await?;
    }
    socket.flush().await
}
