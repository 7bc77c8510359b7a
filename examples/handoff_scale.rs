//! Handoff benchmark at scale (issue 25): many live cases across two lotsa instances (the
//! release binary, started by `deploy/bench-reach.sh`) on one `redis-server`. People walk
//! to a person on instance B over the web chat's WebSocket; staff consoles on instance A
//! claim them; then each case exchanges messages both ways. Reports the relay latency
//! person -> console and console -> person (p50, p99, max) and Redis memory per case.
//!
//! `handoff_scale config <redis-url> <cases>` prints the configuration both instances
//! read (`LOTSA_CONFIG`): a 24/7 team in each of the eight regions and three consoles'
//! accounts per region, each allowed enough live cases for its share.
//! `handoff_scale run <a-host:port> <b-host:port> <redis-url> [cases] [rounds] [pid-a pid-b]`
//! runs the load (default 1,000 cases and 3 rounds); with the instances' pids it also
//! reports their RSS growth per case.
//!
//! One console may send 10 frames a second (burst 40), so 1,000 claims and 3,000 answers
//! from one console would take minutes and measure its pacing, not the relay: the cases
//! are spread over 24 consoles (three per region), each paced below its limit.

mod common;

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use futures_util::{SinkExt, StreamExt};
use lotsa::region::Region;
use serde_json::{Value, json};
use tokio_tungstenite::tungstenite::Message;

use common::{Socket, console_socket, usage_of, used_memory};

const PASSWORD: &str = "bench password";
const CONSOLES_PER_REGION: usize = 3;
/// People walking to a person at once while the cases fill up.
const WALKING: usize = 50;

fn staff_id(region: Region, k: usize) -> String {
    format!("{}.{k}", region.id())
}

fn config(redis_url: &str, cases: usize) -> String {
    let hash = lotsa::staff::auth::hash_password(PASSWORD).expect("hashes");
    let consoles = Region::ALL.len() * CONSOLES_PER_REGION;
    // Each console's share, with room for an uneven split.
    let per_console = cases.div_ceil(consoles) + 10;
    let mut toml = format!(
        r#"secret_key = "{key}"
redis_url = "{redis_url}"

[handoff]
max_live_per_staff = {per_console}
# Filling 1,000 cases takes a while; nobody may be sent on to the fallback meanwhile.
max_wait_secs = 3600

[limits]
max_connections = 20000
max_connections_per_address = 20000
# Every simulated person comes from 127.0.0.1.
opens_per_address_per_minute = 1000000
# A person waits idle while the other cases are measured; the client answers pings only
# when it reads.
ping_secs = 300
"#,
        key = "6b".repeat(32)
    );
    for region in Region::ALL {
        toml.push_str(&format!(
            "\n[[team]]\nregion = \"{}\"\nlanguages = [\"en\"]\nhours = \"24/7\"\n",
            region.id()
        ));
        for k in 0..CONSOLES_PER_REGION {
            toml.push_str(&format!(
                "\n[[staff]]\nid = \"{}\"\npassword_hash = \"{hash}\"\nrole = \"coordinator\"\nregions = [\"{}\"]\nlanguages = [\"en\"]\n",
                staff_id(region, k),
                region.id()
            ));
        }
    }
    toml
}

async fn send(ws: &mut Socket, v: Value) {
    ws.send(Message::Text(v.to_string().into())).await.expect("send");
}

async fn until(ws: &mut Socket, what: &str, pred: impl Fn(&Value) -> bool) -> Value {
    loop {
        let msg = tokio::time::timeout(Duration::from_secs(60), ws.next())
            .await
            .unwrap_or_else(|_| panic!("no {what} within 60 s"))
            .expect("open")
            .expect("frame");
        if let Message::Text(t) = msg {
            let v: Value = serde_json::from_str(t.as_str()).unwrap();
            if v["type"] == "error" {
                panic!("error while waiting for {what}: {v}");
            }
            if pred(&v) {
                return v;
            }
        }
    }
}

/// A console's own pacing, under the server's 10 frames a second (burst 40).
struct Pace {
    tokens: f64,
    at: Instant,
}

impl Pace {
    fn new() -> Pace {
        Pace {
            tokens: 30.0,
            at: Instant::now(),
        }
    }

    async fn wait(&mut self) {
        let now = Instant::now();
        self.tokens = (self.tokens + now.duration_since(self.at).as_secs_f64() * 8.0).min(30.0);
        self.at = now;
        if self.tokens < 1.0 {
            let wait = Duration::from_secs_f64((1.0 - self.tokens) / 8.0);
            tokio::time::sleep(wait).await;
            self.tokens = 1.0;
            self.at = Instant::now();
        }
        self.tokens -= 1.0;
    }
}

async fn console(a: &str, id: &str) -> Socket {
    let mut ws = console_socket(a, id, PASSWORD).await;
    until(&mut ws, "hello", |f| f["type"] == "hello").await;
    ws
}

/// Person `i` in `region` walks to a person on `b`, consents, and says who they are.
async fn person(b: &str, i: usize, region: Region) -> Socket {
    let (mut ws, _) = tokio_tungstenite::connect_async(format!("ws://{b}/chat/ws"))
        .await
        .expect("chat socket");
    send(&mut ws, json!({"type": "start", "lang": "en"})).await;
    for id in ["nav.human".to_string(), format!("region.{}", region.id())] {
        send(&mut ws, json!({"type": "choose", "id": id})).await;
    }
    send(&mut ws, json!({"type": "choose", "id": "handoff.yes"})).await;
    until(&mut ws, "queued", |f| f["type"] == "status" && f["state"] == "queued").await;
    // Before the claim, so the console's history tells which case is whose.
    send(&mut ws, json!({"type": "text", "text": format!("bench-person-{i}")})).await;
    ws
}

fn rss_kib(pid: &str) -> u64 {
    std::fs::read_to_string(format!("/proc/{pid}/status"))
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmRSS:"))
                .and_then(|l| l.split_whitespace().nth(1)?.parse().ok())
        })
        .unwrap_or(0)
}

fn pct(sorted: &[Duration], p: f64) -> f64 {
    sorted[((sorted.len() as f64 - 1.0) * p).round() as usize].as_secs_f64() * 1e3
}

type People = Arc<Mutex<HashMap<usize, Socket>>>;

/// One console: claims every `k`-th case of its region, then `rounds` times per case:
/// the person writes and the console waits for it; the console answers and the person
/// waits for it. Returns (person -> console, console -> person) latencies, and the open
/// sockets, so every case stays live until the memory is measured.
async fn work(
    mut desk: Socket,
    k: usize,
    region_cases: usize,
    people: People,
    rounds: usize,
    claimed: Arc<tokio::sync::Barrier>,
) -> (Vec<Duration>, Vec<Duration>, Vec<Socket>) {
    let queue = until(&mut desk, "the region's queue", |f| {
        f["type"] == "queue" && f["cases"].as_array().unwrap().len() == region_cases
    })
    .await;
    let mut codes: Vec<String> = queue["cases"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["case"].as_str().unwrap().to_string())
        .collect();
    codes.sort();
    let mine: Vec<String> = codes.into_iter().skip(k).step_by(CONSOLES_PER_REGION).collect();
    let mut pace = Pace::new();
    let mut owned = Vec::with_capacity(mine.len());
    for code in mine {
        pace.wait().await;
        send(&mut desk, json!({"type": "claim", "case": code})).await;
        let history = until(&mut desk, "history", |f| {
            f["type"] == "history" && f["case"] == code.as_str()
        })
        .await;
        let text = history["messages"].to_string();
        let i: usize = text
            .split("bench-person-")
            .nth(1)
            .and_then(|t| t.split(|c: char| !c.is_ascii_digit()).next())
            .and_then(|n| n.parse().ok())
            .unwrap_or_else(|| panic!("no person in the history of {code}"));
        let mut ws = people.lock().unwrap().remove(&i).expect("a waiting person");
        until(&mut ws, "connected", |f| {
            f["type"] == "status" && f["state"] == "connected"
        })
        .await;
        owned.push((code, ws));
    }
    // Measured only once every case is live: claims (and the queue frames each claim sends
    // every console of the region) would otherwise be in the figures.
    claimed.wait().await;
    let (mut up, mut down) = (Vec::new(), Vec::new());
    for round in 0..rounds {
        for (code, ws) in owned.iter_mut() {
            let text = format!("round {round} from {code}");
            let sent = Instant::now();
            send(ws, json!({"type": "text", "text": text})).await;
            until(&mut desk, "the person's text", |f| {
                f["type"] == "message" && f["from"] == "user" && f["text"] == text.as_str()
            })
            .await;
            up.push(sent.elapsed());

            pace.wait().await;
            let answer = format!("answer {round} to {code}");
            let sent = Instant::now();
            send(&mut desk, json!({"type": "say", "case": code, "text": answer})).await;
            until(ws, "the staff answer", |f| {
                f["type"] == "staff" && f["text"] == answer.as_str()
            })
            .await;
            down.push(sent.elapsed());
        }
    }
    // The sockets stay open (and the cases live) until every console is done.
    let mut kept: Vec<Socket> = owned.into_iter().map(|(_, ws)| ws).collect();
    kept.push(desk);
    (up, down, kept)
}

async fn run(a: String, b: String, redis_url: &str, cases: usize, rounds: usize, pids: &[String]) {
    let mut probe = redis::Client::open(redis_url)
        .unwrap()
        .get_multiplexed_async_connection()
        .await
        .expect("redis answers");

    // Every console logs in on A first (their sessions are in Redis before the baseline).
    let mut desks = Vec::new();
    for region in Region::ALL {
        for k in 0..CONSOLES_PER_REGION {
            desks.push((region, k, console(&a, &staff_id(region, k)).await));
        }
    }
    let redis_before = used_memory(&mut probe).await;
    let rss_before: Vec<u64> = pids.iter().map(|p| rss_kib(p)).collect();

    let region_of = |i: usize| Region::ALL[i % Region::ALL.len()];
    let mut region_cases: HashMap<Region, usize> = HashMap::new();
    for i in 0..cases {
        *region_cases.entry(region_of(i)).or_default() += 1;
    }
    let walked = Instant::now();
    let people: People = Arc::new(Mutex::new(HashMap::new()));
    futures_util::stream::iter(0..cases)
        .for_each_concurrent(WALKING, |i| {
            let (b, people) = (b.clone(), people.clone());
            async move {
                let ws = person(&b, i, region_of(i)).await;
                people.lock().unwrap().insert(i, ws);
            }
        })
        .await;
    eprintln!("    {cases} people queued in {:.1} s", walked.elapsed().as_secs_f64());

    let started = Instant::now();
    let claimed = Arc::new(tokio::sync::Barrier::new(desks.len()));
    let tasks: Vec<_> = desks
        .into_iter()
        .map(|(region, k, desk)| {
            let n = region_cases.get(&region).copied().unwrap_or(0);
            tokio::spawn(work(desk, k, n, people.clone(), rounds, claimed.clone()))
        })
        .collect();
    let (mut up, mut down, mut open) = (Vec::new(), Vec::new(), Vec::new());
    for t in tasks {
        let (u, d, sockets) = t.await.expect("a console's work");
        up.extend(u);
        down.extend(d);
        open.extend(sockets);
    }
    let elapsed = started.elapsed();
    let redis_after = used_memory(&mut probe).await;
    let rss_after: Vec<u64> = pids.iter().map(|p| rss_kib(p)).collect();
    let (case_bytes, case_keys) = usage_of(&mut probe, "lotsa:{handoff}:case:*").await;
    let (text_bytes, _) = usage_of(&mut probe, "lotsa:{handoff}:text:*").await;
    assert_eq!(case_keys as usize, cases, "every case live");
    assert_eq!(up.len(), cases * rounds, "every message arrived");
    drop(open);

    up.sort();
    down.sort();
    let per_case = (redis_after - redis_before) as f64 / cases as f64;
    println!(
        "{cases} live cases: people on B, {} consoles on A (3 per region), one redis-server; \
         {rounds} messages each way per case, 24 exchanges in flight once all are claimed, {:.1} s",
        Region::ALL.len() * CONSOLES_PER_REGION,
        elapsed.as_secs_f64()
    );
    println!(
        "  {:<42} {:>8} {:>8} {:>8} {:>8}",
        "relay", "n", "p50 ms", "p99 ms", "max ms"
    );
    for (name, v) in [("person -> console", &up), ("console -> person", &down)] {
        println!(
            "  {name:<42} {:>8} {:>8.2} {:>8.2} {:>8.2}",
            v.len(),
            pct(v, 0.5),
            pct(v, 0.99),
            pct(v, 1.0)
        );
    }
    println!(
        "  {:<42} {per_case:>8.0} bytes (INFO used_memory after - before, / cases; session, case, transcript of {} lines, queue)",
        "Redis memory per live case",
        1 + 2 * rounds
    );
    println!(
        "  {:<42} {:>8.0} bytes (MEMORY USAGE of the case and transcript keys, / cases)",
        "  of which the case and its transcript",
        (case_bytes + text_bytes) as f64 / cases as f64
    );
    for (name, (before, after)) in ["A (staff)", "B (people)"]
        .iter()
        .zip(rss_before.iter().zip(&rss_after))
    {
        println!(
            "  {:<42} {:>8.1} KiB",
            format!("RSS growth per case, instance {name}"),
            after.saturating_sub(*before) as f64 / cases as f64
        );
    }
    println!(
        "RESULT label=handoff cases={cases} rounds={rounds} up_p50_ms={:.2} up_p99_ms={:.2} down_p50_ms={:.2} down_p99_ms={:.2} redis_bytes_per_case={per_case:.0}",
        pct(&up, 0.5),
        pct(&up, 0.99),
        pct(&down, 0.5),
        pct(&down, 0.99)
    );
}

#[tokio::main]
async fn main() {
    let args: Vec<String> = std::env::args().collect();
    let usage =
        "usage: handoff_scale config <redis-url> <cases> | run <a> <b> <redis-url> [cases] [rounds] [pid-a pid-b]";
    match args.get(1).map(String::as_str) {
        Some("config") => {
            let url = args.get(2).expect(usage);
            let cases = args.get(3).and_then(|s| s.parse().ok()).unwrap_or(1000);
            print!("{}", config(url, cases));
        }
        Some("run") => {
            let (a, b, url) = (
                args.get(2).expect(usage).clone(),
                args.get(3).expect(usage).clone(),
                args.get(4).expect(usage),
            );
            let cases = args.get(5).and_then(|s| s.parse().ok()).unwrap_or(1000);
            let rounds = args.get(6).and_then(|s| s.parse().ok()).unwrap_or(3);
            let pids: Vec<String> = args.iter().skip(7).take(2).cloned().collect();
            run(a, b, url, cases, rounds, &pids).await;
        }
        _ => panic!("{usage}"),
    }
}
