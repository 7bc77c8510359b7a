//! Graceful shutdown of long-lived connections. On SIGTERM the web chat and the staff
//! console are told the server is stopping; each finishes the message it is handling,
//! says "reconnecting" to the person in their language, and closes, so the page
//! reconnects to another instance. Startup waits for them, within a limit, before the
//! process exits.
//!
//! axum's graceful shutdown waits for HTTP requests, but an upgraded WebSocket is no
//! longer a request it knows about: without this, the process would exit under open
//! sockets and people would see the connection drop without a word.
//!
//! Also the background chores' end ([`spawn_every`]): a periodic task stops with the
//! value it serves, so dropping a store or the handoff stops its sweeper or watchdog.

use std::future::Future;
use std::sync::Arc;
use std::time::Duration;

use axum::extract::ws::{CloseFrame, Message, Utf8Bytes, WebSocket};
use futures_util::SinkExt;
use tokio::sync::watch;

/// The WebSocket close code for "the server is restarting; try again" (RFC 6455 registry).
pub const SERVICE_RESTART: u16 = 1012;

/// How long a goodbye may take: a reader that does not read cannot hold up the shutdown.
pub const GOODBYE_LIMIT: Duration = Duration::from_secs(2);

/// The last frames before the server stops (already serialized), written together, then
/// a close with "service restart", which the page and the staff console answer by
/// reconnecting after a moment. Bounded by [`GOODBYE_LIMIT`].
pub async fn goodbye(socket: &mut WebSocket, frames: Vec<String>) {
    let close = Message::Close(Some(CloseFrame {
        code: SERVICE_RESTART,
        reason: Utf8Bytes::from_static(""),
    }));
    let goodbye = async {
        for frame in frames {
            socket.feed(Message::Text(Utf8Bytes::from(frame))).await?;
        }
        socket.send(close).await
    };
    let _ = tokio::time::timeout(GOODBYE_LIMIT, goodbye).await;
}

/// Runs `work` on `owner` every `period` (the first time at once) until the returned
/// handle is aborted or every other `Arc` of `owner` is dropped. The task holds only a
/// weak reference between ticks, so it never keeps a store or the handoff alive itself.
pub fn spawn_every<T, F, Fut>(period: Duration, owner: &Arc<T>, work: F) -> tokio::task::JoinHandle<()>
where
    T: Send + Sync + 'static,
    F: Fn(Arc<T>) -> Fut + Send + 'static,
    Fut: Future<Output = ()> + Send,
{
    let weak = Arc::downgrade(owner);
    tokio::spawn(async move {
        let mut tick = tokio::time::interval(period);
        loop {
            tick.tick().await;
            match weak.upgrade() {
                Some(owner) => work(owner).await,
                None => break,
            }
        }
    })
}

/// Held by startup: stops the connections and waits for them.
pub struct Trigger {
    stopping: watch::Sender<bool>,
    open: watch::Sender<()>,
}

/// Held by every connection (through the application state): whether the server is
/// stopping, and a way to be counted as open.
#[derive(Clone)]
pub struct Shutdown {
    stopping: watch::Receiver<bool>,
    open: watch::Sender<()>,
}

/// One open connection, counted until it is dropped.
pub struct Open {
    _counted: watch::Receiver<()>,
}

pub fn channel() -> (Trigger, Shutdown) {
    let (stopping_tx, stopping_rx) = watch::channel(false);
    // Nobody listens to this channel's value; its receivers are the count of open
    // connections, and `closed` resolves when the last one is dropped.
    let (open, _) = watch::channel(());
    (
        Trigger {
            stopping: stopping_tx,
            open: open.clone(),
        },
        Shutdown {
            stopping: stopping_rx,
            open,
        },
    )
}

impl Trigger {
    /// Tells every connection, open now or opened later, that the server is stopping.
    pub fn stop(&self) {
        self.stopping.send_replace(true);
    }

    /// Waits until every connection has closed, or `limit` has passed; `false` if some
    /// were still open.
    pub async fn drained(&self, limit: Duration) -> bool {
        tokio::time::timeout(limit, self.open.closed()).await.is_ok()
    }

    /// Connections open now (tests, logs).
    pub fn open_connections(&self) -> usize {
        self.open.receiver_count()
    }
}

impl Shutdown {
    /// Counts the caller as an open connection until the returned value is dropped.
    pub fn open(&self) -> Open {
        Open {
            _counted: self.open.subscribe(),
        }
    }

    /// Whether the server has begun to stop: `/readyz` then fails, so a balancer sends new
    /// connections elsewhere while this instance drains.
    pub fn is_stopping(&self) -> bool {
        *self.stopping.borrow()
    }

    /// Resolves once the server is stopping (at once if it already is).
    pub async fn stopping(&self) {
        let mut stopping = self.stopping.clone();
        // An error means the trigger is gone, which only happens as the process exits.
        let _ = stopping.wait_for(|s| *s).await;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn connections_hear_the_stop_and_the_trigger_waits_for_them() {
        let (trigger, shutdown) = channel();
        let open = shutdown.open();
        assert_eq!(trigger.open_connections(), 1);
        let early = tokio::time::timeout(Duration::from_millis(20), shutdown.stopping()).await;
        assert!(early.is_err(), "not stopping before the trigger");
        assert!(!shutdown.is_stopping());
        let waiting = tokio::spawn({
            let shutdown = shutdown.clone();
            async move {
                shutdown.stopping().await;
                drop(open);
            }
        });
        assert!(!trigger.drained(Duration::from_millis(50)).await, "still open");
        trigger.stop();
        assert!(shutdown.is_stopping(), "at once, before any connection has closed");
        waiting.await.unwrap();
        assert!(trigger.drained(Duration::from_secs(5)).await);
        // A connection that opens after the stop hears it at once.
        tokio::time::timeout(Duration::from_secs(1), shutdown.stopping())
            .await
            .unwrap();
    }

    #[tokio::test]
    async fn a_periodic_task_runs_and_ends_with_its_owner() {
        let owner = Arc::new(std::sync::atomic::AtomicUsize::new(0));
        let (ran, mut heard) = tokio::sync::mpsc::unbounded_channel();
        let task = spawn_every(Duration::from_millis(1), &owner, move |o| {
            o.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
            let _ = ran.send(());
            async {}
        });
        heard.recv().await.unwrap();
        heard.recv().await.unwrap();
        assert!(owner.load(std::sync::atomic::Ordering::Relaxed) >= 2);
        drop(owner);
        tokio::time::timeout(Duration::from_secs(5), task)
            .await
            .unwrap()
            .unwrap();
    }
}
