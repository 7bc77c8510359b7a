//! The web chat's side of the mailbox (`docs/protocol.md`, "Mailbox"): leaving a message
//! (`mailbox_leave`, or typed text at a `mailbox_write` step), opening one with its receipt
//! code (`mailbox_open`, or typed text at a `mailbox_code` step), the person's one reply,
//! and deleting. The text and the code go to [`crate::mailbox`] and nowhere else: the
//! engine learns only that the work is done ([`Input::Done`]).

use std::net::IpAddr;

use fluent_bundle::FluentArgs;
use serde_json::json;

use super::{Connection, json};
use crate::dialogue::{self, Caps, Input, Reply};
use crate::flow::NodeKind;
use crate::mailbox::{Floor, ItemKey, MailboxError, Opened};
use crate::metrics::Surface;
use crate::region::Region;
use crate::render::Rendered;
use crate::stats::Stats;

/// A frame of the mailbox protocol.
pub(super) enum MailboxFrame {
    Leave(String),
    Open(String),
    Delete(String),
}

/// Who tries a code, for the guessing limit: the client's address (an IPv6 client by its
/// /64, which one household or phone holds), or nothing when it cannot be told.
pub(super) fn requester(address: Option<IpAddr>) -> Vec<u8> {
    match address {
        Some(IpAddr::V4(v4)) => v4.octets().to_vec(),
        Some(IpAddr::V6(v6)) => v6.octets()[..8].to_vec(),
        None => Vec::new(),
    }
}

impl Connection {
    /// What this channel can do: a live chat always; the mailbox when it is enabled.
    pub(super) fn caps(&self) -> Caps {
        Caps {
            live_chat: true,
            mailbox: self.app.mailbox.enabled(),
        }
    }

    /// The kind of the step the attached conversation is at, if it is a mailbox step.
    pub(super) fn mailbox_step(&self) -> Option<NodeKind> {
        let attached = self.attached.as_ref()?;
        let kind = self.app.content.flows.node(attached.state.node).kind;
        matches!(kind, NodeKind::MailboxWrite | NodeKind::MailboxCode).then_some(kind)
    }

    pub(super) async fn mailbox(&mut self, frame: MailboxFrame) -> Vec<String> {
        if !self.app.mailbox.enabled() {
            return self.mailbox_error(MailboxError::Disabled);
        }
        match frame {
            MailboxFrame::Leave(text) => self.mailbox_leave(&text).await,
            MailboxFrame::Open(code) => {
                // Every answer to a code, right or wrong, leaves at the same time.
                let floor = Floor::start();
                let out = self.mailbox_open(&code).await;
                floor.wait().await;
                out
            }
            MailboxFrame::Delete(code) => {
                let floor = Floor::start();
                let out = self.mailbox_delete(&code).await;
                floor.wait().await;
                out
            }
        }
    }

    /// A new message, or (at a writing step with an opened item) the person's one reply.
    async fn mailbox_leave(&mut self, text: &str) -> Vec<String> {
        if let Err(e) = crate::mailbox::check_text(text) {
            return self.mailbox_error(e);
        }
        let at_write = self.mailbox_step() == Some(NodeKind::MailboxWrite);
        let opened = self.attached.as_ref().and_then(|a| a.state.mailbox);
        if at_write && let Some(item) = opened {
            return match self.app.mailbox.reply(&ItemKey(item), text).await {
                Ok(true) => self.mailbox_done(Vec::new()).await,
                Ok(false) => self.mailbox_error(MailboxError::Replied),
                Err(e) => self.mailbox_error(e),
            };
        }
        let (region, lang) = match &self.attached {
            Some(a) => (a.state.region.unwrap_or(Region::National), a.state.lang),
            None => (Region::National, self.default_lang),
        };
        let code = self.app.content.locales.code(lang).to_string();
        let receipt = match self.app.mailbox.leave(region, &code, text, None).await {
            Ok(receipt) => receipt,
            Err(e) => return self.mailbox_error(e),
        };
        let days = self.app.mailbox.settings().keep.as_secs() / 86_400;
        let shown = receipt.to_string();
        let mut args = FluentArgs::new();
        args.set("code", shown.clone());
        args.set("days", days);
        let words = self.app.content.locales.format(lang, "mailbox-receipt", Some(&args));
        let frame = json!({"type": "receipt", "code": shown, "days": days, "text": words});
        let first = vec![frame.to_string()];
        if at_write {
            self.mailbox_done(first).await
        } else {
            first
        }
    }

    /// Opens the item of a typed code: its answers, and the conversation remembers the
    /// item (by its keyed hash) for a reply or a delete.
    async fn mailbox_open(&mut self, code: &str) -> Vec<String> {
        let who = requester(self.address);
        let (key, opened) = match self.app.mailbox.open_code(&who, code).await {
            Ok(found) => found,
            Err(e) => return self.mailbox_error(e),
        };
        let lang = self.lang();
        let loc = &self.app.content.locales;
        let frame = match opened {
            Opened::Waiting => json!({
                "type": "mailbox", "state": "waiting", "answers": [],
                "text": loc.format(lang, "mailbox-waiting", None),
            }),
            Opened::Answered { answers } => json!({
                "type": "mailbox", "state": "answered",
                "answers": answers.iter().map(|a| json!({"text": a})).collect::<Vec<_>>(),
                "text": loc.format(lang, "mailbox-answer-intro", None),
            }),
        };
        let first = vec![frame.to_string()];
        let Some(attached) = &self.attached else {
            return first;
        };
        let mut state = attached.state.clone();
        state.mailbox = Some(key.0);
        if self.mailbox_step() == Some(NodeKind::MailboxCode) {
            return self.step_done(state, first).await;
        }
        let key = attached.key;
        match self.save(key, &state).await {
            Ok(()) => first,
            Err(out) => out,
        }
    }

    async fn mailbox_delete(&mut self, code: &str) -> Vec<String> {
        let who = requester(self.address);
        if let Err(e) = self.app.mailbox.delete_code(&who, code).await {
            return self.mailbox_error(e);
        }
        let deleted = self.app.mailbox.key_of(code).map(|k| k.0);
        let frame = json!({"type": "mailbox", "state": "deleted", "answers": []}).to_string();
        if let Some(attached) = &self.attached
            && attached.state.mailbox.is_some()
            && attached.state.mailbox == deleted
        {
            let mut state = attached.state.clone();
            state.mailbox = None;
            let key = attached.key;
            if let Err(out) = self.save(key, &state).await {
                return out;
            }
        }
        vec![frame]
    }

    /// The mailbox step's work is done: on to its `done` step, after `first`.
    async fn mailbox_done(&mut self, first: Vec<String>) -> Vec<String> {
        let Some(attached) = &self.attached else {
            return first;
        };
        let state = attached.state.clone();
        self.step_done(state, first).await
    }

    async fn step_done(&mut self, state: dialogue::State, mut out: Vec<String>) -> Vec<String> {
        let Some(attached) = &self.attached else {
            return out;
        };
        let key = attached.key;
        let content = &self.app.content;
        let (state, replies) = dialogue::step_with(&content.flows, &content.locales, self.caps(), state, Input::Done);
        if let Err(failed) = self.save(key, &state).await {
            return failed;
        }
        self.app.stats.record(&Stats::counts(&replies)).await;
        self.emit(state.lang, &replies, &mut out);
        out
    }

    /// The engine asked to delete the opened item (a `mailbox = "delete"` choice): deleted,
    /// and the conversation forgets it.
    pub(super) async fn mailbox_replies(&self, mut state: dialogue::State, replies: &[Reply]) -> dialogue::State {
        if replies.contains(&Reply::MailboxDelete)
            && let Some(item) = state.mailbox.take()
            && self.app.mailbox.delete(&ItemKey(item)).await.is_err()
        {
            tracing::warn!("mailbox: could not delete an opened item");
        }
        state
    }

    /// A mailbox error in the conversation's language, counted like the others.
    fn mailbox_error(&self, e: MailboxError) -> Vec<String> {
        let code = e.code();
        if code == "unavailable" {
            return self.unavailable();
        }
        self.app.metrics.error(Surface::Web, code);
        let lang = self.lang();
        let loc = &self.app.content.locales;
        vec![json(&Rendered::Error {
            code,
            text: loc.format(lang, &format!("error-{code}"), None),
            lang: loc.code(lang).to_string(),
            dir: loc.dir(lang).as_str(),
        })]
    }
}
