//! Relay: events for a conversation reach the connection attached to it, on whichever
//! instance that connection lives.
//!
//! A connection subscribes for its [`SessionKey`] while attached and gets a
//! [`Subscription`]; anyone may [`Relay::publish`] an [`Event`] for a key. Locally
//! attached connections are found through a [`Hub`] (a map of key to senders). With one
//! instance, [`MemoryRelay`] dispatches straight into the hub. With several,
//! [`RedisRelay`] publishes on Redis (`PUBLISH lotsa:relay:<hex pseudonym>`) and every
//! instance pattern-subscribes once to `lotsa:relay:*` on a dedicated connection and
//! dispatches what arrives into its own hub. Classic pub/sub reaches subscribers on every
//! node of a Redis Cluster, so one node's connection is enough there too.
//!
//! Channel names carry the pseudonym (never a token or a channel's user id), and events
//! carry no text.

use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use async_trait::async_trait;
use futures_util::StreamExt;
use secrecy::ExposeSecret;
use tokio::sync::mpsc;

use crate::config::RedisSettings;
use crate::session::SessionKey;
use crate::session::redis_store::{COMMAND_TIMEOUT, RedisConn};

/// Something that happened to a conversation, for the connection attached to it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Event {
    /// Ended and erased elsewhere (quick exit, `end` in another tab or on another
    /// instance): the connection says `closed` and detaches.
    Closed,
}

impl Event {
    fn as_str(self) -> &'static str {
        match self {
            Event::Closed => "closed",
        }
    }

    fn parse(s: &[u8]) -> Option<Event> {
        match s {
            b"closed" => Some(Event::Closed),
            _ => None,
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum RelayError {
    #[error("relay unavailable")]
    Unavailable,
}

#[async_trait]
pub trait Relay: Send + Sync + 'static {
    /// Delivers `event` to every connection attached to `key`, on any instance.
    async fn publish(&self, key: &SessionKey, event: Event) -> Result<(), RelayError>;
    /// Attaches the caller to `key` until the subscription is dropped.
    fn subscribe(&self, key: SessionKey) -> Subscription;
    /// Whether events published elsewhere can reach this instance now (`/readyz`).
    fn ready(&self) -> bool;
}

/// How many events may wait for a connection that is busy; more are dropped (the only
/// event so far is `Closed`, and one is enough).
const QUEUE: usize = 8;

type Senders = HashMap<SessionKey, Vec<(u64, mpsc::Sender<Event>)>>;

/// This instance's attached connections by key.
#[derive(Default)]
pub struct Hub {
    next: AtomicU64,
    senders: Mutex<Senders>,
}

impl Hub {
    fn lock(&self) -> std::sync::MutexGuard<'_, Senders> {
        // Each operation is one insert or remove, so a poisoned map is still consistent.
        self.senders.lock().unwrap_or_else(|e| e.into_inner())
    }

    pub fn subscribe(self: &Arc<Self>, key: SessionKey) -> Subscription {
        let (tx, rx) = mpsc::channel(QUEUE);
        let id = self.next.fetch_add(1, Ordering::Relaxed);
        self.lock().entry(key).or_default().push((id, tx));
        Subscription {
            hub: self.clone(),
            key,
            id,
            rx,
        }
    }

    /// Hands `event` to every local connection attached to `key`.
    pub fn dispatch(&self, key: &SessionKey, event: Event) {
        if let Some(list) = self.lock().get(key) {
            for (_, tx) in list {
                let _ = tx.try_send(event);
            }
        }
    }

    /// Attached connections (tests, metrics).
    pub fn len(&self) -> usize {
        self.lock().values().map(Vec::len).sum()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// One connection's attachment to a key; dropping it detaches.
pub struct Subscription {
    hub: Arc<Hub>,
    key: SessionKey,
    id: u64,
    rx: mpsc::Receiver<Event>,
}

impl Subscription {
    pub async fn recv(&mut self) -> Option<Event> {
        self.rx.recv().await
    }
}

impl Drop for Subscription {
    fn drop(&mut self) {
        let mut map = self.hub.lock();
        if let Some(list) = map.get_mut(&self.key) {
            list.retain(|(id, _)| *id != self.id);
            if list.is_empty() {
                map.remove(&self.key);
            }
        }
    }
}

/// One instance: events go straight to local connections.
#[derive(Default)]
pub struct MemoryRelay {
    hub: Arc<Hub>,
}

#[async_trait]
impl Relay for MemoryRelay {
    async fn publish(&self, key: &SessionKey, event: Event) -> Result<(), RelayError> {
        self.hub.dispatch(key, event);
        Ok(())
    }

    fn subscribe(&self, key: SessionKey) -> Subscription {
        self.hub.subscribe(key)
    }

    fn ready(&self) -> bool {
        true
    }
}

const CHANNEL_PREFIX: &str = "lotsa:relay:";

fn channel(key: &SessionKey) -> String {
    format!("{CHANNEL_PREFIX}{}", hex::encode(key.0))
}

fn parse_channel(name: &str) -> Option<SessionKey> {
    let mut key = [0u8; 16];
    hex::decode_to_slice(name.strip_prefix(CHANNEL_PREFIX)?, &mut key).ok()?;
    Some(SessionKey(key))
}

/// Many instances: events travel through Redis pub/sub.
pub struct RedisRelay {
    hub: Arc<Hub>,
    /// Publishing uses the store's connection (any cluster node will do).
    conn: RedisConn,
    settings: RedisSettings,
    subscribed: AtomicBool,
}

impl RedisRelay {
    pub fn new(conn: RedisConn, settings: RedisSettings) -> RedisRelay {
        RedisRelay {
            hub: Arc::new(Hub::default()),
            conn,
            settings,
            subscribed: AtomicBool::new(false),
        }
    }

    /// Listens until aborted: subscribes on one node, dispatches every message into the
    /// hub, and when the connection drops tries the nodes again every half second.
    pub fn spawn_listener(self: &Arc<Self>) -> tokio::task::JoinHandle<()> {
        let relay = self.clone();
        tokio::spawn(async move {
            loop {
                for node in &relay.settings.nodes {
                    if relay.listen(node.expose_secret()).await {
                        break;
                    }
                }
                relay.subscribed.store(false, Ordering::Release);
                tokio::time::sleep(Duration::from_millis(500)).await;
            }
        })
    }

    /// One subscription's lifetime; `true` if it was established (and has now ended).
    async fn listen(&self, url: &str) -> bool {
        let connect = async {
            let client = redis::Client::open(url)?;
            let mut pubsub = client.get_async_pubsub().await?;
            pubsub.psubscribe(format!("{CHANNEL_PREFIX}*")).await?;
            Ok::<_, redis::RedisError>(pubsub)
        };
        let pubsub = match tokio::time::timeout(COMMAND_TIMEOUT, connect).await {
            Ok(Ok(pubsub)) => pubsub,
            Ok(Err(e)) => {
                tracing::debug!(kind = ?e.kind(), "relay cannot subscribe");
                return false;
            }
            Err(_) => return false,
        };
        self.subscribed.store(true, Ordering::Release);
        tracing::info!("relay subscribed");
        let mut messages = pubsub.into_on_message();
        while let Some(msg) = messages.next().await {
            let key = parse_channel(msg.get_channel_name());
            let event = Event::parse(msg.get_payload_bytes());
            if let (Some(key), Some(event)) = (key, event) {
                self.hub.dispatch(&key, event);
            }
        }
        tracing::warn!("relay connection lost; resubscribing");
        true
    }
}

#[async_trait]
impl Relay for RedisRelay {
    async fn publish(&self, key: &SessionKey, event: Event) -> Result<(), RelayError> {
        self.conn
            .query::<()>(redis::cmd("PUBLISH").arg(channel(key)).arg(event.as_str()))
            .await
            .map_err(|_| RelayError::Unavailable)
    }

    fn subscribe(&self, key: SessionKey) -> Subscription {
        self.hub.subscribe(key)
    }

    fn ready(&self) -> bool {
        self.subscribed.load(Ordering::Acquire)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn events_reach_only_attached_connections_and_drop_detaches() {
        let relay = MemoryRelay::default();
        let a = SessionKey([1; 16]);
        let b = SessionKey([2; 16]);
        let mut sub_a = relay.subscribe(a);
        let sub_b = relay.subscribe(b);
        relay.publish(&a, Event::Closed).await.unwrap();
        assert_eq!(sub_a.recv().await, Some(Event::Closed));
        assert_eq!(relay.hub.len(), 2);
        drop(sub_b);
        drop(sub_a);
        assert!(relay.hub.is_empty());
        relay.publish(&b, Event::Closed).await.unwrap();
    }

    #[test]
    fn channel_names_round_trip() {
        let key = SessionKey([0xab; 16]);
        let name = channel(&key);
        assert_eq!(name, format!("lotsa:relay:{}", "ab".repeat(16)));
        assert_eq!(parse_channel(&name), Some(key));
        assert_eq!(parse_channel("lotsa:relay:zz"), None);
        assert_eq!(Event::parse(Event::Closed.as_str().as_bytes()), Some(Event::Closed));
    }
}
