//! Real `redis-server` processes for tests: one server on a free port with AOF in a
//! temporary directory, or a three-node Redis Cluster. Killed when dropped.

use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use tempfile::TempDir;

/// A port nothing listens on right now (the OS picks it; a tiny race is acceptable).
pub fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

pub struct RedisServer {
    pub port: u16,
    child: Option<Child>,
    dir: TempDir,
    extra: Vec<String>,
    password: Option<String>,
}

impl RedisServer {
    /// A single server with AOF persistence (`appendfsync always`, so a kill loses
    /// nothing that was acknowledged) and no RDB snapshots.
    pub async fn start() -> RedisServer {
        RedisServer::start_with(Vec::new()).await
    }

    /// A server that also listens on a unix socket, `<dir>/redis.sock`.
    pub async fn start_unix() -> RedisServer {
        let dir = tempfile::tempdir().unwrap();
        let sock = dir.path().join("redis.sock");
        let mut server = RedisServer {
            port: free_port(),
            child: None,
            dir,
            extra: vec!["--unixsocket".into(), sock.display().to_string()],
            password: None,
        };
        server.spawn().await;
        server
    }

    pub fn unix_url(&self) -> String {
        format!("unix://{}", self.dir.path().join("redis.sock").display())
    }

    /// A server that requires `password` (`requirepass`); [`RedisServer::url`] carries it.
    pub async fn start_with_password(password: &str) -> RedisServer {
        let mut server = RedisServer {
            port: free_port(),
            child: None,
            dir: tempfile::tempdir().unwrap(),
            extra: vec!["--requirepass".into(), password.into()],
            password: Some(password.into()),
        };
        server.spawn().await;
        server
    }

    async fn start_with(extra: Vec<String>) -> RedisServer {
        let mut server = RedisServer {
            port: free_port(),
            child: None,
            dir: tempfile::tempdir().unwrap(),
            extra,
            password: None,
        };
        server.spawn().await;
        server
    }

    fn spawn_process(port: u16, dir: &Path, extra: &[String]) -> Child {
        Command::new("redis-server")
            .args(["--port", &port.to_string(), "--bind", "127.0.0.1", "--dir"])
            .arg(dir)
            .args([
                "--appendonly",
                "yes",
                "--appendfsync",
                "always",
                "--save",
                "",
                "--protected-mode",
                "no",
                "--loglevel",
                "warning",
            ])
            .args(extra)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("redis-server runs (scripts/test.sh installs it)")
    }

    async fn spawn(&mut self) {
        self.child = Some(RedisServer::spawn_process(self.port, self.dir.path(), &self.extra));
        wait_for_ping(&self.url()).await;
    }

    pub fn url(&self) -> String {
        match &self.password {
            Some(p) => format!("redis://:{p}@127.0.0.1:{}", self.port),
            None => format!("redis://127.0.0.1:{}", self.port),
        }
    }

    /// SIGKILL: no shutdown, no final save; only what AOF already holds survives.
    pub fn kill(&mut self) {
        if let Some(mut child) = self.child.take() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }

    /// SIGSTOP: Redis holds every connection open and answers nothing, as a hung server
    /// or a stalled disk would.
    pub fn pause(&self) {
        self.signal("-STOP");
    }

    /// SIGCONT after [`pause`](Self::pause).
    pub fn resume(&self) {
        self.signal("-CONT");
    }

    fn signal(&self, signal: &str) {
        let pid = self.child.as_ref().expect("redis is running").id().to_string();
        let status = std::process::Command::new("kill")
            .args([signal, &pid])
            .status()
            .unwrap();
        assert!(status.success(), "kill {signal} {pid}");
    }

    /// Starts again on the same port and directory, reloading the AOF.
    pub async fn restart(&mut self) {
        self.kill();
        self.spawn().await;
    }

    /// A plain connection for inspecting what the application stored.
    pub async fn client(&self) -> redis::aio::MultiplexedConnection {
        redis::Client::open(self.url())
            .unwrap()
            .get_multiplexed_async_connection()
            .await
            .unwrap()
    }
}

impl Drop for RedisServer {
    fn drop(&mut self) {
        self.kill();
    }
}

async fn wait_for_ping(url: &str) {
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        if let Ok(client) = redis::Client::open(url)
            && let Ok(mut conn) = client.get_multiplexed_async_connection().await
            && redis::cmd("PING").query_async::<String>(&mut conn).await.is_ok()
        {
            return;
        }
        assert!(Instant::now() < deadline, "redis-server did not start");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

/// Every `lotsa:` key in one server's database, found with SCAN as an operator would,
/// except the anonymous day counters (`lotsa:stats:<day>`, which outlive conversations by
/// design; `tests/stats.rs` checks what they hold).
pub async fn lotsa_keys(conn: &mut redis::aio::MultiplexedConnection) -> Vec<String> {
    all_lotsa_keys(conn)
        .await
        .into_iter()
        .filter(|k| !k.starts_with("lotsa:stats:"))
        .collect()
}

/// Every `lotsa:` key, the day counters included.
pub async fn all_lotsa_keys(conn: &mut redis::aio::MultiplexedConnection) -> Vec<String> {
    let mut keys = Vec::new();
    let mut cursor = 0u64;
    loop {
        let (next, batch): (u64, Vec<String>) = redis::cmd("SCAN")
            .arg(cursor)
            .arg("MATCH")
            .arg("lotsa:*")
            .arg("COUNT")
            .arg(1000)
            .query_async(conn)
            .await
            .unwrap();
        keys.extend(batch);
        if next == 0 {
            return keys;
        }
        cursor = next;
    }
}

/// A three-master Redis Cluster, created with `redis-cli --cluster create`.
pub struct RedisCluster {
    pub nodes: Vec<RedisServer>,
}

impl RedisCluster {
    pub async fn start() -> RedisCluster {
        let mut nodes = Vec::new();
        for _ in 0..3 {
            // The cluster bus needs a second port; name it, rather than port + 10000,
            // which may be taken or above 65535.
            let extra = vec![
                "--cluster-enabled".into(),
                "yes".into(),
                "--cluster-config-file".into(),
                "nodes.conf".into(),
                "--cluster-port".into(),
                free_port().to_string(),
                "--cluster-node-timeout".into(),
                "2000".into(),
            ];
            nodes.push(RedisServer::start_with(extra).await);
        }
        let mut create = Command::new("redis-cli");
        create.arg("--cluster").arg("create");
        for n in &nodes {
            create.arg(format!("127.0.0.1:{}", n.port));
        }
        let status = create
            .args(["--cluster-replicas", "0", "--cluster-yes"])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status()
            .expect("redis-cli runs");
        assert!(status.success(), "redis-cli --cluster create failed");
        let deadline = Instant::now() + Duration::from_secs(20);
        for n in &nodes {
            let mut conn = n.client().await;
            loop {
                let info: String = redis::cmd("CLUSTER").arg("INFO").query_async(&mut conn).await.unwrap();
                if info.contains("cluster_state:ok") {
                    break;
                }
                assert!(Instant::now() < deadline, "cluster did not reach cluster_state:ok");
                tokio::time::sleep(Duration::from_millis(100)).await;
            }
        }
        RedisCluster { nodes }
    }

    /// The comma-separated seed list `redis_url` takes for a cluster.
    pub fn url(&self) -> String {
        self.nodes.iter().map(RedisServer::url).collect::<Vec<_>>().join(",")
    }

    /// `lotsa:` keys on every node.
    pub async fn lotsa_keys(&self) -> Vec<String> {
        let mut keys = Vec::new();
        for n in &self.nodes {
            keys.extend(lotsa_keys(&mut n.client().await).await);
        }
        keys
    }
}
