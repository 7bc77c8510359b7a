//! A loopback Web Push service that checks what a real one would, and more: the VAPID
//! JWT (RFC 8292) is verified against the key in the `Authorization` header, its audience
//! is this service's origin and it expires within a day; the body is `aes128gcm` (RFC
//! 8291) and is decrypted with the subscription's private key, as the browser would.
//! Each subscription has its own path, and the status it answers can be set (410: gone).

use std::collections::{HashMap, HashSet};
use std::net::SocketAddr;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::Router;
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::routing::post;
use base64ct::{Base64UrlUnpadded, Encoding};
use rand::RngCore;
use serde_json::{Value, json};
use web_push_native::jwt_simple::prelude::*;
use web_push_native::p256;
use web_push_native::p256::elliptic_curve::sec1::ToEncodedPoint;

/// A browser's side of one subscription: its keys, and what its push service got.
#[derive(Clone)]
pub struct Browser {
    secret: p256::SecretKey,
    auth: [u8; 16],
}

impl Browser {
    pub fn new() -> Browser {
        let mut bytes = [0u8; 32];
        let secret = loop {
            rand::rng().fill_bytes(&mut bytes);
            if let Ok(s) = p256::SecretKey::from_slice(&bytes) {
                break s;
            }
        };
        let mut auth = [0u8; 16];
        rand::rng().fill_bytes(&mut auth);
        Browser { secret, auth }
    }

    /// `PushSubscription.toJSON()` for `endpoint`.
    pub fn subscription(&self, endpoint: &str) -> Value {
        let public = self.secret.public_key().to_encoded_point(false);
        json!({
            "endpoint": endpoint,
            "expirationTime": null,
            "keys": {
                "p256dh": Base64UrlUnpadded::encode_string(public.as_bytes()),
                "auth": Base64UrlUnpadded::encode_string(&self.auth),
            }
        })
    }
}

/// One push as received and checked.
#[derive(Debug, Clone)]
pub struct Delivered {
    pub path: String,
    /// The VAPID public key the JWT was verified with (base64url).
    pub vapid_key: String,
    pub headers: HeaderMap,
    /// The decrypted payload.
    pub payload: Value,
    /// The body as it crossed the wire.
    pub wire: Vec<u8>,
}

#[derive(Clone, Default)]
struct Shared {
    browsers: Arc<Mutex<HashMap<String, Browser>>>,
    answers: Arc<Mutex<HashMap<String, u16>>>,
    got: Arc<Mutex<Vec<Delivered>>>,
    refused: Arc<Mutex<Vec<String>>>,
    origin: Arc<Mutex<String>>,
}

pub struct PushService {
    pub addr: SocketAddr,
    shared: Shared,
}

impl PushService {
    pub async fn start() -> PushService {
        let shared = Shared::default();
        let app = Router::new()
            .route("/push/{id}", post(receive))
            .with_state(shared.clone());
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        // The audience is the push service's origin. web-push-native writes it as scheme
        // and host only, which is the origin for every real push service (all on 443);
        // this one listens on another port, so the port is left out here too.
        *shared.origin.lock().unwrap() = format!("http://{}", addr.ip());
        tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
        PushService { addr, shared }
    }

    /// The configuration prefix that allows this service.
    pub fn prefix(&self) -> String {
        format!("http://{}/push/", self.addr)
    }

    /// A new browser subscribed at `/push/<id>`; its JSON for `/staff/push/subscribe`.
    pub fn subscribe(&self, id: &str) -> Value {
        let browser = Browser::new();
        let sub = browser.subscription(&format!("{}{id}", self.prefix()));
        self.shared.browsers.lock().unwrap().insert(id.to_string(), browser);
        sub
    }

    /// Answer `status` to pushes for `id` from now on (410: the subscription is gone).
    pub fn answer(&self, id: &str, status: u16) {
        self.shared.answers.lock().unwrap().insert(id.to_string(), status);
    }

    pub fn delivered(&self) -> Vec<Delivered> {
        self.shared.got.lock().unwrap().clone()
    }

    /// Requests that failed a check, with why.
    pub fn refused(&self) -> Vec<String> {
        self.shared.refused.lock().unwrap().clone()
    }

    pub async fn wait_for(&self, id: &str, n: usize) -> Vec<Delivered> {
        let deadline = tokio::time::Instant::now() + Duration::from_secs(10);
        loop {
            let got: Vec<Delivered> = self.delivered().into_iter().filter(|d| d.path == id).collect();
            if got.len() >= n {
                return got;
            }
            assert!(
                tokio::time::Instant::now() < deadline,
                "{n} pushes for {id}, got {}; refused: {:?}",
                got.len(),
                self.refused()
            );
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }
}

async fn receive(State(shared): State<Shared>, Path(id): Path<String>, headers: HeaderMap, body: Bytes) -> StatusCode {
    match check(&shared, &id, &headers, &body) {
        Ok(delivered) => {
            shared.got.lock().unwrap().push(delivered);
            let status = shared.answers.lock().unwrap().get(&id).copied().unwrap_or(201);
            StatusCode::from_u16(status).unwrap()
        }
        Err(why) => {
            shared.refused.lock().unwrap().push(why);
            StatusCode::FORBIDDEN
        }
    }
}

fn check(shared: &Shared, id: &str, headers: &HeaderMap, body: &[u8]) -> Result<Delivered, String> {
    let header = |name: &str| headers.get(name).and_then(|v| v.to_str().ok()).map(str::to_string);
    let authorization = header("authorization").ok_or("no Authorization")?;
    let rest = authorization
        .strip_prefix("vapid ")
        .ok_or("not a vapid Authorization")?;
    let mut token = None;
    let mut key = None;
    for part in rest.split(',') {
        let part = part.trim();
        if let Some(t) = part.strip_prefix("t=") {
            token = Some(t.to_string());
        } else if let Some(k) = part.strip_prefix("k=") {
            key = Some(k.to_string());
        }
    }
    let (token, key) = (token.ok_or("no t=")?, key.ok_or("no k=")?);
    let raw = Base64UrlUnpadded::decode_vec(&key).map_err(|_| "k= is not base64url")?;
    let public = ES256PublicKey::from_bytes(&raw).map_err(|_| "k= is not a P-256 key")?;
    let origin = shared.origin.lock().unwrap().clone();
    let options = VerificationOptions {
        allowed_audiences: Some(HashSet::from([origin])),
        ..Default::default()
    };
    let claims = public
        .verify_token::<NoCustomClaims>(&token, Some(options))
        .map_err(|e| format!("VAPID JWT: {e}"))?;
    let expires = claims.expires_at.ok_or("no exp")?;
    if expires.as_secs() > Clock::now_since_epoch().as_secs() + 24 * 3600 {
        return Err("exp more than 24 hours away".into());
    }
    if claims.subject.is_none() {
        return Err("no sub".into());
    }
    if header("content-encoding").as_deref() != Some("aes128gcm") {
        return Err("not aes128gcm".into());
    }
    header("ttl").ok_or("no TTL")?;
    let browser = shared
        .browsers
        .lock()
        .unwrap()
        .get(id)
        .cloned()
        .ok_or("no such subscription")?;
    let auth = web_push_native::Auth::clone_from_slice(&browser.auth);
    let plain = web_push_native::decrypt(body.to_vec(), &browser.secret, &auth).map_err(|e| format!("decrypt: {e}"))?;
    let payload: Value = serde_json::from_slice(&plain).map_err(|_| "payload is not JSON")?;
    Ok(Delivered {
        path: id.to_string(),
        vapid_key: key,
        headers: headers.clone(),
        payload,
        wire: body.to_vec(),
    })
}
