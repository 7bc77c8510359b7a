//! Handoff across two instances on a real `redis-server`: a staff member on instance A
//! and the person on instance B talk normally, a transfer reaches the other team's
//! console on B, a staff session made on A works on B, and afterwards (and after expiry)
//! a SCAN of Redis finds no key of that conversation and no typed text in any value.

mod common;

use common::redis::{RedisServer, all_lotsa_keys};
use common::spawn_app_with_redis;
use common::staff::{ask_for_person, console, login, staff_config, user_until};
use serde_json::{Value, json};

const SENTINEL: &str = "Sentinel-Ingrid-0701234567";

fn is_status(state: &'static str) -> impl Fn(&Value) -> bool {
    move |f: &Value| f["type"] == "status" && f["state"] == state
}

/// Every key and every value's raw bytes (DUMP), as text, for scanning; the anonymous
/// counters included, so a case code or typed text there would be found too.
async fn everything(conn: &mut redis::aio::MultiplexedConnection) -> (Vec<String>, String) {
    let keys = all_lotsa_keys(conn).await;
    let mut values = String::new();
    for key in &keys {
        let dump: Option<Vec<u8>> = redis::cmd("DUMP").arg(key).query_async(conn).await.unwrap();
        values.push_str(&String::from_utf8_lossy(&dump.unwrap_or_default()));
    }
    (keys, values)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn staff_on_one_instance_and_the_person_on_another() {
    let redis = RedisServer::start().await;
    let config = staff_config("");
    let a = spawn_app_with_redis(&redis.url(), &config).await;
    let b = spawn_app_with_redis(&redis.url(), &config).await;
    let mut conn = redis.client().await;

    let anna = login(&a, "anna").await;
    let bo = login(&a, "bo").await; // logged in on A, works on B: sessions are shared
    let mut desk_a = console(&a, &anna).await;
    let mut desk_b = console(&b, &bo).await;

    let mut user = b.ws().await;
    let frames = ask_for_person(&mut user, "ar", "syd").await;
    let token = common::token_of(&frames);
    let queue = desk_a.queue_of(1).await;
    let code = queue["cases"][0]["case"].as_str().unwrap().to_string();
    user.send(json!({"type": "text", "text": format!("before claim {SENTINEL}")}))
        .await;
    desk_a.send(json!({"type": "claim", "case": code})).await;
    let history = desk_a.until("history", |f| f["type"] == "history").await;
    assert!(history["messages"].to_string().contains(SENTINEL));
    user_until(&mut user, "connected", is_status("connected")).await;

    desk_a
        .send(json!({"type": "say", "case": code, "text": "from A"}))
        .await;
    let said = user_until(&mut user, "staff text on B", |f| f["type"] == "staff").await;
    assert_eq!(said.last().unwrap()["text"], "from A");
    user.send(json!({"type": "text", "text": format!("from B {SENTINEL}")}))
        .await;
    let got = desk_a
        .until("user text on A", |f| f["type"] == "message" && f["from"] == "user")
        .await;
    assert_eq!(got["text"], format!("from B {SENTINEL}"));

    // While the case is open its text is in Redis only sealed.
    let (keys, values) = everything(&mut conn).await;
    assert!(keys.iter().any(|k| k.contains("{handoff}")), "{keys:?}");
    assert!(!values.contains("Sentinel") && !keys.iter().any(|k| k.contains("Sentinel")));

    // A warm transfer from A reaches the other team's console on B.
    desk_a
        .send(json!({"type": "transfer", "case": code, "region": "vast", "note": "Needs housing."}))
        .await;
    let moved = desk_b.queue_with(&code).await;
    assert_eq!(moved["cases"][0]["note"], "Needs housing.");
    user_until(&mut user, "queued again", is_status("queued")).await;
    desk_b.send(json!({"type": "claim", "case": code})).await;
    let history = desk_b.until("history on B", |f| f["type"] == "history").await;
    assert!(history["messages"].to_string().contains("from B"));
    user_until(&mut user, "connected again", is_status("connected")).await;
    desk_b.send(json!({"type": "close", "case": code})).await;
    let ended = user_until(&mut user, "the menu after the end", |f| f["type"] == "ask").await;
    assert!(ended.iter().any(is_status("ended")), "{ended:?}");

    // Closed: nothing of the case is left; ending the conversation leaves nothing of it.
    let (keys, values) = everything(&mut conn).await;
    assert!(!keys.iter().any(|k| k.contains("{handoff}")), "{keys:?}");
    assert!(!values.contains("Sentinel"));
    assert!(!values.contains(&code), "no case code outlives the case");
    let end = user.choose("nav.end").await;
    assert_eq!(end.last().unwrap()["state"], "closed");
    let (keys, _) = everything(&mut conn).await;
    // The day's anonymous counters stay by design (tests/stats.rs checks what they hold).
    assert!(
        keys.iter()
            .all(|k| k.starts_with("lotsa:{staff}:") || k.starts_with("lotsa:stats:")),
        "only staff sessions and the statistics remain: {keys:?}"
    );
    assert!(a.token_is_gone(&token).await);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_abandoned_case_expires_with_its_conversation() {
    let redis = RedisServer::start().await;
    let app = spawn_app_with_redis(&redis.url(), &format!("session_idle_secs = 2\n{}", staff_config(""))).await;
    let mut conn = redis.client().await;
    let mut user = app.ws().await;
    ask_for_person(&mut user, "en", "syd").await;
    user.send(json!({"type": "text", "text": SENTINEL})).await;
    // Give the text time to be stored, then leave without a word.
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    let (keys, _) = everything(&mut conn).await;
    assert!(keys.iter().any(|k| k.contains("{handoff}:text")), "{keys:?}");
    drop(user);
    tokio::time::sleep(std::time::Duration::from_secs(3)).await;
    let (keys, values) = everything(&mut conn).await;
    assert!(keys.iter().all(|k| k.starts_with("lotsa:stats:")), "expired: {keys:?}");
    assert!(!values.contains("Sentinel"));
}

/// The wait limit passes on one instance's watch while the person is on the other: the
/// case overflows once to the national team, whose coordinator on the first instance
/// claims it.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn overflow_after_the_wait_limit_across_two_instances() {
    let redis = RedisServer::start().await;
    let config = staff_config("max_wait_secs = 1");
    let a = spawn_app_with_redis(&redis.url(), &config).await;
    let b = spawn_app_with_redis(&redis.url(), &config).await;
    let anna = login(&a, "anna").await; // syd and national
    let mut desk = console(&a, &anna).await;

    let mut user = b.ws().await;
    ask_for_person(&mut user, "en", "vast").await;
    let moved = user_until(&mut user, "overflow", |f| {
        is_status("queued")(f) && f["team"] == "national"
    })
    .await;
    assert_eq!(
        moved.iter().filter(|f| f["type"] == "say").count(),
        1,
        "told once, though two instances watch: {moved:#?}"
    );
    let queue = desk
        .until("the overflowed case", |f| {
            f["type"] == "queue" && f["cases"].as_array().is_some_and(|c| c.len() == 1)
        })
        .await;
    let row = &queue["cases"][0];
    assert_eq!(
        (row["region"].as_str(), row["team"].as_str()),
        (Some("vast"), Some("national"))
    );
    let code = row["case"].as_str().unwrap().to_string();
    desk.send(json!({"type": "claim", "case": code})).await;
    user_until(&mut user, "connected", is_status("connected")).await;
}
