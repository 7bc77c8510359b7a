//! Load generator for the web chat (and for the floor server, `examples/floor.rs`): many
//! WebSocket users walking the 10-step benchmark path after a `start`, reporting
//! throughput, latency percentiles from an HDR histogram, errors, and, given the server's
//! pid, its CPU time and memory per message read from `/proc`.
//!
//! ```text
//! cargo run --release --example load -- --url ws://127.0.0.1:8080/chat/ws --pid 1234 \
//!     --users 100 --seconds 10 [--fresh] [--think-ms 0] [--rate 0] [--idle 0] [--flood 0]
//! ```
//!
//! Modes:
//! - **closed loop** (default): `--users` users, each sending its next message when the
//!   last one was answered (after `--think-ms`). With `--fresh` every walk opens a new
//!   socket (a new visitor each time, connection set-up included); without it each user
//!   keeps one socket. Mind the server's per-connection rate limit (burst 30, then 10 per
//!   second): long-lived sockets need a think time of 100 ms or more.
//! - **open loop** (`--rate R`): a new visitor arrives every 1/R seconds whatever the
//!   server is doing, on a fresh socket, and walks the path. The first message's latency
//!   counts from the scheduled arrival, so a server that falls behind shows it.
//! - **flood** (`--flood N`, with either loop): N more clients each send frames on a
//!   socket as fast as it takes them, ignoring the rate limit, and connect again at once
//!   when the server closes it; the users' latency shows what that costs everyone else.
//! - **idle** (`--idle N`): N visitors start a conversation and then wait, as people do in
//!   a queue. It prints the server's RSS per idle session and holds them for `--seconds`.
//!
//! Without `--url` it starts lotsa in-process on 127.0.0.1:0 (memory store, or Redis when
//! `LOTSA_REDIS_URL` is set); then server and generator share the CPU. The last line is
//! `RESULT key=value …` for `deploy/bench.sh`.

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use clap::Parser;
use futures_util::{SinkExt, StreamExt};
use hdrhistogram::Histogram;
use lotsa::config::Settings;
use lotsa::startup::Application;
use tokio::net::TcpStream;
use tokio_tungstenite::tungstenite::Message;
use tokio_tungstenite::{MaybeTlsStream, WebSocketStream};

#[path = "../benches/common/path.rs"]
mod path;
use path::PATH;

const LANGS: [&str; 3] = ["sv", "en", "ar"];

/// Every simulated user comes from 127.0.0.1: the per-address limit is lifted.
const ONE_ADDRESS: &str = "[limits]\nmax_connections = 20000\nmax_connections_per_address = 20000\n";

type Socket = WebSocketStream<MaybeTlsStream<TcpStream>>;

#[derive(Parser, Debug)]
#[command(about = "Load generator for the lotsa web chat")]
struct Args {
    /// WebSocket URL of the server; omitted: lotsa in-process on 127.0.0.1:0.
    #[arg(long)]
    url: Option<String>,
    /// The server's process id, for CPU and RSS from /proc.
    #[arg(long)]
    pid: Option<u32>,
    /// Concurrent users (closed loop).
    #[arg(long, default_value_t = 100)]
    users: usize,
    /// Seconds to measure (closed and open loop), or to hold idle sessions.
    #[arg(long, default_value_t = 10)]
    seconds: u64,
    /// Seconds before measuring starts (connections warm, allocator settled).
    #[arg(long, default_value_t = 2)]
    warmup: u64,
    /// Open a new socket for every walk.
    #[arg(long)]
    fresh: bool,
    /// Pause between an answer and the next message, per user.
    #[arg(long, default_value_t = 0)]
    think_ms: u64,
    /// Open loop: new visitors per second (each on a fresh socket).
    #[arg(long, default_value_t = 0.0)]
    rate: f64,
    /// Idle: open this many started conversations and hold them.
    #[arg(long, default_value_t = 0)]
    idle: usize,
    /// Flooders besides the users: each sends frames on one socket as fast as it can,
    /// whatever the rate limit says, and reads what comes back. The users' latency then
    /// shows what a flood costs everyone else.
    #[arg(long, default_value_t = 0)]
    flood: usize,
    /// Redis nodes the server uses (comma-separated URLs; every master of a cluster): the
    /// commands Redis ran during the window are read from `INFO commandstats` and reported
    /// per message, with the round trips they took.
    #[arg(long)]
    redis: Option<String>,
    /// A name for the RESULT line.
    #[arg(long, default_value = "run")]
    label: String,
}

/// What one user (or visitor) saw; merged at the end. Only answers that arrive inside
/// the measured window count, towards throughput as well as latency, so walks under way
/// at either edge neither inflate nor deflate the figures.
struct Tally {
    latency: Histogram<u64>,
    errors: u64,
    window: (Instant, Instant),
    answered: Arc<AtomicU64>,
}

impl Tally {
    fn new(window: (Instant, Instant), answered: Arc<AtomicU64>) -> Tally {
        Tally {
            // Microseconds, from 1 µs to 60 s, three significant figures.
            latency: Histogram::new_with_bounds(1, 60_000_000, 3).expect("histogram bounds"),
            errors: 0,
            window,
            answered,
        }
    }

    fn record(&mut self, since: Instant) {
        let now = Instant::now();
        if now < self.window.0 || now >= self.window.1 {
            return;
        }
        let micros = (now - since).as_micros().clamp(1, 60_000_000) as u64;
        self.latency.record(micros).expect("within bounds");
        self.answered.fetch_add(1, Ordering::Relaxed);
    }

    fn error(&mut self) {
        let now = Instant::now();
        if now >= self.window.0 && now < self.window.1 {
            self.errors += 1;
        }
    }
}

/// The server process's CPU time and resident memory, from `/proc/<pid>`.
#[derive(Clone, Copy)]
struct Usage {
    cpu: Duration,
    /// The part of `cpu` spent in the kernel (system calls and, on loopback, the TCP
    /// work of the other end's receiving too): the floor no user-space saving can cut.
    kernel: Duration,
    rss_kb: u64,
}

fn usage(pid: u32) -> Option<Usage> {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    // Fields after the command name (which may hold spaces) start at state, field 3;
    // utime and stime are fields 14 and 15, in clock ticks (USER_HZ, 100 on Linux).
    let after = &stat[stat.rfind(')')? + 2..];
    let fields: Vec<&str> = after.split_whitespace().collect();
    let user: u64 = fields.get(11)?.parse().ok()?;
    let kernel: u64 = fields.get(12)?.parse().ok()?;
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    let rss_kb = status
        .lines()
        .find_map(|l| l.strip_prefix("VmRSS:"))?
        .trim()
        .trim_end_matches("kB")
        .trim()
        .parse()
        .ok()?;
    Some(Usage {
        cpu: Duration::from_millis((user + kernel) * 10),
        kernel: Duration::from_millis(kernel * 10),
        rss_kb,
    })
}

#[tokio::main]
async fn main() {
    let args = Args::parse();
    let (url, pid) = match &args.url {
        Some(url) => (url.clone(), args.pid),
        None => (in_process().await, Some(std::process::id())),
    };
    if args.idle > 0 {
        idle(&args, &url, pid).await;
    } else {
        traffic(&args, &url, pid).await;
    }
}

/// One flooder until `until`: a started conversation, then the same choice as fast as
/// the socket takes it (after the first, every one is refused: unknown choice, then rate
/// limited), while a second task reads whatever comes back so the socket never stalls.
/// The server closes a connection that stays far over its rate; the flooder then
/// connects again at once, as a client in a loop would.
async fn flood(url: String, until: Instant, sent: Arc<AtomicU64>, sockets: Arc<AtomicU64>) {
    while Instant::now() < until {
        let Ok((socket, _)) = tokio_tungstenite::connect_async(url.as_str()).await else {
            tokio::time::sleep(Duration::from_millis(10)).await;
            continue;
        };
        sockets.fetch_add(1, Ordering::Relaxed);
        let (mut tx, mut rx) = socket.split();
        let reader = tokio::spawn(async move { while let Some(Ok(_)) = rx.next().await {} });
        let _ = tx.send(Message::text(r#"{"type":"start","lang":"en"}"#)).await;
        let frame = r#"{"type":"choose","id":"promise.ok"}"#;
        'socket: while Instant::now() < until {
            // Batches of 64, flushed together, as a client in a tight loop would send them.
            for _ in 0..64 {
                if tx.feed(Message::text(frame)).await.is_err() {
                    break 'socket;
                }
            }
            if tx.flush().await.is_err() {
                break;
            }
            sent.fetch_add(64, Ordering::Relaxed);
        }
        let _ = tx.close().await;
        reader.abort();
    }
}

/// Starts lotsa in this process; returns its WebSocket URL.
async fn in_process() -> String {
    let root = env!("CARGO_MANIFEST_DIR");
    let redis = std::env::var("LOTSA_REDIS_URL")
        .map(|u| format!("redis_url = \"{u}\"\n"))
        .unwrap_or_default();
    let settings = Settings::from_toml(&format!(
        "bind = \"127.0.0.1:0\"\nmetrics_bind = \"off\"\nflows_dir = \"{root}/flows\"\nlocales_dir = \"{root}/locales\"\n{redis}{ONE_ADDRESS}"
    ))
    .expect("settings");
    let app = Application::build(settings).await.expect("server builds");
    let url = format!("ws://{}/chat/ws", app.local_addr());
    tokio::spawn(app.run_until(std::future::pending()));
    url
}

/// Closed or open loop for `--seconds` after `--warmup`.
async fn traffic(args: &Args, url: &str, pid: Option<u32>) {
    let start = Instant::now();
    let measure_from = start + Duration::from_secs(args.warmup);
    let until = measure_from + Duration::from_secs(args.seconds);
    let think = Duration::from_millis(args.think_ms);
    let messages = Arc::new(AtomicU64::new(0));

    let mut tasks = Vec::new();
    // The arrivals run in their own task, so this one can take the measurements.
    let mut arrivals_task = None;
    if args.rate > 0.0 {
        let gap = Duration::from_secs_f64(1.0 / args.rate);
        let (url, messages) = (url.to_string(), messages.clone());
        arrivals_task = Some(tokio::spawn(async move {
            let mut arrivals = tokio::time::interval(gap);
            // A late tick is not skipped: the arrivals keep their schedule.
            arrivals.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Burst);
            let mut visitors = Vec::new();
            let mut n = 0usize;
            loop {
                let scheduled = arrivals.tick().await.into_std();
                if scheduled >= until {
                    break visitors;
                }
                let (url, mut tally) = (url.clone(), Tally::new((measure_from, until), messages.clone()));
                visitors.push(tokio::spawn(async move {
                    let lang = LANGS[n % LANGS.len()];
                    let _ = walk(&url, None, lang, scheduled, Duration::ZERO, &mut tally).await;
                    tally
                }));
                n += 1;
            }
        }));
    } else {
        // Users arrive spread over the first half of the warm-up, not all in one instant:
        // ten thousand simultaneous connects would overflow the listen backlog and
        // measure SYN retransmission instead of the server.
        let stagger = Duration::from_secs(args.warmup) / 2 / args.users.max(1) as u32;
        for u in 0..args.users {
            let (url, fresh) = (url.to_string(), args.fresh);
            let mut tally = Tally::new((measure_from, until), messages.clone());
            let arrival = start + stagger * u as u32;
            tasks.push(tokio::spawn(async move {
                tokio::time::sleep_until(arrival.into()).await;
                let mut socket: Option<Socket> = None;
                let mut w = u;
                while Instant::now() < until {
                    socket = walk(&url, socket.take(), LANGS[w % 3], Instant::now(), think, &mut tally).await;
                    if fresh && let Some(mut s) = socket.take() {
                        let _ = s.close(None).await;
                    }
                    w += 1;
                }
                tally
            }));
        }
    }

    let flooded = Arc::new(AtomicU64::new(0));
    let flood_sockets = Arc::new(AtomicU64::new(0));
    let flooders: Vec<_> = (0..args.flood)
        .map(|_| {
            let (sent, sockets) = (flooded.clone(), flood_sockets.clone());
            tokio::spawn(flood(url.to_string(), until, sent, sockets))
        })
        .collect();

    tokio::time::sleep_until(measure_from.into()).await;
    let redis_before = commandstats(args.redis.as_deref()).await;
    let before = pid.and_then(usage);
    let flooded_before = flooded.load(Ordering::Relaxed);
    let sockets_before = flood_sockets.load(Ordering::Relaxed);
    let measured_at = Instant::now();
    tokio::time::sleep_until(until.into()).await;
    let after = pid.and_then(usage);
    let redis_after = commandstats(args.redis.as_deref()).await;
    let elapsed = measured_at.elapsed();
    let flood_frames = flooded.load(Ordering::Relaxed) - flooded_before;
    let flood_sockets = flood_sockets.load(Ordering::Relaxed) - sockets_before;
    for f in flooders {
        let _ = f.await;
    }
    // Walks under way at the deadline finish, uncounted.
    let counted = messages.load(Ordering::Relaxed);

    if let Some(arrivals) = arrivals_task {
        tasks.extend(arrivals.await.expect("arrivals task"));
    }
    let mut total = Tally::new((measure_from, until), messages.clone());
    for t in tasks {
        let t = t.await.expect("load task");
        total.latency.add(&t.latency).expect("same bounds");
        total.errors += t.errors;
    }
    let rate = counted as f64 / elapsed.as_secs_f64();
    let h = &total.latency;
    let mode = if args.rate > 0.0 {
        format!("open loop, {} visitors/s on fresh sockets", args.rate)
    } else {
        let sockets = if args.fresh {
            "a fresh socket per walk"
        } else {
            "one socket each"
        };
        format!(
            "closed loop, {} users, {sockets}, think {} ms",
            args.users, args.think_ms
        )
    };
    println!(
        "{mode}: {counted} messages in {elapsed:.2?}, {rate:.0} messages/s, {} errors",
        total.errors
    );
    if args.flood > 0 {
        // Frames written after the server closed a socket are counted here but never
        // read there: the server reads at most its burst and `limit::FLOOD_RUN` refused
        // frames per socket, so the sockets opened say more than the frames written.
        println!(
            "{} flooder(s) wrote {flood_frames} frames on {flood_sockets} sockets in the window ({:.0} sockets/s)",
            args.flood,
            flood_sockets as f64 / elapsed.as_secs_f64()
        );
    }
    println!(
        "latency: p50 {} µs, p95 {} µs, p99 {} µs, p999 {} µs, max {} µs",
        h.value_at_quantile(0.5),
        h.value_at_quantile(0.95),
        h.value_at_quantile(0.99),
        h.value_at_quantile(0.999),
        h.max()
    );
    let mut result = format!(
        "RESULT label={} messages={counted} msgs_per_s={rate:.0} p50_us={} p95_us={} p99_us={} p999_us={} max_us={} errors={} flood_frames={flood_frames} flood_sockets={flood_sockets}",
        args.label,
        h.value_at_quantile(0.5),
        h.value_at_quantile(0.95),
        h.value_at_quantile(0.99),
        h.value_at_quantile(0.999),
        h.max(),
        total.errors
    );
    if let (Some(b), Some(a)) = (before, after) {
        let cpu = a.cpu.saturating_sub(b.cpu);
        let per_message = cpu.as_secs_f64() * 1e6 / counted.max(1) as f64;
        let kernel = a.kernel.saturating_sub(b.kernel).as_secs_f64() * 1e6 / counted.max(1) as f64;
        println!(
            "server: {:.1}% of a core, {per_message:.1} µs CPU per message ({kernel:.1} in the kernel), RSS {} KB",
            100.0 * cpu.as_secs_f64() / elapsed.as_secs_f64(),
            a.rss_kb
        );
        result.push_str(&format!(
            " cpu_us_per_msg={per_message:.1} kernel_us_per_msg={kernel:.1} rss_kb={}",
            a.rss_kb
        ));
    }
    if let (Some(b), Some(a)) = (redis_before, redis_after) {
        let (per_message, round_trips) = redis_per_message(&b, &a, counted);
        println!("redis: {round_trips:.3} round trips per message ({per_message})");
        result.push_str(&format!(" redis_rt_per_msg={round_trips:.3}"));
    }
    println!("{result}");
}

/// `INFO commandstats` summed over `nodes` (comma-separated URLs): command → calls.
async fn commandstats(nodes: Option<&str>) -> Option<std::collections::BTreeMap<String, u64>> {
    let mut calls = std::collections::BTreeMap::new();
    for url in nodes?.split(',') {
        let client = redis::Client::open(url).ok()?;
        let mut conn = client.get_multiplexed_async_connection().await.ok()?;
        let info: String = redis::cmd("INFO")
            .arg("commandstats")
            .query_async(&mut conn)
            .await
            .ok()?;
        for line in info.lines().filter_map(|l| l.strip_prefix("cmdstat_")) {
            let Some((name, rest)) = line.split_once(':') else {
                continue;
            };
            let n: u64 = rest
                .strip_prefix("calls=")
                .and_then(|r| r.split(',').next())
                .and_then(|n| n.parse().ok())
                .unwrap_or(0);
            *calls.entry(name.to_string()).or_default() += n;
        }
    }
    Some(calls)
}

/// The commands lotsa sent during the window, per message, and the round trips they
/// took: each command is one, except that a `MULTI … EXEC` transaction (lotsa sends each
/// as one pipeline) is one in all, counted by its `EXEC`. lotsa's only transactions hold
/// `HINCRBY` and `EXPIRE` (statistics), so those are left out when transactions ran;
/// without transactions (the cluster before issue 25) each is its own round trip. The
/// generator's own `INFO` is left out.
fn redis_per_message(
    before: &std::collections::BTreeMap<String, u64>,
    after: &std::collections::BTreeMap<String, u64>,
    messages: u64,
) -> (String, f64) {
    let delta = |c: &str| after.get(c).copied().unwrap_or(0) - before.get(c).copied().unwrap_or(0);
    let sent: Vec<(&String, u64)> = after
        .keys()
        .filter(|c| !c.starts_with("info") && !c.starts_with("config") && !c.starts_with("cluster"))
        .map(|c| (c, delta(c)))
        .filter(|(_, n)| *n > 0)
        .collect();
    let total: u64 = sent.iter().map(|(_, n)| n).sum();
    let in_transactions = if delta("exec") > 0 {
        delta("multi") + delta("hincrby") + delta("expire")
    } else {
        0
    };
    let per = messages.max(1) as f64;
    let listed = sent
        .iter()
        .map(|(c, n)| format!("{c} {:.3}", *n as f64 / per))
        .collect::<Vec<_>>()
        .join(", ");
    (listed, (total - in_transactions) as f64 / per)
}

/// One walk: `start`, then the path. Reuses `socket` if given and still open; returns the
/// socket for the next walk, or `None` after an error (counted). The first message's
/// latency counts from `since` (the scheduled arrival in the open loop).
async fn walk(
    url: &str,
    socket: Option<Socket>,
    lang: &str,
    since: Instant,
    think: Duration,
    tally: &mut Tally,
) -> Option<Socket> {
    let mut ws = match socket {
        Some(ws) => ws,
        None => match connect(url).await {
            Ok((ws, _)) => ws,
            Err(_) => {
                tally.error();
                // A refused connection would otherwise spin.
                tokio::time::sleep(Duration::from_millis(10)).await;
                return None;
            }
        },
    };
    let start = format!(r#"{{"type":"start","lang":"{lang}"}}"#);
    let mut sent_at = since;
    for (i, frame) in std::iter::once(start)
        .chain(PATH.iter().map(|id| format!(r#"{{"type":"choose","id":"{id}"}}"#)))
        .enumerate()
    {
        if i > 0 {
            if !think.is_zero() {
                tokio::time::sleep(think).await;
            }
            sent_at = Instant::now();
        }
        // A walk that would send after the window stops there: with think time a walk
        // takes longer than a run.
        if sent_at >= tally.window.1 {
            return Some(ws);
        }
        if ws.send(Message::text(frame)).await.is_err() || !until_ask(&mut ws).await {
            tally.error();
            return None;
        }
        tally.record(sent_at);
    }
    Some(ws)
}

/// A client socket that costs the generator little: tungstenite zero-fills its whole read
/// buffer on every read, so the default 128 KiB would make the generator, not the server,
/// the bottleneck.
async fn connect(
    url: &str,
) -> Result<(Socket, tokio_tungstenite::tungstenite::handshake::client::Response), tokio_tungstenite::tungstenite::Error>
{
    let config = tokio_tungstenite::tungstenite::protocol::WebSocketConfig::default()
        .read_buffer_size(4096)
        .write_buffer_size(0);
    tokio_tungstenite::connect_async_with_config(url, Some(config), true).await
}

/// Reads the step's frames up to its `ask`; `false` on an `error` frame or a closed socket.
async fn until_ask(ws: &mut Socket) -> bool {
    while let Some(Ok(message)) = ws.next().await {
        let Message::Text(text) = message else { continue };
        // Cheaper than parsing every frame: the tag is unambiguous in serialized JSON.
        if text.contains(r#""type":"ask""#) {
            return true;
        }
        if text.contains(r#""type":"error""#) {
            return false;
        }
    }
    false
}

/// `--idle N`: N started conversations waiting; the server's RSS per session.
async fn idle(args: &Args, url: &str, pid: Option<u32>) {
    // Let the server settle after its start-up before taking the baseline.
    tokio::time::sleep(Duration::from_secs(1)).await;
    let before = pid.and_then(usage);
    let mut sockets = Vec::with_capacity(args.idle);
    let mut errors = 0u64;
    // A few hundred at a time: a person's browser connects once, not ten thousand at once.
    for batch in (0..args.idle).collect::<Vec<_>>().chunks(200) {
        let opened = futures_util::future::join_all(batch.iter().map(|&i| async move {
            let (mut ws, _) = connect(url).await.ok()?;
            let start = format!(r#"{{"type":"start","lang":"{}"}}"#, LANGS[i % 3]);
            ws.send(Message::text(start)).await.ok()?;
            until_ask(&mut ws).await.then_some(ws)
        }))
        .await;
        for ws in opened {
            match ws {
                Some(ws) => sockets.push(ws),
                None => errors += 1,
            }
        }
    }
    // Idle for real: the allocator has returned what the set-up used.
    tokio::time::sleep(Duration::from_secs(3)).await;
    let after = pid.and_then(usage);
    let n = sockets.len();
    println!("{n} idle sessions open, {errors} errors");
    let mut result = format!("RESULT label={} idle={n} errors={errors}", args.label);
    if let (Some(b), Some(a)) = (before, after) {
        let per = (a.rss_kb.saturating_sub(b.rss_kb)) as f64 * 1024.0 / n.max(1) as f64;
        println!(
            "server RSS {} KB before, {} KB with them: {:.0} bytes per idle session",
            b.rss_kb, a.rss_kb, per
        );
        result.push_str(&format!(
            " rss_kb_before={} rss_kb={} rss_bytes_per_idle={per:.0}",
            b.rss_kb, a.rss_kb
        ));
    }
    // Still alive after holding: every session answers one more message.
    tokio::time::sleep(Duration::from_secs(args.seconds)).await;
    let mut alive = 0usize;
    for ws in sockets.iter_mut().take(100) {
        let frame = format!(r#"{{"type":"choose","id":"{}"}}"#, PATH[0]);
        if ws.send(Message::text(frame)).await.is_ok() && until_ask(ws).await {
            alive += 1;
        }
    }
    println!("after holding {} s: {alive} of the first 100 answered", args.seconds);
    println!("{result} alive_of_100={alive}");
}
