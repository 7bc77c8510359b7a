//! With Redis, and with Redis failing, the logs still hold no token, pseudonym, key,
//! address or port: Redis errors are logged by kind only, and the URL never. At TRACE for
//! every crate, with the production filter and format.

mod common;

use common::capture::Capture;
use common::redis::RedisServer;
use common::{spawn_app_with_redis, token_of};
use lotsa::config::LogFormat;
use serde_json::json;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn redis_use_and_failure_leave_no_identifier_in_the_logs() {
    let capture = Capture::default();
    lotsa::telemetry::install(lotsa::telemetry::filter("trace"), LogFormat::Json, capture.clone());

    let mut redis = RedisServer::start_with_password("hunter2").await;
    // With the colon: a bare number could also turn up in a timestamp.
    let port = format!(":{}", redis.port);
    let app = spawn_app_with_redis(&redis.url(), "").await;
    let mut ws = app.ws().await;
    let token = token_of(&ws.start(Some("en")).await);
    ws.choose("promise.ok").await;
    redis.kill();
    ws.send(json!({"type": "choose", "id": "safety.yes"})).await;
    assert_eq!(ws.recv().await["code"], "unavailable");
    ws.recv().await;
    let _ = reqwest::Client::new()
        .post(app.http("/chat/end"))
        .body(token.clone())
        .send()
        .await
        .unwrap();
    redis.restart().await;
    app.wait_ready().await;
    ws.choose("safety.yes").await;
    ws.choose("nav.end").await;
    drop(ws);
    tokio::time::sleep(std::time::Duration::from_millis(200)).await;

    let logs = capture.text();
    assert!(logs.contains("redis command"), "Redis failures were logged:\n{logs}");
    assert!(!logs.contains(&token), "the token leaked");
    assert!(!logs.contains("hunter2"), "the Redis password leaked");
    let leaked: Vec<&str> = logs
        .lines()
        .filter(|l| l.contains("127.0.0.1") || l.contains(&port) || l.contains("lotsa:{") || l.contains("lotsa:relay:"))
        .collect();
    assert!(
        leaked.is_empty(),
        "an address, port or key leaked into logs: {leaked:#?}"
    );
}
