//! Handoff benchmark: many live cases across two instances on one real `redis-server`.
//! People chat on instance B, one staff console works on instance A; it reports the
//! relay latency from a person's text to the staff console (p50, p99) and what each live
//! case costs in Redis and in the instances' memory.
//!
//! `cargo run --release --example handoff_load -- [cases] [rounds]` (default 500 and 5).
//! Needs `redis-server` on the PATH; it starts its own on a free port and stops it at the
//! end. Bounded: every person sends `rounds` messages, then it stops.

mod common;

use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use futures_util::{SinkExt, StreamExt};
use lotsa::config::Settings;
use lotsa::startup::Application;
use serde_json::{Value, json};
use tokio_tungstenite::tungstenite::Message;

use common::{Socket, console_socket};

const PASSWORD: &str = "bench password";

struct Redis(Child);

impl Drop for Redis {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// Resident set size of this process (both instances and all clients), in KiB.
fn rss_kib() -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmRSS:"))
                .and_then(|l| l.split_whitespace().nth(1)?.parse().ok())
        })
        .unwrap_or(0)
}

async fn send(ws: &mut Socket, v: Value) {
    ws.send(Message::Text(v.to_string().into())).await.expect("send");
}

async fn until(ws: &mut Socket, pred: impl Fn(&Value) -> bool) -> Value {
    loop {
        let msg = tokio::time::timeout(Duration::from_secs(30), ws.next())
            .await
            .expect("answer within 30 s")
            .expect("open")
            .expect("frame");
        if let Message::Text(t) = msg {
            let v: Value = serde_json::from_str(t.as_str()).unwrap();
            if pred(&v) {
                return v;
            }
        }
    }
}

#[tokio::main]
async fn main() {
    let args: Vec<String> = std::env::args().collect();
    let cases: usize = args.get(1).and_then(|s| s.parse().ok()).unwrap_or(500);
    let rounds: usize = args.get(2).and_then(|s| s.parse().ok()).unwrap_or(5);

    let port = free_port();
    let _redis = Redis(
        Command::new("redis-server")
            .args(["--port", &port.to_string(), "--save", "", "--appendonly", "no"])
            .stdout(Stdio::null())
            .spawn()
            .expect("redis-server on the PATH"),
    );
    tokio::time::sleep(Duration::from_millis(300)).await;
    let root = env!("CARGO_MANIFEST_DIR");
    let hash = lotsa::staff::auth::hash_password(PASSWORD).unwrap();
    let toml = format!(
        r#"bind = "127.0.0.1:0"
metrics_bind = "off"
secret_key = "{key}"
flows_dir = "{root}/flows"
locales_dir = "{root}/locales"
redis_url = "redis://127.0.0.1:{port}"
[limits]
# Every simulated person comes from 127.0.0.1: the per-address limits are lifted.
max_connections = 20000
max_connections_per_address = 20000
opens_per_address_per_minute = 100000000
[handoff]
max_live_per_staff = {cases}
[[team]]
region = "syd"
languages = ["en"]
hours = "24/7"
[[staff]]
id = "bench"
password_hash = "{hash}"
role = "coordinator"
regions = ["syd"]
languages = ["en"]
"#,
        key = "6b".repeat(32)
    );
    let mut addrs = Vec::new();
    for _ in 0..2 {
        let app = Application::build(Settings::from_toml(&toml).unwrap()).await.unwrap();
        addrs.push(app.local_addr());
        tokio::spawn(app.run_until(std::future::pending()));
    }
    let (a, b) = (addrs[0], addrs[1]);
    tokio::time::sleep(Duration::from_millis(500)).await;

    // The staff member logs in and opens the console on A.
    let mut desk = console_socket(&a.to_string(), "bench", PASSWORD).await;

    // People on B ask for a person, each on its own socket.
    let rss_before = rss_kib();
    let mut people = Vec::with_capacity(cases);
    for _ in 0..cases {
        let (mut ws, _) = tokio_tungstenite::connect_async(format!("ws://{b}/chat/ws"))
            .await
            .unwrap();
        send(&mut ws, json!({"type": "start", "lang": "en"})).await;
        for id in ["nav.human", "region.syd", "handoff.yes"] {
            send(&mut ws, json!({"type": "choose", "id": id})).await;
        }
        until(&mut ws, |f| f["type"] == "status" && f["state"] == "queued").await;
        people.push(ws);
    }
    eprintln!("{cases} people queued");
    let queue = until(&mut desk, |f| {
        f["type"] == "queue" && f["cases"].as_array().unwrap().len() == cases
    })
    .await;
    let codes: Vec<String> = queue["cases"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["case"].as_str().unwrap().to_string())
        .collect();
    for (i, code) in codes.iter().enumerate() {
        // A console may send 10 frames a second (burst 40): claim at that pace.
        if i >= 30 {
            tokio::time::sleep(Duration::from_millis(105)).await;
        }
        send(&mut desk, json!({"type": "claim", "case": code})).await;
        let got = until(&mut desk, |f| f["type"] == "history" || f["type"] == "error").await;
        assert_eq!(got["type"], "history", "claim refused: {got}");
    }
    eprintln!("claimed");
    for ws in &mut people {
        until(ws, |f| f["type"] == "status" && f["state"] == "connected").await;
    }
    let rss_live = rss_kib();

    // Relay latency: each person writes, the console must see it.
    let mut latencies = Vec::with_capacity(cases * rounds);
    let started = Instant::now();
    for round in 0..rounds {
        for (i, ws) in people.iter_mut().enumerate() {
            let sent = Instant::now();
            send(ws, json!({"type": "text", "text": format!("r{round} p{i}")})).await;
            let want = format!("r{round} p{i}");
            until(&mut desk, |f| f["type"] == "message" && f["text"] == want.as_str()).await;
            latencies.push(sent.elapsed());
        }
    }
    let elapsed = started.elapsed();
    // Redis memory of the live cases (the case and its transcript keys).
    let client = redis::Client::open(format!("redis://127.0.0.1:{port}")).unwrap();
    let mut conn = client.get_multiplexed_async_connection().await.unwrap();
    let mut redis_bytes: i64 = 0;
    for code in &codes {
        for key in [
            format!("lotsa:{{handoff}}:case:{code}"),
            format!("lotsa:{{handoff}}:text:{code}"),
        ] {
            let used: Option<i64> = redis::cmd("MEMORY")
                .arg("USAGE")
                .arg(&key)
                .query_async(&mut conn)
                .await
                .unwrap();
            redis_bytes += used.unwrap_or(0);
        }
    }

    latencies.sort();
    let pct = |p: f64| latencies[((latencies.len() as f64 - 1.0) * p) as usize];
    println!("live cases: {cases} across two instances (people on B, staff on A), one redis-server");
    println!(
        "relay latency person -> staff console: p50 {:.2} ms, p99 {:.2} ms, max {:.2} ms over {} messages ({:.0} msg/s, one at a time)",
        pct(0.50).as_secs_f64() * 1e3,
        pct(0.99).as_secs_f64() * 1e3,
        latencies.last().unwrap().as_secs_f64() * 1e3,
        latencies.len(),
        latencies.len() as f64 / elapsed.as_secs_f64()
    );
    println!(
        "memory per live case: Redis {} bytes (MEMORY USAGE of case and transcript keys, {rounds} messages each); \
         process RSS {:.1} KiB (both instances and the {cases} client sockets, before the messages)",
        redis_bytes / cases as i64,
        (rss_live.saturating_sub(rss_before)) as f64 / cases as f64
    );
}
