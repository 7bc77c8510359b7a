//! Password verification for staff login: argon2 with a bounded number of verifications at
//! once, a short queue in front of them, memory reused during a burst and given back after
//! it; the dummy hash unknown ids are verified against; the startup check that every
//! account hashes with the same parameters.

use std::collections::BTreeMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use argon2::password_hash::{Output, PasswordHash, Salt};
use argon2::{Algorithm, Argon2, Block, Params, Version};
use secrecy::{ExposeSecret, SecretString};
use subtle::ConstantTimeEq;
use tokio::sync::{OwnedSemaphorePermit, Semaphore};

/// Verifications at once: one per core, and never more than this, since each holds the
/// memory its hash's parameters ask for (19 MiB with the defaults) while it runs. Two
/// verify some 60 logins a second, far more than any staff needs, and keep a burst of
/// failed logins within 40 MiB of the process's size at rest (the k8s manifest allows
/// 256 MiB in all).
pub const MAX_PARALLEL: usize = 2;
/// How long a login waits for a free verification before it is answered 429 `busy`.
pub const QUEUE_WAIT: Duration = Duration::from_secs(2);
/// Each verification's memory is reserved with at least this capacity. glibc serves an
/// allocation above 32 MiB from a mapping of its own and unmaps it when it is freed; a
/// smaller one, after the first, comes from a thread's heap arena and stays in the process
/// (that is how 20 failed logins once kept 340 MB). Pages beyond what the parameters use
/// are never touched, so they never become resident.
const MAPPED_BYTES: usize = 33 << 20;
/// Salt of the dummy hash unknown accounts are verified against ("lotsa-dummy-salt").
const DUMMY_SALT: &str = "bG90c2EtZHVtbXktc2FsdA";
/// The dummy hash when no account is configured: argon2's default parameters, which
/// `hash_password` uses too; its output matches no password anyone knows.
pub const DEFAULT_DUMMY: &str =
    "$argon2id$v=19$m=19456,t=2,p=1$bG90c2EtZHVtbXktc2FsdA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";

/// No verification could start within [`QUEUE_WAIT`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("every password verification is busy")]
pub struct Busy;

/// Runs argon2 verifications, at most `parallel` at once, each in memory of its own that
/// is reused while others wait and given back when none runs or waits.
pub struct Verifier {
    permits: Arc<Semaphore>,
    parallel: usize,
    /// Blocks of the most demanding configured hash: every buffer holds that many.
    blocks: usize,
    pool: Mutex<Vec<Vec<Block>>>,
}

impl Verifier {
    /// `hashes`: the PHC strings that will be verified (the accounts' and the dummy).
    pub fn new<'a>(parallel: usize, hashes: impl IntoIterator<Item = &'a str>) -> Verifier {
        let blocks = hashes
            .into_iter()
            .filter_map(|h| parameters(h).map(|(_, _, p)| p.block_count()))
            .max()
            .unwrap_or(Params::DEFAULT_M_COST as usize);
        let parallel = parallel.clamp(1, MAX_PARALLEL);
        Verifier {
            permits: Arc::new(Semaphore::new(parallel)),
            parallel,
            blocks,
            pool: Mutex::new(Vec::new()),
        }
    }

    /// Whether `password` matches `hash`, after waiting at most [`QUEUE_WAIT`] for a turn.
    pub async fn verify(self: &Arc<Self>, hash: String, password: SecretString) -> Result<bool, Busy> {
        let permit = tokio::time::timeout(QUEUE_WAIT, self.permits.clone().acquire_owned())
            .await
            .map_err(|_| Busy)?
            .map_err(|_| Busy)?;
        let this = self.clone();
        Ok(tokio::task::spawn_blocking(move || {
            let mut memory = this.take();
            let ok = verify_with(&hash, password.expose_secret().as_bytes(), &mut memory);
            this.give_back(memory, permit);
            ok
        })
        .await
        .unwrap_or(false))
    }

    /// Buffers kept now (none after a burst).
    #[cfg(test)]
    fn kept(&self) -> usize {
        self.lock().len()
    }

    fn take(&self) -> Vec<Block> {
        self.lock().pop().unwrap_or_else(|| {
            let mut memory = Vec::with_capacity(self.blocks.max(MAPPED_BYTES / Block::SIZE));
            memory.resize(self.blocks, Block::default());
            memory
        })
    }

    fn give_back(&self, memory: Vec<Block>, permit: OwnedSemaphorePermit) {
        self.lock().push(memory);
        drop(permit);
        // No verification runs or waits (a waiter would have been handed the permit): the
        // burst is over, and its memory goes back to the system.
        if self.permits.available_permits() == self.parallel {
            self.lock().clear();
        }
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Vec<Vec<Block>>> {
        self.pool.lock().unwrap_or_else(|e| e.into_inner())
    }
}

/// Algorithm, version and parameters of a PHC string.
fn parameters(hash: &str) -> Option<(Algorithm, Version, Params)> {
    let parsed = PasswordHash::new(hash).ok()?;
    let algorithm = Algorithm::try_from(parsed.algorithm).ok()?;
    let version = parsed.version.map_or(Ok(Version::default()), Version::try_from).ok()?;
    let params = Params::try_from(&parsed).ok()?;
    Some((algorithm, version, params))
}

/// What `argon2`'s `verify_password` does, in `memory` rather than a fresh allocation; the
/// output is compared in constant time.
fn verify_with(hash: &str, password: &[u8], memory: &mut [Block]) -> bool {
    let Some((algorithm, version, params)) = parameters(hash) else {
        return false;
    };
    let Ok(parsed) = PasswordHash::new(hash) else {
        return false;
    };
    let (Some(salt), Some(expected)) = (parsed.salt, parsed.hash) else {
        return false;
    };
    let mut salt_bytes = [0u8; Salt::MAX_LENGTH];
    let Ok(salt) = salt.decode_b64(&mut salt_bytes) else {
        return false;
    };
    if params.block_count() > memory.len() {
        return false;
    }
    let mut out = vec![0u8; expected.len()];
    Argon2::new(algorithm, version, params)
        .hash_password_into_with_memory(password, salt, &mut out, memory)
        .is_ok()
        && bool::from(out.as_slice().ct_eq(expected.as_bytes()))
}

/// The work one verification of `params` costs, to order parameter sets: memory times
/// passes, then memory, then lanes.
fn cost(params: &Params) -> (u64, u32, u32) {
    (
        u64::from(params.m_cost()) * u64::from(params.t_cost()),
        params.m_cost(),
        params.p_cost(),
    )
}

/// A hash with the algorithm, version and parameters of the most demanding of `hashes`
/// (so an unknown id costs at least what any account costs, whichever accounts exist), a
/// fixed salt and an output no password produces in practice.
pub fn dummy_hash<'a>(hashes: impl IntoIterator<Item = &'a SecretString>) -> String {
    let strongest = hashes
        .into_iter()
        .filter_map(|h| parameters(h.expose_secret()).map(|(_, _, p)| (cost(&p), h)))
        .max_by_key(|(cost, _)| *cost);
    let Some((_, template)) = strongest else {
        return DEFAULT_DUMMY.to_string();
    };
    let Ok(mut hash) = PasswordHash::new(template.expose_secret()) else {
        return DEFAULT_DUMMY.to_string();
    };
    let len = hash.hash.map_or(32, |o| o.len());
    hash.salt = Salt::from_b64(DUMMY_SALT).ok();
    hash.hash = Output::new(&vec![0u8; len]).ok();
    hash.to_string()
}

/// The parameter sets of `accounts` (id, PHC string) and the ids using each, when there is
/// more than one: a weaker account answers a wrong password sooner than the dummy does, so
/// its existence shows in the time. Formatted for the startup warning.
pub fn mixed_parameters<'a>(accounts: impl IntoIterator<Item = (&'a str, &'a SecretString)>) -> Option<String> {
    let mut sets: BTreeMap<String, Vec<&str>> = BTreeMap::new();
    for (id, hash) in accounts {
        let Some((algorithm, version, params)) = parameters(hash.expose_secret()) else {
            continue;
        };
        let set = format!(
            "{algorithm} v={} m={},t={},p={}",
            u32::from(version),
            params.m_cost(),
            params.t_cost(),
            params.p_cost()
        );
        sets.entry(set).or_default().push(id);
    }
    (sets.len() > 1).then(|| {
        sets.iter()
            .map(|(set, ids)| format!("{set} ({})", ids.join(", ")))
            .collect::<Vec<_>>()
            .join("; ")
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use argon2::password_hash::{PasswordHasher, SaltString};

    fn hash_with(m: u32, t: u32, password: &str) -> SecretString {
        let argon = Argon2::new(Algorithm::Argon2id, Version::V0x13, Params::new(m, t, 1, None).unwrap());
        let salt = SaltString::encode_b64(&[9u8; 16]).unwrap();
        SecretString::from(argon.hash_password(password.as_bytes(), &salt).unwrap().to_string())
    }

    #[test]
    fn verification_in_reused_memory_matches_argon2() {
        let strong = hash_with(64, 2, "right");
        let weak = hash_with(8, 1, "right");
        let mut memory = vec![Block::default(); 64];
        for hash in [&strong, &weak] {
            assert!(verify_with(hash.expose_secret(), b"right", &mut memory));
            assert!(!verify_with(hash.expose_secret(), b"wrong", &mut memory));
        }
        // The library's own hash (argon2's defaults) in a larger, dirty buffer.
        let default = crate::staff::auth::hash_password("right").unwrap();
        let mut memory = vec![Block::default(); 20_000];
        assert!(verify_with(&default, b"right", &mut memory));
        assert!(!verify_with(&default, b"wrong", &mut memory));
        assert!(verify_with(&default, b"right", &mut memory));
        assert!(
            !verify_with(&default, b"right", &mut memory[..100]),
            "too little memory fails closed"
        );
        assert!(!verify_with("not a hash", b"right", &mut memory));
    }

    #[test]
    fn the_dummy_takes_the_strongest_parameters_in_any_order() {
        let weak = hash_with(8, 1, "a");
        let strong = hash_with(64, 3, "b");
        for order in [[&weak, &strong], [&strong, &weak]] {
            let dummy = dummy_hash(order);
            assert!(
                dummy.starts_with("$argon2id$v=19$m=64,t=3,p=1$bG90c2EtZHVtbXktc2FsdA$"),
                "{dummy}"
            );
        }
        assert!(PasswordHash::new(DEFAULT_DUMMY).is_ok());
        assert_eq!(dummy_hash([]), DEFAULT_DUMMY);
        // More passes over less memory can cost more than one pass over more.
        let long = hash_with(32, 4, "c");
        assert!(dummy_hash([&strong, &long]).contains("m=64,t=3"));
        assert!(dummy_hash([&hash_with(64, 1, "d"), &long]).contains("m=32,t=4"));
    }

    #[test]
    fn mixed_parameters_are_named_with_their_accounts() {
        let a = hash_with(8, 1, "a");
        let b = hash_with(8, 1, "b");
        let c = hash_with(16, 2, "c");
        assert_eq!(mixed_parameters([("anna", &a), ("bo", &b)]), None);
        assert_eq!(
            mixed_parameters([("anna", &a), ("bo", &b), ("cy", &c)]).as_deref(),
            Some("argon2id v=19 m=16,t=2,p=1 (cy); argon2id v=19 m=8,t=1,p=1 (anna, bo)")
        );
    }

    #[tokio::test]
    async fn a_burst_waits_in_a_short_queue_and_leaves_no_memory_behind() {
        let hash = hash_with(64, 1, "right");
        let verifier = Arc::new(Verifier::new(1, [hash.expose_secret()]));
        let runs: Vec<_> = (0..8)
            .map(|_| {
                let (v, h) = (verifier.clone(), hash.expose_secret().to_string());
                tokio::spawn(async move { v.verify(h, SecretString::from("wrong")).await })
            })
            .collect();
        for run in runs {
            assert_eq!(run.await.unwrap(), Ok(false));
        }
        assert_eq!(verifier.kept(), 0, "the memory went back after the burst");
        assert_eq!(
            verifier
                .verify(hash.expose_secret().to_string(), SecretString::from("right"))
                .await,
            Ok(true)
        );
        // Every turn taken: a login past the queue's wait gets `Busy`, and the turn is
        // not lost.
        let held = verifier.permits.clone().acquire_owned().await.unwrap();
        let waiting = verifier.verify(hash.expose_secret().to_string(), SecretString::from("right"));
        assert_eq!(waiting.await, Err(Busy));
        drop(held);
        assert_eq!(
            verifier
                .verify(hash.expose_secret().to_string(), SecretString::from("right"))
                .await,
            Ok(true)
        );
    }
}
