//! Key rotation against real Redis: conversations, a live handoff, a staff login and a
//! Telegram chat begun under one secret key carry on after a restart with a new key and
//! the old one as `previous_secret_key`, and still after the old key is removed. Without
//! the previous key they would be lost, which the control instance shows.

mod common;

use common::redis::RedisServer;
use common::staff::{ask_for_person, console, login, staff_config, user_until};
use common::telegram::{FakeTelegram, TOKEN};
use common::{choice_ids, last_ask, spawn_app_with_redis, token_of};
use serde_json::json;

const OLD: &str = "1111111111111111111111111111111111111111111111111111111111111111";
const NEW: &str = "2222222222222222222222222222222222222222222222222222222222222222";

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_rotation_loses_no_conversation_case_staff_login_or_telegram_chat() {
    let redis = RedisServer::start().await;
    let fake = FakeTelegram::start().await;
    let telegram = format!("telegram_token = \"{TOKEN}\"\ntelegram_api_url = \"{}\"\n", fake.url());
    let keys = |current: &str, previous: Option<&str>| {
        let previous = previous
            .map(|p| format!("previous_secret_key = \"{p}\"\n"))
            .unwrap_or_default();
        format!("secret_key = \"{current}\"\n{previous}{}", staff_config(""))
    };

    // Under the old key: a conversation, a live handoff, a staff login, a Telegram chat.
    let mut before = spawn_app_with_redis(&redis.url(), &format!("{telegram}{}", keys(OLD, None))).await;
    let mut plain = before.ws().await;
    let plain_token = token_of(&plain.start(Some("en")).await);
    plain.choose("promise.ok").await;
    let anna = login(&before, "anna").await;
    let mut desk = console(&before, &anna).await;
    let mut person = before.ws().await;
    let person_token = token_of(&ask_for_person(&mut person, "sv", "syd").await);
    let case = desk.queue_of(1).await["cases"][0]["case"].as_str().unwrap().to_string();
    desk.send(json!({"type": "claim", "case": case})).await;
    user_until(&mut person, "connected", |f| {
        f["type"] == "status" && f["state"] == "connected"
    })
    .await;
    person
        .send(json!({"type": "text", "text": "before the rotation"}))
        .await;
    desk.until("text", |f| f["type"] == "message" && f["from"] == "user")
        .await;
    let chat = 771;
    fake.user_text(chat, "/start", "en");
    let (_, picker) = fake.next_step(chat, 0).await;
    let n = fake.bot_count(chat);
    fake.press(chat, picker.id, "lang.en");
    let (_, promise) = fake.next_step(chat, n).await;
    drop((plain, person, desk));
    before.stop();
    // Long polling stops with the server; the next instance polls alone.
    tokio::time::sleep(std::time::Duration::from_secs(1)).await;

    // Control: the new key alone does not find them.
    let control = spawn_app_with_redis(&redis.url(), &keys(NEW, None)).await;
    let mut ws = control.ws().await;
    ws.send(json!({"type": "resume", "token": plain_token})).await;
    assert_eq!(
        ws.recv().await["code"],
        "session_expired",
        "the new key alone finds nothing"
    );
    drop(ws);
    drop(control);

    // The new key, with the old one as previous: everything carries on.
    let mut during = spawn_app_with_redis(&redis.url(), &format!("{telegram}{}", keys(NEW, Some(OLD)))).await;
    let mut plain = during.ws().await;
    plain.send(json!({"type": "resume", "token": plain_token})).await;
    let resumed = plain.until_ask().await;
    assert!(
        choice_ids(last_ask(&resumed)).contains(&"safety.yes".to_string()),
        "the conversation resumes at its step: {resumed:?}"
    );
    plain.choose("safety.yes").await;
    let mut desk = console(&during, &anna).await;
    let mut person = during.ws().await;
    person.send(json!({"type": "resume", "token": person_token})).await;
    let resumed = person.until_ask().await;
    assert!(
        choice_ids(last_ask(&resumed)).contains(&"handoff.leave".to_string()),
        "back in the live case: {resumed:?}"
    );
    desk.send(json!({"type": "say", "case": case, "text": "after the rotation"}))
        .await;
    let said = user_until(&mut person, "staff text", |f| f["type"] == "staff").await;
    assert_eq!(said.last().unwrap()["text"], "after the rotation");
    person.send(json!({"type": "text", "text": "still here"})).await;
    let heard = desk
        .until("text", |f| f["type"] == "message" && f["from"] == "user")
        .await;
    assert_eq!(heard["text"], "still here");
    let n = fake.bot_count(chat);
    fake.press(chat, promise.id, "promise.ok");
    let (_, safety) = fake.next_step(chat, n).await;
    assert!(
        safety.keyboard.iter().any(|(id, _)| id == "safety.yes"),
        "the Telegram chat goes on: {:?}",
        safety.keyboard
    );
    desk.send(json!({"type": "close", "case": case})).await;
    user_until(&mut person, "ended", |f| f["type"] == "status" && f["state"] == "ended").await;
    drop((plain, person, desk));
    during.stop();
    tokio::time::sleep(std::time::Duration::from_secs(1)).await;

    // The old key removed: what was used during the rotation moved to the new key.
    let after = spawn_app_with_redis(&redis.url(), &format!("{telegram}{}", keys(NEW, None))).await;
    let mut plain = after.ws().await;
    plain.send(json!({"type": "resume", "token": plain_token})).await;
    let resumed = plain.until_ask().await;
    assert!(
        choice_ids(last_ask(&resumed)).contains(&"who.self".to_string()),
        "the conversation moved to its new pseudonym: {resumed:?}"
    );
    console(&after, &anna).await;
    let n = fake.bot_count(chat);
    fake.user_text(chat, "/forget", "en");
    let content = common::content();
    let en = content.locales.by_code("en").unwrap();
    let forgotten = content.locales.format(en, "tg-forgotten", None);
    let said = fake.bot_messages_until(chat, n).await;
    assert!(
        said.last().unwrap().text.starts_with(&forgotten),
        "its sealed message ids opened under the new key: {:?}",
        said.last().unwrap().text
    );
}
