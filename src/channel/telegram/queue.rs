//! Per-conversation ordering: updates for one chat are handled one at a time, in the
//! order Telegram sent them, while different chats run in parallel.
//!
//! Each active conversation has a worker task fed by a channel. A worker that has been
//! idle for a while ends; it is removed from the map under the same lock that dispatch
//! uses, and only when its channel is empty, so no update is ever dropped.

use std::collections::HashMap;
use std::future::Future;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use tokio::sync::mpsc;

use crate::session::SessionKey;

const IDLE: Duration = Duration::from_secs(30);

type Senders<T> = Arc<Mutex<HashMap<SessionKey, mpsc::UnboundedSender<T>>>>;

/// Dispatches jobs of type `T` to one ordered worker per [`SessionKey`].
pub struct ChatQueues<T> {
    senders: Senders<T>,
}

impl<T: Send + 'static> Default for ChatQueues<T> {
    fn default() -> Self {
        ChatQueues {
            senders: Arc::new(Mutex::new(HashMap::new())),
        }
    }
}

impl<T: Send + 'static> ChatQueues<T> {
    /// Queues `job` for `key`; `handle` runs each job of that key in order.
    pub fn dispatch<F, Fut>(&self, key: SessionKey, job: T, handle: F)
    where
        F: Fn(T) -> Fut + Send + Sync + 'static,
        Fut: Future<Output = ()> + Send,
    {
        let mut senders = self.senders.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(tx) = senders.get(&key) {
            match tx.send(job) {
                Ok(()) => return,
                // The worker ended between its last check and now: start a new one.
                Err(mpsc::error::SendError(job)) => {
                    senders.remove(&key);
                    return self.spawn(&mut senders, key, job, handle);
                }
            }
        }
        self.spawn(&mut senders, key, job, handle);
    }

    fn spawn<F, Fut>(
        &self,
        senders: &mut HashMap<SessionKey, mpsc::UnboundedSender<T>>,
        key: SessionKey,
        job: T,
        handle: F,
    ) where
        F: Fn(T) -> Fut + Send + Sync + 'static,
        Fut: Future<Output = ()> + Send,
    {
        let (tx, mut rx) = mpsc::unbounded_channel();
        let _ = tx.send(job);
        senders.insert(key, tx);
        let map = self.senders.clone();
        tokio::spawn(async move {
            loop {
                match tokio::time::timeout(IDLE, rx.recv()).await {
                    Ok(Some(job)) => handle(job).await,
                    Ok(None) => break,
                    Err(_) => {
                        let mut senders = map.lock().unwrap_or_else(|e| e.into_inner());
                        if rx.is_empty() {
                            senders.remove(&key);
                            break;
                        }
                    }
                }
            }
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn jobs_of_one_key_run_in_order_and_keys_in_parallel() {
        let queues = ChatQueues::default();
        let seen = Arc::new(Mutex::new(Vec::new()));
        for i in 0..50u32 {
            let seen = seen.clone();
            let key = SessionKey([(i % 2) as u8; 16]);
            queues.dispatch(key, i, move |i| {
                let seen = seen.clone();
                async move {
                    // Later jobs finish faster; order must still hold per key.
                    tokio::time::sleep(Duration::from_millis(u64::from(50 - i) / 10)).await;
                    seen.lock().unwrap().push(i);
                }
            });
        }
        tokio::time::sleep(Duration::from_millis(500)).await;
        let seen = seen.lock().unwrap().clone();
        assert_eq!(seen.len(), 50);
        for parity in 0..2 {
            let of_key: Vec<u32> = seen.iter().copied().filter(|i| i % 2 == parity).collect();
            assert!(of_key.windows(2).all(|w| w[0] < w[1]), "{of_key:?}");
        }
    }
}
