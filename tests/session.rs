//! Reconnect and expiry: `resume` continues where the person was; after idle expiry the
//! conversation is gone; `end` and the quick-exit beacon erase it.

mod common;

use common::{last_ask, spawn_app, token_of};
use serde_json::json;

#[tokio::test]
async fn resume_after_reconnect_continues_the_conversation() {
    let app = spawn_app("").await;
    let mut ws = app.ws().await;
    let token = token_of(&ws.start(Some("ar")).await);
    ws.choose("promise.ok").await;
    let here = ws.choose("safety.yes").await;
    drop(ws);

    let mut ws = app.ws().await;
    ws.send(json!({"type": "resume", "token": token})).await;
    let frames = ws.until_ask().await;
    assert_eq!(token_of(&frames), token);
    assert_eq!(last_ask(&frames), last_ask(&here));
    let next = ws.choose("who.self").await;
    assert_eq!(last_ask(&next)["lang"], "ar");
    assert!(common::choice_ids(last_ask(&next)).contains(&"check.start".to_string()));
}

#[tokio::test]
async fn idle_expiry_erases_the_conversation() {
    let app = spawn_app("session_idle_secs = 1").await;
    let mut ws = app.ws().await;
    let token = token_of(&ws.start(Some("sv")).await);
    ws.choose("promise.ok").await;
    tokio::time::sleep(std::time::Duration::from_millis(1600)).await;

    // On the same connection: the next message finds nothing and starts again.
    let frames = {
        ws.send(json!({"type": "choose", "id": "safety.yes"})).await;
        ws.until_ask().await
    };
    assert_eq!(frames[0]["code"], "session_expired");
    assert_eq!(frames[0]["lang"], "sv");
    assert_ne!(token_of(&frames), token, "a fresh conversation gets a fresh token");
    assert!(
        common::choice_ids(last_ask(&frames))
            .iter()
            .any(|c| c.starts_with("lang.")),
        "back at the picker"
    );

    // And the old token no longer resumes.
    assert!(app.token_is_gone(&token).await);
}

#[tokio::test]
async fn end_erases_and_the_token_cannot_resume() {
    let app = spawn_app("").await;
    let mut ws = app.ws().await;
    let token = token_of(&ws.start(Some("en")).await);
    let frames = ws.choose("nav.end").await;
    assert_eq!(frames.last().unwrap(), &json!({"type": "status", "state": "closed"}));
    ws.send(json!({"type": "choose", "id": "promise.ok"})).await;
    assert_eq!(ws.recv().await["code"], "no_session");

    assert!(app.token_is_gone(&token).await);

    // The protocol's own end frame works the same way.
    let mut ws = app.ws().await;
    ws.start(Some("en")).await;
    ws.send(json!({"type": "end"})).await;
    assert_eq!(ws.until_ask().await.last().unwrap()["state"], "closed");
}

#[tokio::test]
async fn quick_exit_beacon_erases_the_conversation() {
    let app = spawn_app("").await;
    let mut ws = app.ws().await;
    let token = token_of(&ws.start(Some("en")).await);
    let client = reqwest::Client::new();
    let response = client
        .post(app.http("/chat/end"))
        .body(token.clone())
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 204);
    // The page's socket, if still open, hears that the conversation is closed.
    assert_eq!(ws.recv().await, json!({"type": "status", "state": "closed"}));
    // Garbage gets the same answer, so the endpoint reveals nothing.
    let response = client.post(app.http("/chat/end")).body("garbage").send().await.unwrap();
    assert_eq!(response.status(), 204);

    assert!(app.token_is_gone(&token).await);
}

#[tokio::test]
async fn accept_language_chooses_the_pickers_language_and_a_hint_skips_it() {
    let app = spawn_app("").await;
    use tokio_tungstenite::tungstenite::client::IntoClientRequest;
    let mut request = app.ws_url().into_client_request().unwrap();
    request
        .headers_mut()
        .insert("accept-language", "ar-SE,ar;q=0.9,en;q=0.5".parse().unwrap());
    let (stream, _) = tokio_tungstenite::connect_async(request).await.unwrap();
    let mut ws = common::Ws { stream };
    let frames = ws.start(None).await;
    let ask = last_ask(&frames);
    assert_eq!(ask["lang"], "ar");
    assert_eq!(ask["dir"], "rtl");
    assert!(
        common::choice_ids(ask)
            .iter()
            .all(|c| c.starts_with("lang.") || c.starts_with("nav."))
    );
    let ui = frames.iter().find(|f| f["type"] == "ui").expect("ui labels");
    assert_eq!(ui["lang"], "ar");

    let mut ws = app.ws().await;
    let frames = ws.start(Some("sv")).await;
    assert!(common::choice_ids(last_ask(&frames)).contains(&"promise.ok".to_string()));
}

#[tokio::test]
async fn starting_again_erases_the_earlier_conversation() {
    let app = spawn_app("").await;
    let mut ws = app.ws().await;
    let first = token_of(&ws.start(Some("en")).await);
    let second = token_of(&ws.start(Some("en")).await);
    assert_ne!(first, second);
    assert!(app.token_is_gone(&first).await);
}

/// A page on a touch screen says so in `start` and `resume`, and in every language the
/// quick-exit promise then names only the Exit button; without it (or with `false`) the
/// promise names the Escape key as well. The flag belongs to the connection: a resume from
/// a desktop after a phone's start gets the keyboard wording again.
#[tokio::test]
async fn the_touch_flag_picks_the_promise_for_a_phone_in_every_language() {
    let app = spawn_app("").await;
    let content = common::content();
    for lang in content.locales.all() {
        let code = content.locales.code(lang);
        let keyboard = content.locales.format(lang, "promise-exit", None);
        let touch = content
            .locales
            .format_attribute(lang, "promise-exit", "touch", None)
            .unwrap_or_else(|| panic!("{code}: promise-exit has a .touch variant"));
        assert_ne!(keyboard, touch, "{code}");
        let says = |frames: &[serde_json::Value]| -> Vec<String> {
            frames
                .iter()
                .filter(|f| f["type"] == "say")
                .map(|f| f["text"].as_str().unwrap().to_string())
                .collect()
        };
        let mut ws = app.ws().await;
        ws.send(serde_json::json!({"type": "start", "lang": code, "touch": true}))
            .await;
        let frames = ws.until_ask().await;
        let token = common::token_of(&frames);
        assert!(says(&frames).contains(&touch), "{code}: {frames:?}");
        assert!(!says(&frames).contains(&keyboard), "{code}");

        let mut desk = app.ws().await;
        desk.send(serde_json::json!({"type": "resume", "token": token})).await;
        let frames = desk.until_ask().await;
        assert!(
            says(&frames).contains(&keyboard),
            "{code}: resumed on a desktop: {frames:?}"
        );

        let mut phone = app.ws().await;
        phone
            .send(serde_json::json!({"type": "resume", "token": token, "touch": true}))
            .await;
        let frames = phone.until_ask().await;
        assert!(says(&frames).contains(&touch), "{code}: resumed on a phone: {frames:?}");
    }
}
