//! Telegram: the same flows and answers as the web chat, with teloxide as transport only.
//!
//! Updates arrive by long polling (default) or by webhook (`LOTSA_TELEGRAM_WEBHOOK_URL`,
//! checked against a secret token in constant time). Each update is reduced at the edge
//! to what the engine needs: a chat's pseudonym, a choice id or the fact that text was
//! typed, and a language hint. Names and usernames are never read; no update is ever
//! logged (lotsa does not use teloxide's dispatcher, whose default handlers log updates).
//!
//! What must be kept to reply, the chat id and the ids of messages to delete on
//! `/forget`, is sealed ([`crate::privacy::Sealer`]) inside the session record and expires
//! with it. Every write to a chat (sends, edits, deletes, callback answers) is paced
//! ([`pace`]) within Telegram's limits (thirty a second overall, one message a second per
//! chat) without dropping or reordering, and a 429 is retried after its `retry_after`;
//! `/forget` retries each delete until it is done or Telegram refuses it for good.
//!
//! # Layout
//! - [`format`]: steps as Telegram messages, splitting, keyboards, bidi marks.
//! - [`mailbox`]: `/code`, the receipt code typed, a message shown back before it is sent,
//!   and answers delivered to the chat they were asked for.
//! - [`pace`]: every write within Telegram's limits, measured on arrival; 429s retried.
//! - [`queue`]: one ordered worker per conversation.

pub mod format;
pub mod mailbox;
pub mod pace;
pub mod queue;

use std::future::IntoFuture;
use std::sync::Arc;
use std::time::{Duration, Instant};

use axum::Router;
use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::routing::post;
use fluent_bundle::FluentArgs;
use secrecy::{ExposeSecret, SecretString};
use serde::{Deserialize, Serialize};
use subtle::ConstantTimeEq;
use teloxide::payloads::{
    GetUpdatesSetters, SendMessageSetters, SetChatMenuButtonSetters, SetMyCommandsSetters, SetWebhookSetters,
};
use teloxide::prelude::Requester;
use teloxide::types::{
    AllowedUpdate, BotCommand, CallbackQuery, ChatId, ChatMemberUpdated, InlineKeyboardButtonKind,
    InlineKeyboardMarkup, MaybeInaccessibleMessage, MenuButton, Message, MessageId, Update, UpdateKind,
};
use teloxide::{Bot, RequestError};
use tokio::sync::watch;

use self::pace::{Deleted, Write};
use crate::content::Content;
use crate::dialogue::{self, CaseCode, Command, Input, Reply};
use crate::handoff::conversation::Settled;
use crate::handoff::{Deliver, Handoff, UserNews};
use crate::i18n::{LangIdx, Locales};
use crate::limit::{KeyedBuckets, Verdict};
use crate::mailbox::Mailbox;
use crate::metrics::{self, Metrics, Surface};
use crate::privacy::{Channel, Pseudonyms, Sealer};
use crate::render;
use crate::session::{self, Record, SessionKey, SessionStore, StoreError};
use crate::stats::{Stats, dimension};

/// The Fluent attribute holding Telegram's wording where it must differ from the web's.
pub const VARIANT: &str = "telegram";
/// Where Telegram posts updates in webhook mode.
pub const WEBHOOK_PATH: &str = "/telegram/webhook";
const SECRET_HEADER: &str = "x-telegram-bot-api-secret-token";
/// Long-polling wait; below teloxide's HTTP timeout.
const POLL_SECS: u32 = 10;
/// How many message ids a conversation remembers for `/forget`.
const MAX_REMEMBERED: usize = 400;
/// Typed text longer than this is answered with `too_long`, like the web chat.
const MAX_TEXT_CHARS: usize = 2000;

/// The commands, registered with `setMyCommands` in every language.
const COMMANDS: [(&str, &str); 7] = [
    ("start", "tg-cmd-start"),
    ("language", "tg-cmd-language"),
    ("menu", "tg-cmd-menu"),
    ("help", "tg-cmd-help"),
    ("human", "tg-cmd-human"),
    ("code", "tg-cmd-code"),
    ("forget", "tg-cmd-forget"),
];

/// Messages only Telegram uses; checked in every locale at startup.
pub fn builtin_messages() -> Vec<(String, &'static [&'static str])> {
    let mut list: Vec<(String, &'static [&'static str])> =
        COMMANDS.iter().map(|(_, m)| (m.to_string(), &[] as &[&str])).collect();
    for id in [
        "tg-text-only",
        "tg-group",
        "tg-forgotten",
        "tg-forget-nothing",
        "tg-help",
        mailbox::CODE_DELETED,
        "mailbox-telegram-deliver",
        "mailbox-telegram-deliver-info",
        "mailbox-telegram-deliver-set",
    ] {
        list.push((id.to_string(), &[]));
    }
    list.push(("tg-forget-partial".to_string(), &["count"]));
    list
}

#[derive(Debug, thiserror::Error)]
pub enum TelegramError {
    #[error("configuration key `{0}`: expected an http(s) URL")]
    BadUrl(&'static str),
}

/// What lotsa needs from configuration to run the bot.
#[derive(Clone)]
pub struct TelegramSettings {
    pub token: SecretString,
    pub api_url: Option<String>,
    pub webhook_url: Option<String>,
    /// What Telegram must send back in `X-Telegram-Bot-Api-Secret-Token` (derived from
    /// the root key, so every instance agrees).
    pub webhook_secret: SecretString,
}

/// What a conversation must keep to reply; sealed in the session record.
#[derive(Debug, Default, Serialize, Deserialize)]
struct Seal {
    /// The chat to write to.
    chat: i64,
    /// Messages in the chat, both sides, for `/forget`. Oldest first, bounded.
    ids: Vec<i32>,
    /// The message whose keyboard is live; older keyboards are removed.
    keyboard: Option<i32>,
    /// A message shown back before it is sent (the mailbox), while it waits for a button:
    /// which message holds the text, and whether its header is a message of its own.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    shown: Option<mailbox::Shown>,
}

impl Seal {
    fn remember(&mut self, id: MessageId) {
        if self.ids.len() == MAX_REMEMBERED {
            self.ids.remove(0);
        }
        self.ids.push(id.0);
    }
}

/// Work for one chat's ordered worker: an update from Telegram, news from its case, or
/// telling the chat it sends too fast (once per run of dropped updates).
enum Job {
    Update(Box<Update>),
    News(UserNews),
    Limited(ChatId),
    /// A message sent outside the chat's worker (a mailbox answer): kept for `/forget`.
    Remember(MessageId),
}

/// The running Telegram channel.
pub struct Telegram {
    bot: Bot,
    pacer: pace::Pacer,
    content: Arc<Content>,
    store: Arc<dyn SessionStore>,
    pseudonyms: Arc<Pseudonyms>,
    sealer: Arc<Sealer>,
    webhook_url: Option<url::Url>,
    webhook_secret: SecretString,
    queues: queue::ChatQueues<Job>,
    handoff: Arc<Handoff>,
    /// Anonymous counters: conversations begun, and what the engine steps count.
    stats: Stats,
    /// Operational aggregates: updates by kind, conversations, error answers.
    metrics: Arc<Metrics>,
    /// How fast each chat may send (by pseudonym, in memory only): updates over it are
    /// dropped before they are queued, so a flooding chat cannot grow its queue or keep
    /// the bot answering it for minutes.
    rates: Arc<KeyedBuckets<SessionKey>>,
    /// Messages for later, left and opened with a receipt code.
    mailbox: Arc<Mailbox>,
}

/// What the channel shares with the rest of the server, built by `startup`.
pub struct Shared {
    pub content: Arc<Content>,
    pub store: Arc<dyn SessionStore>,
    pub pseudonyms: Arc<Pseudonyms>,
    pub sealer: Arc<Sealer>,
    pub handoff: Arc<Handoff>,
    pub stats: Stats,
    pub metrics: Arc<Metrics>,
    /// Per-conversation rates, shared with the web chat.
    pub rates: Arc<KeyedBuckets<SessionKey>>,
    pub mailbox: Arc<Mailbox>,
}

impl Telegram {
    pub fn new(settings: &TelegramSettings, shared: Shared) -> Result<Arc<Telegram>, TelegramError> {
        let Shared {
            content,
            store,
            pseudonyms,
            sealer,
            handoff,
            stats,
            metrics,
            rates,
            mailbox,
        } = shared;
        let mut bot = Bot::new(settings.token.expose_secret());
        if let Some(url) = &settings.api_url {
            bot = bot.set_api_url(parse_url(url).ok_or(TelegramError::BadUrl("telegram_api_url"))?);
        }
        let webhook_url = settings
            .webhook_url
            .as_deref()
            .map(|u| parse_url(u).ok_or(TelegramError::BadUrl("telegram_webhook_url")))
            .transpose()?;
        Ok(Arc::new(Telegram {
            bot,
            pacer: pace::Pacer::default(),
            content,
            store,
            pseudonyms,
            sealer,
            webhook_url,
            webhook_secret: settings.webhook_secret.clone(),
            queues: queue::ChatQueues::default(),
            handoff,
            stats,
            metrics,
            rates,
            mailbox,
        }))
    }

    /// What the handoff calls to reach a Telegram user: news goes through the chat's
    /// ordered worker, like the user's own updates, so the two never race on the record.
    pub fn deliverer(self: &Arc<Self>) -> Arc<dyn Deliver> {
        Arc::new(Delivery(Arc::downgrade(self)))
    }

    /// What the mailbox calls to send a team's answer to the chat it was asked for.
    pub fn mailbox_deliverer(self: &Arc<Self>) -> Arc<dyn crate::mailbox::Deliver> {
        Arc::new(mailbox::MailboxDelivery(Arc::downgrade(self)))
    }

    /// Keeps a message sent outside the chat's worker for `/forget`, in the worker.
    fn remember_later(self: &Arc<Self>, key: SessionKey, id: MessageId) {
        self.enqueue(key, Job::Remember(id));
    }

    /// Registers commands, then polls (or waits, in webhook mode) until `shutdown`.
    pub async fn run(self: Arc<Self>, mut shutdown: watch::Receiver<bool>) {
        self.register_commands().await;
        if let Some(url) = &self.webhook_url {
            let set = self
                .bot
                .set_webhook(url.clone())
                .secret_token(self.webhook_secret.expose_secret().to_string());
            if let Err(e) = set.await {
                tracing::warn!(error = error_kind(&e), "telegram: setWebhook failed");
            }
            let _ = shutdown.wait_for(|stop| *stop).await;
            return;
        }
        if let Err(e) = self.bot.delete_webhook().await {
            tracing::warn!(error = error_kind(&e), "telegram: deleteWebhook failed");
        }
        let mut offset: i32 = 0;
        let mut backoff = Duration::from_millis(500);
        loop {
            let request = self
                .bot
                .get_updates()
                .offset(offset)
                .timeout(POLL_SECS)
                .allowed_updates([
                    AllowedUpdate::Message,
                    AllowedUpdate::CallbackQuery,
                    AllowedUpdate::MyChatMember,
                ]);
            let result = tokio::select! {
                r = request => r,
                _ = shutdown.wait_for(|stop| *stop) => return,
            };
            match result {
                Ok(updates) => {
                    backoff = Duration::from_millis(500);
                    for update in updates {
                        offset = offset.max(update.id.0 as i32 + 1);
                        self.dispatch(update);
                    }
                }
                Err(e) => {
                    tracing::warn!(error = error_kind(&e), "telegram: getUpdates failed; retrying");
                    if matches!(e, RequestError::InvalidJson { .. }) {
                        // A batch that cannot be read would be fetched again forever:
                        // skip to the newest update instead.
                        if let Ok(last) = self.bot.get_updates().offset(-1).await {
                            offset = last.iter().map(|u| u.id.0 as i32 + 1).max().unwrap_or(offset);
                        }
                    }
                    tokio::select! {
                        _ = tokio::time::sleep(backoff) => {},
                        _ = shutdown.wait_for(|stop| *stop) => return,
                    }
                    backoff = (backoff * 2).min(Duration::from_secs(30));
                }
            }
        }
    }

    async fn register_commands(&self) {
        let locales = &self.content.locales;
        let commands = |lang: LangIdx| -> Vec<BotCommand> {
            COMMANDS
                .iter()
                .map(|(c, m)| BotCommand::new(*c, locales.format(lang, m, None)))
                .collect()
        };
        let _ = self.bot.set_my_commands(commands(locales.fallback())).await;
        // The commands (menu, language, a person, forget) sit behind the menu button,
        // always one tap away, instead of under every step.
        if let Err(e) = self.bot.set_chat_menu_button().menu_button(MenuButton::Commands).await {
            tracing::warn!(error = error_kind(&e), "telegram: setChatMenuButton failed");
        }
        for lang in locales.all() {
            let Some(code) = telegram_language(locales, lang) else {
                continue;
            };
            let request = self.bot.set_my_commands(commands(lang)).language_code(code);
            if let Err(e) = request.await {
                tracing::warn!(error = error_kind(&e), "telegram: setMyCommands failed");
            }
        }
    }

    /// Queues an update behind the earlier ones of the same chat, within the chat's rate.
    pub fn dispatch(self: &Arc<Self>, update: Update) {
        self.metrics.update(match &update.kind {
            UpdateKind::Message(_) => metrics::UpdateKind::Message,
            UpdateKind::CallbackQuery(_) => metrics::UpdateKind::Callback,
            UpdateKind::MyChatMember(_) => metrics::UpdateKind::Membership,
            _ => metrics::UpdateKind::Other,
        });
        let Some(chat) = chat_of(&update) else { return };
        let key = self.pseudonyms.session_key(Channel::Telegram, &chat.0.to_le_bytes());
        let job = match self.rates.admit(key) {
            Verdict::Pass => Job::Update(Box::new(update)),
            Verdict::Tell => Job::Limited(chat),
            // No connection to close: every further update of the run is dropped.
            Verdict::Drop | Verdict::Close => {
                self.metrics.update(metrics::UpdateKind::Limited);
                return;
            }
        };
        if matches!(job, Job::Limited(_)) {
            self.metrics.update(metrics::UpdateKind::Limited);
        }
        self.enqueue(key, job);
    }

    fn enqueue(self: &Arc<Self>, key: SessionKey, job: Job) {
        let this = self.clone();
        self.queues.dispatch(key, job, move |job| {
            let this = this.clone();
            async move {
                match job {
                    Job::Update(update) => this.handle(key, *update).await,
                    Job::News(news) => this.on_news(key, news).await,
                    Job::Limited(chat) => this.on_limited(key, chat).await,
                    Job::Remember(id) => this.on_remember(key, id).await,
                }
            }
        });
    }

    /// News from the person's case: a staff message, connected, the fallback, the end.
    async fn on_news(&self, key: SessionKey, news: UserNews) {
        let Ok(Some(loaded)) = self.store.load(&key).await else {
            return;
        };
        // The chat id is only known from the seal; without it there is no one to tell.
        let (Some(record), seal) = self.open(&key, Some(loaded), ChatId(0)) else {
            return;
        };
        if seal.chat == 0 {
            return;
        }
        let chat = ChatId(seal.chat);
        let (next, rendered) = self.handoff.apply_news(&record.state, &news);
        let state = next.unwrap_or(record.state);
        let label = self.content.locales.format(state.lang, "handoff-staff-label", None);
        let rendered: Vec<render::Rendered> = rendered
            .into_iter()
            .map(|r| match r {
                // A person wrote: say who, since Telegram shows the bot as the sender.
                render::Rendered::Staff { text, lang, dir } => render::Rendered::Say {
                    text: format!("{label}:\n{text}"),
                    lang,
                    dir,
                },
                other => other,
            })
            .collect();
        if rendered.iter().any(|r| matches!(r, render::Rendered::Ask { .. })) {
            let mut seal = seal;
            if matches!(news, UserNews::Ended) {
                // The support worker closed the chat: the one question, in a message of
                // its own (remembered, so /forget deletes it too), before the menu.
                let question = self.text(state.lang, "survey-ask", None);
                self.post(key, chat, &mut seal, question, self.survey_keyboard(state.lang))
                    .await;
            }
            self.finish(key, chat, state, &[], rendered, seal).await;
            return;
        }
        // Information only (no keyboard): the live one (stop the chat) stays where it is.
        let mut seal = seal;
        self.post_all(key, chat, &mut seal, &rendered).await;
        self.save(&key, Record::new(state), &seal).await;
    }

    /// The chat sends faster than its rate: say so once, in its conversation's language,
    /// and keep the message (for `/forget`). The updates themselves were dropped unread.
    async fn on_limited(&self, key: SessionKey, chat: ChatId) {
        let Ok((key, loaded)) = self.find(key, chat).await else {
            return;
        };
        let (record, mut seal) = self.open(&key, loaded, chat);
        let lang = record
            .as_ref()
            .map_or(self.content.locales.fallback(), |r| r.state.lang);
        self.metrics.error(Surface::Telegram, "rate_limited");
        let text = self.text(lang, "error-rate_limited", None);
        self.post(key, chat, &mut seal, text, None).await;
        if let Some(record) = record {
            self.save(&key, record, &seal).await;
        }
    }

    /// A message sent to the chat from elsewhere joins those `/forget` deletes; without a
    /// conversation there is nothing to keep it in.
    async fn on_remember(&self, key: SessionKey, id: MessageId) {
        let Ok(Some(loaded)) = self.store.load(&key).await else {
            return;
        };
        if let (Some(record), mut seal) = self.open(&key, Some(loaded), ChatId(0)) {
            seal.remember(id);
            self.save(&key, record, &seal).await;
        }
    }

    async fn handle(&self, key: SessionKey, update: Update) {
        match update.kind {
            UpdateKind::Message(m) => self.on_message(key, m).await,
            UpdateKind::CallbackQuery(q) => self.on_callback(key, q).await,
            UpdateKind::MyChatMember(u) => self.on_membership(key, u).await,
            // Malformed or other kinds: nothing to do, and nothing is logged about them.
            _ => {}
        }
    }

    fn hint(&self, code: Option<&str>) -> LangIdx {
        code.and_then(|c| self.content.locales.negotiate(&[c]))
            .unwrap_or(self.content.locales.fallback())
    }

    async fn on_membership(&self, key: SessionKey, update: ChatMemberUpdated) {
        if !update.chat.is_private() && update.new_chat_member.is_present() {
            let lang = self.hint(update.from.language_code.as_deref());
            self.refuse_group(key, update.chat.id, lang).await;
        }
    }

    /// In a group the bot cannot promise anonymity: it says so and leaves.
    async fn refuse_group(&self, key: SessionKey, chat: ChatId, lang: LangIdx) {
        let text = self.text(lang, "tg-group", None);
        self.send(key, chat, text, None).await;
        let leave = || self.bot.leave_chat(chat).into_future();
        let _ = self.pacer.write(key, Write::Other, leave).await;
    }

    async fn on_message(&self, key: SessionKey, m: Message) {
        let chat = m.chat.id;
        let hint = self.hint(m.from.as_ref().and_then(|u| u.language_code.as_deref()));
        if !m.chat.is_private() {
            return self.refuse_group(key, chat, hint).await;
        }
        let Ok((key, loaded)) = self.find(key, chat).await else {
            return self.unavailable(key, chat, hint).await;
        };
        let (record, mut seal) = self.open(&key, loaded, chat);
        let lang = record.as_ref().map(|r| r.state.lang).unwrap_or(hint);
        seal.remember(m.id);

        let Some(text) = m.text() else {
            // Only text is read. A shared location or contact is deleted from the chat at
            // once and never stored: it could identify the person or someone else.
            if m.location().is_some() || m.contact().is_some() || m.venue().is_some() {
                // Kept for `/forget` should Telegram not take it now.
                if self
                    .delete(key, chat, m.id, Instant::now() + pace::WRITE_PATIENCE)
                    .await
                    == Deleted::Gone
                {
                    seal.ids.pop();
                }
            }
            let notice = self.text(lang, "tg-text-only", None);
            self.post(key, chat, &mut seal, notice, None).await;
            if let Some(record) = record {
                self.save(&key, record, &seal).await;
            }
            return;
        };

        let command = text.strip_prefix('/').map(|c| c.split([' ', '@']).next().unwrap_or(""));
        let case = record.as_ref().and_then(|r| r.state.case);
        let input = match (command, &record) {
            (Some("forget"), _) => {
                self.forget(key, chat, lang, record.is_some(), case, seal).await;
                return;
            }
            (Some("code"), _) => Input::Choose(mailbox::CODE_COMMAND),
            (Some("start"), _) | (_, None) => Input::Start {
                lang: hint,
                chosen: false,
            },
            (Some("language"), Some(_)) => Input::Choose(Command::Language.id()),
            (Some("menu"), Some(_)) => Input::Choose(Command::Menu.id()),
            (Some("human"), Some(_)) => Input::Choose(Command::Human.id()),
            (Some("help"), Some(_)) => Input::Repeat,
            _ => Input::Text,
        };
        let fresh = record.is_none();
        let before = record
            .map(|r| r.state)
            .unwrap_or_else(|| dialogue::State::new(&self.content.flows, hint));
        if input == Input::Text && self.mailbox_step(&before).is_some() {
            return self.mailbox_text(key, chat, &m, before, seal).await;
        }
        let too_long = text.chars().count() > MAX_TEXT_CHARS;
        if too_long && input == Input::Text && self.content.flows.in_case(before.node) {
            // Nothing of it is relayed: the person is asked to send it in parts.
            let rendered = vec![render::error(&self.content, before.lang, "too_long")];
            self.finish(key, chat, before, &[], rendered, seal).await;
            return;
        }
        let (state, replies, counts) = if input == Input::Choose(mailbox::CODE_COMMAND) {
            self.code_command(before.clone())
        } else {
            let (flows, locales) = (&self.content.flows, &self.content.locales);
            let (state, replies) = dialogue::step_with(flows, locales, self.caps(), before.clone(), input);
            let counts = Stats::counts(&replies);
            (state, replies, counts)
        };
        // A new /start leaves any open case, like "start again" on the web.
        if matches!(input, Input::Start { .. })
            && let Some(code) = before.case
        {
            let _ = self.handoff.user_left(&code).await;
        }
        let typed = (input == Input::Text).then_some(text);
        let Some((state, replies, mut rendered)) = self.settle(key, &before, state, replies, typed).await else {
            return self.unavailable(key, chat, before.lang).await;
        };
        if too_long && input == Input::Text {
            rendered.retain(|r| !matches!(r, render::Rendered::Error { .. }));
            rendered.insert(0, render::error(&self.content, state.lang, "too_long"));
        }
        if command == Some("help") {
            rendered.insert(
                0,
                say(&self.content, state.lang, self.text(state.lang, "tg-help", None)),
            );
        }
        let begun = matches!(input, Input::Start { .. }) || fresh;
        self.finish_counted(key, chat, (state, &replies, rendered), seal, &counts, begun)
            .await;
    }

    async fn on_callback(&self, key: SessionKey, q: CallbackQuery) {
        // Every press is answered, or the button keeps spinning on the person's phone.
        let answer = || self.bot.answer_callback_query(q.id.clone()).into_future();
        let _ = self.pacer.write(key, Write::Other, answer).await;
        let Some(message) = q.message.as_ref() else { return };
        let chat = message.chat().id;
        if !message.chat().is_private() {
            return;
        }
        if let Some(answer) = q.data.as_deref().and_then(|d| d.strip_prefix("survey.")) {
            // The conversation is already erased: the answer needs nothing stored.
            return self.on_survey(key, chat, message, answer).await;
        }
        let hint = self.hint(q.from.language_code.as_deref());
        let Ok((key, loaded)) = self.find(key, chat).await else {
            return self.unavailable(key, chat, hint).await;
        };
        let (record, mut seal) = self.open(&key, loaded, chat);
        let Some(record) = record else {
            // The conversation expired or was forgotten: say so and begin again.
            self.remove_keyboard(key, chat, message.id()).await;
            let state = dialogue::State::new(&self.content.flows, hint);
            let (state, replies) = dialogue::step_with(
                &self.content.flows,
                &self.content.locales,
                self.caps(),
                state,
                Input::Start {
                    lang: hint,
                    chosen: false,
                },
            );
            let mut rendered = self.render(state.lang, &replies);
            rendered.insert(0, render::error(&self.content, state.lang, "session_expired"));
            let counts = Stats::counts(&replies);
            self.finish_counted(key, chat, (state, &replies, rendered), seal, &counts, true)
                .await;
            return;
        };
        if seal.keyboard != Some(message.id().0) {
            // An old keyboard that should already be gone: remove it and ignore the press.
            self.remove_keyboard(key, chat, message.id()).await;
            return;
        }
        let data = q.data.as_deref().unwrap_or("");
        let before = record.state;
        if before.case.is_some() && data == Command::End.id() {
            self.forget(key, chat, before.lang, true, before.case, seal).await;
            return;
        }
        if [mailbox::SEND, mailbox::SEND_HERE, mailbox::AGAIN].contains(&data) {
            return self.on_show_back(key, chat, message, data, before, seal).await;
        }
        let (state, replies) = dialogue::step_with(
            &self.content.flows,
            &self.content.locales,
            self.caps(),
            before.clone(),
            Input::Choose(data),
        );
        let state = self.delete_opened(state, &replies).await;
        let counts = Stats::counts(&replies);
        if replies.contains(&Reply::Ended) {
            if self.forget(key, chat, state.lang, true, before.case, seal).await {
                self.stats.record(&counts).await;
            }
            return;
        }
        let Some((state, replies, rendered)) = self.settle(key, &before, state, replies, None).await else {
            return self.unavailable(key, chat, before.lang).await;
        };
        if self.collapse(key, chat, message, data).await {
            seal.keyboard = None;
        }
        self.finish_counted(key, chat, (state, &replies, rendered), seal, &counts, false)
            .await;
    }

    /// The answered question keeps its text and gains the answer, and its buttons go, as
    /// on the web page. `false` if the edit did not go through (the caller then removes
    /// the buttons alone).
    async fn collapse(&self, key: SessionKey, chat: ChatId, message: &MaybeInaccessibleMessage, data: &str) -> bool {
        let Some(shown) = message.regular_message() else {
            return false;
        };
        let (Some(text), Some(markup)) = (shown.text(), shown.reply_markup()) else {
            return false;
        };
        let Some(label) = markup.inline_keyboard.iter().flatten().find_map(|b| match &b.kind {
            InlineKeyboardButtonKind::CallbackData(d) if d == data => Some(b.text.as_str()),
            _ => None,
        }) else {
            return false;
        };
        let answered = format::answered(text, label);
        let edit = || {
            self.bot
                .edit_message_text(chat, shown.id, answered.clone())
                .into_future()
        };
        self.pacer.write(key, Write::Other, edit).await.is_ok()
    }

    /// Removes a message's buttons, paced. Best effort: a press on buttons that stay is
    /// recognised as old and ignored.
    async fn remove_keyboard(&self, key: SessionKey, chat: ChatId, message: MessageId) {
        let edit = || self.bot.edit_message_reply_markup(chat, message).into_future();
        let _ = self.pacer.write(key, Write::Other, edit).await;
    }

    /// Deletes one message, paced, trying until it is gone, Telegram refuses it for good,
    /// or `deadline`.
    async fn delete(&self, key: SessionKey, chat: ChatId, message: MessageId, deadline: Instant) -> Deleted {
        let delete = || {
            let request = self.bot.delete_message(chat, message).into_future();
            async move { request.await.map(|_| ()) }
        };
        self.pacer.delete(key, deadline, delete).await
    }

    /// Carries out an engine step's handoff actions and renders the result in its
    /// Telegram wording, the queue's news first; `None` when the store is unreachable.
    async fn settle(
        &self,
        key: SessionKey,
        before: &dialogue::State,
        state: dialogue::State,
        replies: Vec<Reply>,
        typed: Option<&str>,
    ) -> Option<(dialogue::State, Vec<Reply>, Vec<render::Rendered>)> {
        let Settled { state, replies, news } = self
            .handoff
            .settle(key, Channel::Telegram, before, state, replies, typed)
            .await
            .ok()?;
        let mut rendered = news;
        rendered.extend(self.render(state.lang, &replies));
        Some((state, replies, rendered))
    }

    /// Engine replies in their Telegram wording (the `.telegram` variants).
    fn render(&self, lang: LangIdx, replies: &[Reply]) -> Vec<render::Rendered> {
        render::render_variant(&self.content, lang, replies, Some(VARIANT))
    }

    /// [`Telegram::finish`], then the step's counters. Counted only once the step is
    /// stored, as in the web chat: when the store hangs, the chat's next update waits for
    /// one command's timeout, not for every counter's as well. `begun`: the step began a
    /// conversation, counted by channel.
    async fn finish_counted(
        &self,
        key: SessionKey,
        chat: ChatId,
        (state, replies, rendered): (dialogue::State, &[Reply], Vec<render::Rendered>),
        seal: Seal,
        counts: &[Reply],
        begun: bool,
    ) {
        if !self.finish(key, chat, state, replies, rendered, seal).await {
            return;
        }
        if begun {
            self.stats.count(dimension::CHANNEL, Channel::Telegram.as_str()).await;
            self.metrics.conversation(Surface::Telegram);
        }
        self.stats.record(counts).await;
    }

    /// Sends a step, removing the previous keyboard first, and saves the conversation;
    /// `true` if the step was stored (or, for an end, erased).
    async fn finish(
        &self,
        key: SessionKey,
        chat: ChatId,
        state: dialogue::State,
        replies: &[Reply],
        rendered: Vec<render::Rendered>,
        mut seal: Seal,
    ) -> bool {
        if replies.contains(&Reply::Ended) {
            return self.forget(key, chat, state.lang, true, state.case, seal).await;
        }
        self.metrics.rendered(Surface::Telegram, &rendered);
        if rendered.is_empty() {
            // Text relayed to staff: nothing to say, and the live keyboard (stop the
            // chat) stays usable.
            return self.save(&key, Record::new(state), &seal).await;
        }
        if let Some(previous) = seal.keyboard.take() {
            self.remove_keyboard(key, chat, MessageId(previous)).await;
        }
        self.post_all(key, chat, &mut seal, &rendered).await;
        self.save(&key, Record::new(state), &seal).await
    }

    /// Sends rendered replies as Telegram messages, remembering each for `/forget` and the
    /// one with buttons as the live keyboard.
    async fn post_all(&self, key: SessionKey, chat: ChatId, seal: &mut Seal, rendered: &[render::Rendered]) {
        for outgoing in format::messages(rendered) {
            let keyboard = format::keyboard(&outgoing.choices);
            let has_keyboard = keyboard.is_some();
            if let Some(sent) = self.post(key, chat, seal, outgoing.text, keyboard).await
                && has_keyboard
            {
                seal.keyboard = Some(sent.0);
            }
        }
    }

    /// Sends one message and remembers it for `/forget`; its id if it was sent.
    async fn post(
        &self,
        key: SessionKey,
        chat: ChatId,
        seal: &mut Seal,
        text: String,
        keyboard: Option<InlineKeyboardMarkup>,
    ) -> Option<MessageId> {
        let sent = self.send(key, chat, text, keyboard).await?;
        seal.remember(sent.id);
        Some(sent.id)
    }

    /// `/forget` and "End and erase": delete the conversation's messages on both sides,
    /// close any open case for staff ("the person left"), erase the session, and say
    /// plainly what could not be deleted; `true` if the session was erased.
    ///
    /// Each delete is retried (after a 429's `retry_after`, or a network error) until it is
    /// done or Telegram refuses it for good, for up to [`pace::FORGET_PATIENCE`] in all, so
    /// the person is told only of what truly could not be deleted.
    async fn forget(
        &self,
        key: SessionKey,
        chat: ChatId,
        lang: LangIdx,
        known: bool,
        case: Option<CaseCode>,
        seal: Seal,
    ) -> bool {
        if let Some(code) = case {
            let _ = self.handoff.user_left(&code).await;
        }
        let deadline = Instant::now() + pace::FORGET_PATIENCE;
        let mut failed = 0usize;
        for id in &seal.ids {
            if self.delete(key, chat, MessageId(*id), deadline).await != Deleted::Gone {
                failed += 1;
            }
        }
        let erased = self.store.erase(&key).await.is_ok();
        if !erased {
            tracing::warn!("telegram: could not erase a session: store unavailable");
        }
        let text = if !known {
            self.text(lang, "tg-forget-nothing", None)
        } else if failed == 0 {
            self.text(lang, "tg-forgotten", None)
        } else {
            let mut args = FluentArgs::new();
            args.set("count", failed);
            self.text(lang, "tg-forget-partial", Some(&args))
        };
        // A conversation that existed is asked the one question, on this same message
        // (no extra message stays in the chat): `survey.<answer>.<language>`.
        let keyboard = if known { self.survey_keyboard(lang) } else { None };
        let text = match keyboard {
            Some(_) => format!("{text}\n\n{}", self.text(lang, "survey-ask", None)),
            None => text,
        };
        self.send(key, chat, text, keyboard).await;
        erased
    }

    /// The answers to the question after a conversation: `survey.<answer>.<language>`, so
    /// the thanks can be in the person's language with nothing stored.
    fn survey_keyboard(&self, lang: LangIdx) -> Option<InlineKeyboardMarkup> {
        let code = self.content.locales.code(lang);
        let mut choices = render::survey_choices(&self.content, lang);
        for c in &mut choices {
            c.id = format!("{}.{code}", c.id);
        }
        format::keyboard(&choices)
    }

    /// Counts an answer to the question after a conversation and thanks, on the same
    /// message. The edit removes the buttons, and only an edit that went through, from a
    /// message that still showed them, counts, so pressing twice counts once.
    async fn on_survey(&self, key: SessionKey, chat: ChatId, message: &MaybeInaccessibleMessage, data: &str) {
        let (answer, code) = data.split_once('.').unwrap_or((data, ""));
        if !render::SURVEY_ANSWERS.contains(&answer) {
            return;
        }
        let lang = self
            .content
            .locales
            .by_code(code)
            .unwrap_or(self.content.locales.fallback());
        // A tap that arrives after the thanks replaced the buttons (the message it came
        // from has none left) was answered already: counting it would count twice.
        if message.regular_message().and_then(|m| m.reply_markup()).is_none() {
            return;
        }
        let before = message.regular_message().and_then(|m| m.text()).unwrap_or("");
        let thanks = self.text(lang, "survey-thanks", None);
        let text = format!("{before}\n\n{thanks}");
        let edit = || {
            self.bot
                .edit_message_text(chat, message.id(), text.clone())
                .into_future()
        };
        if self.pacer.write(key, Write::Other, edit).await.is_ok() {
            self.stats.count(dimension::SURVEY, answer).await;
        }
    }

    /// Sends one message, paced within Telegram's limits.
    /// `key` is the chat's pseudonym, computed once per update by [`Telegram::dispatch`].
    async fn send(
        &self,
        key: SessionKey,
        chat: ChatId,
        text: String,
        keyboard: Option<InlineKeyboardMarkup>,
    ) -> Option<Message> {
        let result = self
            .pacer
            .write(key, Write::Send, || {
                let mut request = self.bot.send_message(chat, text.clone());
                if let Some(kb) = &keyboard {
                    request = request.reply_markup(kb.clone());
                }
                request.into_future()
            })
            .await;
        match result {
            Ok(sent) => Some(sent),
            Err(e) => {
                tracing::warn!(error = error_kind(&e), "telegram: sendMessage failed");
                None
            }
        }
    }

    /// The degraded answer when the session store cannot be reached: 112 and the
    /// fallback contacts, in one message, the same words as the web chat.
    async fn unavailable(&self, key: SessionKey, chat: ChatId, lang: LangIdx) {
        self.metrics.error(Surface::Telegram, "unavailable");
        for outgoing in format::messages(&render::unavailable(&self.content, lang)) {
            self.send(key, chat, outgoing.text, None).await;
        }
    }

    /// The conversation of `chat` under `key` or, during a key rotation, under the key
    /// the previous root gave it (moved to `key`, its seal sealed again); with the key it
    /// lives under from now on.
    async fn find(&self, key: SessionKey, chat: ChatId) -> Result<(SessionKey, Option<Record>), StoreError> {
        let previous = self
            .pseudonyms
            .previous_session_key(Channel::Telegram, &chat.0.to_le_bytes());
        let reseal = |from: &SessionKey, to: &SessionKey, sealed: &[u8]| self.sealer.reseal(from, to, sealed);
        Ok(match session::find(self.store.as_ref(), key, previous, reseal).await? {
            Some((key, record)) => (key, Some(record)),
            None => (key, None),
        })
    }

    /// The record and its opened seal. A seal that does not open (another key, tampering)
    /// is treated as no conversation at all.
    fn open(&self, key: &SessionKey, loaded: Option<Record>, chat: ChatId) -> (Option<Record>, Seal) {
        let opened = loaded.and_then(|record| {
            let seal = record
                .sealed
                .as_deref()
                .and_then(|s| self.sealer.open(key, s))
                .and_then(|plain| serde_json::from_slice::<Seal>(&plain).ok())?;
            Some((record, seal))
        });
        match opened {
            Some((record, seal)) => (Some(record), seal),
            None => (
                None,
                Seal {
                    chat: chat.0,
                    ..Seal::default()
                },
            ),
        }
    }

    /// Stores the conversation with its seal; `false` if the store is unavailable.
    async fn save(&self, key: &SessionKey, mut record: Record, seal: &Seal) -> bool {
        let plain = serde_json::to_vec(seal).expect("seal serializes");
        record.sealed = Some(self.sealer.seal(key, &plain));
        let saved = self.store.save(key, &record).await.is_ok();
        if !saved {
            tracing::warn!("telegram: could not save a session: store unavailable");
        }
        saved
    }

    fn text(&self, lang: LangIdx, id: &str, args: Option<&FluentArgs<'_>>) -> String {
        let text = self.content.locales.format(lang, id, args);
        format::bidi(&text, self.content.locales.dir(lang).as_str())
    }

    /// The webhook's secret token check, in constant time.
    fn webhook_secret_matches(&self, given: Option<&[u8]>) -> bool {
        let expected = self.webhook_secret.expose_secret().as_bytes();
        given.is_some_and(|g| g.len() == expected.len() && bool::from(g.ct_eq(expected)))
    }
}

/// The handoff's way to a Telegram user; weak, so the channel and the handoff do not keep
/// each other alive.
struct Delivery(std::sync::Weak<Telegram>);

#[async_trait::async_trait]
impl Deliver for Delivery {
    async fn deliver(&self, case: &crate::handoff::case::Case, news: UserNews) {
        if let Some(telegram) = self.0.upgrade() {
            telegram.enqueue(case.session, Job::News(news));
        }
    }
}

fn say(content: &Content, lang: LangIdx, text: String) -> render::Rendered {
    render::Rendered::Say {
        text,
        lang: content.locales.code(lang).to_string(),
        dir: content.locales.dir(lang).as_str(),
    }
}

/// The chat an update belongs to, if any.
fn chat_of(update: &Update) -> Option<ChatId> {
    match &update.kind {
        UpdateKind::Message(m) => Some(m.chat.id),
        UpdateKind::CallbackQuery(q) => q.message.as_ref().map(|m| m.chat().id),
        UpdateKind::MyChatMember(u) => Some(u.chat.id),
        _ => None,
    }
}

fn parse_url(url: &str) -> Option<url::Url> {
    url::Url::parse(url)
        .ok()
        .filter(|u| u.scheme() == "https" || u.scheme() == "http")
}

/// A loggable category for a request error. Never the error's text: a network error's
/// message contains the request URL, and the URL contains the bot token.
/// The code Telegram files a locale's command list under. Telegram takes only two-letter
/// ISO 639-1 codes: `zh-Hans` is filed as `zh`, `fa-AF` shares `fa`'s list when `fa` is a
/// locale too (a Dari user's app reports `fa`), and a language without a two-letter code
/// (`pcm`) gets the default list, which is the fallback language's.
fn telegram_language(locales: &Locales, lang: LangIdx) -> Option<String> {
    let code = locales.code(lang);
    let language = code.split('-').next().unwrap_or(code);
    let two_letters = language.len() == 2 && language.chars().all(|c| c.is_ascii_lowercase());
    let shadowed = language != code && locales.by_code(language).is_some();
    (two_letters && !shadowed).then(|| language.to_string())
}

fn error_kind(e: &RequestError) -> &'static str {
    match e {
        RequestError::Api(_) => "api",
        RequestError::MigrateToChatId(_) => "migrated",
        RequestError::RetryAfter(_) => "retry_after",
        RequestError::Network(_) => "network",
        RequestError::InvalidJson { .. } => "invalid_json",
        RequestError::Io(_) => "io",
    }
}

/// What the webhook route uses, derived from the application state by `startup`.
#[derive(Clone)]
pub struct WebhookState {
    /// The channel, when a token is configured; without it the route answers 404.
    pub telegram: Option<Arc<Telegram>>,
    /// Counts unreadable webhook bodies.
    pub metrics: Arc<Metrics>,
}

/// `POST /telegram/webhook`.
pub fn router<S>() -> Router<S>
where
    S: Clone + Send + Sync + 'static,
    WebhookState: axum::extract::FromRef<S>,
{
    Router::new().route(WEBHOOK_PATH, post(webhook))
}

async fn webhook(State(app): State<WebhookState>, headers: HeaderMap, body: Bytes) -> StatusCode {
    let Some(telegram) = app.telegram.as_ref() else {
        return StatusCode::NOT_FOUND;
    };
    if !telegram.webhook_secret_matches(headers.get(SECRET_HEADER).map(|v| v.as_bytes())) {
        return StatusCode::UNAUTHORIZED;
    }
    // An update that cannot be read is acknowledged and dropped, unlogged: answering with
    // an error would make Telegram send it again and again.
    match serde_json::from_slice::<Update>(&body) {
        Ok(update) => telegram.dispatch(update),
        Err(_) => app.metrics.update(metrics::UpdateKind::Unreadable),
    }
    StatusCode::OK
}
