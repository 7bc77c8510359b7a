//! A per-connection token bucket: how often one socket may send frames. Kept in memory,
//! never stored; the web chat and the staff console each hold one per connection.

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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_burst_then_refusal() {
        let mut bucket = TokenBucket::new(1.0, 3.0);
        assert!(!bucket.exhausted() && !bucket.exhausted() && !bucket.exhausted());
        assert!(bucket.exhausted());
    }
}
