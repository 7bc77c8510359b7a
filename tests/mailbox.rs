//! The mailbox end to end, against real components: the web chat's WebSocket, the staff
//! console's, Redis (two instances on one server) and the embedded memory store, with a
//! clock the test moves for expiry. A sentinel message and the receipt code are looked
//! for everywhere afterwards: Redis values, the memory store, logs, `/metrics`.

mod common;

use std::sync::Arc;
use std::sync::atomic::{AtomicI64, Ordering};
use std::time::{Duration, Instant};

use common::mailbox::{
    assert_no_sentinel, item_with, leave, list_until, mailbox_frame, open, redis_contents, spawn_with_clock,
    until_state,
};
use common::redis::RedisServer;
use common::staff::{console, login, staff_config};
use common::{Ws, last_ask};
use lotsa::mailbox::ANSWER_FLOOR;
use serde_json::{Value, json};

const SENTINEL: &str = "Mailbox-sentinel Zorvana 0707319582";
const ANSWER: &str = "Staff-answer-sentinel: we can meet you";
const REPLY: &str = "Reply-sentinel: thank you";

#[tokio::test]
async fn web_end_to_end_in_sv_en_and_ar() {
    for lang in ["sv", "en", "ar"] {
        // One server per language: each opens a few codes, within one address's limit.
        let app = common::spawn_app(&staff_config("")).await;
        let text = format!("{SENTINEL} ({lang}) مرحبا");
        let mut person = app.ws().await;
        let (code, frames) = leave(&mut person, lang, "syd", &text).await;
        let after = last_ask(&frames);
        assert_eq!(after["lang"], lang, "{after}");

        let anna = login(&app, "anna").await;
        let mut staff = console(&app, &anna).await;
        let items = list_until(&mut staff, "the message", |items| item_with(items, &text).is_some()).await;
        let item = item_with(&items, &text).unwrap().clone();
        assert_eq!(item["state"], "new");
        assert_eq!(item["region"], "syd");
        assert_eq!(item["lang"], lang);
        let id = item["item"].as_str().unwrap().to_string();
        assert!(!code.replace(' ', "").contains(&id), "the item id is not the code");

        // Not answered yet: the person is told so.
        let mut back = app.ws().await;
        let opened = open(&mut back, lang, &code).await;
        assert_eq!(mailbox_frame(&opened)["state"], "waiting", "{opened:?}");

        staff
            .send(json!({"type": "mailbox_answer", "item": id, "text": ANSWER}))
            .await;
        staff.until("answered", |f| f["type"] == "mailbox_answered").await;
        until_state(&mut staff, "answered", &id, "answered").await;

        let mut back = app.ws().await;
        let opened = open(&mut back, lang, &code).await;
        let mailbox = mailbox_frame(&opened);
        assert_eq!(mailbox["state"], "answered", "{opened:?}");
        assert_eq!(mailbox["answers"], json!([{"text": ANSWER}]));
        let ask = last_ask(&opened);
        assert_eq!(ask["lang"], lang);
        let choices = common::choice_ids(ask);
        assert!(choices.contains(&"mailbox.reply".to_string()), "{choices:?}");
        until_state(&mut staff, "read", &id, "read").await;

        // The one reply.
        let write = back.choose("mailbox.reply").await;
        assert_eq!(last_ask(&write)["input"], "message");
        back.send(json!({"type": "text", "text": REPLY})).await;
        let sent = back.until_ask().await;
        assert!(sent.iter().all(|f| f["type"] != "error"), "{sent:?}");
        let items = list_until(&mut staff, "the reply", |items| {
            items.iter().any(|i| i["item"] == id.as_str() && i["reply"] == REPLY)
        })
        .await;
        assert_eq!(item_with(&items, &text).unwrap()["state"], "new", "a reply waits again");

        // Delete everything from the opened message.
        let mut last = app.ws().await;
        let opened = open(&mut last, lang, &code).await;
        assert_eq!(mailbox_frame(&opened)["state"], "answered");
        let deleted = last.choose("mailbox.delete").await;
        assert!(deleted.iter().all(|f| f["type"] != "error"), "{deleted:?}");
        list_until(&mut staff, "the item gone", |items| item_with(items, &text).is_none()).await;
        let mut again = app.ws().await;
        let gone = open(&mut again, lang, &code).await;
        let error = gone.iter().find(|f| f["type"] == "error").expect("an error");
        assert_eq!(error["code"], "not_found", "{gone:?}");
        assert_eq!(error["lang"], lang);
        // Nothing of it is left in the embedded store.
        let kv = app.kv.as_ref().unwrap();
        assert!(kv.keys().iter().all(|k| !k.contains("mailbox")), "{:?}", kv.keys());
        assert_no_sentinel(&kv.dump(), &[&text, ANSWER, REPLY, &code.replace(' ', "")]);
    }
}

#[tokio::test]
async fn protocol_frames_and_refusals() {
    let app = common::spawn_app(&staff_config("")).await;
    let mut ws = app.ws().await;
    ws.start(Some("en")).await;
    // A message left by frame anywhere goes to the conversation's region (none: national).
    ws.send(json!({"type": "mailbox_leave", "text": "hello"})).await;
    let receipt = ws.recv().await;
    assert_eq!(receipt["type"], "receipt", "{receipt}");
    let code = receipt["code"].as_str().unwrap().to_string();
    for (frame, want) in [
        (json!({"type": "mailbox_leave", "text": "   "}), "mailbox_empty"),
        (
            json!({"type": "mailbox_leave", "text": "x".repeat(2001)}),
            "mailbox_too_long",
        ),
        (json!({"type": "mailbox_open", "code": "1234"}), "not_found"),
        (
            json!({"type": "mailbox_open", "code": "1234 5678 9012 3456"}),
            "not_found",
        ),
    ] {
        ws.send(frame).await;
        let error = ws.recv().await;
        assert_eq!(error["type"], "error");
        assert_eq!(error["code"], want);
        assert!(!error["text"].as_str().unwrap().starts_with("error-"), "{error}");
    }
    // 2,000 Arabic characters fit (more bytes than the ordinary frame limit).
    ws.send(json!({"type": "mailbox_leave", "text": "ب".repeat(2000)}))
        .await;
    assert_eq!(ws.recv().await["type"], "receipt");
    ws.send(json!({"type": "mailbox_open", "code": code.replace(' ', "-")}))
        .await;
    let opened = ws.recv().await;
    assert_eq!(opened["state"], "waiting", "{opened}");
    ws.send(json!({"type": "mailbox_delete", "code": code})).await;
    assert_eq!(ws.recv().await["state"], "deleted");
    ws.send(json!({"type": "mailbox_open", "code": code})).await;
    assert_eq!(ws.recv().await["code"], "not_found");

    // Switched off: the frames are refused and the choices are not offered.
    let off = common::spawn_app(&format!("{}\n[mailbox]\nenabled = false\n", staff_config(""))).await;
    let mut ws = off.ws().await;
    let first = ws.start(Some("en")).await;
    assert!(!common::choice_ids(last_ask(&first)).contains(&"start.code".to_string()));
    ws.send(json!({"type": "mailbox_leave", "text": "hello"})).await;
    assert_eq!(ws.recv().await["code"], "mailbox_off");
}

#[tokio::test]
async fn a_coordinator_of_another_region_gets_not_found() {
    let app = common::spawn_app(&staff_config("")).await;
    let mut person = app.ws().await;
    leave(&mut person, "en", "syd", SENTINEL).await;
    let anna = login(&app, "anna").await;
    let mut syd = console(&app, &anna).await;
    let items = list_until(&mut syd, "the item", |items| !items.is_empty()).await;
    let id = items[0]["item"].as_str().unwrap().to_string();

    let bo = login(&app, "bo").await;
    let mut vast = console(&app, &bo).await;
    let first = vast.until("bo's mailbox", |f| f["type"] == "mailbox").await;
    assert_eq!(first["items"], json!([]), "bo works in vast only");
    let mut answers = Vec::new();
    for item in [id.as_str(), "MZZZZZZZ"] {
        vast.send(json!({"type": "mailbox_answer", "item": item, "text": "hi"}))
            .await;
        let error = vast.until("an error", |f| f["type"] == "error").await;
        answers.push((error["code"].clone(), error.get("item").is_some()));
    }
    assert_eq!(
        answers[0], answers[1],
        "the same answer for another region's item and a made-up one"
    );
    assert_eq!(answers[0].0, "not_found");
    // Nothing changed: a fresh console of the item's region sees it still new.
    drop(syd);
    let mut syd = console(&app, &anna).await;
    let items = list_until(&mut syd, "still new", |items| !items.is_empty()).await;
    assert_eq!(items[0]["state"], "new");
    assert!(items[0]["answers"].as_array().unwrap().is_empty());
}

/// Sends `frame` and waits for the answer; how long it took.
async fn timed(ws: &mut Ws, frame: Value) -> (Value, Duration) {
    let started = Instant::now();
    ws.send(frame).await;
    let answer = ws.recv().await;
    (answer, started.elapsed())
}

#[tokio::test]
async fn a_wrong_code_takes_as_long_as_a_right_one_and_guessing_is_limited() {
    let app = common::spawn_app(&staff_config("")).await;
    let mut ws = app.ws().await;
    ws.start(Some("sv")).await;
    ws.send(json!({"type": "mailbox_leave", "text": "hej"})).await;
    let code = ws.recv().await["code"].as_str().unwrap().to_string();
    let mut right = Vec::new();
    let mut wrong = Vec::new();
    for i in 0..4 {
        let (answer, took) = timed(&mut ws, json!({"type": "mailbox_open", "code": code})).await;
        assert_eq!(answer["type"], "mailbox");
        right.push(took);
        let guess = format!("{:016}", 1_000_000_000_000_000u64 + i);
        let (answer, took) = timed(&mut ws, json!({"type": "mailbox_open", "code": guess})).await;
        assert_eq!(answer["code"], "not_found");
        wrong.push(took);
    }
    let mean = |v: &[Duration]| v.iter().sum::<Duration>() / v.len() as u32;
    let (right, wrong) = (mean(&right), mean(&wrong));
    assert!(right >= ANSWER_FLOOR && wrong >= ANSWER_FLOOR, "{right:?} {wrong:?}");
    let gap = right.abs_diff(wrong);
    assert!(
        gap < Duration::from_millis(150),
        "right {right:?} and wrong {wrong:?} codes must not be told apart by time"
    );
    // Ten tries per address in a burst: the eleventh and later are refused, right or wrong.
    let mut refused = 0;
    for i in 0..4 {
        let guess = format!("{:016}", 2_000_000_000_000_000u64 + i);
        ws.send(json!({"type": "mailbox_open", "code": guess})).await;
        if ws.recv().await["code"] == "mailbox_limited" {
            refused += 1;
        }
    }
    assert!(refused >= 2, "the guessing limit holds ({refused} refused)");
    ws.send(json!({"type": "mailbox_open", "code": code})).await;
    assert_eq!(
        ws.recv().await["code"],
        "mailbox_limited",
        "the right code too, once limited"
    );
    let metrics = app.metrics().await;
    let count = |label: &str| -> u64 {
        metrics
            .lines()
            .find(|l| l.starts_with(&format!("lotsa_mailbox_codes_total{{result=\"{label}\"}}")))
            .and_then(|l| l.rsplit(' ').next()?.parse().ok())
            .unwrap_or(0)
    };
    assert_eq!(count("Found"), 4, "{metrics}");
    assert!(count("NotFound") >= 6, "{metrics}");
    assert!(count("LimitedRequester") >= 3, "{metrics}");
    assert!(!metrics.contains(&code.replace(' ', "")));
}

#[tokio::test]
async fn two_instances_on_one_redis_then_expiry_leaves_nothing() {
    let logs = common::capture::trace();
    let redis = RedisServer::start().await;
    let url = redis.url();
    let now = Arc::new(AtomicI64::new(jiff::Timestamp::now().as_second()));
    let extra = format!("{}\n[mailbox]\nkeep_days = 2\n", staff_config(""));
    let (a, mailbox_a) = spawn_with_clock(Some(&url), &extra, &now).await;
    let (b, _) = spawn_with_clock(Some(&url), &extra, &now).await;

    // Left on A, seen and answered by a console on B, read on A; A's console hears of it.
    let mut person = a.ws().await;
    let (code, _) = leave(&mut person, "ar", "syd", SENTINEL).await;
    let (other_code, _) = leave(&mut a.ws().await, "sv", "syd", "the other message").await;
    let anna_a = login(&a, "anna").await;
    let mut console_a = console(&a, &anna_a).await;
    let anna_b = login(&b, "anna").await;
    let mut console_b = console(&b, &anna_b).await;
    let items = list_until(&mut console_b, "both on B", |items| items.len() == 2).await;
    let id = item_with(&items, SENTINEL).unwrap()["item"]
        .as_str()
        .unwrap()
        .to_string();
    console_b
        .send(json!({"type": "mailbox_answer", "item": id, "text": ANSWER}))
        .await;
    until_state(&mut console_a, "the answer on A", &id, "answered").await;
    let mut back = a.ws().await;
    let opened = open(&mut back, "ar", &code).await;
    assert_eq!(mailbox_frame(&opened)["answers"], json!([{"text": ANSWER}]));
    until_state(&mut console_b, "read on B", &id, "read").await;

    let digits = code.replace(' ', "");
    let other_digits = other_code.replace(' ', "");
    let needles = [SENTINEL, ANSWER, digits.as_str(), code.as_str(), other_digits.as_str()];
    let check = |contents: &[(String, Vec<Vec<u8>>)], when: &str| {
        for (key, values) in contents {
            for v in values {
                for n in needles {
                    assert!(
                        !v.windows(n.len()).any(|w| w == n.as_bytes()),
                        "{when}: {n:?} in Redis key {key}"
                    );
                }
            }
        }
    };
    let stored = redis_contents(&url).await;
    check(&stored, "answered");
    let mailbox_keys = |contents: &[(String, Vec<Vec<u8>>)]| -> Vec<String> {
        contents
            .iter()
            .map(|(k, _)| k.clone())
            .filter(|k| k.contains("{mailbox}"))
            .collect()
    };
    assert!(mailbox_keys(&stored).iter().any(|k| k.contains(&id)));
    // Every mailbox key expires by itself too.
    let client = redis::Client::open(url.as_str()).unwrap();
    let mut conn = client.get_multiplexed_async_connection().await.unwrap();
    for key in mailbox_keys(&stored) {
        let ttl: i64 = redis::cmd("TTL").arg(&key).query_async(&mut conn).await.unwrap();
        assert!(ttl > 0 && ttl <= 2 * 86_400, "{key} has TTL {ttl}");
    }

    // 24 h after the answer was read, the read item is gone; the other waits on.
    now.fetch_add(86_400, Ordering::SeqCst);
    assert_eq!(mailbox_a.sweep().await.unwrap(), 1);
    let stored = redis_contents(&url).await;
    assert!(
        stored
            .iter()
            .all(|(k, values)| !k.contains(&id)
                && values.iter().all(|v| !v.windows(id.len()).any(|w| w == id.as_bytes()))),
        "no key of the read item: {:?}",
        mailbox_keys(&stored)
    );
    assert_eq!(mailbox_keys(&stored).len(), 3, "{:?}", mailbox_keys(&stored));
    // keep_days after it was left, the other one is gone too: no mailbox key at all.
    now.fetch_add(86_400, Ordering::SeqCst);
    assert_eq!(mailbox_a.sweep().await.unwrap(), 1);
    let stored = redis_contents(&url).await;
    assert_eq!(mailbox_keys(&stored), Vec::<String>::new());
    check(&stored, "expired");
    let mut gone = a.ws().await;
    let error = open(&mut gone, "sv", &other_code).await;
    assert_eq!(error.last().unwrap()["code"], "not_found");

    // Logs (the audit log included), and both instances' metrics.
    let log = logs.text();
    assert!(log.contains("mailbox_answer"), "the answer is audited");
    for n in needles.iter().chain([&"the other message"]) {
        assert!(!log.contains(n), "{n:?} in the log");
    }
    for app in [&a, &b] {
        let metrics = app.metrics().await;
        for n in needles {
            assert!(!metrics.contains(n), "{n:?} in /metrics");
        }
    }
}

#[tokio::test]
async fn a_new_item_tells_the_teams_on_call_webhook_without_user_data() {
    let receiver = common::receiver::Receiver::start(&[]).await;
    let config = format!(
        "{}\n[[notify.webhook]]\nurl = \"{}\"\nregions = [\"vast\"]\nformat = \"json\"\n",
        staff_config(""),
        receiver.url("hook")
    );
    let app = common::spawn_app(&config).await;
    let mut person = app.ws().await;
    let (code, _) = leave(&mut person, "ar", "vast", SENTINEL).await;
    let told = receiver.wait_for("hook", 1).await;
    let body: Value = serde_json::from_str(&told[0].body).unwrap();
    assert_eq!(body["team"], "vast", "{body}");
    assert_eq!(body["waiting"], 1);
    for n in [SENTINEL, code.as_str(), &code.replace(' ', ""), "ar"] {
        assert!(!told[0].body.contains(n), "{n:?} in the notification");
    }
}

/// Unix seconds of a Stockholm wall-clock time.
fn stockholm(at: &str) -> i64 {
    let civil: jiff::civil::DateTime = at.parse().unwrap();
    civil.in_tz("Europe/Stockholm").unwrap().timestamp().as_second()
}

/// Three people leave a message over the weekend: Monday's first sweep sends the team one
/// alert that three are waiting, and later sweeps send nothing more.
#[tokio::test]
async fn items_left_while_their_team_is_closed_are_told_when_the_team_opens_once_together() {
    let receiver = common::receiver::Receiver::start(&[]).await;
    // One team, open on weekdays; the mailbox's own clock (the test's) decides whether it
    // answers now. 2026-12-06 is a Sunday.
    let config = format!(
        "[[team]]\nregion = \"vast\"\nlanguages = [\"sv\", \"en\"]\nhours = \"mon-fri 08:00-17:00\"\n\
         [[notify.webhook]]\nurl = \"{}\"\nregions = [\"vast\"]\nformat = \"json\"\n",
        receiver.url("hook")
    );
    let now = Arc::new(AtomicI64::new(stockholm("2026-12-06T12:00")));
    let (app, mailbox) = spawn_with_clock(None, &config, &now).await;
    let mut codes = Vec::new();
    for lang in ["sv", "en", "sv"] {
        let mut person = app.ws().await;
        codes.push(leave(&mut person, lang, "vast", SENTINEL).await.0);
    }

    // Closed: neither the leaving nor a sweep tells anyone. The webhook is sent from its
    // own task, so give a wrongly sent one time to arrive before looking.
    mailbox.sweep().await.unwrap();
    tokio::time::sleep(Duration::from_millis(500)).await;
    assert!(receiver.received().is_empty(), "told while the team is closed");

    // Monday 09:00: the next sweep tells the team, once.
    now.store(stockholm("2026-12-07T09:00"), Ordering::SeqCst);
    mailbox.sweep().await.unwrap();
    let told = receiver.wait_for("hook", 1).await;
    let body: Value = serde_json::from_str(&told[0].body).unwrap();
    assert_eq!(
        (body["team"].as_str(), body["waiting"].as_i64()),
        (Some("vast"), Some(3)),
        "{body}"
    );
    for code in &codes {
        for n in [SENTINEL, code.as_str(), &code.replace(' ', "")] {
            assert!(!told[0].body.contains(n), "{n:?} in the notification");
        }
    }
    mailbox.sweep().await.unwrap();
    tokio::time::sleep(Duration::from_millis(500)).await;
    assert_eq!(receiver.received().len(), 1, "told twice");
}
