//! Faults on the way: a Redis that hangs (SIGSTOP), logs that cannot be written, and a
//! full disk under the statistics file. The person always gets an answer within a
//! bounded time, and the server never crashes.

mod common;

use std::net::TcpListener;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use common::redis::RedisServer;
use common::{Ws, choice_ids, last_ask, settings_toml, spawn_app_with_redis};
use serde_json::json;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_hung_redis_gets_the_degraded_answer_within_two_seconds_and_the_chat_continues() {
    let redis = RedisServer::start().await;
    let app = spawn_app_with_redis(&redis.url(), "").await;
    let mut ws = app.ws().await;
    ws.start(Some("ti")).await;

    redis.pause();
    let sent = Instant::now();
    ws.send(json!({"type": "choose", "id": "promise.ok"})).await;
    let error = ws.recv().await;
    let waited = sent.elapsed();
    let contacts = ws.recv().await;
    // The bound is the store's command timeout (800 ms) and one try; never a hang.
    assert!(waited < Duration::from_secs(2), "answered after {waited:?}");
    assert_eq!(error["code"], "unavailable", "{error}");
    assert_eq!(error["lang"], "ti", "in the person's language");
    assert_eq!(contacts["type"], "say");
    assert!(contacts["text"].as_str().unwrap().contains("112"), "{contacts}");
    // Another person on the same instance is not held up behind the first either.
    let mut other = app.ws().await;
    let sent = Instant::now();
    other.send(json!({"type": "start", "lang": "sv"})).await;
    assert_eq!(other.recv().await["code"], "unavailable");
    assert!(sent.elapsed() < Duration::from_secs(2), "{:?}", sent.elapsed());

    redis.resume();
    let frames = ws.choose("promise.ok").await;
    assert!(!frames.iter().any(|f| f["type"] == "error"), "{frames:?}");
    assert!(choice_ids(last_ask(&frames)).contains(&"safety.yes".to_string()));
}

/// The real binary on a free port with `extra` configuration and its output going to
/// `out`, and a web chat socket to it once it listens.
/// Also returns the socket's URL, for more, and the configuration file (kept until dropped).
async fn binary(extra: &str, out: std::fs::File) -> (Child, Ws, String, tempfile::NamedTempFile) {
    let port = TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let config = tempfile::NamedTempFile::new().unwrap();
    std::fs::write(config.path(), settings_toml(extra)).unwrap();
    let mut child: Child = Command::new(env!("CARGO_BIN_EXE_lotsa"))
        .env("LOTSA_CONFIG", config.path())
        .env("LOTSA_BIND", format!("127.0.0.1:{port}"))
        .env("LOTSA_LOG_FORMAT", "json")
        // Every level, so every message would write.
        .env("RUST_LOG", "trace")
        .stdout(Stdio::from(out.try_clone().unwrap()))
        .stderr(Stdio::from(out))
        .spawn()
        .unwrap();
    let url = format!("ws://127.0.0.1:{port}/chat/ws");
    let deadline = Instant::now() + Duration::from_secs(15);
    let stream = loop {
        match tokio_tungstenite::connect_async(&url).await {
            Ok((stream, _)) => break stream,
            Err(_) => {
                assert!(child.try_wait().unwrap().is_none(), "lotsa exited at startup");
                assert!(Instant::now() < deadline, "lotsa never listened");
                tokio::time::sleep(Duration::from_millis(50)).await;
            }
        }
    };
    (child, Ws { stream }, url, config)
}

/// The real binary with its log output going to `/dev/full`, where every write fails
/// with "no space left on device": logs that cannot be written, and a full disk for the
/// only thing lotsa writes without a data directory.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn logs_that_cannot_be_written_do_not_stop_the_chat() {
    let full = std::fs::OpenOptions::new().write(true).open("/dev/full").unwrap();
    let (mut child, mut ws, _, _config) = binary("", full).await;
    ws.start(Some("en")).await;
    for id in ["promise.ok", "safety.yes", "who.self"] {
        let frames = ws.choose(id).await;
        assert!(!frames.iter().any(|f| f["type"] == "error"), "{frames:?}");
    }
    // Bad input logs a warning too; still answered, still running.
    ws.send(json!({"type": "nonsense"})).await;
    assert_eq!(ws.recv().await["code"], "bad_request");
    assert!(child.try_wait().unwrap().is_none(), "lotsa is still running");
    let _ = child.kill();
    let _ = child.wait();
}

/// A small tmpfs mounted for one test and unmounted when dropped: a disk that fills up.
struct SmallDisk {
    dir: tempfile::TempDir,
}

impl SmallDisk {
    /// Mounting needs root (CAP_SYS_ADMIN), as CI and the test command run.
    fn mount(bytes: u64) -> SmallDisk {
        let dir = tempfile::tempdir().unwrap();
        let status = Command::new("mount")
            .args(["-t", "tmpfs", "-o", &format!("size={bytes}"), "lotsa-full-disk"])
            .arg(dir.path())
            .status()
            .expect("the mount command runs");
        assert!(status.success(), "mounting a tmpfs needs root (CAP_SYS_ADMIN)");
        let disk = SmallDisk { dir };
        let total = disk.total_bytes();
        assert!(total <= bytes, "{} is a {total}-byte tmpfs", disk.path().display());
        disk
    }

    fn path(&self) -> &std::path::Path {
        self.dir.path()
    }

    /// The file system's size, from `df`, to be sure the filler writes to the tmpfs.
    fn total_bytes(&self) -> u64 {
        let out = Command::new("df")
            .args(["--block-size=1", "--output=size,fstype"])
            .arg(self.path())
            .output()
            .unwrap();
        let text = String::from_utf8(out.stdout).unwrap();
        let line = text.lines().nth(1).expect("df reports the mount");
        let mut fields = line.split_whitespace();
        let size: u64 = fields.next().unwrap().parse().unwrap();
        assert_eq!(fields.next(), Some("tmpfs"), "{text}");
        size
    }

    /// Fills what is left with a filler file, never writing more than the disk's size
    /// (so a mistake could never fill the real disk).
    fn fill(&self) -> std::path::PathBuf {
        use std::io::Write;
        let total = self.total_bytes();
        let path = self.path().join("filler");
        let mut file = std::fs::File::create(&path).unwrap();
        let chunk = [0u8; 4096];
        let mut written = 0;
        while written <= total {
            match file.write(&chunk) {
                Ok(n) => written += n as u64,
                Err(e) => {
                    assert_eq!(e.raw_os_error(), Some(28), "ENOSPC: {e}");
                    return path;
                }
            }
        }
        panic!("wrote {written} bytes to a {total}-byte disk without filling it");
    }
}

impl Drop for SmallDisk {
    fn drop(&mut self) {
        let _ = Command::new("umount").arg(self.dir.path()).status();
    }
}

/// The statistics file (`stats.data_dir`, redb) on a disk that fills up mid-conversation:
/// every answer still comes, nothing is refused, the server stays up, and when space is
/// freed again it goes on as before.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_full_disk_under_the_statistics_file_does_not_stop_the_chat() {
    let disk = SmallDisk::mount(4 * 1024 * 1024);
    let logs = tempfile::tempfile().unwrap();
    let extra = format!("[stats]\ndata_dir = \"{}\"", disk.path().display());
    let (mut child, mut ws, url, _config) = binary(&extra, logs).await;
    ws.start(Some("en")).await;
    ws.choose("promise.ok").await;

    let filler = disk.fill();
    for id in ["safety.yes", "who.self", "nav.menu"] {
        let frames = ws.choose(id).await;
        assert!(!frames.iter().any(|f| f["type"] == "error"), "{frames:?}");
    }
    // New conversations too: each one counts its channel and its steps.
    for lang in ["sv", "ar", "ti"] {
        let mut other = Ws {
            stream: tokio_tungstenite::connect_async(&url).await.unwrap().0,
        };
        let frames = other.start(Some(lang)).await;
        assert!(frames.iter().any(|f| f["type"] == "ask"), "{frames:?}");
    }
    assert!(child.try_wait().unwrap().is_none(), "lotsa is still running");

    std::fs::remove_file(filler).unwrap();
    let frames = ws.choose("nav.menu").await;
    assert!(frames.iter().any(|f| f["type"] == "ask"), "{frames:?}");
    assert!(child.try_wait().unwrap().is_none(), "lotsa is still running");
    let _ = child.kill();
    let _ = child.wait();
}

/// The page without JavaScript has the same bound: its first answer with Redis hung is the
/// degraded page with 112, not a wait for every statistics counter as well.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn without_javascript_a_hung_redis_also_gets_the_degraded_answer_within_two_seconds() {
    let redis = RedisServer::start().await;
    let app = spawn_app_with_redis(&redis.url(), "").await;
    redis.pause();
    let sent = Instant::now();
    let page = reqwest::Client::new()
        .post(app.http("/chat/basic"))
        .header("accept-language", "sv")
        .form(&[("choose", "lang.sv")])
        .send()
        .await
        .unwrap();
    let waited = sent.elapsed();
    let status = page.status();
    let body = page.text().await.unwrap();
    redis.resume();
    assert!(waited < Duration::from_secs(2), "answered after {waited:?}");
    assert_eq!(status, 200);
    assert!(body.contains("lang=\"sv\"") && body.contains("112"), "{body}");
}
