//! Benchmark of the Redis session store: user steps per second (engine step + the one
//! `SET … XX EX` round trip a web message costs) from many concurrent conversations, and
//! the bytes Redis uses per session (`MEMORY USAGE`). Compare with `redis-benchmark -t
//! get,set` against the same server (see docs/performance.md).
//!
//! `cargo run --release --example redis_steps -- <redis-url> [clients] [seconds]`
//! Writes only `lotsa:` keys with a short TTL, and erases them at the end.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::{Duration, Instant};

use lotsa::config::Settings;
use lotsa::content::Content;
use lotsa::dialogue::{self, Input, State};
use lotsa::session::redis_store::{RedisConn, RedisStore, session_key};
use lotsa::session::{Record, SessionKey, SessionStore};

#[path = "../benches/common/path.rs"]
mod path;
use path::PATH;

fn key(n: u64) -> SessionKey {
    let mut k = [0x5a; 16];
    k[..8].copy_from_slice(&n.to_le_bytes());
    SessionKey(k)
}

#[tokio::main]
async fn main() {
    let args: Vec<String> = std::env::args().collect();
    let url = args.get(1).expect("usage: redis_steps <redis-url> [clients] [seconds]");
    let clients: u64 = args.get(2).and_then(|s| s.parse().ok()).unwrap_or(50);
    let seconds: u64 = args.get(3).and_then(|s| s.parse().ok()).unwrap_or(10);
    let root = env!("CARGO_MANIFEST_DIR");
    let settings = Settings::from_toml(&format!(
        "flows_dir = \"{root}/flows\"\nlocales_dir = \"{root}/locales\"\nsession_idle_secs = 120\nredis_url = \"{url}\""
    ))
    .expect("settings");
    let content = Arc::new(Content::load(&settings).expect("content"));
    let conn = RedisConn::open(settings.redis.as_ref().unwrap()).expect("redis url");
    let store = Arc::new(RedisStore::new(conn.clone(), content.clone(), settings.session_idle));
    store.ping().await.expect("redis answers");

    let steps = Arc::new(AtomicU64::new(0));
    let stop = Arc::new(AtomicBool::new(false));
    let started = Instant::now();
    let mut tasks = Vec::new();
    for c in 0..clients {
        let (store, content, steps, stop) = (store.clone(), content.clone(), steps.clone(), stop.clone());
        tasks.push(tokio::spawn(async move {
            let langs: Vec<_> = content.locales.all().collect();
            let lang = langs[c as usize % langs.len()];
            let key = key(c);
            while !stop.load(Ordering::Relaxed) {
                let (mut state, _) = dialogue::step(
                    &content.flows,
                    &content.locales,
                    State::new(&content.flows, lang),
                    Input::Start { lang, chosen: true },
                );
                store.save(&key, &Record::new(state.clone())).await.expect("save");
                for id in PATH {
                    (state, _) = dialogue::step(&content.flows, &content.locales, state, Input::Choose(id));
                    assert!(store.update(&key, &Record::new(state.clone())).await.expect("update"));
                    steps.fetch_add(1, Ordering::Relaxed);
                }
            }
            store.erase(&key).await.expect("erase");
        }));
    }
    tokio::time::sleep(Duration::from_secs(seconds)).await;
    stop.store(true, Ordering::Relaxed);
    let elapsed = started.elapsed();
    for t in tasks {
        t.await.unwrap();
    }
    let n = steps.load(Ordering::Relaxed);
    println!(
        "{clients} clients, {:.1} s: {n} steps, {:.0} steps/s (each: engine step + one SET XX EX)",
        elapsed.as_secs_f64(),
        n as f64 / elapsed.as_secs_f64()
    );

    // Memory: sessions at every depth of the path (history grows with each step).
    let mut sizes = Vec::new();
    let lang = content.locales.by_code("sv").unwrap();
    let (mut state, _) = dialogue::step(
        &content.flows,
        &content.locales,
        State::new(&content.flows, lang),
        Input::Start { lang, chosen: true },
    );
    for (i, id) in PATH.iter().enumerate() {
        (state, _) = dialogue::step(&content.flows, &content.locales, state, Input::Choose(id));
        let k = key(1_000_000 + i as u64);
        store.save(&k, &Record::new(state.clone())).await.unwrap();
        let bytes: i64 = conn
            .query(redis::cmd("MEMORY").arg("USAGE").arg(session_key(&k)))
            .await
            .unwrap();
        let value: Vec<u8> = conn.query(redis::cmd("GET").arg(session_key(&k))).await.unwrap();
        sizes.push((i + 1, value.len(), bytes));
        store.erase(&k).await.unwrap();
    }
    println!("steps taken | value bytes | MEMORY USAGE bytes");
    for (steps, value, usage) in &sizes {
        println!("{steps} | {value} | {usage}");
    }
    let max = sizes.iter().map(|s| s.2).max().unwrap();
    println!("largest session on this path: {max} bytes");

    // Worst case the encoding allows: the longest node name everywhere, a full history,
    // a region and the longest language code.
    let longest = content
        .flows
        .ids()
        .max_by_key(|id| content.flows.node(*id).name.len())
        .unwrap();
    let lang = content
        .locales
        .all()
        .max_by_key(|l| content.locales.code(*l).len())
        .unwrap();
    // The longest answer a node records: its name and choice id are both stored.
    let answer = content
        .flows
        .ids()
        .flat_map(|id| {
            let node = content.flows.node(id);
            node.choices.iter().enumerate().map(move |(i, c)| {
                (
                    node.name.len() + c.id.len(),
                    dialogue::Answer {
                        node: id,
                        choice: i as u16,
                    },
                )
            })
        })
        .max_by_key(|(len, _)| *len)
        .unwrap()
        .1;
    let worst = State {
        lang,
        node: longest,
        history: vec![longest; dialogue::HISTORY_LIMIT],
        region: Some(lotsa::region::Region::Bergslagen),
        urgent: true,
        minor: true,
        answers: vec![answer; dialogue::ANSWER_LIMIT],
        case: dialogue::CaseCode::parse("K7QF2MXA"),
        mailbox: Some([0xa5; 32]),
    };
    let k = key(2_000_000);
    store.save(&k, &Record::new(worst)).await.unwrap();
    let bytes: i64 = conn
        .query(redis::cmd("MEMORY").arg("USAGE").arg(session_key(&k)))
        .await
        .unwrap();
    let value: Vec<u8> = conn.query(redis::cmd("GET").arg(session_key(&k))).await.unwrap();
    store.erase(&k).await.unwrap();
    println!(
        "worst case (`{}` x{} in history): value {} bytes, MEMORY USAGE {bytes} bytes",
        content.flows.node(longest).name,
        dialogue::HISTORY_LIMIT + 1,
        value.len()
    );
}
