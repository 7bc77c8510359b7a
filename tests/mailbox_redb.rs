//! The mailbox on the embedded default store (no Redis: items in the memory store, the
//! statistics in the data directory's redb file), end to end with a clock the test moves:
//! a message left over the WebSocket, answered from the console, read with the code, then
//! expired 24 h after reading, and another after `keep_days`. At each stage every file
//! under the data directory, the memory store, the logs (audit included), the statistics
//! export and `/metrics` are read as bytes for the sentinel texts and the receipt codes.

mod common;

use std::path::Path;
use std::sync::Arc;
use std::sync::atomic::{AtomicI64, Ordering};

use common::TestApp;
use common::capture::Capture;
use common::mailbox::{
    contains, files_below, item_with, leave, list_until, mailbox_frame, open, spawn_with_clock, until_state,
};
use common::staff::{Staff, console, login, staff_config};
use serde_json::json;

const SENTINEL: &str = "Redb-mailbox-sentinel Vexmora 0731940268 مرحبا";
const OTHER: &str = "Redb-other-sentinel Quillabet ٠٧٠٧";
const ANSWER: &str = "Redb-answer-sentinel: Tuvrik can meet you";

/// What must never be kept or said anywhere: the texts, and each code with and without
/// its spaces (the 16 digits as ASCII, which UTF-8 they are).
fn needles(codes: &[&str]) -> Vec<String> {
    let mut out: Vec<String> = [SENTINEL, OTHER, ANSWER].map(String::from).to_vec();
    for code in codes {
        out.push(code.to_string());
        out.push(code.replace(' ', ""));
    }
    out
}

/// The statistics export, which flushes this instance's pending counts to the redb file
/// first (`Stats::rows`), so the file holds every count made so far.
async fn export(app: &TestApp, root: &Staff) -> String {
    let response = reqwest::Client::new()
        .get(app.http("/staff/stats.csv"))
        .header("cookie", &root.cookie)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    response.text().await.unwrap()
}

/// Looks for every needle in every file under `data_dir`, the memory store's keys and
/// values, the logs, the statistics export and `/metrics`, after a flush.
async fn assert_nowhere(when: &str, app: &TestApp, root: &Staff, data_dir: &Path, logs: &Capture, needles: &[String]) {
    let csv = export(app, root).await;
    let files = files_below(data_dir);
    assert!(
        files.iter().any(|(p, b)| p.ends_with("stats.redb") && !b.is_empty()),
        "{when}: the statistics are in the data directory's redb file: {:?}",
        files.iter().map(|(p, _)| p).collect::<Vec<_>>()
    );
    let metrics = app.metrics().await;
    let log = logs.text();
    let kv = app.kv.as_ref().expect("no Redis: the memory store").dump();
    let mut places: Vec<(String, &[u8])> = files
        .iter()
        .map(|(path, bytes)| (path.display().to_string(), bytes.as_slice()))
        .collect();
    places.extend(kv.iter().map(|v| ("the memory store".to_string(), v.as_slice())));
    places.push(("the log".to_string(), log.as_bytes()));
    places.push(("/metrics".to_string(), metrics.as_bytes()));
    places.push(("the statistics".to_string(), csv.as_bytes()));
    for n in needles {
        for (place, bytes) in &places {
            assert!(!contains(bytes, n.as_bytes()), "{when}: {n:?} in {place}");
        }
    }
}

fn mailbox_keys(app: &TestApp) -> Vec<String> {
    let kv = app.kv.as_ref().unwrap();
    kv.keys().into_iter().filter(|k| k.contains("mailbox")).collect()
}

#[tokio::test]
async fn left_answered_read_and_expired_on_the_embedded_store_leave_no_sentinel_on_disk() {
    let logs = common::capture::trace();
    let data_dir = tempfile::tempdir().unwrap();
    let now = Arc::new(AtomicI64::new(jiff::Timestamp::now().as_second()));
    let extra = format!(
        "{}\n[mailbox]\nkeep_days = 2\n\n[stats]\ndata_dir = \"{}\"\n",
        staff_config(""),
        data_dir.path().display()
    );
    let (app, mailbox) = spawn_with_clock(None, &extra, &now).await;
    assert!(app.kv.is_some(), "without Redis the mailbox is in the memory store");
    let root = login(&app, "root").await;

    // Waiting: two messages for the south, one in Arabic, one in Swedish.
    let (code, _) = leave(&mut app.ws().await, "ar", "syd", SENTINEL).await;
    let (other_code, _) = leave(&mut app.ws().await, "sv", "syd", OTHER).await;
    let needles = needles(&[&code, &other_code]);
    let anna = login(&app, "anna").await;
    let mut staff = console(&app, &anna).await;
    let items = list_until(&mut staff, "both waiting", |items| items.len() == 2).await;
    let id = item_with(&items, SENTINEL).unwrap()["item"]
        .as_str()
        .unwrap()
        .to_string();
    let other_id = item_with(&items, OTHER).unwrap()["item"].as_str().unwrap().to_string();
    assert_eq!(mailbox_keys(&app).iter().filter(|k| k.contains(&id)).count(), 1);
    assert_nowhere("waiting", &app, &root, data_dir.path(), logs, &needles).await;

    // Answered from the console.
    staff
        .send(json!({"type": "mailbox_answer", "item": id, "text": ANSWER}))
        .await;
    staff.until("answered", |f| f["type"] == "mailbox_answered").await;
    until_state(&mut staff, "answered", &id, "answered").await;
    assert_nowhere("answered", &app, &root, data_dir.path(), logs, &needles).await;
    assert!(logs.text().contains("mailbox_answer"), "the answer is audited");

    // Read with the code.
    let opened = open(&mut app.ws().await, "ar", &code).await;
    assert_eq!(mailbox_frame(&opened)["answers"], json!([{"text": ANSWER}]));
    until_state(&mut staff, "read", &id, "read").await;
    assert_nowhere("read", &app, &root, data_dir.path(), logs, &needles).await;

    // 24 h after reading, the read item is gone; the other waits on.
    now.fetch_add(86_400, Ordering::SeqCst);
    assert_eq!(mailbox.sweep().await.unwrap(), 1);
    let keys = mailbox_keys(&app);
    assert!(keys.iter().all(|k| !k.contains(&id)), "{keys:?}");
    assert!(keys.iter().any(|k| k.contains(&other_id)), "{keys:?}");
    let gone = open(&mut app.ws().await, "ar", &code).await;
    assert_eq!(gone.last().unwrap()["code"], "not_found", "{gone:?}");
    assert_nowhere("read and expired", &app, &root, data_dir.path(), logs, &needles).await;

    // keep_days after it was left, the other is gone too: no mailbox key at all.
    now.fetch_add(86_400, Ordering::SeqCst);
    assert_eq!(mailbox.sweep().await.unwrap(), 1);
    assert_eq!(mailbox_keys(&app), Vec::<String>::new());
    let gone = open(&mut app.ws().await, "sv", &other_code).await;
    assert_eq!(gone.last().unwrap()["code"], "not_found", "{gone:?}");
    assert_nowhere("expired", &app, &root, data_dir.path(), logs, &needles).await;

    // What remains: the anonymous day counters, by region, in the redb file.
    let csv = export(&app, &root).await;
    for row in ["mailbox.left,syd,", "mailbox.answered,syd,", "mailbox.read,syd,"] {
        assert!(csv.contains(row), "{row}: {csv}");
    }
}
