//! Telegram's side of the mailbox (`docs/telegram.md`, "Mailbox"): `/code` and the start
//! menu's "I have a code" lead to the code step; typed text there is the receipt code,
//! and the message holding it is deleted from the chat once read; typed text at a writing
//! step is shown back with "Yes, send it", "Also send the answer to this chat" and "No,
//! change it", and lives only in that message until "send" reads it back and deletes it.
//! An answer to an item left with "this chat" is delivered here ([`MailboxDelivery`]).
//! Codes are limited per chat pseudonym, never per chat id.

use std::time::Instant;

use fluent_bundle::FluentArgs;
use serde::{Deserialize, Serialize};
use teloxide::types::{ChatId, InlineKeyboardMarkup, MaybeInaccessibleMessage, Message, MessageId};

use super::format::fits;
use super::pace::{self, Deleted};
use super::{Seal, Telegram, VARIANT, say};
use crate::dialogue::{self, Input, Reply};
use crate::flow::NodeKind;
use crate::i18n::LangIdx;
use crate::mailbox::{Floor, ItemKey, MailboxError, Opened};
use crate::metrics::Surface;
use crate::privacy::Channel;
use crate::region::Region;
use crate::render::{self, Rendered, RenderedChoice};
use crate::session::SessionKey;
use crate::stats::Stats;

/// The buttons under a message shown back before it is sent. Not flow choices: the
/// channel answers them itself (`mbx.` is no flow's prefix).
pub(super) const SEND: &str = "mbx.send";
pub(super) const SEND_HERE: &str = "mbx.here";
pub(super) const AGAIN: &str = "mbx.again";

/// A message shown back, waiting for a button (kept in the seal): the message holding
/// the person's text, and the header's own message when the two did not fit in one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub(super) struct Shown {
    text: i32,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    header: Option<i32>,
}

/// Said after the message with the code was deleted from the chat.
pub(super) const CODE_DELETED: &str = "tg-mailbox-code-deleted";

/// The main menu's "I have a code", where `/code` leads.
const CODE_STEP: &str = "start.code";
/// `/code` as the engine input that stands for it until [`Telegram::code_command`] runs
/// it (never a flow's choice: no flow id has a slash).
pub(super) const CODE_COMMAND: &str = "/code";

impl Telegram {
    /// What Telegram can do: a live chat always; the mailbox when it is enabled.
    pub(super) fn caps(&self) -> dialogue::Caps {
        dialogue::Caps {
            live_chat: true,
            mailbox: self.mailbox.enabled(),
        }
    }

    /// The kind of `state`'s step, if it is a mailbox step.
    pub(super) fn mailbox_step(&self, state: &dialogue::State) -> Option<NodeKind> {
        let kind = self.content.flows.node(state.node).kind;
        matches!(kind, NodeKind::MailboxWrite | NodeKind::MailboxCode).then_some(kind)
    }

    /// `/code`: the main menu's "I have a code", from wherever the conversation is. The
    /// steps' counts, and the replies of the last.
    pub(super) fn code_command(&self, before: dialogue::State) -> (dialogue::State, Vec<Reply>, Vec<Reply>) {
        let (flows, locales, caps) = (&self.content.flows, &self.content.locales, self.caps());
        let (menu, first) = dialogue::step_with(flows, locales, caps, before, Input::Choose("nav.menu"));
        let (state, replies) = dialogue::step_with(flows, locales, caps, menu, Input::Choose(CODE_STEP));
        let mut counts = Stats::counts(&first);
        counts.extend(Stats::counts(&replies));
        (state, replies, counts)
    }

    /// Typed text at a mailbox step: the message (shown back to confirm) or the code.
    pub(super) async fn mailbox_text(
        &self,
        key: SessionKey,
        chat: ChatId,
        typed: &Message,
        before: dialogue::State,
        seal: Seal,
    ) {
        let text = typed.text().unwrap_or("");
        match self.mailbox_step(&before) {
            Some(NodeKind::MailboxCode) => self.open_code(key, chat, typed.id, text, before, seal).await,
            _ => self.show_back(key, chat, typed.id, text, before, seal).await,
        }
    }

    /// The message shown back with its buttons, and the person's own message (`typed`)
    /// deleted from the chat: the text then lives only in the copy shown back, which
    /// "send" and "change it" delete. A refused text (too long) stays where it is, for
    /// the person to shorten.
    ///
    /// The header and the text go in one message when they fit in Telegram's 4096 UTF-16
    /// units; otherwise (2,000 emoji are 4,000 units) the header goes first, alone, and
    /// the text alone carries the buttons. The seal says which ([`Shown`]), so a text that
    /// begins with the header's own words is read back whole either way.
    async fn show_back(
        &self,
        key: SessionKey,
        chat: ChatId,
        typed: MessageId,
        text: &str,
        state: dialogue::State,
        mut seal: Seal,
    ) {
        if let Err(e) = crate::mailbox::check_text(text) {
            let rendered = vec![self.mailbox_error(state.lang, e)];
            self.finish(key, chat, state, &[], rendered, seal).await;
            return;
        }
        // A copy shown back earlier and not yet answered leaves the chat: only the newest
        // text waits for a button.
        if let Some(earlier) = seal.shown.take() {
            if seal.keyboard == Some(earlier.text) {
                seal.keyboard = None;
            }
            self.unshow(key, chat, earlier, &mut seal).await;
        }
        if let Some(previous) = seal.keyboard.take() {
            self.remove_keyboard(key, chat, MessageId(previous)).await;
        }
        let lang = state.lang;
        let mut choices = vec![self.choice(lang, SEND, "ui-mailbox-confirm-yes")];
        if state.mailbox.is_none() {
            // Only a new message can have its answer sent here (not the one reply).
            choices.push(self.choice(lang, SEND_HERE, "mailbox-telegram-deliver"));
        }
        choices.push(self.choice(lang, AGAIN, "ui-mailbox-edit"));
        let header = self.show_back_header(&state);
        let keyboard = super::format::keyboard(&choices);
        let together = format!("{header}{text}");
        let shown = if fits(&together) {
            self.post(key, chat, &mut seal, together, keyboard)
                .await
                .map(|sent| Shown {
                    text: sent.0,
                    header: None,
                })
        } else {
            let alone = header.trim_end().to_string();
            match self.post(key, chat, &mut seal, alone, None).await {
                Some(first) => self
                    .post(key, chat, &mut seal, text.to_string(), keyboard)
                    .await
                    .map(|sent| Shown {
                        text: sent.0,
                        header: Some(first.0),
                    }),
                None => None,
            }
        };
        if let Some(shown) = shown {
            seal.keyboard = Some(shown.text);
            seal.shown = Some(shown);
            // Kept for `/forget` (it is remembered already) should Telegram not take it now;
            // nothing says it was deleted unless it was.
            if self
                .delete(key, chat, typed, Instant::now() + pace::WRITE_PATIENCE)
                .await
                == Deleted::Gone
            {
                seal.ids.retain(|id| *id != typed.0);
            }
        }
        self.save(&key, crate::session::Record::new(state), &seal).await;
    }

    /// Deletes a message shown back, and its header's own message, from the chat; each is
    /// forgotten for `/forget` once gone.
    async fn unshow(&self, key: SessionKey, chat: ChatId, shown: Shown, seal: &mut Seal) {
        for id in [Some(shown.text), shown.header].into_iter().flatten() {
            if self
                .delete(key, chat, MessageId(id), Instant::now() + pace::WRITE_PATIENCE)
                .await
                == Deleted::Gone
            {
                seal.ids.retain(|kept| *kept != id);
            }
        }
    }

    /// What stands before the person's text in the message shown back; "send" takes it
    /// off again to read the text.
    fn show_back_header(&self, state: &dialogue::State) -> String {
        let lang = state.lang;
        let mut header = self.text(lang, "ui-mailbox-confirm", None);
        if state.mailbox.is_none() {
            header.push_str("\n\n");
            header.push_str(&self.text(lang, "mailbox-telegram-deliver-info", None));
        }
        header.push_str("\n\n");
        header
    }

    fn choice(&self, lang: LangIdx, id: &str, label: &str) -> RenderedChoice {
        let loc = &self.content.locales;
        RenderedChoice {
            id: id.to_string(),
            label: loc.format(lang, label, None),
            lang: loc.code(lang).to_string(),
            dir: loc.dir(lang).as_str(),
            nav: false,
        }
    }

    /// A button of a message shown back (`mbx.*`): change it (the step again), or send it,
    /// read back from the message itself, which is then deleted.
    pub(super) async fn on_show_back(
        &self,
        key: SessionKey,
        chat: ChatId,
        message: &MaybeInaccessibleMessage,
        data: &str,
        state: dialogue::State,
        mut seal: Seal,
    ) {
        if self.mailbox_step(&state) != Some(NodeKind::MailboxWrite) {
            self.remove_keyboard(key, chat, message.id()).await;
            return;
        }
        // This message's shape from the seal (a record from before the seal kept it is
        // the one shape there was: header and text together).
        let shown = seal.shown.take().filter(|s| s.text == message.id().0).unwrap_or(Shown {
            text: message.id().0,
            header: None,
        });
        let header = self.show_back_header(&state);
        let text = message
            .regular_message()
            .and_then(|m| m.text())
            .and_then(|t| match shown.header {
                Some(_) => Some(t),
                None => t.strip_prefix(header.as_str()),
            })
            .map(str::to_string);
        // The text leaves the chat either way: sent, or to be written again.
        seal.keyboard = None;
        self.unshow(key, chat, shown, &mut seal).await;
        let Some(text) = text.filter(|_| data != AGAIN) else {
            let mut rendered = Vec::new();
            if data != AGAIN {
                rendered.push(render::error(&self.content, state.lang, "bad_request"));
            }
            rendered.extend(self.repeat(&state));
            self.finish(key, chat, state, &[], rendered, seal).await;
            return;
        };
        self.send_message(key, chat, &text, data == SEND_HERE, state, seal)
            .await;
    }

    /// Leaves the message (the receipt shown once) or the one reply; then the step's `done`.
    async fn send_message(
        &self,
        key: SessionKey,
        chat: ChatId,
        text: &str,
        here: bool,
        state: dialogue::State,
        seal: Seal,
    ) {
        let lang = state.lang;
        let mut rendered = Vec::new();
        if let Some(item) = state.mailbox {
            match self.mailbox.reply(&ItemKey(item), text).await {
                Ok(true) => {}
                Ok(false) => {
                    return self
                        .mailbox_refused(key, chat, MailboxError::Replied, state, seal)
                        .await;
                }
                Err(e) => return self.mailbox_refused(key, chat, e, state, seal).await,
            }
        } else {
            let region = state.region.unwrap_or(Region::National);
            let code = self.content.locales.code(lang);
            let deliver_to = here.then(|| chat.0.to_le_bytes().to_vec());
            let receipt = match self.mailbox.leave(region, code, text, deliver_to).await {
                Ok(receipt) => receipt,
                Err(e) => return self.mailbox_refused(key, chat, e, state, seal).await,
            };
            let mut args = FluentArgs::new();
            args.set("code", receipt.to_string());
            args.set("days", self.mailbox.settings().keep.as_secs() / 86_400);
            let mut words = self.variant(lang, "mailbox-receipt", Some(&args));
            if here {
                words.push_str("\n\n");
                words.push_str(&self.text(lang, "mailbox-telegram-deliver-set", None));
            }
            rendered.push(say(&self.content, lang, words));
        }
        self.done(key, chat, state, rendered, seal).await;
    }

    /// A typed receipt code: the message holding it is deleted from the chat, then the
    /// item opened (within the chat's guessing limit), its answers shown and the step's
    /// `done`; a wrong code gets the same words, after the same time, and the step again.
    async fn open_code(
        &self,
        key: SessionKey,
        chat: ChatId,
        typed: MessageId,
        code: &str,
        mut state: dialogue::State,
        mut seal: Seal,
    ) {
        let floor = Floor::start();
        let lang = state.lang;
        let mut rendered = Vec::new();
        if self
            .delete(key, chat, typed, Instant::now() + pace::WRITE_PATIENCE)
            .await
            == Deleted::Gone
        {
            seal.ids.retain(|id| *id != typed.0);
            rendered.push(say(&self.content, lang, self.text(lang, CODE_DELETED, None)));
        }
        let opened = self.mailbox.open_code(&key.0, code).await;
        floor.wait().await;
        let (item, opened) = match opened {
            Ok(found) => found,
            Err(MailboxError::Unavailable) => return self.unavailable(key, chat, lang).await,
            Err(e) => {
                rendered.push(self.mailbox_error(lang, e));
                rendered.extend(self.repeat(&state));
                self.finish(key, chat, state, &[], rendered, seal).await;
                return;
            }
        };
        let loc = &self.content.locales;
        match opened {
            Opened::Waiting => rendered.push(say(&self.content, lang, self.text(lang, "mailbox-waiting", None))),
            Opened::Answered { answers } => {
                let label = loc.format(lang, "handoff-staff-label", None);
                rendered.push(say(&self.content, lang, self.text(lang, "mailbox-answer-intro", None)));
                rendered.extend(answers.into_iter().map(|a| Rendered::Say {
                    text: format!("{label}:\n{a}"),
                    lang: String::new(),
                    dir: "auto",
                }));
            }
        }
        state.mailbox = Some(item.0);
        self.done(key, chat, state, rendered, seal).await;
    }

    /// The mailbox work is done: on to the step's `done`, shown after `rendered`.
    async fn done(
        &self,
        key: SessionKey,
        chat: ChatId,
        state: dialogue::State,
        mut rendered: Vec<Rendered>,
        seal: Seal,
    ) {
        let (flows, locales) = (&self.content.flows, &self.content.locales);
        let (state, replies) = dialogue::step_with(flows, locales, self.caps(), state, Input::Done);
        rendered.extend(self.render(state.lang, &replies));
        let counts = Stats::counts(&replies);
        self.finish_counted(key, chat, (state, &replies, rendered), seal, &counts, false)
            .await;
    }

    /// A refused message or reply: the error and the step again.
    async fn mailbox_refused(
        &self,
        key: SessionKey,
        chat: ChatId,
        e: MailboxError,
        state: dialogue::State,
        seal: Seal,
    ) {
        if e == MailboxError::Unavailable {
            return self.unavailable(key, chat, state.lang).await;
        }
        let mut rendered = vec![self.mailbox_error(state.lang, e)];
        rendered.extend(self.repeat(&state));
        self.finish(key, chat, state, &[], rendered, seal).await;
    }

    /// The current step again (its question and buttons).
    fn repeat(&self, state: &dialogue::State) -> Vec<Rendered> {
        let (flows, locales) = (&self.content.flows, &self.content.locales);
        let (state, replies) = dialogue::step_with(flows, locales, self.caps(), state.clone(), Input::Repeat);
        self.render(state.lang, &replies)
    }

    /// The engine asked to delete the opened item (a `mailbox = "delete"` choice): it is
    /// deleted, and the conversation forgets it.
    pub(super) async fn delete_opened(&self, mut state: dialogue::State, replies: &[Reply]) -> dialogue::State {
        if replies.contains(&Reply::MailboxDelete)
            && let Some(item) = state.mailbox.take()
            && self.mailbox.delete(&ItemKey(item)).await.is_err()
        {
            tracing::warn!("mailbox: could not delete an opened item");
        }
        state
    }

    /// A mailbox error in the conversation's language, counted like the others.
    fn mailbox_error(&self, lang: LangIdx, e: MailboxError) -> Rendered {
        let code = e.code();
        self.metrics.error(Surface::Telegram, code);
        let loc = &self.content.locales;
        Rendered::Error {
            code,
            text: loc.format(lang, &format!("error-{code}"), None),
            lang: loc.code(lang).to_string(),
            dir: loc.dir(lang).as_str(),
        }
    }

    /// A message in its Telegram wording where it has one.
    fn variant(&self, lang: LangIdx, id: &str, args: Option<&FluentArgs<'_>>) -> String {
        let loc = &self.content.locales;
        let text = loc
            .format_attribute(lang, id, VARIANT, args)
            .unwrap_or_else(|| loc.format(lang, id, args));
        super::format::bidi(&text, loc.dir(lang).as_str())
    }

    /// Sends a team's answer to the chat an item was left from, and remembers it there
    /// for `/forget` (through the chat's ordered worker). `true` once sent.
    async fn deliver_answer(self: &std::sync::Arc<Self>, to: &[u8], lang: &str, text: &str) -> bool {
        let Ok(bytes) = <[u8; 8]>::try_from(to) else {
            return false;
        };
        let chat = ChatId(i64::from_le_bytes(bytes));
        let key = self.pseudonyms.session_key(Channel::Telegram, &chat.0.to_le_bytes());
        let lang = self
            .content
            .locales
            .by_code(lang)
            .unwrap_or(self.content.locales.fallback());
        let label = self.content.locales.format(lang, "handoff-staff-label", None);
        // The words and the answer in one message when they fit in Telegram's limit, else
        // in two: an answer of 2,000 characters is up to 4,000 UTF-16 units by itself.
        let intro = self.text(lang, "mailbox-answer-intro", None);
        let pieces = super::format::pack(&[intro, format!("{label}:\n{text}")]);
        for piece in pieces {
            let keyboard: Option<InlineKeyboardMarkup> = None;
            match self.send(key, chat, piece, keyboard).await {
                Some(sent) => self.remember_later(key, sent.id),
                // Not all of it came: the address is kept, and the code still opens it.
                None => return false,
            }
        }
        true
    }
}

/// The mailbox's way to a Telegram chat; weak, like the handoff's.
pub(super) struct MailboxDelivery(pub(super) std::sync::Weak<Telegram>);

#[async_trait::async_trait]
impl crate::mailbox::Deliver for MailboxDelivery {
    async fn deliver(&self, to: &[u8], lang: &str, text: &str) -> bool {
        match self.0.upgrade() {
            Some(telegram) => telegram.deliver_answer(to, lang, text).await,
            None => false,
        }
    }
}
