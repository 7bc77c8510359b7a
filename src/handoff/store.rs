//! Where cases, the set of open cases, and each case's sealed transcript live: the shared
//! [`Kv`] (memory for one instance, Redis for many).
//!
//! Keys share the `{handoff}` hash tag, so the whole handoff state sits in one Redis
//! Cluster slot and multi-key reads work there too. Changes are compare-and-swap on the
//! case's bytes: two staff members on two instances cannot both claim one case. Every
//! key has a TTL (the conversation's idle time), refreshed by each change, and a closed
//! case's keys are deleted at once.

use std::sync::Arc;
use std::time::Duration;

use crate::dialogue::CaseCode;
use crate::handoff::case::Case;
use crate::session::StoreError;
use crate::session::kv::Kv;

const OPEN: &str = "lotsa:{handoff}:open";
/// A long conversation with staff keeps at most this many messages for a console that
/// reconnects; older ones are dropped.
const TRANSCRIPT_LIMIT: usize = 500;

fn case_key(code: &CaseCode) -> String {
    format!("lotsa:{{handoff}}:case:{code}")
}

fn text_key(code: &CaseCode) -> String {
    format!("lotsa:{{handoff}}:text:{code}")
}

fn seen_key(code: &CaseCode) -> String {
    format!("lotsa:{{handoff}}:seen:{code}")
}

#[derive(Debug, thiserror::Error)]
pub enum CasesError {
    #[error("store unavailable")]
    Unavailable,
    /// Changed by someone else between read and write.
    #[error("changed concurrently")]
    Raced,
}

impl From<StoreError> for CasesError {
    fn from(_: StoreError) -> Self {
        CasesError::Unavailable
    }
}

/// A case as read, with the exact bytes it was read from (for compare-and-swap).
#[derive(Debug, Clone)]
pub struct Stored {
    pub case: Case,
    bytes: Vec<u8>,
}

pub struct CaseStore {
    kv: Arc<dyn Kv>,
    ttl: Duration,
}

fn encode(case: &Case) -> Vec<u8> {
    serde_json::to_vec(case).expect("a case always serializes")
}

impl CaseStore {
    pub fn new(kv: Arc<dyn Kv>, ttl: Duration) -> CaseStore {
        CaseStore { kv, ttl }
    }

    /// Stores a new case; `Raced` if its code is taken (the caller draws another).
    pub async fn create(&self, case: &Case) -> Result<Stored, CasesError> {
        let bytes = encode(case);
        if !self.kv.swap(&case_key(&case.code), None, &bytes, self.ttl).await? {
            return Err(CasesError::Raced);
        }
        self.kv.set_add(OPEN, case.code.as_str(), self.ttl).await?;
        Ok(Stored {
            case: case.clone(),
            bytes,
        })
    }

    pub async fn get(&self, code: &CaseCode) -> Result<Option<Stored>, CasesError> {
        let Some(bytes) = self.kv.get(&case_key(code)).await? else {
            return Ok(None);
        };
        Ok(serde_json::from_slice(&bytes).ok().map(|case| Stored { case, bytes }))
    }

    /// Replaces `old` with `new` unless it changed since it was read.
    pub async fn replace(&self, old: &Stored, new: &Case) -> Result<Stored, CasesError> {
        let bytes = encode(new);
        if !self
            .kv
            .swap(&case_key(&new.code), Some(&old.bytes), &bytes, self.ttl)
            .await?
        {
            return Err(CasesError::Raced);
        }
        // Keep the open set alive as long as its newest case.
        self.kv.set_add(OPEN, new.code.as_str(), self.ttl).await?;
        Ok(Stored {
            case: new.clone(),
            bytes,
        })
    }

    /// Every open case, in queue order. Codes whose case expired are dropped from the set.
    pub async fn open(&self) -> Result<Vec<Case>, CasesError> {
        let codes: Vec<CaseCode> = self
            .kv
            .members(OPEN)
            .await?
            .iter()
            .filter_map(|c| CaseCode::parse(c))
            .collect();
        let keys: Vec<String> = codes.iter().map(case_key).collect();
        let values = self.kv.get_many(&keys).await?;
        let mut cases = Vec::with_capacity(codes.len());
        for (code, value) in codes.iter().zip(values) {
            match value.and_then(|b| serde_json::from_slice::<Case>(&b).ok()) {
                Some(case) => cases.push(case),
                None => self.kv.set_remove(OPEN, code.as_str()).await?,
            }
        }
        cases.sort_by_key(Case::order_key);
        Ok(cases)
    }

    /// Deletes the case and its transcript.
    pub async fn remove(&self, code: &CaseCode) -> Result<(), CasesError> {
        self.kv.del(&[case_key(code), text_key(code), seen_key(code)]).await?;
        self.kv.set_remove(OPEN, code.as_str()).await?;
        Ok(())
    }

    /// The person in the case showed a sign of life at `now` (unix seconds): an open web
    /// socket on any instance, or a Telegram update. Kept apart from the case so it never
    /// races a staff member's compare-and-swap.
    pub async fn seen(&self, code: &CaseCode, now: i64) -> Result<(), CasesError> {
        self.kv
            .set(&seen_key(code), now.to_string().as_bytes(), self.ttl)
            .await?;
        Ok(())
    }

    /// When each case's person was last seen (`None`: not since it opened, or too long).
    pub async fn last_seen(&self, codes: &[CaseCode]) -> Result<Vec<Option<i64>>, CasesError> {
        if codes.is_empty() {
            return Ok(Vec::new());
        }
        let keys: Vec<String> = codes.iter().map(seen_key).collect();
        let values = self.kv.get_many(&keys).await?;
        Ok(values
            .into_iter()
            .map(|v| v.and_then(|b| String::from_utf8(b).ok()?.parse().ok()))
            .collect())
    }

    /// Appends one sealed message to the transcript.
    pub async fn append(&self, code: &CaseCode, sealed: &[u8]) -> Result<(), CasesError> {
        self.kv
            .push(&text_key(code), sealed, TRANSCRIPT_LIMIT, self.ttl)
            .await?;
        Ok(())
    }

    pub async fn transcript(&self, code: &CaseCode) -> Result<Vec<Vec<u8>>, CasesError> {
        Ok(self.kv.list(&text_key(code)).await?)
    }
}
