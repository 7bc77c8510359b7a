//! Connection limits on the web chat, against the real server: per client address and in
//! total (refused with 503 before the upgrade, so the page backs off), the server's pings,
//! a peer that stops answering them, and a connection idle for the session's idle time.
//! Each refusal and close is counted in `/metrics` by reason, and nothing else is lost:
//! a refused address does not affect the others.

mod common;

use std::process::Command;
use std::time::Duration;

use common::binary::Binary;
use common::{TestApp, Ws, settings_toml, spawn_app};
use futures_util::StreamExt;
use tokio_tungstenite::tungstenite::Message;
use tokio_tungstenite::tungstenite::client::IntoClientRequest;
use tokio_tungstenite::tungstenite::http::HeaderValue;

/// A web chat socket through the proxy, from `address`; the HTTP status when refused.
async fn from(app: &TestApp, address: &str) -> Result<Ws, u16> {
    from_url(&app.ws_url(), address).await
}

/// As [`from`], to any server's WebSocket URL.
async fn from_url(url: &str, address: &str) -> Result<Ws, u16> {
    let mut request = url.into_client_request().unwrap();
    request.headers_mut().insert(
        "x-forwarded-for",
        HeaderValue::from_str(&format!("198.51.100.9, {address}")).unwrap(),
    );
    match tokio_tungstenite::connect_async(request).await {
        Ok((stream, _)) => Ok(Ws { stream }),
        Err(tokio_tungstenite::tungstenite::Error::Http(response)) => Err(response.status().as_u16()),
        Err(e) => panic!("unexpected websocket error {e}"),
    }
}

async fn metrics(app: &TestApp) -> String {
    app.metrics().await
}

/// Polls `/metrics` until it contains `line` (the server counts as the socket ends).
async fn until_metric(app: &TestApp, line: &str) {
    for _ in 0..200 {
        if metrics(app).await.contains(line) {
            return;
        }
        tokio::time::sleep(Duration::from_millis(25)).await;
    }
    panic!("/metrics never showed {line}:\n{}", metrics(app).await);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn connections_are_limited_per_address_and_in_total() {
    let app = spawn_app(
        "[limits]\nmax_connections = 3\nmax_connections_per_address = 2\nclient_address = \"x-forwarded-for\"",
    )
    .await;
    let mut a1 = from(&app, "192.0.2.1").await.unwrap();
    let _a2 = from(&app, "192.0.2.1").await.unwrap();
    assert_eq!(
        from(&app, "192.0.2.1").await.err(),
        Some(503),
        "a third from one address"
    );
    // Another address is not affected, and a refused one keeps its open connections.
    let _b1 = from(&app, "192.0.2.2").await.unwrap();
    assert_eq!(from(&app, "192.0.2.3").await.err(), Some(503), "the instance is full");
    let frames = a1.start(Some("en")).await;
    assert!(frames.iter().any(|f| f["type"] == "ask"), "{frames:?}");
    until_metric(&app, "lotsa_web_cut_total{reason=\"Address\"} 1").await;
    until_metric(&app, "lotsa_web_cut_total{reason=\"Full\"} 1").await;

    // A closed connection frees its place.
    drop(a1);
    let mut freed = None;
    for _ in 0..100 {
        if let Ok(ws) = from(&app, "192.0.2.3").await {
            freed = Some(ws);
            break;
        }
        tokio::time::sleep(Duration::from_millis(25)).await;
    }
    let mut c1 = freed.expect("a place freed when a connection closed");
    assert!(c1.start(Some("sv")).await.iter().any(|f| f["type"] == "ask"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_server_pings_and_drops_a_peer_that_stops_answering() {
    let app = spawn_app("[limits]\nping_secs = 1").await;
    // A client that reads answers pings (tungstenite replies as it reads).
    let mut alive = app.ws().await;
    alive.start(Some("en")).await;
    let ping = tokio::time::timeout(Duration::from_secs(5), async {
        loop {
            match alive.stream.next().await {
                Some(Ok(Message::Ping(_))) => return,
                Some(Ok(_)) => continue,
                other => panic!("the connection ended: {other:?}"),
            }
        }
    })
    .await;
    assert!(ping.is_ok(), "the server pinged within 5 s");

    // A client that never reads never answers: dropped after three pings.
    let mut silent = app.ws().await;
    silent.start(Some("en")).await;
    // Meanwhile the other keeps reading, and so answering.
    let mut dropped = false;
    for _ in 0..100 {
        let _ = tokio::time::timeout(Duration::from_millis(100), alive.stream.next()).await;
        let now = metrics(&app).await;
        if now.contains("lotsa_web_cut_total{reason=\"Unresponsive\"} 1") {
            assert!(now.contains("lotsa_web_connections 1"), "only the silent one: {now}");
            dropped = true;
            break;
        }
    }
    assert!(dropped, "the silent peer was dropped: {}", metrics(&app).await);
    // The one that answered is still there, and still answered.
    let frames = alive.choose("promise.ok").await;
    assert!(frames.iter().any(|f| f["type"] == "ask"), "{frames:?}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_connection_idle_for_the_session_idle_time_is_closed() {
    let app = spawn_app("session_idle_secs = 2\n[limits]\nping_secs = 1").await;
    let mut ws = app.ws().await;
    ws.start(Some("en")).await;
    // Reading (and so answering pings) is not activity: nothing is sent.
    let closed = tokio::time::timeout(Duration::from_secs(10), async {
        loop {
            match ws.stream.next().await {
                Some(Ok(Message::Close(_))) | None => return,
                Some(Ok(_)) => continue,
                Some(Err(_)) => return,
            }
        }
    })
    .await;
    assert!(closed.is_ok(), "closed after the idle time");
    until_metric(&app, "lotsa_web_cut_total{reason=\"Idle\"} 1").await;
    until_metric(&app, "lotsa_web_connections 0").await;
}

/// A page that never reads while its answers pile up: its socket fills, the step cannot
/// be written within a ping interval, and the server closes it. Meanwhile another page
/// is answered as usual.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_slow_reader_is_closed_and_blocks_no_one() {
    let app = spawn_app("[limits]\nping_secs = 1").await;
    // A tiny receive buffer, so the server's writes back up after a few kilobytes.
    let socket = tokio::net::TcpSocket::new_v4().unwrap();
    socket.set_recv_buffer_size(2048).unwrap();
    let stream = socket.connect(app.addr).await.unwrap();
    let (mut slow, _) = tokio_tungstenite::client_async(app.ws_url(), stream).await.unwrap();
    let mut other = app.ws().await;
    other.start(Some("en")).await;

    let langs = ["sv", "en", "ar", "fa", "ru", "uk", "th", "zh-Hans", "ti", "so"];
    let mut cut = false;
    for n in 0..100 {
        // A new conversation in another language each time: the `ui` frame and the
        // promise, several kilobytes per frame sent, never read.
        let frame = format!("{{\"type\":\"start\",\"lang\":\"{}\"}}", langs[n % langs.len()]);
        if futures_util::SinkExt::send(&mut slow, Message::Text(frame.into()))
            .await
            .is_err()
        {
            // The server has closed it.
        }
        // The other page goes on being answered meanwhile.
        if n % 10 == 0 {
            let frames = other.choose("nav.menu").await;
            assert!(frames.iter().any(|f| f["type"] == "ask"), "{frames:?}");
        }
        if metrics(&app)
            .await
            .contains("lotsa_web_cut_total{reason=\"SlowReader\"} 1")
        {
            cut = true;
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert!(cut, "the slow reader was closed: {}", metrics(&app).await);
    let frames = other.start(Some("sv")).await;
    assert!(frames.iter().any(|f| f["type"] == "ask"), "{frames:?}");
}

/// Two pages on one conversation share its rate: each alone stays within its own
/// connection's burst, together they pass the conversation's (30) and are told so.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_conversation_is_rate_limited_across_its_connections() {
    let app = spawn_app("").await;
    let mut a = app.ws().await;
    let token = common::token_of(&a.start(Some("en")).await);
    let mut b = app.ws().await;
    b.send(serde_json::json!({"type": "resume", "token": token})).await;
    b.until_ask().await;
    // Refused frames after the first of a run are dropped unanswered, so the test sends
    // what cannot all pass and counts the answers it gets until both pages are quiet.
    for _ in 0..20 {
        a.send(serde_json::json!({"type": "choose", "id": "no.such"})).await;
        b.send(serde_json::json!({"type": "choose", "id": "no.such"})).await;
    }
    let (mut answered, mut limited) = (0, 0);
    for ws in [&mut a, &mut b] {
        while let Ok(frame) = tokio::time::timeout(Duration::from_millis(500), ws.recv()).await {
            match frame["code"].as_str() {
                Some("unknown_choice") => answered += 1,
                Some("rate_limited") => limited += 1,
                _ => {}
            }
        }
    }
    assert!(limited >= 1, "told at least once; answered {answered}");
    assert!(answered < 40, "the conversation's burst, not each page's: {answered}");
    assert!(answered >= 30, "the whole burst was answered: {answered}");
    until_metric(&app, "lotsa_errors_total{channel=\"Web\",code=\"rate_limited\"}").await;
}

/// Sends `frame` `n` times, as fast as the socket takes it; stops when it is closed.
async fn send(ws: &mut Ws, frame: &str, n: usize) {
    for _ in 0..n {
        let message = Message::Text(frame.to_string().into());
        if futures_util::SinkExt::send(&mut ws.stream, message).await.is_err() {
            return;
        }
    }
}

/// A flood is told once, its further frames dropped without an answer, and a connection
/// that goes on far over its rate is closed (`Flood`). Another page is not affected.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_flood_is_told_once_then_dropped_then_closed() {
    let app = spawn_app("").await;
    let mut other = app.ws().await;
    other.start(Some("sv")).await;
    let mut flood = app.ws().await;
    flood.start(Some("en")).await;
    let frame = serde_json::json!({"type": "choose", "id": "no.such"}).to_string();
    // Twice the burst: the burst is answered, then one `rate_limited`, then silence.
    send(&mut flood, &frame, 60).await;
    let (mut answers, mut limited) = (0, 0);
    while let Ok(frame) = tokio::time::timeout(Duration::from_millis(500), flood.recv()).await {
        match frame["code"].as_str() {
            Some("rate_limited") => limited += 1,
            Some("unknown_choice") => answers += 1,
            _ => {}
        }
    }
    assert!((29..40).contains(&answers), "the burst was answered: {answers}");
    assert_eq!(limited, 1, "told once per run, not once per frame");
    // Going on far over the rate: closed (the socket may be reset, with frames unread).
    send(&mut flood, &frame, 400).await;
    let closed = tokio::time::timeout(Duration::from_secs(10), async {
        loop {
            match flood.stream.next().await {
                Some(Ok(Message::Close(_))) | None | Some(Err(_)) => return,
                Some(Ok(_)) => {}
            }
        }
    })
    .await;
    assert!(closed.is_ok(), "the flooding connection was closed");
    until_metric(&app, "lotsa_web_cut_total{reason=\"Flood\"} 1").await;
    let frames = other.choose("promise.ok").await;
    assert!(frames.iter().any(|f| f["type"] == "ask"), "{frames:?}");
}

/// The staff console is pinged too, and a console whose browser stopped answering is
/// dropped; one that answers stays open however long it waits for cases.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_staff_console_is_pinged_and_dropped_when_it_stops_answering() {
    let app = spawn_app(&format!("{}\n[limits]\nping_secs = 1", common::staff::staff_config(""))).await;
    let anna = common::staff::login(&app, "anna").await;
    let mut alive = common::staff::console(&app, &anna).await;
    let mut silent = common::staff::console(&app, &anna).await;
    let started = std::time::Instant::now();
    let mut pinged = false;
    // The live console reads (and so answers pings) for five intervals.
    while started.elapsed() < Duration::from_secs(5) {
        if let Ok(Some(Ok(Message::Ping(_)))) =
            tokio::time::timeout(Duration::from_millis(200), alive.ws.stream.next()).await
        {
            pinged = true;
        }
    }
    assert!(pinged, "the server pinged the console");
    // The silent one never read, so never answered: closed after three pings.
    let ended = tokio::time::timeout(Duration::from_secs(5), async {
        loop {
            match silent.ws.stream.next().await {
                Some(Ok(Message::Close(_))) | None | Some(Err(_)) => return true,
                Some(Ok(_)) => {}
            }
        }
    })
    .await;
    assert_eq!(ended, Ok(true), "the unresponsive console was dropped");
    alive
        .send(serde_json::json!({"type": "presence", "state": "away"}))
        .await;
    let answer = alive.until("presence", |f| f["type"] == "presence").await;
    assert_eq!(answer["state"], "away", "the answering console is still served");
}

/// `lotsa check` with `env`: whether it passed, and its standard error.
fn check_with(env: &[(&str, &str)]) -> (bool, String) {
    let config = tempfile::NamedTempFile::new().unwrap();
    std::fs::write(config.path(), settings_toml("")).unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_lotsa"))
        .arg("check")
        .env("LOTSA_CONFIG", config.path())
        .envs(env.iter().copied())
        .output()
        .unwrap();
    (out.status.success(), String::from_utf8_lossy(&out.stderr).into_owned())
}

/// Issue 22.4: a container or unit behind a proxy sets every `[limits]` key in its
/// environment, so the shipped compose and k8s files can count people, not the proxy.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_limit_is_set_from_the_environment() {
    let server = Binary::start(
        "",
        &[
            ("LOTSA_LIMITS_CLIENT_ADDRESS", "x-forwarded-for"),
            ("LOTSA_LIMITS_MAX_CONNECTIONS", "3"),
            ("LOTSA_LIMITS_MAX_CONNECTIONS_PER_ADDRESS", "1"),
            ("LOTSA_LIMITS_PING_SECS", "5"),
        ],
    );
    let _a = from_url(&server.ws_url(), "192.0.2.1").await.unwrap();
    assert_eq!(
        from_url(&server.ws_url(), "192.0.2.1").await.err(),
        Some(503),
        "one per address, counted from X-Forwarded-For"
    );
    let _b = from_url(&server.ws_url(), "192.0.2.2").await.unwrap();
    let _c = from_url(&server.ws_url(), "192.0.2.3").await.unwrap();
    assert_eq!(
        from_url(&server.ws_url(), "192.0.2.4").await.err(),
        Some(503),
        "three in total"
    );
    for (name, bad, key) in [
        ("LOTSA_LIMITS_MAX_CONNECTIONS", "0", "limits.max_connections"),
        (
            "LOTSA_LIMITS_MAX_CONNECTIONS_PER_ADDRESS",
            "0",
            "limits.max_connections_per_address",
        ),
        ("LOTSA_LIMITS_CLIENT_ADDRESS", "header", "limits.client_address"),
        ("LOTSA_LIMITS_PING_SECS", "0", "limits.ping_secs"),
        ("LOTSA_LIMITS_HEADER_TIMEOUT_SECS", "0", "limits.header_timeout_secs"),
        (
            "LOTSA_LIMITS_OPENS_PER_ADDRESS_PER_MINUTE",
            "0",
            "limits.opens_per_address_per_minute",
        ),
        ("LOTSA_LIMITS_MAX_CONVERSATIONS", "0", "limits.max_conversations"),
    ] {
        let (ok, stderr) = check_with(&[(name, bad)]);
        // figment names a variable's key in capitals (`LIMITS.CLIENT_ADDRESS`).
        assert!(!ok && stderr.to_lowercase().contains(key), "{name}={bad}: {stderr}");
    }
}

/// Issue 22.4: behind a proxy with `client_address = "peer"`, the operator is told once,
/// and the log carries no address.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_forwarded_address_while_counting_peers_is_warned_once_without_it() {
    let server = Binary::start("", &[]);
    for _ in 0..3 {
        let _ws = from_url(&server.ws_url(), "203.0.113.77").await.unwrap();
    }
    let warning = "X-Forwarded-For but [limits] client_address is \\\"peer\\\"";
    let mut log = server.log();
    for _ in 0..100 {
        if log.contains(warning) {
            break;
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
        log = server.log();
    }
    assert_eq!(log.matches(warning).count(), 1, "{log}");
    assert!(!log.contains("203.0.113"), "no address in the log: {log}");

    let behind_proxy = Binary::start("[limits]\nclient_address = \"x-forwarded-for\"", &[]);
    let _ws = from_url(&behind_proxy.ws_url(), "203.0.113.77").await.unwrap();
    tokio::time::sleep(Duration::from_millis(200)).await;
    assert!(
        !behind_proxy.log().contains("X-Forwarded-For"),
        "{}",
        behind_proxy.log()
    );
}

/// Issue 22.14: a refusal lotsa means (503: full, an address at its limit) is counted in
/// `/metrics`, not written as an ERROR line for every person in a crowd or a flood.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_refusal_is_not_logged_as_an_error() {
    let server = Binary::start(
        "",
        &[
            ("LOTSA_LIMITS_CLIENT_ADDRESS", "x-forwarded-for"),
            ("LOTSA_LIMITS_MAX_CONNECTIONS_PER_ADDRESS", "1"),
        ],
    );
    let _held = from_url(&server.ws_url(), "192.0.2.1").await.unwrap();
    for _ in 0..5 {
        assert_eq!(from_url(&server.ws_url(), "192.0.2.1").await.err(), Some(503));
    }
    tokio::time::sleep(Duration::from_millis(200)).await;
    let log = server.log();
    assert!(!log.contains("\"level\":\"ERROR\""), "{log}");
    assert!(!log.contains("192.0.2"), "{log}");
}

/// Issue 22.8 (Slowloris): sockets that send nothing, or the start of a request head and
/// then nothing, are closed by the server after `header_timeout_secs` and counted in
/// `/metrics`; while they are open, an ordinary request and a web chat are still served.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn silent_and_trickling_sockets_are_cut_after_the_header_timeout() {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let app = spawn_app("[limits]\nheader_timeout_secs = 1").await;
    const EACH: usize = 20;
    let mut held = Vec::new();
    for n in 0..EACH * 2 {
        let mut socket = tokio::net::TcpStream::connect(app.addr).await.unwrap();
        if n % 2 == 1 {
            // Trickling: a request line and half a header, then nothing more.
            socket.write_all(b"GET /healthz HTTP/1.1\r\nHo").await.unwrap();
        }
        held.push(socket);
    }
    // Meanwhile others are served: a page and a chat.
    let page = reqwest::get(app.http("/healthz")).await.unwrap();
    assert_eq!(page.status(), 200);
    let mut ws = app.ws().await;
    assert!(ws.start(Some("en")).await.iter().any(|f| f["type"] == "ask"));
    // Each held socket is closed by the server: its read ends (EOF or a reset) without
    // an answer. Awaited, with a generous limit that fails the test when nothing cuts.
    for mut socket in held {
        let mut buf = [0u8; 256];
        let read = tokio::time::timeout(Duration::from_secs(10), socket.read(&mut buf)).await;
        match read {
            Ok(Ok(0)) | Ok(Err(_)) => {}
            Ok(Ok(n)) => panic!("an answer to an unfinished request: {:?}", &buf[..n]),
            Err(_) => panic!("a socket without a whole request head was held open"),
        }
    }
    until_metric(&app, &format!("lotsa_http_header_timeouts_total {}", EACH * 2)).await;
    // The upgraded chat is no HTTP request any more: it outlives the timeout.
    assert!(ws.choose("promise.ok").await.iter().any(|f| f["type"] == "ask"));
}

/// From issue 22's notes: an address that reconnects at once (a flooder getting a fresh
/// handshake, conversation and burst each time) is refused once it has opened
/// `opens_per_address_per_minute` connections: 503 before the upgrade, as for the other
/// limits, so the page shows its own localized "reconnecting" notice and backs off.
/// Another address is not affected; `/metrics` counts the refusals by reason only.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_address_that_keeps_reconnecting_is_refused_and_others_are_not() {
    let app = spawn_app("[limits]\nclient_address = \"x-forwarded-for\"\nopens_per_address_per_minute = 5").await;
    for _ in 0..5 {
        let mut ws = from(&app, "192.0.2.50").await.unwrap();
        assert!(ws.start(Some("en")).await.iter().any(|f| f["type"] == "ask"));
    }
    // Each one closed at once, so no connection limit is involved: only the rate.
    for _ in 0..20 {
        assert_eq!(from(&app, "192.0.2.50").await.err(), Some(503), "reconnecting at once");
    }
    let mut other = from(&app, "192.0.2.51").await.unwrap();
    assert!(other.start(Some("sv")).await.iter().any(|f| f["type"] == "ask"));
    until_metric(&app, "lotsa_web_cut_total{reason=\"Rate\"} 20").await;
    assert!(!metrics(&app).await.contains("192.0.2"), "no address in /metrics");
}

/// Fresh conversations, `n` of them, as fast as `parallel` clients can open them: the
/// page without JavaScript, where each first button press (a POST without a token)
/// starts one.
async fn open_conversations(server: &Binary, n: usize, parallel: usize) {
    let client = reqwest::Client::new();
    let url = server.http("/chat/basic");
    futures_util::stream::iter(0..n)
        .for_each_concurrent(parallel, |_| {
            let (client, url) = (&client, &url);
            async move {
                let page = client.post(url).form(&[("choose", "lang.sv")]).send().await.unwrap();
                assert_eq!(page.status(), 200);
                page.bytes().await.unwrap();
            }
        })
        .await;
}

/// A number from the metrics text (`0` when the line is absent).
fn metric_value(text: &str, name: &str) -> u64 {
    text.lines()
        .find_map(|l| l.strip_prefix(name)?.strip_prefix(' ')?.parse().ok())
        .unwrap_or(0)
}

/// From issue 22's notes: the memory store has a bound. One address opening fresh
/// conversations as fast as it can grew the process from 16 MB to 193 MB, every one kept
/// for the idle time. With `max_conversations`, each new one beyond the bound evicts the
/// one idle longest, counted in `/metrics`, and the process's memory stays flat however
/// many are opened: the 60,000 here would otherwise keep some 20 MB.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_memory_store_is_bounded_under_churn() {
    const MAX: u64 = 1_000;
    const CHURN: u64 = 60_000;
    let server = Binary::start("", &[("LOTSA_LIMITS_MAX_CONVERSATIONS", "1000")]);
    // Up to the bound and past it, so the allocator has seen the store full.
    open_conversations(&server, 2 * MAX as usize, 8).await;
    let before = server.rss();
    open_conversations(&server, CHURN as usize, 8).await;
    let after = server.rss();
    let grown = after.saturating_sub(before);
    eprintln!(
        "VmRSS {} KB before, {} KB after {CHURN} more conversations: +{} KB",
        before / 1024,
        after / 1024,
        grown / 1024
    );
    let text = server.metrics().await;
    assert_eq!(
        metric_value(&text, "lotsa_store_evicted_total"),
        MAX + CHURN,
        "every conversation beyond the bound evicted one: {text}"
    );
    assert!(grown < 6 << 20, "the process grew by {} KB under churn", grown / 1024);
}
