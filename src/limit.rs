//! Limits kept in memory and never stored or logged: a per-connection token bucket (how
//! often one socket may send frames; the web chat and the staff console each hold one),
//! and how many web chat connections are open, in total and per client address.

use std::collections::HashMap;
use std::net::IpAddr;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

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
        // A long pause refills at most the burst anyway; capping it avoids float blow-ups.
        let elapsed = now.duration_since(self.last).min(Duration::from_secs(10));
        self.last = now;
        self.allowance = (self.allowance + elapsed.as_secs_f64() * self.per_sec).min(self.burst);
        if self.allowance < 1.0 {
            return true;
        }
        self.allowance -= 1.0;
        false
    }
}

/// Why a connection was refused; a fixed set, so a metric label can never hold an address.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refused {
    /// The instance has its maximum of open connections.
    Full,
    /// This client address has its maximum of open connections.
    Address,
}

/// Open web chat connections, in total and per client address. The addresses live only
/// in this map, only while a connection from them is open.
#[derive(Debug)]
pub struct ConnectionLimits {
    max_total: usize,
    max_per_address: usize,
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
            open: Mutex::new(Open::default()),
        }
    }

    /// Counts a new connection from `address` (unknown: counted in the total only), or
    /// says why it is refused.
    pub fn try_open(self: &Arc<Self>, address: Option<IpAddr>) -> Result<ConnectionPermit, Refused> {
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
