//! Mailbox benchmark (issues 23 and 25): many waiting items on a real `redis-server`, left
//! through the real [`Mailbox`] on a [`RedisKv`]; reports Redis memory per item and the
//! time a staff console's mailbox list takes (one region's, and everything for an admin).
//!
//! `cargo run --release --example mailbox_scale -- <redis-url> [items] [lists]`
//! (default 10,000 items and 200 lists). Use an empty Redis of its own
//! (`deploy/bench-reach.sh` starts one): the memory figure is `INFO memory` before and
//! after, and the items stay behind (each key has its 14-day TTL).

mod common;

use std::sync::Arc;
use std::time::{Duration, Instant};

use futures_util::StreamExt;
use lotsa::config::Settings;
use lotsa::mailbox::{Mailbox, Scope, system_clock};
use lotsa::privacy::{Roots, random_root};
use lotsa::region::Region;
use lotsa::session::kv::RedisKv;
use lotsa::session::redis_store::RedisConn;

use common::{usage_of, used_memory};

/// Items are spread roughly as people live: Stockholm most, then the west and the south.
const SHARE: [(Region, u32); 8] = [
    (Region::Stockholm, 30),
    (Region::Vast, 18),
    (Region::Syd, 15),
    (Region::Ost, 10),
    (Region::Mitt, 8),
    (Region::Bergslagen, 7),
    (Region::Nord, 6),
    (Region::National, 6),
];

/// Items being left at once (a busy campaign day squeezed into seconds).
const CONCURRENT: usize = 64;

/// A message of 280 characters, some of them two bytes in UTF-8 (as Swedish is): a
/// plausible first message, between a line and a long paragraph.
fn message(n: usize) -> String {
    let base = "Hej, jag behöver prata med någon om mitt boende och mitt arbete. ";
    let mut text = format!("#{n} ");
    while text.chars().count() < 280 {
        text.push_str(base);
    }
    text.chars().take(280).collect()
}

fn region_of(n: usize) -> Region {
    let total: u32 = SHARE.iter().map(|(_, s)| s).sum();
    let mut at = (n as u32 * 7919) % total;
    for (region, share) in SHARE {
        if at < share {
            return region;
        }
        at -= share;
    }
    Region::National
}

fn pct(sorted: &[Duration], p: f64) -> f64 {
    sorted[((sorted.len() as f64 - 1.0) * p).round() as usize].as_secs_f64() * 1e3
}

/// p50, p99 and max of `rounds` lists in `scope`, in ms, and the items each returned.
async fn time_lists(mailbox: &Mailbox, scope: Scope<'_>, rounds: usize) -> (f64, f64, f64, usize) {
    let mut times = Vec::with_capacity(rounds);
    let mut seen = 0;
    for _ in 0..rounds {
        let started = Instant::now();
        let items = mailbox.list(scope).await.expect("list");
        times.push(started.elapsed());
        seen = items.len();
    }
    times.sort();
    (pct(&times, 0.5), pct(&times, 0.99), pct(&times, 1.0), seen)
}

#[tokio::main]
async fn main() {
    let args: Vec<String> = std::env::args().collect();
    let url = args.get(1).expect("usage: mailbox_scale <redis-url> [items] [lists]");
    let items: usize = args.get(2).and_then(|s| s.parse().ok()).unwrap_or(10_000);
    let lists: usize = args.get(3).and_then(|s| s.parse().ok()).unwrap_or(200);

    let settings = Settings::from_toml(&format!("redis_url = \"{url}\"")).expect("settings");
    let conn = RedisConn::open(settings.redis.as_ref().unwrap()).expect("redis url");
    let mailbox = Arc::new(Mailbox::new(
        Arc::new(RedisKv::new(conn)),
        settings.mailbox.clone(),
        &Roots::single(random_root()),
        system_clock(),
    ));
    let mut probe = redis::Client::open(url.as_str())
        .unwrap()
        .get_multiplexed_async_connection()
        .await
        .expect("redis answers");
    let before = used_memory(&mut probe).await;

    let started = Instant::now();
    futures_util::stream::iter(0..items)
        .for_each_concurrent(CONCURRENT, |n| {
            let mailbox = mailbox.clone();
            async move {
                mailbox
                    .leave(region_of(n), "sv", &message(n), None)
                    .await
                    .expect("leave");
            }
        })
        .await;
    let left_in = started.elapsed();
    let after = used_memory(&mut probe).await;
    let (item_bytes, item_keys) = usage_of(&mut probe, "lotsa:{mailbox}:item:*").await;
    let (code_bytes, code_keys) = usage_of(&mut probe, "lotsa:{mailbox}:code:*").await;
    let (set_bytes, _) = usage_of(&mut probe, "lotsa:{mailbox}:region:*").await;
    assert_eq!(item_keys as usize, items, "every item stored");
    assert_eq!(code_keys as usize, items, "every code stored");

    let biggest = SHARE[0].0;
    let one = [biggest];
    let region = Scope {
        regions: &one,
        all: false,
    };
    let all = Scope {
        regions: &[],
        all: true,
    };
    let (r50, r99, rmax, rn) = time_lists(&mailbox, region, lists).await;
    let all_rounds = (lists / 10).max(10);
    let (a50, a99, amax, an) = time_lists(&mailbox, all, all_rounds).await;

    let per = |bytes: i64| bytes as f64 / items as f64;
    println!(
        "{items} waiting items left in {:.1} s ({CONCURRENT} at a time; 280-character messages)",
        left_in.as_secs_f64()
    );
    println!("  {:<58} {:>10}", "Redis memory per item", "bytes");
    println!(
        "  {:<58} {:>10.0}",
        "INFO used_memory after - before, / items",
        per(after - before)
    );
    println!(
        "  {:<58} {:>10.0}",
        "MEMORY USAGE: item key (sealed JSON), mean",
        per(item_bytes)
    );
    println!(
        "  {:<58} {:>10.0}",
        "MEMORY USAGE: code key (pointer), mean",
        per(code_bytes)
    );
    println!(
        "  {:<58} {:>10.0}",
        "MEMORY USAGE: region sets, / items",
        per(set_bytes)
    );
    println!(
        "  {:<58} {:>10.0}",
        "MEMORY USAGE: all of an item's keys",
        per(item_bytes + code_bytes + set_bytes)
    );
    println!(
        "  {:<58} {:>8} {:>8} {:>8}",
        "mailbox list (Mailbox::list)", "p50 ms", "p99 ms", "max ms"
    );
    println!(
        "  {:<58} {r50:>8.1} {r99:>8.1} {rmax:>8.1}",
        format!("one region ({}, {rn} items), {lists} lists", biggest.id())
    );
    println!(
        "  {:<58} {a50:>8.1} {a99:>8.1} {amax:>8.1}",
        format!("national/admin scope (all {an} items), {all_rounds} lists")
    );
    println!(
        "RESULT label=mailbox items={items} redis_bytes_per_item={:.0} usage_bytes_per_item={:.0} \
         region_items={rn} region_p50_ms={r50:.2} region_p99_ms={r99:.2} all_p50_ms={a50:.2} all_p99_ms={a99:.2}",
        per(after - before),
        per(item_bytes + code_bytes + set_bytes)
    );
}
