//! Limits kept in memory and never stored or logged: token buckets (how often one socket,
//! or one conversation across all its sockets and chats, may send), what to do with a run
//! of refused frames, whether a long-lived socket is still there ([`Heartbeat`]), how
//! many web chat connections are open, in total and per client address, and how often one
//! address may open them ([`OpenRate`]), and which address a request counts as
//! ([`client_address`]).

use std::collections::HashMap;
use std::hash::{BuildHasher, Hash, RandomState};
use std::net::{IpAddr, SocketAddr};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use axum::http::HeaderMap;

use crate::config::ClientAddress;

/// Refused frames in a row after which a connection is closed instead of refused: a
/// client that keeps sending this far past its rate after being told is broken or
/// hostile, and each frame it sends still costs a read and a parse.
pub const FLOOD_RUN: u32 = 200;
/// Messages per second one conversation may send on average, across all its sockets and
/// chats, and the burst it may save up: as much as one web chat connection may, so one
/// tab is never limited by it, and many tabs or a Telegram chat no more.
pub const CONVERSATION_RATE_PER_SEC: f64 = 10.0;
pub const CONVERSATION_RATE_BURST: f64 = 30.0;
/// The fewest keyed buckets kept before a sweep looks for full ones to drop.
const SWEEP_FLOOR: usize = 1024;

/// The client address a per-address limit counts (the web chat's openings, the staff
/// login's lockout): the TCP peer, or behind a reverse proxy the last `X-Forwarded-For`
/// entry (the one that proxy appended; earlier ones are whatever the client sent).
/// `None` when it cannot be told, which counts in the totals only.
pub fn client_address(from: ClientAddress, peer: Option<SocketAddr>, headers: &HeaderMap) -> Option<IpAddr> {
    match from {
        ClientAddress::Peer => peer.map(|p| p.ip()),
        ClientAddress::XForwardedFor => headers
            .get_all("x-forwarded-for")
            .iter()
            .next_back()
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.rsplit(',').next())
            .and_then(|v| v.trim().parse().ok()),
    }
}

#[derive(Debug)]
pub struct TokenBucket {
    per_sec: f64,
    burst: f64,
    allowance: f64,
    last: Instant,
}

impl TokenBucket {
    /// `per_sec` frames a second on average, saving up at most `burst`.
    pub fn new(per_sec: f64, burst: f64) -> TokenBucket {
        TokenBucket {
            per_sec,
            burst,
            allowance: burst,
            last: Instant::now(),
        }
    }

    /// Takes one token; `true` when there was none (the frame is refused).
    pub fn exhausted(&mut self) -> bool {
        let now = Instant::now();
        self.allowance = self.allowance_at(now);
        self.last = now;
        if self.allowance < 1.0 {
            return true;
        }
        self.allowance -= 1.0;
        false
    }

    fn allowance_at(&self, now: Instant) -> f64 {
        // A long pause refills at most the burst anyway; capping it avoids float blow-ups.
        let elapsed = now.duration_since(self.last).min(Duration::from_secs(10));
        (self.allowance + elapsed.as_secs_f64() * self.per_sec).min(self.burst)
    }

    /// Whether the bucket has refilled: then it is the same as a new one, and a keyed
    /// bucket can be forgotten without changing what it would answer.
    fn is_full(&self, now: Instant) -> bool {
        self.allowance_at(now) >= self.burst
    }
}

/// One token bucket per key (a conversation's pseudonym), so a conversation cannot send
/// faster by opening more sockets or tabs. In memory only; a bucket is dropped once it has
/// refilled, so the map holds only the keys that sent something in the last few seconds.
#[derive(Debug)]
pub struct KeyedBuckets<K> {
    per_sec: f64,
    burst: f64,
    buckets: Mutex<Buckets<K>>,
}

#[derive(Debug)]
struct Buckets<K> {
    map: HashMap<K, (TokenBucket, Refusals)>,
    /// Sweep when the map reaches this size; twice what the last sweep left, so sweeping
    /// costs O(1) per call on average.
    sweep_at: usize,
}

impl<K: Hash + Eq> KeyedBuckets<K> {
    pub fn new(per_sec: f64, burst: f64) -> KeyedBuckets<K> {
        KeyedBuckets {
            per_sec,
            burst,
            buckets: Mutex::new(Buckets {
                map: HashMap::new(),
                sweep_at: SWEEP_FLOOR,
            }),
        }
    }

    /// Takes one token from `key`'s bucket; `true` when there was none.
    pub fn exhausted(&self, key: K) -> bool {
        self.with(key, |bucket, _| bucket.exhausted())
    }

    /// Takes one token from `key`'s bucket, and says what to do with the message given
    /// the key's own run of refusals (for a channel without a connection, like Telegram).
    pub fn admit(&self, key: K) -> Verdict {
        self.with(key, |bucket, run| run.verdict(bucket.exhausted()))
    }

    fn with<T>(&self, key: K, f: impl FnOnce(&mut TokenBucket, &mut Refusals) -> T) -> T {
        let mut buckets = self.buckets.lock().unwrap_or_else(|e| e.into_inner());
        if buckets.map.len() >= buckets.sweep_at {
            // A refilled bucket has not refused anything for a while either, so its run
            // of refusals is over too: forgetting both changes nothing.
            let now = Instant::now();
            buckets.map.retain(|_, (b, _)| !b.is_full(now));
            buckets.sweep_at = (buckets.map.len() * 2).max(SWEEP_FLOOR);
        }
        let (per_sec, burst) = (self.per_sec, self.burst);
        let (bucket, run) = buckets
            .map
            .entry(key)
            .or_insert_with(|| (TokenBucket::new(per_sec, burst), Refusals::default()));
        f(bucket, run)
    }

    /// How many keys have a bucket now (for tests of the sweep).
    pub fn len(&self) -> usize {
        self.buckets.lock().unwrap_or_else(|e| e.into_inner()).map.len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// What to do with a data frame, given whether a bucket refused it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    /// Within the rate: handle it.
    Pass,
    /// The first refused frame of a run: drop it and say so (`rate_limited`).
    Tell,
    /// Refused again: drop it without an answer. Answering every flooded frame cost a
    /// frame written per frame read, and the flooder a whole core of the server.
    Drop,
    /// [`FLOOD_RUN`] refused in a row: close the connection.
    Close,
}

/// A connection's run of refused frames.
#[derive(Debug, Default)]
pub struct Refusals {
    in_row: u32,
}

impl Refusals {
    pub fn verdict(&mut self, refused: bool) -> Verdict {
        if !refused {
            self.in_row = 0;
            return Verdict::Pass;
        }
        self.in_row = self.in_row.saturating_add(1);
        match self.in_row {
            1 => Verdict::Tell,
            n if n >= FLOOD_RUN => Verdict::Close,
            _ => Verdict::Drop,
        }
    }
}

/// Whether the peer of a long-lived socket is still there, and whether it is still used.
/// The server pings every interval; a peer that has said nothing (not even a pong) for
/// [`UNANSWERED_PINGS`] intervals is gone, typically a phone that lost its network and so
/// never closed. Activity is separate: pongs prove presence, not use.
#[derive(Debug)]
pub struct Heartbeat {
    every: Duration,
    heard: tokio::time::Instant,
    active: tokio::time::Instant,
}

/// Pings in a row without a word from the peer before the connection is dropped.
pub const UNANSWERED_PINGS: u32 = 3;

/// What a heartbeat tick calls for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Beat {
    Ping,
    /// No word from the peer for [`UNANSWERED_PINGS`] intervals: close.
    Unresponsive,
    /// No frame and no news for the idle time: close.
    Idle,
}

impl Heartbeat {
    pub fn new(every: Duration) -> Heartbeat {
        Heartbeat::at(every, tokio::time::Instant::now())
    }

    fn at(every: Duration, now: tokio::time::Instant) -> Heartbeat {
        Heartbeat {
            every,
            heard: now,
            active: now,
        }
    }

    /// The ticks to ping on, the first one interval from now.
    pub fn interval(&self) -> tokio::time::Interval {
        let start = tokio::time::Instant::now() + self.every;
        let mut ticks = tokio::time::interval_at(start, self.every);
        ticks.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        ticks
    }

    /// A ping or pong: the peer is there.
    pub fn heard(&mut self) {
        self.heard = tokio::time::Instant::now();
    }

    /// A frame from the peer: there, and in use.
    pub fn active(&mut self) {
        self.heard();
        self.active = self.heard;
    }

    /// News for the peer: in use (a person reading a staff member's answers is not idle),
    /// but it says nothing of whether the peer is still there.
    pub fn news(&mut self) {
        self.active = tokio::time::Instant::now();
    }

    /// At a tick: ping, or close. `idle: None` never closes for lack of use.
    pub fn beat(&self, idle: Option<Duration>) -> Beat {
        self.beat_at(tokio::time::Instant::now(), idle)
    }

    fn beat_at(&self, now: tokio::time::Instant, idle: Option<Duration>) -> Beat {
        if now.duration_since(self.heard) >= self.every * UNANSWERED_PINGS {
            Beat::Unresponsive
        } else if idle.is_some_and(|idle| now.duration_since(self.active) >= idle) {
            Beat::Idle
        } else {
            Beat::Ping
        }
    }

    /// How long to wait for a peer to take what was sent: a ping interval.
    pub fn every(&self) -> Duration {
        self.every
    }
}

/// Why a connection was refused; a fixed set, so a metric label can never hold an address.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refused {
    /// The instance has its maximum of open connections.
    Full,
    /// This client address has its maximum of open connections.
    Address,
    /// This client address opens connections faster than [`OpenRate`] allows.
    Rate,
}

/// How often one client address may open a web chat connection: at most `n` a minute on
/// average, `n` at once after a quiet minute. A flooder that reconnects as soon as it is
/// closed would otherwise get a fresh handshake, a fresh conversation and a fresh burst
/// of frames each time. An IPv6 address counts by its /64, which one machine usually has
/// whole.
///
/// No address is kept, not even here: each is reduced to a keyed hash (SipHash under a
/// random key made for this process, never written anywhere), and its bucket is dropped
/// once it has refilled, a minute after the address last opened a connection.
#[derive(Debug)]
pub struct OpenRate {
    key: RandomState,
    buckets: KeyedBuckets<u64>,
}

impl OpenRate {
    pub fn per_minute(n: u32) -> OpenRate {
        let n = f64::from(n.max(1));
        OpenRate {
            key: RandomState::new(),
            buckets: KeyedBuckets::new(n / 60.0, n),
        }
    }

    /// Counts one opening from `address`; `true` when it is one too many.
    pub fn exhausted(&self, address: IpAddr) -> bool {
        self.buckets.exhausted(self.key.hash_one(block(address)))
    }
}

/// The part of an address one client holds: an IPv4 address (also IPv4-mapped), or an
/// IPv6 /64.
fn block(address: IpAddr) -> IpAddr {
    match address {
        IpAddr::V4(_) => address,
        IpAddr::V6(v6) => match v6.to_ipv4_mapped() {
            Some(v4) => IpAddr::V4(v4),
            None => {
                let s = v6.segments();
                IpAddr::V6(std::net::Ipv6Addr::new(s[0], s[1], s[2], s[3], 0, 0, 0, 0))
            }
        },
    }
}

/// Open web chat connections, in total and per client address. The addresses live only
/// in this map, only while a connection from them is open.
#[derive(Debug)]
pub struct ConnectionLimits {
    max_total: usize,
    max_per_address: usize,
    /// How often one address may open a connection; `None`: unlimited.
    opens: Option<OpenRate>,
    open: Mutex<Open>,
}

#[derive(Debug, Default)]
struct Open {
    total: usize,
    by_address: HashMap<IpAddr, usize>,
}

/// One open connection, counted until dropped, however the connection ends.
#[derive(Debug)]
pub struct ConnectionPermit {
    limits: Arc<ConnectionLimits>,
    address: Option<IpAddr>,
}

impl ConnectionLimits {
    pub fn new(max_total: usize, max_per_address: usize) -> ConnectionLimits {
        ConnectionLimits {
            max_total,
            max_per_address,
            opens: None,
            open: Mutex::new(Open::default()),
        }
    }

    /// Also limits how often one address may open a connection ([`OpenRate`]).
    pub fn with_open_rate(self, per_minute: u32) -> ConnectionLimits {
        ConnectionLimits {
            opens: Some(OpenRate::per_minute(per_minute)),
            ..self
        }
    }

    /// Counts a new connection from `address` (unknown: counted in the total only), or
    /// says why it is refused.
    pub fn try_open(self: &Arc<Self>, address: Option<IpAddr>) -> Result<ConnectionPermit, Refused> {
        // First, so an address that floods is refused before anything else is counted.
        if let (Some(opens), Some(address)) = (&self.opens, address)
            && opens.exhausted(address)
        {
            return Err(Refused::Rate);
        }
        let mut open = self.lock();
        if open.total >= self.max_total {
            return Err(Refused::Full);
        }
        if let Some(address) = address {
            let count = open.by_address.entry(address).or_insert(0);
            if *count >= self.max_per_address {
                return Err(Refused::Address);
            }
            *count += 1;
        }
        open.total += 1;
        Ok(ConnectionPermit {
            limits: self.clone(),
            address,
        })
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Open> {
        self.open.lock().unwrap_or_else(|e| e.into_inner())
    }
}

impl Drop for ConnectionPermit {
    fn drop(&mut self) {
        let mut open = self.limits.lock();
        open.total -= 1;
        if let Some(address) = self.address
            && let Some(count) = open.by_address.get_mut(&address)
        {
            *count -= 1;
            // No entry outlives the address's last connection.
            if *count == 0 {
                open.by_address.remove(&address);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_burst_then_refusal() {
        let mut bucket = TokenBucket::new(1.0, 3.0);
        assert!(!bucket.exhausted() && !bucket.exhausted() && !bucket.exhausted());
        assert!(bucket.exhausted());
    }

    #[test]
    fn keyed_buckets_are_shared_per_key_and_full_ones_are_swept() {
        let buckets = KeyedBuckets::new(1.0, 2.0);
        assert!(!buckets.exhausted(1u32) && !buckets.exhausted(1));
        assert!(buckets.exhausted(1), "the key's own burst is spent");
        assert!(!buckets.exhausted(2), "another key has its own");
        // Many keys, each sending once: the sweep drops none until they refill, and the
        // refused key's bucket is never dropped early (that would reset its limit).
        for k in 3..(SWEEP_FLOOR as u32 + 10) {
            buckets.exhausted(k);
        }
        assert!(buckets.exhausted(1), "still refused after a sweep");
        assert!(buckets.len() > SWEEP_FLOOR);
        // The key's run of refusals: told once, then dropped.
        assert_eq!(buckets.admit(2), Verdict::Pass, "its second token");
        assert_eq!(buckets.admit(2), Verdict::Tell);
        assert_eq!(buckets.admit(2), Verdict::Drop);
    }

    #[test]
    fn a_full_bucket_is_forgotten_at_the_next_sweep() {
        // A rate so high that every bucket is full again by the next call.
        let buckets = KeyedBuckets::new(1e9, 1.0);
        for k in 0..(SWEEP_FLOOR as u32 * 3) {
            assert!(!buckets.exhausted(k));
        }
        assert!(buckets.len() <= SWEEP_FLOOR, "{} buckets kept", buckets.len());
    }

    #[test]
    fn a_run_of_refusals_is_told_once_then_dropped_then_closed() {
        let mut run = Refusals::default();
        assert_eq!(run.verdict(false), Verdict::Pass);
        assert_eq!(run.verdict(true), Verdict::Tell);
        for _ in 2..FLOOD_RUN {
            assert_eq!(run.verdict(true), Verdict::Drop);
        }
        assert_eq!(run.verdict(true), Verdict::Close);
        assert_eq!(
            run.verdict(false),
            Verdict::Pass,
            "a frame within the rate ends the run"
        );
        assert_eq!(run.verdict(true), Verdict::Tell);
    }

    #[test]
    fn a_heartbeat_pings_then_closes_when_unanswered_or_idle() {
        let every = Duration::from_secs(10);
        let start = tokio::time::Instant::now();
        let mut beat = Heartbeat::at(every, start);
        let long = Some(every * 10);
        assert_eq!(beat.beat_at(start + every, long), Beat::Ping);
        assert_eq!(beat.beat_at(start + every * 3, long), Beat::Unresponsive);
        // A pong at 3 intervals: there, but not in use.
        beat.heard = start + every * 3;
        assert_eq!(beat.beat_at(start + every * 3, Some(every * 2)), Beat::Idle);
        assert_eq!(beat.beat_at(start + every * 3, None), Beat::Ping, "no idle limit");
        beat.active = start + every * 3;
        assert_eq!(beat.beat_at(start + every * 4, Some(every * 2)), Beat::Ping);
        assert_eq!(beat.beat_at(start + every * 5, Some(every * 2)), Beat::Idle);
    }

    #[test]
    fn opening_is_limited_per_address_block_and_keeps_no_address() {
        let limits = Arc::new(ConnectionLimits::new(100, 100).with_open_rate(3));
        let a: IpAddr = "2001:db8:1:2:aaaa::1".parse().unwrap();
        let same_block: IpAddr = "2001:db8:1:2:bbbb::2".parse().unwrap();
        let other: IpAddr = "2001:db8:1:3::1".parse().unwrap();
        for _ in 0..3 {
            drop(limits.try_open(Some(a)).unwrap());
        }
        assert_eq!(limits.try_open(Some(a)).unwrap_err(), Refused::Rate);
        assert_eq!(
            limits.try_open(Some(same_block)).unwrap_err(),
            Refused::Rate,
            "the same /64"
        );
        let _other = limits.try_open(Some(other)).unwrap();
        let _unknown = limits.try_open(None).unwrap();
        // What the limiter holds: hashes, not addresses.
        let held = format!("{:?}", limits.opens);
        assert!(!held.contains("2001") && !held.contains("db8"), "{held}");
    }

    #[test]
    fn connections_are_limited_in_total_and_per_address_and_forgotten_when_closed() {
        let limits = Arc::new(ConnectionLimits::new(3, 2));
        let (a, b, c): (IpAddr, IpAddr, IpAddr) = (
            "192.0.2.1".parse().unwrap(),
            "192.0.2.2".parse().unwrap(),
            "192.0.2.3".parse().unwrap(),
        );
        let a1 = limits.try_open(Some(a)).unwrap();
        let _a2 = limits.try_open(Some(a)).unwrap();
        assert_eq!(limits.try_open(Some(a)).unwrap_err(), Refused::Address);
        let _b1 = limits.try_open(Some(b)).unwrap();
        assert_eq!(limits.try_open(Some(c)).unwrap_err(), Refused::Full);
        drop(a1);
        let _c1 = limits.try_open(Some(c)).unwrap();
        assert_eq!(limits.try_open(None).unwrap_err(), Refused::Full);
        drop(_c1);
        assert!(
            !limits.lock().by_address.contains_key(&c),
            "no address outlives its connections"
        );
    }
}
