//! The mailbox on Telegram, against the fake Bot API on loopback with a real teloxide
//! `Bot` and the staff console's WebSocket: leave a message (shown back with "send",
//! "also send the answer to this chat" and "change it"), answer it from the console, the
//! answer delivered to the chat, `/code` and the code typed (its message deleted from the
//! chat), the one reply, delete; in sv, en and ar. And a wrong code: the same words, no
//! sooner than a right one, and never left in the chat. Texts of 2,000 characters within
//! Telegram's 4096 UTF-16 units. And two instances on one Redis: left on A, answered on B,
//! delivered from B, read on A, with no text, code or chat id stored or logged.

mod common;

use std::sync::Arc;
use std::sync::atomic::{AtomicI64, Ordering};
use std::time::{Duration, Instant};

use common::mailbox::{contains, item_with, list_until, redis_contents, spawn_with_clock, until_state};
use common::redis::RedisServer;
use common::spawn_app;
use common::staff::{console, login, staff_config};
use common::telegram::{FakeTelegram, Msg, TOKEN};
use lotsa::mailbox::ANSWER_FLOOR;
use serde_json::json;

const SENTINEL: &str = "Telegram-mailbox-sentinel Vexmoor 0707";
const ANSWER: &str = "Staff-answer-sentinel: we can meet you";
const REPLY: &str = "Reply-sentinel from Telegram";

fn config(fake: &FakeTelegram) -> String {
    format!(
        "telegram_token = \"{TOKEN}\"\ntelegram_api_url = \"{}\"\n{}",
        fake.url(),
        staff_config("")
    )
}

fn words(lang: &str, id: &str) -> String {
    let content = common::content();
    let l = content.locales.by_code(lang).unwrap();
    content.locales.format(l, id, None)
}

/// Types `text` and waits for the next step with a keyboard.
async fn type_text(fake: &FakeTelegram, chat: i64, lang: &str, text: &str) -> (Vec<Msg>, Msg, i32) {
    let before = fake.bot_count(chat);
    let id = fake.user_text(chat, text, lang);
    let (step, keyboard) = fake.next_step(chat, before).await;
    (step, keyboard, id)
}

fn ids(keyboard: &Msg) -> Vec<&str> {
    keyboard.keyboard.iter().map(|(d, _)| d.as_str()).collect()
}

/// The receipt code in a message: 16 digits in groups of four.
fn code_in(text: &str) -> Option<String> {
    let chars: Vec<char> = text.chars().collect();
    (0..chars.len().saturating_sub(18)).find_map(|start| {
        let candidate: String = chars[start..start + 19].iter().collect();
        candidate
            .chars()
            .enumerate()
            .all(|(i, c)| if i % 5 == 4 { c == ' ' } else { c.is_ascii_digit() })
            .then_some(candidate)
    })
}

/// From `/start` to the writing step of the south's team.
async fn to_writing(fake: &FakeTelegram, chat: i64, lang: &str) -> Msg {
    fake.user_text(chat, "/start", lang);
    let (_, picker) = fake.next_step(chat, 0).await;
    fake.press(chat, picker.id, &format!("lang.{lang}"));
    fake.next_step(chat, 1).await;
    let (_, regions, _) = type_text(fake, chat, lang, "/human").await;
    let (_, consent) = fake.choose(chat, &regions, "region.syd").await;
    let (_, write) = fake.choose(chat, &consent, "handoff.mailbox").await;
    assert!(write.text.contains(&words(lang, "mailbox-write-ask")), "{}", write.text);
    write
}

/// `/code`, then the code typed: the step after, and the id of the message with the code.
async fn open(fake: &FakeTelegram, chat: i64, lang: &str, code: &str) -> (Vec<Msg>, Msg, i32) {
    let (_, ask, _) = type_text(fake, chat, lang, "/code").await;
    assert!(ask.text.contains(&words(lang, "mailbox-code-ask")), "{}", ask.text);
    type_text(fake, chat, lang, code).await
}

fn was_deleted(fake: &FakeTelegram, chat: i64, id: i32) -> bool {
    fake.messages(chat).iter().any(|m| m.id == id && m.deleted)
}

/// Waits (up to 20 s) until message `id` of `chat` is deleted; `false` if it never is.
async fn deleted_soon(fake: &FakeTelegram, chat: i64, id: i32) -> bool {
    let deadline = Instant::now() + Duration::from_secs(20);
    while Instant::now() < deadline {
        if was_deleted(fake, chat, id) {
            return true;
        }
        tokio::time::sleep(Duration::from_millis(25)).await;
    }
    false
}

/// The person's own messages still on the phone that contain `text`.
fn typed_on_phone(fake: &FakeTelegram, chat: i64, text: &str) -> Vec<Msg> {
    let state = fake.state.lock().unwrap();
    state
        .on_phone(chat)
        .into_iter()
        .filter(|m| !m.from_bot && m.text.contains(text))
        .collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn telegram_end_to_end_in_sv_en_and_ar_with_the_answer_sent_to_the_chat() {
    let fake = FakeTelegram::start().await;
    let app = spawn_app(&config(&fake)).await;
    let anna = login(&app, "anna").await;
    let mut staff = console(&app, &anna).await;
    for (n, lang) in ["sv", "en", "ar"].into_iter().enumerate() {
        let chat = 500 + n as i64;
        let text = format!("{SENTINEL} ({lang}) مرحبا");
        to_writing(&fake, chat, lang).await;

        // Shown back with its three buttons, and the person's own message deleted from the
        // chat; "change it" deletes the copy and asks again.
        let (_, shown, typed) = type_text(&fake, chat, lang, &text).await;
        assert!(shown.text.ends_with(&text), "{}", shown.text);
        assert_eq!(ids(&shown), ["mbx.send", "mbx.here", "mbx.again"]);
        assert!(
            deleted_soon(&fake, chat, typed).await,
            "the typed message leaves the chat"
        );
        let left = typed_on_phone(&fake, chat, &text);
        assert!(left.is_empty(), "only the copy shown back holds it: {left:#?}");
        let (_, asked) = fake.choose(chat, &shown, "mbx.again").await;
        assert!(was_deleted(&fake, chat, shown.id), "the shown-back message is deleted");
        assert!(asked.text.contains(&words(lang, "mailbox-write-ask")));
        let (_, shown, typed) = type_text(&fake, chat, lang, &text).await;
        assert!(deleted_soon(&fake, chat, typed).await, "typed again, deleted again");
        let (step, done) = fake.choose(chat, &shown, "mbx.here").await;
        assert!(was_deleted(&fake, chat, shown.id), "the text leaves the chat once sent");
        let on_phone: Vec<Msg> = fake.state.lock().unwrap().on_phone(chat);
        assert!(on_phone.iter().all(|m| !m.text.contains(&text)), "{on_phone:#?}");
        let receipt = step
            .iter()
            .find_map(|m| code_in(&m.text).map(|c| (c, m)))
            .expect("a receipt");
        let (code, receipt) = receipt;
        assert!(receipt.text.contains(&words(lang, "mailbox-telegram-deliver-set")));
        assert!(ids(&done).contains(&"mailbox.menu"), "{:?}", ids(&done));

        let items = list_until(&mut staff, "the message", |items| {
            items.iter().any(|i| i["text"] == text)
        })
        .await;
        let item = items.iter().find(|i| i["text"] == text).unwrap();
        assert_eq!(
            (item["region"].as_str(), item["lang"].as_str()),
            (Some("syd"), Some(lang))
        );
        let id = item["item"].as_str().unwrap().to_string();

        // Answered: the answer comes to the chat, with the words in the chat's language.
        staff
            .send(json!({"type": "mailbox_answer", "item": id, "text": ANSWER}))
            .await;
        staff.until("answered", |f| f["type"] == "mailbox_answered").await;
        let delivered = fake.bot_says(chat, ANSWER).await;
        assert!(
            delivered.text.contains(&words(lang, "mailbox-answer-intro")),
            "{}",
            delivered.text
        );

        // /code and the code: the message holding it is deleted, the answer shown.
        let (step, opened, typed) = open(&fake, chat, lang, &code).await;
        assert!(was_deleted(&fake, chat, typed), "the code does not stay in the chat");
        let shown: Vec<&str> = step.iter().map(|m| m.text.as_str()).collect();
        assert!(shown.iter().any(|t| t.contains(ANSWER)), "{shown:?}");
        assert!(
            shown.iter().all(|t| code_in(t).is_none()),
            "never said again: {shown:?}"
        );
        assert!(
            shown
                .iter()
                .any(|t| t.contains(&words(lang, "tg-mailbox-code-deleted")))
        );
        assert_eq!(ids(&opened)[..3], ["mailbox.reply", "mailbox.delete", "mailbox.menu"]);

        // The one reply: shown back without "send the answer here", then sent.
        let (_, write) = fake.choose(chat, &opened, "mailbox.reply").await;
        assert!(write.text.contains(&words(lang, "mailbox-reply-ask")));
        let (_, shown, typed) = type_text(&fake, chat, lang, REPLY).await;
        assert_eq!(ids(&shown), ["mbx.send", "mbx.again"]);
        assert!(
            deleted_soon(&fake, chat, typed).await,
            "the typed reply leaves the chat"
        );
        let left = typed_on_phone(&fake, chat, REPLY);
        assert!(left.is_empty(), "{left:#?}");
        let (step, _) = fake.choose(chat, &shown, "mbx.send").await;
        assert!(step.iter().any(|m| m.text.contains(&words(lang, "mailbox-reply-sent"))));
        list_until(&mut staff, "the reply", |items| {
            items.iter().any(|i| i["item"] == id.as_str() && i["reply"] == REPLY)
        })
        .await;

        // Delete everything, then the code finds nothing.
        let (_, opened, _) = open(&fake, chat, lang, &code).await;
        let (step, _) = fake.choose(chat, &opened, "mailbox.delete").await;
        assert!(step.iter().any(|m| m.text.contains(&words(lang, "mailbox-deleted"))));
        list_until(&mut staff, "the item gone", |items| {
            items.iter().all(|i| i["text"] != text)
        })
        .await;
        let (step, _, typed) = open(&fake, chat, lang, &code).await;
        assert!(was_deleted(&fake, chat, typed));
        assert!(
            step.iter().any(|m| m.text.contains(&words(lang, "error-not_found"))),
            "{step:?}"
        );
    }
    let kv = app.kv.as_ref().unwrap();
    assert!(kv.keys().iter().all(|k| !k.contains("mailbox")), "{:?}", kv.keys());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_wrong_code_gets_the_same_words_no_sooner_and_leaves_the_chat() {
    let fake = FakeTelegram::start().await;
    let _app = spawn_app(&config(&fake)).await;
    let chat = 77;
    let write = to_writing(&fake, chat, "en").await;
    let _ = write;
    let (_, shown, _) = type_text(&fake, chat, "en", "a message").await;
    let (step, _) = fake.choose(chat, &shown, "mbx.send").await;
    let code = step.iter().find_map(|m| code_in(&m.text)).expect("a receipt");

    let started = Instant::now();
    let (step, _, typed) = open(&fake, chat, "en", &code).await;
    assert!(started.elapsed() >= ANSWER_FLOOR);
    assert!(was_deleted(&fake, chat, typed));
    assert!(step.iter().any(|m| m.text.contains(&words("en", "mailbox-waiting"))));
    let not_found = words("en", "error-not_found");
    let mut answers = Vec::new();
    for wrong in ["1234 5678 9012 3456", "not a code at all"] {
        let started = Instant::now();
        let (step, again, typed) = open(&fake, chat, "en", wrong).await;
        assert!(started.elapsed() >= ANSWER_FLOOR, "{wrong}");
        assert!(was_deleted(&fake, chat, typed), "{wrong} does not stay in the chat");
        assert!(again.text.contains(&words("en", "mailbox-code-ask")), "asked again");
        let error = step.iter().find(|m| m.text.contains(&not_found)).expect("not found");
        answers.push(error.text.clone());
    }
    assert_eq!(answers[0], answers[1], "the same words");
    // Nothing the person typed as a code is left on the phone.
    for m in fake.state.lock().unwrap().on_phone(chat) {
        assert!(m.from_bot || !m.text.contains("1234 5678"), "{m:?}");
        assert!(m.from_bot || !m.text.contains(&code), "{m:?}");
    }
}

/// Telegram refuses a text over 4096 UTF-16 units (the fake answers 400 as it does), and
/// a message of 2,000 characters is up to 4,000 units by itself. 2,000 emoji, 2,000
/// Arabic and 2,000 Tigrinya letters, and a text that begins with the header's own words:
/// shown back (the header alone first when the two do not fit), sent, answered from the
/// console with 2,000 emoji, delivered to the chat and opened with the code, every time
/// whole, and Telegram never refused a text.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_thousand_characters_of_emoji_arabic_or_tigrinya_go_and_come_back_whole() {
    let fake = FakeTelegram::start().await;
    let app = spawn_app(&config(&fake)).await;
    let anna = login(&app, "anna").await;
    let mut staff = console(&app, &anna).await;
    let answer = "🙂".repeat(2000);
    let header = format!(
        "{}\n\n{}\n\n",
        words("en", "ui-mailbox-confirm"),
        words("en", "mailbox-telegram-deliver-info")
    );
    let mimic: String = header.chars().chain(std::iter::repeat('😀')).take(2000).collect();
    let cases = [
        ("en", "😀".repeat(2000), true),
        ("ar", "م".repeat(2000), false),
        ("ti", "ሰ".repeat(2000), false),
        ("en", mimic, false),
    ];
    for (n, (lang, text, alone)) in cases.into_iter().enumerate() {
        let chat = 600 + n as i64;
        assert_eq!(text.chars().count(), 2000);
        to_writing(&fake, chat, lang).await;
        let (shown_step, shown, typed) = type_text(&fake, chat, lang, &text).await;
        if alone {
            // Over the limit together: the header is a message of its own, before it.
            assert_eq!(shown.text, text, "the text alone carries the buttons");
            assert_eq!(shown_step.len(), 2, "{shown_step:#?}");
            assert!(shown_step[0].text.starts_with(&words(lang, "ui-mailbox-confirm")));
        } else {
            assert!(shown.text.ends_with(&text), "{}", shown.text);
            assert_ne!(shown.text, text, "one message, the header first");
        }
        assert_eq!(ids(&shown), ["mbx.send", "mbx.here", "mbx.again"]);
        assert!(deleted_soon(&fake, chat, typed).await);
        let (step, _) = fake.choose(chat, &shown, "mbx.here").await;
        for m in &shown_step {
            assert!(was_deleted(&fake, chat, m.id), "{lang}: the shown-back messages go");
        }
        let code = step.iter().find_map(|m| code_in(&m.text)).expect("a receipt");

        // The text reaches staff whole (a mimic of the header loses nothing either).
        let items = list_until(&mut staff, "the long message", |items| {
            items.iter().any(|i| i["text"] == text.as_str())
        })
        .await;
        let id = items.iter().find(|i| i["text"] == text.as_str()).unwrap()["item"]
            .as_str()
            .unwrap()
            .to_string();
        staff
            .send(json!({"type": "mailbox_answer", "item": id, "text": answer}))
            .await;
        staff.until("answered", |f| f["type"] == "mailbox_answered").await;
        let delivered = fake.bot_says(chat, &answer).await;
        assert!(delivered.text.ends_with(&answer), "{}", delivered.text);
        let (step, _, _) = open(&fake, chat, lang, &code).await;
        assert!(
            step.iter().any(|m| m.text.contains(&answer)),
            "{lang}: the answer whole when opened: {step:#?}"
        );
    }
    assert_eq!(fake.state.lock().unwrap().too_long, 0, "Telegram never refused a text");
}

/// Two instances on one Redis, the Telegram channel polling on A and in webhook mode on B
/// (as a second instance must be: long polling runs on one instance only). A person on
/// Telegram leaves a sentinel message on A and asks for the answer in this chat; staff
/// answer from a console on B; the answer reaches the chat from B, the instance it was
/// given on; the person opens it with the code on A. While it waits, once answered, once
/// read and after expiry by the test's clock, no Redis key or value holds the text, the
/// code (with or without spaces) or the chat id (as decimal text, or as its 8 bytes either
/// way round); nor do the logs (the audit log included) or either instance's `/metrics`.
/// After expiry no `lotsa:{mailbox}` key is left.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_instances_on_one_redis_telegram_on_a_answered_on_b_no_sentinel_anywhere() {
    let logs = common::capture::trace();
    let redis = RedisServer::start().await;
    let url = redis.url();
    let fake = FakeTelegram::start().await;
    let now = Arc::new(AtomicI64::new(jiff::Timestamp::now().as_second()));
    // Each instance reaches the fake through its own tag, so a message says who sent it.
    let config = |tag: &str, more: &str| {
        format!(
            "telegram_token = \"{TOKEN}\"\ntelegram_api_url = \"{}\"\n{more}{}\n[mailbox]\nkeep_days = 2\n",
            fake.url_via(tag),
            staff_config("")
        )
    };
    let config_a = config("a", "");
    let config_b = config(
        "b",
        "telegram_webhook_url = \"https://lotsa-b.example/telegram/webhook\"\n",
    );
    let (a, mailbox_a) = spawn_with_clock(Some(url.as_str()), &config_a, &now).await;
    let (b, _) = spawn_with_clock(Some(url.as_str()), &config_b, &now).await;

    // A chat id of a real account's size; its bytes cannot turn up by chance.
    let chat: i64 = 5_987_654_321_123;
    let text = format!("{SENTINEL} on two instances");
    to_writing(&fake, chat, "sv").await;
    let (_, shown, _) = type_text(&fake, chat, "sv", &text).await;
    let (step, _) = fake.choose(chat, &shown, "mbx.here").await;
    let code = step.iter().find_map(|m| code_in(&m.text)).expect("a receipt");
    let digits = code.replace(' ', "");

    let needles: Vec<(&str, Vec<u8>)> = vec![
        ("the text", text.clone().into_bytes()),
        ("the code", code.clone().into_bytes()),
        ("the code's digits", digits.clone().into_bytes()),
        ("the chat id", chat.to_string().into_bytes()),
        ("the chat id, little-endian", chat.to_le_bytes().to_vec()),
        ("the chat id, big-endian", chat.to_be_bytes().to_vec()),
    ];
    let check = |contents: &[(String, Vec<Vec<u8>>)], when: &str| {
        for (key, values) in contents {
            for v in values {
                for (what, n) in &needles {
                    assert!(!contains(v, n), "{when}: {what} in Redis key {key}");
                }
            }
        }
    };
    let mailbox_keys = |contents: &[(String, Vec<Vec<u8>>)]| -> Vec<String> {
        contents
            .iter()
            .map(|(k, _)| k.clone())
            .filter(|k| k.starts_with("lotsa:{mailbox}"))
            .collect()
    };
    let stored = redis_contents(&url).await;
    assert!(!mailbox_keys(&stored).is_empty(), "the item waits in Redis");
    check(&stored, "waiting");

    // Answered from a console on B: the answer comes to the chat.
    let anna = login(&b, "anna").await;
    let mut console_b = console(&b, &anna).await;
    let items = list_until(&mut console_b, "the message on B", |items| {
        item_with(items, &text).is_some()
    })
    .await;
    let id = item_with(&items, &text).unwrap()["item"].as_str().unwrap().to_string();
    console_b
        .send(json!({"type": "mailbox_answer", "item": id, "text": ANSWER}))
        .await;
    console_b.until("answered", |f| f["type"] == "mailbox_answered").await;
    let delivered = fake.bot_says(chat, ANSWER).await;
    assert_eq!(
        delivered.via.as_deref(),
        Some("b"),
        "sent by the instance it was given on"
    );
    assert_eq!(step[0].via.as_deref(), Some("a"), "the conversation is A's");
    check(&redis_contents(&url).await, "answered and sent to the chat");

    // Opened with the code on A.
    let (step, _, typed) = open(&fake, chat, "sv", &code).await;
    assert!(deleted_soon(&fake, chat, typed).await);
    assert!(step.iter().any(|m| m.text.contains(ANSWER)), "{step:#?}");
    until_state(&mut console_b, "read on B", &id, "read").await;
    check(&redis_contents(&url).await, "read");

    // A day after it was read, by the test's clock: nothing of the mailbox is left.
    now.fetch_add(86_400, Ordering::SeqCst);
    assert_eq!(mailbox_a.sweep().await.unwrap(), 1);
    let stored = redis_contents(&url).await;
    assert_eq!(mailbox_keys(&stored), Vec::<String>::new());
    check(&stored, "expired");

    // The logs (the audit log included), and both instances' metrics.
    let log = logs.text();
    assert!(log.contains("mailbox_answer"), "the answer is audited");
    for (what, n) in &needles {
        assert!(!contains(log.as_bytes(), n), "{what} in the log");
    }
    for app in [&a, &b] {
        let metrics = app.metrics().await;
        for (what, n) in &needles {
            assert!(!contains(metrics.as_bytes(), n), "{what} in /metrics");
        }
    }
}

/// Should Telegram refuse to delete the typed message (as it does past 48 hours), it stays
/// where it is and its id stays with the conversation: `/forget` deletes it later.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_typed_message_telegram_refuses_to_delete_is_kept_for_forget() {
    let fake = FakeTelegram::start().await;
    let _app = spawn_app(&config(&fake)).await;
    let chat = 88;
    to_writing(&fake, chat, "en").await;
    let refused = fake.next_message_id();
    fake.state.lock().unwrap().undeletable.insert(refused);
    let deletes = || {
        let state = fake.state.lock().unwrap();
        state
            .writes
            .iter()
            .filter(|w| w.method == "deletemessage" && w.chat == Some(chat))
            .count()
    };
    let before = deletes();
    let (_, shown, typed) = type_text(&fake, chat, "en", "a message Telegram keeps").await;
    assert_eq!(typed, refused);
    let deadline = Instant::now() + Duration::from_secs(20);
    while deletes() == before && Instant::now() < deadline {
        tokio::time::sleep(Duration::from_millis(25)).await;
    }
    assert!(deletes() > before, "the delete was tried");
    let (_, _) = fake.choose(chat, &shown, "mbx.send").await;
    assert!(!was_deleted(&fake, chat, typed), "Telegram refused it");

    // Telegram lets it go now: /forget deletes it with the rest.
    fake.state.lock().unwrap().undeletable.remove(&refused);
    let n = fake.bot_count(chat);
    fake.user_text(chat, "/forget", "en");
    let last = fake.bot_messages_until(chat, n).await.pop().unwrap();
    assert!(last.text.starts_with(&words("en", "tg-forgotten")), "{}", last.text);
    assert!(was_deleted(&fake, chat, typed), "kept for /forget, and deleted by it");
}
