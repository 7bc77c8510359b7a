//! What the scale and load examples share: a staff console's socket after a real login,
//! and Redis memory probes (`INFO used_memory`, `MEMORY USAGE` over a key pattern).
//! Declared with `mod common;` by each example that uses it; not an example itself.

#![allow(dead_code)]

use serde_json::json;
use tokio_tungstenite::tungstenite::client::IntoClientRequest;
use tokio_tungstenite::tungstenite::http::HeaderValue;

pub type Socket = tokio_tungstenite::WebSocketStream<tokio_tungstenite::MaybeTlsStream<tokio::net::TcpStream>>;

/// Logs staff member `id` in on the instance at `addr` and opens the console's socket
/// with the session cookie and the instance's own origin, as the console page does.
pub async fn console_socket(addr: &str, id: &str, password: &str) -> Socket {
    let login = reqwest::Client::new()
        .post(format!("http://{addr}/staff/login"))
        .header("origin", format!("http://{addr}"))
        .json(&json!({"id": id, "password": password}))
        .send()
        .await
        .expect("login");
    assert_eq!(login.status(), 200, "login as {id}");
    let cookie = login.headers()["set-cookie"]
        .to_str()
        .unwrap()
        .split(';')
        .next()
        .unwrap()
        .to_string();
    let mut request = format!("ws://{addr}/staff/ws").into_client_request().unwrap();
    let headers = request.headers_mut();
    headers.insert("cookie", HeaderValue::from_str(&cookie).unwrap());
    headers.insert("origin", HeaderValue::from_str(&format!("http://{addr}")).unwrap());
    let (ws, _) = tokio_tungstenite::connect_async(request).await.expect("console");
    ws
}

/// Redis's `used_memory`, in bytes.
pub async fn used_memory(conn: &mut redis::aio::MultiplexedConnection) -> i64 {
    let info: String = redis::cmd("INFO").arg("memory").query_async(conn).await.unwrap();
    info.lines()
        .find_map(|l| l.strip_prefix("used_memory:"))
        .and_then(|v| v.trim().parse().ok())
        .expect("used_memory in INFO memory")
}

/// Sum and count of `MEMORY USAGE` over every key matching `pattern`.
pub async fn usage_of(conn: &mut redis::aio::MultiplexedConnection, pattern: &str) -> (i64, i64) {
    let (mut sum, mut count, mut cursor) = (0, 0, 0u64);
    loop {
        let (next, batch): (u64, Vec<String>) = redis::cmd("SCAN")
            .arg(cursor)
            .arg("MATCH")
            .arg(pattern)
            .arg("COUNT")
            .arg(1000)
            .query_async(conn)
            .await
            .unwrap();
        for key in batch {
            let used: Option<i64> = redis::cmd("MEMORY")
                .arg("USAGE")
                .arg(&key)
                .arg("SAMPLES")
                .arg(0)
                .query_async(conn)
                .await
                .unwrap();
            sum += used.unwrap_or(0);
            count += 1;
        }
        if next == 0 {
            return (sum, count);
        }
        cursor = next;
    }
}
