//! On-call notification benchmark (issue 20): two instances on one real `redis-server`,
//! teams for the seven regions and the national team, 50 staff who each subscribed one
//! browser to a loopback Web Push service, and no console open, so every team is due a
//! notification. The push service checks the VAPID signature and decrypts every body
//! with the subscription's key, as a browser would. Three parts, each on fresh instances
//! and a fresh `redis-server`:
//!
//! 1. latency (`fold_secs = 1`): one case per region every 1.25 s, so each is the first of
//!    its team's window; the time from the person's `handoff.yes` (and from their `queued`
//!    status) to each subscriber's push request arriving at the push service;
//! 2. load (`fold_secs = 60`): 500 cases, half through each instance, by 50 concurrent
//!    clients whose sockets stay open; cases/s, pushes received, pushes per subscriber;
//! 3. folding (`fold_secs` 5 by default): a burst of 100 cases for one region; each of its
//!    subscribers gets one push in the window and one folded summary after it.
//!
//! `cargo run --release --example notify_load -- [latency rounds] [load cases] [burst] [burst fold_secs]`
//! (default 6, 500, 100 and 5). Needs `redis-server` on the PATH; it starts its own on a
//! free port per part and stops it at the end.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::net::SocketAddr;
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use axum::Router;
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::routing::post;
use base64ct::{Base64UrlUnpadded, Encoding};
use futures_util::{SinkExt, StreamExt};
use hdrhistogram::Histogram;
use lotsa::config::Settings;
use lotsa::startup::Application;
use rand::RngCore;
use serde_json::{Value, json};
use tokio::task::JoinHandle;
use tokio_tungstenite::tungstenite::Message;
use web_push_native::jwt_simple::prelude::*;
use web_push_native::p256;
use web_push_native::p256::elliptic_curve::sec1::ToEncodedPoint;

type Socket = tokio_tungstenite::WebSocketStream<tokio_tungstenite::MaybeTlsStream<tokio::net::TcpStream>>;

const PASSWORD: &str = "bench password";
const REGIONS: [&str; 7] = ["nord", "mitt", "bergslagen", "stockholm", "ost", "vast", "syd"];
const STAFF: usize = 50;
/// Concurrent person clients in the load and burst parts.
const CLIENTS: usize = 50;
/// Spacing of one region's cases in the latency part (its `fold_secs` is 1).
const SPACING: Duration = Duration::from_millis(1250);

// ---------------------------------------------------------------- redis-server

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

async fn start_redis() -> (Redis, u16) {
    let port = free_port();
    let redis = Redis(
        Command::new("redis-server")
            .args([
                "--port",
                &port.to_string(),
                "--bind",
                "127.0.0.1",
                "--save",
                "",
                "--appendonly",
                "no",
            ])
            .stdout(Stdio::null())
            .spawn()
            .expect("redis-server on the PATH"),
    );
    let deadline = Instant::now() + Duration::from_secs(10);
    while tokio::net::TcpStream::connect(("127.0.0.1", port)).await.is_err() {
        assert!(Instant::now() < deadline, "redis-server did not start");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    (redis, port)
}

// ---------------------------------------------------------------- the push service

/// One browser's keys (`PushSubscription`'s private side).
#[derive(Clone)]
struct Browser {
    secret: p256::SecretKey,
    auth: [u8; 16],
}

impl Browser {
    fn new() -> Browser {
        let mut bytes = [0u8; 32];
        let secret = loop {
            rand::rng().fill_bytes(&mut bytes);
            if let Ok(s) = p256::SecretKey::from_slice(&bytes) {
                break s;
            }
        };
        let mut auth = [0u8; 16];
        rand::rng().fill_bytes(&mut auth);
        Browser { secret, auth }
    }

    fn subscription(&self, endpoint: &str) -> Value {
        let public = self.secret.public_key().to_encoded_point(false);
        json!({
            "endpoint": endpoint,
            "expirationTime": null,
            "keys": {
                "p256dh": Base64UrlUnpadded::encode_string(public.as_bytes()),
                "auth": Base64UrlUnpadded::encode_string(&self.auth),
            }
        })
    }
}

/// One push request as it arrived, checked and decrypted.
#[derive(Debug, Clone)]
struct Got {
    at: Instant,
    sub: usize,
    payload: Value,
}

#[derive(Default)]
struct Shared {
    browsers: Mutex<HashMap<usize, Browser>>,
    got: Mutex<Vec<Got>>,
    refused: Mutex<Vec<String>>,
    requests: AtomicUsize,
    origin: Mutex<String>,
}

struct PushService {
    addr: SocketAddr,
    shared: Arc<Shared>,
    task: JoinHandle<()>,
}

impl PushService {
    async fn start() -> PushService {
        let shared = Arc::new(Shared::default());
        let app = Router::new()
            .route("/push/{id}", post(receive))
            .with_state(shared.clone());
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        // web-push-native writes the audience as scheme and host (every real push service
        // is on 443), so the port is left out here too.
        *shared.origin.lock().unwrap() = format!("http://{}", addr.ip());
        let task = tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
        PushService { addr, shared, task }
    }

    fn prefix(&self) -> String {
        format!("http://{}/push/", self.addr)
    }

    fn subscribe(&self, id: usize) -> Value {
        let browser = Browser::new();
        let sub = browser.subscription(&format!("{}{id}", self.prefix()));
        self.shared.browsers.lock().unwrap().insert(id, browser);
        sub
    }

    fn got(&self) -> Vec<Got> {
        self.shared.got.lock().unwrap().clone()
    }

    fn refused(&self) -> Vec<String> {
        self.shared.refused.lock().unwrap().clone()
    }
}

async fn receive(
    State(shared): State<Arc<Shared>>,
    Path(id): Path<String>,
    headers: HeaderMap,
    body: Bytes,
) -> StatusCode {
    let at = Instant::now();
    shared.requests.fetch_add(1, Ordering::Relaxed);
    match check(&shared, &id, &headers, &body) {
        Ok((sub, payload)) => {
            shared.got.lock().unwrap().push(Got { at, sub, payload });
            StatusCode::CREATED
        }
        Err(why) => {
            shared.refused.lock().unwrap().push(why);
            StatusCode::FORBIDDEN
        }
    }
}

/// What a real push service and the browser check: the VAPID JWT (RFC 8292) against the
/// key in `Authorization`, its audience and expiry, then `aes128gcm` decryption (RFC 8291).
fn check(shared: &Shared, id: &str, headers: &HeaderMap, body: &[u8]) -> Result<(usize, Value), String> {
    let header = |name: &str| headers.get(name).and_then(|v| v.to_str().ok()).map(str::to_string);
    let authorization = header("authorization").ok_or("no Authorization")?;
    let rest = authorization
        .strip_prefix("vapid ")
        .ok_or("not a vapid Authorization")?;
    let (mut token, mut key) = (None, None);
    for part in rest.split(',') {
        let part = part.trim();
        if let Some(t) = part.strip_prefix("t=") {
            token = Some(t.to_string());
        } else if let Some(k) = part.strip_prefix("k=") {
            key = Some(k.to_string());
        }
    }
    let (token, key) = (token.ok_or("no t=")?, key.ok_or("no k=")?);
    let raw = Base64UrlUnpadded::decode_vec(&key).map_err(|_| "k= is not base64url")?;
    let public = ES256PublicKey::from_bytes(&raw).map_err(|_| "k= is not a P-256 key")?;
    let origin = shared.origin.lock().unwrap().clone();
    let options = VerificationOptions {
        allowed_audiences: Some(HashSet::from([origin])),
        ..Default::default()
    };
    let claims = public
        .verify_token::<NoCustomClaims>(&token, Some(options))
        .map_err(|e| format!("VAPID JWT: {e}"))?;
    let expires = claims.expires_at.ok_or("no exp")?;
    if expires.as_secs() > Clock::now_since_epoch().as_secs() + 24 * 3600 {
        return Err("exp more than 24 hours away".into());
    }
    if header("content-encoding").as_deref() != Some("aes128gcm") {
        return Err("not aes128gcm".into());
    }
    let sub: usize = id.parse().map_err(|_| "not a subscription id")?;
    let browser = shared
        .browsers
        .lock()
        .unwrap()
        .get(&sub)
        .cloned()
        .ok_or("no such subscription")?;
    let auth = web_push_native::Auth::clone_from_slice(&browser.auth);
    let plain = web_push_native::decrypt(body.to_vec(), &browser.secret, &auth).map_err(|e| format!("decrypt: {e}"))?;
    let payload: Value = serde_json::from_slice(&plain).map_err(|_| "payload is not JSON")?;
    Ok((sub, payload))
}

// ---------------------------------------------------------------- two instances

struct Cluster {
    _redis: Redis,
    redis_port: u16,
    addrs: [SocketAddr; 2],
    stops: Vec<tokio::sync::oneshot::Sender<()>>,
    apps: Vec<JoinHandle<std::io::Result<()>>>,
    push: PushService,
    /// Logging in and subscribing the 50 staff.
    subscribe_time: Duration,
}

/// The region of staff member `i`.
fn region_of(i: usize) -> &'static str {
    REGIONS[i % REGIONS.len()]
}

fn subscribers_of(region: &str) -> Vec<usize> {
    (0..STAFF).filter(|&i| region_of(i) == region).collect()
}

fn config(redis_port: u16, push_prefix: &str, fold_secs: u64, hash: &str) -> String {
    let root = env!("CARGO_MANIFEST_DIR");
    let mut toml = format!(
        r#"bind = "127.0.0.1:0"
metrics_bind = "off"
secret_key = "{key}"
flows_dir = "{root}/flows"
locales_dir = "{root}/locales"
redis_url = "redis://127.0.0.1:{redis_port}"
[limits]
max_connections_per_address = 2000
[handoff]
overflow = false
[notify]
fold_secs = {fold_secs}
push_services = ["{push_prefix}"]
"#,
        key = "6b".repeat(32)
    );
    for region in REGIONS.iter().chain(["national"].iter()) {
        toml.push_str(&format!(
            "[[team]]\nregion = \"{region}\"\nlanguages = [\"en\"]\nhours = \"24/7\"\n"
        ));
    }
    for i in 0..STAFF {
        toml.push_str(&format!(
            "[[staff]]\nid = \"staff{i}\"\npassword_hash = \"{hash}\"\nrole = \"coordinator\"\nregions = [\"{}\"]\nlanguages = [\"en\"]\n",
            region_of(i)
        ));
    }
    toml
}

async fn cluster(fold_secs: u64, hash: &str) -> Cluster {
    let (redis, redis_port) = start_redis().await;
    let push = PushService::start().await;
    let toml = config(redis_port, &push.prefix(), fold_secs, hash);
    let mut addrs = Vec::new();
    let mut stops = Vec::new();
    let mut apps = Vec::new();
    for _ in 0..2 {
        let app = Application::build(Settings::from_toml(&toml).unwrap()).await.unwrap();
        addrs.push(app.local_addr());
        let (tx, rx) = tokio::sync::oneshot::channel::<()>();
        stops.push(tx);
        apps.push(tokio::spawn(app.run_until(async move {
            let _ = rx.await;
        })));
    }
    let http = reqwest::Client::new();
    for addr in &addrs {
        let deadline = Instant::now() + Duration::from_secs(15);
        loop {
            let ready = http.get(format!("http://{addr}/readyz")).send().await;
            if ready.is_ok_and(|r| r.status() == 200) {
                break;
            }
            assert!(Instant::now() < deadline, "instance never became ready");
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }
    let addrs = [addrs[0], addrs[1]];

    // Each staff member logs in on one of the two instances and subscribes one browser.
    let started = Instant::now();
    let subs: Vec<Value> = (0..STAFF).map(|i| push.subscribe(i)).collect();
    let mut next = 0;
    while next < STAFF {
        // Four at a time: argon2 takes a core each.
        let batch: Vec<_> = (next..(next + 4).min(STAFF))
            .map(|i| {
                let http = http.clone();
                let sub = subs[i].clone();
                let addr = addrs[i % 2];
                async move { login_and_subscribe(&http, addr, i, &sub).await }
            })
            .collect();
        futures_util::future::join_all(batch).await;
        next += 4;
    }
    let subscribe_time = started.elapsed();
    let client = redis::Client::open(format!("redis://127.0.0.1:{redis_port}")).unwrap();
    let mut conn = client.get_multiplexed_async_connection().await.unwrap();
    let kept: usize = redis::cmd("SCARD")
        .arg("lotsa:{staff}:pushes")
        .query_async(&mut conn)
        .await
        .unwrap();
    assert_eq!(kept, STAFF, "every subscription is kept");
    Cluster {
        _redis: redis,
        redis_port,
        addrs,
        stops,
        apps,
        push,
        subscribe_time,
    }
}

async fn login_and_subscribe(http: &reqwest::Client, addr: SocketAddr, i: usize, sub: &Value) {
    let origin = format!("http://{addr}");
    let login = http
        .post(format!("http://{addr}/staff/login"))
        .header("origin", &origin)
        .json(&json!({"id": format!("staff{i}"), "password": PASSWORD}))
        .send()
        .await
        .unwrap();
    assert_eq!(login.status(), 200, "login of staff{i}");
    let cookie = login
        .headers()
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .map(|c| c.split(';').next().unwrap_or("").to_string())
        .next()
        .expect("a session cookie");
    let body: Value = login.json().await.unwrap();
    let csrf = body["csrf"].as_str().unwrap().to_string();
    let status = http
        .post(format!("http://{addr}/staff/push/subscribe"))
        .header("cookie", cookie)
        .header("origin", &origin)
        .header("x-csrf-token", csrf)
        .json(sub)
        .send()
        .await
        .unwrap()
        .status();
    assert_eq!(status.as_u16(), 204, "subscription of staff{i}");
}

impl Cluster {
    /// Stops both instances (the people's sockets are closed first by the caller).
    async fn stop(self) {
        for stop in self.stops {
            let _ = stop.send(());
        }
        for app in self.apps {
            let _ = tokio::time::timeout(Duration::from_secs(15), app).await;
        }
        self.push.task.abort();
    }

    /// How many keys match `pattern` in Redis (a check of what the instances stored).
    async fn keys(&self, pattern: &str) -> usize {
        let client = redis::Client::open(format!("redis://127.0.0.1:{}", self.redis_port)).unwrap();
        let mut conn = client.get_multiplexed_async_connection().await.unwrap();
        let keys: Vec<String> = redis::cmd("KEYS").arg(pattern).query_async(&mut conn).await.unwrap();
        keys.len()
    }
}

// ---------------------------------------------------------------- a person

async fn send(ws: &mut Socket, v: Value) {
    ws.send(Message::Text(v.to_string().into())).await.expect("send");
}

/// Frames up to and including one that matches `pred`.
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

fn ends_answer(f: &Value) -> bool {
    f["type"] == "ask" || f["type"] == "status"
}

/// A person on `addr` who chose `region` and is asked to consent to a handoff.
async fn to_consent(addr: SocketAddr, region: &str) -> Socket {
    let (mut ws, _) = tokio_tungstenite::connect_async(format!("ws://{addr}/chat/ws"))
        .await
        .expect("chat socket");
    send(&mut ws, json!({"type": "start", "lang": "en"})).await;
    until(&mut ws, ends_answer).await;
    send(&mut ws, json!({"type": "choose", "id": "nav.human"})).await;
    until(&mut ws, ends_answer).await;
    send(&mut ws, json!({"type": "choose", "id": format!("region.{region}")})).await;
    let ask = until(&mut ws, ends_answer).await;
    let offered = ask["choices"]
        .as_array()
        .is_some_and(|c| c.iter().any(|c| c["id"] == "handoff.yes"));
    assert!(offered, "no handoff offered for {region}: {ask}");
    ws
}

/// Consents; returns when `handoff.yes` was sent and when `queued` came back.
async fn consent(ws: &mut Socket) -> (Instant, Instant) {
    let sent = Instant::now();
    send(ws, json!({"type": "choose", "id": "handoff.yes"})).await;
    until(ws, |f| f["type"] == "status" && f["state"] == "queued").await;
    (sent, Instant::now())
}

/// Keeps the person here: reads (and so answers the server's pings) until aborted.
fn keep(mut ws: Socket) -> JoinHandle<()> {
    tokio::spawn(async move { while let Some(Ok(_)) = ws.next().await {} })
}

// ---------------------------------------------------------------- figures

fn histogram() -> Histogram<u64> {
    Histogram::new_with_bounds(1, 600_000_000, 3).unwrap()
}

fn ms(us: u64) -> f64 {
    us as f64 / 1000.0
}

fn row(name: &str, h: &Histogram<u64>) {
    println!(
        "| {name:<44} | {:>7} | {:>8.2} | {:>8.2} | {:>8.2} | {:>8.2} |",
        h.len(),
        ms(h.value_at_quantile(0.50)),
        ms(h.value_at_quantile(0.95)),
        ms(h.value_at_quantile(0.99)),
        ms(h.max())
    );
}

fn refused_line(push: &PushService) -> String {
    let refused = push.refused();
    if refused.is_empty() {
        "0".to_string()
    } else {
        format!("{} (first: {})", refused.len(), refused[0])
    }
}

// ---------------------------------------------------------------- part 1: latency

struct Latency {
    from_yes: Histogram<u64>,
    from_queued: Histogram<u64>,
    /// Per case: its first and its last subscriber's push (they go out one after another).
    first: Histogram<u64>,
    last: Histogram<u64>,
    /// Pushes that arrived before the person's `queued` frame did.
    before_queued: usize,
    cases: usize,
    missing: usize,
    extra: usize,
    refused: String,
    subscribe_time: Duration,
}

async fn latency(rounds: usize, hash: &str) -> Latency {
    let cluster = cluster(1, hash).await;
    let push = cluster.push.shared.clone();
    let addrs = cluster.addrs;
    let start = Instant::now() + Duration::from_millis(500);
    let mut tasks = Vec::new();
    for (r, region) in REGIONS.iter().enumerate() {
        let push = push.clone();
        tasks.push(tokio::spawn(async move {
            let subs = subscribers_of(region);
            // Regions staggered across the spacing, so cases do not coincide.
            let offset = SPACING * r as u32 / REGIONS.len() as u32;
            let mut kept = Vec::new();
            let mut samples = Vec::new();
            let mut spread = Vec::new();
            let mut missing = 0;
            let mut last: Option<Instant> = None;
            for k in 0..rounds {
                let mut ws = to_consent(addrs[(r + k) % 2], region).await;
                // On schedule, and never sooner than the spacing after the last case.
                let mut at = start + offset + SPACING * k as u32;
                if let Some(last) = last {
                    at = at.max(last + SPACING);
                }
                tokio::time::sleep_until(at.into()).await;
                let (yes, queued) = consent(&mut ws).await;
                last = Some(yes);
                kept.push(keep(ws));
                // The push for this case: this region, k + 1 waiting (all stay queued).
                let deadline = Instant::now() + Duration::from_secs(3);
                let mut seen: HashMap<usize, Instant> = HashMap::new();
                while seen.len() < subs.len() && Instant::now() < deadline {
                    for g in push.got.lock().unwrap().iter() {
                        if g.payload["region"] == *region && g.payload["waiting"] == k + 1 && subs.contains(&g.sub) {
                            seen.entry(g.sub).or_insert(g.at);
                        }
                    }
                    tokio::time::sleep(Duration::from_millis(5)).await;
                }
                missing += subs.len() - seen.len();
                if let (Some(a), Some(b)) = (seen.values().min(), seen.values().max()) {
                    spread.push((a.duration_since(yes), b.duration_since(yes)));
                }
                samples.extend(seen.values().map(|&at| (yes, queued, at)));
            }
            (samples, spread, missing, kept)
        }));
    }
    let mut out = Latency {
        from_yes: histogram(),
        from_queued: histogram(),
        first: histogram(),
        last: histogram(),
        before_queued: 0,
        cases: rounds * REGIONS.len(),
        missing: 0,
        extra: 0,
        refused: String::new(),
        subscribe_time: cluster.subscribe_time,
    };
    let mut people = Vec::new();
    let mut matched = 0;
    for task in tasks {
        let (samples, spread, missing, kept) = task.await.unwrap();
        for (a, b) in spread {
            out.first.record(a.as_micros().max(1) as u64).unwrap();
            out.last.record(b.as_micros().max(1) as u64).unwrap();
        }
        out.missing += missing;
        matched += samples.len();
        people.extend(kept);
        for (yes, queued, at) in samples {
            out.from_yes
                .record(at.duration_since(yes).as_micros().max(1) as u64)
                .unwrap();
            if at < queued {
                out.before_queued += 1;
            }
            out.from_queued
                .record(at.saturating_duration_since(queued).as_micros().max(1) as u64)
                .unwrap();
        }
    }
    out.extra = cluster.push.got().len() - matched;
    out.refused = refused_line(&cluster.push);
    for p in people {
        p.abort();
    }
    cluster.stop().await;
    out
}

// ---------------------------------------------------------------- part 2: load

struct Load {
    cases: usize,
    via: [usize; 2],
    elapsed: Duration,
    queued: Histogram<u64>,
    requests: usize,
    per_sub: BTreeMap<usize, usize>,
    per_region: BTreeMap<&'static str, (usize, usize)>,
    refused: String,
    notify_keys: usize,
    case_keys: usize,
}

async fn load(cases: usize, hash: &str) -> Load {
    let cluster = cluster(60, hash).await;
    let addrs = cluster.addrs;
    let started = Instant::now();
    let mut workers = Vec::new();
    for w in 0..CLIENTS {
        workers.push(tokio::spawn(async move {
            let mut kept = Vec::new();
            let mut times = Vec::new();
            let mut via = [0usize; 2];
            for i in (w..cases).step_by(CLIENTS) {
                let region = REGIONS[i % REGIONS.len()];
                let mut ws = to_consent(addrs[i % 2], region).await;
                let (yes, queued) = consent(&mut ws).await;
                via[i % 2] += 1;
                times.push(queued.duration_since(yes));
                kept.push(keep(ws));
            }
            (kept, times, via)
        }));
    }
    let mut people = Vec::new();
    let mut queued = histogram();
    let mut via = [0usize; 2];
    for w in workers {
        let (kept, times, v) = w.await.unwrap();
        people.extend(kept);
        for t in times {
            queued.record(t.as_micros().max(1) as u64).unwrap();
        }
        via[0] += v[0];
        via[1] += v[1];
    }
    let elapsed = started.elapsed();
    // Pushes still on their way.
    tokio::time::sleep(Duration::from_secs(2)).await;
    let got = cluster.push.got();
    let mut per_sub: BTreeMap<usize, usize> = (0..STAFF).map(|i| (i, 0)).collect();
    for g in &got {
        *per_sub.entry(g.sub).or_default() += 1;
    }
    let mut per_region = BTreeMap::new();
    for region in REGIONS {
        let subs = subscribers_of(region);
        let pushes = got.iter().filter(|g| subs.contains(&g.sub)).count();
        per_region.insert(region, (subs.len(), pushes));
    }
    let out = Load {
        cases,
        via,
        elapsed,
        queued,
        requests: cluster.push.shared.requests.load(Ordering::Relaxed),
        per_sub,
        per_region,
        refused: refused_line(&cluster.push),
        notify_keys: cluster.keys("lotsa:{notify}:*").await,
        case_keys: cluster.keys("lotsa:{handoff}:case:*").await,
    };
    println!(
        "  (load part: {} people kept their sockets open; window not over after {:.1} s: {})",
        people.len(),
        elapsed.as_secs_f64() + 2.0,
        elapsed.as_secs_f64() + 2.0 < 60.0
    );
    for p in people {
        p.abort();
    }
    cluster.stop().await;
    out
}

// ---------------------------------------------------------------- part 3: folding

struct Fold {
    region: &'static str,
    cases: usize,
    fold_secs: u64,
    burst: Duration,
    subs: Vec<usize>,
    in_window: BTreeMap<usize, Vec<Value>>,
    after_window: BTreeMap<usize, Vec<Value>>,
    summary_after: Vec<Duration>,
    others: usize,
    refused: String,
}

async fn fold(cases: usize, fold_secs: u64, hash: &str) -> Fold {
    let region = "syd";
    let cluster = cluster(fold_secs, hash).await;
    let addrs = cluster.addrs;
    // Everyone gets to the consent first, so the cases themselves come in one burst.
    let mut ready = Vec::new();
    for w in 0..CLIENTS {
        ready.push(tokio::spawn(async move {
            let mut out = Vec::new();
            for i in (w..cases).step_by(CLIENTS) {
                out.push(to_consent(addrs[i % 2], region).await);
            }
            out
        }));
    }
    let mut sockets = Vec::new();
    for r in ready {
        sockets.extend(r.await.unwrap());
    }
    let started = Instant::now();
    let mut consents = Vec::new();
    for mut ws in sockets {
        consents.push(tokio::spawn(async move {
            consent(&mut ws).await;
            ws
        }));
    }
    let mut people = Vec::new();
    for c in consents {
        people.push(keep(c.await.unwrap()));
    }
    let burst = started.elapsed();
    // The window starts with the first push; the summary comes at the first watchdog tick
    // (every 5 s, on either instance) after it ends.
    let subs = subscribers_of(region);
    let deadline = Instant::now() + Duration::from_secs(5);
    let first = loop {
        if let Some(g) = cluster.push.got().iter().map(|g| g.at).min() {
            break g;
        }
        assert!(Instant::now() < deadline, "no push for the burst");
        tokio::time::sleep(Duration::from_millis(10)).await;
    };
    let window_end = first + Duration::from_secs(fold_secs);
    tokio::time::sleep_until((window_end + Duration::from_secs(7)).into()).await;
    let got = cluster.push.got();
    let mut in_window: BTreeMap<usize, Vec<Value>> = subs.iter().map(|&s| (s, Vec::new())).collect();
    let mut after_window = in_window.clone();
    let mut summary_after = Vec::new();
    let mut others = 0;
    for g in &got {
        if !subs.contains(&g.sub) {
            others += 1;
        } else if g.at < window_end {
            in_window.get_mut(&g.sub).unwrap().push(g.payload.clone());
        } else {
            after_window.get_mut(&g.sub).unwrap().push(g.payload.clone());
            summary_after.push(g.at.duration_since(first));
        }
    }
    for p in people {
        p.abort();
    }
    let out = Fold {
        region,
        cases,
        fold_secs,
        burst,
        subs,
        in_window,
        after_window,
        summary_after,
        others,
        refused: refused_line(&cluster.push),
    };
    cluster.stop().await;
    out
}

// ---------------------------------------------------------------- main

#[tokio::main]
async fn main() {
    let args: Vec<String> = std::env::args().collect();
    let arg = |i: usize, default: usize| args.get(i).and_then(|s| s.parse().ok()).unwrap_or(default);
    let rounds = arg(1, 6);
    let cases = arg(2, 500);
    let burst = arg(3, 100);
    let fold_secs = arg(4, 5) as u64;
    let hash = lotsa::staff::auth::hash_password(PASSWORD).unwrap();
    let run = Instant::now();

    eprintln!("latency: {rounds} rounds of one case per region, fold_secs = 1");
    let lat = latency(rounds, &hash).await;
    eprintln!("load: {cases} cases through {CLIENTS} clients, fold_secs = 60");
    let load = load(cases, &hash).await;
    eprintln!("folding: a burst of {burst} cases for one region, fold_secs = {fold_secs}");
    let fold = fold(burst, fold_secs, &hash).await;

    println!();
    println!(
        "On-call notifications: two instances, one redis-server, {} teams (7 regions + national, 24/7), \
         {STAFF} staff subscribed (one fake push endpoint each, VAPID verified, aes128gcm decrypted), no console open.",
        REGIONS.len() + 1
    );
    println!(
        "Setup: {STAFF} logins + subscriptions in {:.2} s (4 at a time, half on each instance).",
        lat.subscribe_time.as_secs_f64()
    );
    println!();
    println!(
        "1. Latency, case entering the queue -> push request arriving at the push service (fold_secs = 1, \
         {} cases, each the first of its team's window, one region every {} ms in turn; {} missing, {} unexpected pushes, refused {})",
        lat.cases,
        SPACING.as_millis() / REGIONS.len() as u128,
        lat.missing,
        lat.extra,
        lat.refused
    );
    println!(
        "| {:<44} | {:>7} | {:>8} | {:>8} | {:>8} | {:>8} |",
        "from", "samples", "p50 ms", "p95 ms", "p99 ms", "max ms"
    );
    println!(
        "|{}|---------|----------|----------|----------|----------|",
        "-".repeat(46)
    );
    row("person sends handoff.yes", &lat.from_yes);
    row("person receives `queued` (0 if push first)", &lat.from_queued);
    row("handoff.yes, a case's first subscriber only", &lat.first);
    row("handoff.yes, a case's last subscriber only", &lat.last);
    println!(
        "   pushes that arrived before the person's `queued` frame: {} of {}",
        lat.before_queued,
        lat.from_yes.len()
    );
    println!();
    let counts: Vec<usize> = load.per_sub.values().copied().collect();
    let (min, max) = (counts.iter().min().unwrap(), counts.iter().max().unwrap());
    let more_than_one = counts.iter().filter(|&&c| c > 1).count();
    println!("2. Load (fold_secs = 60, {CLIENTS} concurrent clients, sockets kept open)");
    println!("| {:<44} | {:>24} |", "figure", "value");
    println!("|{}|{}|", "-".repeat(46), "-".repeat(26));
    println!(
        "| {:<44} | {:>24} |",
        "cases queued (via A / via B)",
        format!("{} ({} / {})", load.cases, load.via[0], load.via[1])
    );
    println!(
        "| {:<44} | {:>24} |",
        "time to queue them all",
        format!("{:.2} s", load.elapsed.as_secs_f64())
    );
    println!(
        "| {:<44} | {:>24} |",
        "cases/s (whole dialogue, connect to queued)",
        format!("{:.1}", load.cases as f64 / load.elapsed.as_secs_f64())
    );
    println!(
        "| {:<44} | {:>24} |",
        "handoff.yes -> queued p50 / p99 / max",
        format!(
            "{:.1} / {:.1} / {:.1} ms",
            ms(load.queued.value_at_quantile(0.5)),
            ms(load.queued.value_at_quantile(0.99)),
            ms(load.queued.max())
        )
    );
    println!("| {:<44} | {:>24} |", "push requests received", load.requests);
    println!(
        "| {:<44} | {:>24} |",
        "notifications per subscriber (min / max)",
        format!("{min} / {max}")
    );
    println!("| {:<44} | {:>24} |", "subscribers with more than one", more_than_one);
    println!("| {:<44} | {:>24} |", "refused (VAPID or decrypt)", load.refused);
    println!("| {:<44} | {:>24} |", "case keys in Redis at the end", load.case_keys);
    println!(
        "| {:<44} | {:>24} |",
        "notifier keys in Redis at the end", load.notify_keys
    );
    let regions: Vec<String> = load
        .per_region
        .iter()
        .map(|(r, (subs, pushes))| format!("{r} {pushes}/{subs}"))
        .collect();
    println!("   pushes/subscribers by region: {}", regions.join(", "));
    println!();
    println!(
        "3. Folding: {} cases for {} (first handoff.yes to last `queued`: {:.2} s; fold_secs = {}), {} subscribers",
        fold.cases,
        fold.region,
        fold.burst.as_secs_f64(),
        fold.fold_secs,
        fold.subs.len()
    );
    println!(
        "| {:<10} | {:<40} | {:<40} |",
        "subscriber", "in the window (payloads)", "after it (payloads)"
    );
    println!("|------------|{}|{}|", "-".repeat(42), "-".repeat(42));
    let brief = |v: &Vec<Value>| {
        v.iter()
            .map(|p| format!("waiting {} urgent {}", p["waiting"], p["urgent"]))
            .collect::<Vec<_>>()
            .join("; ")
    };
    for s in &fold.subs {
        println!(
            "| {:<10} | {:<40} | {:<40} |",
            format!("/push/{s}"),
            format!("{}: {}", fold.in_window[s].len(), brief(&fold.in_window[s])),
            format!("{}: {}", fold.after_window[s].len(), brief(&fold.after_window[s]))
        );
    }
    let mut after: Vec<f64> = fold.summary_after.iter().map(|d| d.as_secs_f64()).collect();
    after.sort_by(f64::total_cmp);
    println!(
        "   summary arrived {:.2}-{:.2} s after the first push; pushes to other regions' subscribers: {}; refused {}",
        after.first().copied().unwrap_or(f64::NAN),
        after.last().copied().unwrap_or(f64::NAN),
        fold.others,
        fold.refused
    );
    println!();
    println!("whole run: {:.1} s", run.elapsed().as_secs_f64());
}
