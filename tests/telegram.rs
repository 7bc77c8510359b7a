//! The Telegram channel against a fake Bot API on loopback, driven by a real teloxide
//! `Bot`: every flow in every language by inline buttons, the same words as the web chat,
//! the webhook secret, `/forget`, non-text updates, Telegram's rate limits under load,
//! malformed updates, groups, and what reaches the logs and the store.

mod common;

use std::sync::{Arc, OnceLock};

use common::capture::Capture;
use common::flows::{paths, replay_served};
use common::spawn_app;
use common::telegram::{FakeTelegram, Msg, TOKEN};
use lotsa::channel::telegram::format::bidi;
use lotsa::config::LogFormat;
use lotsa::content::Content;
use lotsa::render::{self, Rendered};
use serde_json::{Value, json};

/// Logs of this whole test binary at TRACE, through the production filter.
fn logs() -> &'static Capture {
    static CAPTURE: OnceLock<Capture> = OnceLock::new();
    CAPTURE.get_or_init(|| {
        let capture = Capture::default();
        lotsa::telemetry::install(lotsa::telemetry::filter("trace"), LogFormat::Json, capture.clone());
        capture
    })
}

fn telegram(fake: &FakeTelegram, extra: &str) -> String {
    format!(
        "telegram_token = \"{TOKEN}\"\ntelegram_api_url = \"{}\"\n{extra}",
        fake.url()
    )
}

/// Starts a conversation in `code` and returns the keyboard message of the first step.
async fn begin(fake: &FakeTelegram, chat: i64, code: &str) -> Msg {
    begin_step(fake, chat, code).await.1
}

/// The Telegram text the web chat's answer for `path` corresponds to: the same paragraphs,
/// except where a message has a `.telegram` attribute (it mentions the web page's Exit
/// button), which Telegram shows instead.
fn expected_from_web(content: &Content, code: &str, path: &[String], web: &[Value]) -> (String, Vec<(String, String)>) {
    let (state, replies) = replay_served(content, content.locales.by_code(code).unwrap(), path);
    let plain = render::render(content, state.lang, &replies);
    let variant = render::render_variant(content, state.lang, &replies, Some("telegram"));
    let web: Vec<&Value> = web
        .iter()
        .filter(|f| f["type"] != "session" && f["type"] != "ui")
        .collect();
    assert_eq!(web.len(), plain.len());
    let dir = content.locales.dir(state.lang).as_str();
    let mut paragraphs = Vec::new();
    let mut keyboard = Vec::new();
    for ((w, p), v) in web.iter().zip(&plain).zip(&variant) {
        let text = if p == v {
            w["text"].as_str().unwrap().to_string()
        } else {
            v.text().unwrap().to_string()
        };
        paragraphs.push(bidi(&text, dir));
        if let Rendered::Ask { .. } = p {
            keyboard = w["choices"]
                .as_array()
                .unwrap()
                .iter()
                .map(|c| {
                    (
                        c["id"].as_str().unwrap().to_string(),
                        bidi(c["label"].as_str().unwrap(), c["dir"].as_str().unwrap()),
                    )
                })
                .collect();
        }
    }
    (paragraphs.join("\n\n"), keyboard)
}

/// Bots the walk spreads over: Telegram's limits (thirty sends a second) are per bot, and
/// the walk sends thousands of messages, so each bot walks a share of the languages.
const WALK_BOTS: usize = 3;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_flow_in_every_language_by_buttons_matches_the_web_chat() {
    logs();
    let content = Arc::new(common::content());
    let paths = paths(&content);
    let walkable: Vec<&Vec<String>> = paths
        .iter()
        .filter(|(id, _)| !content.flows.in_case(**id))
        .map(|(_, p)| p)
        .collect();
    // In every language: the paths that end where no other path goes on, so together
    // they pass through every node, and every step on the way is compared. In English
    // besides: every choice of every node, each from a fresh chat.
    let through_every_node: Vec<Vec<String>> = walkable
        .iter()
        .filter(|p| !walkable.iter().any(|q| q.len() > p.len() && q.starts_with(p)))
        .map(|p| (*p).clone())
        .collect();
    let mut jobs: Vec<(usize, String, Vec<String>)> = Vec::new();
    for (i, code) in content.locales.codes().enumerate() {
        for p in &through_every_node {
            jobs.push((i % WALK_BOTS, code.to_string(), p.clone()));
        }
    }
    // The handoff's own nodes need a team on duty: tests/handoff_telegram.rs.
    for (node_id, path) in paths.iter().filter(|(id, _)| !content.flows.in_case(**id)) {
        for choice in &content.flows.node(*node_id).choices {
            let mut p = path.clone();
            p.push(choice.id.clone());
            jobs.push((jobs.len() % WALK_BOTS, "en".to_string(), p));
        }
    }
    let mut bots = Vec::new();
    for _ in 0..WALK_BOTS {
        let fake = FakeTelegram::start().await;
        // Every walker connects from 127.0.0.1, unlike real visitors: the per-address
        // limit (default 32, tests/limits.rs) is raised to the walkers' number.
        let one_address = "[limits]\nmax_connections_per_address = 1000";
        let app = Arc::new(spawn_app(&telegram(&fake, one_address)).await);
        bots.push((fake, app));
    }
    let mut presses = vec![0; WALK_BOTS];
    let limit = Arc::new(tokio::sync::Semaphore::new(64 * WALK_BOTS));
    let mut tasks = Vec::new();
    for (i, (bot, code, path)) in jobs.into_iter().enumerate() {
        presses[bot] += path.len() + 1;
        let (fake, app) = (bots[bot].0.clone(), bots[bot].1.clone());
        let (content, limit) = (content.clone(), limit.clone());
        tasks.push(tokio::spawn(async move {
            let _permit = limit.acquire().await.unwrap();
            let chat = 10_000 + i as i64;
            let (mut step, mut keyboard) = begin_step(&fake, chat, &code).await;
            // The web chat, over a real WebSocket, for the same choice ids.
            let mut ws = app.ws().await;
            let mut web = ws.start(Some(&code)).await;
            let mut reached = Vec::new();
            for n in 0..=path.len() {
                let prefix = &path[..n];
                if n > 0 {
                    let pressed = keyboard.id;
                    (step, keyboard) = fake.choose(chat, &keyboard, &path[n - 1]).await;
                    let old = fake.messages(chat).into_iter().find(|m| m.id == pressed).unwrap();
                    assert!(old.keyboard_removed, "the answered keyboard is removed");
                    web = ws.choose(&path[n - 1]).await;
                }
                let (text, buttons) = expected_from_web(&content, &code, prefix, &web);
                let got: Vec<&str> = step.iter().map(|m| m.text.as_str()).collect();
                assert_eq!(got.join("\n\n"), text, "{code}: {}", prefix.join(" → "));
                assert_eq!(keyboard.keyboard, buttons, "{code}: {}", prefix.join(" → "));
                reached.push((
                    code.clone(),
                    content.flows.node(dialogue_node(&content, &code, prefix)).name.clone(),
                ));
            }
            reached
        }));
    }
    let mut visited = std::collections::BTreeSet::new();
    for t in tasks {
        visited.extend(t.await.expect("walk succeeded"));
    }
    for code in content.locales.codes() {
        let seen: std::collections::BTreeSet<&str> = visited
            .iter()
            .filter(|(c, _)| c == code)
            .map(|(_, n)| n.as_str())
            .collect();
        // The steps after a mailbox step's `done` follow typing, not a button:
        // tests/mailbox_telegram.rs walks them (left, opened, replied, deleted).
        for id in content
            .flows
            .ids()
            .filter(|id| !content.flows.in_case(*id) && paths.contains_key(id))
        {
            let name = content.flows.node(id).name.as_str();
            assert!(
                seen.contains(name) || name == "language",
                "{code}: node {name} never visited"
            );
        }
    }
    for ((fake, _), presses) in bots.iter().zip(presses) {
        let s = fake.state.lock().unwrap();
        assert_eq!(s.too_many, 0, "no 429 from the fake Bot API");
        assert!(s.callback_answers >= presses, "every press is answered");
    }
}

/// Starts a conversation in `code`: the first step's messages and its keyboard message.
async fn begin_step(fake: &FakeTelegram, chat: i64, code: &str) -> (Vec<Msg>, Msg) {
    fake.user_text(chat, "/start", code);
    let (_, picker) = fake.next_step(chat, 0).await;
    fake.press(chat, picker.id, &format!("lang.{code}"));
    fake.next_step(chat, 1).await
}

fn dialogue_node(content: &Content, code: &str, path: &[String]) -> lotsa::flow::NodeId {
    replay_served(content, content.locales.by_code(code).unwrap(), path)
        .0
        .node
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn commands_are_registered_in_every_language_and_work() {
    logs();
    let fake = FakeTelegram::start().await;
    let _app = spawn_app(&telegram(&fake, "")).await;
    let content = common::content();
    let chat = 7;
    let first = begin(&fake, chat, "sv").await;
    // The promise in its Telegram wording (the chat stays on the phone and Telegram's servers).
    let promise = content
        .locales
        .format_attribute(
            content.locales.by_code("sv").unwrap(),
            "promise-anonymous",
            "telegram",
            None,
        )
        .expect("the promise has a Telegram variant");
    assert!(first.text.contains(&promise), "{}", first.text);
    {
        let s = fake.state.lock().unwrap();
        // Every locale's commands, under the two-letter code Telegram files them by
        // (`zh-Hans` as `zh`; `fa-AF` shares `fa`'s; `pcm`, without one, the default).
        for lang in content.locales.all() {
            let code = content.locales.code(lang);
            let language = code.split('-').next().unwrap();
            let (filed, by) = match language.len() {
                2 => match content.locales.by_code(language) {
                    Some(own) => (language, own),
                    None => (language, lang),
                },
                _ => ("", content.locales.fallback()),
            };
            let cmds = s.commands.get(filed).unwrap_or_else(|| panic!("commands for `{code}`"));
            let names: Vec<&str> = cmds.iter().map(|(c, _)| c.as_str()).collect();
            // `/code`: coming back with a mailbox receipt code (tests/mailbox_telegram.rs).
            assert_eq!(names, ["start", "language", "menu", "help", "human", "code", "forget"]);
            assert_eq!(cmds[0].1, content.locales.format(by, "tg-cmd-start", None), "{code}");
            assert_eq!(cmds[5].1, content.locales.format(by, "tg-cmd-code", None), "{code}");
            assert_eq!(cmds[6].1, content.locales.format(by, "tg-cmd-forget", None), "{code}");
        }
        assert_eq!(s.commands["ar"][0].1, "البدء من جديد");
        assert_eq!(s.commands[""][0].1, "Start again");
    }
    // /human shows the regions, /menu the menu, /language the picker, typed text a hint.
    let n = fake.bot_count(chat);
    fake.user_text(chat, "/human", "sv");
    let (_, kb) = fake.next_step(chat, n).await;
    assert!(kb.keyboard.iter().any(|(d, _)| d == "region.syd"));
    let n = fake.bot_count(chat);
    fake.user_text(chat, "/menu", "sv");
    let (_, kb) = fake.next_step(chat, n).await;
    assert!(kb.keyboard.iter().any(|(d, _)| d == "menu.rights"));
    let n = fake.bot_count(chat);
    fake.user_text(chat, "hej, vad gör jag nu?", "sv");
    let (step, kb) = fake.next_step(chat, n).await;
    let sv = content.locales.by_code("sv").unwrap();
    assert!(
        step[0]
            .text
            .starts_with(&content.locales.format(sv, "error-pick_option", None))
    );
    assert!(
        kb.keyboard.iter().any(|(d, _)| d == "menu.rights"),
        "the same question again"
    );
    let n = fake.bot_count(chat);
    fake.user_text(chat, "/language", "sv");
    let (_, kb) = fake.next_step(chat, n).await;
    assert!(kb.keyboard.iter().any(|(d, _)| d == "lang.ar"));
    // Languages in columns, so that every one of them fits on a phone screen.
    let languages = kb.keyboard.iter().filter(|(d, _)| d.starts_with("lang.")).count();
    assert_eq!(languages, content.locales.len());
    let commands = kb.keyboard.len() - languages;
    assert_eq!(
        kb.rows.len(),
        languages.div_ceil(3) + commands.div_ceil(2),
        "three languages a row, then the commands in pairs: {:?}",
        kb.rows
    );
    assert!(
        kb.rows[..languages.div_ceil(3)].iter().all(|n| (1..=3).contains(n)),
        "{:?}",
        kb.rows
    );
    let (step, _) = fake.choose(chat, &kb, "lang.ar").await;
    assert!(
        step[0].text.contains('\u{2068}') || !step[0].text.contains('{'),
        "Arabic keeps isolation marks"
    );
    // A stale keyboard: pressing it changes nothing.
    let n = fake.bot_count(chat);
    fake.press(chat, first.id, "promise.ok");
    tokio::time::sleep(std::time::Duration::from_millis(500)).await;
    assert_eq!(fake.bot_count(chat), n, "an old button does nothing");
}

/// As on the web page: an answered question keeps its text and gains the answer, and its
/// buttons go; the commands sit behind the menu button.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn answered_questions_collapse_into_their_answers() {
    logs();
    let fake = FakeTelegram::start().await;
    let _app = spawn_app(&telegram(&fake, "")).await;
    let chat = 8;
    let promise = begin(&fake, chat, "en").await;
    let (_, safety) = fake.choose(chat, &promise, "promise.ok").await;
    let (_, _who) = fake.choose(chat, &safety, "safety.yes").await;
    let content = common::content();
    let en = content.locales.by_code("en").unwrap();
    for (question, answer) in [(&promise, "promise-ok"), (&safety, "safety-yes")] {
        let now = fake.messages(chat).into_iter().find(|m| m.id == question.id).unwrap();
        let label = content.locales.format(en, answer, None);
        assert_eq!(now.text, format!("{}\n\n✓ {label}", question.text));
        assert!(now.keyboard_removed, "the answered question's buttons are gone");
    }
    assert_eq!(fake.state.lock().unwrap().menu_button.as_deref(), Some("commands"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn forget_deletes_the_conversation_on_both_sides() {
    logs();
    let fake = FakeTelegram::start().await;
    let app = spawn_app(&telegram(&fake, "")).await;
    let content = common::content();
    let en = content.locales.by_code("en").unwrap();
    let chat = 42;
    let kb = begin(&fake, chat, "en").await;
    let (_, _kb) = fake.choose(chat, &kb, "promise.ok").await;
    let before: Vec<i32> = fake.messages(chat).iter().map(|m| m.id).collect();
    let forget_id = fake.user_text(chat, "/forget", "en");
    let all = fake.bot_messages_until(chat, 3).await;
    let last = all.last().unwrap();
    // What was erased, then the one optional question, on the same message.
    let asked = |text: String| format!("{text}\n\n{}", content.locales.format(en, "survey-ask", None));
    assert_eq!(last.text, asked(content.locales.format(en, "tg-forgotten", None)));
    assert_eq!(last.keyboard.len(), 4, "yes, a little, no, skip: {:?}", last.keyboard);
    for m in fake.messages(chat) {
        if before.contains(&m.id) || m.id == forget_id {
            assert!(m.deleted, "message {} was not deleted", m.id);
        }
    }
    assert!(
        app.store.as_ref().expect("memory store").records().is_empty(),
        "the session is erased"
    );

    // Messages older than 48 hours cannot be deleted: the person is told plainly.
    let chat = 43;
    let kb = begin(&fake, chat, "en").await;
    fake.state.lock().unwrap().undeletable.insert(kb.id);
    let n = fake.bot_count(chat);
    fake.user_text(chat, "/forget", "en");
    let all = fake.bot_messages_until(chat, n).await;
    let mut args = fluent_bundle::FluentArgs::new();
    args.set("count", 1);
    assert_eq!(
        all.last().unwrap().text,
        asked(bidi(
            &content.locales.format(en, "tg-forget-partial", Some(&args)),
            "ltr"
        ))
    );
    assert!(
        all.last().unwrap().text.contains("one message is"),
        "singular: {}",
        all.last().unwrap().text
    );

    // "End and erase" does the same.
    let chat = 44;
    let kb = begin(&fake, chat, "en").await;
    let n = fake.bot_count(chat);
    fake.press(chat, kb.id, "nav.end");
    let all = fake.bot_messages_until(chat, n).await;
    assert_eq!(
        all.last().unwrap().text,
        asked(content.locales.format(en, "tg-forgotten", None))
    );
    assert!(
        fake.messages(chat)
            .iter()
            .filter(|m| m.id != all.last().unwrap().id)
            .all(|m| m.deleted)
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn non_text_updates_get_the_text_only_answer_and_leave_no_trace() {
    let capture = logs();
    let fake = FakeTelegram::start().await;
    let app = spawn_app(&telegram(&fake, "")).await;
    let content = common::content();
    let en = content.locales.by_code("en").unwrap();
    let chat = 77;
    begin(&fake, chat, "en").await;
    for (kind, send) in [("photo", 0), ("location", 1), ("contact", 2)] {
        let n = fake.bot_count(chat);
        let id = match send {
            0 => fake.user_photo(chat),
            1 => fake.user_location(chat),
            _ => fake.user_contact(chat),
        };
        let all = fake.bot_messages_until(chat, n).await;
        assert_eq!(
            all.last().unwrap().text,
            content.locales.format(en, "tg-text-only", None),
            "{kind}"
        );
        let user_msg = fake.messages(chat).into_iter().find(|m| m.id == id).unwrap();
        assert_eq!(
            user_msg.deleted,
            kind != "photo",
            "{kind}: a location or contact is deleted from the chat"
        );
    }
    let stored = format!("{:?}", app.store.as_ref().expect("memory store").records());
    let logs = capture.text();
    for secret in [
        "59.329",
        "18.068",
        "46701234567",
        "Contactsson",
        "PHOTO-FILE-ID",
        "Secret Name",
        "secret_user",
        TOKEN,
        "\"77\"",
    ] {
        assert!(!stored.contains(secret), "{secret} in the store");
        assert!(!logs.contains(secret), "{secret} in the logs");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_hundred_users_at_once_stay_within_limits_and_lose_nothing() {
    logs();
    let fake = FakeTelegram::start().await;
    let _app = spawn_app(&telegram(&fake, "")).await;
    let users: Vec<i64> = (0..200).map(|i| 50_000 + i).collect();
    for chat in &users {
        fake.user_text(*chat, "/start", "en");
    }
    let mut tasks = Vec::new();
    for chat in users.clone() {
        let fake = fake.clone();
        tasks.push(tokio::spawn(async move {
            let (_, picker) = fake.next_step(chat, 0).await;
            fake.press(chat, picker.id, "lang.en");
            let (_, first) = fake.next_step(chat, 1).await;
            first.keyboard.iter().any(|(d, _)| d == "promise.ok")
        }));
    }
    for t in tasks {
        assert!(t.await.unwrap(), "every user reached the first step");
    }
    let s = fake.state.lock().unwrap();
    assert_eq!(s.too_many, 0, "no 429");
    for chat in users {
        assert_eq!(
            s.chats[&chat].iter().filter(|m| m.from_bot).count(),
            2,
            "no message lost or doubled"
        );
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn malformed_updates_neither_crash_nor_get_logged() {
    let capture = logs();
    let fake = FakeTelegram::start().await;
    let _app = spawn_app(&telegram(&fake, "")).await;
    let chat = 88;
    fake.push_raw(json!({"message": {"message_id": 1, "text": "MALFORMED-no-chat"}, "surprise": {"MALFORMED": true}}));
    fake.push_raw(json!({"unknown_kind": {"MALFORMED": "field"}}));
    fake.push_raw(json!({"callback_query": {"id": "x", "data": "MALFORMED-cb"}}));
    let kb = begin(&fake, chat, "en").await;
    let n = fake.bot_count(chat);
    fake.user_text(chat, &format!("MALFORMED-long {}", "x".repeat(10 * 1024)), "en");
    let (step, again) = fake.next_step(chat, n).await;
    let content = common::content();
    let en = content.locales.by_code("en").unwrap();
    assert!(
        step[0]
            .text
            .starts_with(&content.locales.format(en, "error-too_long", None))
    );
    assert_eq!(again.keyboard, kb.keyboard, "the same question again");
    // Groups: the bot says why and leaves.
    fake.group_message(-100, "hello bot");
    for _ in 0..200 {
        if fake.state.lock().unwrap().left.contains(&-100) {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(25)).await;
    }
    assert!(fake.state.lock().unwrap().left.contains(&-100), "left the group");
    assert_eq!(
        fake.messages(-100).last().unwrap().text,
        content.locales.format(en, "tg-group", None)
    );
    let logs = capture.text();
    assert!(!logs.contains("MALFORMED"), "malformed updates are not logged");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn webhook_requires_the_secret() {
    logs();
    let fake = FakeTelegram::start().await;
    let app = spawn_app(&telegram(
        &fake,
        "telegram_webhook_url = \"https://example.org/telegram/webhook\"",
    ))
    .await;
    // The secret lotsa registered with setWebhook.
    let secret = fake.webhook_secret().await;
    assert_eq!(
        fake.state.lock().unwrap().get_updates_calls,
        0,
        "no polling in webhook mode"
    );
    let update = json!({"update_id": 1, "message": {
        "message_id": 5, "date": 1_790_000_000,
        "chat": {"id": 321, "type": "private", "first_name": "Secret Name"},
        "from": {"id": 321, "is_bot": false, "first_name": "Secret Name", "language_code": "ar"},
        "text": "/start"}});
    let client = reqwest::Client::new();
    let url = app.http("/telegram/webhook");
    let r = client.post(&url).json(&update).send().await.unwrap();
    assert_eq!(r.status(), 401, "no secret");
    let r = client
        .post(&url)
        .header("X-Telegram-Bot-Api-Secret-Token", "wrong")
        .json(&update)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 401, "wrong secret");
    let r = client
        .post(&url)
        .header("X-Telegram-Bot-Api-Secret-Token", &secret)
        .json(&update)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    let (_, picker) = fake.next_step(321, 0).await;
    assert!(
        picker.keyboard.iter().any(|(d, _)| d == "lang.ar"),
        "the update was handled"
    );
    // A body that is not an update is acknowledged and dropped.
    let r = client
        .post(&url)
        .header("X-Telegram-Bot-Api-Secret-Token", &secret)
        .body("{nonsense")
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn with_redis_the_chat_id_is_only_stored_sealed() {
    logs();
    let redis = common::redis::RedisServer::start().await;
    let fake = FakeTelegram::start().await;
    let _app = common::spawn_app_with_redis(&redis.url(), &telegram(&fake, "")).await;
    let chat: i64 = 5_550_123_456;
    let kb = begin(&fake, chat, "en").await;
    let (_, kb) = fake.choose(chat, &kb, "promise.ok").await;
    let (_, _) = fake.choose(chat, &kb, "safety.yes").await;
    let mut conn = redis.client().await;
    let keys = common::redis::lotsa_keys(&mut conn).await;
    assert_eq!(keys.len(), 1, "one conversation, one key: {keys:?}");
    let value: Vec<u8> = redis::cmd("GET").arg(&keys[0]).query_async(&mut conn).await.unwrap();
    for needle in [
        chat.to_string().into_bytes(),
        chat.to_le_bytes().to_vec(),
        b"Secret Name".to_vec(),
        b"secret_user".to_vec(),
    ] {
        assert!(
            !value.windows(needle.len()).any(|w| w == needle.as_slice()),
            "found {needle:?} in the stored record"
        );
        assert!(
            !keys[0].as_bytes().windows(needle.len()).any(|w| w == needle.as_slice()),
            "found {needle:?} in the key"
        );
    }
}

/// A chat that floods is told once, in its language, and its further updates are dropped
/// before they are queued (counted as `Limited`); after a pause it is answered as usual.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_flooding_chat_is_told_once_and_its_excess_dropped() {
    logs();
    let fake = FakeTelegram::start().await;
    let app = spawn_app(&telegram(&fake, "")).await;
    let chat = 4242;
    let kb = begin(&fake, chat, "sv").await;
    let before = fake.bot_count(chat);
    // Presses on a message without a live keyboard: each one that passes costs the bot
    // nothing it sends (the stale buttons are removed), so only the notice is a message.
    for _ in 0..60 {
        fake.press(chat, kb.id + 1000, "promise.ok");
    }
    let bot = fake.bot_messages_until(chat, before).await;
    let content = common::content();
    let sv = content.locales.by_code("sv").unwrap();
    assert_eq!(
        bot[before].text,
        bidi(&content.locales.format(sv, "error-rate_limited", None), "ltr"),
        "told once, in the conversation's language"
    );
    let metrics = || async { app.metrics().await };
    let mut limited = 0;
    for _ in 0..200 {
        let text = metrics().await;
        limited = text
            .lines()
            .find_map(|l| l.strip_prefix("lotsa_telegram_updates_total{kind=\"Limited\"} "))
            .map_or(0, |n| n.parse::<u64>().unwrap());
        if limited >= 20 {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(25)).await;
    }
    assert!((20..=40).contains(&limited), "the excess was dropped: {limited}");
    // The rate refills (10 a second): the chat is answered again, and was told only once.
    tokio::time::sleep(std::time::Duration::from_secs(3)).await;
    let (_, next) = fake.choose(chat, &kb, "promise.ok").await;
    assert!(!next.keyboard.is_empty());
    let notices = fake
        .messages(chat)
        .iter()
        .filter(|m| m.from_bot && m.text == bot[before].text)
        .count();
    assert_eq!(notices, 1, "one notice for the whole run");
    let text = metrics().await;
    let callbacks = text
        .lines()
        .find_map(|l| l.strip_prefix("lotsa_telegram_updates_total{kind=\"Callback\"} "))
        .map_or(0, |n| n.parse::<u64>().unwrap());
    assert!(
        callbacks > 60,
        "every update is counted by kind, dropped or not: {text}"
    );
    assert!(
        text.contains("lotsa_conversations_total{channel=\"Telegram\"} 1"),
        "{text}"
    );
}

/// Issue 22.9: a crowd on Telegram against a Bot API that answers a fifth of the write
/// calls 429 with `retry_after`, as Telegram's flood control does. Every write (sends,
/// edits, deletes, callback answers) stays within 30 a second overall and every send
/// within 1 a second per chat; every 429 is retried after its `retry_after`; and after
/// `/forget` nothing is left on any phone but the last answer, which says plainly that
/// everything was deleted.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_crowd_under_flood_control_stays_within_limits_and_forget_leaves_nothing() {
    const CHATS: i64 = 40;
    const STEPS: usize = 3;
    let wait = std::time::Duration::from_secs(90);
    logs();
    let fake = FakeTelegram::start().await;
    let _app = spawn_app(&telegram(&fake, "")).await;
    fake.flood(20, 1);
    let content = Arc::new(common::content());
    let mut tasks = Vec::new();
    for chat in (0..CHATS).map(|i| 70_000 + i) {
        let fake = fake.clone();
        let content = content.clone();
        tasks.push(tokio::spawn(async move {
            fake.user_text(chat, "/start", "en");
            let (_, picker) = fake.next_step_within(chat, 0, wait).await;
            fake.press(chat, picker.id, "lang.en");
            let (_, mut kb) = fake.next_step_within(chat, 1, wait).await;
            for _ in 0..STEPS {
                let choice = kb
                    .keyboard
                    .iter()
                    .map(|(d, _)| d.clone())
                    .find(|d| !d.starts_with("nav."))
                    .expect("a step to take");
                let before = fake.bot_count(chat);
                fake.press(chat, kb.id, &choice);
                kb = fake.next_step_within(chat, before, wait).await.1;
            }
            let n = fake.bot_count(chat);
            fake.user_text(chat, "/forget", "en");
            let last = fake.bot_messages_within(chat, n, wait).await.pop().unwrap();
            let en = content.locales.by_code("en").unwrap();
            let forgotten = format!(
                "{}\n\n{}",
                content.locales.format(en, "tg-forgotten", None),
                content.locales.format(en, "survey-ask", None)
            );
            assert_eq!(last.text, forgotten, "chat {chat}: told that all was deleted");
            // Every message of the conversation, both sides, is gone from the phone.
            let left = fake.state.lock().unwrap().on_phone(chat);
            let left: Vec<i32> = left.iter().map(|m| m.id).filter(|id| *id != last.id).collect();
            assert!(left.is_empty(), "chat {chat}: {} messages left: {left:?}", left.len());
        }));
    }
    for t in tasks {
        t.await.unwrap();
    }
    let s = fake.state.lock().unwrap();
    let peak = s.peak_writes_per_second();
    let per_chat = s.peak_per_chat_second("sendmessage");
    eprintln!(
        "writes: {}, flooded: {:?}, peak per second: {peak}, sends per chat and second: {per_chat}",
        s.writes.len(),
        s.flooded
    );
    assert!(peak <= 30, "at most 30 writes a second overall: {peak}");
    assert_eq!(per_chat, 1, "at most one send a second per chat");
    assert_eq!(s.too_many, 0, "no limit broken");
    for method in ["deletemessage", "editmessagetext", "sendmessage", "answercallbackquery"] {
        assert!(
            s.flooded.get(method).is_some_and(|n| *n > 0),
            "{method} was flooded too"
        );
    }
}

/// Issue 22.9: under flood control, `/forget` tells the person exactly how many messages
/// Telegram truly refused to delete (older than 48 hours), not the deletes that merely met
/// a 429 on the way; every other message is gone.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn under_flood_control_forget_reports_only_what_truly_could_not_be_deleted() {
    logs();
    let fake = FakeTelegram::start().await;
    let _app = spawn_app(&telegram(&fake, "")).await;
    let content = common::content();
    let en = content.locales.by_code("en").unwrap();
    let chat = 4343;
    let kb = begin(&fake, chat, "en").await;
    let (_, kb) = fake.choose(chat, &kb, "promise.ok").await;
    let (_, kb) = fake.choose(chat, &kb, "safety.yes").await;
    // Half the writes from here on are refused once or more with a 429.
    fake.flood(50, 1);
    // The person's /start and the last question are too old to delete.
    let first = {
        let mut s = fake.state.lock().unwrap();
        let first = s.chats[&chat][0].id;
        s.undeletable.extend([first, kb.id]);
        first
    };
    let n = fake.bot_count(chat);
    fake.user_text(chat, "/forget", "en");
    let last = fake
        .bot_messages_within(chat, n, std::time::Duration::from_secs(60))
        .await
        .pop()
        .unwrap();
    let mut args = fluent_bundle::FluentArgs::new();
    args.set("count", 2);
    let partial = bidi(&content.locales.format(en, "tg-forget-partial", Some(&args)), "ltr");
    assert_eq!(
        last.text,
        format!("{partial}\n\n{}", content.locales.format(en, "survey-ask", None)),
        "two messages truly stayed"
    );
    let s = fake.state.lock().unwrap();
    let left: Vec<i32> = s
        .on_phone(chat)
        .iter()
        .map(|m| m.id)
        .filter(|id| *id != last.id)
        .collect();
    assert_eq!(left, vec![first, kb.id], "only the undeletable ones are left");
    assert!(
        s.flooded.get("deletemessage").is_some_and(|n| *n > 0),
        "some deletes met a 429: {:?}",
        s.flooded
    );
}

/// Issue 22, "Telegram still counts before it stores": when Redis hangs in the middle of a
/// step, the step is not counted (each counter would wait for its own timeout first), so the
/// chat's next update gets the degraded answer after the failed save's timeout and its own
/// lookup's, not after a timeout for every counter as well. As in the web chat.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_redis_that_hangs_mid_step_delays_the_next_answer_by_the_store_timeout_not_every_counter() {
    logs();
    let redis = common::redis::RedisServer::start().await;
    let fake = FakeTelegram::start().await;
    let _app = common::spawn_app_with_redis(&redis.url(), &telegram(&fake, "")).await;
    let content = common::content();
    let en = content.locales.by_code("en").unwrap();
    let chat = 6006;
    fake.user_text(chat, "/start", "en");
    let (_, picker) = fake.next_step(chat, 0).await;
    // The language choice is counted. Its answer is on its way when Redis hangs, so the
    // store is reached next: the save of the step, then (before the fix) the counter.
    fake.hold_sends();
    fake.press(chat, picker.id, "lang.en");
    fake.send_held().await;
    redis.pause();
    let n = fake.bot_count(chat);
    fake.user_text(chat, "hello", "en");
    fake.release_sends();
    let (_, step) = fake.next_step(chat, n).await;
    let unavailable: Vec<String> = lotsa::channel::telegram::format::messages(&render::unavailable(&content, en))
        .into_iter()
        .map(|m| m.text)
        .collect();
    let answer = degraded_answer(&fake, chat, &unavailable[0], 0).await;
    let waited = answer.at.duration_since(step.at);
    // What one store command costs while Redis hangs, measured: the next update's lookup.
    let asked = fake.user_text(chat, "hello again", "en");
    let asked = fake.messages(chat).into_iter().find(|m| m.id == asked).unwrap();
    let again = degraded_answer(&fake, chat, &unavailable[0], 1).await;
    redis.resume();
    let one = again.at.duration_since(asked.at);
    // The failed save's and the lookup's; before the fix every counter added its own.
    let slack = lotsa::session::redis_store::COMMAND_TIMEOUT / 2;
    eprintln!("waited {waited:?}; one store command {one:?}");
    assert!(
        waited < one * 2 + slack,
        "answered after {waited:?}, when one store command costs {one:?}"
    );
}

/// The `n`th (0-based) bot message in `chat` reading `text`, waiting up to 20 s.
async fn degraded_answer(fake: &FakeTelegram, chat: i64, text: &str, n: usize) -> Msg {
    for _ in 0..800 {
        let found: Vec<Msg> = fake
            .messages(chat)
            .into_iter()
            .filter(|m| m.from_bot && m.text == text)
            .collect();
        if let Some(m) = found.get(n) {
            return m.clone();
        }
        tokio::time::sleep(std::time::Duration::from_millis(25)).await;
    }
    panic!("no degraded answer #{n}: {:#?}", fake.messages(chat));
}
