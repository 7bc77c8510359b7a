//! `rediss://`: the Redis store over TLS, against a real `redis-server --tls-port` with a
//! certificate from a test CA made with `openssl`. Its own test binary, because it points
//! `SSL_CERT_FILE` (which the client's root store reads) at that CA for the whole process.

mod common;

use std::path::Path;
use std::process::{Command, Stdio};
use std::sync::Arc;
use std::time::{Duration, Instant};

use common::redis::free_port;
use lotsa::session::SessionStore;
use lotsa::session::redis_store::{RedisConn, RedisStore};

fn openssl(dir: &Path, args: &[&str]) {
    let status = Command::new("openssl")
        .args(args)
        .current_dir(dir)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .expect("openssl runs");
    assert!(status.success(), "openssl {args:?}");
}

/// A CA and a server certificate for 127.0.0.1 signed by it.
fn make_certs(dir: &Path) {
    openssl(
        dir,
        &[
            "req",
            "-x509",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-days",
            "2",
            "-subj",
            "/CN=lotsa test CA",
            "-keyout",
            "ca.key",
            "-out",
            "ca.crt",
        ],
    );
    openssl(
        dir,
        &[
            "req",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-subj",
            "/CN=127.0.0.1",
            "-keyout",
            "server.key",
            "-out",
            "server.csr",
        ],
    );
    std::fs::write(
        dir.join("ext.cnf"),
        "subjectAltName=IP:127.0.0.1\nbasicConstraints=CA:FALSE\n",
    )
    .unwrap();
    openssl(
        dir,
        &[
            "x509",
            "-req",
            "-in",
            "server.csr",
            "-CA",
            "ca.crt",
            "-CAkey",
            "ca.key",
            "-CAcreateserial",
            "-days",
            "2",
            "-extfile",
            "ext.cnf",
            "-out",
            "server.crt",
        ],
    );
}

#[tokio::test]
async fn rediss_urls_use_tls_and_meet_the_contract() {
    let dir = tempfile::tempdir().unwrap();
    make_certs(dir.path());
    // SAFETY: set before any other thread of this test binary reads the environment;
    // this binary holds this one test only.
    unsafe { std::env::set_var("SSL_CERT_FILE", dir.path().join("ca.crt")) };
    let port = free_port();
    let _server = KillOnDrop(
        Command::new("redis-server")
            .args([
                "--port",
                "0",
                "--tls-port",
                &port.to_string(),
                "--bind",
                "127.0.0.1",
                "--save",
                "",
            ])
            .arg("--dir")
            .arg(dir.path())
            .args(["--tls-auth-clients", "no", "--loglevel", "warning"])
            .args([
                "--tls-cert-file",
                "server.crt",
                "--tls-key-file",
                "server.key",
                "--tls-ca-cert-file",
                "ca.crt",
            ])
            .current_dir(dir.path())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("redis-server runs"),
    );

    let idle = Duration::from_secs(1);
    let settings = common::settings(&format!("redis_url = \"rediss://127.0.0.1:{port}\""));
    let conn = RedisConn::open(settings.redis.as_ref().unwrap()).unwrap();
    let store = Arc::new(RedisStore::new(conn, Arc::new(common::content()), idle));
    let deadline = Instant::now() + Duration::from_secs(10);
    while store.ping().await.is_err() {
        assert!(Instant::now() < deadline, "no TLS connection to redis-server");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    common::contract::run(store, &common::content(), idle).await;

    // The same server refuses a plain connection: the store really spoke TLS.
    let plain = common::settings(&format!("redis_url = \"redis://127.0.0.1:{port}\""));
    let conn = RedisConn::open(plain.redis.as_ref().unwrap()).unwrap();
    let store = RedisStore::new(conn, Arc::new(common::content()), idle);
    assert!(store.ping().await.is_err());
}

/// Stops the server even when an assertion fails.
struct KillOnDrop(std::process::Child);

impl Drop for KillOnDrop {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}
