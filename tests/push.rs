//! Web Push to staff browsers, against a loopback push service that verifies the VAPID
//! signature and audience and decrypts the `aes128gcm` body with the subscription's key:
//! a waiting case reaches a subscribed coordinator of its team, the payload holds only
//! region, urgency and count, an escalation reaches the national team's subscriber, a 410
//! forgets the subscription, and the endpoints refuse what an attacker would try.

mod common;

use common::capture::trace as logs;
use common::push_service::PushService;
use common::spawn_app;
use common::staff::{Staff, ask_for_person, ask_urgently, login, staff_config};
use serde_json::{Value, json};

async fn post(app: &common::TestApp, staff: &Staff, path: &str, body: &Value, csrf: Option<&str>) -> u16 {
    let mut request = reqwest::Client::new()
        .post(app.http(path))
        .header("cookie", &staff.cookie)
        .header("origin", format!("http://{}", app.addr))
        .json(body);
    if let Some(csrf) = csrf {
        request = request.header("x-csrf-token", csrf);
    }
    request.send().await.unwrap().status().as_u16()
}

async fn subscribe(app: &common::TestApp, staff: &Staff, sub: &Value) {
    assert_eq!(
        post(app, staff, "/staff/push/subscribe", sub, Some(&staff.csrf)).await,
        204
    );
}

async fn vapid_key(app: &common::TestApp, staff: &Staff) -> String {
    let r = reqwest::Client::new()
        .get(app.http("/staff/push/key"))
        .header("cookie", &staff.cookie)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    r.json::<Value>().await.unwrap()["key"].as_str().unwrap().to_string()
}

fn config(service: &PushService, extra: &str) -> String {
    format!(
        "{}[notify]\npush_services = [\"{}\"]\n",
        staff_config(&format!("overflow = false\n{extra}")),
        service.prefix()
    )
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_waiting_case_reaches_a_subscribed_coordinator_encrypted_and_signed() {
    logs();
    let service = PushService::start().await;
    let app = spawn_app(&config(&service, "")).await;
    let bo = login(&app, "bo").await; // Väst
    let key = vapid_key(&app, &bo).await;
    subscribe(&app, &bo, &service.subscribe("bo")).await;

    let mut user = app.ws().await;
    let frames = ask_for_person(&mut user, "ar", "vast").await;
    let got = service.wait_for("bo", 1).await;
    assert!(service.refused().is_empty(), "{:?}", service.refused());
    // Signed with the key the console was given.
    assert_eq!(got[0].vapid_key, key);
    // Only the documented fields: no case code, language or text.
    assert_eq!(got[0].payload, json!({"region": "vast", "urgent": false, "waiting": 1}));
    let token = common::token_of(&frames);
    let wire = String::from_utf8_lossy(&got[0].wire);
    assert!(
        !wire.contains("vast") && !wire.contains(&token),
        "encrypted on the wire"
    );
    assert_eq!(got[0].headers["urgency"], "normal");

    // Sentinels: no endpoint, key or case code in the logs or /metrics.
    let code = {
        let root = login(&app, "root").await;
        let origin = format!("http://{}", app.addr);
        let ws = common::staff::connect(&app, Some(&root.cookie), &origin).await.unwrap();
        let mut desk = common::staff::Console { ws };
        assert_eq!(desk.next().await["type"], "hello");
        let queue = desk.next().await;
        queue["cases"][0]["case"].as_str().unwrap().to_string()
    };
    let metrics = app.metrics().await;
    let text = format!("{}\n{metrics}", logs().text());
    assert!(
        text.contains("push_subscribe"),
        "the audit line is there: the capture works"
    );
    for secret in [code.as_str(), "/push/bo", &service.addr.port().to_string(), &key] {
        assert!(!text.contains(secret), "{secret} leaked");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_escalation_reaches_the_national_teams_subscriber() {
    let service = PushService::start().await;
    let app = spawn_app(&config(&service, "escalate_urgent_secs = 1")).await;
    let bo = login(&app, "bo").await; // Väst
    let anna = login(&app, "anna").await; // Syd and national
    subscribe(&app, &bo, &service.subscribe("bo")).await;
    subscribe(&app, &anna, &service.subscribe("anna")).await;

    let mut afraid = app.ws().await;
    ask_urgently(&mut afraid, "en", "vast").await;
    let first = service.wait_for("bo", 1).await;
    assert_eq!(
        first[0].payload,
        json!({"region": "vast", "urgent": true, "waiting": 1})
    );
    assert_eq!(first[0].headers["urgency"], "high");
    // Unclaimed for a second: the second call reaches Anna, of the national team.
    let second = service.wait_for("anna", 1).await;
    assert_eq!(second[0].payload["urgent"], true);
    assert_eq!(second[0].payload.as_object().unwrap().len(), 3);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_gone_subscription_is_forgotten() {
    let service = PushService::start().await;
    let app = spawn_app(&config(&service, "")).await;
    let bo = login(&app, "bo").await;
    subscribe(&app, &bo, &service.subscribe("old-phone")).await;
    service.answer("old-phone", 410);
    let kv = app.kv.clone().unwrap();
    let kept = || kv.keys().iter().filter(|k| k.contains(":push:")).count();
    assert_eq!(kept(), 1);
    let mut user = app.ws().await;
    ask_for_person(&mut user, "en", "vast").await;
    service.wait_for("old-phone", 1).await;
    let deadline = tokio::time::Instant::now() + std::time::Duration::from_secs(5);
    while kept() > 0 {
        assert!(tokio::time::Instant::now() < deadline, "410 forgets the subscription");
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    // And what is kept is sealed: no endpoint or key in the store.
    subscribe(&app, &bo, &service.subscribe("new-phone")).await;
    let dump = String::from_utf8_lossy(&kv.dump().concat()).to_string();
    assert!(!dump.contains("new-phone") && !dump.contains("127.0.0.1"), "{dump}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_push_endpoints_refuse_what_an_attacker_tries() {
    let service = PushService::start().await;
    let app = spawn_app(&config(&service, "")).await;
    let bo = login(&app, "bo").await;
    let anna = login(&app, "anna").await;
    let sub = service.subscribe("bo");
    // No CSRF token, a wrong one, another site's Origin, no session at all.
    assert_eq!(post(&app, &bo, "/staff/push/subscribe", &sub, None).await, 403);
    assert_eq!(
        post(&app, &bo, "/staff/push/subscribe", &sub, Some(&anna.csrf)).await,
        403
    );
    let foreign = reqwest::Client::new()
        .post(app.http("/staff/push/subscribe"))
        .header("cookie", &bo.cookie)
        .header("origin", "https://evil.example")
        .header("x-csrf-token", &bo.csrf)
        .json(&sub)
        .send()
        .await
        .unwrap();
    assert_eq!(foreign.status(), 403);
    let anonymous = reqwest::Client::new()
        .post(app.http("/staff/push/subscribe"))
        .json(&sub)
        .send()
        .await
        .unwrap();
    assert_eq!(anonymous.status(), 401);
    let key = reqwest::Client::new()
        .get(app.http("/staff/push/key"))
        .send()
        .await
        .unwrap();
    assert_eq!(key.status(), 401);
    // The server never POSTs where a staff member points it: only configured services.
    let mut internal = sub.clone();
    internal["endpoint"] = json!("http://127.0.0.1:6379/");
    assert_eq!(
        post(&app, &bo, "/staff/push/subscribe", &internal, Some(&bo.csrf)).await,
        400
    );
    let mut elsewhere = sub.clone();
    elsewhere["endpoint"] = json!("https://attacker.example/push/x");
    assert_eq!(
        post(&app, &bo, "/staff/push/subscribe", &elsewhere, Some(&bo.csrf)).await,
        400
    );
    // Keys that are not a P-256 point or a 16-byte secret, and a body too large.
    let mut bad_key = sub.clone();
    bad_key["keys"]["p256dh"] = json!("AAAA");
    assert_eq!(
        post(&app, &bo, "/staff/push/subscribe", &bad_key, Some(&bo.csrf)).await,
        400
    );
    let mut bad_auth = sub.clone();
    bad_auth["keys"]["auth"] = json!("AAAA");
    assert_eq!(
        post(&app, &bo, "/staff/push/subscribe", &bad_auth, Some(&bo.csrf)).await,
        400
    );
    let mut huge = sub.clone();
    huge["endpoint"] = json!(format!("{}{}", service.prefix(), "x".repeat(10_000)));
    assert_eq!(
        post(&app, &bo, "/staff/push/subscribe", &huge, Some(&bo.csrf)).await,
        413
    );
    // Anna cannot remove Bo's subscription; Bo can.
    subscribe(&app, &bo, &sub).await;
    let endpoint = json!({"endpoint": sub["endpoint"]});
    assert_eq!(
        post(&app, &anna, "/staff/push/unsubscribe", &endpoint, Some(&anna.csrf)).await,
        204
    );
    let kv = app.kv.clone().unwrap();
    let kept = || kv.keys().iter().filter(|k| k.contains(":push:")).count();
    assert_eq!(kept(), 1, "another's subscription stays");
    assert_eq!(
        post(&app, &bo, "/staff/push/unsubscribe", &endpoint, Some(&bo.csrf)).await,
        204
    );
    assert_eq!(kept(), 0);
}
