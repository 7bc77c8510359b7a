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
//! Quick exit is a plain link before a conversation exists. Once one does, it is a button
//! of the step's form: the server erases the conversation and answers with an empty page
//! that moves on to the exit site at once (`<meta http-equiv="refresh">`; a redirect would
//! be refused by `form-action 'self'`). So the privacy promise's "erased when you press
//! Exit" holds here too.

use axum::Router;
use axum::extract::rejection::FormRejection;
use axum::extract::{Form, State};
use axum::http::{HeaderMap, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use serde::Deserialize;

use super::WebState;
use super::page;
use crate::content::Content;
use crate::dialogue::{self, Caps, Input, Reply};
use crate::html::{escape, fill};
use crate::i18n::LangIdx;
use crate::metrics::Surface;
use crate::privacy::{Channel, WebToken};
use crate::render::{self, Rendered, RenderedChoice};
use crate::session::Record;
use crate::stats::dimension;
use axum::extract::FromRef;

const TEMPLATE: &str = include_str!("../../../assets/basic.html");
/// The messages' attribute used here where the chat page's words would be wrong (there is
/// no Escape key to leave by without script).
const VARIANT: &str = "basic";
pub const PATH: &str = "/chat/basic";
/// What this page can do: no live chat (see the module comment), so the engine neither
/// offers nor accepts the choices that need one, and says what the flow puts instead.
const CAPS: Caps = Caps {
    live_chat: false,
    mailbox: false,
};

pub fn router<S>() -> Router<S>
where
    S: Clone + Send + Sync + 'static,
    WebState: FromRef<S>,
{
    Router::new().route(PATH, get(first).post(answer))
}

/// What a page's form sends: the token (absent before the first answer) and the button:
/// an answer or command (`choose`), or quick exit (`exit`).
#[derive(Debug, Deserialize)]
struct Answer {
    #[serde(default)]
    token: Option<String>,
    #[serde(default)]
    choose: Option<String>,
    #[serde(default)]
    exit: Option<String>,
}

/// The language picker, in the language the browser asks for; nothing is stored yet.
async fn first(State(app): State<WebState>, headers: HeaderMap) -> Response {
    let lang = super::accept_language(&app, &headers).unwrap_or(app.content.locales.fallback());
    let (state, replies) = fresh(&app.content, lang);
    respond(
        &app,
        state.lang,
        None,
        &render::render_variant(&app.content, state.lang, &replies, Some(VARIANT)),
    )
}

/// A button was pressed: the first one starts a conversation, later ones step it.
async fn answer(
    State(app): State<WebState>,
    headers: HeaderMap,
    form: Result<Form<Answer>, FormRejection>,
) -> Response {
    let hint = super::accept_language(&app, &headers).unwrap_or(app.content.locales.fallback());
    let content = &app.content;
    let answer = match form {
        Ok(Form(answer)) if answer.exit.is_some() => return exit(&app, answer.token.as_deref()).await,
        Ok(Form(Answer {
            token,
            choose: Some(choose),
            ..
        })) => (token, choose),
        _ => {
            // A form this page never sends: say so, and offer the beginning again.
            return restart(&app, hint, "bad_request");
        }
    };
    let (given, choose) = answer;
    let (token, key, before) = match given.as_deref() {
        None => {
            let token = WebToken::generate();
            let key = token.key(&app.pseudonyms);
            (token, key, fresh(content, hint).0)
        }
        Some(raw) => {
            let Some(token) = WebToken::parse(raw) else {
                return restart(&app, hint, "bad_request");
            };
            match super::find(&app, &token).await {
                Ok(Some((key, record))) => (token, key, record.state),
                Ok(None) => return restart(&app, hint, "session_expired"),
                Err(_) => return degraded(&app, hint),
            }
        }
    };
    let (state, replies) = dialogue::step_with(
        &content.flows,
        &content.locales,
        CAPS,
        before.clone(),
        Input::Choose(&choose),
    );
    let mut out = Vec::new();
    if replies.contains(&Reply::Ended) {
        if given.is_some() && !super::end_everywhere(&app, &key).await {
            return degraded(&app, before.lang);
        }
        count(&app, given.is_none(), &replies).await;
        out.extend(render::render_variant(content, state.lang, &replies, Some(VARIANT)));
        return respond(&app, state.lang, None, &out);
    }
    let stored = if given.is_none() {
        app.store.save(&key, &Record::new(state.clone())).await.map(|()| true)
    } else {
        app.store.update(&key, &Record::new(state.clone())).await
    };
    match stored {
        Ok(true) => {}
        Ok(false) => return restart(&app, state.lang, "session_expired"),
        Err(_) => return degraded(&app, state.lang),
    }
    count(&app, given.is_none(), &replies).await;
    out.extend(render::render_variant(content, state.lang, &replies, Some(VARIANT)));
    respond(&app, state.lang, Some(&token), &out)
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
fn fresh(content: &Content, lang: LangIdx) -> (dialogue::State, Vec<Reply>) {
    let state = dialogue::State::new(&content.flows, lang);
    dialogue::step_with(
        &content.flows,
        &content.locales,
        CAPS,
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
    let (state, replies) = fresh(&app.content, lang);
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
    app.metrics.rendered(Surface::Basic, rendered);
    let chrome = app.localized.pages.chrome(lang);
    let mut messages = String::new();
    let mut form = String::new();
    for r in rendered {
        match r {
            Rendered::Say { text, lang, dir } => messages.push_str(&message("bot", text, lang, dir)),
            Rendered::Error { text, lang, dir, .. } => messages.push_str(&message("error", text, lang, dir)),
            Rendered::Ask {
                text,
                lang,
                dir,
                choices,
                ..
            } => {
                messages.push_str(&message("bot", text, lang, dir));
                form = step_form(token, choices, &chrome.nav);
            }
            _ => {}
        }
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

/// One form: the token, the answers (without a live chat), then the commands under the
/// navigation area's label `nav` (escaped).
fn step_form(token: Option<&WebToken>, choices: &[RenderedChoice], nav: &str) -> String {
    let mut out = format!("<form id=\"step\" method=\"post\" action=\"{PATH}\">\n");
    if let Some(token) = token {
        out.push_str(&format!(
            "<input type=\"hidden\" name=\"token\" value=\"{}\">\n",
            token.to_hex()
        ));
    }
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
