//! The real `lotsa` binary under test: started with the test configuration, its port and
//! metrics port read from its first log lines, its log kept, killed when dropped.

use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use super::{Ws, settings_toml};

/// The real binary, configured by `extra` in the file and by `env`; its log lines kept.
pub struct Binary {
    child: Child,
    pub port: u16,
    /// Where `/metrics` is served (the test configuration's `metrics_bind` port 0).
    pub metrics_port: Option<u16>,
    log: Arc<Mutex<Vec<String>>>,
    _config: tempfile::NamedTempFile,
}

impl Binary {
    pub fn start(extra: &str, env: &[(&str, &str)]) -> Binary {
        let config = tempfile::NamedTempFile::new().unwrap();
        std::fs::write(config.path(), settings_toml(extra)).unwrap();
        let mut child = Command::new(env!("CARGO_BIN_EXE_lotsa"))
            .env("LOTSA_CONFIG", config.path())
            .env("LOTSA_LOG_FORMAT", "json")
            .env("RUST_LOG", "info")
            .envs(env.iter().copied())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("the lotsa binary starts");
        let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
        let log = Arc::new(Mutex::new(Vec::new()));
        let (port, metrics_port) = loop {
            let line = lines.next().expect("lotsa logs that it listens").unwrap();
            log.lock().unwrap().push(line.clone());
            let entry: serde_json::Value = serde_json::from_str(&line).expect("JSON log lines");
            if entry["fields"]["message"] == "lotsa is listening" {
                let fields = &entry["fields"];
                let port = fields["port"].as_u64().unwrap() as u16;
                break (port, fields["metrics_port"].as_u64().map(|p| p as u16));
            }
        };
        // Keep reading, so the process never blocks on a full pipe.
        let kept = log.clone();
        std::thread::spawn(move || {
            for line in lines.map_while(Result::ok) {
                kept.lock().unwrap().push(line);
            }
        });
        Binary {
            child,
            port,
            metrics_port,
            log,
            _config: config,
        }
    }

    pub fn ws_url(&self) -> String {
        format!("ws://127.0.0.1:{}/chat/ws", self.port)
    }

    pub fn http(&self, path: &str) -> String {
        format!("http://127.0.0.1:{}{path}", self.port)
    }

    pub async fn ws(&self) -> Ws {
        let (stream, _) = tokio_tungstenite::connect_async(self.ws_url()).await.expect("connects");
        Ws { stream }
    }

    /// The metrics text, from the metrics listener.
    pub async fn metrics(&self) -> String {
        let port = self.metrics_port.expect("metrics_bind is not off");
        let url = format!("http://127.0.0.1:{port}/metrics");
        reqwest::get(url).await.unwrap().text().await.unwrap()
    }

    /// The process's resident memory (`VmRSS` in /proc), in bytes.
    pub fn rss(&self) -> u64 {
        self.memory("VmRSS")
    }

    /// A line of `/proc/<pid>/status` in bytes: `VmRSS` (resident now) or `VmHWM` (the
    /// peak resident size since the process started).
    pub fn memory(&self, field: &str) -> u64 {
        let status = std::fs::read_to_string(format!("/proc/{}/status", self.child.id())).unwrap();
        let line = status
            .lines()
            .find(|l| l.starts_with(&format!("{field}:")))
            .unwrap_or_else(|| panic!("no {field} in /proc status"));
        let kb: u64 = line
            .split_whitespace()
            .nth(1)
            .and_then(|n| n.parse().ok())
            .expect("a size in kB");
        kb * 1024
    }

    pub fn log(&self) -> String {
        self.log.lock().unwrap().join("\n")
    }

    /// Sends SIGTERM.
    pub fn terminate(&self) {
        let status = Command::new("kill")
            .args(["-TERM", &self.child.id().to_string()])
            .status()
            .unwrap();
        assert!(status.success());
    }

    /// The exit status, waiting at most `limit`.
    pub async fn exit_within(&mut self, limit: Duration) -> std::process::ExitStatus {
        let deadline = Instant::now() + limit;
        loop {
            if let Some(status) = self.child.try_wait().unwrap() {
                return status;
            }
            assert!(Instant::now() < deadline, "still running after {limit:?}");
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }
}

impl Drop for Binary {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
