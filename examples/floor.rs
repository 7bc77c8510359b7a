//! The floor: a bare axum WebSocket server that is what lotsa's web chat path would cost
//! with no engine, no Fluent and no store. Bench-only; `deploy/bench.sh` measures it first
//! so lotsa's figures can be read as a ratio of what these crates allow on this machine.
//!
//! `cargo run --release --example floor -- [bind]` (default `127.0.0.1:0`); it prints
//! `listening on <addr>` and serves until killed.
//!
//! It answers every text frame with a protocol-shaped `say` and `ask` (the sizes of a
//! typical self-check step), sent one `send` (one flush) each, on axum's default
//! WebSocket settings, with `TCP_NODELAY` as lotsa sets it. That is the straightforward
//! way to write this server, which is the point: lotsa should cost no more than it.

use axum::Router;
use axum::extract::ws::{Message, Utf8Bytes, WebSocket, WebSocketUpgrade};
use axum::response::Response;
use axum::routing::get;
use axum::serve::ListenerExt;
use serde_json::json;

#[tokio::main]
async fn main() -> std::io::Result<()> {
    let bind = std::env::args().nth(1).unwrap_or_else(|| "127.0.0.1:0".into());
    let listener = tokio::net::TcpListener::bind(&bind).await?;
    println!("listening on {}", listener.local_addr()?);
    let listener = listener.tap_io(|tcp| {
        let _ = tcp.set_nodelay(true);
    });
    let app = Router::new().route("/chat/ws", get(upgrade));
    axum::serve(listener, app).await
}

async fn upgrade(ws: WebSocketUpgrade) -> Response {
    ws.on_upgrade(serve)
}

async fn serve(mut socket: WebSocket) {
    // Shaped and sized like one step of the self-check: a statement, then a question with
    // three answers, each with its language and direction.
    let choice = |id: &str, label: &str| json!({"id": id, "label": label, "lang": "en", "dir": "ltr"});
    let say = json!({
        "type": "say",
        "text": "Thank you. Some questions about your situation follow; you can stop at any time.",
        "lang": "en",
        "dir": "ltr",
    })
    .to_string();
    let ask = json!({
        "type": "ask",
        "text": "Does someone else keep your passport or other identity papers?",
        "lang": "en",
        "dir": "ltr",
        "choices": [choice("sign.yes", "Yes"), choice("sign.no", "No"), choice("sign.unsure", "I am not sure")],
    })
    .to_string();
    while let Some(Ok(message)) = socket.recv().await {
        match message {
            Message::Text(_) => {
                for frame in [&say, &ask] {
                    if socket
                        .send(Message::Text(Utf8Bytes::from(frame.as_str())))
                        .await
                        .is_err()
                    {
                        return;
                    }
                }
            }
            Message::Close(_) => return,
            _ => {}
        }
    }
}
