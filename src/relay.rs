//! Relay: events for a conversation reach the connection attached to it, on whichever
//! instance that connection lives.
//!
//! A connection subscribes to a [`Topic`] (its conversation's [`SessionKey`], or the staff
//! console's topic) and gets a [`Subscription`]; anyone may [`Relay::publish`] an
//! [`Event`] to a topic. Locally attached connections are found through a [`Hub`] (a map
//! of topic to senders). With one instance, [`MemoryRelay`] dispatches straight into the
//! hub. With several, [`RedisRelay`] publishes on Redis (`PUBLISH lotsa:relay:<hex
//! pseudonym>`, or `lotsa:relay:staff`) and every instance pattern-subscribes once to
//! `lotsa:relay:*` on a dedicated connection and dispatches what arrives into its own hub.
//! Classic pub/sub reaches subscribers on every node of a Redis Cluster, so one node's
//! connection is enough there too.
//!
//! Channel names carry the pseudonym (never a token or a channel's user id). Handoff
//! events are opaque bytes to the relay; the handoff layer seals any text in them.

use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use async_trait::async_trait;
use futures_channel::mpsc;
use futures_util::StreamExt;
use secrecy::ExposeSecret;

use crate::config::RedisSettings;
use crate::session::SessionKey;
use crate::session::redis_store::{COMMAND_TIMEOUT, RedisConn};

/// Who listens: the connection attached to one conversation, or every staff console.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Topic {
    Session(SessionKey),
    Staff,
}

/// Something that happened, for the connections listening to a topic.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Event {
    /// Ended and erased elsewhere (quick exit, `end` in another tab or on another
    /// instance): the connection says `closed` and detaches.
    Closed,
    /// News from the handoff layer, encoded (and any text sealed) by it.
    Handoff(Vec<u8>),
}

impl Event {
    fn encode(&self) -> Vec<u8> {
        match self {
            Event::Closed => b"closed".to_vec(),
            Event::Handoff(bytes) => {
                let mut out = Vec::with_capacity(bytes.len() + 1);
                out.push(b'h');
                out.extend_from_slice(bytes);
                out
            }
        }
    }

    fn parse(s: &[u8]) -> Option<Event> {
        match s {
            b"closed" => Some(Event::Closed),
            [b'h', rest @ ..] => Some(Event::Handoff(rest.to_vec())),
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
    /// Delivers `event` to every connection listening to `topic`, on any instance.
    async fn publish(&self, topic: Topic, event: Event) -> Result<(), RelayError>;
    /// Listens to `topic` until the subscription is dropped.
    fn subscribe(&self, topic: Topic) -> Subscription;
    /// Whether events published elsewhere can reach this instance now (`/readyz`).
    fn ready(&self) -> bool;
}

/// How many events may wait for a connection that is busy; more are dropped. Handoff
/// messages are also kept in the store, so a connection that falls behind can catch up,
/// and a staff console folds a run of queue changes into one read.
const QUEUE: usize = 1024;

type Senders = HashMap<Topic, Vec<(u64, mpsc::Sender<Event>)>>;

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

    pub fn subscribe(self: &Arc<Self>, topic: Topic) -> Subscription {
        let (tx, rx) = mpsc::channel(QUEUE);
        let id = self.next.fetch_add(1, Ordering::Relaxed);
        self.lock().entry(topic).or_default().push((id, tx));
        Subscription {
            hub: self.clone(),
            topic,
            id,
            rx,
        }
    }

    /// Hands `event` to every local connection listening to `topic`.
    pub fn dispatch(&self, topic: &Topic, event: Event) {
        if let Some(list) = self.lock().get_mut(topic) {
            for (_, tx) in list {
                let _ = tx.try_send(event.clone());
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
    topic: Topic,
    id: u64,
    rx: mpsc::Receiver<Event>,
}

impl Subscription {
    pub async fn recv(&mut self) -> Option<Event> {
        self.rx.next().await
    }

    /// An event already waiting, without waiting for one.
    pub fn try_recv(&mut self) -> Option<Event> {
        self.rx.try_recv().ok()
    }
}

impl Drop for Subscription {
    fn drop(&mut self) {
        let mut map = self.hub.lock();
        if let Some(list) = map.get_mut(&self.topic) {
            list.retain(|(id, _)| *id != self.id);
            if list.is_empty() {
                map.remove(&self.topic);
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
    async fn publish(&self, topic: Topic, event: Event) -> Result<(), RelayError> {
        self.hub.dispatch(&topic, event);
        Ok(())
    }

    fn subscribe(&self, topic: Topic) -> Subscription {
        self.hub.subscribe(topic)
    }

    fn ready(&self) -> bool {
        true
    }
}

const CHANNEL_PREFIX: &str = "lotsa:relay:";
const STAFF_CHANNEL: &str = "staff";

fn channel(topic: &Topic) -> String {
    match topic {
        Topic::Session(key) => format!("{CHANNEL_PREFIX}{}", hex::encode(key.0)),
        Topic::Staff => format!("{CHANNEL_PREFIX}{STAFF_CHANNEL}"),
    }
}

fn parse_channel(name: &str) -> Option<Topic> {
    let rest = name.strip_prefix(CHANNEL_PREFIX)?;
    if rest == STAFF_CHANNEL {
        return Some(Topic::Staff);
    }
    let mut key = [0u8; 16];
    hex::decode_to_slice(rest, &mut key).ok()?;
    Some(Topic::Session(SessionKey(key)))
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
            let topic = parse_channel(msg.get_channel_name());
            let event = Event::parse(msg.get_payload_bytes());
            if let (Some(topic), Some(event)) = (topic, event) {
                self.hub.dispatch(&topic, event);
            }
        }
        tracing::warn!("relay connection lost; resubscribing");
        true
    }
}

#[async_trait]
impl Relay for RedisRelay {
    async fn publish(&self, topic: Topic, event: Event) -> Result<(), RelayError> {
        self.conn
            .query::<()>(redis::cmd("PUBLISH").arg(channel(&topic)).arg(event.encode()))
            .await
            .map_err(|_| RelayError::Unavailable)
    }

    fn subscribe(&self, topic: Topic) -> Subscription {
        self.hub.subscribe(topic)
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
        let a = Topic::Session(SessionKey([1; 16]));
        let b = Topic::Session(SessionKey([2; 16]));
        let mut sub_a = relay.subscribe(a);
        let sub_b = relay.subscribe(b);
        let mut staff = relay.subscribe(Topic::Staff);
        relay.publish(a, Event::Closed).await.unwrap();
        assert_eq!(sub_a.recv().await, Some(Event::Closed));
        relay
            .publish(Topic::Staff, Event::Handoff(b"q".to_vec()))
            .await
            .unwrap();
        assert_eq!(staff.recv().await, Some(Event::Handoff(b"q".to_vec())));
        assert_eq!(relay.hub.len(), 3);
        drop(sub_b);
        drop(sub_a);
        drop(staff);
        assert!(relay.hub.is_empty());
        relay.publish(b, Event::Closed).await.unwrap();
    }

    #[test]
    fn channel_names_round_trip() {
        let topic = Topic::Session(SessionKey([0xab; 16]));
        let name = channel(&topic);
        assert_eq!(name, format!("lotsa:relay:{}", "ab".repeat(16)));
        assert_eq!(parse_channel(&name), Some(topic));
        assert_eq!(parse_channel(&channel(&Topic::Staff)), Some(Topic::Staff));
        assert_eq!(parse_channel("lotsa:relay:zz"), None);
        for event in [Event::Closed, Event::Handoff(b"{}".to_vec())] {
            assert_eq!(Event::parse(&event.encode()), Some(event));
        }
    }
}
