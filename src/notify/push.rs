//! Web Push to staff browsers (RFC 8030), encrypted end to end (RFC 8291, `aes128gcm`)
//! and signed with VAPID (RFC 8292) by `web-push-native`; no hand-written cryptography.
//!
//! A console's "Notify me on this device" switch hands the browser's `PushSubscription`
//! to `POST /staff/push/subscribe`. It is kept in the shared store under a hash of its
//! endpoint, sealed (the endpoint is a capability, and `p256dh`/`auth` decrypt what is
//! sent), with the staff member's id and regions, for [`SUBSCRIPTION_TTL`]; a push
//! service that answers 404 or 410 has forgotten it, and so do we. A subscription made
//! under another VAPID key (before a key rotation) is dropped too: the console subscribes
//! again on its next load.
//!
//! The payload is `{"region":"…","urgent":…,"waiting":…}`: no case code, no language, no
//! text. Endpoints must start with one of the configured push services
//! (`notify.push_services`), so no one can make the server POST to an address of their
//! choosing.

use std::sync::Arc;
use std::time::Duration;

use async_trait::async_trait;
use base64ct::{Base64UrlUnpadded, Encoding};
use secrecy::{ExposeSecret, SecretBox};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use web_push_native::jwt_simple::algorithms::ES256KeyPair;
use web_push_native::p256;
use web_push_native::{Auth, WebPushBuilder};

use super::{Alert, Pager};
use crate::privacy::CaseKeys;
use crate::region::Region;
use crate::session::kv::Kv;

/// A subscription not renewed this long is forgotten (each console load renews it).
pub const SUBSCRIPTION_TTL: Duration = Duration::from_secs(30 * 24 * 3600);
/// How long a push service keeps a message for an offline browser: a waiting person
/// needs someone within minutes, not tomorrow.
const MESSAGE_TTL: Duration = Duration::from_secs(15 * 60);
const SUBSCRIPTIONS: &str = "lotsa:{staff}:pushes";
const MAX_ENDPOINT: usize = 2048;

fn key(id: &str) -> String {
    format!("lotsa:{{staff}}:push:{id}")
}

/// The browser's `PushSubscription.toJSON()`.
#[derive(Debug, Clone, Deserialize)]
pub struct BrowserSubscription {
    pub endpoint: String,
    pub keys: BrowserKeys,
}

#[derive(Debug, Clone, Deserialize)]
pub struct BrowserKeys {
    pub p256dh: String,
    pub auth: String,
}

/// What is kept (sealed) for one subscription.
#[derive(Debug, Clone, Serialize, Deserialize)]
struct Stored {
    staff: String,
    regions: Vec<Region>,
    all: bool,
    endpoint: String,
    p256dh: String,
    auth: String,
    /// The VAPID public key it was made for.
    vapid: String,
}

/// Who subscribes, as the staff layer authenticated them.
#[derive(Debug, Clone)]
pub struct Subscriber<'a> {
    pub id: &'a str,
    pub regions: &'a [Region],
    pub all: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum PushError {
    /// Not a subscription a browser makes, or not for an allowed push service.
    #[error("bad_request")]
    BadRequest,
    #[error("unavailable")]
    Unavailable,
}

/// Whether a team's staff are on duty now (its opening hours), given by `startup`.
pub type OnDuty = Box<dyn Fn(Region) -> bool + Send + Sync>;

pub struct WebPush {
    kv: Arc<dyn Kv>,
    seal: CaseKeys,
    vapid: ES256KeyPair,
    public_key: String,
    /// The VAPID `sub` claim: how a push service may reach the operator.
    contact: String,
    services: Vec<String>,
    on_duty: OnDuty,
    client: reqwest::Client,
}

impl std::fmt::Debug for WebPush {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("WebPush")
            .field("services", &self.services.len())
            .finish()
    }
}

impl WebPush {
    /// `secret`: the VAPID key's secret bytes (`privacy::vapid_secret`); `services`: the
    /// endpoint prefixes accepted.
    pub fn new(
        kv: Arc<dyn Kv>,
        seal: CaseKeys,
        secret: &SecretBox<[u8; 32]>,
        contact: String,
        services: Vec<String>,
        on_duty: OnDuty,
    ) -> WebPush {
        let vapid = ES256KeyPair::from_bytes(secret.expose_secret()).expect("a checked P-256 scalar");
        let public = p256::SecretKey::from_slice(secret.expose_secret())
            .expect("a checked P-256 scalar")
            .public_key();
        use p256::elliptic_curve::sec1::ToEncodedPoint;
        let public_key = Base64UrlUnpadded::encode_string(public.to_encoded_point(false).as_bytes());
        let client = reqwest::Client::builder()
            .timeout(Duration::from_secs(10))
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .expect("an HTTP client with these settings builds");
        WebPush {
            kv,
            seal,
            vapid,
            public_key,
            contact,
            services,
            on_duty,
            client,
        }
    }

    /// The VAPID public key, base64url (the console's `applicationServerKey`).
    pub fn public_key(&self) -> &str {
        &self.public_key
    }

    pub async fn subscribe(&self, who: Subscriber<'_>, sub: BrowserSubscription) -> Result<(), PushError> {
        self.check(&sub)?;
        let id = id_of(&sub.endpoint);
        let stored = Stored {
            staff: who.id.to_string(),
            regions: who.regions.to_vec(),
            all: who.all,
            endpoint: sub.endpoint,
            p256dh: sub.keys.p256dh,
            auth: sub.keys.auth,
            vapid: self.public_key.clone(),
        };
        let plain = serde_json::to_vec(&stored).expect("a subscription serializes");
        let sealed = self.seal.seal(id.as_bytes(), &plain);
        self.kv
            .set(&key(&id), &sealed, SUBSCRIPTION_TTL)
            .await
            .map_err(|_| PushError::Unavailable)?;
        self.kv
            .set_add(SUBSCRIPTIONS, &id, SUBSCRIPTION_TTL)
            .await
            .map_err(|_| PushError::Unavailable)
    }

    /// Forgets `endpoint`, if `staff` subscribed it (another's is left alone, silently).
    pub async fn unsubscribe(&self, staff: &str, endpoint: &str) -> Result<(), PushError> {
        let id = id_of(endpoint);
        match self.load(&id).await {
            Some(s) if s.staff == staff => self.forget(&id).await,
            _ => {}
        }
        Ok(())
    }

    /// A subscription a browser could have made, for an allowed push service.
    fn check(&self, sub: &BrowserSubscription) -> Result<(), PushError> {
        let endpoint = &sub.endpoint;
        let allowed = allowed_service(&self.services, endpoint);
        let uri_ok = endpoint.len() <= MAX_ENDPOINT && endpoint.parse::<http::Uri>().is_ok();
        let p256dh = Base64UrlUnpadded::decode_vec(sub.keys.p256dh.trim_end_matches('=')).ok();
        let key_ok = p256dh.is_some_and(|k| p256::PublicKey::from_sec1_bytes(&k).is_ok());
        let auth = Base64UrlUnpadded::decode_vec(sub.keys.auth.trim_end_matches('=')).ok();
        let auth_ok = auth.is_some_and(|a| a.len() == 16);
        if allowed && uri_ok && key_ok && auth_ok {
            Ok(())
        } else {
            Err(PushError::BadRequest)
        }
    }

    async fn load(&self, id: &str) -> Option<Stored> {
        let sealed = self.kv.get(&key(id)).await.ok()??;
        let plain = self.seal.open(id.as_bytes(), &sealed)?;
        serde_json::from_slice(&plain).ok()
    }

    async fn forget(&self, id: &str) {
        let _ = self.kv.del(&[key(id)]).await;
        let _ = self.kv.set_remove(SUBSCRIPTIONS, id).await;
    }

    /// How many subscriptions are kept (for tests and the benchmark).
    pub async fn count(&self) -> usize {
        self.kv.members(SUBSCRIPTIONS).await.map(|m| m.len()).unwrap_or(0)
    }

    /// Sends one push to `stored`; forgets it when the push service has.
    async fn send(&self, id: &str, stored: &Stored, alert: Alert) {
        let Some(request) = self.request(stored, alert) else {
            self.forget(id).await;
            return;
        };
        match request.send().await {
            Ok(r) if r.status().is_success() => {}
            Ok(r) if matches!(r.status().as_u16(), 404 | 410) => self.forget(id).await,
            Ok(r) => tracing::warn!(status = r.status().as_u16(), "a push service refused a notification"),
            Err(_) => tracing::warn!("a push service was unreachable"),
        }
    }

    fn request(&self, stored: &Stored, alert: Alert) -> Option<reqwest::RequestBuilder> {
        let endpoint: http::Uri = stored.endpoint.parse().ok()?;
        let p256dh = Base64UrlUnpadded::decode_vec(stored.p256dh.trim_end_matches('=')).ok()?;
        let ua_public = p256::PublicKey::from_sec1_bytes(&p256dh).ok()?;
        let auth = Base64UrlUnpadded::decode_vec(stored.auth.trim_end_matches('=')).ok()?;
        if auth.len() != 16 {
            return None;
        }
        let payload = serde_json::to_vec(&serde_json::json!({
            "region": alert.team.id(),
            "urgent": alert.urgent,
            "waiting": alert.waiting,
        }))
        .expect("a payload serializes");
        let built = WebPushBuilder::new(endpoint, ua_public, Auth::clone_from_slice(&auth))
            .with_valid_duration(MESSAGE_TTL)
            .with_vapid(&self.vapid, &self.contact)
            .build(payload)
            .ok()?;
        let (parts, body) = built.into_parts();
        let urgency = if alert.urgent { "high" } else { "normal" };
        Some(
            self.client
                .post(stored.endpoint.as_str())
                .headers(parts.headers)
                .header("Urgency", urgency)
                .body(body),
        )
    }

    /// Every kept subscription, unsealed; those made under another VAPID key, or that no
    /// longer open, are forgotten.
    async fn all(&self) -> Vec<(String, Stored)> {
        let Ok(ids) = self.kv.members(SUBSCRIPTIONS).await else {
            return Vec::new();
        };
        let mut out = Vec::new();
        for id in ids {
            match self.load(&id).await {
                Some(s) if s.vapid == self.public_key => out.push((id, s)),
                _ => self.forget(&id).await,
            }
        }
        out
    }
}

/// Whether `endpoint` belongs to one of `services`: a host (`fcm.googleapis.com`), a
/// host pattern (`*.notify.windows.com`), both over https only, or an address prefix
/// (`http://127.0.0.1:9000/`, for a push service on the operator's own network or tests).
pub fn allowed_service(services: &[String], endpoint: &str) -> bool {
    let Ok(url) = url::Url::parse(endpoint) else {
        return false;
    };
    let host = url.host_str().unwrap_or("");
    services.iter().any(|s| {
        if s.starts_with("https://") || s.starts_with("http://") {
            endpoint.starts_with(s.as_str())
        } else if let Some(suffix) = s.strip_prefix("*.") {
            url.scheme() == "https" && host.ends_with(&format!(".{suffix}"))
        } else {
            url.scheme() == "https" && host == s
        }
    })
}

/// A subscription's store id: a hash of its endpoint, so the same browser subscribing
/// again replaces its entry and the key shows nothing of the endpoint.
fn id_of(endpoint: &str) -> String {
    hex::encode(&Sha256::digest(endpoint.as_bytes())[..16])
}

/// A shared handle, so startup can keep it for the routes and give it to the notifier.
#[async_trait]
impl Pager for Arc<WebPush> {
    async fn reaches(&self, alert: &Alert) -> bool {
        if self
            .kv
            .members(SUBSCRIPTIONS)
            .await
            .map(|m| m.is_empty())
            .unwrap_or(true)
        {
            return false;
        }
        self.all().await.iter().any(|(_, s)| self.reached(s, alert))
    }

    async fn page(&self, alert: Alert) {
        let push = self.clone();
        // In a task of its own: a slow push service never holds up a case.
        tokio::spawn(async move {
            for (id, stored) in push.all().await {
                if push.reached(&stored, &alert) {
                    push.send(&id, &stored, alert).await;
                }
            }
        });
    }
}

impl WebPush {
    /// Whether this subscription hears of `alert`: its team's staff on duty, or, for an
    /// escalation (the second call), the national team's members and admins, on duty or
    /// not.
    fn reached(&self, stored: &Stored, alert: &Alert) -> bool {
        if alert.escalated {
            stored.all || stored.regions.contains(&Region::National)
        } else {
            stored.regions.contains(&alert.team) && (self.on_duty)(alert.team)
        }
    }
}
