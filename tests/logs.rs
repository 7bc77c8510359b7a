//! No typed text, token or hint reaches the logs, even at TRACE for every crate. The
//! capture uses the production filter and format from `lotsa::telemetry`.

mod common;

use common::capture::Capture;
use common::{spawn_app, token_of};
use lotsa::config::LogFormat;
use serde_json::json;
use tokio_tungstenite::tungstenite::Message;

const SENTINEL: &str = "SENTINEL-Kz81-my-name-is-Maria";

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_whole_conversation_at_trace_leaves_no_text_in_the_logs() {
    let capture = Capture::default();
    lotsa::telemetry::install(lotsa::telemetry::filter("trace"), LogFormat::Json, capture.clone());

    let app = spawn_app("").await;
    let mut ws = app.ws().await;
    let frames = ws.start(Some("en")).await;
    let token = token_of(&frames);
    for id in ["promise.ok", "safety.yes", "who.self", "check.start", "sign.yes"] {
        ws.choose(id).await;
        ws.send(json!({"type": "text", "text": format!("{SENTINEL} lives at Storgatan 1, phone 0701234567")}))
            .await;
        ws.until_ask().await;
    }
    // Sentinels in every place input can go: bad JSON, unknown types and choices, hints.
    ws.send_raw(Message::Text(
        format!("{{\"type\":\"text\",\"text\":\"{SENTINEL}").into(),
    ))
    .await;
    ws.recv().await;
    ws.send(json!({"type": SENTINEL})).await;
    ws.recv().await;
    ws.choose(SENTINEL).await;
    ws.send(json!({"type": "start", "lang": SENTINEL})).await;
    ws.until_ask().await;
    ws.send(json!({"type": "resume", "token": token})).await;
    ws.until_ask().await;
    ws.send_raw(Message::Binary(SENTINEL.as_bytes().to_vec().into())).await;
    ws.recv().await;
    let _ = reqwest::get(app.http(&format!("/?q={SENTINEL}"))).await.unwrap();
    ws.choose("nav.end").await;
    drop(ws);
    tokio::time::sleep(std::time::Duration::from_millis(200)).await;

    let logs = String::from_utf8(capture.0.lock().unwrap().clone()).unwrap();
    assert!(logs.contains("request"), "the capture works and saw requests:\n{logs}");
    assert!(logs.contains("web chat connection"), "lotsa's own events are captured");
    assert!(!logs.contains("SENTINEL"), "typed text leaked into logs:\n{logs}");
    assert!(!logs.contains("Storgatan") && !logs.contains("0701234567"));
    assert!(!logs.contains(&token), "the session token leaked into logs");
    let leaked: Vec<&str> = logs.lines().filter(|l| l.contains("127.0.0.1")).collect();
    assert!(leaked.is_empty(), "an address leaked into logs: {leaked:#?}");
}
