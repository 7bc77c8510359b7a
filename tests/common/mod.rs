//! Test harness: the real server on 127.0.0.1:0 and a real WebSocket client.
#![allow(dead_code)] // each test binary uses a different part of the harness

pub mod binary;
pub mod capture;
pub mod chromium;
pub mod contract;
pub mod flows;
pub mod mailbox;
pub mod push_service;
pub mod receiver;
pub mod redis;
pub mod staff;
pub mod telegram;

use std::path::PathBuf;
use std::time::Duration;

use futures_util::{SinkExt, StreamExt};
use lotsa::config::Settings;
use lotsa::content::Content;
use lotsa::startup::Application;
use serde_json::{Value, json};
use tokio::net::TcpStream;
use tokio_tungstenite::tungstenite::Message;
use tokio_tungstenite::{MaybeTlsStream, WebSocketStream};

/// Contacts used by tests: a region with two contacts, national ones, the professional
/// line. Fictional numbers, as in the example configuration.
pub const TEST_CONTACTS: &str = r#"
[[contacts.national]]
name = "National Support"
phone = "+46 8 000 00 01"
hours = "mon-fri 09:00-17:00"

[[contacts.region.syd]]
name = "Coordinator South"
phone = "+46 40 000 00 02"
hours = "mon-thu 08:00-16:00; fri 08:00-12:00"

[[contacts.region.syd]]
name = "Shelter South"
url = "https://example.org/shelter"
hours = "24/7"

[[contacts.region.national]]
name = "National Team"
phone = "+46 8 000 00 04"
hours = "24/7"

[contacts.professional]
name = "Line for professionals"
phone = "+46 20 000 00 03"
manual_url = "https://example.org/manual"
"#;

pub fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Settings for a test server: repository content, port 0, test contacts, plus `extra`
/// TOML lines (for example a short idle expiry).
pub fn settings(extra: &str) -> Settings {
    Settings::from_toml(&settings_toml(extra)).expect("test settings are valid")
}

/// The test configuration as a `lotsa.toml` (for tests that run the real binary).
/// A fixed `secret_key`, unless `extra` sets its own (a key rotation test); `/metrics` on
/// a free loopback port of its own, unless `extra` sets `metrics_bind`.
pub fn settings_toml(extra: &str) -> String {
    let root = repo();
    let key = if extra.lines().any(|l| l.starts_with("secret_key")) {
        String::new()
    } else {
        format!("secret_key = \"{}\"\n", "5a".repeat(32))
    };
    let metrics = if extra.lines().any(|l| l.starts_with("metrics_bind")) {
        ""
    } else {
        "metrics_bind = \"127.0.0.1:0\"\n"
    };
    let extra = with_test_open_rate(extra);
    format!(
        "bind = \"127.0.0.1:0\"\n{metrics}{key}flows_dir = \"{}\"\nlocales_dir = \"{}\"\n{extra}\n{TEST_CONTACTS}",
        root.join("flows").display(),
        root.join("locales").display(),
    )
}

/// Every test connects from 127.0.0.1, and a walk opens hundreds of chats a minute, which
/// the per-address opening rate (a flood guard, 60 a minute by default) would refuse. So a
/// test server allows many, unless the test sets the rate itself (tests/limits.rs does).
fn with_test_open_rate(extra: &str) -> String {
    const KEY: &str = "opens_per_address_per_minute";
    if extra.contains(KEY) {
        return extra.to_string();
    }
    let line = format!("{KEY} = 1000000");
    match extra.find("[limits]\n") {
        Some(at) => {
            let after = at + "[limits]\n".len();
            format!("{}{line}\n{}", &extra[..after], &extra[after..])
        }
        None => format!("{extra}\n[limits]\n{line}\n"),
    }
}

/// The same content the server loads, for computing expected answers.
pub fn content() -> Content {
    Content::load_with(&settings(""), &lotsa::startup::required_messages()).expect("repository content is valid")
}

pub struct TestApp {
    pub addr: std::net::SocketAddr,
    /// The metrics listener (`metrics_bind`), `None` when it is off.
    pub metrics_addr: Option<std::net::SocketAddr>,
    /// The in-memory store, when the app runs without Redis.
    pub store: Option<std::sync::Arc<lotsa::session::MemoryStore>>,
    /// The in-memory shared state (handoff cases, staff sessions), without Redis.
    pub kv: Option<std::sync::Arc<lotsa::session::kv::MemoryKv>>,
    shutdown: Option<tokio::sync::oneshot::Sender<()>>,
}

impl TestApp {
    pub fn http(&self, path: &str) -> String {
        format!("http://{}{path}", self.addr)
    }

    /// `/metrics` on the metrics listener, the only one that serves it.
    pub fn metrics_url(&self) -> String {
        let addr = self
            .metrics_addr
            .expect("this app serves /metrics (metrics_bind is not off)");
        format!("http://{addr}/metrics")
    }

    /// The metrics text (OpenMetrics), from the metrics listener.
    pub async fn metrics(&self) -> String {
        reqwest::get(self.metrics_url()).await.unwrap().text().await.unwrap()
    }

    pub fn ws_url(&self) -> String {
        format!("ws://{}/chat/ws", self.addr)
    }

    /// `/readyz`'s status code.
    pub async fn readyz(&self) -> u16 {
        match reqwest::get(self.http("/readyz")).await {
            Ok(r) => r.status().as_u16(),
            Err(_) => 0,
        }
    }

    /// Waits until `/readyz` says ready (store reachable, relay subscribed).
    pub async fn wait_ready(&self) {
        let deadline = std::time::Instant::now() + Duration::from_secs(15);
        while self.readyz().await != 200 {
            assert!(std::time::Instant::now() < deadline, "server never became ready");
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// Whether `token` no longer resumes anything: a fresh connection's `resume` gets
    /// `session_expired`.
    pub async fn token_is_gone(&self, token: &str) -> bool {
        let mut ws = self.ws().await;
        ws.send(json!({"type": "resume", "token": token})).await;
        ws.until_ask().await[0]["code"] == "session_expired"
    }

    /// Stops the server as SIGTERM would (the shutdown future resolves).
    pub fn stop(&mut self) {
        if let Some(tx) = self.shutdown.take() {
            let _ = tx.send(());
        }
    }

    pub async fn ws(&self) -> Ws {
        let (stream, _) = tokio_tungstenite::connect_async(self.ws_url())
            .await
            .expect("websocket connects");
        Ws { stream }
    }
}

impl Drop for TestApp {
    fn drop(&mut self) {
        if let Some(tx) = self.shutdown.take() {
            let _ = tx.send(());
        }
    }
}

/// Builds and runs the real application on a free port.
pub async fn spawn_app(extra: &str) -> TestApp {
    run(Application::build(settings(extra)).await.expect("application builds"))
}

/// Runs a built application until the returned handle is dropped or stopped.
pub fn run(app: Application) -> TestApp {
    let addr = app.local_addr();
    let metrics_addr = app.metrics_addr();
    let store = app.memory_store();
    let kv = app.memory_kv();
    let (tx, rx) = tokio::sync::oneshot::channel::<()>();
    tokio::spawn(app.run_until(async move {
        let _ = rx.await;
    }));
    TestApp {
        addr,
        metrics_addr,
        store,
        kv,
        shutdown: Some(tx),
    }
}

/// An instance using Redis at `url` (one URL, or a cluster's comma-separated nodes),
/// ready to serve.
pub async fn spawn_app_with_redis(url: &str, extra: &str) -> TestApp {
    let app = spawn_app(&format!("redis_url = \"{url}\"\n{extra}")).await;
    app.wait_ready().await;
    app
}

pub struct Ws {
    pub stream: WebSocketStream<MaybeTlsStream<TcpStream>>,
}

impl Ws {
    pub async fn send(&mut self, value: Value) {
        self.stream
            .send(Message::Text(value.to_string().into()))
            .await
            .expect("send");
    }

    pub async fn send_raw(&mut self, message: Message) {
        self.stream.send(message).await.expect("send");
    }

    /// Next JSON frame from the server (fails the test after 10 s).
    pub async fn recv(&mut self) -> Value {
        loop {
            let msg = tokio::time::timeout(Duration::from_secs(10), self.stream.next())
                .await
                .expect("server answered within 10 s")
                .expect("connection open")
                .expect("frame");
            match msg {
                Message::Text(t) => return serde_json::from_str(t.as_str()).expect("server frames are JSON"),
                Message::Ping(_) | Message::Pong(_) => continue,
                other => panic!("unexpected frame {other:?}"),
            }
        }
    }

    /// Waits for the server's close frame (fails the test after 10 s); its code, `None`
    /// for a close without one. Text frames before it fail the test.
    pub async fn close_code(&mut self) -> Option<u16> {
        loop {
            let msg = tokio::time::timeout(Duration::from_secs(10), self.stream.next())
                .await
                .expect("server closed within 10 s");
            match msg {
                Some(Ok(Message::Close(frame))) => return frame.map(|f| u16::from(f.code)),
                Some(Ok(Message::Ping(_) | Message::Pong(_))) => continue,
                other => panic!("expected a close frame, got {other:?}"),
            }
        }
    }

    /// Frames up to and including the next `ask` or `status`, which end every answer
    /// that continues or ends a conversation.
    pub async fn until_ask(&mut self) -> Vec<Value> {
        let mut frames = Vec::new();
        loop {
            let f = self.recv().await;
            let done = f["type"] == "ask" || f["type"] == "status";
            frames.push(f);
            if done {
                return frames;
            }
        }
    }

    pub async fn start(&mut self, lang: Option<&str>) -> Vec<Value> {
        match lang {
            Some(l) => self.send(json!({"type": "start", "lang": l})).await,
            None => self.send(json!({"type": "start"})).await,
        }
        self.until_ask().await
    }

    pub async fn choose(&mut self, id: &str) -> Vec<Value> {
        self.send(json!({"type": "choose", "id": id})).await;
        self.until_ask().await
    }
}

/// The last `ask` frame of a batch.
pub fn last_ask(frames: &[Value]) -> &Value {
    frames.iter().rev().find(|f| f["type"] == "ask").expect("an ask frame")
}

pub fn choice_ids(ask: &Value) -> Vec<String> {
    ask["choices"]
        .as_array()
        .expect("choices")
        .iter()
        .map(|c| c["id"].as_str().unwrap().to_string())
        .collect()
}

pub fn token_of(frames: &[Value]) -> String {
    frames
        .iter()
        .find(|f| f["type"] == "session")
        .and_then(|f| f["token"].as_str())
        .expect("a session frame")
        .to_string()
}

/// Like [`spawn_app`], but `extra` may use `{port}`, replaced by the server's own port
/// (for an exit URL that points back at the server).
pub async fn spawn_app_on_own_port(extra: &str) -> TestApp {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let extra = extra.replace("{port}", &addr.port().to_string());
    let app = Application::with_listener(settings(&extra), listener).expect("application builds");
    let metrics_addr = app.metrics_addr();
    let store = app.memory_store();
    let kv = app.memory_kv();
    let (tx, rx) = tokio::sync::oneshot::channel::<()>();
    tokio::spawn(app.run_until(async move {
        let _ = rx.await;
    }));
    TestApp {
        addr,
        metrics_addr,
        store,
        kv,
        shutdown: Some(tx),
    }
}
