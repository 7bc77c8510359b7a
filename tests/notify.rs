//! On-call webhooks against a loopback receiver: the `ntfy` and `json` forms with no user
//! data, folding of bursts, retries of a failing receiver that never hold up a case,
//! silence while a console of the team is open and available, and the second call on
//! escalation to the national team.

mod common;

use common::capture::trace as logs;
use common::receiver::Receiver;
use common::spawn_app;
use common::staff::{ask_for_person, ask_urgently, console, login, staff_config, user_until};
use serde_json::{Value, json};

fn hooks(receiver: &Receiver, extra: &str) -> String {
    format!(
        "[notify]\n{extra}\n[[notify.webhook]]\nurl = \"{}\"\nregions = [\"vast\"]\nformat = \"ntfy\"\n\n[[notify.webhook]]\nurl = \"{}\"\nformat = \"json\"\n",
        receiver.url("ntfy/lotsa-vast"),
        receiver.url("hook"),
    )
}

fn is_status(state: &'static str) -> impl Fn(&Value) -> bool {
    move |f: &Value| f["type"] == "status" && f["state"] == state
}

/// The keys the json form may carry, and nothing else.
fn assert_only_documented_fields(body: &str) {
    let v: Value = serde_json::from_str(body).unwrap();
    let mut keys: Vec<&str> = v.as_object().unwrap().keys().map(String::as_str).collect();
    keys.sort();
    assert_eq!(keys, ["escalated", "team", "urgent", "waiting"], "{body}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_waiting_person_reaches_the_on_call_tools_in_both_forms_once_a_minute() {
    let receiver = Receiver::start(&[]).await;
    let config = format!("{}{}", staff_config("overflow = false"), hooks(&receiver, ""));
    let app = spawn_app(&config).await;
    let mut user = app.ws().await;
    let frames = ask_for_person(&mut user, "ar", "vast").await;

    let ntfy = receiver.wait_for("ntfy/lotsa-vast", 1).await;
    assert_eq!(ntfy[0].body, "1 waiting for the vast team");
    assert_eq!(ntfy[0].headers["priority"], "default");
    assert!(ntfy[0].headers.contains_key("title"));
    let json = receiver.wait_for("hook", 1).await;
    assert_only_documented_fields(&json[0].body);
    let body: Value = serde_json::from_str(&json[0].body).unwrap();
    assert_eq!(
        body,
        json!({"team": "vast", "urgent": false, "waiting": 1, "escalated": false})
    );
    // No case code, language or token in anything sent.
    let token = common::token_of(&frames);
    for r in receiver.received() {
        let all = format!("{} {:?}", r.body, r.headers);
        assert!(!all.contains("ar\"") && !all.contains(&token), "{all}");
    }

    // A burst within the minute: folded, nothing more now.
    let mut others = Vec::new();
    for _ in 0..5 {
        let mut u = app.ws().await;
        ask_for_person(&mut u, "en", "vast").await;
        others.push(u);
    }
    tokio::time::sleep(std::time::Duration::from_millis(1500)).await;
    assert_eq!(receiver.received().len(), 2, "one notification per hook in the minute");
    // A team whose hook lists no region: the json hook hears of Syd; ntfy (Väst) does not.
    let mut syd = app.ws().await;
    ask_for_person(&mut syd, "en", "syd").await;
    let json = receiver.wait_for("hook", 2).await;
    assert_eq!(serde_json::from_str::<Value>(&json[1].body).unwrap()["team"], "syd");
    assert_eq!(receiver.wait_for("ntfy/lotsa-vast", 1).await.len(), 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_folded_summary_comes_when_the_window_ends_with_the_count_then() {
    let receiver = Receiver::start(&[]).await;
    let config = format!(
        "{}{}",
        staff_config("overflow = false"),
        hooks(&receiver, "fold_secs = 2")
    );
    let app = spawn_app(&config).await;
    let mut users = Vec::new();
    for _ in 0..4 {
        let mut u = app.ws().await;
        ask_for_person(&mut u, "en", "vast").await;
        users.push(u);
    }
    let got = receiver.wait_for("ntfy/lotsa-vast", 2).await;
    assert_eq!(got[0].body, "1 waiting for the vast team");
    assert_eq!(got[1].body, "4 waiting for the vast team", "the burst, folded into one");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_failing_receiver_is_retried_and_never_holds_up_a_case() {
    let logs = logs();
    let receiver = Receiver::start(&[500, 503]).await;
    let config = format!(
        "{}[[notify.webhook]]\nurl = \"{}\"\nformat = \"json\"\n",
        staff_config("overflow = false"),
        receiver.url("hook-secret-topic")
    );
    let app = spawn_app(&config).await;
    let bo = login(&app, "bo").await;
    let mut desk = console(&app, &bo).await;
    // Away: the console is open but not available, so the tool is called.
    desk.send(json!({"type": "presence", "state": "away"})).await;
    desk.until("away", |f| f["type"] == "presence").await;
    let mut user = app.ws().await;
    ask_for_person(&mut user, "en", "vast").await;
    // The case is there and can be claimed while the hook is still failing.
    let queue = desk.queue_of(1).await;
    let code = queue["cases"][0]["case"].as_str().unwrap().to_string();
    desk.send(json!({"type": "claim", "case": code})).await;
    user_until(&mut user, "connected", is_status("connected")).await;
    assert!(receiver.received().len() < 3, "claimed before the retries ended");
    // Two failures, then delivered: three attempts of the same body.
    let got = receiver.wait_for("hook-secret-topic", 3).await;
    assert!(got.iter().all(|r| r.body == got[0].body));
    // The failures are logged, by the hook's place, never by its address.
    let text = logs.text();
    assert!(text.contains("on-call webhook refused"), "the capture works");
    assert!(!text.contains("secret-topic") && !text.contains(&receiver.addr.port().to_string()));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_open_available_console_keeps_the_tools_quiet() {
    let receiver = Receiver::start(&[]).await;
    let config = format!("{}{}", staff_config("overflow = false"), hooks(&receiver, ""));
    let app = spawn_app(&config).await;
    let bo = login(&app, "bo").await; // Väst
    let mut desk = console(&app, &bo).await;
    let mut user = app.ws().await;
    ask_for_person(&mut user, "en", "vast").await;
    desk.queue_of(1).await;
    tokio::time::sleep(std::time::Duration::from_millis(800)).await;
    assert!(receiver.received().is_empty(), "{:#?}", receiver.received());
    // The console closes: the next case calls the tools.
    desk.close().await;
    tokio::time::sleep(std::time::Duration::from_millis(200)).await;
    let mut second = app.ws().await;
    ask_for_person(&mut second, "en", "vast").await;
    let got = receiver.wait_for("ntfy/lotsa-vast", 1).await;
    assert_eq!(got[0].body, "2 waiting for the vast team");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_unclaimed_urgent_case_calls_the_national_team_again() {
    let receiver = Receiver::start(&[]).await;
    let config = format!(
        "{}[[notify.webhook]]\nurl = \"{}\"\nregions = [\"vast\"]\nformat = \"json\"\n\n[[notify.webhook]]\nurl = \"{}\"\nregions = [\"national\"]\nformat = \"ntfy\"\n",
        staff_config("overflow = false\nescalate_urgent_secs = 1"),
        receiver.url("vast"),
        receiver.url("national"),
    );
    let app = spawn_app(&config).await;
    let mut afraid = app.ws().await;
    ask_urgently(&mut afraid, "en", "vast").await;
    let first = receiver.wait_for("vast", 1).await;
    assert_eq!(
        serde_json::from_str::<Value>(&first[0].body).unwrap(),
        json!({"team": "vast", "urgent": true, "waiting": 1, "escalated": false})
    );
    let second = receiver.wait_for("national", 1).await;
    assert_eq!(second[0].body, "1 waiting for the national team, urgent, escalated");
    assert_eq!(second[0].headers["priority"], "urgent");
}
