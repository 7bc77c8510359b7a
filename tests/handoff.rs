//! Live handoff on the web chat, against the real server: a person asks for a human,
//! consents, waits in the queue and chats with a staff member who logged in over HTTP and
//! works over `/staff/ws`. Urgency, fallbacks (closed hours, a holiday, the wait limit),
//! transfer, scoping and authentication of the console, and what is kept afterwards.

mod common;

use std::sync::OnceLock;

use common::capture::Capture;
use common::staff::{
    self, ask_for_person, ask_urgently, closed_team, console, login, staff_config, stockholm_days, user_until,
};
use common::{choice_ids, last_ask, spawn_app};
use lotsa::config::LogFormat;
use serde_json::{Value, json};

/// Logs of this whole test binary at TRACE, through the production filter.
fn logs() -> &'static Capture {
    static CAPTURE: OnceLock<Capture> = OnceLock::new();
    CAPTURE.get_or_init(|| {
        let capture = Capture::default();
        lotsa::telemetry::install(lotsa::telemetry::filter("trace"), LogFormat::Json, capture.clone());
        capture
    })
}

/// The case code of the only case in a queue frame.
fn only_case(queue: &Value) -> String {
    let cases = queue["cases"].as_array().unwrap();
    assert_eq!(cases.len(), 1, "{queue}");
    cases[0]["case"].as_str().unwrap().to_string()
}

fn is_status(state: &'static str) -> impl Fn(&Value) -> bool {
    move |f: &Value| f["type"] == "status" && f["state"] == state
}

const SENTINEL: &str = "Sentinel-Ingrid-0701234567";

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_full_handoff_in_english_and_arabic() {
    let logs = logs();
    let app = spawn_app(&staff_config("")).await;
    let anna = login(&app, "anna").await;
    let mut desk = console(&app, &anna).await;
    let content = common::content();

    for (lang, dir) in [("en", "ltr"), ("ar", "rtl")] {
        let locale = content.locales.by_code(lang).unwrap();
        let text = |id: &str| content.locales.format(locale, id, None);
        let mut user = app.ws().await;
        // Asking for a person: region, then what the person will see, then consent.
        user.start(Some(lang)).await;
        let region = user.choose("nav.human").await;
        assert!(choice_ids(last_ask(&region)).contains(&"region.syd".to_string()));
        let consent = user.choose("region.syd").await;
        assert!(
            consent.iter().any(|f| f["text"] == text("handoff-consent-info")),
            "{consent:?}"
        );
        user.send(json!({"type": "choose", "id": "handoff.yes"})).await;
        let queued = user_until(&mut user, "queued", is_status("queued")).await;
        assert_eq!(queued.last().unwrap()["position"], 1);
        let waiting = last_ask(&queued);
        assert_eq!(
            (waiting["lang"].as_str(), waiting["dir"].as_str()),
            (Some(lang), Some(dir))
        );
        assert_eq!(choice_ids(waiting), ["handoff.leave", "nav.end"]);

        // The case appears live in the console, with labels in the staff member's language.
        let queue = desk.queue_of(1).await;
        let code = only_case(&queue);
        let row = &queue["cases"][0];
        assert_eq!((row["lang"].as_str(), row["dir"].as_str()), (Some(lang), Some(dir)));
        assert_eq!(
            (row["region"].as_str(), row["channel"].as_str()),
            (Some("syd"), Some("web"))
        );
        assert_eq!(
            (row["state"].as_str(), row["urgent"].as_bool()),
            (Some("queued"), Some(false))
        );
        assert!(row["choices"].as_array().unwrap().contains(&json!("region.syd")));
        let labels = row["choice_labels"].to_string();
        assert!(!labels.contains("region.syd"), "labels, never ids: {labels}");

        // Typed while waiting: kept, sealed, for whoever claims the case.
        user.send(json!({"type": "text", "text": format!("waiting: {SENTINEL}")}))
            .await;
        // Frames on one socket are handled in order: once this is answered, the text is in.
        user.send(json!({"type": "choose", "id": "no.such.choice"})).await;
        assert_eq!(user.until_ask().await[0]["code"], "unknown_choice");
        desk.send(json!({"type": "claim", "case": code})).await;
        let history = desk.until("history", |f| f["type"] == "history").await;
        assert_eq!(history["messages"][0]["text"], format!("waiting: {SENTINEL}"));
        assert_eq!(history["messages"][0]["from"], "user");
        let connected = user_until(&mut user, "connected", is_status("connected")).await;
        assert!(connected.iter().any(|f| f["text"] == text("handoff-connected")));

        // Text both ways.
        desk.send(json!({"type": "say", "case": code, "text": "Hej, jag heter Anna."}))
            .await;
        let said = user_until(&mut user, "staff text", |f| f["type"] == "staff").await;
        assert_eq!(said.last().unwrap()["text"], "Hej, jag heter Anna.");
        user.send(json!({"type": "text", "text": "שלום <b>bold</b>"})).await;
        let message = desk
            .until("user message", |f| f["type"] == "message" && f["from"] == "user")
            .await;
        assert_eq!(
            (message["case"].as_str(), message["text"].as_str()),
            (Some(code.as_str()), Some("שלום <b>bold</b>"))
        );

        // A canned reply arrives in the person's language.
        desk.send(json!({"type": "canned", "case": code, "id": "canned.safe"}))
            .await;
        let canned = user_until(&mut user, "canned", |f| f["type"] == "staff").await;
        assert_eq!(canned.last().unwrap()["text"], text("canned-safe"));
        assert!(text("canned-safe").contains("112"));

        // Staff closes: the person is told and gets the menu back; staff sees it closed.
        desk.send(json!({"type": "close", "case": code})).await;
        let ended = user_until(&mut user, "menu", |f| f["type"] == "ask").await;
        assert!(ended.iter().any(|f| f["type"] == "status" && f["state"] == "ended"));
        assert!(ended.iter().any(|f| f["text"] == text("handoff-ended")));
        assert_eq!(last_ask(&ended)["text"], text("menu-ask"));
        // The one question after a conversation, offered before the menu's question.
        let survey = ended
            .iter()
            .position(|f| f["type"] == "survey")
            .expect("the question after the chat");
        assert_eq!(ended[survey]["text"], text("survey-ask"));
        assert!(survey < ended.len() - 1, "the menu's question stays last");
        user.send(json!({"type": "survey", "answer": "little"})).await;
        assert_eq!(user.recv().await["text"], text("survey-thanks"));
        desk.until("closed", |f| {
            f["type"] == "case" && f["state"] == "closed" && f["case"] == code.as_str()
        })
        .await;
        desk.queue_of(0).await;
        // Text is a choice again: typing gets the gentle "pick an option".
        user.send(json!({"type": "text", "text": "hello?"})).await;
        assert_eq!(user.until_ask().await[0]["code"], "pick_option");
    }

    // Nothing of the cases is kept, and no typed text anywhere in the store.
    let kv = app.kv.as_ref().unwrap();
    assert!(kv.keys().iter().all(|k| !k.contains("{handoff}")), "{:?}", kv.keys());
    let store = app.store.as_ref().unwrap();
    for record in store.records() {
        assert!(record.state.case.is_none());
    }
    for bytes in kv.dump() {
        assert!(!String::from_utf8_lossy(&bytes).contains("Sentinel"));
    }
    // The logs, at TRACE, hold the audit trail (staff id, case code, action) and never
    // the text either side wrote.
    let text = logs.text();
    assert!(
        text.contains("\"action\":\"claim\"") && text.contains("\"staff\":\"anna\""),
        "audit lines"
    );
    for secret in [SENTINEL, "Hej, jag heter Anna", "שלום"] {
        assert!(!text.contains(secret), "{secret} reached the logs");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_person_leaving_closes_the_case_for_staff() {
    let app = spawn_app(&staff_config("")).await;
    let anna = login(&app, "anna").await;
    let mut desk = console(&app, &anna).await;

    // Chose to stop while live: staff sees "the person left".
    let mut user = app.ws().await;
    ask_for_person(&mut user, "sv", "syd").await;
    let code = only_case(&desk.queue_of(1).await);
    desk.send(json!({"type": "claim", "case": code})).await;
    user_until(&mut user, "connected", is_status("connected")).await;
    let menu = user.choose("handoff.leave").await;
    assert_eq!(
        last_ask(&menu)["text"],
        common::content()
            .locales
            .format(common::content().locales.by_code("sv").unwrap(), "menu-ask", None)
    );
    let closed = desk
        .until("closed by user", |f| f["type"] == "case" && f["state"] == "closed")
        .await;
    assert_eq!(closed["by"], "user");
    let left = desk
        .until("system line", |f| f["type"] == "message" && f["from"] == "system")
        .await;
    assert_eq!(left["case"], code.as_str());

    // Quick exit (the beacon) while waiting.
    let mut user = app.ws().await;
    let frames = ask_for_person(&mut user, "en", "syd").await;
    let token = common::token_of(&frames);
    desk.queue_of(1).await;
    let beacon = reqwest::Client::new()
        .post(app.http("/chat/end"))
        .body(token.clone())
        .send()
        .await
        .unwrap();
    assert_eq!(beacon.status(), 204);
    desk.until("closed", |f| {
        f["type"] == "case" && f["state"] == "closed" && f["by"] == "user"
    })
    .await;
    desk.queue_of(0).await;
    assert!(app.token_is_gone(&token).await);

    // End and erase while waiting.
    let mut user = app.ws().await;
    ask_for_person(&mut user, "en", "syd").await;
    desk.queue_of(1).await;
    let end = user.choose("nav.end").await;
    assert_eq!(end.last().unwrap()["state"], "closed");
    desk.queue_of(0).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn urgent_cases_come_first() {
    let app = spawn_app(&staff_config("")).await;
    let anna = login(&app, "anna").await;
    let mut desk = console(&app, &anna).await;

    let mut calm = app.ws().await;
    ask_for_person(&mut calm, "en", "syd").await;
    desk.queue_of(1).await;

    // "Are you safe right now?" — "No": the case is urgent and goes first.
    let mut afraid = app.ws().await;
    afraid.start(Some("en")).await;
    afraid.choose("promise.ok").await;
    afraid.choose("safety.no").await;
    afraid.choose("nav.human").await;
    afraid.choose("region.syd").await;
    afraid.send(json!({"type": "choose", "id": "handoff.yes"})).await;
    let queued = user_until(&mut afraid, "queued", is_status("queued")).await;
    assert_eq!(queued.last().unwrap()["position"], 1, "urgent goes first");

    let queue = desk.queue_of(2).await;
    let cases = queue["cases"].as_array().unwrap();
    assert_eq!(cases[0]["urgent"], true);
    assert_eq!(cases[1]["urgent"], false);
    assert!(cases[0]["choices"].as_array().unwrap().contains(&json!("safety.no")));
    // The calm person is told they moved back one place.
    let moved = user_until(&mut calm, "position 2", |f| f["type"] == "status" && f["position"] == 2).await;
    assert_eq!(moved.last().unwrap()["state"], "queued");
}

/// The fallback: contacts, then "keep waiting", "leave a message for the team" (the
/// mailbox, issue 23) or "stop".
fn assert_fallback(frames: &[Value]) {
    let ask = last_ask(frames);
    assert_eq!(
        choice_ids(ask),
        ["handoff.wait", "handoff.mailbox", "handoff.leave", "nav.end"],
        "{frames:?}"
    );
    let text: String = frames
        .iter()
        .filter_map(|f| f["text"].as_str())
        .collect::<Vec<_>>()
        .join("\n");
    assert!(text.contains("112") && text.contains("Coordinator South"), "{text}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn closed_hours_a_holiday_and_the_wait_limit_give_the_fallback() {
    let stockholm = jiff::tz::TimeZone::get("Europe/Stockholm").unwrap();
    let today = jiff::Timestamp::now().to_zoned(stockholm);
    let tomorrow = today.tomorrow().unwrap();
    let day = |z: &jiff::Zoned| {
        ["mon", "tue", "wed", "thu", "fri", "sat", "sun"][z.weekday().to_monday_zero_offset() as usize]
    };
    // Open only on another weekday: closed now, whatever the time.
    let closed = format!(
        "[[team]]\nregion = \"syd\"\nlanguages = [\"en\"]\nhours = \"{} 08:00-09:00\"\n",
        day(&today.checked_add(jiff::Span::new().days(3)).unwrap())
    );
    // Open around the clock, but today and tomorrow are holidays (so midnight cannot
    // slip between the configuration and the question).
    let holiday = format!(
        "[[team]]\nregion = \"syd\"\nlanguages = [\"en\"]\nhours = \"24/7\"\nholidays = [\"{}\", \"{}\"]\n",
        today.date(),
        tomorrow.date()
    );
    for (what, config) in [("closed hours", closed), ("a holiday", holiday)] {
        let app = spawn_app(&config).await;
        let mut user = app.ws().await;
        user.start(Some("en")).await;
        user.choose("nav.human").await;
        user.choose("region.syd").await;
        user.send(json!({"type": "choose", "id": "handoff.yes"})).await;
        // No team can answer now: the person is told so (and when one opens), not put
        // "first in line".
        let frames = user_until(&mut user, what, is_status("away")).await;
        assert_fallback(&frames);
        // Keeping on waiting is possible, and stopping leads to the menu.
        let again = user.choose("handoff.wait").await;
        assert_eq!(choice_ids(last_ask(&again)), ["handoff.leave", "nav.end"], "{what}");
        user.choose("handoff.leave").await;
    }

    // The wait limit: one second without a claim (and no other team to overflow to).
    let app = spawn_app(&staff_config("max_wait_secs = 1\noverflow = false")).await;
    let mut user = app.ws().await;
    ask_for_person(&mut user, "en", "syd").await;
    let frames = user_until(&mut user, "fallback after the wait limit", |f| f["type"] == "ask").await;
    assert_fallback(&frames);
    // Keep waiting: the limit starts again, and the fallback comes again.
    let again = user.choose("handoff.wait").await;
    assert_eq!(choice_ids(last_ask(&again)), ["handoff.leave", "nav.end"]);
    let frames = user_until(&mut user, "second fallback", |f| f["type"] == "ask").await;
    assert_fallback(&frames);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_warm_transfer_reaches_the_other_team_with_its_note() {
    let app = spawn_app(&staff_config("")).await;
    let (anna, bo) = (login(&app, "anna").await, login(&app, "bo").await);
    let mut desk_a = console(&app, &anna).await;
    let mut desk_b = console(&app, &bo).await;
    let mut user = app.ws().await;
    ask_for_person(&mut user, "en", "syd").await;
    let code = only_case(&desk_a.queue_of(1).await);
    desk_a.send(json!({"type": "claim", "case": code})).await;
    user_until(&mut user, "connected", is_status("connected")).await;
    desk_a
        .send(
            json!({"type": "transfer", "case": code, "region": "vast", "note": "Speaks English; asked about housing."}),
        )
        .await;
    let moved = user_until(&mut user, "queued again", is_status("queued")).await;
    assert!(
        moved.iter().any(|f| f["type"] == "say"),
        "the person is told: {moved:?}"
    );
    let queue = desk_b.queue_with(&code).await;
    let row = &queue["cases"][0];
    assert_eq!(
        (row["region"].as_str(), row["from_region"].as_str()),
        (Some("vast"), Some("syd"))
    );
    assert_eq!(row["note"], "Speaks English; asked about housing.");
    desk_a.queue_of(0).await;
    desk_b.send(json!({"type": "claim", "case": code})).await;
    user_until(&mut user, "connected", is_status("connected")).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn staff_scoping_and_console_authentication() {
    let app = spawn_app(&staff_config("")).await;
    let (anna, bo, root) = (
        login(&app, "anna").await,
        login(&app, "bo").await,
        login(&app, "root").await,
    );
    let own = format!("http://{}", app.addr);

    // No session: 401. A foreign Origin: refused.
    assert_eq!(staff::connect(&app, None, &own).await.err(), Some(401));
    assert_eq!(
        staff::connect(&app, Some(&anna.cookie), "https://evil.example")
            .await
            .err(),
        Some(403)
    );

    let mut desk_a = console(&app, &anna).await;
    let mut user = app.ws().await;
    ask_for_person(&mut user, "en", "syd").await;
    let code = only_case(&desk_a.queue_of(1).await);

    // Out of region and nonexistent: the same not_found.
    let mut desk_b = console(&app, &bo).await;
    for case in [code.as_str(), "ZZZZZZZZ", "not-a-code"] {
        desk_b.send(json!({"type": "claim", "case": case})).await;
        let e = desk_b.until("error", |f| f["type"] == "error").await;
        assert_eq!(e["code"], "not_found", "{case}");
    }
    // Bo never sees the syd case at all.
    desk_b.send(json!({"type": "presence", "state": "away"})).await;
    let frame = desk_b
        .until("presence", |f| f["type"] == "presence" || f["type"] == "queue")
        .await;
    if frame["type"] == "queue" {
        assert!(frame["cases"].as_array().unwrap().is_empty());
    }
    // Bad frames get bad_request, and the console stays open.
    desk_a.send(json!({"type": "dance"})).await;
    assert_eq!(
        desk_a.until("error", |f| f["type"] == "error").await["code"],
        "bad_request"
    );
    // Saying something in a case one does not hold is a conflict.
    desk_a.send(json!({"type": "say", "case": code, "text": "hi"})).await;
    assert_eq!(
        desk_a.until("error", |f| f["type"] == "error").await["code"],
        "conflict"
    );
    // An admin sees every region; the first claim wins, the second is a conflict.
    let mut desk_r = console(&app, &root).await;
    desk_a.send(json!({"type": "claim", "case": code})).await;
    desk_a.until("history", |f| f["type"] == "history").await;
    desk_r.send(json!({"type": "claim", "case": code})).await;
    assert_eq!(
        desk_r.until("error", |f| f["type"] == "error").await["code"],
        "conflict"
    );

    // After logout the cookie opens nothing.
    let out = reqwest::Client::new()
        .post(app.http("/staff/logout"))
        .header("cookie", &anna.cookie)
        .header("origin", &own)
        .header("x-csrf-token", &anna.csrf)
        .send()
        .await
        .unwrap();
    assert!(out.status().is_success(), "{}", out.status());
    assert_eq!(staff::connect(&app, Some(&anna.cookie), &own).await.err(), Some(401));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_handoff_steps_in_every_language() {
    // Consent, waiting and the fallback, in every locale, with the words of that locale.
    let content = std::sync::Arc::new(common::content());
    let app = std::sync::Arc::new(spawn_app(&staff_config("max_wait_secs = 1\noverflow = false")).await);
    // One task per language: each waits out the wait limit, all at once.
    let mut tasks = Vec::new();
    for lang in content.locales.all() {
        let (content, app) = (content.clone(), app.clone());
        tasks.push(tokio::spawn(async move {
            let code = content.locales.code(lang);
            let dir = content.locales.dir(lang).as_str();
            let text = |id: &str| content.locales.format(lang, id, None);
            let mut user = app.ws().await;
            user.start(Some(code)).await;
            user.choose("nav.human").await;
            let consent = user.choose("region.syd").await;
            assert_eq!(last_ask(&consent)["text"], text("handoff-consent-ask"), "{code}");
            assert!(
                consent.iter().any(|f| f["text"] == text("handoff-consent-info")),
                "{code}"
            );
            user.send(json!({"type": "choose", "id": "handoff.yes"})).await;
            let queued = user_until(&mut user, "queued", is_status("queued")).await;
            let waiting = last_ask(&queued);
            assert_eq!(waiting["text"], text("handoff-waiting-ask"), "{code}");
            assert_eq!(
                (waiting["lang"].as_str(), waiting["dir"].as_str()),
                (Some(code), Some(dir))
            );
            let fallback = user_until(&mut user, "fallback", |f| f["type"] == "ask").await;
            assert_eq!(last_ask(&fallback)["text"], text("handoff-fallback-ask"), "{code}");
            assert!(
                fallback.iter().any(|f| f["text"] == text("handoff-fallback-intro")),
                "{code}"
            );
            // Other languages' cases queue at the same time: their places may change.
            user.send(json!({"type": "choose", "id": "handoff.leave"})).await;
            let stopped = user_until(&mut user, "menu", |f| f["type"] == "ask").await;
            assert_eq!(last_ask(&stopped)["text"], text("menu-ask"), "{code}");
        }));
    }
    for t in tasks {
        t.await.expect("the handoff in one language");
    }
}

/// The self-check's questions share the choice ids `sign.yes`, `sign.no` and
/// `sign.unsure`: each answer must show under the question it really answers.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn each_sign_answer_shows_under_its_own_question() {
    let app = spawn_app(&staff_config("")).await;
    let anna = login(&app, "anna").await;
    let mut desk = console(&app, &anna).await;
    let content = common::content();
    let sv = content.locales.by_code("sv").unwrap();
    let text = |id: &str| content.locales.format(sv, id, None);

    let mut user = app.ws().await;
    user.start(Some("en")).await;
    for id in ["promise.ok", "safety.yes", "who.self", "check.start"] {
        user.choose(id).await;
    }
    // Four different questions, three different answers.
    let answered = [
        ("sign-passport", "sign.yes", "answer-yes"),
        ("sign-debt", "sign.no", "answer-no"),
        ("sign-threats", "sign.unsure", "answer-unsure"),
        ("sign-freedom", "sign.yes", "answer-yes"),
    ];
    for (question, choice, _) in answered {
        let frames = user.choose(choice).await;
        assert!(
            frames.iter().all(|f| f["type"] != "error"),
            "{question}/{choice}: {frames:?}"
        );
    }
    user.choose("nav.human").await;
    user.choose("region.syd").await;
    user.send(json!({"type": "choose", "id": "handoff.yes"})).await;
    user_until(&mut user, "queued", is_status("queued")).await;

    let queue = desk.queue_of(1).await;
    let labels: Vec<String> = queue["cases"][0]["choice_labels"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| l.as_str().unwrap().to_string())
        .collect();
    let signs: Vec<&String> = labels.iter().filter(|l| l.contains(" — ")).collect();
    for (question, _, answer) in answered {
        let asked = text(question);
        let start: String = asked.chars().take(40).collect();
        let matching: Vec<&&String> = signs.iter().filter(|l| l.starts_with(&start)).collect();
        assert_eq!(matching.len(), 1, "{question} shown once: {labels:#?}");
        assert!(
            matching[0].ends_with(&format!(" — {}", text(answer))),
            "{question} with its own answer: {labels:#?}"
        );
    }
    // Nothing shows under the first question but its own answer.
    let first: String = text("sign-passport").chars().take(40).collect();
    assert_eq!(
        labels.iter().filter(|l| l.starts_with(&first)).count(),
        1,
        "{labels:#?}"
    );
}

/// The case view's groups: safety, who, the signs with how many were yes, in order.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn answers_are_grouped_with_a_count_of_signs_answered_yes() {
    let app = spawn_app(&staff_config("")).await;
    let anna = login(&app, "anna").await;
    let mut desk = console(&app, &anna).await;
    let mut user = app.ws().await;
    user.start(Some("en")).await;
    for id in [
        "promise.ok",
        "safety.yes",
        "who.self",
        "check.start",
        "sign.yes",
        "sign.no",
        "sign.yes",
    ] {
        user.choose(id).await;
    }
    user.choose("nav.human").await;
    user.choose("region.syd").await;
    user.send(json!({"type": "choose", "id": "handoff.yes"})).await;
    user_until(&mut user, "queued", is_status("queued")).await;
    let queue = desk.queue_of(1).await;
    let groups = queue["cases"][0]["groups"].as_array().unwrap().clone();
    let names: Vec<&str> = groups.iter().map(|g| g["group"].as_str().unwrap()).collect();
    assert_eq!(names[..3], ["safety", "who", "signs"], "{groups:#?}");
    let signs = &groups[2];
    assert_eq!(
        (signs["yes"].as_u64(), signs["answered"].as_u64()),
        (Some(2), Some(3)),
        "{signs}"
    );
    assert_eq!(signs["labels"].as_array().unwrap().len(), 3);
    // The console's words come in Anna's first language, Swedish.
    let mut again = common::staff::connect(&app, Some(&anna.cookie), &format!("http://{}", app.addr))
        .await
        .unwrap();
    let hello = again.recv().await;
    assert_eq!(hello["ui_lang"], "sv");
    assert_eq!(hello["ui"]["g_signs"], "Tecken: {y} ja av {n} besvarade");
}

/// Private notes: only the holder sees them (and the next holder after a transfer),
/// never the person; lines carry their time; a wrap-up is counted once, only after a
/// close by this console, and only with known choices.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn notes_stay_with_staff_and_a_wrap_up_counts_once_after_my_close() {
    const NOTE: &str = "Private: she mentioned a hotel, follow up";
    let app = spawn_app(&staff_config("")).await;
    let anna = login(&app, "anna").await;
    let mut desk = console(&app, &anna).await;
    let mut user = app.ws().await;
    ask_for_person(&mut user, "sv", "syd").await;
    let queue = desk.queue_of(1).await;
    let code = queue["cases"][0]["case"].as_str().unwrap().to_string();
    desk.send(json!({"type": "claim", "case": code})).await;
    user_until(&mut user, "connected", is_status("connected")).await;

    // A wrap-up before the case is closed is refused: nothing to wrap up.
    desk.send(json!({"type": "wrapup", "case": code, "form": "sexual"}))
        .await;
    let refused = desk.until("refused", |f| f["type"] == "error").await;
    assert_eq!(refused["code"], "not_found");

    desk.send(json!({"type": "note", "case": code, "text": NOTE})).await;
    let note = desk
        .until("the note", |f| f["type"] == "message" && f["from"] == "note")
        .await;
    assert_eq!(note["text"], NOTE);
    let at = note["at"].as_i64().expect("a line has its time");
    assert!((at - jiff::Timestamp::now().as_second()).abs() < 60, "{note}");
    desk.send(json!({"type": "say", "case": code, "text": "Hej"})).await;
    // The person gets the staff text, and nothing of the note before it.
    let frames = user_until(&mut user, "staff text", |f| f["type"] == "staff").await;
    assert!(!serde_json::to_string(&frames).unwrap().contains("hotel"), "{frames:?}");

    // Another coordinator does not see it: the case is not theirs.
    let bo = login(&app, "bo").await;
    let mut other = console(&app, &bo).await;
    other
        .send(json!({"type": "note", "case": code, "text": "mine too"}))
        .await;
    assert_eq!(
        other.until("refused", |f| f["type"] == "error").await["code"],
        "not_found"
    );

    // After a transfer to the national team, root (an admin) claims it: the note is in
    // the history with its time.
    desk.send(json!({"type": "transfer", "case": code, "region": "national"}))
        .await;
    user_until(&mut user, "queued again", is_status("queued")).await;
    let root = login(&app, "root").await;
    let mut next = console(&app, &root).await;
    next.send(json!({"type": "claim", "case": code})).await;
    let history = next.until("history", |f| f["type"] == "history").await;
    let lines = history["messages"].as_array().unwrap();
    assert!(
        lines
            .iter()
            .any(|l| l["from"] == "note" && l["text"] == NOTE && l["at"].is_i64()),
        "{history}"
    );

    // Root closes: one wrap-up counts; a second, or one with an unknown choice, does not.
    next.send(json!({"type": "close", "case": code})).await;
    next.until("closed", |f| f["type"] == "case" && f["state"] == "closed")
        .await;
    next.send(json!({"type": "wrapup", "case": code, "form": "Anna Svensson"}))
        .await;
    assert_eq!(next.until("bad", |f| f["type"] == "error").await["code"], "bad_request");
    next.send(json!({"type": "wrapup", "case": code, "form": "labour", "who": "family", "done": ["social", "legal", "legal"]})).await;
    let counted = next.until("counted", |f| f["type"] == "wrapup").await;
    assert_eq!(counted["state"], "counted");
    next.send(json!({"type": "wrapup", "case": code, "form": "labour"}))
        .await;
    assert_eq!(next.until("once", |f| f["type"] == "error").await["code"], "not_found");
    let (_, csv) = {
        let r = reqwest::Client::new()
            .get(app.http("/staff/stats.csv"))
            .header("cookie", &root.cookie)
            .send()
            .await
            .unwrap();
        (r.status(), r.text().await.unwrap())
    };
    // One of each: small cells, so the export shows them as <5, never linked to a case.
    for row in [
        "wrapup.form,labour,",
        "wrapup.who,family,",
        "wrapup.done,social,",
        "wrapup.done,legal,",
    ] {
        assert!(csv.contains(row), "{row}: {csv}");
    }
    assert!(!csv.contains(&code) && !csv.contains("Anna"), "{csv}");
}

/// `team-<region>` in `lang`, as the overflow sentences name teams.
fn team_name(content: &lotsa::content::Content, lang: lotsa::i18n::LangIdx, region: &str) -> String {
    content.locales.format(lang, &format!("team-{region}"), None)
}

fn overflow_text(
    content: &lotsa::content::Content,
    lang: lotsa::i18n::LangIdx,
    id: &str,
    from: &str,
    to: &str,
) -> String {
    let mut args = fluent_bundle::FluentArgs::new();
    args.set("region", team_name(content, lang, from));
    args.set("team", team_name(content, lang, to));
    content.locales.format(lang, id, Some(&args))
}

/// Stockholm's team is closed and the national team open: a person who picks Stockholm
/// is told so before agreeing, queued for the national team, and a national coordinator
/// claims and chats; the case keeps the person's region.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_closed_region_overflows_to_the_open_national_team() {
    let app = spawn_app(&staff_config(&closed_team("stockholm", &["sv", "en", "ar"]))).await;
    let anna = login(&app, "anna").await; // syd and national
    let mut desk = console(&app, &anna).await;
    let content = common::content();
    let en = content.locales.by_code("en").unwrap();

    let mut user = app.ws().await;
    user.start(Some("en")).await;
    user.choose("nav.human").await;
    let consent = user.choose("region.stockholm").await;
    let told = overflow_text(&content, en, "handoff-overflow", "stockholm", "national");
    assert!(told.contains(&team_name(&content, en, "national")), "{told}");
    let at = consent.iter().position(|f| f["text"] == told);
    let info = consent
        .iter()
        .position(|f| f["text"] == content.locales.format(en, "handoff-consent-info", None));
    assert!(at.is_some() && at < info, "told before the consent text: {consent:#?}");

    user.send(json!({"type": "choose", "id": "handoff.yes"})).await;
    let queued = user_until(&mut user, "queued", is_status("queued")).await;
    let status = queued.last().unwrap();
    assert_eq!(
        (status["position"].as_u64(), status["team"].as_str()),
        (Some(1), Some("national"))
    );

    let queue = desk.queue_of(1).await;
    let row = &queue["cases"][0];
    assert_eq!(
        (
            row["region"].as_str(),
            row["team"].as_str(),
            row["overflow_from"].as_str()
        ),
        (Some("stockholm"), Some("national"), Some("stockholm"))
    );
    let code = only_case(&queue);
    desk.send(json!({"type": "claim", "case": code})).await;
    user_until(&mut user, "connected", is_status("connected")).await;
    desk.send(json!({"type": "say", "case": code, "text": "Hello from the national team."}))
        .await;
    let said = user_until(&mut user, "staff text", |f| f["type"] == "staff").await;
    assert_eq!(said.last().unwrap()["text"], "Hello from the national team.");
}

/// No team can answer: the person learns it before agreeing, with the day and time the
/// first team opens, and after agreeing gets that again and the fallback, never "first in
/// line".
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn nobody_open_says_when_a_team_opens_before_consent() {
    let app = spawn_app(&closed_team("stockholm", &["en"])).await;
    let content = common::content();
    let en = content.locales.by_code("en").unwrap();
    // Closed today and tomorrow: it opens at midnight the day after.
    let (_, tomorrow) = stockholm_days();
    let day_after = tomorrow.tomorrow().unwrap();
    let stockholm = jiff::tz::TimeZone::get("Europe/Stockholm").unwrap();
    let opens = day_after.at(0, 0, 0, 0).to_zoned(stockholm).unwrap();
    let weekday = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"][opens.weekday().to_monday_zero_offset() as usize];
    let mut args = fluent_bundle::FluentArgs::new();
    args.set("day", weekday);
    args.set("time", "00:00");
    args.set("date", day_after.to_string());
    let away = content.locales.format(en, "handoff-away", Some(&args));
    assert!(away.contains("00:00"), "{away}");

    let mut user = app.ws().await;
    user.start(Some("en")).await;
    user.choose("nav.human").await;
    let consent = user.choose("region.stockholm").await;
    assert!(consent.iter().any(|f| f["text"] == away), "{consent:#?}");

    user.send(json!({"type": "choose", "id": "handoff.yes"})).await;
    let frames = user_until(&mut user, "away", is_status("away")).await;
    assert!(frames.iter().any(|f| f["text"] == away), "{frames:#?}");
    let status = frames.last().unwrap();
    assert_eq!(status["opens"], opens.strftime("%Y-%m-%dT%H:%M:%S%:z").to_string());
    let first_in_line = content.locales.format(
        en,
        "handoff-queued",
        Some(&{
            let mut a = fluent_bundle::FluentArgs::new();
            a.set("position", 1);
            a
        }),
    );
    assert!(!frames.iter().any(|f| f["text"] == first_in_line), "{frames:#?}");
    assert_eq!(
        choice_ids(last_ask(&frames)),
        ["handoff.wait", "handoff.mailbox", "handoff.leave", "nav.end"]
    );
}

/// Nobody claims within the wait limit: the case is offered to the next open team that
/// speaks the language (the national team), once, and the person is told.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_unclaimed_case_overflows_after_the_wait_limit() {
    let app = spawn_app(&staff_config("max_wait_secs = 1")).await;
    let bo = login(&app, "bo").await; // vast only
    let mut desk = console(&app, &bo).await;
    let anna = login(&app, "anna").await;
    let mut national = console(&app, &anna).await;
    let content = common::content();
    let en = content.locales.by_code("en").unwrap();
    let mut user = app.ws().await;
    ask_for_person(&mut user, "en", "vast").await;
    let code = only_case(&desk.queue_of(1).await);
    let moved = user_until(&mut user, "overflow", |f| {
        is_status("queued")(f) && f["team"] == "national"
    })
    .await;
    let told = overflow_text(&content, en, "handoff-overflow-wait", "vast", "national");
    assert!(moved.iter().any(|f| f["text"] == told), "{moved:#?}");
    // It left Väst's queue for the national team's.
    desk.queue_of(0).await;
    let queue = national.queue_with(&code).await;
    assert_eq!(queue["cases"][0]["region"], "vast");
    // Once: after another wait at the national team, the fallback, not a third team.
    let frames = user_until(&mut user, "fallback", |f| f["type"] == "ask").await;
    assert_eq!(
        choice_ids(last_ask(&frames)),
        ["handoff.wait", "handoff.mailbox", "handoff.leave", "nav.end"],
        "{frames:#?}"
    );
}

/// An urgent case left unclaimed is shown to the national team (and admins) as well.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_unclaimed_urgent_case_escalates_to_the_national_team() {
    let app = spawn_app(&staff_config("escalate_urgent_secs = 1\noverflow = false")).await;
    let anna = login(&app, "anna").await; // syd and national
    let mut desk = console(&app, &anna).await;
    let mut afraid = app.ws().await;
    ask_urgently(&mut afraid, "en", "vast").await;
    // Not anna's region: nothing at first, then the escalated case.
    let queue = desk
        .until("escalated", |f| {
            f["type"] == "queue" && f["cases"].as_array().is_some_and(|c| !c.is_empty())
        })
        .await;
    let row = &queue["cases"][0];
    assert_eq!(
        (row["team"].as_str(), row["escalated"].as_bool()),
        (Some("vast"), Some(true))
    );
    // Anna may claim it.
    let code = only_case(&queue);
    desk.send(json!({"type": "claim", "case": code})).await;
    user_until(&mut afraid, "connected", is_status("connected")).await;
    // A calm case in Väst is never shown to her.
    let mut calm = app.ws().await;
    ask_for_person(&mut calm, "en", "vast").await;
    tokio::time::sleep(std::time::Duration::from_millis(2500)).await;
    // A console that connects now reads the queue anew.
    let origin = format!("http://{}", app.addr);
    let ws = staff::connect(&app, Some(&anna.cookie), &origin).await.unwrap();
    let mut fresh = staff::Console { ws };
    assert_eq!(fresh.next().await["type"], "hello");
    let queue = fresh.next().await;
    assert!(
        queue["cases"]
            .as_array()
            .unwrap()
            .iter()
            .all(|c| c["case"] == code.as_str()),
        "{queue}"
    );
}

/// The overflow and away sentences in every language, before consent.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn reach_steps_in_every_language() {
    let content = std::sync::Arc::new(common::content());
    let codes: Vec<&str> = content.locales.all().map(|l| content.locales.code(l)).collect();
    // Stockholm closed; the national team open in every language.
    let national = format!(
        "[[team]]\nregion = \"national\"\nlanguages = [{}]\nhours = \"24/7\"\n",
        codes.iter().map(|c| format!("\"{c}\"")).collect::<Vec<_>>().join(", ")
    );
    let overflow = std::sync::Arc::new(spawn_app(&format!("{}{national}", closed_team("stockholm", &codes))).await);
    let away = std::sync::Arc::new(spawn_app(&closed_team("stockholm", &codes)).await);
    let mut tasks = Vec::new();
    for lang in content.locales.all() {
        let (content, overflow, away) = (content.clone(), overflow.clone(), away.clone());
        tasks.push(tokio::spawn(async move {
            let code = content.locales.code(lang);
            let mut user = overflow.ws().await;
            user.start(Some(code)).await;
            user.choose("nav.human").await;
            let consent = user.choose("region.stockholm").await;
            let told = overflow_text(&content, lang, "handoff-overflow", "stockholm", "national");
            let said = consent.iter().find(|f| f["text"] == told);
            assert!(said.is_some(), "{code}: {consent:#?}");
            assert_eq!(said.unwrap()["lang"], code);
            assert!(!told.contains("team-") && !told.contains('$'), "{code}: {told}");

            let mut user = away.ws().await;
            user.start(Some(code)).await;
            user.choose("nav.human").await;
            let consent = user.choose("region.stockholm").await;
            let line = consent
                .iter()
                .filter(|f| f["type"] == "say")
                .map(|f| f["text"].as_str().unwrap().to_string())
                .find(|t| t.contains("00:00"));
            assert!(line.is_some(), "{code}: the opening time is said: {consent:#?}");
        }));
    }
    for t in tasks {
        t.await.expect("reach in one language");
    }
}

/// A person who closes the page while queued leaves the queue after `gone_secs`; one who
/// closes it during a live chat shows staff "gone".
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_person_who_closes_the_page_is_shown_gone_and_leaves_the_queue() {
    let config = format!(
        "[limits]\nping_secs = 1\n{}",
        staff_config("gone_secs = 2\noverflow = false")
    );
    let app = spawn_app(&config).await;
    let anna = login(&app, "anna").await;
    let mut desk = console(&app, &anna).await;

    let mut queued = app.ws().await;
    ask_for_person(&mut queued, "en", "syd").await;
    let queue = desk.queue_of(1).await;
    assert_eq!(queue["cases"][0]["person"], "here");
    let code = only_case(&queue);
    drop(queued); // the page closes
    let left = desk
        .until("the person left", |f| {
            f["type"] == "case" && f["case"] == code.as_str() && f["state"] == "closed"
        })
        .await;
    assert_eq!(left["by"], "user");
    desk.queue_of(0).await;

    let mut chatting = app.ws().await;
    ask_for_person(&mut chatting, "en", "syd").await;
    let code = only_case(&desk.queue_of(1).await);
    desk.send(json!({"type": "claim", "case": code})).await;
    user_until(&mut chatting, "connected", is_status("connected")).await;
    drop(chatting);
    let gone = desk
        .until("shown gone", |f| {
            f["type"] == "queue"
                && f["cases"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .any(|c| c["case"] == code.as_str() && c["person"] == "gone")
        })
        .await;
    let row = &gone["cases"][0];
    assert_eq!(row["state"], "live", "a live case stays for its holder");
    assert!(row["seen_secs"].as_i64().unwrap() >= 1, "{row}");
}

/// The transfer dialog's facts: which teams answer now, which are closed (and until
/// when) and which regions have none; a transfer to a team that cannot answer needs a
/// confirmation, and the sender is told where the case went.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn transfers_know_which_teams_can_answer_and_say_where_the_case_went() {
    let app = spawn_app(&staff_config(&closed_team("stockholm", &["en"]))).await;
    let anna = login(&app, "anna").await;
    let mut desk = console(&app, &anna).await;
    let mut user = app.ws().await;
    ask_for_person(&mut user, "en", "syd").await;
    let code = only_case(&desk.queue_of(1).await);
    desk.send(json!({"type": "claim", "case": code})).await;
    user_until(&mut user, "connected", is_status("connected")).await;

    desk.send(json!({"type": "teams"})).await;
    let teams = desk.until("teams", |f| f["type"] == "teams").await;
    let team = |id: &str| {
        teams["teams"]
            .as_array()
            .unwrap()
            .iter()
            .find(|t| t["id"] == id)
            .unwrap()
            .clone()
    };
    assert_eq!(
        (team("vast")["state"].as_str(), team("vast")["answering"].as_bool()),
        (Some("open"), Some(true))
    );
    let stockholm = team("stockholm");
    assert_eq!(
        (stockholm["state"].as_str(), stockholm["answering"].as_bool()),
        (Some("closed"), Some(false))
    );
    assert!(
        stockholm["opens"].as_str().is_some_and(|o| o.contains("T00:00:00")),
        "{stockholm}"
    );
    let nord = team("nord");
    assert_eq!(
        (
            nord["state"].as_str(),
            nord["answered_by"].as_str(),
            nord["answering"].as_bool()
        ),
        (Some("none"), Some("national"), Some(true))
    );

    // Closed: refused unless confirmed.
    desk.send(json!({"type": "transfer", "case": code, "region": "stockholm"}))
        .await;
    let refused = desk.until("refused", |f| f["type"] == "error").await;
    assert_eq!(refused["code"], "team_closed");
    desk.send(json!({"type": "transfer", "case": code, "region": "stockholm", "confirm": true}))
        .await;
    let moved = desk
        .until("transferred", |f| f["type"] == "case" && f["state"] == "transferred")
        .await;
    assert_eq!(
        (moved["to"].as_str(), moved["by"].as_str()),
        (Some("stockholm"), Some("anna"))
    );
    assert!(moved["to_label"].as_str().is_some_and(|l| !l.is_empty()));
}

/// "Is writing…" both ways during a live chat: no text crosses, the signal is throttled,
/// and outside a case it does nothing at all.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn typing_shows_both_ways_with_no_text() {
    let app = spawn_app(&staff_config("")).await;
    let anna = login(&app, "anna").await;
    let mut desk = console(&app, &anna).await;
    let mut user = app.ws().await;
    user.start(Some("en")).await;
    // Outside a case: no answer, no error; the next frame is answered normally.
    user.send(json!({"type": "typing"})).await;
    let menu = user.choose("nav.human").await;
    assert!(
        menu.iter().all(|f| f["type"] != "error" && f["type"] != "typing"),
        "{menu:?}"
    );
    user.choose("region.syd").await;
    user.send(json!({"type": "choose", "id": "handoff.yes"})).await;
    user_until(&mut user, "queued", is_status("queued")).await;
    let code = only_case(&desk.queue_of(1).await);
    desk.send(json!({"type": "claim", "case": code})).await;
    user_until(&mut user, "connected", is_status("connected")).await;

    // Twice at once: one signal reaches the console.
    user.send(json!({"type": "typing"})).await;
    user.send(json!({"type": "typing"})).await;
    let typing = desk.until("typing", |f| f["type"] == "typing").await;
    assert_eq!(typing, json!({"type": "typing", "case": code}));
    user.send(json!({"type": "text", "text": "hello"})).await;
    let next = desk
        .until("the message", |f| f["type"] == "message" || f["type"] == "typing")
        .await;
    assert_eq!(next["type"], "message", "the second typing was throttled");

    desk.send(json!({"type": "typing", "case": code})).await;
    let frames = user_until(&mut user, "typing", |f| f["type"] == "typing").await;
    assert_eq!(frames.last().unwrap(), &json!({"type": "typing"}));
    // Someone who does not hold the case cannot make the person see it.
    let root = login(&app, "root").await;
    let mut other = console(&app, &root).await;
    other.send(json!({"type": "typing", "case": code})).await;
    desk.send(json!({"type": "say", "case": code, "text": "after"})).await;
    let next = user_until(&mut user, "next", |f| f["type"] == "staff" || f["type"] == "typing").await;
    assert_eq!(next.last().unwrap()["type"], "staff", "{next:?}");
}
