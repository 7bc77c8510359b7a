//! A loopback receiver for on-call webhooks: records every request (headers and body)
//! and answers with the statuses it is told to, in order, then 200.

use std::collections::VecDeque;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::Router;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::routing::post;

#[derive(Debug, Clone)]
pub struct Received {
    pub path: String,
    pub headers: HeaderMap,
    pub body: String,
}

#[derive(Clone, Default)]
struct Shared {
    got: Arc<Mutex<Vec<Received>>>,
    answers: Arc<Mutex<VecDeque<u16>>>,
}

pub struct Receiver {
    pub addr: SocketAddr,
    shared: Shared,
}

impl Receiver {
    /// Starts a receiver that answers `answers` first (e.g. `[500, 500]`), then 200.
    pub async fn start(answers: &[u16]) -> Receiver {
        let shared = Shared::default();
        shared.answers.lock().unwrap().extend(answers.iter().copied());
        let app = Router::new().route("/{*path}", post(record)).with_state(shared.clone());
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
        Receiver { addr, shared }
    }

    pub fn url(&self, path: &str) -> String {
        format!("http://{}/{path}", self.addr)
    }

    pub fn received(&self) -> Vec<Received> {
        self.shared.got.lock().unwrap().clone()
    }

    /// Waits until `n` requests arrived at `path` (10 s at most), and returns them.
    pub async fn wait_for(&self, path: &str, n: usize) -> Vec<Received> {
        let deadline = tokio::time::Instant::now() + Duration::from_secs(10);
        loop {
            let got: Vec<Received> = self.received().into_iter().filter(|r| r.path == path).collect();
            if got.len() >= n {
                return got;
            }
            assert!(
                tokio::time::Instant::now() < deadline,
                "{n} requests at /{path}, got {}: {got:#?}",
                got.len()
            );
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }
}

async fn record(State(shared): State<Shared>, uri: axum::http::Uri, headers: HeaderMap, body: String) -> StatusCode {
    shared.got.lock().unwrap().push(Received {
        path: uri.path().trim_start_matches('/').to_string(),
        headers,
        body,
    });
    let next = shared.answers.lock().unwrap().pop_front().unwrap_or(200);
    StatusCode::from_u16(next).unwrap()
}
