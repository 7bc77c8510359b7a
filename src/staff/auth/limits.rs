//! Failed-login limits, in process memory only: an account is locked per address (not
//! everywhere, so no one can lock a staff member out by knowing their id), an address is
//! limited over every account, and an account that fails from many addresses is slowed
//! down for everyone, never locked.
//!
//! The trade-off against password spraying: an attacker with `k` addresses gets at most
//! [`ACCOUNT_FAILURES`] guesses per account and [`ADDRESS_FAILURES`] guesses in all from
//! each address per [`RATE_WINDOW`], so `5k` guesses at one account; once an account has
//! [`SLOW_AFTER`] failures in the window every attempt at it waits (up to [`SLOW_MAX`]),
//! which bounds one client's serial guessing to one per [`SLOW_MAX`] but not many
//! clients guessing in parallel. A TOTP code on the account is what makes guessing
//! hopeless; `docs/privacy.md` says so.

use std::collections::{HashMap, VecDeque};
use std::hash::Hash;
use std::net::IpAddr;
use std::time::{Duration, Instant};

/// Failed logins at one account from one address (an IPv6 /64) within [`RATE_WINDOW`]
/// before that address gets 429 for that account.
pub const ACCOUNT_FAILURES: usize = 5;
/// Failed logins from one address within [`RATE_WINDOW`], over every account, before it
/// gets 429.
pub const ADDRESS_FAILURES: usize = 20;
/// How long a failed login counts.
pub const RATE_WINDOW: Duration = Duration::from_secs(15 * 60);
/// Failed logins at one account, from anywhere, within [`RATE_WINDOW`], before every
/// attempt at it is slowed down.
pub const SLOW_AFTER: usize = 5;
/// The first slowed attempt's wait; it doubles with each further failure...
pub const SLOW_FIRST: Duration = Duration::from_millis(250);
/// ...up to this.
pub const SLOW_MAX: Duration = Duration::from_secs(4);
/// Sweep the maps when they hold this many keys.
const SWEEP_AT: usize = 10_000;

/// How long an attempt at an account with `failures` recent failures (from anywhere)
/// waits before its password is checked.
pub fn slowdown(failures: usize) -> Duration {
    match failures.checked_sub(SLOW_AFTER) {
        None => Duration::ZERO,
        Some(over) => SLOW_FIRST
            .saturating_mul(1u32.checked_shl(over.min(31) as u32).unwrap_or(u32::MAX))
            .min(SLOW_MAX),
    }
}

/// The counters. An attempt counts as soon as it starts (so parallel guesses cannot
/// overrun a limit), and is taken back when it succeeds or is never checked.
#[derive(Default)]
pub struct RateLimits {
    pairs: Window<(String, IpAddr)>,
    addresses: Window<IpAddr>,
    accounts: Window<String>,
}

impl RateLimits {
    /// `None`: this address has too many recent failures, at this account or in all.
    /// Otherwise how long the attempt waits first (see [`slowdown`]).
    pub fn begin(&mut self, account: &str, addr: IpAddr, now: Instant) -> Option<Duration> {
        if self.pairs.len() + self.addresses.len() + self.accounts.len() > SWEEP_AT {
            self.pairs.sweep(now);
            self.addresses.sweep(now);
            self.accounts.sweep(now);
        }
        let pair = (account.to_string(), addr);
        if self.pairs.count(&pair, now) >= ACCOUNT_FAILURES || self.addresses.count(&addr, now) >= ADDRESS_FAILURES {
            return None;
        }
        let wait = slowdown(self.accounts.count(&account.to_string(), now));
        self.pairs.hit(pair, now);
        self.addresses.hit(addr, now);
        self.accounts.hit(account.to_string(), now);
        Some(wait)
    }

    /// A login succeeded: this address's failures at the account are forgiven and the
    /// attempt counts nowhere. Failures from other addresses stay: the address that made
    /// them stays locked, and the account stays slowed until they expire.
    pub fn succeeded(&mut self, account: &str, addr: IpAddr) {
        self.pairs.0.remove(&(account.to_string(), addr));
        self.addresses.take_back(&addr);
        self.accounts.take_back(&account.to_string());
    }

    /// An attempt that was never checked (every verification was busy) counts nowhere.
    pub fn not_checked(&mut self, account: &str, addr: IpAddr) {
        self.pairs.take_back(&(account.to_string(), addr));
        self.addresses.take_back(&addr);
        self.accounts.take_back(&account.to_string());
    }
}

struct Window<K>(HashMap<K, VecDeque<Instant>>);

impl<K> Default for Window<K> {
    fn default() -> Self {
        Window(HashMap::new())
    }
}

impl<K: Hash + Eq> Window<K> {
    fn len(&self) -> usize {
        self.0.len()
    }

    fn count(&mut self, key: &K, now: Instant) -> usize {
        match self.0.get_mut(key) {
            Some(hits) => {
                while hits.front().is_some_and(|t| now.duration_since(*t) >= RATE_WINDOW) {
                    hits.pop_front();
                }
                hits.len()
            }
            None => 0,
        }
    }

    fn hit(&mut self, key: K, now: Instant) {
        self.0.entry(key).or_default().push_back(now);
    }

    fn take_back(&mut self, key: &K) {
        if let Some(hits) = self.0.get_mut(key) {
            hits.pop_back();
            if hits.is_empty() {
                self.0.remove(key);
            }
        }
    }

    fn sweep(&mut self, now: Instant) {
        self.0
            .retain(|_, hits| hits.back().is_some_and(|t| now.duration_since(*t) < RATE_WINDOW));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::net::Ipv4Addr;

    fn ip(n: u8) -> IpAddr {
        IpAddr::V4(Ipv4Addr::new(10, 0, 0, n))
    }

    #[test]
    fn an_account_is_locked_per_address_and_slowed_everywhere() {
        let mut limits = RateLimits::default();
        let t = Instant::now();
        for _ in 0..ACCOUNT_FAILURES {
            assert_eq!(limits.begin("anna", ip(1), t), Some(Duration::ZERO));
        }
        assert_eq!(limits.begin("anna", ip(1), t), None, "locked from this address");
        assert!(limits.begin("anna", ip(2), t).is_some(), "not from another");
        assert!(limits.begin("bo", ip(1), t).is_some(), "nor for another account");
        assert_eq!(
            limits.begin("anna", ip(1), t + RATE_WINDOW),
            Some(Duration::ZERO),
            "failures expire"
        );

        // Rotating addresses: every one gets in line, slower and slower, up to the cap.
        let mut limits = RateLimits::default();
        let waits: Vec<Duration> = (0..12u8).map(|n| limits.begin("anna", ip(n), t).unwrap()).collect();
        assert_eq!(waits[..SLOW_AFTER], [Duration::ZERO; SLOW_AFTER]);
        assert_eq!(
            waits[SLOW_AFTER..SLOW_AFTER + 4],
            [250, 500, 1000, 2000].map(Duration::from_millis)
        );
        assert!(waits.iter().all(|w| *w <= SLOW_MAX));
        assert_eq!(waits[11], SLOW_MAX);
        assert_eq!(slowdown(usize::MAX), SLOW_MAX);
        // The staff member from a fresh address is slowed (bounded), not refused, and
        // the success does not unlock the attacker.
        assert_eq!(limits.begin("anna", ip(100), t), Some(SLOW_MAX));
        limits.succeeded("anna", ip(100));
        for _ in 0..ACCOUNT_FAILURES - 1 {
            assert!(limits.begin("anna", ip(1), t).is_some());
        }
        assert_eq!(limits.begin("anna", ip(1), t), None);
    }

    #[test]
    fn an_address_is_limited_over_every_account() {
        let mut limits = RateLimits::default();
        let t = Instant::now();
        for i in 0..ADDRESS_FAILURES {
            assert!(limits.begin(&format!("u{i}"), ip(1), t).is_some());
        }
        assert_eq!(limits.begin("fresh", ip(1), t), None);
        assert!(limits.begin("fresh", ip(2), t).is_some());
    }

    #[test]
    fn success_and_unchecked_attempts_count_nowhere() {
        let mut limits = RateLimits::default();
        let t = Instant::now();
        for _ in 0..ACCOUNT_FAILURES - 1 {
            assert!(limits.begin("bo", ip(1), t).is_some());
        }
        assert!(limits.begin("bo", ip(1), t).is_some());
        limits.succeeded("bo", ip(1));
        for _ in 0..ACCOUNT_FAILURES {
            assert!(limits.begin("bo", ip(1), t).is_some());
        }
        assert_eq!(limits.begin("bo", ip(1), t), None);
        let mut limits = RateLimits::default();
        for _ in 0..ADDRESS_FAILURES * 2 {
            assert!(limits.begin("cy", ip(3), t).is_some());
            limits.not_checked("cy", ip(3));
        }
        assert_eq!(limits.begin("cy", ip(3), t), Some(Duration::ZERO));
    }
}
