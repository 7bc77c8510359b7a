//! Staff login and sessions: argon2id passwords with an optional TOTP code, server-side
//! sessions in the shared [`Kv`] behind an HttpOnly, SameSite=Strict cookie, a CSRF
//! token per session, the `Origin` check, in-memory rate limits, and the audit log.
//!
//! The cookie carries a random 256-bit session id. The store holds only an HMAC of it
//! (`lotsa:{staff}:<hex>`, under a key derived from the root secret for this purpose), so
//! a copy of the store cannot be used to take over a session. A wrong password, an
//! unknown account and a missing or wrong TOTP code get the same answer after the same
//! work: an unknown account is verified against a dummy hash with the parameters of the
//! most demanding account ([`argon`]). Each session holds a keyed fingerprint of its
//! account's password hash and TOTP secret, so changing either ends the sessions opened
//! before. Failed logins lock an account per address and slow it down everywhere
//! ([`limits`]).
//!
//! Nothing about the request other than the staff id as typed reaches the logs: no
//! address (the rate limits keep addresses in memory only, for 15 minutes at most), no
//! password, cookie or token.

mod argon;
mod limits;

use std::collections::HashMap;
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use argon2::Argon2;
use argon2::password_hash::{PasswordHasher, SaltString};
use axum::body::Bytes;
use axum::extract::{ConnectInfo, DefaultBodyLimit, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Extension, Json, Router};
use hmac::{Hmac, Mac};
use rand::RngCore;
use secrecy::{ExposeSecret, SecretBox, SecretString};
use serde::{Deserialize, Serialize};
use serde_json::json;
use sha2::Sha256;
use subtle::ConstantTimeEq;
use totp_rs::{Algorithm, TOTP};

pub use self::argon::{MAX_PARALLEL, QUEUE_WAIT};
use self::argon::{Verifier, dummy_hash, mixed_parameters};
use self::limits::RateLimits;
pub use self::limits::{ACCOUNT_FAILURES, ADDRESS_FAILURES, RATE_WINDOW, SLOW_AFTER, SLOW_FIRST, SLOW_MAX, slowdown};
use crate::config::{ClientAddress, Role, Settings, StaffAccount, totp_secret_bytes};
use crate::privacy::{Roots, derive_key};
use crate::region::Region;
use crate::session::StoreError;
use crate::session::kv::Kv;

/// Longest password accepted, in bytes (by `hash-password` and by login).
pub const MAX_PASSWORD_BYTES: usize = 1024;
/// The request header that must carry the session's CSRF token on staff POSTs.
pub const CSRF_HEADER: &str = "x-csrf-token";
/// The cookie's name over plain HTTP, and behind an `https` `public_url`.
pub const COOKIE_NAME: &str = "lotsa_staff";
pub const SECURE_COOKIE_NAME: &str = "__Host-lotsa_staff";

const MAX_LOGIN_BODY: usize = 8 * 1024;
const KEY_PREFIX: &str = "lotsa:{staff}:";
/// TOTP as authenticator apps use it: SHA-1, 6 digits, 30-second steps, one step of skew.
const TOTP_STEP: u64 = 30;

type HmacSha256 = Hmac<Sha256>;

#[derive(Debug, thiserror::Error)]
pub enum HashError {
    #[error("the password is empty")]
    Empty,
    #[error("the password is longer than {MAX_PASSWORD_BYTES} bytes")]
    TooLong,
    #[error("hashing failed")]
    Hash,
}

/// The argon2id PHC string for `password` (argon2's default parameters, a random 128-bit
/// salt), as `[[staff]].password_hash` takes it. `lotsa staff hash-password` prints it.
pub fn hash_password(password: &str) -> Result<String, HashError> {
    if password.is_empty() {
        return Err(HashError::Empty);
    }
    if password.len() > MAX_PASSWORD_BYTES {
        return Err(HashError::TooLong);
    }
    let mut salt = [0u8; 16];
    rand::rng().fill_bytes(&mut salt);
    let salt = SaltString::encode_b64(&salt).map_err(|_| HashError::Hash)?;
    let hash = Argon2::default()
        .hash_password(password.as_bytes(), &salt)
        .map_err(|_| HashError::Hash)?;
    Ok(hash.to_string())
}

/// Why a staff request was refused. The JSON body carries only [`AuthError::code`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum AuthError {
    /// Wrong password, unknown account, or missing or wrong TOTP code: one answer.
    #[error("login failed")]
    LoginFailed,
    #[error("too many failed logins")]
    RateLimited,
    /// Every password verification stayed busy for [`QUEUE_WAIT`]: try again shortly.
    #[error("login busy")]
    Busy,
    #[error("malformed request")]
    BadRequest,
    /// `Origin` is present and not this server's.
    #[error("origin not allowed")]
    Forbidden,
    #[error("missing or wrong CSRF token")]
    Csrf,
    /// No session, or it expired or was revoked.
    #[error("not logged in")]
    Unauthenticated,
    /// The shared store cannot be reached.
    #[error("session store unavailable")]
    Unavailable,
}

impl AuthError {
    pub fn status(self) -> StatusCode {
        match self {
            AuthError::LoginFailed | AuthError::Unauthenticated => StatusCode::UNAUTHORIZED,
            AuthError::RateLimited | AuthError::Busy => StatusCode::TOO_MANY_REQUESTS,
            AuthError::BadRequest => StatusCode::BAD_REQUEST,
            AuthError::Forbidden | AuthError::Csrf => StatusCode::FORBIDDEN,
            AuthError::Unavailable => StatusCode::SERVICE_UNAVAILABLE,
        }
    }

    /// The `error` field of the JSON body.
    pub fn code(self) -> &'static str {
        match self {
            AuthError::LoginFailed => "login_failed",
            AuthError::RateLimited => "rate_limited",
            AuthError::Busy => "busy",
            AuthError::BadRequest => "bad_request",
            AuthError::Forbidden => "forbidden",
            AuthError::Csrf => "csrf",
            AuthError::Unauthenticated => "unauthenticated",
            AuthError::Unavailable => "unavailable",
        }
    }
}

impl From<StoreError> for AuthError {
    fn from(_: StoreError) -> Self {
        AuthError::Unavailable
    }
}

impl IntoResponse for AuthError {
    fn into_response(self) -> Response {
        let mut response = (self.status(), Json(json!({ "error": self.code() }))).into_response();
        if self == AuthError::Busy {
            response
                .headers_mut()
                .insert(header::RETRY_AFTER, HeaderValue::from_static("1"));
        }
        response
    }
}

/// A logged-in staff member, as configured now (a changed or removed account applies to
/// existing sessions at once).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StaffMember {
    pub id: String,
    pub role: Role,
    /// Every region for an admin.
    pub regions: Vec<Region>,
    pub languages: Vec<String>,
}

impl StaffMember {
    /// Whether this person may see cases of `region`.
    pub fn covers(&self, region: Region) -> bool {
        self.regions.contains(&region)
    }

    pub fn is_admin(&self) -> bool {
        self.role == Role::Admin
    }
}

/// The login form's JSON body.
#[derive(Deserialize)]
pub struct LoginRequest {
    pub id: String,
    pub password: SecretString,
    #[serde(default)]
    pub totp: Option<String>,
}

/// A successful login: the `Set-Cookie` value and the session's CSRF token.
pub struct LoginOk {
    pub set_cookie: HeaderValue,
    pub csrf: String,
}

enum SecondFactor {
    None,
    Totp(TOTP),
    /// Configured but unusable (cannot happen after config validation): never logs in.
    Broken,
}

struct Account {
    member: StaffMember,
    hash: SecretString,
    second: SecondFactor,
    /// [`credentials_fingerprint`] under the current root, and under the previous one
    /// during a key rotation.
    fingerprint: String,
    previous_fingerprint: Option<String>,
}

/// What the store keeps for one session, under the HMAC of its id.
#[derive(Serialize, Deserialize)]
struct Stored {
    staff: String,
    csrf: String,
    created_ms: u64,
    /// The account's credentials fingerprint at login. Sessions stored before it existed
    /// have none, match nothing, and end: a password change could not be told from them.
    #[serde(default)]
    credentials: String,
}

/// A session found for a request.
struct Live {
    key: String,
    stored: Stored,
    member: StaffMember,
}

/// Staff accounts, sessions and login protection; one per process, shared by every
/// staff route.
pub struct StaffAuth {
    accounts: HashMap<String, Account>,
    /// Verified instead of a hash when the account does not exist.
    dummy_hash: String,
    kv: Arc<dyn Kv>,
    key: SecretBox<[u8; 32]>,
    /// The session key under the previous root, during a key rotation: a session found
    /// only under it moves to `key`, so no one is logged out by a rotation.
    previous: Option<SecretBox<[u8; 32]>>,
    idle: Duration,
    max: Duration,
    secure: bool,
    public_origin: Option<url::Origin>,
    limits: Mutex<RateLimits>,
    /// Where a login's client address comes from (`[limits] client_address`).
    client_address: ClientAddress,
    /// The last TOTP step each account logged in with, so a code works once.
    totp_used: Mutex<HashMap<String, u64>>,
    /// Runs argon2, a bounded number at once (CPU and memory).
    verifier: Arc<Verifier>,
}

impl std::fmt::Debug for StaffAuth {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("StaffAuth(..)")
    }
}

impl StaffAuth {
    pub fn new(settings: &Settings, kv: Arc<dyn Kv>, roots: &Roots) -> StaffAuth {
        let derive = |root: &SecretBox<[u8; 32]>| {
            SecretBox::new(Box::new(derive_key(root.expose_secret(), b"lotsa/staff-session/v1")))
        };
        let credentials = |root: &SecretBox<[u8; 32]>| derive_key(root.expose_secret(), b"lotsa/staff-credentials/v1");
        let current = credentials(&roots.current);
        let previous = roots.previous.as_ref().map(credentials);
        let accounts: HashMap<String, Account> = settings
            .staff
            .iter()
            .map(|a| (a.id.clone(), Account::from_config(a, &current, previous.as_ref())))
            .collect();
        if let Some(sets) = mixed_parameters(settings.staff.iter().map(|a| (a.id.as_str(), &a.password_hash))) {
            // An unknown id is verified with the most demanding parameters, so a weaker
            // account answers sooner and its existence shows in the time.
            tracing::warn!(
                sets = %sets,
                "staff accounts use different argon2 parameters: a weaker account's existence shows in its answer time; hash every password with the same parameters (lotsa staff hash-password)"
            );
        }
        let dummy = dummy_hash(settings.staff.iter().map(|a| &a.password_hash));
        let hashes = settings.staff.iter().map(|a| a.password_hash.expose_secret());
        let parallel = std::thread::available_parallelism().map_or(2, |n| n.get());
        let verifier = Arc::new(Verifier::new(parallel, hashes.chain([dummy.as_str()])));
        StaffAuth {
            accounts,
            dummy_hash: dummy,
            kv,
            key: derive(&roots.current),
            previous: roots.previous.as_ref().map(derive),
            idle: settings.staff_session_idle,
            max: settings.staff_session_max,
            secure: settings.public_url.as_ref().is_some_and(|u| u.scheme() == "https"),
            public_origin: settings.public_url.as_ref().map(url::Url::origin),
            limits: Mutex::new(RateLimits::default()),
            client_address: settings.limits.client_address,
            totp_used: Mutex::new(HashMap::new()),
            verifier,
        }
    }

    /// `__Host-lotsa_staff` behind an `https` `public_url`, else `lotsa_staff`.
    pub fn cookie_name(&self) -> &'static str {
        if self.secure { SECURE_COOKIE_NAME } else { COOKIE_NAME }
    }

    /// The logged-in staff member for this request's cookie (refreshes idle expiry); None if
    /// missing/expired/revoked. Also `None` when the store cannot be reached (logged as a
    /// warning without detail); [`StaffAuth::require_csrf`] tells that case apart.
    pub async fn session(&self, headers: &HeaderMap) -> Option<StaffMember> {
        match self.live(headers).await {
            Ok(live) => live.map(|l| l.member),
            Err(_) => {
                tracing::warn!("staff session store unavailable");
                None
            }
        }
    }

    /// Origin check for the staff WebSocket and POSTs: Origin must equal public_url's origin
    /// when set, else match the request's Host (http or https scheme). A request without
    /// `Origin` passes: it does not come from a browser page (browsers send `Origin` on
    /// every WebSocket handshake and POST), so there is no cross-site request to refuse.
    /// `Origin: null` and anything unparsable are refused.
    pub fn origin_allowed(&self, headers: &HeaderMap) -> bool {
        let Some(origin) = headers.get(header::ORIGIN) else {
            return true;
        };
        let Some(origin) = origin
            .to_str()
            .ok()
            .and_then(|o| url::Url::parse(o).ok())
            .map(|u| u.origin())
            .filter(url::Origin::is_tuple)
        else {
            return false;
        };
        match &self.public_origin {
            Some(public) => origin == *public,
            None => {
                let Some(host) = headers.get(header::HOST).and_then(|h| h.to_str().ok()) else {
                    return false;
                };
                ["http", "https"].iter().any(|scheme| {
                    url::Url::parse(&format!("{scheme}://{host}"))
                        .is_ok_and(|u| u.path() == "/" && u.origin() == origin)
                })
            }
        }
    }

    /// For staff POST handlers: the `Origin` is allowed, a session exists, and
    /// `x-csrf-token` equals its CSRF token (compared in constant time). Errors:
    /// [`AuthError::Forbidden`], [`AuthError::Unauthenticated`], [`AuthError::Csrf`],
    /// [`AuthError::Unavailable`].
    pub async fn require_csrf(&self, headers: &HeaderMap) -> Result<StaffMember, AuthError> {
        Ok(self.checked(headers).await?.member)
    }

    async fn checked(&self, headers: &HeaderMap) -> Result<Live, AuthError> {
        if !self.origin_allowed(headers) {
            return Err(AuthError::Forbidden);
        }
        let live = self.live(headers).await?.ok_or(AuthError::Unauthenticated)?;
        let sent = headers.get(CSRF_HEADER).map(HeaderValue::as_bytes).unwrap_or_default();
        if bool::from(sent.ct_eq(live.stored.csrf.as_bytes())) {
            Ok(live)
        } else {
            Err(AuthError::Csrf)
        }
    }

    /// Checks a login and, when it succeeds, opens a session (revoking the one the request
    /// carried, if any). Audits the attempt. `client` is the client address (see
    /// [`StaffAuth::client`]), used only for the in-memory rate limits.
    pub async fn login(
        &self,
        request: LoginRequest,
        client: Option<IpAddr>,
        headers: &HeaderMap,
    ) -> Result<LoginOk, AuthError> {
        let shown = audit_id(&request.id);
        if request.id.len() > 256 || request.password.expose_secret().len() > MAX_PASSWORD_BYTES {
            return Err(AuthError::BadRequest);
        }
        let account_key = account_key(&request.id);
        let client = address_key(client.unwrap_or(IpAddr::V4(Ipv4Addr::UNSPECIFIED)));
        let Some(wait) = self.limits().begin(&account_key, client, Instant::now()) else {
            audit_login(shown, "rate_limited");
            return Err(AuthError::RateLimited);
        };
        // An account failing from many addresses is slowed down, for everyone (whether or
        // not it exists): never locked, so its owner still gets in.
        tokio::time::sleep(wait).await;
        let account = self.accounts.get(&account_key);
        // The same work whether or not the account exists: one argon2 verification with
        // the account's parameters, then the TOTP check.
        let hash = account.map_or_else(|| self.dummy_hash.clone(), |a| a.hash.expose_secret().to_string());
        let Ok(password_ok) = self.verifier.verify(hash, request.password).await else {
            self.limits().not_checked(&account_key, client);
            audit_login(shown, "busy");
            return Err(AuthError::Busy);
        };
        let totp_step = account.and_then(|a| match &a.second {
            SecondFactor::Totp(totp) => request
                .totp
                .as_deref()
                .and_then(|code| totp_step(totp, code, now_secs())),
            _ => None,
        });
        let ok = match account {
            Some(a) if password_ok => match a.second {
                SecondFactor::None => true,
                SecondFactor::Totp(_) => totp_step.is_some_and(|step| self.consume_totp(&a.member.id, step)),
                SecondFactor::Broken => false,
            },
            _ => false,
        };
        let Some(account) = account.filter(|_| ok) else {
            audit_login(shown, "failed");
            return Err(AuthError::LoginFailed);
        };
        self.limits().succeeded(&account_key, client);
        match self.open(account, headers).await {
            Ok(ok) => {
                audit_login(shown, "ok");
                Ok(ok)
            }
            Err(e) => {
                audit_login(shown, "unavailable");
                Err(e)
            }
        }
    }

    /// Ends the session (CSRF-checked as [`StaffAuth::require_csrf`]); returns who left.
    pub async fn logout(&self, headers: &HeaderMap) -> Result<StaffMember, AuthError> {
        let live = self.checked(headers).await?;
        self.kv.del(std::slice::from_ref(&live.key)).await?;
        tracing::info!(target: "audit", event = "logout", staff = %live.member.id, outcome = "ok", "staff logout");
        Ok(live.member)
    }

    /// The `Set-Cookie` value that removes the session cookie.
    pub fn clear_cookie(&self) -> HeaderValue {
        let secure = if self.secure { "; Secure" } else { "" };
        HeaderValue::from_str(&format!(
            "{}=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0{secure}",
            self.cookie_name()
        ))
        .expect("a cookie of ASCII parts")
    }

    /// The client address of a login: the TCP peer, or behind a reverse proxy
    /// (`client_address = "x-forwarded-for"`) the last `X-Forwarded-For` entry, the one
    /// that proxy appended (as the web chat's limits read it).
    pub fn client(&self, peer: Option<SocketAddr>, headers: &HeaderMap) -> Option<IpAddr> {
        crate::limit::client_address(self.client_address, peer, headers)
    }

    async fn open(&self, account: &Account, headers: &HeaderMap) -> Result<LoginOk, AuthError> {
        if let Some(old) = self.cookie_id(headers) {
            let mut keys = vec![self.key_for(&old)];
            keys.extend(self.previous.as_ref().map(|previous| store_key(previous, &old)));
            self.kv.del(&keys).await?;
        }
        let mut id = [0u8; 32];
        let mut csrf = [0u8; 32];
        rand::rng().fill_bytes(&mut id);
        rand::rng().fill_bytes(&mut csrf);
        let stored = Stored {
            staff: account.member.id.clone(),
            csrf: hex::encode(csrf),
            created_ms: now_ms(),
            credentials: account.fingerprint.clone(),
        };
        let value = serde_json::to_vec(&stored).expect("a plain struct serializes");
        self.kv.set(&self.key_for(&id), &value, self.idle.min(self.max)).await?;
        let secure = if self.secure { "; Secure" } else { "" };
        let set_cookie = HeaderValue::from_str(&format!(
            "{}={}; Path=/; HttpOnly; SameSite=Strict{secure}",
            self.cookie_name(),
            hex::encode(id)
        ))
        .expect("a cookie of hex and ASCII parts");
        Ok(LoginOk {
            set_cookie,
            csrf: stored.csrf,
        })
    }

    /// The session for this request's cookie, its idle expiry refreshed.
    async fn live(&self, headers: &HeaderMap) -> Result<Option<Live>, StoreError> {
        let Some(id) = self.cookie_id(headers) else {
            return Ok(None);
        };
        let key = self.key_for(&id);
        let bytes = match self.kv.get(&key).await? {
            Some(bytes) => bytes,
            None => match self.moved_from_previous(&id, &key).await? {
                Some(bytes) => bytes,
                None => return Ok(None),
            },
        };
        let Ok(mut stored) = serde_json::from_slice::<Stored>(&bytes) else {
            self.kv.del(&[key]).await?;
            return Ok(None);
        };
        let now = now_ms();
        let end = stored.created_ms.saturating_add(self.max.as_millis() as u64);
        let account = self.accounts.get(&stored.staff);
        let (Some(account), true) = (account, now < end) else {
            // Past its absolute expiry, or the account is gone from the configuration.
            self.kv.del(&[key]).await?;
            return Ok(None);
        };
        // Opened with other credentials: the password or the TOTP secret changed since
        // (or before fingerprints existed). The session ends here, on every instance
        // that has the new configuration.
        let fresh = match account.matches(&stored.credentials) {
            Fingerprint::Current => None,
            Fingerprint::Previous => {
                // Opened during a key rotation: it carries on under the current root.
                stored.credentials = account.fingerprint.clone();
                Some(serde_json::to_vec(&stored).expect("a plain struct serializes"))
            }
            Fingerprint::Changed => {
                self.kv.del(&[key]).await?;
                tracing::info!(target: "audit", event = "session", staff = %account.member.id, outcome = "credentials_changed", "staff session ended");
                return Ok(None);
            }
        };
        let ttl = self.idle.min(Duration::from_millis(end - now));
        // Compare-and-swap, so a session deleted meanwhile (logout) is not brought back.
        if !self
            .kv
            .swap(&key, Some(&bytes), fresh.as_deref().unwrap_or(&bytes), ttl)
            .await?
        {
            return Ok(None);
        }
        Ok(Some(Live {
            key,
            stored,
            member: account.member.clone(),
        }))
    }

    /// The session id in this request's cookie, if well-formed.
    fn cookie_id(&self, headers: &HeaderMap) -> Option<[u8; 32]> {
        let name = self.cookie_name();
        headers
            .get_all(header::COOKIE)
            .iter()
            .filter_map(|v| v.to_str().ok())
            .flat_map(|v| v.split(';'))
            .filter_map(|pair| pair.trim().split_once('='))
            .filter(|(n, _)| *n == name)
            .find_map(|(_, value)| {
                let mut id = [0u8; 32];
                hex::decode_to_slice(value.trim_matches('"'), &mut id).ok().map(|_| id)
            })
    }

    /// The store key for a session id: an HMAC, never the id itself.
    fn key_for(&self, id: &[u8; 32]) -> String {
        store_key(&self.key, id)
    }

    /// During a key rotation, a session stored under the previous root's key moves to
    /// `key` (the absolute expiry still counts from its login).
    async fn moved_from_previous(&self, id: &[u8; 32], key: &str) -> Result<Option<Vec<u8>>, StoreError> {
        let Some(previous) = &self.previous else {
            return Ok(None);
        };
        let old = store_key(previous, id);
        let Some(bytes) = self.kv.get(&old).await? else {
            return Ok(None);
        };
        self.kv.set(key, &bytes, self.idle.min(self.max)).await?;
        self.kv.del(&[old]).await?;
        Ok(Some(bytes))
    }

    /// Accepts a TOTP step once per account (RFC 6238 §5.2), on this instance.
    fn consume_totp(&self, staff: &str, step: u64) -> bool {
        let mut used = self.totp_used.lock().unwrap_or_else(|e| e.into_inner());
        match used.get(staff) {
            Some(&last) if step <= last => false,
            _ => {
                used.insert(staff.to_string(), step);
                true
            }
        }
    }

    fn limits(&self) -> std::sync::MutexGuard<'_, RateLimits> {
        self.limits.lock().unwrap_or_else(|e| e.into_inner())
    }
}

fn store_key(key: &SecretBox<[u8; 32]>, id: &[u8; 32]) -> String {
    let mut mac = HmacSha256::new_from_slice(key.expose_secret()).expect("HMAC takes any key length");
    mac.update(id);
    format!("{KEY_PREFIX}{}", hex::encode(mac.finalize().into_bytes()))
}

/// Whether a session's stored fingerprint is its account's.
enum Fingerprint {
    Current,
    /// Under the previous root of a key rotation.
    Previous,
    Changed,
}

impl Account {
    fn matches(&self, stored: &str) -> Fingerprint {
        let same = |a: &str| bool::from(a.as_bytes().ct_eq(stored.as_bytes()));
        if same(&self.fingerprint) {
            Fingerprint::Current
        } else if self.previous_fingerprint.as_deref().is_some_and(same) {
            Fingerprint::Previous
        } else {
            Fingerprint::Changed
        }
    }

    fn from_config(a: &StaffAccount, key: &[u8; 32], previous: Option<&[u8; 32]>) -> Account {
        let second = match &a.totp_secret {
            None => SecondFactor::None,
            Some(secret) => totp_secret_bytes(secret)
                .and_then(|bytes| TOTP::new(Algorithm::SHA1, 6, 1, TOTP_STEP, bytes).ok())
                .map_or(SecondFactor::Broken, SecondFactor::Totp),
        };
        Account {
            member: StaffMember {
                id: a.id.clone(),
                role: a.role,
                regions: a.regions.clone(),
                languages: a.languages.clone(),
            },
            hash: a.password_hash.clone(),
            second,
            fingerprint: credentials_fingerprint(key, a),
            previous_fingerprint: previous.map(|p| credentials_fingerprint(p, a)),
        }
    }
}

/// A keyed hash (HMAC-SHA-256 under a key derived from the root secret for this purpose)
/// of an account's password hash and TOTP secret, as configured. The store holds it, so it
/// must not let anyone who copies the store test guesses against the password hash; under
/// a secret key it does not.
fn credentials_fingerprint(key: &[u8; 32], account: &StaffAccount) -> String {
    let mut mac = HmacSha256::new_from_slice(key).expect("HMAC takes any key length");
    // Each part with its length, so no two configurations run together the same way.
    let hash = account.password_hash.expose_secret().as_bytes();
    mac.update(&(hash.len() as u64).to_be_bytes());
    mac.update(hash);
    match &account.totp_secret {
        None => mac.update(&[0]),
        Some(secret) => {
            let secret = secret.expose_secret().as_bytes();
            mac.update(&[1]);
            mac.update(&(secret.len() as u64).to_be_bytes());
            mac.update(secret);
        }
    }
    hex::encode(mac.finalize().into_bytes())
}

/// The TOTP step `code` matches at `now` (one step of skew either way), if any. Every
/// candidate is compared in constant time.
fn totp_step(totp: &TOTP, code: &str, now: u64) -> Option<u64> {
    let code: String = code.chars().filter(|c| !c.is_whitespace()).collect();
    let current = now / TOTP_STEP;
    let mut found = None;
    for step in [current.saturating_sub(1), current, current + 1] {
        let expected = totp.generate(step * TOTP_STEP);
        if bool::from(expected.as_bytes().ct_eq(code.as_bytes())) && found.is_none() {
            found = Some(step);
        }
    }
    found
}

/// The staff id as typed, fit for the audit log: `[A-Za-z0-9._@-]`, at most 64
/// characters, else `<invalid>`.
pub fn audit_id(typed: &str) -> &str {
    let ok =
        (1..=64).contains(&typed.len()) && typed.bytes().all(|b| b.is_ascii_alphanumeric() || b"._@-".contains(&b));
    if ok { typed } else { "<invalid>" }
}

/// The account a typed id names (ids are lowercase) and its rate-limit key.
fn account_key(typed: &str) -> String {
    match audit_id(typed) {
        "<invalid>" => "<invalid>".to_string(),
        id => id.to_ascii_lowercase(),
    }
}

fn audit_login(staff: &str, outcome: &'static str) {
    tracing::info!(target: "audit", event = "login", staff, outcome, "staff login");
}

/// The rate-limit key of an address: IPv4 as is (also when IPv4-mapped), IPv6 by its /64,
/// which one client usually holds whole.
fn address_key(addr: IpAddr) -> IpAddr {
    match addr {
        IpAddr::V4(_) => addr,
        IpAddr::V6(v6) => match v6.to_ipv4_mapped() {
            Some(v4) => IpAddr::V4(v4),
            None => {
                let s = v6.segments();
                IpAddr::V6(Ipv6Addr::new(s[0], s[1], s[2], s[3], 0, 0, 0, 0))
            }
        },
    }
}

fn now_ms() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_millis() as u64)
}

fn now_secs() -> u64 {
    now_ms() / 1000
}

/// `POST /staff/login`, `POST /staff/logout`, `GET /staff/me`.
/// The routes' state is the staff authentication service alone, derived from the
/// application state by `startup`.
pub fn router<S>() -> Router<S>
where
    S: Clone + Send + Sync + 'static,
    Arc<StaffAuth>: axum::extract::FromRef<S>,
{
    Router::new()
        .route("/staff/login", post(login).layer(DefaultBodyLimit::max(MAX_LOGIN_BODY)))
        .route("/staff/logout", post(logout))
        .route("/staff/me", get(me))
}

async fn login(
    State(auth): State<Arc<StaffAuth>>,
    peer: Option<Extension<ConnectInfo<SocketAddr>>>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    if !auth.origin_allowed(&headers) {
        return AuthError::Forbidden.into_response();
    }
    let json = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.split(';').next())
        .is_some_and(|v| v.trim().eq_ignore_ascii_case("application/json"));
    // Parse errors can quote the input: drop them unread.
    let Some(request) = json
        .then(|| serde_json::from_slice::<LoginRequest>(&body).ok())
        .flatten()
    else {
        return AuthError::BadRequest.into_response();
    };
    let client = auth.client(peer.map(|Extension(ConnectInfo(addr))| addr), &headers);
    match auth.login(request, client, &headers).await {
        Ok(ok) => ([(header::SET_COOKIE, ok.set_cookie)], Json(json!({ "csrf": ok.csrf }))).into_response(),
        Err(e) => e.into_response(),
    }
}

async fn logout(State(auth): State<Arc<StaffAuth>>, headers: HeaderMap) -> Response {
    match auth.logout(&headers).await {
        Ok(_) => (StatusCode::NO_CONTENT, [(header::SET_COOKIE, auth.clear_cookie())]).into_response(),
        Err(e) => e.into_response(),
    }
}

async fn me(State(auth): State<Arc<StaffAuth>>, headers: HeaderMap) -> Response {
    match auth.live(&headers).await {
        Ok(Some(live)) => Json(json!({
            "staff": live.member.id,
            "role": live.member.role.id(),
            "regions": live.member.regions.iter().map(|r| r.id()).collect::<Vec<_>>(),
            "languages": live.member.languages,
            "csrf": live.stored.csrf,
        }))
        .into_response(),
        Ok(None) => AuthError::Unauthenticated.into_response(),
        Err(_) => AuthError::Unavailable.into_response(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn audit_ids_are_sanitized() {
        assert_eq!(audit_id("anna"), "anna");
        assert_eq!(audit_id("Anna.S@org-1_x"), "Anna.S@org-1_x");
        for bad in ["", "anna svensson", "anna\n{\"outcome\":\"ok\"}", "å", &"a".repeat(65)] {
            assert_eq!(audit_id(bad), "<invalid>", "{bad:?}");
        }
        assert_eq!(account_key("Anna"), "anna");
    }

    #[test]
    fn addresses_are_keyed_by_ipv4_or_ipv6_64() {
        let a: IpAddr = "2001:db8:1:2:aaaa::1".parse().unwrap();
        let b: IpAddr = "2001:db8:1:2:bbbb::2".parse().unwrap();
        assert_eq!(address_key(a), address_key(b));
        let mapped: IpAddr = "::ffff:192.0.2.7".parse().unwrap();
        assert_eq!(address_key(mapped), "192.0.2.7".parse::<IpAddr>().unwrap());
    }

    fn account(hash: &str, totp: Option<&str>) -> StaffAccount {
        let toml = format!(
            "[[staff]]\nid = \"anna\"\npassword_hash = \"{hash}\"\nrole = \"admin\"\n{}",
            totp.map_or(String::new(), |t| format!("totp_secret = \"{t}\""))
        );
        let settings = Settings::from_toml(&format!("secret_key = \"{}\"\n{toml}", "5a".repeat(32))).unwrap();
        settings.staff.into_iter().next().unwrap()
    }

    #[test]
    fn the_credentials_fingerprint_follows_the_password_hash_and_totp_secret() {
        let key = [1u8; 32];
        let one = hash_password("one").unwrap();
        let two = hash_password("two").unwrap();
        let secret = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";
        let base = credentials_fingerprint(&key, &account(&one, None));
        assert_eq!(
            base,
            credentials_fingerprint(&key, &account(&one, None)),
            "stable across restarts"
        );
        assert_eq!(base.len(), 64);
        assert!(!base.contains(&one) && !one.contains(&base));
        for other in [
            credentials_fingerprint(&key, &account(&two, None)),
            credentials_fingerprint(&key, &account(&one, Some(secret))),
            credentials_fingerprint(&[2u8; 32], &account(&one, None)),
        ] {
            assert_ne!(base, other);
        }
        let with_totp = credentials_fingerprint(&key, &account(&one, Some(secret)));
        let other_totp = credentials_fingerprint(&key, &account(&one, Some("KRSXG5CTMVRXEZLUKRSXG5CTMVRXEZLU")));
        assert_ne!(with_totp, other_totp);
    }

    #[test]
    fn totp_codes_match_within_one_step() {
        let secret = totp_secret_bytes(&SecretString::from("JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP")).unwrap();
        let totp = TOTP::new(Algorithm::SHA1, 6, 1, TOTP_STEP, secret).unwrap();
        let now = 1_700_000_000;
        assert_eq!(totp_step(&totp, &totp.generate(now), now), Some(now / 30));
        assert_eq!(totp_step(&totp, &totp.generate(now - 30), now), Some(now / 30 - 1));
        assert_eq!(totp_step(&totp, &totp.generate(now - 90), now), None);
        assert_eq!(totp_step(&totp, "", now), None);
    }

    #[test]
    fn hash_password_refuses_empty_and_too_long() {
        assert!(matches!(hash_password(""), Err(HashError::Empty)));
        assert!(matches!(
            hash_password(&"x".repeat(MAX_PASSWORD_BYTES + 1)),
            Err(HashError::TooLong)
        ));
    }
}
