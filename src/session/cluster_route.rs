//! [`SlotRoutes`]: a Redis Cluster's single-key commands sent straight to the master that
//! owns the key's slot, on a multiplexed connection of lotsa's own.
//!
//! Why: redis-rs's cluster connection sends every command through its own task and
//! request futures before a node's connection sees it. Under callgrind a web chat step on
//! the Cluster ran 92,000 instructions against 81,000 on one Redis (docs/performance.md,
//! "Scale on Redis"), and that routing was the difference. A step touches one key, whose
//! slot is a CRC16 of its hash tag, so finding its master is a table lookup.
//!
//! This is only a fast path. The table comes from `CLUSTER SLOTS`, asked through the
//! cluster connection, and anything unusual goes back to that connection, which knows
//! every case: a redirection (`MOVED` while a slot has moved, `ASK` while it is moving), a
//! node that went away, a cluster that is down. All but `ASK` also drop the table, and
//! the next command asks for a new one in the background. A redirected command was not
//! run by the node that refused it, so running it again through the cluster connection
//! runs it once.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, RwLock};
use std::time::Duration;

use redis::aio::MultiplexedConnection;
use redis::cluster_async::ClusterConnection;
use redis::{AsyncConnectionConfig, ConnectionAddr, ConnectionInfo, ErrorKind, RedisError, Value};

/// The name (`CLIENT SETNAME`) of the fast path's connections.
pub const CONNECTION_NAME: &str = "lotsa-sessions";
/// Slots of a Redis Cluster (fixed by the protocol).
const SLOTS: usize = 16_384;
/// After a table could not be made (a node down, say), the next try waits this long, so a
/// cluster in trouble is not asked again for every message.
const RETRY_AFTER: Duration = Duration::from_secs(1);

/// The slot a key belongs to: CRC16 (XMODEM) of the key's hash tag (the bytes between the
/// first `{` and the next `}`, when not empty) or else of the whole key, modulo 16,384.
pub fn slot_of(key: &[u8]) -> u16 {
    let tagged = key
        .iter()
        .position(|&b| b == b'{')
        .and_then(|open| {
            let rest = &key[open + 1..];
            rest.iter().position(|&b| b == b'}').map(|close| &rest[..close])
        })
        .filter(|tag| !tag.is_empty());
    let hash = crc16::State::<crc16::XMODEM>::calculate(tagged.unwrap_or(key));
    hash % SLOTS as u16
}

/// Which master owns each slot, and a connection to each master.
struct Table {
    /// Index into `masters` for every slot; `None` for a slot no master serves.
    owner: Box<[Option<u8>]>,
    masters: Vec<MultiplexedConnection>,
}

/// The fast path of one cluster connection; shared by its clones.
pub struct SlotRoutes {
    /// The first configured node: its scheme, TLS settings and credentials are used for
    /// every master, whose host and port come from `CLUSTER SLOTS`.
    seed: ConnectionInfo,
    /// The masters' connections' settings: the connection timeout only.
    timeouts: AsyncConnectionConfig,
    table: RwLock<Option<Arc<Table>>>,
    /// A table is being asked for (or the last try failed less than [`RETRY_AFTER`] ago).
    asking: AtomicBool,
}

impl SlotRoutes {
    /// `seed` is a TCP or TLS address: configuration accepts no other for a cluster
    /// (`config::RedisSettings`).
    pub fn new(seed: ConnectionInfo, connect: Duration) -> SlotRoutes {
        SlotRoutes {
            seed,
            // No response timeout of the connection's own: the caller bounds every
            // command, and a second timer a command cost about 600 instructions.
            timeouts: AsyncConnectionConfig::new()
                .set_connection_timeout(Some(connect))
                .set_response_timeout(None),
            table: RwLock::new(None),
            asking: AtomicBool::new(false),
        }
    }

    /// The connection to the master of `key`'s slot, if the table is known. Without a
    /// table, one is asked for in the background (through `cluster`) and the caller uses
    /// the cluster connection meanwhile.
    pub fn master_of(self: &Arc<Self>, key: &[u8], cluster: &ClusterConnection) -> Option<MultiplexedConnection> {
        let table = self.table.read().unwrap_or_else(|e| e.into_inner()).clone();
        match table {
            Some(table) => {
                let index = table.owner[usize::from(slot_of(key))]?;
                Some(table.masters[usize::from(index)].clone())
            }
            None => {
                self.ask_for_table(cluster);
                None
            }
        }
    }

    /// Whether a failed fast-path command means the table is stale: the slot has moved,
    /// the cluster is changing, or the master's connection broke. `ASK` (a slot still
    /// moving) is not: the table still names the slot's owner, and the cluster
    /// connection follows the redirection for that one command.
    pub fn is_stale(e: &RedisError) -> bool {
        e.is_connection_dropped() || e.is_io_error() || e.code().is_some_and(|c| matches!(c, "MOVED" | "CLUSTERDOWN"))
    }

    /// Forgets the table; the next command asks for a new one.
    pub fn forget(&self) {
        *self.table.write().unwrap_or_else(|e| e.into_inner()) = None;
    }

    fn ask_for_table(self: &Arc<Self>, cluster: &ClusterConnection) {
        if self.asking.swap(true, Ordering::AcqRel) {
            return;
        }
        let routes = Arc::clone(self);
        let mut cluster = cluster.clone();
        tokio::spawn(async move {
            match routes.make_table(&mut cluster).await {
                Ok(table) => {
                    *routes.table.write().unwrap_or_else(|e| e.into_inner()) = Some(Arc::new(table));
                }
                Err(kind) => {
                    // The kind only: an error's text can name hosts.
                    tracing::debug!(?kind, "redis cluster slot table not made; using the cluster connection");
                    tokio::time::sleep(RETRY_AFTER).await;
                }
            }
            routes.asking.store(false, Ordering::Release);
        });
    }

    async fn make_table(&self, cluster: &mut ClusterConnection) -> Result<Table, ErrorKind> {
        let reply: Value = redis::cmd("CLUSTER")
            .arg("SLOTS")
            .query_async(cluster)
            .await
            .map_err(|e| e.kind())?;
        let ranges = parse_slots(&reply).ok_or(ErrorKind::UnexpectedReturnType)?;
        let mut addresses: Vec<(String, u16)> = Vec::new();
        let mut owner = vec![None; SLOTS].into_boxed_slice();
        for (start, end, host, port) in ranges {
            let index = match addresses.iter().position(|a| a.0 == host && a.1 == port) {
                Some(i) => i,
                None => {
                    addresses.push((host, port));
                    addresses.len() - 1
                }
            };
            let index = u8::try_from(index).map_err(|_| ErrorKind::UnexpectedReturnType)?;
            for slot in &mut owner[usize::from(start)..=usize::from(end)] {
                *slot = Some(index);
            }
        }
        let mut masters = Vec::with_capacity(addresses.len());
        for (host, port) in addresses {
            let addr = match self.seed.addr() {
                ConnectionAddr::TcpTls {
                    insecure, tls_params, ..
                } => ConnectionAddr::TcpTls {
                    host,
                    port,
                    insecure: *insecure,
                    tls_params: tls_params.clone(),
                },
                _ => ConnectionAddr::Tcp(host, port),
            };
            let client = redis::Client::open(self.seed.clone().set_addr(addr)).map_err(|e| e.kind())?;
            let mut conn = client
                .get_multiplexed_async_connection_with_config(&self.timeouts)
                .await
                .map_err(|e| e.kind())?;
            // Named, so an operator's `CLIENT LIST` (and the tests) can tell these
            // connections from redis-rs's own. A user whose ACL refuses the name still
            // gets the fast path.
            if redis::cmd("CLIENT")
                .arg("SETNAME")
                .arg(CONNECTION_NAME)
                .query_async::<()>(&mut conn)
                .await
                .is_err()
            {
                tracing::debug!("redis cluster: the fast path's connection could not be named");
            }
            masters.push(conn);
        }
        Ok(Table { owner, masters })
    }
}

/// `CLUSTER SLOTS` as `(first slot, last slot, master host, master port)`; `None` if any
/// entry is not as the protocol describes (then the fast path stays off).
fn parse_slots(reply: &Value) -> Option<Vec<(u16, u16, String, u16)>> {
    let Value::Array(entries) = reply else { return None };
    let mut ranges = Vec::with_capacity(entries.len());
    for entry in entries {
        let Value::Array(fields) = entry else { return None };
        let (Some(Value::Int(start)), Some(Value::Int(end)), Some(Value::Array(master))) =
            (fields.first(), fields.get(1), fields.get(2))
        else {
            return None;
        };
        let host = match master.first()? {
            Value::BulkString(b) => String::from_utf8(b.clone()).ok()?,
            Value::SimpleString(s) => s.clone(),
            _ => return None,
        };
        // An empty host or `?` means "the node you asked", which this table cannot name.
        if host.is_empty() || host == "?" {
            return None;
        }
        let Some(Value::Int(port)) = master.get(1) else {
            return None;
        };
        let (start, end, port) = (
            u16::try_from(*start).ok()?,
            u16::try_from(*end).ok()?,
            u16::try_from(*port).ok()?,
        );
        if start > end || usize::from(end) >= SLOTS {
            return None;
        }
        ranges.push((start, end, host, port));
    }
    Some(ranges)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slots_follow_the_cluster_specification() {
        // The specification's check value, then slots Redis 7's `CLUSTER KEYSLOT` gave.
        assert_eq!(crc16::State::<crc16::XMODEM>::calculate(b"123456789"), 0x31C3);
        for (key, slot) in [
            ("foo", 12182),
            ("{user1000}.following", 3443),
            // An empty tag `{}` does not count: the whole key is hashed.
            ("foo{}{bar}", 8363),
            // The tag runs from the first `{` to the next `}`.
            ("foo{{bar}}zap", 4015),
            ("{bar", 4015),
            ("lotsa:{00017f80abcdefff090a0b0c0d0e0f10}", 15934),
            ("00017f80abcdefff090a0b0c0d0e0f10", 15934),
        ] {
            assert_eq!(slot_of(key.as_bytes()), slot, "{key}");
        }
    }

    #[test]
    fn a_slots_reply_that_is_not_as_described_turns_the_fast_path_off() {
        let master = |host: &str, port: i64| Value::Array(vec![Value::BulkString(host.into()), Value::Int(port)]);
        let entry = |start, end, m| Value::Array(vec![Value::Int(start), Value::Int(end), m]);
        let good = Value::Array(vec![
            entry(0, 5460, master("127.0.0.1", 7000)),
            entry(5461, 16383, master("127.0.0.1", 7001)),
        ]);
        assert_eq!(
            parse_slots(&good).unwrap(),
            vec![
                (0, 5460, "127.0.0.1".into(), 7000),
                (5461, 16383, "127.0.0.1".into(), 7001)
            ]
        );
        for bad in [
            Value::Nil,
            Value::Array(vec![entry(0, 16384, master("127.0.0.1", 7000))]),
            Value::Array(vec![entry(10, 5, master("127.0.0.1", 7000))]),
            Value::Array(vec![entry(0, 5, master("", 7000))]),
            Value::Array(vec![entry(0, 5, master("?", 7000))]),
            Value::Array(vec![entry(0, 5, master("127.0.0.1", 70_000))]),
            Value::Array(vec![Value::Array(vec![Value::Int(0)])]),
        ] {
            assert_eq!(parse_slots(&bad), None, "{bad:?}");
        }
    }
}
