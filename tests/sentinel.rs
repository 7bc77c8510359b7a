//! The sentinel suite: scripted conversations on every channel (web chat, the page
//! without JavaScript, Telegram by polling and by webhook, and live handoffs with a staff
//! member on the web chat and on Telegram), each carrying
//! made-up identifying details (a name, phone number, e-mail, street address, Telegram
//! username, first name and chat id, a location, a contact card, a client address in
//! `X-Forwarded-For`). Then everything lotsa produced is scanned for them in clear text:
//! every Redis key and value (SCAN, then each type's read and DUMP, and an uncompressed
//! RDB dump), the in-memory store without Redis, all log output at TRACE, `/metrics`,
//! and every file written under the working directory and `$TMPDIR` meanwhile.
//!
//! After the conversations end (End and erase, quick exit, `/forget`, a closed case and
//! idle expiry), nothing of them may remain: only the anonymous day counters and the
//! staff member's own login session.
//!
//! The last test injects a sentinel into each place scanned and checks that the scan
//! finds it, so a passing suite means "nothing found", not "nothing looked at".

mod common;

use std::path::Path;
use std::sync::OnceLock;
use std::time::{Duration, SystemTime};

use common::capture::Capture;
use common::redis::RedisServer;
use common::staff::{console, login, staff_config, user_until};
use common::telegram::{FakeTelegram, TOKEN};
use common::{TestApp, Ws, spawn_app, token_of};
use lotsa::config::LogFormat;
use lotsa::session::kv::Kv;
use serde_json::{Value, json};
use tokio_tungstenite::tungstenite::client::IntoClientRequest;
use tokio_tungstenite::tungstenite::http::HeaderValue;

const NAME: &str = "Zorvana Quillfeather";
const PHONE: &str = "0707319582";
const EMAIL: &str = "zorvana.q@sentinel.example";
const STREET: &str = "Kvistgrand 17B";
const TG_USERNAME: &str = "zorvana_sentinel";
const TG_FIRST: &str = "Quillfeatherina";
/// Decimal, as it would appear in a log line or a key.
const TG_CHAT: i64 = 7_391_582_046;
const LATITUDE: f64 = 59.318_273;
const CONTACT_PHONE: &str = "+46703919284";
const CONTACT_NAME: &str = "Kontaktina";
const CLIENT_ADDRESS: &str = "203.0.113.77";
/// What the fake Bot API puts in every button press's `from` (tests/common/telegram.rs).
const PRESS_IDENTITY: [&str; 2] = ["Secret Name", "secret_user"];

fn sentinels() -> Vec<String> {
    let mut all: Vec<String> = [
        NAME,
        PHONE,
        EMAIL,
        STREET,
        TG_USERNAME,
        TG_FIRST,
        CONTACT_PHONE,
        CONTACT_NAME,
        CLIENT_ADDRESS,
    ]
    .map(String::from)
    .into();
    all.extend(PRESS_IDENTITY.map(String::from));
    all.push(TG_CHAT.to_string());
    all.push(LATITUDE.to_string());
    all
}

fn typed_text() -> String {
    format!("My name is {NAME}, call {PHONE} or write to {EMAIL}. I live at {STREET}.")
}

/// One log capture for the whole binary: the tracing subscriber is process-wide.
fn capture() -> &'static Capture {
    static CAPTURE: OnceLock<Capture> = OnceLock::new();
    CAPTURE.get_or_init(|| {
        let capture = Capture::default();
        lotsa::telemetry::install(lotsa::telemetry::filter("trace"), LogFormat::Json, capture.clone());
        capture
    })
}

/// Something lotsa produced, and where it was found.
struct Evidence {
    place: String,
    bytes: Vec<u8>,
}

/// Every sentinel found in clear text, as "`sentinel` in place".
fn findings(evidence: &[Evidence], sentinels: &[String]) -> Vec<String> {
    let mut found = Vec::new();
    for e in evidence {
        for s in sentinels {
            if e.bytes.windows(s.len()).any(|w| w == s.as_bytes()) {
                found.push(format!("`{s}` in {}", e.place));
            }
        }
    }
    found
}

/// Every key and value in Redis: the key names, each value read by its type, each
/// value's DUMP, and an RDB snapshot written without compression (as a copied dump
/// would be read).
async fn redis_evidence(url: &str) -> Vec<Evidence> {
    let client = redis::Client::open(url).unwrap();
    let mut conn = client.get_multiplexed_async_connection().await.unwrap();
    let mut keys: Vec<String> = Vec::new();
    let mut cursor: u64 = 0;
    loop {
        let (next, batch): (u64, Vec<String>) = redis::cmd("SCAN")
            .arg(cursor)
            .arg("COUNT")
            .arg(1000)
            .query_async(&mut conn)
            .await
            .unwrap();
        keys.extend(batch);
        if next == 0 {
            break;
        }
        cursor = next;
    }
    let mut out = vec![Evidence {
        place: "Redis key names".into(),
        bytes: keys.join("\n").into_bytes(),
    }];
    for key in &keys {
        let kind: String = redis::cmd("TYPE").arg(key).query_async(&mut conn).await.unwrap();
        let read = match kind.as_str() {
            "string" => redis::cmd("GET").arg(key).clone(),
            "hash" => redis::cmd("HGETALL").arg(key).clone(),
            "list" => redis::cmd("LRANGE").arg(key).arg(0).arg(-1).clone(),
            "set" => redis::cmd("SMEMBERS").arg(key).clone(),
            "zset" => redis::cmd("ZRANGE").arg(key).arg(0).arg(-1).arg("WITHSCORES").clone(),
            "stream" => redis::cmd("XRANGE").arg(key).arg("-").arg("+").clone(),
            // Expired between SCAN and TYPE.
            _ => continue,
        };
        let value: redis::Value = read.query_async(&mut conn).await.unwrap();
        out.push(Evidence {
            place: format!("a Redis {kind} value"),
            bytes: format!("{value:?}").into_bytes(),
        });
        let dump: Option<Vec<u8>> = redis::cmd("DUMP").arg(key).query_async(&mut conn).await.unwrap();
        out.push(Evidence {
            place: format!("a Redis {kind} DUMP"),
            bytes: dump.unwrap_or_default(),
        });
    }
    let _: () = redis::cmd("CONFIG")
        .arg("SET")
        .arg("rdbcompression")
        .arg("no")
        .query_async(&mut conn)
        .await
        .unwrap();
    let _: () = redis::cmd("SAVE").query_async(&mut conn).await.unwrap();
    let dir: Vec<String> = redis::cmd("CONFIG")
        .arg("GET")
        .arg("dir")
        .query_async(&mut conn)
        .await
        .unwrap();
    let rdb = std::fs::read(Path::new(&dir[1]).join("dump.rdb")).expect("SAVE wrote dump.rdb");
    out.push(Evidence {
        place: "the Redis RDB snapshot".into(),
        bytes: rdb,
    });
    out
}

/// The in-memory store and shared state of an instance without Redis.
fn memory_evidence(app: &TestApp) -> Vec<Evidence> {
    let store = app.store.as_ref().expect("a memory store");
    let kv = app.kv.as_ref().expect("memory shared state");
    let mut records = Vec::new();
    for record in store.records() {
        records.extend(format!("{:?}", record.state).into_bytes());
        records.extend(record.sealed.unwrap_or_default());
    }
    let mut values = kv.keys().join("\n").into_bytes();
    for value in kv.dump() {
        values.extend(value);
    }
    vec![
        Evidence {
            place: "the memory session store".into(),
            bytes: records,
        },
        Evidence {
            place: "the memory shared state".into(),
            bytes: values,
        },
    ]
}

/// Regular files under `dir` modified since `since`, skipping build output and Git.
fn files_since(dir: &Path, since: SystemTime, out: &mut Vec<Evidence>) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    for entry in entries.flatten() {
        let path = entry.path();
        let Ok(meta) = std::fs::symlink_metadata(&path) else {
            continue;
        };
        if meta.is_dir() {
            let name = entry.file_name();
            if name != "target" && name != ".git" {
                files_since(&path, since, out);
            }
        } else if meta.is_file()
            && meta.len() < 64 * 1024 * 1024
            && meta.modified().is_ok_and(|m| m >= since)
            && let Ok(bytes) = std::fs::read(&path)
        {
            out.push(Evidence {
                place: format!("the file {}", path.display()),
                bytes,
            });
        }
    }
}

/// Logs, `/metrics` and files: what every instance leaves outside its store.
async fn outside_evidence(app: &TestApp, since: SystemTime) -> Vec<Evidence> {
    let metrics = app.metrics().await;
    assert!(
        metrics.contains("lotsa_web_connections"),
        "/metrics answered: {metrics}"
    );
    let mut out = vec![
        Evidence {
            place: "the logs at TRACE".into(),
            bytes: capture().text().into_bytes(),
        },
        Evidence {
            place: "/metrics".into(),
            bytes: metrics.into_bytes(),
        },
    ];
    files_since(&std::env::current_dir().unwrap(), since, &mut out);
    files_since(&std::env::temp_dir(), since, &mut out);
    out
}

/// A web chat socket that says it comes from [`CLIENT_ADDRESS`] through a proxy.
async fn ws_behind_proxy(app: &TestApp) -> Ws {
    let mut request = app.ws_url().into_client_request().unwrap();
    request
        .headers_mut()
        .insert("x-forwarded-for", HeaderValue::from_static(CLIENT_ADDRESS));
    let (stream, _) = tokio_tungstenite::connect_async(request).await.unwrap();
    Ws { stream }
}

fn proxied() -> reqwest::Client {
    let mut headers = reqwest::header::HeaderMap::new();
    headers.insert("x-forwarded-for", CLIENT_ADDRESS.parse().unwrap());
    reqwest::Client::builder().default_headers(headers).build().unwrap()
}

fn config(fake: &FakeTelegram) -> String {
    format!(
        "telegram_token = \"{TOKEN}\"\ntelegram_api_url = \"{}\"\n{}",
        fake.url(),
        staff_config("")
    )
}

/// A Telegram message from the sentinel account, with `extra` fields (text, location,
/// contact) as Telegram sends them.
fn telegram_message(fake: &FakeTelegram, id: i32, extra: Value) {
    fake.push_raw(json!({"message": sentinel_message(id, extra)}));
}

fn sentinel_message(id: i32, extra: Value) -> Value {
    let mut message = json!({
        "message_id": id,
        "date": 1_790_000_000,
        "chat": {"id": TG_CHAT, "type": "private", "first_name": TG_FIRST, "username": TG_USERNAME},
        "from": {"id": TG_CHAT, "is_bot": false, "first_name": TG_FIRST, "last_name": NAME,
                 "username": TG_USERNAME, "language_code": "en"},
    });
    for (k, v) in extra.as_object().unwrap() {
        message[k] = v.clone();
    }
    message
}

/// An instance in webhook mode for `fake`: Telegram posts updates to it.
fn webhook_config(fake: &FakeTelegram, extra: &str) -> String {
    format!(
        "{extra}telegram_token = \"{TOKEN}\"\ntelegram_api_url = \"{}\"\n\
         telegram_webhook_url = \"https://example.org/telegram/webhook\"\n",
        fake.url()
    )
}

/// The sentinel account by webhook: Telegram posts each update, with the registered
/// secret, and lotsa answers through the Bot API. Text, a location, then `/forget`.
async fn converse_by_webhook(app: &TestApp, fake: &FakeTelegram) {
    let content = common::content();
    let en = content.locales.by_code("en").unwrap();
    let secret = fake.webhook_secret().await;
    let post = async |update_id: i64, id: i32, extra: Value| {
        let update = json!({"update_id": update_id, "message": sentinel_message(id, extra)});
        let r = reqwest::Client::new()
            .post(app.http("/telegram/webhook"))
            .header("X-Telegram-Bot-Api-Secret-Token", &secret)
            .json(&update)
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), 200, "the webhook took the update");
    };
    post(1, 7_001, json!({"text": "/start"})).await;
    fake.next_step(TG_CHAT, 0).await;
    let before = fake.bot_count(TG_CHAT);
    post(2, 7_002, json!({"text": typed_text()})).await;
    fake.next_step(TG_CHAT, before).await;
    let before = fake.bot_count(TG_CHAT);
    post(
        3,
        7_003,
        json!({"location": {"latitude": LATITUDE, "longitude": 18.071_935}}),
    )
    .await;
    fake.bot_messages_until(TG_CHAT, before).await;
    post(4, 7_004, json!({"text": "/forget"})).await;
    let forgotten = content.locales.format(en, "tg-forget-partial", None);
    bot_says(fake, forgotten.split('.').next().unwrap()).await;
}

/// Waits until the bot has said something containing `needle` in the sentinel chat.
async fn bot_says(fake: &FakeTelegram, needle: &str) {
    for _ in 0..400 {
        if fake
            .messages(TG_CHAT)
            .iter()
            .any(|m| m.from_bot && m.text.contains(needle))
        {
            return;
        }
        tokio::time::sleep(Duration::from_millis(25)).await;
    }
    panic!("the bot never said {needle:?}");
}

/// Every channel, with sentinels everywhere input can go, then every way a conversation
/// ends. `scan_live` runs while a handoff case is open (its text sealed in the store).
/// Returns the web tokens handed out, which must not be found either.
async fn converse_everywhere(
    app: &TestApp,
    fake: &FakeTelegram,
    scan_live: impl AsyncFnOnce() -> Vec<String>,
) -> Vec<String> {
    let content = common::content();
    let en = content.locales.by_code("en").unwrap();
    let text = |id: &str| content.locales.format(en, id, None);
    let mut tokens = Vec::new();

    // A handoff on the web chat, behind a proxy: typed text, a staff reply, a transfer
    // note, all with sentinels; then staff closes and the person quick-exits.
    let anna = login(app, "anna").await;
    let mut desk = console(app, &anna).await;
    let mut user = ws_behind_proxy(app).await;
    let frames = common::staff::ask_for_person(&mut user, "en", "syd").await;
    let token = token_of(&frames);
    tokens.push(token.clone());
    let queue = desk.queue_of(1).await;
    let case = queue["cases"][0]["case"].as_str().unwrap().to_string();
    desk.send(json!({"type": "claim", "case": case})).await;
    user_until(&mut user, "connected", |f| {
        f["type"] == "status" && f["state"] == "connected"
    })
    .await;
    user.send(json!({"type": "text", "text": typed_text()})).await;
    let heard = desk
        .until("user text", |f| f["type"] == "message" && f["from"] == "user")
        .await;
    assert_eq!(heard["text"], typed_text(), "staff reads what the person wrote");
    desk.send(json!({"type": "say", "case": case, "text": format!("Thank you {NAME}, noted {PHONE}.")}))
        .await;
    user_until(&mut user, "staff text", |f| f["type"] == "staff").await;
    desk.send(json!({"type": "transfer", "case": case, "region": "national",
                     "note": format!("{NAME} at {STREET}, {EMAIL}")}))
        .await;
    desk.queue_with(&case).await;
    desk.send(json!({"type": "claim", "case": case})).await;
    let history = desk
        .until("the case's history", |f| f["type"] == "history" && f["case"] == case)
        .await;
    assert_eq!(
        history["messages"][0]["text"],
        typed_text(),
        "the history opens for the new holder"
    );

    let live = scan_live().await;
    assert!(live.is_empty(), "found during a live handoff: {live:#?}");

    desk.send(json!({"type": "close", "case": case})).await;
    user_until(&mut user, "ended", |f| f["type"] == "status" && f["state"] == "ended").await;
    let exit = proxied()
        .post(app.http("/chat/end"))
        .body(token.clone())
        .send()
        .await
        .unwrap();
    assert!(exit.status().is_success(), "quick exit: {}", exit.status());
    drop(user);

    // Web chat: sentinels as free text, a bad frame and an unknown choice, then End and erase.
    let mut user = ws_behind_proxy(app).await;
    let frames = user.start(Some("sv")).await;
    tokens.push(token_of(&frames));
    user.choose("promise.ok").await;
    user.send(json!({"type": "text", "text": typed_text()})).await;
    user.until_ask().await;
    user.send(json!({"type": "choose", "id": NAME})).await;
    user.until_ask().await;
    user.send(json!({"type": EMAIL})).await;
    assert_eq!(user.recv().await["type"], "error");
    let end = user.choose("nav.end").await;
    // Erased, and the one question after a conversation follows.
    assert!(end.iter().any(|f| f["type"] == "survey"), "{end:?}");
    drop(user);

    // The page without JavaScript: a sentinel where a button id goes, behind the proxy.
    let basic = proxied()
        .post(app.http("/chat/basic"))
        .form(&[("choose", NAME)])
        .send()
        .await
        .unwrap();
    assert!(basic.status().is_success(), "/chat/basic: {}", basic.status());
    let page = basic.text().await.unwrap();
    assert!(!page.contains(NAME), "the page does not echo a bad button id");
    let marker = "name=\"token\" value=\"";
    let at = page.find(marker).expect("the page carries its conversation's token") + marker.len();
    let token = page[at..at + 32].to_string();
    let exit = proxied()
        .post(app.http("/chat/basic"))
        .form(&[("token", token.as_str()), ("exit", "1")])
        .send()
        .await
        .unwrap();
    assert!(
        exit.status().is_success(),
        "quick exit without JavaScript: {}",
        exit.status()
    );
    tokens.push(token);

    // Telegram: an account whose names and chat id are sentinels sends text, a location
    // and a contact card, then /forget.
    telegram_message(fake, 9_001, json!({"text": "/start"}));
    let (_, picker) = fake.next_step(TG_CHAT, 0).await;
    let before = fake.bot_count(TG_CHAT);
    fake.press(TG_CHAT, picker.id, "lang.en");
    let (_, promise) = fake.next_step(TG_CHAT, before).await;
    let before = fake.bot_count(TG_CHAT);
    fake.press(TG_CHAT, promise.id, "promise.ok");
    fake.next_step(TG_CHAT, before).await;
    let before = fake.bot_count(TG_CHAT);
    telegram_message(fake, 9_002, json!({"text": typed_text()}));
    telegram_message(
        fake,
        9_003,
        json!({"location": {"latitude": LATITUDE, "longitude": 18.071_935}}),
    );
    telegram_message(
        fake,
        9_004,
        json!({"contact": {"phone_number": CONTACT_PHONE, "first_name": CONTACT_NAME, "user_id": 4_242_424_242_i64}}),
    );
    // Each of the three is answered (the text with the question again, the location and
    // the contact card with "only text here"): nothing is dropped.
    let mut answered = 0;
    for _ in 0..400 {
        answered = fake.bot_count(TG_CHAT) - before;
        if answered >= 3 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(25)).await;
    }
    assert_eq!(
        answered,
        3,
        "text, location and contact each answered: {:#?}",
        fake.messages(TG_CHAT)
    );
    // A handoff on Telegram: the same account asks for a person, staff claims, and
    // sentinels go both ways as plain Telegram messages; /forget then closes the case.
    let step = async |before: usize| fake.next_step(TG_CHAT, before).await.1;
    let before = fake.bot_count(TG_CHAT);
    telegram_message(fake, 9_005, json!({"text": "/human"}));
    let region = step(before).await;
    let before = fake.bot_count(TG_CHAT);
    fake.press(TG_CHAT, region.id, "region.syd");
    let consent = step(before).await;
    let before = fake.bot_count(TG_CHAT);
    fake.press(TG_CHAT, consent.id, "handoff.yes");
    step(before).await;
    let queue = desk
        .until("a Telegram case", |f| {
            f["type"] == "queue"
                && f["cases"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .any(|c| c["channel"] == "telegram" && c["state"] == "queued")
        })
        .await;
    let row = queue["cases"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["channel"] == "telegram");
    let case = row.unwrap()["case"].as_str().unwrap().to_string();
    desk.send(json!({"type": "claim", "case": case})).await;
    bot_says(fake, &text("handoff-connected")).await;
    telegram_message(fake, 9_006, json!({"text": typed_text()}));
    let heard = desk
        .until("Telegram text", |f| f["type"] == "message" && f["from"] == "user")
        .await;
    assert_eq!(heard["text"], typed_text(), "staff reads what the person wrote");
    desk.send(json!({"type": "say", "case": case, "text": format!("Noted, {TG_FIRST}: {CONTACT_PHONE}")}))
        .await;
    bot_says(fake, "Noted, ").await;
    telegram_message(fake, 9_007, json!({"text": "/forget"}));
    // "The conversation is erased", whole or partial: the fake Bot API refuses to delete
    // the hand-made messages above, as Telegram refuses messages it does not know.
    bot_says(fake, text("tg-forget-partial").split('.').next().unwrap()).await;
    desk.close().await;
    tokens
}

/// Waits out the idle expiry: a conversation left alone on an instance that forgets after
/// one second.
async fn left_to_expire(app: &TestApp) -> String {
    let mut user = ws_behind_proxy(app).await;
    let frames = user.start(Some("en")).await;
    user.choose("promise.ok").await;
    user.send(json!({"type": "text", "text": typed_text()})).await;
    user.until_ask().await;
    drop(user);
    tokio::time::sleep(Duration::from_millis(2_500)).await;
    token_of(&frames)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn with_redis_nothing_identifying_is_kept_and_nothing_remains() {
    capture();
    let since = SystemTime::now() - Duration::from_secs(1);
    let redis = RedisServer::start().await;
    let fake = FakeTelegram::start().await;
    let redis_line = format!("redis_url = \"{}\"\n", redis.url());
    let app = spawn_app(&format!("{redis_line}{}", config(&fake))).await;
    app.wait_ready().await;
    let url = redis.url();

    let mut tokens = converse_everywhere(&app, &fake, async || {
        let evidence = redis_evidence(&url).await;
        let names = String::from_utf8_lossy(&evidence[0].bytes).into_owned();
        assert!(
            names.contains("lotsa:{handoff}:text:"),
            "the case's sealed text was scanned: {names}"
        );
        findings(&evidence, &sentinels())
    })
    .await;
    let hook = FakeTelegram::start().await;
    let by_webhook = spawn_app(&webhook_config(&hook, &redis_line)).await;
    by_webhook.wait_ready().await;
    converse_by_webhook(&by_webhook, &hook).await;
    let expiring = spawn_app(&format!("{redis_line}session_idle_secs = 1\n")).await;
    expiring.wait_ready().await;
    tokens.push(left_to_expire(&expiring).await);
    tokio::time::sleep(Duration::from_millis(300)).await;

    let mut evidence = redis_evidence(&url).await;
    evidence.extend(outside_evidence(&app, since).await);
    let mut look_for = sentinels();
    look_for.extend(tokens.iter().cloned());
    let found = findings(&evidence, &look_for);
    assert!(found.is_empty(), "sentinels found in clear text: {found:#?}");

    // Nothing of the conversations remains: only day counters and the staff login.
    let names = String::from_utf8(evidence.remove(0).bytes).unwrap();
    let left: Vec<&str> = names
        .lines()
        .filter(|k| !k.starts_with("lotsa:stats:") && !k.starts_with("lotsa:{staff}:"))
        .collect();
    assert!(
        left.is_empty(),
        "left in Redis after every conversation ended: {left:?}"
    );
    assert!(names.contains("lotsa:stats:"), "the day counters were kept: {names}");
    for token in &tokens {
        assert!(app.token_is_gone(token).await, "a conversation can still be resumed");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn with_the_memory_store_nothing_identifying_is_kept_and_nothing_remains() {
    capture();
    let since = SystemTime::now() - Duration::from_secs(1);
    let fake = FakeTelegram::start().await;
    let app = spawn_app(&config(&fake)).await;

    let mut tokens = converse_everywhere(&app, &fake, async || {
        let keys = app.kv.as_ref().unwrap().keys();
        assert!(
            keys.iter().any(|k| k.starts_with("lotsa:{handoff}:text:")),
            "the case's sealed text was scanned: {keys:?}"
        );
        findings(&memory_evidence(&app), &sentinels())
    })
    .await;
    let hook = FakeTelegram::start().await;
    let by_webhook = spawn_app(&webhook_config(&hook, "")).await;
    converse_by_webhook(&by_webhook, &hook).await;
    let expiring = spawn_app("session_idle_secs = 1\n").await;
    tokens.push(left_to_expire(&expiring).await);
    let store = expiring.store.as_ref().unwrap();
    store.sweep();
    assert!(store.is_empty(), "the idle conversation was swept from memory");

    let mut evidence = memory_evidence(&app);
    evidence.extend(memory_evidence(&expiring));
    evidence.extend(memory_evidence(&by_webhook));
    evidence.extend(outside_evidence(&app, since).await);
    let mut look_for = sentinels();
    look_for.extend(tokens.iter().cloned());
    let found = findings(&evidence, &look_for);
    assert!(found.is_empty(), "sentinels found in clear text: {found:#?}");

    for instance in [&app, &by_webhook] {
        instance.store.as_ref().unwrap().sweep();
        assert!(
            instance.store.as_ref().unwrap().is_empty(),
            "no conversation is left in memory"
        );
    }
    let kv = app.kv.as_ref().unwrap();
    kv.sweep();
    let left: Vec<String> = kv
        .keys()
        .into_iter()
        .filter(|k| !k.starts_with("lotsa:{staff}:"))
        .collect();
    assert!(
        left.is_empty(),
        "left in shared state after every case closed: {left:?}"
    );
}

/// The scan is not blind: a sentinel planted in each place it looks is reported there.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_deliberate_leak_in_each_place_is_found() {
    capture();
    const CANARY: &str = "CANARY-planted-by-the-leak-test";
    let since = SystemTime::now() - Duration::from_secs(1);
    let redis = RedisServer::start().await;
    let app = spawn_app(&format!("redis_url = \"{}\"\n", redis.url())).await;
    app.wait_ready().await;

    let client = redis::Client::open(redis.url()).unwrap();
    let mut conn = client.get_multiplexed_async_connection().await.unwrap();
    // Long and repetitive, so Redis would compress it in DUMP: the typed read finds it.
    let long = format!("{} {CANARY}", "padding ".repeat(200));
    let _: () = redis::cmd("SET")
        .arg(format!("lotsa:{CANARY}"))
        .arg("x")
        .query_async(&mut conn)
        .await
        .unwrap();
    let _: () = redis::cmd("HSET")
        .arg("lotsa:leak")
        .arg("field")
        .arg(&long)
        .query_async(&mut conn)
        .await
        .unwrap();
    tracing::info!(text = CANARY, "a careless log line");
    let planted = tempfile::Builder::new().prefix("lotsa-leak").tempfile().unwrap();
    std::fs::write(planted.path(), CANARY).unwrap();

    let mut evidence = redis_evidence(&redis.url()).await;
    evidence.extend(outside_evidence(&app, since).await);
    let found = findings(&evidence, &[CANARY.to_string()]);
    for place in [
        "Redis key names",
        "a Redis hash value",
        "the Redis RDB snapshot",
        "the logs at TRACE",
        "the file ",
    ] {
        assert!(
            found.iter().any(|f| f.contains(place)),
            "the planted sentinel was not found in {place}: {found:#?}"
        );
    }

    // And in the memory store's shared state.
    let memory = spawn_app("").await;
    memory
        .kv
        .as_ref()
        .unwrap()
        .set(&format!("lotsa:{CANARY}"), b"x", Duration::from_secs(60))
        .await
        .unwrap();
    let found = findings(&memory_evidence(&memory), &[CANARY.to_string()]);
    assert_eq!(found, [format!("`{CANARY}` in the memory shared state")]);
}
