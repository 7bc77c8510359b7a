//! Load generator for the web chat: many concurrent WebSocket conversations walking a
//! 10-step path, reporting messages per second and round-trip latency.
//!
//! `cargo run --release --example load -- [connections] [walks] [pause-ms] [ws-url]`
//! `pause-ms` (default 1000) separates walks on one connection, staying under the
//! per-connection rate limit (burst 30, then 10 per second) as a person would.
//! Without a URL it starts the real server in-process on 127.0.0.1:0 (sharing the CPU
//! with the load, as a single small instance would), on Redis when `LOTSA_REDIS_URL` is
//! set. Bounded: it stops after the walks.

use std::time::{Duration, Instant};

use futures_util::{SinkExt, StreamExt};
use lotsa::config::Settings;
use lotsa::startup::Application;
use serde_json::{Value, json};
use tokio_tungstenite::tungstenite::Message;

#[path = "../benches/common/path.rs"]
mod path;
use path::PATH;
const LANGS: [&str; 3] = ["sv", "en", "ar"];

#[tokio::main]
async fn main() {
    let args: Vec<String> = std::env::args().collect();
    let connections: usize = args.get(1).and_then(|s| s.parse().ok()).unwrap_or(200);
    let walks: usize = args.get(2).and_then(|s| s.parse().ok()).unwrap_or(20);
    let pause = Duration::from_millis(args.get(3).and_then(|s| s.parse().ok()).unwrap_or(1000));
    let url = match args.get(4) {
        Some(url) => url.clone(),
        None => {
            let root = env!("CARGO_MANIFEST_DIR");
            // `LOTSA_REDIS_URL` puts the in-process server on Redis instead of memory.
            let redis = std::env::var("LOTSA_REDIS_URL")
                .map(|u| format!("redis_url = \"{u}\"\n"))
                .unwrap_or_default();
            let settings = Settings::from_toml(&format!(
                "bind = \"127.0.0.1:0\"\nflows_dir = \"{root}/flows\"\nlocales_dir = \"{root}/locales\"\n{redis}"
            ))
            .expect("settings");
            let app = Application::build(settings).await.expect("server builds");
            let url = format!("ws://{}/chat/ws", app.local_addr());
            tokio::spawn(app.run_until(std::future::pending()));
            url
        }
    };

    let started = Instant::now();
    let mut tasks = Vec::new();
    for c in 0..connections {
        let url = url.clone();
        tasks.push(tokio::spawn(async move {
            let (mut ws, _) = tokio_tungstenite::connect_async(&url).await.expect("connect");
            let mut latencies = Vec::with_capacity(walks * (PATH.len() + 1));
            for w in 0..walks {
                let lang = LANGS[(c + w) % LANGS.len()];
                let mut frames = vec![json!({"type": "start", "lang": lang})];
                frames.extend(PATH.iter().map(|id| json!({"type": "choose", "id": id})));
                for frame in frames {
                    let t = Instant::now();
                    ws.send(Message::Text(frame.to_string().into())).await.expect("send");
                    loop {
                        let msg = ws.next().await.expect("open").expect("frame");
                        let Message::Text(text) = msg else { continue };
                        let v: Value = serde_json::from_str(text.as_str()).expect("json");
                        assert_ne!(v["type"], "error", "unexpected error {v}");
                        if v["type"] == "ask" {
                            break;
                        }
                    }
                    latencies.push(t.elapsed());
                }
                // Stay under the per-connection rate limit, as a person would.
                if w + 1 < walks {
                    tokio::time::sleep(pause).await;
                }
            }
            latencies
        }));
    }
    let mut all: Vec<Duration> = Vec::new();
    for t in tasks {
        all.extend(t.await.expect("task"));
    }
    let elapsed = started.elapsed();
    all.sort();
    let pct = |p: f64| all[((all.len() as f64 * p) as usize).min(all.len() - 1)];
    println!(
        "{connections} connections x {walks} walks x {} messages = {} messages in {:.2?}",
        PATH.len() + 1,
        all.len(),
        elapsed
    );
    println!(
        "round trip: p50 {:?}, p99 {:?}, max {:?}",
        pct(0.5),
        pct(0.99),
        all[all.len() - 1]
    );
    println!("throughput: {:.0} messages/s", all.len() as f64 / elapsed.as_secs_f64());
}
