//! Bad input keeps the session going: each kind gets a localized `error` frame, and the
//! next valid message continues the same conversation.

mod common;

use common::{choice_ids, last_ask, spawn_app};
use serde_json::json;
use tokio_tungstenite::tungstenite::Message;

/// Starts in `lang`, moves one step, sends `bad`, and checks the error and that the
/// conversation is still at the same step afterwards.
async fn check(lang: &str, bad: Message, code: &str) {
    let app = spawn_app("").await;
    let content = common::content();
    let l = content.locales.by_code(lang).unwrap();
    let mut ws = app.ws().await;
    ws.start(Some(lang)).await;
    let before = ws.choose("promise.ok").await;
    ws.send_raw(bad).await;
    let error = ws.recv().await;
    assert_eq!(error["type"], "error", "{error}");
    assert_eq!(error["code"], code, "{error}");
    assert_eq!(error["lang"], lang);
    let want = content.locales.format(l, &format!("error-{code}"), None);
    assert_eq!(error["text"], want.as_str());
    // The session continues where it was.
    let after = ws.choose("safety.yes").await;
    assert!(choice_ids(last_ask(&before)).contains(&"safety.yes".to_string()));
    assert!(
        choice_ids(last_ask(&after)).contains(&"who.self".to_string()),
        "{after:?}"
    );
}

#[tokio::test]
async fn invalid_json() {
    for lang in ["sv", "en", "ar"] {
        check(lang, Message::Text("{not json".into()), "bad_request").await;
    }
}

#[tokio::test]
async fn binary_frame() {
    check("ar", Message::Binary(vec![0, 159, 146, 150].into()), "bad_request").await;
}

#[tokio::test]
async fn hundred_kilobyte_message() {
    let text = json!({"type": "text", "text": "x".repeat(100 * 1024)}).to_string();
    check("sv", Message::Text(text.into()), "too_long").await;
}

#[tokio::test]
async fn unknown_type() {
    check(
        "en",
        Message::Text(json!({"type": "launch", "id": "x"}).to_string().into()),
        "bad_request",
    )
    .await;
}

#[tokio::test]
async fn unknown_choice_id_repeats_the_question() {
    let app = spawn_app("").await;
    for lang in ["sv", "en", "ar"] {
        let mut ws = app.ws().await;
        ws.start(Some(lang)).await;
        let before = ws.choose("promise.ok").await;
        let frames = ws.choose("no.such.choice").await;
        assert_eq!(frames[0]["type"], "error");
        assert_eq!(frames[0]["code"], "unknown_choice");
        assert_eq!(frames[0]["lang"], lang);
        assert_eq!(last_ask(&frames), last_ask(&before), "the same question again");
        let after = ws.choose("safety.yes").await;
        assert!(choice_ids(last_ask(&after)).contains(&"who.self".to_string()));
    }
}

#[tokio::test]
async fn free_text_where_a_choice_is_expected() {
    let app = spawn_app("").await;
    let mut ws = app.ws().await;
    ws.start(Some("ar")).await;
    ws.send(json!({"type": "text", "text": "hello?"})).await;
    let frames = ws.until_ask().await;
    assert_eq!(frames[0]["code"], "pick_option");
    assert_eq!(frames[0]["dir"], "rtl");
    assert!(
        frames.iter().all(|f| !f.to_string().contains("hello?")),
        "typed text is never echoed"
    );
}

#[tokio::test]
async fn messages_before_start_and_wrong_fields() {
    let app = spawn_app("").await;
    let mut ws = app.ws().await;
    ws.send(json!({"type": "choose", "id": "promise.ok"})).await;
    assert_eq!(ws.recv().await["code"], "no_session");
    ws.send(json!({"type": "choose"})).await;
    assert_eq!(ws.recv().await["code"], "bad_request");
    ws.send(json!({"type": "resume", "token": "not-a-token"})).await;
    assert_eq!(ws.recv().await["code"], "bad_request");
    // Still usable.
    let frames = ws.start(Some("sv")).await;
    assert_eq!(last_ask(&frames)["lang"], "sv");
}

#[tokio::test]
async fn flooding_is_rate_limited_without_dropping_the_connection() {
    let app = spawn_app("").await;
    let mut ws = app.ws().await;
    ws.start(Some("en")).await;
    for _ in 0..60 {
        ws.send(json!({"type": "choose", "id": "no.such.choice"})).await;
    }
    // The burst is answered, the first refused frame is told `rate_limited`, and the rest
    // of the run is dropped unanswered: the page is quiet again well before 60 answers.
    let mut limited = 0;
    let mut answered = 0;
    while let Ok(f) = tokio::time::timeout(std::time::Duration::from_millis(500), ws.recv()).await {
        match f["code"].as_str() {
            Some("rate_limited") => limited += 1,
            Some("unknown_choice") => {
                answered += 1;
                ws.recv().await; // the repeated question
            }
            _ => panic!("unexpected {f}"),
        }
    }
    assert!(limited > 0 && answered > 0, "limited {limited}, answered {answered}");
    assert!(
        answered + limited < 60,
        "not one answer per flooded frame: {answered} + {limited}"
    );
    let frames = ws.choose("promise.ok").await;
    assert!(choice_ids(last_ask(&frames)).contains(&"safety.yes".to_string()));
}

#[tokio::test]
async fn commands_not_offered_are_refused_like_unknown_choices() {
    let app = spawn_app("").await;
    let mut ws = app.ws().await;
    let frames = ws.start(None).await;
    let offered = choice_ids(last_ask(&frames));
    assert!(
        !offered.contains(&"nav.menu".to_string()),
        "no menu before a language is chosen"
    );
    let frames = ws.choose("nav.menu").await;
    assert_eq!(frames[0]["code"], "unknown_choice");
    assert_eq!(
        last_ask(&frames)["choices"],
        last_ask(&ws.choose("nav.back").await)["choices"]
    );
}
