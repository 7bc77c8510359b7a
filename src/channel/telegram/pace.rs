//! Every Bot API write (sends, edits, deletes, callback answers, leaving a group) within
//! Telegram's flood limits, measured where Telegram measures them, on arrival; a 429 is
//! retried after its `retry_after`; and the deletes `/forget` depends on, retried until each
//! is done or Telegram refuses it for good.
//!
//! Telegram allows a bot about thirty writes a second overall and one message a second
//! per chat, and answers 429 with `retry_after` beyond that. teloxide's `Throttle` adaptor
//! paces sends only (edits and deletes pass through unpaced), so lotsa paces every write
//! itself, in one place:
//!
//! - Overall: a write holds one of thirty slots from the moment it starts until one second
//!   after its response came back. A request arrives before its response returns, so no
//!   second ever sees more than thirty arrivals, however the network delays requests.
//! - Per chat, for sends: a chat's next send starts at least a second after its previous
//!   one completed, so no two of its sends arrive less than a second apart.
//!
//! Pacing waits; it never drops, and since each chat's updates are handled one at a time
//! ([`super::queue`]), it never reorders. The slots are taken first come, first served.

use std::collections::HashMap;
use std::future::Future;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use teloxide::{ApiError, RequestError};
use tokio::sync::Semaphore;

use crate::session::SessionKey;

/// Telegram's overall limit for a bot, writes per second.
pub const OVERALL_PER_SEC: usize = 30;
const WINDOW: Duration = Duration::from_secs(1);
/// How long one write keeps retrying through 429s before it gives up: long enough for any
/// flood wait Telegram asks of a bot in normal use, short enough that a chat's worker is
/// not held for ever.
pub const WRITE_PATIENCE: Duration = Duration::from_secs(120);
/// How long `/forget` keeps trying to delete a conversation's messages while Telegram is
/// flooded or unreachable. On a watched phone this is the one thing that must work.
pub const FORGET_PATIENCE: Duration = Duration::from_secs(600);
/// The wait between tries of a delete that met a network or server error.
const FIRST_BACKOFF: Duration = Duration::from_millis(500);
const MAX_BACKOFF: Duration = Duration::from_secs(8);

/// What a write is, for pacing: only sends count against the chat's one a second.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Write {
    /// `sendMessage`: paced per chat and overall.
    Send,
    /// Edits, deletes, callback answers, leaving: paced overall.
    Other,
}

/// How a delete ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Deleted {
    /// The message is no longer in the chat (deleted now, or already gone).
    Gone,
    /// Telegram refused for good: older than 48 hours, or otherwise not deletable.
    Refused,
    /// Telegram could not be reached (or kept answering 429) until the deadline.
    Unreached,
}

pub struct Pacer {
    overall: Arc<Semaphore>,
    /// When each chat's last send completed. Pseudonyms only, pruned as they age.
    last: Mutex<HashMap<SessionKey, Instant>>,
}

impl Default for Pacer {
    fn default() -> Self {
        Pacer {
            overall: Arc::new(Semaphore::new(OVERALL_PER_SEC)),
            last: Mutex::new(HashMap::new()),
        }
    }
}

impl Pacer {
    /// Runs the write `call` for the chat `key` when the limits allow, retrying after
    /// Telegram's `retry_after` should it answer 429, for up to [`WRITE_PATIENCE`].
    pub async fn write<T, F, Fut>(&self, key: SessionKey, kind: Write, call: F) -> Result<T, RequestError>
    where
        F: FnMut() -> Fut,
        Fut: Future<Output = Result<T, RequestError>>,
    {
        self.write_until(key, kind, Instant::now() + WRITE_PATIENCE, call).await
    }

    /// [`write`](Self::write), retrying 429s only while their wait ends before `deadline`.
    async fn write_until<T, F, Fut>(
        &self,
        key: SessionKey,
        kind: Write,
        deadline: Instant,
        mut call: F,
    ) -> Result<T, RequestError>
    where
        F: FnMut() -> Fut,
        Fut: Future<Output = Result<T, RequestError>>,
    {
        loop {
            if kind == Write::Send {
                let ready_at = self.lock().get(&key).map(|t| *t + WINDOW);
                if let Some(at) = ready_at {
                    tokio::time::sleep_until(at.into()).await;
                }
            }
            let permit = self
                .overall
                .clone()
                .acquire_owned()
                .await
                .expect("the pacer's semaphore is never closed");
            let result = call().await;
            let done = Instant::now();
            if kind == Write::Send {
                let mut last = self.lock();
                if last.len() > 10_000 {
                    last.retain(|_, t| done.duration_since(*t) < WINDOW);
                }
                last.insert(key, done);
            }
            // The slot is given back a second after the response: by then the request's
            // arrival has left every one-second window that the next arrival falls in.
            tokio::spawn(async move {
                tokio::time::sleep(WINDOW).await;
                drop(permit);
            });
            match result {
                Err(RequestError::RetryAfter(wait)) if Instant::now() + wait.duration() <= deadline => {
                    tokio::time::sleep(wait.duration()).await;
                }
                other => return other,
            }
        }
    }

    /// Deletes one message of `/forget` (or a shared location), paced like every write:
    /// retried after each 429's `retry_after` and, with a growing pause, after network and
    /// server errors, until it is gone, Telegram refuses it for good, or `deadline`.
    pub async fn delete<F, Fut>(&self, key: SessionKey, deadline: Instant, mut call: F) -> Deleted
    where
        F: FnMut() -> Fut,
        Fut: Future<Output = Result<(), RequestError>>,
    {
        let mut backoff = FIRST_BACKOFF;
        loop {
            let error = match self.write_until(key, Write::Other, deadline, &mut call).await {
                Ok(()) => return Deleted::Gone,
                Err(e) => e,
            };
            match deletion_error(&error) {
                Some(outcome) => return outcome,
                None if Instant::now() + backoff <= deadline => {
                    tokio::time::sleep(backoff).await;
                    backoff = (backoff * 2).min(MAX_BACKOFF);
                }
                None => return Deleted::Unreached,
            }
        }
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<SessionKey, Instant>> {
        self.last.lock().unwrap_or_else(|e| e.into_inner())
    }
}

/// What a failed delete means: `None` if it is worth trying again (a 429, the network, a
/// server error), else Telegram's final word.
fn deletion_error(error: &RequestError) -> Option<Deleted> {
    match error {
        // Already gone from the chat (the person deleted it, or an earlier try did).
        RequestError::Api(ApiError::MessageToDeleteNotFound) => Some(Deleted::Gone),
        // A 5xx arrives as an unknown API error; a Bad Request or Forbidden is final
        // ("message can't be deleted for everyone" after 48 hours, a blocked bot).
        RequestError::Api(ApiError::Unknown(text))
            if !(text.starts_with("Bad Request") || text.starts_with("Forbidden")) =>
        {
            None
        }
        RequestError::Api(_) | RequestError::MigrateToChatId(_) => Some(Deleted::Refused),
        RequestError::RetryAfter(_)
        | RequestError::Network(_)
        | RequestError::Io(_)
        | RequestError::InvalidJson { .. } => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_telegrams_final_word_ends_a_delete() {
        let api = |e| RequestError::Api(e);
        assert_eq!(
            deletion_error(&api(ApiError::MessageToDeleteNotFound)),
            Some(Deleted::Gone)
        );
        assert_eq!(
            deletion_error(&api(ApiError::MessageCantBeDeleted)),
            Some(Deleted::Refused)
        );
        let old = ApiError::Unknown("Bad Request: message can't be deleted for everyone".into());
        assert_eq!(deletion_error(&api(old)), Some(Deleted::Refused));
        assert_eq!(deletion_error(&api(ApiError::BotBlocked)), Some(Deleted::Refused));
        let server = ApiError::Unknown("Internal Server Error".into());
        assert_eq!(deletion_error(&api(server)), None);
        let flood = RequestError::RetryAfter(teloxide::types::Seconds::from_seconds(3));
        assert_eq!(deletion_error(&flood), None);
    }
}
