//! The chat without JavaScript, at `/chat/basic`, for old or locked-down phones: each step
//! is a server-rendered page whose buttons post a form back, with the same engine, store,
//! languages and strict CSP (`form-action 'self'`) as the chat page.
//!
//! The session token travels in a hidden form field, never in the address, so it is in no
//! history entry, log line or `Referer`. A GET never creates a conversation (link
//! previews and prefetching must not); the first button pressed does. A live chat with a
//! person needs a connection this page cannot hold, so the consent step offers the
//! region's contacts instead of opening a case.
//!
//! The mailbox works here with forms only: a writing step shows a text area; sending it
//! shows the text again (escaped, in a hidden field: nothing of it is stored between the
//! two requests) with "Yes, send it" and "No, change it"; sending leaves it and shows the
//! receipt code once, in a POST answer marked `no-store`, never in an address. A code step
//! shows a numeric field without autocomplete; codes are limited per client address and
//! every answer to one takes the same time ([`crate::mailbox::Floor`]).
//!
//! Quick exit is a plain link before a conversation exists. Once one does, it is a button
//! of the step's form: the server erases the conversation and answers with an empty page
//! that moves on to the exit site at once (`<meta http-equiv="refresh">`; a redirect would
//! be refused by `form-action 'self'`). So the privacy promise's "erased when you press
//! Exit" holds here too.

use std::net::SocketAddr;

use axum::Router;
use axum::extract::rejection::FormRejection;
use axum::extract::{ConnectInfo, Extension, Form, State};
use axum::http::{HeaderMap, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use fluent_bundle::FluentArgs;
use serde::Deserialize;

use super::WebState;
use super::page;
use crate::content::Content;
use crate::dialogue::{self, Caps, Input, Reply};
use crate::flow::NodeKind;
use crate::html::{escape, fill};
use crate::i18n::LangIdx;
use crate::mailbox::{Floor, ItemKey, MailboxError, Opened};
use crate::metrics::Surface;
use crate::privacy::{Channel, WebToken};
use crate::region::Region;
use crate::render::{self, Rendered, RenderedChoice};
use crate::session::{Record, SessionKey};
use crate::stats::dimension;
use axum::extract::FromRef;

const TEMPLATE: &str = include_str!("../../../assets/basic.html");
/// The messages' attribute used here where the chat page's words would be wrong (there is
/// no Escape key to leave by without script).
const VARIANT: &str = "basic";
pub const PATH: &str = "/chat/basic";
/// What this page can do: no live chat (see the module comment), so the engine neither
/// offers nor accepts the choices that need one, and says what the flow puts instead; the
/// mailbox when it is enabled.
fn caps(app: &WebState) -> Caps {
    Caps {
        live_chat: false,
        mailbox: app.mailbox.enabled(),
    }
}

pub fn router<S>() -> Router<S>
where
    S: Clone + Send + Sync + 'static,
    WebState: FromRef<S>,
{
    Router::new().route(PATH, get(first).post(answer))
}

/// What a page's form sends: the token (absent before the first answer) and the button:
/// an answer or command (`choose`), quick exit (`exit`), or a mailbox step's button
/// (`mailbox`) with the message (`text`) or the receipt code (`code`).
#[derive(Debug, Deserialize)]
struct Answer {
    #[serde(default)]
    token: Option<String>,
    #[serde(default)]
    choose: Option<String>,
    #[serde(default)]
    exit: Option<String>,
    #[serde(default)]
    mailbox: Option<String>,
    #[serde(default)]
    text: Option<String>,
    #[serde(default)]
    code: Option<String>,
}

/// A mailbox step's buttons (`mailbox=`): see the message again before sending it, send
/// it, change it, or open the item of a receipt code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Action {
    Write,
    Send,
    Again,
    Open,
}

impl Action {
    fn parse(value: &str) -> Option<Action> {
        match value {
            "write" => Some(Action::Write),
            "send" => Some(Action::Send),
            "again" => Some(Action::Again),
            "open" => Some(Action::Open),
            _ => None,
        }
    }
}

/// What the form of a page shows besides the step's buttons.
#[derive(Debug, Clone, Copy, Default)]
enum Extra<'a> {
    #[default]
    None,
    /// The writing step's text area, holding a message being changed.
    Draft(&'a str),
    /// The message shown again before it is sent, in a hidden field.
    Confirm(&'a str),
}

/// The language picker, in the language the browser asks for; nothing is stored yet.
async fn first(State(app): State<WebState>, headers: HeaderMap) -> Response {
    let lang = super::accept_language(&app, &headers).unwrap_or(app.content.locales.fallback());
    let (state, replies) = fresh(&app, lang);
    respond(
        &app,
        state.lang,
        None,
        &render::render_variant(&app.content, state.lang, &replies, Some(VARIANT)),
    )
}

/// The conversation a form names: a new one (not stored yet) without a token, else the
/// stored one, or the page to answer with instead.
async fn conversation(
    app: &WebState,
    given: Option<&str>,
    hint: LangIdx,
) -> Result<(WebToken, SessionKey, dialogue::State), Response> {
    match given {
        None => {
            let token = WebToken::generate();
            let key = token.key(&app.pseudonyms);
            Ok((token, key, fresh(app, hint).0))
        }
        Some(raw) => {
            let Some(token) = WebToken::parse(raw) else {
                return Err(restart(app, hint, "bad_request"));
            };
            match super::find(app, &token).await {
                Ok(Some((key, record))) => Ok((token, key, record.state)),
                Ok(None) => Err(restart(app, hint, "session_expired")),
                Err(_) => Err(degraded(app, hint)),
            }
        }
    }
}

/// A button was pressed: the first one starts a conversation, later ones step it.
async fn answer(
    State(app): State<WebState>,
    peer: Option<Extension<ConnectInfo<SocketAddr>>>,
    headers: HeaderMap,
    form: Result<Form<Answer>, FormRejection>,
) -> Response {
    let hint = super::accept_language(&app, &headers).unwrap_or(app.content.locales.fallback());
    let answer = match form {
        Ok(Form(answer)) if answer.exit.is_some() => return exit(&app, answer.token.as_deref()).await,
        Ok(Form(answer)) => answer,
        // A form this page never sends: say so, and offer the beginning again.
        Err(_) => return restart(&app, hint, "bad_request"),
    };
    if let Some(action) = answer.mailbox.as_deref() {
        let (Some(action), Some(token)) = (Action::parse(action), answer.token.as_deref()) else {
            return restart(&app, hint, "bad_request");
        };
        let (token, key, before) = match conversation(&app, Some(token), hint).await {
            Ok(found) => found,
            Err(page) => return page,
        };
        let peer = peer.map(|Extension(ConnectInfo(addr))| addr);
        let address = crate::limit::client_address(app.web.limits.client_address, peer, &headers);
        let step = Step {
            app: &app,
            token: &token,
            key,
            state: before,
        };
        return step.mailbox(action, &answer, address).await;
    }
    let Some(choose) = answer.choose.as_deref() else {
        return restart(&app, hint, "bad_request");
    };
    let given = answer.token.as_deref();
    let (token, key, before) = match conversation(&app, given, hint).await {
        Ok(found) => found,
        Err(page) => return page,
    };
    choose_step(&app, given.is_none(), (token, key, before), choose).await
}

/// A choice or command: the engine's step, stored, counted and shown.
async fn choose_step(
    app: &WebState,
    new: bool,
    (token, key, before): (WebToken, SessionKey, dialogue::State),
    choose: &str,
) -> Response {
    let content = &app.content;
    let (state, replies) = dialogue::step_with(
        &content.flows,
        &content.locales,
        caps(app),
        before.clone(),
        Input::Choose(choose),
    );
    let mut out = Vec::new();
    if replies.contains(&Reply::Ended) {
        if !new && !super::end_everywhere(app, &key).await {
            return degraded(app, before.lang);
        }
        count(app, new, &replies).await;
        out.extend(render::render_variant(content, state.lang, &replies, Some(VARIANT)));
        return respond(app, state.lang, None, &out);
    }
    let state = delete_opened(app, state, &replies).await;
    let stored = if new {
        app.store.save(&key, &Record::new(state.clone())).await.map(|()| true)
    } else {
        app.store.update(&key, &Record::new(state.clone())).await
    };
    match stored {
        Ok(true) => {}
        Ok(false) => return restart(app, state.lang, "session_expired"),
        Err(_) => return degraded(app, state.lang),
    }
    count(app, new, &replies).await;
    out.extend(render::render_variant(content, state.lang, &replies, Some(VARIANT)));
    respond(app, state.lang, Some(&token), &out)
}

/// The engine asked to delete the opened item (a `mailbox = "delete"` choice): it is
/// deleted, and the conversation forgets it.
async fn delete_opened(app: &WebState, mut state: dialogue::State, replies: &[Reply]) -> dialogue::State {
    if replies.contains(&Reply::MailboxDelete)
        && let Some(item) = state.mailbox.take()
        && app.mailbox.delete(&ItemKey(item)).await.is_err()
    {
        tracing::warn!("mailbox: could not delete an opened item");
    }
    state
}

/// A stored conversation at a mailbox step, and the page's way back to it.
struct Step<'a> {
    app: &'a WebState,
    token: &'a WebToken,
    key: SessionKey,
    state: dialogue::State,
}

impl Step<'_> {
    /// A mailbox step's button. One that does not belong to the step the conversation is
    /// at (an old page, a crafted form) is refused, and the step is shown again.
    async fn mailbox(self, action: Action, answer: &Answer, address: Option<std::net::IpAddr>) -> Response {
        let kind = self.app.content.flows.node(self.state.node).kind;
        let text = answer.text.as_deref().unwrap_or("");
        match (kind, action) {
            (NodeKind::MailboxWrite, Action::Write) => match crate::mailbox::check_text(text) {
                Ok(()) => self.confirm(text),
                Err(e) => self.again(Some(e), text),
            },
            (NodeKind::MailboxWrite, Action::Again) => self.again(None, text),
            (NodeKind::MailboxWrite, Action::Send) => self.send(text).await,
            (NodeKind::MailboxCode, Action::Open) => {
                // Every answer to a code, right or wrong, leaves at the same time.
                let floor = Floor::start();
                let who = super::mailbox::requester(address);
                let page = self.open(&who, answer.code.as_deref().unwrap_or("")).await;
                floor.wait().await;
                page
            }
            _ => self.again_with(
                vec![render::error(&self.app.content, self.state.lang, "bad_request")],
                "",
            ),
        }
    }

    /// The message again, before it is sent: escaped, and in a hidden field of the form.
    fn confirm(&self, text: &str) -> Response {
        let lang = self.state.lang;
        let loc = &self.app.content.locales;
        let out = vec![
            say(&self.app.content, lang, loc.format(lang, "ui-mailbox-confirm", None)),
            Rendered::Staff {
                text: text.to_string(),
                lang: String::new(),
                dir: "auto",
            },
        ];
        respond_with(self.app, lang, Some(self.token), &out, Extra::Confirm(text))
    }

    /// The step again, with what was typed in its field, after `error` if any.
    fn again(&self, error: Option<MailboxError>, text: &str) -> Response {
        let out = error.map(|e| self.error(e)).into_iter().collect();
        self.again_with(out, text)
    }

    fn again_with(&self, mut out: Vec<Rendered>, draft: &str) -> Response {
        let content = &self.app.content;
        let (state, replies) = dialogue::step_with(
            &content.flows,
            &content.locales,
            caps(self.app),
            self.state.clone(),
            Input::Repeat,
        );
        out.extend(render::render_variant(content, state.lang, &replies, Some(VARIANT)));
        respond_with(self.app, state.lang, Some(self.token), &out, Extra::Draft(draft))
    }

    /// Sends the confirmed message: a new item (the receipt shown once), or the person's one
    /// reply to the item the conversation opened; then on to the step's `done`.
    async fn send(self, text: &str) -> Response {
        if let Err(e) = crate::mailbox::check_text(text) {
            return self.again(Some(e), text);
        }
        let mailbox = &self.app.mailbox;
        let lang = self.state.lang;
        if let Some(item) = self.state.mailbox {
            return match mailbox.reply(&ItemKey(item), text).await {
                Ok(true) => self.done(Vec::new()).await,
                Ok(false) => self.again(Some(MailboxError::Replied), ""),
                Err(e) => self.failed(e, text),
            };
        }
        let region = self.state.region.unwrap_or(Region::National);
        let code = self.app.content.locales.code(lang).to_string();
        let receipt = match mailbox.leave(region, &code, text, None).await {
            Ok(receipt) => receipt,
            Err(e) => return self.failed(e, text),
        };
        let mut args = FluentArgs::new();
        args.set("code", receipt.to_string());
        args.set("days", mailbox.settings().keep.as_secs() / 86_400);
        let words = self.app.content.locales.format(lang, "mailbox-receipt", Some(&args));
        let receipt = say(&self.app.content, lang, words);
        self.done(vec![receipt]).await
    }

    /// Opens the item of a typed code: its answers, and the conversation remembers it (by
    /// its keyed hash) for a reply or a delete. A wrong code: the step again.
    async fn open(mut self, who: &[u8], code: &str) -> Response {
        let (key, opened) = match self.app.mailbox.open_code(who, code).await {
            Ok(found) => found,
            Err(MailboxError::Unavailable) => return degraded(self.app, self.state.lang),
            Err(e) => return self.again(Some(e), ""),
        };
        let content = &self.app.content;
        let lang = self.state.lang;
        let mut out = Vec::new();
        match opened {
            Opened::Waiting => out.push(say(
                content,
                lang,
                content.locales.format(lang, "mailbox-waiting", None),
            )),
            Opened::Answered { answers } => {
                out.push(say(
                    content,
                    lang,
                    content.locales.format(lang, "mailbox-answer-intro", None),
                ));
                out.extend(answers.into_iter().map(|text| Rendered::Staff {
                    text,
                    lang: String::new(),
                    dir: "auto",
                }));
            }
        }
        self.state.mailbox = Some(key.0);
        self.done(out).await
    }

    /// The mailbox work is done: the engine goes on to the step's `done`, stored, counted
    /// and shown after `out`.
    async fn done(self, mut out: Vec<Rendered>) -> Response {
        let content = &self.app.content;
        let (state, replies) = dialogue::step_with(
            &content.flows,
            &content.locales,
            caps(self.app),
            self.state,
            Input::Done,
        );
        match self.app.store.update(&self.key, &Record::new(state.clone())).await {
            Ok(true) => {}
            Ok(false) => return restart(self.app, state.lang, "session_expired"),
            Err(_) => return degraded(self.app, state.lang),
        }
        count(self.app, false, &replies).await;
        out.extend(render::render_variant(content, state.lang, &replies, Some(VARIANT)));
        respond(self.app, state.lang, Some(self.token), &out)
    }

    /// A mailbox error where the message is kept in the field to try again; an
    /// unreachable store gets the degraded page.
    fn failed(&self, e: MailboxError, text: &str) -> Response {
        if e == MailboxError::Unavailable {
            return degraded(self.app, self.state.lang);
        }
        self.again(Some(e), text)
    }

    /// A mailbox error in the conversation's language, counted like the others.
    fn error(&self, e: MailboxError) -> Rendered {
        let code = e.code();
        self.app.metrics.error(Surface::Basic, code);
        let loc = &self.app.content.locales;
        let lang = self.state.lang;
        Rendered::Error {
            code,
            text: loc.format(lang, &format!("error-{code}"), None),
            lang: loc.code(lang).to_string(),
            dir: loc.dir(lang).as_str(),
        }
    }
}

fn say(content: &Content, lang: LangIdx, text: String) -> Rendered {
    Rendered::Say {
        text,
        lang: content.locales.code(lang).to_string(),
        dir: content.locales.dir(lang).as_str(),
    }
}

/// Counts a step once it is stored (or its end done), never before: when the store hangs,
/// the person waits for one command's timeout, not for every counter's as well. `new`: the
/// first step of a conversation, which also counts the channel.
async fn count(app: &WebState, new: bool, replies: &[Reply]) {
    if new {
        app.stats.count(dimension::CHANNEL, Channel::Web.as_str()).await;
        app.metrics.conversation(Surface::Basic);
    }
    app.stats.record(replies).await;
}

/// Quick exit: erase the conversation (if the token is one), then leave for the exit site
/// from an empty page. It leaves even when the store cannot be reached.
async fn exit(app: &WebState, token: Option<&str>) -> Response {
    if let Some(token) = token.and_then(WebToken::parse) {
        super::end_everywhere(app, &super::key_of(app, &token).await).await;
    }
    let url = escape(&app.web.exit_url);
    let html = format!(
        "<!doctype html><html><head><meta charset=\"utf-8\"><meta name=\"referrer\" content=\"no-referrer\">\
         <meta http-equiv=\"refresh\" content=\"0;url={url}\"><title></title></head><body></body></html>"
    );
    page::asset("text/html; charset=utf-8", html)
}

/// A new conversation at the language picker, not stored.
fn fresh(app: &WebState, lang: LangIdx) -> (dialogue::State, Vec<Reply>) {
    let content = &app.content;
    let state = dialogue::State::new(&content.flows, lang);
    dialogue::step_with(
        &content.flows,
        &content.locales,
        caps(app),
        state,
        Input::Start { lang, chosen: false },
    )
}

/// The store cannot be reached: the degraded answer, with 112 and the national contacts.
fn degraded(app: &WebState, lang: LangIdx) -> Response {
    respond(app, lang, None, &render::unavailable(&app.content, lang))
}

/// The conversation is gone or the token is not one: say so and begin again.
fn restart(app: &WebState, lang: LangIdx, code: &'static str) -> Response {
    let (state, replies) = fresh(app, lang);
    let mut out = vec![render::error(&app.content, lang, code)];
    out.extend(render::render_variant(
        &app.content,
        state.lang,
        &replies,
        Some(VARIANT),
    ));
    respond(app, state.lang, None, &out)
}

/// The page for one step: its messages, and a form with its answers and commands.
fn respond(app: &WebState, lang: LangIdx, token: Option<&WebToken>, rendered: &[Rendered]) -> Response {
    respond_with(app, lang, token, rendered, Extra::None)
}

/// As [`respond`], with a mailbox step's field or the message to confirm in the form.
fn respond_with(
    app: &WebState,
    lang: LangIdx,
    token: Option<&WebToken>,
    rendered: &[Rendered],
    extra: Extra<'_>,
) -> Response {
    app.metrics.rendered(Surface::Basic, rendered);
    let chrome = app.localized.pages.chrome(lang);
    let mut messages = String::new();
    let mut form = String::new();
    for r in rendered {
        match r {
            Rendered::Say { text, lang, dir } => messages.push_str(&message("bot", text, lang, dir)),
            Rendered::Error { text, lang, dir, .. } => messages.push_str(&message("error", text, lang, dir)),
            // A team's answer, or the person's own message shown again: whatever language.
            Rendered::Staff { text, lang, dir } => messages.push_str(&message("staff", text, lang, dir)),
            Rendered::Ask {
                text,
                lang,
                dir,
                choices,
                input,
            } => {
                messages.push_str(&message("bot", text, lang, dir));
                let field = mailbox_field(app, lang_of(app, lang), *input, extra);
                form = step_form(token, choices, &chrome.nav, &field);
            }
            _ => {}
        }
    }
    if let Extra::Confirm(text) = extra {
        form = confirm_form(app, lang, token, text);
    }
    if form.is_empty() {
        // The conversation ended (or the store is down): a way to begin again.
        form = format!(
            "<p class=\"again\"><a class=\"choice\" href=\"{PATH}\">{}</a></p>",
            chrome.restart
        );
    }
    let exit = exit_control(app, token.is_some(), &chrome.exit);
    let mut values = chrome.values().to_vec();
    values.extend([("EXIT", exit.as_str()), ("MESSAGES", &messages), ("FORM", &form)]);
    let html = fill(TEMPLATE, &values);
    let csp = page::content_security_policy(&app.web.frame_ancestors, "'self'");
    (
        [
            (
                header::CONTENT_TYPE,
                "text/html; charset=utf-8".parse().expect("static value"),
            ),
            (header::CONTENT_SECURITY_POLICY, csp),
            // A receipt code or a team's answer may be on the page: no cache keeps it.
            (header::CACHE_CONTROL, "no-store".parse().expect("static value")),
        ],
        html,
    )
        .into_response()
}

/// Quick exit, first in the page: a button of the step's form (`form="step"`) once there
/// is a conversation to erase, a plain link before.
fn exit_control(app: &WebState, conversation: bool, label: &str) -> String {
    if conversation {
        format!("<button type=\"submit\" form=\"step\" name=\"exit\" value=\"1\" id=\"exit\">{label}</button>")
    } else {
        let url = escape(&app.web.exit_url);
        format!("<a id=\"exit\" href=\"{url}\" rel=\"noreferrer\">{label}</a>")
    }
}

fn message(class: &str, text: &str, lang: &str, dir: &str) -> String {
    format!(
        "<p class=\"msg {class}\" lang=\"{}\" dir=\"{dir}\">{}</p>\n",
        escape(lang),
        escape(text)
    )
}

/// The language a rendered message is in, by its code.
fn lang_of(app: &WebState, code: &str) -> LangIdx {
    app.content
        .locales
        .by_code(code)
        .unwrap_or(app.content.locales.fallback())
}

/// A label in `lang`, escaped.
fn label(app: &WebState, lang: LangIdx, id: &str) -> String {
    escape(&app.content.locales.format(lang, id, None))
}

/// A mailbox step's field and its button, first in the form so that Enter sends it: the
/// message's text area (holding a draft being changed), or the receipt code's field.
/// Neither is remembered by the browser (`autocomplete="off"`).
fn mailbox_field(app: &WebState, lang: LangIdx, input: Option<&str>, extra: Extra<'_>) -> String {
    let max = crate::mailbox::MAX_CHARS;
    match input {
        Some("message") => {
            let draft = match extra {
                Extra::Draft(text) => escape(text),
                _ => String::new(),
            };
            format!(
                "<p class=\"field\"><textarea id=\"text\" name=\"text\" maxlength=\"{max}\" rows=\"8\" \
                 autocomplete=\"off\" aria-label=\"{}\">{draft}</textarea></p>\n\
                 <p><button type=\"submit\" name=\"mailbox\" value=\"write\" class=\"choice\">{}</button></p>\n",
                label(app, lang, "ui-write"),
                label(app, lang, "ui-send"),
            )
        }
        Some("code") => format!(
            "<p class=\"field\"><label for=\"code\">{}</label> <input id=\"code\" name=\"code\" \
             inputmode=\"numeric\" autocomplete=\"off\" maxlength=\"40\" dir=\"ltr\"></p>\n\
             <p><button type=\"submit\" name=\"mailbox\" value=\"open\" class=\"choice\">{}</button></p>\n",
            label(app, lang, "ui-mailbox-code"),
            label(app, lang, "ui-mailbox-open"),
        ),
        _ => String::new(),
    }
}

/// The message shown again before it is sent: "Yes, send it" posts it from a hidden field
/// (the server kept nothing of it), "No, change it" brings it back into the text area.
fn confirm_form(app: &WebState, lang: LangIdx, token: Option<&WebToken>, text: &str) -> String {
    let mut out = form_open(token);
    out.push_str(&format!(
        "<input type=\"hidden\" name=\"text\" value=\"{}\">\n<div class=\"choices\">\n\
         <button type=\"submit\" name=\"mailbox\" value=\"send\" class=\"choice\">{}</button>\n\
         <button type=\"submit\" name=\"mailbox\" value=\"again\" class=\"choice\">{}</button>\n</div>\n</form>\n",
        escape(text),
        label(app, lang, "ui-mailbox-confirm-yes"),
        label(app, lang, "ui-mailbox-edit"),
    ));
    out
}

/// A step's form as far as its hidden token.
fn form_open(token: Option<&WebToken>) -> String {
    let mut out = format!("<form id=\"step\" method=\"post\" action=\"{PATH}\" autocomplete=\"off\">\n");
    if let Some(token) = token {
        out.push_str(&format!(
            "<input type=\"hidden\" name=\"token\" value=\"{}\">\n",
            token.to_hex()
        ));
    }
    out
}

/// One form: the token, a mailbox step's `field`, the answers (without a live chat), then
/// the commands under the navigation area's label `nav` (escaped).
fn step_form(token: Option<&WebToken>, choices: &[RenderedChoice], nav: &str, field: &str) -> String {
    let mut out = form_open(token);
    out.push_str(field);
    let button = |c: &RenderedChoice, class: &str| {
        format!(
            "<button type=\"submit\" name=\"choose\" value=\"{}\" class=\"{class}\" lang=\"{}\" dir=\"{}\">{}</button>\n",
            escape(&c.id),
            escape(&c.lang),
            c.dir,
            escape(&c.label)
        )
    };
    let answers: Vec<&RenderedChoice> = choices.iter().filter(|c| !c.nav).collect();
    let langs = if answers.iter().any(|c| c.id.starts_with("lang.")) {
        " langs"
    } else {
        ""
    };
    out.push_str(&format!("<div class=\"choices{langs}\">\n"));
    for c in answers {
        out.push_str(&button(c, "choice"));
    }
    out.push_str("</div>\n");
    let commands: Vec<&RenderedChoice> = choices.iter().filter(|c| c.nav).collect();
    if !commands.is_empty() {
        out.push_str(&format!("<nav id=\"nav\" aria-label=\"{nav}\">\n"));
        for c in commands {
            out.push_str(&button(c, "choice nav"));
        }
        out.push_str("</nav>\n");
    }
    out.push_str("</form>\n");
    out
}
