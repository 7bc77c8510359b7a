//! Statistics counted in memory and flushed (issue 25): a step on Redis is one round trip
//! (the session's `SET`), the counts reach Redis in one transaction about once a second,
//! and the real binary stores the last counts before its shutdown completes.

mod common;

use std::collections::BTreeMap;
use std::time::{Duration, Instant};

use common::binary::Binary;
use common::redis::RedisServer;
use common::spawn_app_with_redis;

/// `INFO commandstats` as `command → calls`.
async fn calls(conn: &mut redis::aio::MultiplexedConnection) -> BTreeMap<String, u64> {
    let info: String = redis::cmd("INFO").arg("commandstats").query_async(conn).await.unwrap();
    info.lines()
        .filter_map(|l| l.strip_prefix("cmdstat_"))
        .filter_map(|l| {
            let (name, rest) = l.split_once(':')?;
            let n = rest.strip_prefix("calls=")?.split(',').next()?.parse().ok()?;
            Some((name.to_string(), n))
        })
        .collect()
}

/// Today's counters in Redis, `dimension\tvalue → n`.
async fn today(conn: &mut redis::aio::MultiplexedConnection) -> BTreeMap<String, u64> {
    let day = jiff::Timestamp::now()
        .to_zoned(jiff::tz::TimeZone::get("Europe/Stockholm").unwrap())
        .date();
    redis::cmd("HGETALL")
        .arg(format!("lotsa:stats:{day}"))
        .query_async(conn)
        .await
        .unwrap()
}

/// The ten steps of the benchmark path after a `start` (which counts the channel and the
/// language, and the steps count their answers: 8 increments a walk), each one `SET` on
/// Redis; the counts come in at most one transaction a second. Before counting moved
/// to memory each increment was its own `MULTI … EXEC` on the step's path: 8 `EXEC`s.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_step_on_redis_is_one_round_trip_and_counts_follow_in_one_transaction_a_second() {
    let redis = RedisServer::start().await;
    let app = spawn_app_with_redis(&redis.url(), "").await;
    let mut conn = redis.client().await;
    // Connections made (and the relay subscribed) before counting starts.
    let mut warm = app.ws().await;
    warm.start(Some("en")).await;
    drop(warm);
    redis::cmd("CONFIG")
        .arg("RESETSTAT")
        .query_async::<()>(&mut conn)
        .await
        .unwrap();
    let began = Instant::now();
    let mut ws = app.ws().await;
    ws.start(Some("sv")).await;
    let path = [
        "promise.ok",
        "safety.yes",
        "who.self",
        "check.start",
        "sign.yes",
        "sign.no",
        "sign.unsure",
        "sign.yes",
        "sign.no",
        "nav.back",
    ];
    for id in path {
        ws.choose(id).await;
    }
    let seen = calls(&mut conn).await;
    let elapsed = began.elapsed();
    let n = |c: &str| seen.get(c).copied().unwrap_or(0);
    assert_eq!(n("set"), 11, "one SET per message: {seen:?}");
    assert_eq!(n("getex") + n("get"), 0, "the connection keeps the state: {seen:?}");
    // The flusher's transactions: one a second at most (and the one at its first tick).
    let flushes = elapsed.as_secs() + 2;
    assert!(
        n("exec") <= flushes,
        "counts flushed at most once a second, not per step ({} s): {seen:?}",
        elapsed.as_secs_f64()
    );
    assert_eq!(n("multi"), n("exec"), "{seen:?}");
    // Everything counted arrives, within about a second, and nothing else was asked.
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        let counted = today(&mut conn).await;
        if counted.get("language\tsv") == Some(&1) {
            assert_eq!(counted.get("channel\tweb"), Some(&2), "{counted:?}");
            break;
        }
        assert!(Instant::now() < deadline, "never flushed: {counted:?}");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let seen = calls(&mut conn).await;
    // Besides the steps and the flushes: the test's own INFO, CONFIG and HGETALL, the
    // store's PING, and the mailbox's sweeper (one SMEMBERS per region, at startup and
    // then a minute apart), which may fall inside the window.
    let expected = [
        "set", "multi", "hincrby", "expire", "exec", "info", "config", "ping", "hgetall", "smembers",
    ];
    assert!(
        seen.keys()
            .all(|c| expected.contains(&c.split('|').next().unwrap_or(c))),
        "only the steps and the flushes reached Redis: {seen:?}"
    );
}

/// SIGTERM right after counting: the counts are in Redis once the process has exited,
/// though the flusher's next tick would have been up to a second later.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_last_counts_are_flushed_before_shutdown_completes() {
    let redis = RedisServer::start().await;
    let mut conn = redis.client().await;
    let mut process = Binary::start(&format!("redis_url = \"{}\"", redis.url()), &[]);
    for _ in 0..3 {
        let mut ws = process.ws().await;
        ws.start(Some("uk")).await;
        ws.choose("promise.ok").await;
    }
    process.terminate();
    assert!(process.exit_within(Duration::from_secs(10)).await.success());
    let counted = today(&mut conn).await;
    assert_eq!(counted.get("language\tuk"), Some(&3), "{counted:?}");
    assert_eq!(counted.get("channel\tweb"), Some(&3), "{counted:?}");
}
