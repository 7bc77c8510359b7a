//! Pacing of sends within Telegram's limits: one message per second per chat and thirty
//! per second overall, measured where Telegram measures them, on arrival.
//!
//! A send's slot is held from the moment it starts until one second after its response
//! came back, and a chat's next send starts at least a second after its previous one
//! completed. Since a request arrives before its response returns, no two arrivals of
//! one chat are less than a second apart and no second ever sees more than thirty, however
//! much the network delays individual requests. Pacing waits; it never drops, and since
//! each chat's updates are handled one at a time, it never reorders.

use std::collections::HashMap;
use std::future::Future;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use teloxide::RequestError;
use tokio::sync::Semaphore;

use crate::session::SessionKey;

/// Telegram's overall limit for a bot, messages per second.
pub const OVERALL_PER_SEC: usize = 30;
const WINDOW: Duration = Duration::from_secs(1);

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
    /// Runs `send` when the limits allow, retrying after Telegram's `retry_after` should
    /// it still answer 429.
    pub async fn send<T, F, Fut>(&self, key: SessionKey, mut send: F) -> Result<T, RequestError>
    where
        F: FnMut() -> Fut,
        Fut: Future<Output = Result<T, RequestError>>,
    {
        loop {
            let ready_at = self.lock().get(&key).map(|t| *t + WINDOW);
            if let Some(at) = ready_at {
                tokio::time::sleep_until(at.into()).await;
            }
            let permit = self
                .overall
                .clone()
                .acquire_owned()
                .await
                .expect("the pacer's semaphore is never closed");
            let result = send().await;
            let done = Instant::now();
            {
                let mut last = self.lock();
                if last.len() > 10_000 {
                    last.retain(|_, t| done.duration_since(*t) < WINDOW);
                }
                last.insert(key, done);
            }
            tokio::spawn(async move {
                tokio::time::sleep(WINDOW).await;
                drop(permit);
            });
            match result {
                Err(RequestError::RetryAfter(wait)) => tokio::time::sleep(wait.duration()).await,
                other => return other,
            }
        }
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<SessionKey, Instant>> {
        self.last.lock().unwrap_or_else(|e| e.into_inner())
    }
}
