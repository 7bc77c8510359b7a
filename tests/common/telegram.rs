//! A fake Telegram Bot API on 127.0.0.1:0 for a real teloxide `Bot` (via `set_api_url`).
//!
//! It queues updates for `getUpdates`, records every message per chat (both sides),
//! keyboards, edits, deletions, callback answers, commands and leaves, and enforces
//! Telegram's limits on sends: 30 per second overall and 1 per second per chat, answering
//! 429 (counted) when they are broken, and a text's 4096 UTF-16 units, answering 400
//! "message is too long" (counted) to a send or edit over it.
//!
//! Like Telegram's flood control, it can also answer a share of write calls 429 with
//! `parameters.retry_after` ([`FakeTelegram::flood`]), and it notes when every write call
//! arrived, so a test can measure the peak writes in any second, overall and per chat.

use std::collections::{HashMap, HashSet, VecDeque};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use axum::extract::{Path, State};
use axum::routing::post;
use axum::{Json, Router};
use serde_json::{Value, json};
use tokio::sync::{Notify, watch};

pub const TOKEN: &str = "123456:TEST-token-must-never-be-logged";
const BOT_ID: i64 = 999;

#[derive(Debug, Clone)]
pub struct Msg {
    pub id: i32,
    pub from_bot: bool,
    pub text: String,
    /// (callback data, label) per button, row by row flattened.
    pub keyboard: Vec<(String, String)>,
    /// Buttons per keyboard row, top to bottom.
    pub rows: Vec<usize>,
    pub keyboard_removed: bool,
    pub deleted: bool,
    /// When it arrived.
    pub at: Instant,
    /// For a bot message: the tag of the API URL it was sent through
    /// ([`FakeTelegram::url_via`]), telling apart instances that share this fake.
    pub via: Option<String>,
}

#[derive(Default)]
pub struct FakeState {
    updates: Vec<Value>,
    next_update: u64,
    next_message: i32,
    pub chats: HashMap<i64, Vec<Msg>>,
    sends: VecDeque<Instant>,
    last_send: HashMap<i64, Instant>,
    pub too_many: usize,
    /// editMessageText calls that changed a message.
    pub edits: usize,
    pub callback_answers: usize,
    pub commands: HashMap<String, Vec<(String, String)>>,
    /// The default menu button's type, once the bot has set it (`commands`).
    pub menu_button: Option<String>,
    pub left: Vec<i64>,
    pub webhook_secret: Option<String>,
    pub get_updates_calls: usize,
    /// Sends and edits refused as over Telegram's 4096 UTF-16 units (400, as Telegram).
    pub too_long: usize,
    /// Messages Telegram refuses to delete (older than 48 hours).
    pub undeletable: HashSet<i32>,
    pub methods: Vec<String>,
    /// Every write call (send, edit, delete, callback answer, leave) as it arrived,
    /// answered or refused.
    pub writes: Vec<Write>,
    /// The share of write calls answered 429 with `retry_after` (flood control), in
    /// percent, and the `retry_after` given.
    flood_percent: u64,
    flood_retry_after: u64,
    /// Write calls answered 429 by the flood share, per method.
    pub flooded: HashMap<String, usize>,
    /// Sends waiting behind [`FakeTelegram::hold_sends`] so far.
    pub sends_held: usize,
    /// A small xorshift state: which calls are flooded, reproducible from run to run.
    dice: u64,
}

/// One write call as it arrived.
#[derive(Debug, Clone)]
pub struct Write {
    pub at: Instant,
    pub method: String,
    /// The chat written to, if the call names one (`answerCallbackQuery` does not).
    pub chat: Option<i64>,
}

/// The most instants of `times` (sorted) that fall within one second.
pub fn peak_per_second(times: &[Instant]) -> usize {
    let mut peak = 0;
    let mut start = 0;
    for end in 0..times.len() {
        while times[end].duration_since(times[start]) >= Duration::from_secs(1) {
            start += 1;
        }
        peak = peak.max(end - start + 1);
    }
    peak
}

impl FakeState {
    /// The most write calls that arrived within any one second, overall.
    pub fn peak_writes_per_second(&self) -> usize {
        let times: Vec<Instant> = self.writes.iter().map(|w| w.at).collect();
        peak_per_second(&times)
    }

    /// The most calls of `method` that arrived within any one second in one chat.
    pub fn peak_per_chat_second(&self, method: &str) -> usize {
        let mut by_chat: HashMap<i64, Vec<Instant>> = HashMap::new();
        for w in self.writes.iter().filter(|w| w.method == method) {
            if let Some(chat) = w.chat {
                by_chat.entry(chat).or_default().push(w.at);
            }
        }
        by_chat.values().map(|t| peak_per_second(t)).max().unwrap_or(0)
    }

    /// The messages of `chat` still on the phone (not deleted), both sides.
    pub fn on_phone(&self, chat: i64) -> Vec<Msg> {
        self.chats
            .get(&chat)
            .map(|m| m.iter().filter(|m| !m.deleted).cloned().collect())
            .unwrap_or_default()
    }

    /// Whether this write call is answered 429 by the flood share.
    fn roll_flood(&mut self) -> bool {
        if self.flood_percent == 0 {
            return false;
        }
        self.dice ^= self.dice << 13;
        self.dice ^= self.dice >> 7;
        self.dice ^= self.dice << 17;
        self.dice % 100 < self.flood_percent
    }
}

const WRITES: [&str; 6] = [
    "sendmessage",
    "editmessagetext",
    "editmessagereplymarkup",
    "deletemessage",
    "answercallbackquery",
    "leavechat",
];

#[derive(Clone)]
pub struct FakeTelegram {
    pub addr: std::net::SocketAddr,
    pub state: Arc<Mutex<FakeState>>,
    notify: Arc<Notify>,
    /// `true` while sends are answered; while `false` they wait ([`hold_sends`]).
    ///
    /// [`hold_sends`]: FakeTelegram::hold_sends
    sends_open: Arc<watch::Sender<bool>>,
    /// Woken whenever a send starts waiting.
    held: Arc<Notify>,
}

fn message_json(id: i32, chat: i64, text: &str, from_bot: bool) -> Value {
    let from = if from_bot {
        json!({"id": BOT_ID, "is_bot": true, "first_name": "lotsa"})
    } else {
        json!({"id": chat, "is_bot": false, "first_name": "Secret Name", "last_name": "Secretsson", "username": "secret_user"})
    };
    json!({
        "message_id": id,
        "date": 1_790_000_000,
        "chat": {"id": chat, "type": "private", "first_name": "Secret Name", "username": "secret_user"},
        "from": from,
        "text": text,
    })
}

impl FakeTelegram {
    pub async fn start() -> FakeTelegram {
        let state = Arc::new(Mutex::new(FakeState {
            next_update: 1,
            next_message: 1,
            dice: 0x2545_f491_4f6c_dd1d,
            ..FakeState::default()
        }));
        let notify = Arc::new(Notify::new());
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        let fake = FakeTelegram {
            addr,
            state,
            notify,
            sends_open: Arc::new(watch::channel(true).0),
            held: Arc::new(Notify::new()),
        };
        let app = Router::new()
            .route("/{bot}/{method}", post(handle))
            .route("/{via}/{bot}/{method}", post(handle_via))
            .with_state(fake.clone());
        tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
        fake
    }

    /// From now on, answers `percent` of write calls 429 with `retry_after` seconds, as
    /// Telegram's flood control does.
    pub fn flood(&self, percent: u64, retry_after: u64) {
        let mut s = self.state.lock().unwrap();
        s.flood_percent = percent;
        s.flood_retry_after = retry_after;
    }

    /// Makes `sendMessage` calls wait, unanswered, until [`release_sends`](Self::release_sends):
    /// a test can then change the world while the bot is in the middle of a step.
    pub fn hold_sends(&self) {
        self.sends_open.send_replace(false);
    }

    pub fn release_sends(&self) {
        self.sends_open.send_replace(true);
    }

    /// Waits until a send is waiting behind [`hold_sends`](Self::hold_sends).
    pub async fn send_held(&self) {
        loop {
            let woken = self.held.notified();
            if self.state.lock().unwrap().sends_held > 0 {
                return;
            }
            woken.await;
        }
    }

    pub fn url(&self) -> String {
        format!("http://{}/", self.addr)
    }

    /// The same Bot API under a tag: what a bot sends through it is marked `via` the tag,
    /// so a test can tell which of several instances sent a message.
    pub fn url_via(&self, tag: &str) -> String {
        // No trailing slash: teloxide appends `bot<token>/<method>` as path segments, and
        // after a trailing slash that would leave an empty segment between.
        format!("http://{}/{tag}", self.addr)
    }

    fn push(&self, f: impl FnOnce(&mut FakeState, u64) -> Value) {
        let mut s = self.state.lock().unwrap();
        let id = s.next_update;
        s.next_update += 1;
        let update = f(&mut s, id);
        s.updates.push(update);
        drop(s);
        self.notify.notify_waiters();
    }

    /// A raw update, as Telegram would send it (tests of malformed input).
    pub fn push_raw(&self, mut update: Value) {
        self.push(|_, id| {
            update["update_id"] = json!(id);
            update
        });
    }

    fn user_message(&self, chat: i64, extra: Value, text: &str, lang: &str) -> i32 {
        let mut msg_id = 0;
        self.push(|s, id| {
            msg_id = s.next_message;
            s.next_message += 1;
            s.chats.entry(chat).or_default().push(Msg {
                id: msg_id,
                from_bot: false,
                text: text.into(),
                keyboard: vec![],
                rows: vec![],
                keyboard_removed: false,
                deleted: false,
                at: Instant::now(),
                via: None,
            });
            let mut m = message_json(msg_id, chat, text, false);
            m["from"]["language_code"] = json!(lang);
            if text.is_empty() {
                m.as_object_mut().unwrap().remove("text");
            }
            for (k, v) in extra.as_object().unwrap() {
                m[k] = v.clone();
            }
            json!({"update_id": id, "message": m})
        });
        msg_id
    }

    pub fn user_text(&self, chat: i64, text: &str, lang: &str) -> i32 {
        self.user_message(chat, json!({}), text, lang)
    }

    pub fn user_photo(&self, chat: i64) -> i32 {
        let photo = json!({"photo": [{"file_id": "PHOTO-FILE-ID", "file_unique_id": "u1", "width": 1, "height": 1}]});
        self.user_message(chat, photo, "", "en")
    }

    pub fn user_location(&self, chat: i64) -> i32 {
        self.user_message(
            chat,
            json!({"location": {"latitude": 59.329_321, "longitude": 18.068_581}}),
            "",
            "en",
        )
    }

    pub fn user_contact(&self, chat: i64) -> i32 {
        let contact =
            json!({"contact": {"phone_number": "+46701234567", "first_name": "Anna", "last_name": "Contactsson"}});
        self.user_message(chat, contact, "", "en")
    }

    pub fn group_message(&self, chat: i64, text: &str) {
        self.push(|s, id| {
            let msg_id = s.next_message;
            s.next_message += 1;
            let mut m = message_json(msg_id, chat, text, false);
            m["chat"] = json!({"id": chat, "type": "group", "title": "A group"});
            m["from"]["id"] = json!(555);
            json!({"update_id": id, "message": m})
        });
    }

    /// Presses button `data` on bot message `message_id`. As Telegram does, the callback
    /// carries the message with its text and its keyboard as they are now.
    pub fn press(&self, chat: i64, message_id: i32, data: &str) {
        self.push(|s, id| {
            let shown = s.chats.get(&chat).and_then(|m| m.iter().find(|m| m.id == message_id));
            let text = shown.map(|m| m.text.clone());
            let mut message = message_json(message_id, chat, &text.unwrap_or_default(), true);
            if let Some(m) = shown.filter(|m| !m.keyboard.is_empty() && !m.keyboard_removed) {
                let mut buttons = m.keyboard.iter();
                let rows: Vec<Value> = m
                    .rows
                    .iter()
                    .map(|&n| {
                        Value::Array(
                            buttons
                                .by_ref()
                                .take(n)
                                .map(|(data, label)| json!({"text": label, "callback_data": data}))
                                .collect(),
                        )
                    })
                    .collect();
                message["reply_markup"] = json!({"inline_keyboard": rows});
            }
            json!({"update_id": id, "callback_query": {
                "id": format!("cb{id}"),
                "from": {"id": chat, "is_bot": false, "first_name": "Secret Name", "username": "secret_user", "language_code": "en"},
                "message": message,
                "chat_instance": "ci",
                "data": data,
            }})
        });
    }

    pub fn messages(&self, chat: i64) -> Vec<Msg> {
        self.state.lock().unwrap().chats.get(&chat).cloned().unwrap_or_default()
    }

    /// Waits for the `n`th bot message in `chat` (0-based) to exist and returns the bot's
    /// messages from index `from` (bot messages only) up to it.
    pub async fn bot_messages_until(&self, chat: i64, n: usize) -> Vec<Msg> {
        self.bot_messages_within(chat, n, Duration::from_secs(15)).await
    }

    /// [`bot_messages_until`](Self::bot_messages_until), waiting up to `limit`.
    pub async fn bot_messages_within(&self, chat: i64, n: usize, limit: Duration) -> Vec<Msg> {
        let deadline = Instant::now() + limit;
        while Instant::now() < deadline {
            let bot: Vec<Msg> = self.messages(chat).into_iter().filter(|m| m.from_bot).collect();
            if bot.len() > n {
                return bot;
            }
            tokio::time::sleep(Duration::from_millis(25)).await;
        }
        panic!(
            "bot did not send message #{n} in chat within {limit:?}: {:#?}",
            self.messages(chat)
        );
    }

    /// Presses `id` on `keyboard` (it must be offered there) and waits for the next step:
    /// the messages the bot sent and the keyboard message.
    pub async fn choose(&self, chat: i64, keyboard: &Msg, id: &str) -> (Vec<Msg>, Msg) {
        assert!(
            keyboard.keyboard.iter().any(|(d, _)| d == id),
            "`{id}` not offered: {:?}",
            keyboard.keyboard
        );
        let before = self.bot_count(chat);
        self.press(chat, keyboard.id, id);
        self.next_step(chat, before).await
    }

    /// Waits (up to 20 s) for a bot message in `chat` whose text contains `needle`.
    pub async fn bot_says(&self, chat: i64, needle: &str) -> Msg {
        let deadline = Instant::now() + Duration::from_secs(20);
        while Instant::now() < deadline {
            if let Some(m) = self
                .messages(chat)
                .into_iter()
                .find(|m| m.from_bot && m.text.contains(needle))
            {
                return m;
            }
            tokio::time::sleep(Duration::from_millis(25)).await;
        }
        panic!("the bot never said {needle:?}: {:#?}", self.messages(chat));
    }

    /// Waits until the bot has sent a message with a keyboard after `after` bot messages;
    /// returns the messages it sent since then (the step) and the keyboard message.
    pub async fn next_step(&self, chat: i64, after: usize) -> (Vec<Msg>, Msg) {
        self.next_step_within(chat, after, Duration::from_secs(30)).await
    }

    /// [`next_step`](Self::next_step), waiting up to `limit`.
    pub async fn next_step_within(&self, chat: i64, after: usize, limit: Duration) -> (Vec<Msg>, Msg) {
        let deadline = Instant::now() + limit;
        while Instant::now() < deadline {
            let bot: Vec<Msg> = self.messages(chat).into_iter().filter(|m| m.from_bot).collect();
            if let Some(pos) = bot.iter().skip(after).position(|m| !m.keyboard.is_empty()) {
                let step: Vec<Msg> = bot[after..after + pos + 1].to_vec();
                let last = step.last().unwrap().clone();
                return (step, last);
            }
            tokio::time::sleep(Duration::from_millis(25)).await;
        }
        panic!(
            "no step with a keyboard after {after} in chat: {:#?}",
            self.messages(chat)
        );
    }

    /// The secret token lotsa registered with `setWebhook` (fails after 5 s without one).
    pub async fn webhook_secret(&self) -> String {
        for _ in 0..200 {
            if let Some(secret) = self.state.lock().unwrap().webhook_secret.clone() {
                return secret;
            }
            tokio::time::sleep(Duration::from_millis(25)).await;
        }
        panic!("lotsa never called setWebhook with a secret token");
    }

    /// The id the next message in any chat will get (a test can make it undeletable first).
    pub fn next_message_id(&self) -> i32 {
        self.state.lock().unwrap().next_message
    }

    pub fn bot_count(&self, chat: i64) -> usize {
        self.messages(chat).iter().filter(|m| m.from_bot).count()
    }
}

/// Telegram's limit for a message's text: 4096 UTF-16 code units (no entities are used).
pub const MAX_TEXT_UTF16: usize = 4096;

fn too_long(text: &str) -> bool {
    text.encode_utf16().count() > MAX_TEXT_UTF16
}

/// What the Bot API answers a `sendMessage` or `editMessageText` over the limit.
fn message_too_long() -> Json<Value> {
    Json(json!({"ok": false, "error_code": 400, "description": "Bad Request: message is too long"}))
}

fn ok(result: Value) -> Json<Value> {
    Json(json!({"ok": true, "result": result}))
}

async fn handle(
    State(fake): State<FakeTelegram>,
    Path((bot, method)): Path<(String, String)>,
    body: axum::body::Bytes,
) -> Json<Value> {
    respond(fake, None, bot, method, body).await
}

/// A call through [`FakeTelegram::url_via`]'s tagged URL.
async fn handle_via(
    State(fake): State<FakeTelegram>,
    Path((via, bot, method)): Path<(String, String, String)>,
    body: axum::body::Bytes,
) -> Json<Value> {
    respond(fake, Some(via), bot, method, body).await
}

async fn respond(
    fake: FakeTelegram,
    via: Option<String>,
    bot: String,
    method: String,
    body: axum::body::Bytes,
) -> Json<Value> {
    assert_eq!(bot, format!("bot{TOKEN}"), "the bot uses its token");
    let p: Value = serde_json::from_slice(&body).unwrap_or(json!({}));
    // Bot API method names are case-insensitive; teloxide sends `SendMessage`.
    let method = method.to_ascii_lowercase();
    {
        let mut s = fake.state.lock().unwrap();
        s.methods.push(method.clone());
        if WRITES.contains(&method.as_str()) {
            let write = Write {
                at: Instant::now(),
                method: method.clone(),
                chat: p["chat_id"].as_i64(),
            };
            s.writes.push(write);
            if s.roll_flood() {
                *s.flooded.entry(method.clone()).or_default() += 1;
                let after = s.flood_retry_after;
                return Json(json!({
                    "ok": false,
                    "error_code": 429,
                    "description": format!("Too Many Requests: retry after {after}"),
                    "parameters": {"retry_after": after},
                }));
            }
        }
    }
    match method.as_str() {
        "getme" => ok(json!({"id": BOT_ID, "is_bot": true, "first_name": "lotsa", "username": "lotsa_bot"})),
        "deletewebhook"
        | "setmycommands"
        | "setwebhook"
        | "leavechat"
        | "answercallbackquery"
        | "setchatmenubutton" => {
            let mut s = fake.state.lock().unwrap();
            match method.as_str() {
                "setmycommands" => {
                    let lang = p["language_code"].as_str().unwrap_or("").to_string();
                    // The real Bot API takes an empty code or two lowercase letters only.
                    if !(lang.is_empty() || (lang.len() == 2 && lang.chars().all(|c| c.is_ascii_lowercase()))) {
                        return Json(
                            json!({"ok": false, "error_code": 400, "description": "Bad Request: invalid language code specified"}),
                        );
                    }
                    let cmds = p["commands"]
                        .as_array()
                        .unwrap()
                        .iter()
                        .map(|c| {
                            (
                                c["command"].as_str().unwrap().to_string(),
                                c["description"].as_str().unwrap().to_string(),
                            )
                        })
                        .collect();
                    s.commands.insert(lang, cmds);
                }
                // teloxide sends setWebhook as multipart/form-data.
                "setwebhook" => {
                    let text = String::from_utf8_lossy(&body);
                    s.webhook_secret = text
                        .split("name=\"secret_token\"")
                        .nth(1)
                        .and_then(|rest| rest.split("\r\n\r\n").nth(1))
                        .and_then(|v| v.split("\r\n").next())
                        .map(String::from);
                }
                "leavechat" => s.left.push(p["chat_id"].as_i64().unwrap()),
                // Without chat_id: the default for every private chat.
                "setchatmenubutton" if p.get("chat_id").is_none() => {
                    s.menu_button = p["menu_button"]["type"].as_str().map(String::from);
                }
                "answercallbackquery" => s.callback_answers += 1,
                _ => {}
            }
            ok(json!(true))
        }
        "getupdates" => {
            let offset = p["offset"].as_i64().unwrap_or(0);
            let timeout = p["timeout"].as_u64().unwrap_or(0).min(2);
            let deadline = Instant::now() + Duration::from_secs(timeout);
            loop {
                let notified = fake.notify.notified();
                {
                    let mut s = fake.state.lock().unwrap();
                    s.get_updates_calls += 1;
                    if offset > 0 {
                        s.updates.retain(|u| u["update_id"].as_i64().unwrap() >= offset);
                    }
                    if !s.updates.is_empty() || Instant::now() >= deadline {
                        return ok(Value::Array(s.updates.iter().take(100).cloned().collect()));
                    }
                }
                let _ = tokio::time::timeout(deadline.saturating_duration_since(Instant::now()), notified).await;
            }
        }
        "sendmessage" => {
            if !*fake.sends_open.borrow() {
                fake.state.lock().unwrap().sends_held += 1;
                fake.held.notify_waiters();
                let _ = fake.sends_open.subscribe().wait_for(|open| *open).await;
            }
            let chat = p["chat_id"].as_i64().unwrap();
            let text = p["text"].as_str().unwrap().to_string();
            if too_long(&text) {
                fake.state.lock().unwrap().too_long += 1;
                return message_too_long();
            }
            let now = Instant::now();
            let mut s = fake.state.lock().unwrap();
            while s
                .sends
                .front()
                .is_some_and(|t| now.duration_since(*t) >= Duration::from_secs(1))
            {
                s.sends.pop_front();
            }
            // Limits are measured at arrival, so allow for the jitter between the sender's
            // pacing and this server's clock; a real burst breaks them by far.
            let chat_too_fast = s
                .last_send
                .get(&chat)
                .is_some_and(|t| now.duration_since(*t) < Duration::from_millis(800));
            if s.sends.len() >= 30 || chat_too_fast {
                s.too_many += 1;
                return Json(
                    json!({"ok": false, "error_code": 429, "description": "Too Many Requests: retry after 1", "parameters": {"retry_after": 1}}),
                );
            }
            s.sends.push_back(now);
            s.last_send.insert(chat, now);
            let id = s.next_message;
            s.next_message += 1;
            let rows: Vec<usize> = p["reply_markup"]["inline_keyboard"]
                .as_array()
                .map(|rows| rows.iter().map(|r| r.as_array().unwrap().len()).collect())
                .unwrap_or_default();
            let keyboard: Vec<(String, String)> = p["reply_markup"]["inline_keyboard"]
                .as_array()
                .map(|rows| {
                    rows.iter()
                        .flat_map(|r| r.as_array().unwrap().iter())
                        .map(|b| {
                            // Telegram refuses callback data over 64 bytes.
                            assert!(
                                b["callback_data"].as_str().unwrap().len() <= 64,
                                "callback data over 64 bytes"
                            );
                            (
                                b["callback_data"].as_str().unwrap().to_string(),
                                b["text"].as_str().unwrap().to_string(),
                            )
                        })
                        .collect()
                })
                .unwrap_or_default();
            s.chats.entry(chat).or_default().push(Msg {
                id,
                from_bot: true,
                text: text.clone(),
                keyboard,
                rows,
                keyboard_removed: false,
                deleted: false,
                at: Instant::now(),
                via: via.clone(),
            });
            ok(message_json(id, chat, &text, true))
        }
        "editmessagetext" => {
            let chat = p["chat_id"].as_i64().unwrap();
            let id = p["message_id"].as_i64().unwrap() as i32;
            let text = p["text"].as_str().unwrap_or("").to_string();
            let mut s = fake.state.lock().unwrap();
            if too_long(&text) {
                s.too_long += 1;
                return message_too_long();
            }
            let msg = s.chats.get_mut(&chat).and_then(|m| m.iter_mut().find(|m| m.id == id));
            match msg {
                // As Telegram: an edit that changes nothing is refused.
                Some(m) if m.text == text && (m.keyboard.is_empty() || m.keyboard_removed) => {
                    Json(json!({"ok": false, "error_code": 400, "description": "Bad Request: message is not modified"}))
                }
                Some(m) => {
                    m.text = text.clone();
                    m.keyboard_removed = p.get("reply_markup").is_none();
                    s.edits += 1;
                    ok(message_json(id, chat, &text, true))
                }
                None => Json(
                    json!({"ok": false, "error_code": 400, "description": "Bad Request: message to edit not found"}),
                ),
            }
        }
        "editmessagereplymarkup" => {
            let chat = p["chat_id"].as_i64().unwrap();
            let id = p["message_id"].as_i64().unwrap() as i32;
            let mut s = fake.state.lock().unwrap();
            let msg = s.chats.get_mut(&chat).and_then(|m| m.iter_mut().find(|m| m.id == id));
            match msg {
                Some(m) => {
                    m.keyboard_removed = p.get("reply_markup").is_none()
                        || p["reply_markup"]["inline_keyboard"]
                            .as_array()
                            .is_none_or(|k| k.is_empty());
                    let text = m.text.clone();
                    ok(message_json(id, chat, &text, true))
                }
                None => Json(
                    json!({"ok": false, "error_code": 400, "description": "Bad Request: message to edit not found"}),
                ),
            }
        }
        "deletemessage" => {
            let chat = p["chat_id"].as_i64().unwrap();
            let id = p["message_id"].as_i64().unwrap() as i32;
            let mut s = fake.state.lock().unwrap();
            if s.undeletable.contains(&id) {
                return Json(
                    json!({"ok": false, "error_code": 400, "description": "Bad Request: message can't be deleted for everyone"}),
                );
            }
            match s
                .chats
                .get_mut(&chat)
                .and_then(|m| m.iter_mut().find(|m| m.id == id && !m.deleted))
            {
                Some(m) => {
                    m.deleted = true;
                    ok(json!(true))
                }
                None => Json(
                    json!({"ok": false, "error_code": 400, "description": "Bad Request: message to delete not found"}),
                ),
            }
        }
        other => Json(json!({"ok": false, "error_code": 404, "description": format!("Not Found: {other}")})),
    }
}
