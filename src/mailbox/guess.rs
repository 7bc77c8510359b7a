//! Against guessing receipt codes: how many codes one requester (a client address on the
//! web, a chat's pseudonym on Telegram) and the whole instance may try, and the fixed
//! time every answer to a code takes, so a wrong code cannot be told from a right one by
//! how fast it is answered.

use std::sync::Mutex;
use std::time::Duration;

use hmac::{Hmac, Mac};
use rand::RngCore;
use sha2::Sha256;

use crate::limit::{KeyedBuckets, TokenBucket};

/// Every answer to a code (found or not, opened, deleted or replied to) is sent this long
/// after the request began, at the earliest. Far above a store round trip, so the work
/// behind a right code (reading, unsealing, saving the conversation) never shows.
pub const ANSWER_FLOOR: Duration = Duration::from_millis(400);

/// Codes one requester may try: a burst of 10, then one every 30 seconds (2 a minute).
/// Enough for a person who mistypes a few times; hopeless for 10^16 codes.
const PER_REQUESTER_PER_SEC: f64 = 1.0 / 30.0;
const PER_REQUESTER_BURST: f64 = 10.0;
/// Codes the whole instance answers: a burst of 300, then 5 a second, so many addresses
/// together cannot try much faster than a few.
const PER_INSTANCE_PER_SEC: f64 = 5.0;
const PER_INSTANCE_BURST: f64 = 300.0;

/// Which limit refused a try; a fixed set for `/metrics`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refused {
    /// This address or chat tried too many codes.
    Requester,
    /// The instance as a whole answers no more codes for now.
    Instance,
}

/// The limits, in memory (each instance its own). Requesters are kept by a keyed hash
/// under a key drawn for this process alone, so not even this map holds an address.
pub struct GuessLimit {
    key: [u8; 32],
    per_requester: KeyedBuckets<[u8; 16]>,
    instance: Mutex<TokenBucket>,
}

impl Default for GuessLimit {
    fn default() -> Self {
        GuessLimit::new(PER_REQUESTER_BURST, PER_INSTANCE_BURST)
    }
}

impl std::fmt::Debug for GuessLimit {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("GuessLimit(..)")
    }
}

impl GuessLimit {
    /// Limits with the given bursts (tests use small ones); the rates are fixed.
    pub fn new(per_requester_burst: f64, instance_burst: f64) -> GuessLimit {
        let mut key = [0u8; 32];
        rand::rng().fill_bytes(&mut key);
        GuessLimit {
            key,
            per_requester: KeyedBuckets::new(PER_REQUESTER_PER_SEC, per_requester_burst),
            instance: Mutex::new(TokenBucket::new(PER_INSTANCE_PER_SEC, instance_burst)),
        }
    }

    /// Takes one try for `requester` (an address's bytes, a pseudonym): `Err` when it or
    /// the instance has none left. The requester's own limit is checked first, so one
    /// guesser does not use up the instance's tries for everyone else.
    pub fn admit(&self, requester: &[u8]) -> Result<(), Refused> {
        let mut mac = <Hmac<Sha256> as Mac>::new_from_slice(&self.key).expect("HMAC takes any key length");
        mac.update(requester);
        let mut id = [0u8; 16];
        id.copy_from_slice(&mac.finalize().into_bytes()[..16]);
        if self.per_requester.exhausted(id) {
            return Err(Refused::Requester);
        }
        let mut instance = self.instance.lock().unwrap_or_else(|e| e.into_inner());
        if instance.exhausted() {
            return Err(Refused::Instance);
        }
        Ok(())
    }
}

/// Holds an answer until [`ANSWER_FLOOR`] after the request began.
#[derive(Debug, Clone, Copy)]
pub struct Floor(tokio::time::Instant);

impl Floor {
    /// The request begins now.
    pub fn start() -> Floor {
        Floor(tokio::time::Instant::now())
    }

    /// Waits until the floor has passed (at once if it has).
    pub async fn wait(self) {
        tokio::time::sleep_until(self.0 + ANSWER_FLOOR).await;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_requester_runs_out_before_the_instance() {
        let limit = GuessLimit::new(3.0, 5.0);
        for _ in 0..3 {
            assert_eq!(limit.admit(b"a"), Ok(()));
        }
        assert_eq!(limit.admit(b"a"), Err(Refused::Requester));
        assert_eq!(limit.admit(b"b"), Ok(()));
        assert_eq!(limit.admit(b"c"), Ok(()));
        assert_eq!(limit.admit(b"d"), Err(Refused::Instance));
    }
}
