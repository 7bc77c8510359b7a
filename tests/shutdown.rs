//! Graceful shutdown: on SIGTERM the real binary tells every open chat, in the person's
//! language, that it is reconnecting, closes with "service restart", and exits; the
//! conversation stays in Redis and resumes on another instance. The staff console hears
//! it too, and a message being handled when the signal comes is answered first.

mod common;

use std::time::Duration;

use common::binary::Binary;
use common::redis::RedisServer;
use common::staff::{console, login, staff_config};
use common::{choice_ids, last_ask, spawn_app_with_redis, token_of};
use serde_json::json;

fn reconnecting_text(lang: &str) -> String {
    let content = common::content();
    let lang = content.locales.by_code(lang).unwrap();
    content.locales.format(lang, "error-reconnecting", None)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sigterm_says_reconnecting_in_the_persons_language_and_the_chat_resumes_elsewhere() {
    let redis = RedisServer::start().await;
    let extra = format!("redis_url = \"{}\"", redis.url());
    let mut process = Binary::start(&extra, &[]);
    let mut ws = process.ws().await;
    let token = token_of(&ws.start(Some("uk")).await);
    ws.choose("promise.ok").await;
    let mut other = process.ws().await;
    other.start(Some("ar")).await;

    process.terminate();
    for (ws, lang) in [(&mut ws, "uk"), (&mut other, "ar")] {
        let goodbye = ws.recv().await;
        assert_eq!(goodbye["type"], "error", "{goodbye}");
        assert_eq!(goodbye["code"], "reconnecting", "{goodbye}");
        assert_eq!(goodbye["lang"], lang, "in the person's language: {goodbye}");
        assert_eq!(goodbye["text"], reconnecting_text(lang).as_str());
        assert_eq!(ws.close_code().await, Some(1012), "service restart");
    }
    let status = process.exit_within(Duration::from_secs(15)).await;
    assert!(status.success(), "a clean exit: {status:?}");

    // What the page does next: reconnect (here, to another instance) and resume.
    let elsewhere = spawn_app_with_redis(&redis.url(), "").await;
    let mut ws = elsewhere.ws().await;
    ws.send(json!({"type": "resume", "token": token})).await;
    let frames = ws.until_ask().await;
    assert!(!frames.iter().any(|f| f["type"] == "error"), "{frames:?}");
    assert_eq!(last_ask(&frames)["lang"], "uk");
    let next = ws.choose("safety.yes").await;
    assert!(
        choice_ids(last_ask(&next)).contains(&"who.self".to_string()),
        "{next:?}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_message_in_flight_is_answered_before_the_goodbye_and_staff_hear_it_too() {
    let redis = RedisServer::start().await;
    let mut app = spawn_app_with_redis(&redis.url(), &staff_config("")).await;
    let staff = login(&app, "root").await;
    let mut console = console(&app, &staff).await;
    let mut ws = app.ws().await;
    ws.start(Some("fa")).await;

    // The choice is being handled, its store write waiting on a paused Redis, when the
    // stop comes. Redis wakes well within the command timeout.
    redis.pause();
    ws.send(json!({"type": "choose", "id": "promise.ok"})).await;
    tokio::time::sleep(Duration::from_millis(300)).await;
    app.stop();
    tokio::time::sleep(Duration::from_millis(100)).await;
    redis.resume();
    let answered = ws.until_ask().await;
    assert!(
        !answered.iter().any(|f| f["type"] == "error"),
        "answered first: {answered:?}"
    );
    assert!(choice_ids(last_ask(&answered)).contains(&"safety.yes".to_string()));
    let goodbye = ws.recv().await;
    assert_eq!(goodbye["code"], "reconnecting", "{goodbye}");
    assert_eq!(goodbye["lang"], "fa");
    assert_eq!(ws.close_code().await, Some(1012));

    let frame = console.until("the goodbye", |f| f["type"] == "error").await;
    assert_eq!(frame["code"], "reconnecting", "{frame}");
    assert_eq!(console.ws.close_code().await, Some(1012));
}
