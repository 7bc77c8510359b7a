//! Fuzzing on stable Rust with proptest, each target bounded by a number of cases
//! (`LOTSA_FUZZ_CASES`, default 160) so CI time stays fixed:
//!
//! - **flow, locale and configuration loaders**: the repository's own files, damaged at
//!   random (cut short, text inserted, a line replaced). Loading never panics; it is
//!   accepted, or refused with a message naming the file (and for configuration, the
//!   key or line).
//! - **the web chat protocol**: random frames (text, JSON of every type with random
//!   fields and values, binary) on a real server's WebSocket. Every data frame gets an
//!   answer, the connection stays up, and a real conversation still works after.
//! - **Telegram updates**, by polling and by webhook: random updates; lotsa goes on
//!   answering a real person afterwards, and the webhook never answers 5xx.
//! - **the staff console protocol**: random frames from a logged-in staff member; each
//!   gets an answer, and the console still works after.
//!
//! The engine's own property test (`tests/engine.rs`) covers `step`: it never panics,
//! always ends with a question, and never leaves the compiled graph.

mod common;

use std::path::{Path, PathBuf};
use std::time::Duration;

use common::staff::{console, login, staff_config};
use common::telegram::{FakeTelegram, TOKEN};
use common::{TestApp, repo, spawn_app};
use proptest::prelude::*;
use proptest::strategy::ValueTree;
use proptest::test_runner::TestRunner;
use serde_json::{Value, json};
use tokio_tungstenite::tungstenite::Message;

fn cases() -> u32 {
    std::env::var("LOTSA_FUZZ_CASES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(160)
}

/// Any JSON value, a few levels deep.
fn json_value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        any::<f64>().prop_map(|f| serde_json::Number::from_f64(f).map_or(Value::Null, Value::Number)),
        ".{0,24}".prop_map(Value::from),
    ];
    leaf.prop_recursive(3, 24, 4, |inner| {
        prop_oneof![
            proptest::collection::vec(inner.clone(), 0..4).prop_map(Value::Array),
            proptest::collection::btree_map("[a-z_]{1,8}", inner, 0..4)
                .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

/// A JSON object whose `type` is one of `types` (or anything), with fields named as the
/// protocol names them (or anything), holding any values.
fn object_frame(types: &'static [&'static str], fields: &'static [&'static str]) -> impl Strategy<Value = String> {
    let kind = prop_oneof![4 => proptest::sample::select(types).prop_map(Value::from), 1 => json_value()];
    let field = prop_oneof![3 => proptest::sample::select(fields).prop_map(String::from), 1 => "[a-z]{1,6}"];
    (kind, proptest::collection::vec((field, json_value()), 0..4)).prop_map(|(kind, fields)| {
        let mut object = serde_json::Map::new();
        object.insert("type".into(), kind);
        for (k, v) in fields {
            object.insert(k, v);
        }
        Value::Object(object).to_string()
    })
}

/// Something a client might send: text of any kind, JSON, or binary.
fn ws_frame(types: &'static [&'static str], fields: &'static [&'static str]) -> impl Strategy<Value = Message> {
    prop_oneof![
        4 => object_frame(types, fields).prop_map(|t| Message::Text(t.into())),
        2 => ".{0,120}".prop_map(|t| Message::Text(t.into())),
        1 => json_value().prop_map(|v| Message::Text(v.to_string().into())),
        1 => proptest::collection::vec(any::<u8>(), 0..64).prop_map(|b| Message::Binary(b.into())),
    ]
}

/// `n` values drawn from `strategy` (no shrinking: these run against live servers).
fn draw<T: std::fmt::Debug>(strategy: impl Strategy<Value = T>, n: u32) -> Vec<T> {
    let mut runner = TestRunner::deterministic();
    (0..n)
        .map(|_| strategy.new_tree(&mut runner).expect("a value").current())
        .collect()
}

// --- Loaders -------------------------------------------------------------------------

/// How a file is damaged.
#[derive(Debug, Clone)]
enum Damage {
    CutAt(prop::sample::Index),
    Insert(prop::sample::Index, String),
    ReplaceLine(prop::sample::Index, String),
}

fn damage() -> impl Strategy<Value = Damage> {
    let junk = prop_oneof![".{0,40}", r##"[\[\]={}"#.\n a-z-]{0,40}"##];
    prop_oneof![
        any::<prop::sample::Index>().prop_map(Damage::CutAt),
        (any::<prop::sample::Index>(), junk.clone()).prop_map(|(i, s)| Damage::Insert(i, s)),
        (any::<prop::sample::Index>(), junk).prop_map(|(i, s)| Damage::ReplaceLine(i, s)),
    ]
}

fn apply(text: &str, damage: &Damage) -> String {
    let boundaries: Vec<usize> = text.char_indices().map(|(i, _)| i).chain([text.len()]).collect();
    match damage {
        Damage::CutAt(at) => text[..*at.get(&boundaries)].to_string(),
        Damage::Insert(at, junk) => {
            let at = *at.get(&boundaries);
            format!("{}{junk}{}", &text[..at], &text[at..])
        }
        Damage::ReplaceLine(at, junk) => {
            let mut lines: Vec<&str> = text.lines().collect();
            if !lines.is_empty() {
                let i = at.index(lines.len());
                lines[i] = junk;
            }
            lines.join("\n")
        }
    }
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap().flatten() {
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

fn files_under(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap().flatten() {
        if entry.file_type().unwrap().is_dir() {
            out.extend(files_under(&entry.path()));
        } else {
            out.push(entry.path());
        }
    }
    out.sort();
    out
}

/// Loads the content in `dir` (copies of flows/ and locales/) as the server would.
fn load(dir: &Path) -> Result<(), String> {
    let settings = lotsa::config::Settings::from_toml(&format!(
        "flows_dir = \"{}\"\nlocales_dir = \"{}\"\n",
        dir.join("flows").display(),
        dir.join("locales").display()
    ))
    .unwrap();
    lotsa::content::Content::load_with(&settings, &lotsa::startup::required_messages())
        .map(|_| ())
        .map_err(|e| e.to_string())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: cases() / 4, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn a_damaged_flow_or_locale_file_is_refused_with_its_name_never_a_panic(
        pick in any::<prop::sample::Index>(),
        damage in damage(),
    ) {
        let dir = tempfile::tempdir().unwrap();
        copy_dir(&repo().join("flows"), &dir.path().join("flows"));
        copy_dir(&repo().join("locales"), &dir.path().join("locales"));
        let files = files_under(dir.path());
        let file = pick.get(&files);
        let text = std::fs::read_to_string(file).unwrap();
        std::fs::write(file, apply(&text, &damage)).unwrap();
        if let Err(e) = load(dir.path()) {
            prop_assert!(
                e.contains(&dir.path().display().to_string()),
                "the error names a file: {e}"
            );
        }
    }

    #[test]
    fn a_damaged_configuration_is_refused_with_its_key_or_line_never_a_panic(damage in damage()) {
        let example = std::fs::read_to_string(repo().join("deploy/lotsa.example.toml")).unwrap();
        let damaged = apply(&example, &damage);
        if let Err(e) = lotsa::config::Settings::from_toml(&damaged) {
            let e = e.to_string();
            prop_assert!(!e.trim().is_empty());
            prop_assert!(e.contains("line") || e.contains("key"), "the error says where: {e}");
        }
    }
}

/// The loader property above is not vacuous: a flow file cut short is refused, by name.
#[test]
fn a_flow_file_cut_in_half_is_refused_by_name() {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&repo().join("flows"), &dir.path().join("flows"));
    copy_dir(&repo().join("locales"), &dir.path().join("locales"));
    let file = dir.path().join("flows/30-rights.toml");
    let text = std::fs::read_to_string(&file).unwrap();
    std::fs::write(&file, &text[..text.len() / 2]).unwrap();
    let e = load(dir.path()).unwrap_err();
    assert!(e.contains("flows/"), "{e}");
}

// --- Live surfaces ---------------------------------------------------------------------

const WEB_TYPES: &[&str] = &["start", "resume", "choose", "text", "end", "survey"];
const WEB_FIELDS: &[&str] = &["lang", "token", "id", "text", "answer"];

/// A fresh socket whose conversation has started, answered up to its first question.
async fn started(app: &TestApp) -> common::Ws {
    let mut ws = app.ws().await;
    let frames = ws.start(Some("en")).await;
    assert!(frames.iter().any(|f| f["type"] == "ask"), "{frames:?}");
    ws
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn random_web_frames_are_each_answered_and_the_connection_stays_up() {
    let app = spawn_app("").await;
    let frames = draw(ws_frame(WEB_TYPES, WEB_FIELDS), cases());
    // Within the burst of one socket's rate limit, so the parser is what answers.
    for batch in frames.chunks(20) {
        let mut ws = started(&app).await;
        for frame in batch {
            ws.send_raw(frame.clone()).await;
            // Every data frame is answered: an error, or a step ending in a question.
            let first = ws.recv().await;
            assert!(first["type"].is_string(), "an answer to {frame:?}: {first}");
            let done = ["error", "ask", "status"].iter().any(|t| first["type"] == *t);
            if !done {
                // A step goes on to its question; the survey's thanks is one `say` alone.
                let _ = tokio::time::timeout(Duration::from_secs(2), ws.until_ask()).await;
            }
        }
        // Still up, and a real conversation still works on it.
        let frames = ws.start(Some("sv")).await;
        assert!(frames.iter().any(|f| f["type"] == "ask"), "{frames:?}");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn random_telegram_updates_by_polling_and_webhook_never_stop_the_bot() {
    let fake = FakeTelegram::start().await;
    let polling = spawn_app(&format!(
        "telegram_token = \"{TOKEN}\"\ntelegram_api_url = \"{}\"\n",
        fake.url()
    ))
    .await;
    let message = object_frame(&["private", "group", "channel"], &["id", "title", "username"]);
    let update = (json_value(), message, ".{0,60}", any::<i64>())
        .prop_map(|(noise, chat_type, text, id)| {
            let chat: Value = serde_json::from_str(&chat_type).unwrap();
            json!({
                "message": {"message_id": id as i32, "date": id, "chat": chat, "text": text, "from": noise.clone()},
                "callback_query": {"id": text, "from": {"id": id, "is_bot": false, "first_name": "x"}, "data": noise},
            })
        })
        .boxed();
    let updates = draw(
        prop_oneof![
            update.clone().prop_map(|mut u| {
                u.as_object_mut().unwrap().remove("callback_query");
                u
            }),
            update.prop_map(|mut u| {
                u.as_object_mut().unwrap().remove("message");
                u
            }),
            json_value(),
        ],
        cases(),
    );
    for u in &updates {
        let u = if u.is_object() { u.clone() } else { json!({"junk": u}) };
        fake.push_raw(u);
    }
    // A real person after all of that is answered.
    fake.user_text(606, "/start", "en");
    let (_, picker) = fake.next_step(606, 0).await;
    assert!(picker.keyboard.iter().any(|(id, _)| id == "lang.en"));
    drop(polling);

    // By webhook: the same updates, with the secret; never a server error.
    let fake = FakeTelegram::start().await;
    let hook = spawn_app(&format!(
        "telegram_token = \"{TOKEN}\"\ntelegram_api_url = \"{}\"\ntelegram_webhook_url = \"https://example.org/telegram/webhook\"\n",
        fake.url()
    ))
    .await;
    let secret = fake.webhook_secret().await;
    let client = reqwest::Client::new();
    let bodies = draw(
        prop_oneof![json_value().prop_map(|v| v.to_string()), ".{0,200}"],
        cases() / 2,
    );
    for (n, body) in updates.iter().map(Value::to_string).chain(bodies).enumerate() {
        let r = client
            .post(hook.http("/telegram/webhook"))
            .header("X-Telegram-Bot-Api-Secret-Token", &secret)
            .header("content-type", "application/json")
            .body(body.clone())
            .send()
            .await
            .unwrap();
        assert!(!r.status().is_server_error(), "#{n} {body}: {}", r.status());
    }
    let start = json!({"update_id": 99_999, "message": {
        "message_id": 5, "date": 1_790_000_000,
        "chat": {"id": 707, "type": "private", "first_name": "x"},
        "from": {"id": 707, "is_bot": false, "first_name": "x", "language_code": "en"},
        "text": "/start"}});
    let r = client
        .post(hook.http("/telegram/webhook"))
        .header("X-Telegram-Bot-Api-Secret-Token", &secret)
        .json(&start)
        .send()
        .await
        .unwrap();
    assert!(r.status().is_success(), "{}", r.status());
    let (_, picker) = fake.next_step(707, 0).await;
    assert!(picker.keyboard.iter().any(|(id, _)| id == "lang.en"));
}

const STAFF_TYPES: &[&str] = &["claim", "say", "canned", "transfer", "close", "presence"];
const STAFF_FIELDS: &[&str] = &["case", "text", "id", "region", "note", "state"];

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn random_staff_frames_are_each_answered_and_the_console_stays_up() {
    let app = spawn_app(&staff_config("")).await;
    let anna = login(&app, "anna").await;
    let frames = draw(ws_frame(STAFF_TYPES, STAFF_FIELDS), cases());
    for batch in frames.chunks(20) {
        let mut desk = console(&app, &anna).await;
        for frame in batch {
            desk.ws.send_raw(frame.clone()).await;
            let answer = desk.next().await;
            assert!(answer["type"].is_string(), "an answer to {frame:?}: {answer}");
        }
        // Still up: a frame with a real shape is still understood.
        desk.send(json!({"type": "presence", "state": "away"})).await;
        let answer = desk.next().await;
        assert!(answer["type"].is_string(), "{answer}");
        desk.close().await;
    }
}

/// The HTTP surfaces with bodies: the quick-exit beacon, the page without JavaScript and
/// the staff login and logout. Any body gets an answer, and never a server error.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn random_bodies_on_the_beacon_the_basic_page_and_the_staff_api_are_never_server_errors() {
    let app = spawn_app(&staff_config("")).await;
    let client = reqwest::Client::new();
    let bodies = draw(
        prop_oneof![
            json_value().prop_map(|v| v.to_string()),
            ".{0,200}",
            "(token|choose|exit|id|password|totp)=[^&]{0,40}(&(token|choose|exit|id|password|totp)=[^&]{0,40}){0,3}",
        ],
        cases(),
    );
    let kinds = ["application/json", "application/x-www-form-urlencoded", "text/plain"];
    for (n, body) in bodies.iter().enumerate() {
        for (path, ok) in [
            ("/chat/end", 204),
            ("/chat/basic", 0),
            ("/staff/login", 0),
            ("/staff/logout", 0),
        ] {
            let r = client
                .post(app.http(path))
                .header("content-type", kinds[n % kinds.len()])
                .header("origin", format!("http://{}", app.addr))
                .body(body.clone())
                .send()
                .await
                .unwrap();
            let status = r.status().as_u16();
            assert!(status < 500, "{path} #{n} {body:?}: {status}");
            if ok != 0 {
                assert_eq!(status, ok, "{path} answers alike whatever the body");
            }
        }
    }
    // Still serving: a real login works.
    login(&app, "anna").await;
}
