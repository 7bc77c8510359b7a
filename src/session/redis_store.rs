//! [`RedisStore`]: sessions in Redis (one server, TLS, a unix socket, or Redis Cluster),
//! so any number of stateless instances can serve the same conversations.
//!
//! Keys are `lotsa:{<32 hex of the pseudonym>}`; the braces are a cluster hash tag, so
//! any later key of the same session (`lotsa:{…}:handoff`) lands in the same slot. Every
//! write sets the idle TTL, and every command is one round trip: `GETEX` loads and
//! refreshes, `SET … XX EX` updates only a record that still exists.
//!
//! Redis being down must never hang a person's chat: connections are made lazily and
//! re-made automatically, and every command is bounded by a short timeout, after which
//! the caller gets [`StoreError::Unavailable`] and answers with the degraded message.

use std::sync::Arc;
use std::time::Duration;

use async_trait::async_trait;
use redis::aio::{ConnectionManager, ConnectionManagerConfig};
use redis::cluster_async::ClusterConnection;
use redis::{Cmd, FromRedisValue, Pipeline, Value};
use secrecy::ExposeSecret;

use crate::config::RedisSettings;
use crate::content::Content;
use crate::session::cluster_route::SlotRoutes;
use crate::session::{Record, SessionKey, SessionStore, StoreError, codec};

/// How long one command may take, connecting included, before the person gets the
/// degraded answer. Redis answers in well under a millisecond when healthy.
pub const COMMAND_TIMEOUT: Duration = Duration::from_millis(800);
const CONNECT_TIMEOUT: Duration = Duration::from_millis(500);

/// Every key lotsa writes starts with this.
pub const KEY_PREFIX: &str = "lotsa:";

#[derive(Debug, thiserror::Error)]
pub enum RedisStoreError {
    /// The message names the configuration key and the kind of problem, never the URL,
    /// which may hold a password.
    #[error("configuration key `redis_url`: {0}")]
    Config(String),
}

/// A connection to one server or to a cluster; both reconnect by themselves and are
/// cheap to clone (they multiplex one connection per node). A cluster's session commands
/// go straight to the key's master when its [`SlotRoutes`] can say which it is.
#[derive(Clone)]
pub enum RedisConn {
    Single(ConnectionManager),
    Cluster(ClusterConnection, Arc<SlotRoutes>),
}

impl RedisConn {
    /// Creates the connection without contacting Redis, so an instance starts (and
    /// reports not ready) while Redis is still down.
    pub fn open(settings: &RedisSettings) -> Result<RedisConn, RedisStoreError> {
        let bad = |e: redis::RedisError| RedisStoreError::Config(format!("{:?}", e.kind()));
        if settings
            .nodes
            .iter()
            .any(|n| n.expose_secret().starts_with("rediss://"))
        {
            // Both rustls providers may be compiled in (dependencies enable them), and
            // then rustls cannot choose by itself; an earlier install wins, which is fine.
            let _ = rustls::crypto::aws_lc_rs::default_provider().install_default();
        }
        if settings.is_cluster() {
            let nodes: Vec<&str> = settings.nodes.iter().map(|n| n.expose_secret()).collect();
            let client = redis::cluster::ClusterClient::builder(nodes)
                .connection_timeout(CONNECT_TIMEOUT)
                .response_timeout(COMMAND_TIMEOUT)
                .retries(2)
                .build()
                .map_err(bad)?;
            let config = redis::cluster::ClusterConfig::new()
                .set_connection_timeout(CONNECT_TIMEOUT)
                .set_response_timeout(COMMAND_TIMEOUT);
            let seed =
                redis::IntoConnectionInfo::into_connection_info(settings.nodes[0].expose_secret()).map_err(bad)?;
            let routes = Arc::new(SlotRoutes::new(seed, CONNECT_TIMEOUT));
            Ok(RedisConn::Cluster(
                client.get_pending_async_connection_with_config(config),
                routes,
            ))
        } else {
            let client = redis::Client::open(settings.nodes[0].expose_secret()).map_err(bad)?;
            // No response timeout of the connection's own: every command is bounded by
            // [`COMMAND_TIMEOUT`] around it (`attempt`), and a second timer a command cost
            // about 600 instructions a step. A timeout never made the manager reconnect
            // anyway (redis-rs reconnects on a dropped connection, not a slow one).
            let config = ConnectionManagerConfig::new()
                .set_connection_timeout(Some(CONNECT_TIMEOUT))
                .set_response_timeout(None)
                .set_number_of_retries(1)
                .set_max_delay(Duration::from_millis(200));
            Ok(RedisConn::Single(
                ConnectionManager::new_lazy_with_config(client, config).map_err(bad)?,
            ))
        }
    }

    /// Runs one command within [`COMMAND_TIMEOUT`]. Failures are logged by kind only:
    /// Redis error texts can quote keys and addresses.
    ///
    /// A command that finds its connection dropped (Redis restarted, or something on the
    /// way closed an idle connection) runs once more: the connection manager has begun
    /// replacing the connection, and the person should not be told the chat is down
    /// because of a connection nobody had used since the restart. A command on a dead
    /// connection never reached Redis, so repeating it is safe; only if Redis died after
    /// running one and before answering could the repeat run it twice, which for the
    /// commands sent here means at worst a transcript line appended twice or a
    /// compare-and-swap reported as lost (its caller reads again). A timeout is not
    /// retried: Redis is there but slow, and waiting twice helps nobody.
    pub async fn query<T: FromRedisValue>(&self, cmd: &Cmd) -> Result<T, StoreError> {
        self.request(Request::Cmd(cmd)).await
    }

    /// Runs a command on the one key `key` as [`RedisConn::query`] does. On a cluster it
    /// goes straight to the master of the key's slot ([`SlotRoutes`]), and through the
    /// cluster connection (which follows redirections and reconnects) whenever that
    /// master refuses it or cannot be named. A timeout is final, as in `query`, and drops
    /// the slot table.
    pub async fn query_key<T: FromRedisValue>(&self, key: &str, cmd: &Cmd) -> Result<T, StoreError> {
        if let RedisConn::Cluster(cluster, routes) = self
            && let Some(mut master) = routes.master_of(key.as_bytes(), cluster)
        {
            match tokio::time::timeout(COMMAND_TIMEOUT, cmd.query_async::<T>(&mut master)).await {
                Ok(Ok(value)) => return Ok(value),
                Ok(Err(e)) => {
                    if SlotRoutes::is_stale(&e) {
                        routes.forget();
                    }
                    tracing::debug!(kind = ?e.kind(), "redis cluster master refused; using the cluster connection");
                }
                Err(_) => {
                    // Final, as in `query`; but the master's connection may be dead
                    // without having said so (a host gone after a failover), so the next
                    // command goes through the cluster connection and a new table makes
                    // new connections.
                    routes.forget();
                    tracing::warn!("redis command timed out");
                    return Err(StoreError::Unavailable);
                }
            }
        }
        self.query(cmd).await
    }

    /// Runs a pipeline (several commands, one round trip) as [`RedisConn::query`] runs
    /// one command: within [`COMMAND_TIMEOUT`], once more on a dropped connection (a
    /// pipeline on a dead connection never reached Redis either). On a cluster every
    /// command of it must be for the same slot.
    pub async fn pipeline<T: FromRedisValue>(&self, pipe: &Pipeline) -> Result<T, StoreError> {
        self.request(Request::Pipe(pipe)).await
    }

    async fn request<T: FromRedisValue>(&self, request: Request<'_>) -> Result<T, StoreError> {
        let first = match self.attempt(request).await {
            Err(Some(e)) if e.is_connection_dropped() || e.is_io_error() => {
                tracing::debug!(kind = ?e.kind(), "redis connection dropped; retrying once");
                self.attempt(request).await
            }
            other => other,
        };
        match first {
            Ok(value) => Ok(value),
            Err(Some(e)) => {
                tracing::warn!(kind = ?e.kind(), "redis command failed");
                Err(StoreError::Unavailable)
            }
            Err(None) => {
                tracing::warn!("redis command timed out");
                Err(StoreError::Unavailable)
            }
        }
    }

    /// One try: the error, or `None` for a timeout.
    async fn attempt<T: FromRedisValue>(&self, request: Request<'_>) -> Result<T, Option<redis::RedisError>> {
        let run = async {
            match (self, request) {
                (RedisConn::Single(c), Request::Cmd(cmd)) => cmd.query_async::<T>(&mut c.clone()).await,
                (RedisConn::Cluster(c, _), Request::Cmd(cmd)) => cmd.query_async::<T>(&mut c.clone()).await,
                (RedisConn::Single(c), Request::Pipe(pipe)) => pipe.query_async::<T>(&mut c.clone()).await,
                (RedisConn::Cluster(c, _), Request::Pipe(pipe)) => pipe.query_async::<T>(&mut c.clone()).await,
            }
        };
        match tokio::time::timeout(COMMAND_TIMEOUT, run).await {
            Ok(result) => result.map_err(Some),
            Err(_) => Err(None),
        }
    }
}

/// What [`RedisConn::request`] sends: one command, or a pipeline of them.
#[derive(Clone, Copy)]
enum Request<'a> {
    Cmd(&'a Cmd),
    Pipe(&'a Pipeline),
}

/// The Redis key of a session.
pub fn session_key(key: &SessionKey) -> String {
    // Built in place: `format!` with `hex::encode` cost about 3,000 instructions a step.
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let mut k = String::with_capacity(KEY_PREFIX.len() + 2 * key.0.len() + 2);
    k.push_str(KEY_PREFIX);
    k.push('{');
    for b in key.0 {
        k.push(char::from(HEX[usize::from(b >> 4)]));
        k.push(char::from(HEX[usize::from(b & 0x0f)]));
    }
    k.push('}');
    k
}

/// `name key value`, in a command sized for the few arguments a step's write adds:
/// growing `redis::cmd`'s two buffers argument by argument cost about 2,500 instructions
/// a step (callgrind, docs/performance.md).
fn command(name: &str, key: &str, value: &[u8]) -> Cmd {
    let mut cmd = Cmd::with_capacity(6, name.len() + key.len() + value.len() + 16);
    cmd.arg(name).arg(key).arg(value);
    cmd
}

pub struct RedisStore {
    conn: RedisConn,
    content: Arc<Content>,
    ttl_secs: u64,
}

impl RedisStore {
    /// `content` names languages and nodes in stored records (see [`codec`]); `idle` is
    /// the TTL every write sets.
    pub fn new(conn: RedisConn, content: Arc<Content>, idle: Duration) -> RedisStore {
        RedisStore {
            conn,
            content,
            ttl_secs: idle.as_secs().max(1),
        }
    }
}

#[async_trait]
impl SessionStore for RedisStore {
    async fn load(&self, key: &SessionKey) -> Result<Option<Record>, StoreError> {
        let k = session_key(key);
        let bytes: Option<Vec<u8>> = self
            .conn
            .query_key(&k, redis::cmd("GETEX").arg(&k).arg("EX").arg(self.ttl_secs))
            .await?;
        let Some(bytes) = bytes else { return Ok(None) };
        match codec::decode(&self.content, &bytes) {
            Some(record) => Ok(Some(record)),
            None => {
                // Written by a deploy whose flows differ: it cannot continue, so clear it
                // now rather than leave it to expire.
                self.conn.query_key::<()>(&k, redis::cmd("DEL").arg(&k)).await?;
                Ok(None)
            }
        }
    }

    async fn save(&self, key: &SessionKey, record: &Record) -> Result<(), StoreError> {
        let bytes = codec::encode(&self.content, record);
        let k = session_key(key);
        self.conn
            .query_key::<()>(&k, command("SET", &k, &bytes).arg("EX").arg(self.ttl_secs))
            .await
    }

    async fn update(&self, key: &SessionKey, record: &Record) -> Result<bool, StoreError> {
        let bytes = codec::encode(&self.content, record);
        let k = session_key(key);
        let reply: Value = self
            .conn
            .query_key(&k, command("SET", &k, &bytes).arg("XX").arg("EX").arg(self.ttl_secs))
            .await?;
        // `OK` when written, nil when the key did not exist.
        Ok(!matches!(reply, Value::Nil))
    }

    async fn erase(&self, key: &SessionKey) -> Result<(), StoreError> {
        let k = session_key(key);
        self.conn.query_key::<()>(&k, redis::cmd("DEL").arg(&k)).await
    }

    async fn ping(&self) -> Result<(), StoreError> {
        self.conn.query::<()>(&redis::cmd("PING")).await
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_session_key_is_the_prefix_and_the_hex_pseudonym_in_a_hash_tag() {
        let key = SessionKey([
            0x00, 0x01, 0x7f, 0x80, 0xab, 0xcd, 0xef, 0xff, 9, 10, 11, 12, 13, 14, 15, 16,
        ]);
        assert_eq!(session_key(&key), format!("lotsa:{{{}}}", hex::encode(key.0)));
        assert_eq!(session_key(&key), "lotsa:{00017f80abcdefff090a0b0c0d0e0f10}");
    }
}
