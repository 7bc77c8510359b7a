//! Web chat: the page (embedded assets) and the WebSocket at `/chat/ws` speaking the JSON
//! protocol in `docs/protocol.md`.
//!
//! Each connection parses frames into engine inputs, loads the conversation from the
//! store, steps the engine, saves, and sends the rendered replies. Typed text is reduced
//! to [`Input::Text`] the moment it is parsed and never stored, logged or echoed. Bad
//! input of any kind (invalid JSON, binary frames, oversize frames, unknown types or
//! choices) gets a localized `error` frame and the connection stays open.

use std::net::{IpAddr, SocketAddr};

use axum::Extension;
use axum::Router;
use axum::body::Bytes;
use axum::extract::ws::{Message, Utf8Bytes, WebSocket, WebSocketUpgrade};
use axum::extract::{ConnectInfo, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use futures_util::SinkExt;
use serde::{Deserialize, Serialize};

use crate::content::Content;
use crate::dialogue::{self, Input, Reply};
use crate::handoff::Handoff;
use crate::handoff::UserNews;
use crate::handoff::conversation::Settled;
use crate::i18n::LangIdx;
use crate::limit::{Beat, ConnectionPermit, Heartbeat, Refusals, Refused, TokenBucket, Verdict};
use crate::limit::{ConnectionLimits, KeyedBuckets, client_address};
use crate::metrics::Metrics;
use crate::metrics::{Cut, FrameKind, Surface};
use crate::privacy::Channel;
use crate::privacy::Pseudonyms;
use crate::privacy::WebToken;
use crate::relay::Relay;
use crate::relay::{Event, Subscription, Topic};
use crate::render::{self, Rendered};
use crate::session::SessionStore;
use crate::session::{self, Record, SessionKey, StoreError};
use crate::shutdown::Shutdown;
use crate::stats::{Stats, dimension};
use axum::extract::FromRef;
use mailbox::MailboxFrame;
use std::sync::Arc;

pub mod basic;
mod mailbox;
pub mod page;

pub use page::{WebSettings, content_security_policy};

const SCRIPT: &str = include_str!("../../../assets/chat.js");
const STYLE: &str = include_str!("../../../assets/chat.css");

/// Frames above this are refused by the WebSocket layer itself (connection closed);
/// large enough that ordinary oversize input gets a polite `too_long` instead.
pub const MAX_FRAME_BYTES: usize = 256 * 1024;
/// Longest frame the protocol accepts; no legitimate message comes close.
pub const MAX_MESSAGE_BYTES: usize = 4 * 1024;
/// Longest mailbox message frame: 2,000 characters of up to four bytes each, and the
/// frame around them.
pub const MAX_MAILBOX_FRAME_BYTES: usize = 9 * 1024;
/// The Fluent attribute a touch screen's page uses where a message has one.
const TOUCH: &str = "touch";
/// Frames per second a connection may send on average, and the burst it may save up.
const RATE_PER_SEC: f64 = 10.0;
const RATE_BURST: f64 = 30.0;
/// How much a connection reads from its socket at once. The WebSocket layer keeps (and
/// zero-fills) a buffer this large for every connection, idle or not, so it is sized for
/// the protocol's frames rather than for bulk transfer (tungstenite's default is 128 KiB,
/// which made an idle visitor cost 130 KB). A longer frame is still read whole, in
/// several reads.
const READ_BUFFER_BYTES: usize = 1024;
/// A step's frames are queued (`feed`) and written with one flush; queuing never writes
/// early below this.
const WRITE_BUFFER_BYTES: usize = 16 * 1024;
/// A reader that does not take its frames gets its connection closed once this much is
/// waiting, instead of the server buffering without bound.
const MAX_WRITE_BUFFER_BYTES: usize = 256 * 1024;

/// What the web chat's routes use: the part of the application state this channel
/// depends on, derived from it with [`FromRef`] by `startup`.
#[derive(Clone)]
pub struct WebState {
    /// Flows, locales and contacts.
    pub content: Arc<Content>,
    /// Where conversations wait between messages.
    pub store: Arc<dyn SessionStore>,
    /// Events for the conversation attached to a socket, from any instance.
    pub relay: Arc<dyn Relay>,
    /// Store keys from web tokens.
    pub pseudonyms: Arc<Pseudonyms>,
    /// Page settings (exit site, embedding, limits).
    pub web: Arc<WebSettings>,
    /// Open connections, in total and per address (in memory only).
    pub connections: Arc<ConnectionLimits>,
    /// Each conversation's rate, across all its sockets.
    pub conversation_rates: Arc<KeyedBuckets<SessionKey>>,
    /// The `ui` frame, the chat page and its chrome in every language, made once.
    pub localized: Arc<Localized>,
    /// Live handoffs: opening cases, relaying text, news from staff.
    pub handoff: Arc<Handoff>,
    /// Messages for later, opened again with a receipt code.
    pub mailbox: Arc<crate::mailbox::Mailbox>,
    /// Anonymous day counters.
    pub stats: Stats,
    /// Operational aggregates.
    pub metrics: Arc<Metrics>,
    /// Whether the server is stopping.
    pub shutdown: Shutdown,
}

/// The page, its assets, the WebSocket, the beacon and the version without JavaScript.
/// The page is at `/`, or at the disguise's path.
pub fn router<S>(web: &WebSettings) -> Router<S>
where
    S: Clone + Send + Sync + 'static,
    WebState: FromRef<S>,
{
    Router::new()
        .route(web.page_path(), get(chat_page))
        .route(
            "/chat.js",
            get(|| async { page::asset("text/javascript; charset=utf-8", SCRIPT) }),
        )
        .route(
            "/chat.css",
            get(|| async { page::asset("text/css; charset=utf-8", STYLE) }),
        )
        .route(
            "/embed.js",
            get(|State(app): State<WebState>| async move {
                page::asset("text/javascript; charset=utf-8", page::embed_script(&app.web))
            }),
        )
        .route("/icon-{name}", get(icon))
        .route("/favicon.ico", get(|| async { StatusCode::NO_CONTENT }))
        .route("/chat/ws", get(upgrade))
        .route("/chat/end", post(end_by_beacon))
        .merge(basic::router())
}

/// The language Accept-Language asks for; only read, never kept.
fn accept_language(app: &WebState, headers: &HeaderMap) -> Option<LangIdx> {
    headers
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok())
        .and_then(|h| app.content.locales.negotiate_accept_language(h))
}

async fn chat_page(State(app): State<WebState>, headers: HeaderMap) -> Response {
    let lang = accept_language(&app, &headers).unwrap_or(app.content.locales.fallback());
    page::asset("text/html; charset=utf-8", app.localized.pages.chat(lang).to_owned())
}

/// `/icon-<name>.svg`: the tab icons, none of them with words.
async fn icon(axum::extract::Path(file): axum::extract::Path<String>) -> Response {
    match file.strip_suffix(".svg").and_then(page::icon) {
        Some(svg) => page::asset("image/svg+xml", svg),
        None => StatusCode::NOT_FOUND.into_response(),
    }
}

/// Quick exit's `navigator.sendBeacon`: the body is the bare token. Always 204, so the
/// answer reveals nothing about whether a conversation existed. A page still connected
/// to the conversation (on any instance) is told it is closed.
async fn end_by_beacon(State(app): State<WebState>, body: Bytes) -> StatusCode {
    if let Some(token) = std::str::from_utf8(&body).ok().and_then(WebToken::parse) {
        end_everywhere(&app, &key_of(&app, &token).await).await;
    }
    StatusCode::NO_CONTENT
}

/// The conversation a token names, under its new pseudonym or, during a key rotation,
/// its previous one (`session::find`). Web records seal nothing, so nothing is resealed.
async fn find(app: &WebState, token: &WebToken) -> Result<Option<(SessionKey, Record)>, StoreError> {
    let (key, previous) = (token.key(&app.pseudonyms), token.previous_key(&app.pseudonyms));
    session::find(app.store.as_ref(), key, previous, |_, _, _| None).await
}

/// The key to end a token's conversation under: where it lives, or its new pseudonym
/// when it is not found (ending that is harmless, and tells any connection attached).
async fn key_of(app: &WebState, token: &WebToken) -> SessionKey {
    match find(app, token).await {
        Ok(Some((key, _))) => key,
        Ok(None) | Err(_) => token.key(&app.pseudonyms),
    }
}

/// Erases a conversation and tells every connection attached to it; an open handoff
/// case closes for staff ("the person left"). `false` when the store could not be
/// reached (nothing was erased).
async fn end_everywhere(app: &WebState, key: &SessionKey) -> bool {
    match app.store.load(key).await {
        Ok(Some(record)) => {
            if let Some(code) = record.state.case {
                let _ = app.handoff.user_left(&code).await;
            }
        }
        Ok(None) => {}
        Err(_) => {
            tracing::warn!("could not erase a session: store unavailable");
            return false;
        }
    }
    if app.store.erase(key).await.is_err() {
        tracing::warn!("could not erase a session: store unavailable");
        return false;
    }
    if app.relay.publish(Topic::Session(*key), Event::Closed).await.is_err() {
        // Erased all the same: other connections find it gone at their next message.
        tracing::warn!("could not relay the end of a session");
    }
    true
}

async fn upgrade(
    ws: WebSocketUpgrade,
    State(app): State<WebState>,
    peer: Option<Extension<ConnectInfo<SocketAddr>>>,
    headers: HeaderMap,
) -> Response {
    // The address is only counted while the connection is open (`ConnectionLimits`).
    let address = client_address(app.web.limits.client_address, peer.map(|p| p.0.0), &headers);
    let permit = match app.connections.try_open(address) {
        Ok(permit) => permit,
        Err(refused) => {
            app.metrics.cut(match refused {
                Refused::Full => Cut::Full,
                Refused::Address => Cut::Address,
                Refused::Rate => Cut::Rate,
            });
            // Before the upgrade, so the page backs off (up to 10 s) with its own
            // localized "reconnecting" notice rather than being answered and dropped.
            return (StatusCode::SERVICE_UNAVAILABLE, [(header::RETRY_AFTER, "10")]).into_response();
        }
    };
    // Accept-Language only chooses the language of the picker; it is not kept.
    let accept = accept_language(&app, &headers);
    ws.max_message_size(MAX_FRAME_BYTES)
        .max_frame_size(MAX_FRAME_BYTES)
        .read_buffer_size(READ_BUFFER_BYTES)
        .write_buffer_size(WRITE_BUFFER_BYTES)
        .max_write_buffer_size(MAX_WRITE_BUFFER_BYTES)
        .on_upgrade(move |socket| Connection::new(app, accept).with_address(address).run(socket, permit))
}

/// A frame from the page.
#[derive(Debug, Deserialize)]
#[serde(tag = "type", rename_all = "lowercase", deny_unknown_fields)]
enum ClientFrame {
    Start {
        #[serde(default)]
        lang: Option<String>,
        /// A touch screen without a keyboard: messages with a `.touch` variant use it
        /// (no "press Escape" on a phone). A property of the device, so never stored.
        #[serde(default)]
        touch: bool,
    },
    Resume {
        token: String,
        #[serde(default)]
        touch: bool,
    },
    Choose {
        id: String,
    },
    /// The answer to the question after a conversation (`yes`, `little`, `no`, `skip`).
    Survey {
        answer: String,
    },
    /// Typed text: the engine learns only that it was text ([`Input::Text`]); during a
    /// handoff it goes, sealed, to the staff member and nowhere else.
    Text {
        text: String,
    },
    /// The person is writing (no text): shown to the support worker during a case.
    Typing,
    End,
    /// A message for later: answered with the receipt code, shown once.
    #[serde(rename = "mailbox_leave")]
    MailboxLeave {
        text: String,
    },
    /// A receipt code: answered with the item's state and the team's answers.
    #[serde(rename = "mailbox_open")]
    MailboxOpen {
        code: String,
    },
    #[serde(rename = "mailbox_delete")]
    MailboxDelete {
        code: String,
    },
}

/// Frames only the web channel sends, besides [`Rendered`] ones.
#[derive(Debug, Serialize)]
#[serde(tag = "type", rename_all = "lowercase")]
enum WebFrame<'a> {
    Session {
        token: String,
    },
    Ui {
        lang: &'a str,
        dir: &'static str,
        labels: serde_json::Map<String, serde_json::Value>,
        /// The numbers the page makes tap-to-call links (see [`render::phones`]).
        phones: &'a [String],
    },
}

/// Each language's `ui` frame, chat page and page chrome, made once at startup. The labels
/// cannot change while the server runs, and formatting and escaping them for every new
/// connection was the largest cost in lotsa's own code in the profile
/// (docs/performance.md).
pub struct Localized {
    ui_frames: Vec<String>,
    pub pages: page::Pages,
}

impl Localized {
    pub fn new(content: &Content, web: &WebSettings) -> Localized {
        let phones = render::phones(content);
        let ui_frames = content
            .locales
            .all()
            .map(|lang| {
                json(&WebFrame::Ui {
                    lang: content.locales.code(lang),
                    dir: content.locales.dir(lang).as_str(),
                    labels: render::ui_labels(content, lang),
                    phones: &phones,
                })
            })
            .collect();
        Localized {
            ui_frames,
            pages: page::Pages::new(content, web),
        }
    }

    fn ui_frame(&self, lang: LangIdx) -> &str {
        &self.ui_frames[usize::from(lang.0)]
    }
}

/// The conversation this connection is attached to, with the state it last wrote. Keeping
/// the state here means a message costs one store round trip (a conditional write)
/// instead of a load and a save.
struct Attached {
    key: SessionKey,
    state: dialogue::State,
    /// Events for this conversation from elsewhere; dropped with the attachment.
    events: Subscription,
}

/// What the connection loop waits for next.
enum Next {
    Frame(Message),
    Event(Event),
    Gone,
    /// The server is stopping: say so and close, so the page reconnects elsewhere.
    Stopping,
    /// Time to ping, or to close a connection gone quiet.
    Tick,
}

struct Connection {
    app: WebState,
    /// The language the person was last answered in: Accept-Language (or the fallback)
    /// until a conversation speaks. Errors and a fresh picker use it.
    default_lang: LangIdx,
    attached: Option<Attached>,
    /// The language the page's chrome was last labelled in, to send `ui` only on change.
    ui_lang: Option<LangIdx>,
    /// Frames this connection may still send (rate limit).
    bucket: TokenBucket,
    /// The current run of refused frames: only its first is answered.
    refusals: Refusals,
    /// The question after a conversation was asked and not yet answered: one answer is
    /// counted per question, and none without one.
    survey: bool,
    /// When a `typing` frame last went on to staff (throttled).
    typed_at: Option<std::time::Instant>,
    /// The page said it runs on a touch screen without a keyboard (`start`/`resume`).
    touch: bool,
    /// The client's address, for the mailbox's guessing limit only (never stored).
    address: Option<IpAddr>,
}

impl Connection {
    fn new(app: WebState, accept: Option<LangIdx>) -> Connection {
        let default_lang = accept.unwrap_or(app.content.locales.fallback());
        Connection {
            app,
            default_lang,
            attached: None,
            ui_lang: None,
            bucket: TokenBucket::new(RATE_PER_SEC, RATE_BURST),
            refusals: Refusals::default(),
            survey: false,
            typed_at: None,
            touch: false,
            address: None,
        }
    }

    fn with_address(mut self, address: Option<IpAddr>) -> Connection {
        self.address = address;
        self
    }

    async fn run(mut self, mut socket: WebSocket, _permit: ConnectionPermit) {
        tracing::debug!("web chat connection opened");
        let _open = self.app.metrics.connection();
        let _counted = self.app.shutdown.open();
        let shutdown = self.app.shutdown.clone();
        let mut beat = Heartbeat::new(self.app.web.limits.ping);
        let mut ticks = beat.interval();
        loop {
            // Only between messages: a message being handled is finished first, and one
            // already received is handled before the goodbye (`biased`: in this order).
            let next = tokio::select! {
                biased;
                message = socket.recv() => match message {
                    Some(Ok(message)) => Next::Frame(message),
                    _ => Next::Gone,
                },
                Some(event) = next_event(&mut self.attached) => Next::Event(event),
                () = shutdown.stopping() => Next::Stopping,
                _ = ticks.tick() => Next::Tick,
            };
            match &next {
                Next::Frame(Message::Ping(_) | Message::Pong(_)) => beat.heard(),
                Next::Frame(_) => beat.active(),
                Next::Event(_) => beat.news(),
                _ => {}
            }
            // The work on a message or event is boxed: its future is large (store, relay
            // and handoff calls) and only lives while a message is handled, whereas this
            // loop's own future lives as long as the connection, idle or not.
            let frames = match next {
                Next::Gone => break,
                Next::Tick => match beat.beat(Some(self.app.web.idle)) {
                    Beat::Ping => {
                        if socket.send(Message::Ping(Bytes::new())).await.is_err() {
                            break;
                        }
                        // An open socket in a case tells staff the person is still there.
                        if let Some(code) = self.attached.as_ref().and_then(|a| a.state.case) {
                            self.app.handoff.person_seen(&code).await;
                        }
                        continue;
                    }
                    Beat::Unresponsive => {
                        // A phone that lost its network never closes: free what it holds.
                        self.app.metrics.cut(Cut::Unresponsive);
                        break;
                    }
                    Beat::Idle => {
                        // The conversation has expired in the store by now too; the page
                        // learns so when it reconnects and resumes.
                        self.app.metrics.cut(Cut::Idle);
                        close(&mut socket).await;
                        break;
                    }
                },
                Next::Stopping => {
                    let goodbye = vec![self.error("reconnecting")];
                    crate::shutdown::goodbye(&mut socket, goodbye).await;
                    break;
                }
                Next::Event(event) => Box::pin(self.event(event)).await,
                // Every data frame counts against the rate limits, text or not.
                Next::Frame(frame @ (Message::Text(_) | Message::Binary(_))) => match self.admit() {
                    Verdict::Pass => match frame {
                        Message::Text(text) => Box::pin(self.handle_text(text)).await,
                        _ => vec![self.error("bad_request")],
                    },
                    Verdict::Tell => vec![self.error("rate_limited")],
                    Verdict::Drop => continue,
                    Verdict::Close => {
                        // Told, and still sending far over the rate: a broken client in a
                        // loop or a flood. The page, if it is one, reconnects and resumes.
                        self.app.metrics.cut(Cut::Flood);
                        close(&mut socket).await;
                        break;
                    }
                },
                Next::Frame(Message::Close(_)) => break,
                // Pings are answered by axum; pongs need nothing.
                Next::Frame(Message::Ping(_) | Message::Pong(_)) => continue,
            };
            let every = beat.every();
            // A page that does not read its answers within a ping interval is gone or far
            // too slow: its task would otherwise wait on the full socket for as long as TCP
            // lets it, holding its buffers and its place (`Cut::SlowReader`).
            match tokio::time::timeout(every, send_step(&mut socket, frames)).await {
                Ok(Ok(())) => {}
                Ok(Err(_)) => break,
                Err(_) => {
                    self.app.metrics.cut(Cut::SlowReader);
                    break;
                }
            }
        }
        tracing::debug!("web chat connection closed");
    }

    /// An event from elsewhere for the attached conversation.
    async fn event(&mut self, event: Event) -> Vec<String> {
        match event {
            Event::Closed => {
                self.attached = None;
                vec![json(&Rendered::status("closed"))]
            }
            Event::Handoff(bytes) => {
                let Some(news) = self.app.handoff.user_news(&bytes) else {
                    return Vec::new();
                };
                let Some(attached) = &self.attached else {
                    return Vec::new();
                };
                let key = attached.key;
                let (next, rendered) = self.app.handoff.apply_news(&attached.state, &news);
                // Any news is activity: the conversation's idle timer restarts, so a person
                // who is reading a staff member's answers is not expired meanwhile.
                let state = next.unwrap_or_else(|| attached.state.clone());
                if let Err(out) = self.save(key, &state).await {
                    return out;
                }
                let mut out: Vec<String> = rendered.iter().map(json).collect();
                if matches!(news, UserNews::Ended) {
                    // The support worker closed the chat: the same one question, before
                    // the menu's question so that one stays the last word.
                    let at = rendered
                        .iter()
                        .rposition(|r| matches!(r, Rendered::Ask { .. }))
                        .unwrap_or(out.len());
                    let survey = self.offer_survey(state.lang);
                    out.insert(at, survey);
                }
                out
            }
        }
    }

    /// Whether a data frame is within the connection's rate and, when attached, the
    /// conversation's (shared by all its tabs), and what to do with it if not.
    fn admit(&mut self) -> Verdict {
        let refused = self.bucket.exhausted()
            || self
                .attached
                .as_ref()
                .is_some_and(|a| self.app.conversation_rates.exhausted(a.key));
        self.refusals.verdict(refused)
    }

    async fn handle_text(&mut self, text: Utf8Bytes) -> Vec<String> {
        if text.len() > MAX_MAILBOX_FRAME_BYTES {
            self.app.metrics.frame(FrameKind::Invalid);
            return vec![self.error("too_long")];
        }
        // The parse error is deliberately dropped unlogged: serde's messages quote input.
        let Ok(frame) = serde_json::from_str::<ClientFrame>(text.as_str()) else {
            self.app.metrics.frame(FrameKind::Invalid);
            return vec![self.error("bad_request")];
        };
        // Only a message for later (or its text at a writing step) may be that long.
        let long_ok = matches!(frame, ClientFrame::MailboxLeave { .. })
            || (matches!(frame, ClientFrame::Text { .. }) && self.mailbox_step().is_some());
        if text.len() > MAX_MESSAGE_BYTES && !long_ok {
            self.app.metrics.frame(FrameKind::Invalid);
            return vec![self.error("too_long")];
        }
        drop(text);
        self.app.metrics.frame(match &frame {
            ClientFrame::Start { .. } => FrameKind::Start,
            ClientFrame::Resume { .. } => FrameKind::Resume,
            ClientFrame::Choose { .. } => FrameKind::Choose,
            ClientFrame::Text { .. } => FrameKind::Text,
            ClientFrame::End => FrameKind::End,
            ClientFrame::Survey { .. } => FrameKind::Survey,
            ClientFrame::Typing => FrameKind::Typing,
            ClientFrame::MailboxLeave { .. } | ClientFrame::MailboxOpen { .. } | ClientFrame::MailboxDelete { .. } => {
                FrameKind::Mailbox
            }
        });
        match frame {
            ClientFrame::Start { lang, touch } => {
                self.touch = touch;
                self.start(lang.as_deref()).await
            }
            ClientFrame::Resume { token, touch } => {
                self.touch = touch;
                self.resume(&token).await
            }
            ClientFrame::Choose { id } => self.input(Input::Choose(&id), None).await,
            ClientFrame::Text { text } => match self.mailbox_step() {
                // At a mailbox step the typed text is the message or the code.
                Some(crate::flow::NodeKind::MailboxCode) => self.mailbox(MailboxFrame::Open(text)).await,
                Some(_) => self.mailbox(MailboxFrame::Leave(text)).await,
                None => self.input(Input::Text, Some(&text)).await,
            },
            ClientFrame::MailboxLeave { text } => self.mailbox(MailboxFrame::Leave(text)).await,
            ClientFrame::MailboxOpen { code } => self.mailbox(MailboxFrame::Open(code)).await,
            ClientFrame::MailboxDelete { code } => self.mailbox(MailboxFrame::Delete(code)).await,
            ClientFrame::End => self.input(Input::End, None).await,
            ClientFrame::Survey { answer } => self.survey_answer(&answer).await,
            ClientFrame::Typing => {
                self.typing().await;
                Vec::new()
            }
        }
    }

    /// The person is writing in a case: the support worker sees "is writing…", at most
    /// every [`crate::handoff::TYPING_EVERY`]; nothing is answered, and outside a case nothing happens.
    async fn typing(&mut self) {
        let Some(code) = self.attached.as_ref().and_then(|a| a.state.case) else {
            return;
        };
        let now = std::time::Instant::now();
        if self
            .typed_at
            .is_some_and(|t| now.duration_since(t) < crate::handoff::TYPING_EVERY)
        {
            return;
        }
        self.typed_at = Some(now);
        self.app.handoff.user_typing(&code).await;
    }

    /// A new conversation. An explicit, supported `lang` skips the picker.
    async fn start(&mut self, hint: Option<&str>) -> Vec<String> {
        let locales = &self.app.content.locales;
        let hinted = hint.and_then(|h| locales.by_code(h).or_else(|| locales.negotiate(&[h])));
        // Without a hint the picker speaks the language the person was last answered in
        // (Accept-Language at first), so an expired conversation does not switch language.
        let lang = hinted.unwrap_or(self.default_lang);
        // Starting again on an attached connection ends the earlier conversation now,
        // rather than leaving it to idle expiry (and any case it had, for staff too).
        if let Some(previous) = self.attached.take() {
            if let Some(code) = previous.state.case {
                let _ = self.app.handoff.user_left(&code).await;
            }
            let _ = self.app.store.erase(&previous.key).await;
        }
        let token = WebToken::generate();
        let key = token.key(&self.app.pseudonyms);
        let state = dialogue::State::new(&self.app.content.flows, lang);
        let (state, replies) = dialogue::step_with(
            &self.app.content.flows,
            locales,
            self.caps(),
            state,
            Input::Start {
                lang,
                chosen: hinted.is_some(),
            },
        );
        // Stored first, counted after: when the store hangs, the person's answer waits for
        // one command's timeout, not for every counter's too.
        if self.app.store.save(&key, &Record::new(state.clone())).await.is_err() {
            return self.unavailable();
        }
        self.app.stats.count(dimension::CHANNEL, Channel::Web.as_str()).await;
        self.app.stats.record(&replies).await;
        self.app.metrics.conversation(Surface::Web);
        let mut out = vec![json(&WebFrame::Session { token: token.to_hex() })];
        self.emit(state.lang, &replies, &mut out);
        self.attach(key, state);
        out
    }

    fn attach(&mut self, key: SessionKey, state: dialogue::State) {
        // Replacing an attachment drops the old subscription first.
        self.attached = None;
        let events = self.app.relay.subscribe(Topic::Session(key));
        self.attached = Some(Attached { key, state, events });
    }

    async fn resume(&mut self, token: &str) -> Vec<String> {
        let Some(token) = WebToken::parse(token) else {
            return vec![self.error("bad_request")];
        };
        match find(&self.app, &token).await {
            Ok(Some((key, Record { state, .. }))) => {
                let mut out = vec![json(&WebFrame::Session { token: token.to_hex() })];
                // A case that closed while the person was away moves them on to the menu.
                let Ok((state, closed)) = self.app.handoff.reconcile(state).await else {
                    return self.unavailable();
                };
                let (state, replies) = if closed.is_empty() {
                    let content = &self.app.content;
                    dialogue::step_with(&content.flows, &content.locales, self.caps(), state, Input::Repeat)
                } else {
                    if self.app.store.update(&key, &Record::new(state.clone())).await.is_err() {
                        return self.unavailable();
                    }
                    (state, closed)
                };
                self.emit(state.lang, &replies, &mut out);
                self.attach(key, state);
                out
            }
            Ok(None) => self.expired().await,
            Err(_) => self.unavailable(),
        }
    }

    /// Choose, text or end on the attached conversation: one store round trip, plus the
    /// handoff's own when the step opens, feeds or leaves a case.
    async fn input(&mut self, input: Input<'_>, text: Option<&str>) -> Vec<String> {
        let Some(attached) = &self.attached else {
            return vec![self.error("no_session")];
        };
        if text.is_some_and(|t| t.chars().count() > crate::handoff::MAX_TEXT_CHARS) {
            return vec![self.error("too_long")];
        }
        let key = attached.key;
        let before = attached.state.clone();
        let content = &self.app.content;
        let (state, replies) =
            dialogue::step_with(&content.flows, &content.locales, self.caps(), before.clone(), input);
        let state = self.mailbox_replies(state, &replies).await;
        // Counted once the step is stored (below): a hung store then costs the person
        // one command's timeout, not one per counter as well.
        let counts = Stats::counts(&replies);
        let Ok(Settled { state, replies, news }) = self
            .app
            .handoff
            .settle(key, Channel::Web, &before, state, replies, text)
            .await
        else {
            return self.unavailable();
        };
        if replies.contains(&Reply::Ended) {
            // Detach (dropping the subscription) before publishing, so this connection
            // does not hear its own `closed`; reattach if nothing could be erased.
            let before = self.attached.take().map(|a| a.state);
            if !end_everywhere(&self.app, &key).await {
                if let Some(before) = before {
                    self.attach(key, before);
                }
                return self.unavailable();
            }
        } else {
            if let Err(out) = self.save(key, &state).await {
                return out;
            }
        }
        self.app.stats.record(&counts).await;
        // The queue's words come first; its status frame last, after the question, so a
        // client reading up to the next `ask` or `status` gets the whole step.
        let (status, words): (Vec<Rendered>, Vec<Rendered>) =
            news.into_iter().partition(|r| matches!(r, Rendered::Status { .. }));
        let mut out: Vec<String> = words.iter().map(json).collect();
        self.emit(state.lang, &replies, &mut out);
        if replies.contains(&Reply::Ended) {
            // Before the `closed` status, so a client reading up to it gets the question.
            let closed = out.pop();
            out.push(self.offer_survey(state.lang));
            out.extend(closed);
        }
        out.extend(status.iter().map(json));
        out
    }

    /// Asks the one question after a conversation; its answer is counted once.
    fn offer_survey(&mut self, lang: LangIdx) -> String {
        self.survey = true;
        json(&render::survey(&self.app.content, lang))
    }

    /// Counts the answer to the question after a conversation, once, and thanks.
    async fn survey_answer(&mut self, answer: &str) -> Vec<String> {
        if !self.survey || !render::SURVEY_ANSWERS.contains(&answer) {
            return vec![self.error("bad_request")];
        }
        self.survey = false;
        self.app.stats.count(dimension::SURVEY, answer).await;
        let lang = self.lang();
        let thanks = self.app.content.locales.format(lang, "survey-thanks", None);
        vec![json(&render::say(&self.app.content, lang, thanks))]
    }

    /// Stores the attached conversation's new state. `Err` holds the answer to give
    /// instead: the conversation was erased or expired meanwhile (never resurrect it; quick
    /// exit in another tab, idle expiry), or the store is unreachable.
    async fn save(&mut self, key: SessionKey, state: &dialogue::State) -> Result<(), Vec<String>> {
        match self.app.store.update(&key, &Record::new(state.clone())).await {
            Ok(true) => {}
            Ok(false) => return Err(self.expired().await),
            Err(_) => return Err(self.unavailable()),
        }
        if let Some(attached) = &mut self.attached {
            attached.state = state.clone();
        }
        Ok(())
    }

    /// The conversation timed out or was erased elsewhere: say so, then begin again.
    async fn expired(&mut self) -> Vec<String> {
        self.attached = None;
        let mut out = vec![self.error("session_expired")];
        out.extend(self.start(None).await);
        out
    }

    fn emit(&mut self, lang: LangIdx, replies: &[Reply], out: &mut Vec<String>) {
        let content = &self.app.content;
        if self.ui_lang != Some(lang) {
            self.ui_lang = Some(lang);
            out.push(self.app.localized.ui_frame(lang).to_owned());
        }
        self.default_lang = lang;
        let rendered = render::render_variant(content, lang, replies, self.touch.then_some(TOUCH));
        self.app.metrics.rendered(Surface::Web, &rendered);
        out.extend(rendered.iter().map(json));
    }

    /// The conversation's language when there is one, else the connection's default.
    fn lang(&self) -> LangIdx {
        self.attached.as_ref().map_or(self.default_lang, |a| a.state.lang)
    }

    /// An error in the conversation's language when there is one.
    fn error(&self, code: &'static str) -> String {
        self.app.metrics.error(Surface::Web, code);
        json(&render::error(&self.app.content, self.lang(), code))
    }

    /// The store cannot be reached: say so at once, with 112 and the national contacts,
    /// so a person in danger is never left waiting on a spinner.
    fn unavailable(&self) -> Vec<String> {
        self.app.metrics.error(Surface::Web, "unavailable");
        render::unavailable(&self.app.content, self.lang())
            .iter()
            .map(json)
            .collect()
    }
}

/// Closes with a close frame, waiting for the peer no longer than a goodbye may take.
async fn close(socket: &mut WebSocket) {
    let close = socket.send(Message::Close(None));
    let _ = tokio::time::timeout(crate::shutdown::GOODBYE_LIMIT, close).await;
}

/// Sends a step's frames with one flush: one write to the socket instead of one per frame.
async fn send_step(socket: &mut WebSocket, frames: Vec<String>) -> Result<(), axum::Error> {
    for frame in frames {
        socket.feed(Message::Text(Utf8Bytes::from(frame))).await?;
    }
    socket.flush().await
}

/// The next event for the attached conversation; never resolves while detached.
async fn next_event(attached: &mut Option<Attached>) -> Option<Event> {
    match attached {
        Some(a) => a.events.recv().await,
        None => std::future::pending().await,
    }
}

fn json<T: Serialize>(value: &T) -> String {
    serde_json::to_string(value).expect("protocol frames always serialize")
}
