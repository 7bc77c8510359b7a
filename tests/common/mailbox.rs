//! Mailbox side of the harness: leaving and opening a message over the web chat's
//! WebSocket, waiting for a console's mailbox list, an instance with a clock the test
//! moves, and the scans that look for a sentinel in stored bytes (Redis, files).

use std::path::Path;
use std::sync::Arc;
use std::sync::atomic::{AtomicI64, Ordering};

use lotsa::mailbox::{Clock, Mailbox};
use lotsa::startup::Application;
use serde_json::{Value, json};

use super::staff::{Console, user_until};
use super::{TestApp, Ws, last_ask};

/// Leaves a message the way the page does: to the region's team from the consent step,
/// then the text at the writing step. The receipt frame and the step after.
pub async fn leave(ws: &mut Ws, lang: &str, region: &str, text: &str) -> (String, Vec<Value>) {
    ws.start(Some(lang)).await;
    ws.choose("nav.human").await;
    ws.choose(&format!("region.{region}")).await;
    let write = ws.choose("handoff.mailbox").await;
    assert_eq!(last_ask(&write)["input"], "message", "{write:?}");
    ws.send(json!({"type": "text", "text": text})).await;
    let frames = ws.until_ask().await;
    let receipt = frames.iter().find(|f| f["type"] == "receipt").expect("a receipt");
    let code = receipt["code"].as_str().unwrap().to_string();
    assert_eq!(code.len(), 19, "{code}");
    assert!(receipt["text"].as_str().unwrap().contains(&code), "{receipt}");
    (code, frames)
}

/// Comes back with `code` at the "I have a code" step: the frames up to the next step.
pub async fn open(ws: &mut Ws, lang: &str, code: &str) -> Vec<Value> {
    ws.start(Some(lang)).await;
    let ask = ws.choose("start.code").await;
    assert_eq!(last_ask(&ask)["input"], "code", "{ask:?}");
    ws.send(json!({"type": "text", "text": code})).await;
    user_until(ws, "the mailbox or an error", |f| {
        f["type"] == "ask" || f["type"] == "error"
    })
    .await
}

/// The `mailbox` frame among `frames`.
pub fn mailbox_frame(frames: &[Value]) -> &Value {
    frames
        .iter()
        .find(|f| f["type"] == "mailbox")
        .unwrap_or_else(|| panic!("no mailbox frame in {frames:?}"))
}

/// A console's next mailbox list that satisfies `pred`.
pub async fn list_until(console: &mut Console, what: &str, pred: impl Fn(&[Value]) -> bool) -> Vec<Value> {
    let frame = console
        .until(what, |f| {
            f["type"] == "mailbox" && pred(f["items"].as_array().map(Vec::as_slice).unwrap_or(&[]))
        })
        .await;
    frame["items"].as_array().unwrap().clone()
}

/// A console's next mailbox list in which item `id` is in `state`.
pub async fn until_state(console: &mut Console, what: &str, id: &str, state: &str) -> Vec<Value> {
    list_until(console, what, |items| {
        items.iter().any(|i| i["item"] == id && i["state"] == state)
    })
    .await
}

/// Waits for the item whose message is `text` on `console`, checks it is listed for
/// `region` in `lang`, and returns its id.
pub async fn listed_item(console: &mut Console, text: &str, region: &str, lang: &str) -> String {
    let items = list_until(console, "the message", |items| items.iter().any(|i| i["text"] == text)).await;
    let item = items.iter().find(|i| i["text"] == text).unwrap();
    assert_eq!(
        (item["region"].as_str(), item["lang"].as_str()),
        (Some(region), Some(lang))
    );
    item["item"].as_str().unwrap().to_string()
}

/// The listed item whose message is `text`.
pub fn item_with<'a>(items: &'a [Value], text: &str) -> Option<&'a Value> {
    items.iter().find(|i| i["text"] == text)
}

/// A receipt code's shape: four groups of four ASCII digits, one space between.
pub fn assert_code_shape(code: &str, context: &str) {
    let groups: Vec<&str> = code.split(' ').collect();
    assert!(
        groups.len() == 4
            && groups
                .iter()
                .all(|g| g.len() == 4 && g.bytes().all(|b| b.is_ascii_digit())),
        "{context}: {code}"
    );
}

/// Whether `needle`'s bytes stand anywhere in `haystack`.
pub fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}

/// `needles` appear in none of `values` (nor the code with its spaces).
pub fn assert_no_sentinel(values: &[Vec<u8>], needles: &[&str]) {
    for v in values {
        for n in needles {
            assert!(!contains(v, n.as_bytes()), "found {n:?} in a stored value");
        }
    }
}

/// Every file below `dir` (recursively) with its bytes, for a scan of what is on disk.
pub fn files_below(dir: &Path) -> Vec<(std::path::PathBuf, Vec<u8>)> {
    let mut out = Vec::new();
    let mut todo = vec![dir.to_path_buf()];
    while let Some(d) = todo.pop() {
        for entry in std::fs::read_dir(&d).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                todo.push(path);
            } else {
                let bytes = std::fs::read(&path).unwrap();
                out.push((path, bytes));
            }
        }
    }
    out
}

/// An instance (on Redis at `redis_url`, else on the embedded stores) with the mailbox's
/// clock at `now`, ready to serve; and its mailbox, to sweep after moving the clock.
pub async fn spawn_with_clock(redis_url: Option<&str>, extra: &str, now: &Arc<AtomicI64>) -> (TestApp, Arc<Mailbox>) {
    let redis = redis_url
        .map(|url| format!("redis_url = \"{url}\"\n"))
        .unwrap_or_default();
    let settings = super::settings(&format!("{redis}{extra}"));
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let clock: Clock = {
        let now = now.clone();
        Arc::new(move || now.load(Ordering::SeqCst))
    };
    let app = Application::with_clock(settings, listener, clock).expect("application builds");
    let mailbox = app.mailbox();
    let test_app = super::run(app);
    test_app.wait_ready().await;
    (test_app, mailbox)
}

/// Every key in Redis with every value it holds (strings, sets, lists, hashes, streams),
/// as bytes, so a scan finds text in any of them.
pub async fn redis_contents(url: &str) -> Vec<(String, Vec<Vec<u8>>)> {
    let client = redis::Client::open(url).unwrap();
    let mut conn = client.get_multiplexed_async_connection().await.unwrap();
    let keys: Vec<String> = redis::cmd("KEYS").arg("*").query_async(&mut conn).await.unwrap();
    let mut out = Vec::new();
    for key in keys {
        let kind: String = redis::cmd("TYPE").arg(&key).query_async(&mut conn).await.unwrap();
        let values: Vec<Vec<u8>> = match kind.as_str() {
            "string" => vec![redis::cmd("GET").arg(&key).query_async(&mut conn).await.unwrap()],
            "set" => redis::cmd("SMEMBERS").arg(&key).query_async(&mut conn).await.unwrap(),
            "list" | "zset" => redis::cmd(if kind == "list" { "LRANGE" } else { "ZRANGE" })
                .arg(&key)
                .arg(0)
                .arg(-1)
                .query_async(&mut conn)
                .await
                .unwrap(),
            "hash" => redis::cmd("HGETALL").arg(&key).query_async(&mut conn).await.unwrap(),
            _ => {
                let v: redis::Value = redis::cmd("XRANGE")
                    .arg(&key)
                    .arg("-")
                    .arg("+")
                    .query_async(&mut conn)
                    .await
                    .unwrap();
                vec![format!("{v:?}").into_bytes()]
            }
        };
        let mut all = vec![key.clone().into_bytes()];
        all.extend(values);
        out.push((key, all));
    }
    out
}
