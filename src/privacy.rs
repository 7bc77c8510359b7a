//! Pseudonyms and tokens: how lotsa recognizes a returning conversation without knowing
//! who anyone is.
//!
//! Store keys are a keyed hash (HMAC-SHA-256, truncated to 128 bits) of a channel's user
//! id, or of the random web token, under a key derived from `LOTSA_SECRET_KEY` for this
//! purpose alone ([`derive_key`]). The store therefore never holds a raw chat id, nor the
//! bearer token a browser holds: a copy of the store alone cannot be used to take over a
//! conversation or to find a person.

use hmac::{Hmac, Mac};
use rand::RngCore;
use secrecy::{ExposeSecret, SecretBox, SecretString};
use sha2::Sha256;

use crate::session::SessionKey;

type HmacSha256 = Hmac<Sha256>;

#[derive(Debug, thiserror::Error)]
pub enum PrivacyError {
    #[error("secret key must be 64 hexadecimal characters")]
    BadSecretKey,
}

/// The pseudonym key, derived from the root secret. Never printed.
pub struct Pseudonyms {
    key: SecretBox<[u8; 32]>,
    /// The key from the previous root, during a rotation.
    previous: Option<SecretBox<[u8; 32]>>,
}

/// Fixed HKDF salt: RFC 5869 allows any constant, and a versioned one lets a future
/// scheme derive unrelated keys from the same root.
const HKDF_SALT: &[u8] = b"lotsa/v1";

/// Derives a purpose-specific key from a secret with HKDF-SHA-256 (RFC 5869): extract
/// with [`HKDF_SALT`], expand with `label` as the info. Each purpose (pseudonyms, sealing,
/// case text, staff sessions, the webhook secret) has its own label, so no two ever share
/// a key, and knowing one derived key reveals nothing of the root or the others.
pub fn derive_key(root: &[u8; 32], label: &[u8]) -> [u8; 32] {
    let mut out = [0u8; 32];
    hkdf::Hkdf::<Sha256>::new(Some(HKDF_SALT), root)
        .expand(label, &mut out)
        .expect("32 bytes is far below HKDF-SHA-256's 8160-byte limit");
    out
}

/// Parses the configured 64-hex-character root secret.
pub fn root_from_hex(secret: &SecretString) -> Result<SecretBox<[u8; 32]>, PrivacyError> {
    let mut root = [0u8; 32];
    hex::decode_to_slice(secret.expose_secret(), &mut root).map_err(|_| PrivacyError::BadSecretKey)?;
    Ok(SecretBox::new(Box::new(root)))
}

/// The root secret and, during a key rotation, the one it replaced. Everything new is
/// written under `current`; what was written under `previous` is still read until it has
/// ended or expired, so a rotation loses no conversation (docs/privacy.md, "Key rotation").
pub struct Roots {
    pub current: SecretBox<[u8; 32]>,
    pub previous: Option<SecretBox<[u8; 32]>>,
}

impl Roots {
    /// One root and no rotation under way.
    pub fn single(current: SecretBox<[u8; 32]>) -> Roots {
        Roots {
            current,
            previous: None,
        }
    }

    /// The key derived for `label` from the current root, and from the previous one.
    fn derive(&self, label: &[u8]) -> (SecretBox<[u8; 32]>, Option<SecretBox<[u8; 32]>>) {
        let derive = |root: &SecretBox<[u8; 32]>| SecretBox::new(Box::new(derive_key(root.expose_secret(), label)));
        (derive(&self.current), self.previous.as_ref().map(derive))
    }
}

/// The VAPID signing key's 32 secret bytes (RFC 8292), derived from the current root:
/// no new secret to manage, and a rotation gives a new key (consoles then subscribe
/// again). A P-256 scalar must be below the curve order; the rare derived value that is
/// not is derived again with a counter.
pub fn vapid_secret(roots: &Roots) -> SecretBox<[u8; 32]> {
    let candidate = (0u8..=255)
        .map(|counter| {
            derive_key(
                roots.current.expose_secret(),
                &[b"lotsa/vapid/v1/".as_slice(), &[counter]].concat(),
            )
        })
        .find(|c| web_push_native::p256::SecretKey::from_slice(c).is_ok())
        .expect("one of 256 derived values is a valid P-256 scalar (each fails with odds near 2^-32)");
    SecretBox::new(Box::new(candidate))
}

/// A fresh random root secret, for a single instance without configuration.
pub fn random_root() -> SecretBox<[u8; 32]> {
    let mut root = [0u8; 32];
    rand::rng().fill_bytes(&mut root);
    SecretBox::new(Box::new(root))
}

impl std::fmt::Debug for Pseudonyms {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Pseudonyms(..)")
    }
}

/// Which channel an id comes from, so equal ids from two channels never collide.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Channel {
    Web,
    Telegram,
}

impl Channel {
    pub fn as_str(self) -> &'static str {
        match self {
            Channel::Web => "web",
            Channel::Telegram => "telegram",
        }
    }

    fn label(self) -> &'static [u8] {
        match self {
            Channel::Web => b"lotsa/web/v1",
            Channel::Telegram => b"lotsa/telegram/v1",
        }
    }
}

impl Pseudonyms {
    /// From the root secrets, through a key derived for pseudonyms alone.
    pub fn new(roots: &Roots) -> Pseudonyms {
        let (key, previous) = roots.derive(b"lotsa/pseudonym/v1");
        Pseudonyms { key, previous }
    }

    /// From the configured 64-hex-character root secret.
    pub fn from_hex(secret: &SecretString) -> Result<Pseudonyms, PrivacyError> {
        Ok(Pseudonyms::new(&Roots::single(root_from_hex(secret)?)))
    }

    /// From a fresh random root, for a single instance without configuration. Sessions do
    /// not survive a restart with it, which suits a conversation meant to be forgotten.
    pub fn generate() -> Pseudonyms {
        Pseudonyms::new(&Roots::single(random_root()))
    }

    /// The store key for a user id on a channel.
    pub fn session_key(&self, channel: Channel, id: &[u8]) -> SessionKey {
        pseudonym(&self.key, channel, id)
    }

    /// The key the previous root gave the same id, during a rotation: where a
    /// conversation begun before the rotation still lives.
    pub fn previous_session_key(&self, channel: Channel, id: &[u8]) -> Option<SessionKey> {
        self.previous.as_ref().map(|key| pseudonym(key, channel, id))
    }
}

fn pseudonym(key: &SecretBox<[u8; 32]>, channel: Channel, id: &[u8]) -> SessionKey {
    let mut mac = HmacSha256::new_from_slice(key.expose_secret()).expect("HMAC takes any key length");
    mac.update(channel.label());
    mac.update(&[0]);
    mac.update(id);
    let digest = mac.finalize().into_bytes();
    let mut out = [0u8; 16];
    out.copy_from_slice(&digest[..16]);
    SessionKey(out)
}

/// Authenticated encryption for what a channel must keep to reply (a Telegram chat id,
/// message ids), so the store never holds it in the clear. ChaCha20-Poly1305 with a
/// random nonce per seal; the session key is the associated data, so a sealed blob only
/// opens for the conversation it belongs to.
pub struct Sealer {
    cipher: chacha20poly1305::ChaCha20Poly1305,
    /// The cipher under the previous root, during a rotation: opens, never seals.
    previous: Option<chacha20poly1305::ChaCha20Poly1305>,
}

impl std::fmt::Debug for Sealer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Sealer(..)")
    }
}

const NONCE_LEN: usize = 12;

impl Sealer {
    pub fn new(roots: &Roots) -> Sealer {
        let (key, previous) = roots.derive(b"lotsa/seal/v1");
        Sealer {
            cipher: cipher(&key),
            previous: previous.as_ref().map(cipher),
        }
    }

    pub fn seal(&self, key: &SessionKey, plaintext: &[u8]) -> Vec<u8> {
        seal_with(&self.cipher, &key.0, plaintext)
    }

    /// `None` when the blob was not sealed for this session by this root (or, during a
    /// rotation, the previous one).
    pub fn open(&self, key: &SessionKey, sealed: &[u8]) -> Option<Vec<u8>> {
        open_with(&self.cipher, &key.0, sealed).or_else(|| open_with(self.previous.as_ref()?, &key.0, sealed))
    }

    /// Opens a blob sealed for `from` and seals it again for `to` under the current root:
    /// a conversation moving to its new pseudonym during a rotation.
    pub fn reseal(&self, from: &SessionKey, to: &SessionKey, sealed: &[u8]) -> Option<Vec<u8>> {
        Some(self.seal(to, &self.open(from, sealed)?))
    }
}

fn cipher(key: &SecretBox<[u8; 32]>) -> chacha20poly1305::ChaCha20Poly1305 {
    use chacha20poly1305::KeyInit;
    chacha20poly1305::ChaCha20Poly1305::new(&(*key.expose_secret()).into())
}

/// Random nonce, then ciphertext and tag; `aad` binds the blob to what it belongs to.
fn seal_with(cipher: &chacha20poly1305::ChaCha20Poly1305, aad: &[u8], plaintext: &[u8]) -> Vec<u8> {
    use chacha20poly1305::aead::{Aead, Payload};
    let mut nonce = [0u8; NONCE_LEN];
    rand::rng().fill_bytes(&mut nonce);
    let sealed = cipher
        .encrypt(&nonce.into(), Payload { msg: plaintext, aad })
        .expect("ChaCha20-Poly1305 encryption cannot fail for in-memory buffers");
    let mut out = nonce.to_vec();
    out.extend(sealed);
    out
}

fn open_with(cipher: &chacha20poly1305::ChaCha20Poly1305, aad: &[u8], sealed: &[u8]) -> Option<Vec<u8>> {
    use chacha20poly1305::aead::{Aead, Payload};
    if sealed.len() < NONCE_LEN {
        return None;
    }
    let (nonce, body) = sealed.split_at(NONCE_LEN);
    let nonce: [u8; NONCE_LEN] = nonce.try_into().ok()?;
    cipher.decrypt(&nonce.into(), Payload { msg: body, aad }).ok()
}

/// Encryption of text relayed during a handoff, under a key of its own for each case:
/// derived from a handoff root (itself derived from `LOTSA_SECRET_KEY`) and the case code.
/// A Redis dump therefore holds no readable text, and one case's key opens nothing else.
pub struct CaseKeys {
    root: SecretBox<[u8; 32]>,
    /// The case-text root under the previous root secret, during a rotation: opens only.
    previous: Option<SecretBox<[u8; 32]>>,
}

impl std::fmt::Debug for CaseKeys {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("CaseKeys(..)")
    }
}

impl CaseKeys {
    pub fn new(roots: &Roots) -> CaseKeys {
        CaseKeys::for_purpose(roots, b"lotsa/case-text/v1")
    }

    /// The same per-item sealing under a root of another purpose (`label`), so items of
    /// that purpose (staff push subscriptions) never share a key with case text.
    pub fn for_purpose(roots: &Roots, label: &[u8]) -> CaseKeys {
        let (root, previous) = roots.derive(label);
        CaseKeys { root, previous }
    }

    fn cipher(root: &SecretBox<[u8; 32]>, case: &[u8]) -> chacha20poly1305::ChaCha20Poly1305 {
        cipher(&SecretBox::new(Box::new(derive_key(root.expose_secret(), case))))
    }

    pub fn seal(&self, case: &[u8], plaintext: &[u8]) -> Vec<u8> {
        seal_with(&Self::cipher(&self.root, case), case, plaintext)
    }

    /// `None` unless sealed for this very case under this secret (or, during a
    /// rotation, the previous one: a case open across the rotation keeps its history).
    pub fn open(&self, case: &[u8], sealed: &[u8]) -> Option<Vec<u8>> {
        open_with(&Self::cipher(&self.root, case), case, sealed)
            .or_else(|| open_with(&Self::cipher(self.previous.as_ref()?, case), case, sealed))
    }
}

/// The web chat's session token: 128 random bits, held by the browser in sessionStorage.
#[derive(Clone, PartialEq, Eq)]
pub struct WebToken([u8; 16]);

impl std::fmt::Debug for WebToken {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("WebToken(..)")
    }
}

impl WebToken {
    pub fn generate() -> WebToken {
        let mut t = [0u8; 16];
        rand::rng().fill_bytes(&mut t);
        WebToken(t)
    }

    /// Parses the 32 lowercase or uppercase hex characters a client sends back.
    pub fn parse(s: &str) -> Option<WebToken> {
        let mut t = [0u8; 16];
        hex::decode_to_slice(s.trim(), &mut t).ok()?;
        Some(WebToken(t))
    }

    pub fn to_hex(&self) -> String {
        hex::encode(self.0)
    }

    pub fn key(&self, pseudonyms: &Pseudonyms) -> SessionKey {
        pseudonyms.session_key(Channel::Web, &self.0)
    }

    /// Where this token's conversation lived under the previous root, during a rotation.
    pub fn previous_key(&self, pseudonyms: &Pseudonyms) -> Option<SessionKey> {
        pseudonyms.previous_session_key(Channel::Web, &self.0)
    }
}

/// Sealed bytes kept in JSON records (handoff cases, mailbox items) as hex strings: serde
/// `with` helpers, one copy for every record that holds a sealed blob.
pub mod hex_serde {
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(bytes: &[u8], s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&hex::encode(bytes))
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<u8>, D::Error> {
        hex::decode(String::deserialize(d)?).map_err(serde::de::Error::custom)
    }

    /// The same for an optional blob (absent in records written before it existed).
    pub mod option {
        use serde::{Deserialize, Deserializer, Serializer};

        pub fn serialize<S: Serializer>(bytes: &Option<Vec<u8>>, s: S) -> Result<S::Ok, S::Error> {
            match bytes {
                Some(b) => s.serialize_some(&hex::encode(b)),
                None => s.serialize_none(),
            }
        }

        pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Vec<u8>>, D::Error> {
            Option::<String>::deserialize(d)?
                .map(|t| hex::decode(t).map_err(serde::de::Error::custom))
                .transpose()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn derived_keys_are_rfc5869_hkdf() {
        // Checked against RFC 5869 written out with plain HMAC: for one 32-byte block,
        // HKDF-Expand is HMAC(PRK, info || 0x01), with PRK = HMAC(salt, root).
        let root = [7u8; 32];
        let mut prk = HmacSha256::new_from_slice(HKDF_SALT).unwrap();
        prk.update(&root);
        let prk = prk.finalize().into_bytes();
        let mut okm = HmacSha256::new_from_slice(&prk).unwrap();
        okm.update(b"lotsa/pseudonym/v1");
        okm.update(&[1]);
        let expected: [u8; 32] = okm.finalize().into_bytes().into();
        assert_eq!(derive_key(&root, b"lotsa/pseudonym/v1"), expected);
        assert_ne!(derive_key(&root, b"lotsa/seal/v1"), expected);
    }

    #[test]
    fn keys_depend_on_secret_and_channel() {
        let a = Pseudonyms::from_hex(&SecretString::from("11".repeat(32))).unwrap();
        let b = Pseudonyms::from_hex(&SecretString::from("22".repeat(32))).unwrap();
        assert_eq!(a.session_key(Channel::Web, b"1"), a.session_key(Channel::Web, b"1"));
        assert_ne!(a.session_key(Channel::Web, b"1"), b.session_key(Channel::Web, b"1"));
        assert_ne!(
            a.session_key(Channel::Web, b"1"),
            a.session_key(Channel::Telegram, b"1")
        );
        assert!(Pseudonyms::from_hex(&SecretString::from("xyz")).is_err());
    }

    #[test]
    fn sealed_data_opens_only_for_its_session_and_key() {
        let sealer = Sealer::new(&Roots::single(random_root()));
        let (a, b) = (SessionKey([1; 16]), SessionKey([2; 16]));
        let sealed = sealer.seal(&a, b"chat 12345");
        assert!(!sealed.windows(5).any(|w| w == b"12345"), "ciphertext hides the id");
        assert_eq!(sealer.open(&a, &sealed).as_deref(), Some(&b"chat 12345"[..]));
        assert_eq!(sealer.open(&b, &sealed), None);
        assert_eq!(Sealer::new(&Roots::single(random_root())).open(&a, &sealed), None);
        let mut tampered = sealed.clone();
        *tampered.last_mut().unwrap() ^= 1;
        assert_eq!(sealer.open(&a, &tampered), None);
        assert_eq!(sealer.open(&a, b"short"), None);
    }

    #[test]
    fn case_text_opens_only_for_its_case() {
        let keys = CaseKeys::new(&Roots::single(random_root()));
        let sealed = keys.seal(b"K7QF2MXA", b"my name is Sentinel");
        assert!(!sealed.windows(8).any(|w| w == b"Sentinel"));
        assert_eq!(
            keys.open(b"K7QF2MXA", &sealed).as_deref(),
            Some(&b"my name is Sentinel"[..])
        );
        assert_eq!(keys.open(b"K7QF2MXB", &sealed), None);
        assert_eq!(
            CaseKeys::new(&Roots::single(random_root())).open(b"K7QF2MXA", &sealed),
            None
        );
    }

    fn roots(current: u8, previous: Option<u8>) -> Roots {
        Roots {
            current: SecretBox::new(Box::new([current; 32])),
            previous: previous.map(|p| SecretBox::new(Box::new([p; 32]))),
        }
    }

    #[test]
    fn during_a_rotation_the_previous_root_still_opens_and_never_seals() {
        let (old, new) = (roots(1, None), roots(2, Some(1)));
        let (a, b) = (SessionKey([1; 16]), SessionKey([2; 16]));
        let sealed = Sealer::new(&old).seal(&a, b"chat 42");
        let sealer = Sealer::new(&new);
        assert_eq!(sealer.open(&a, &sealed).as_deref(), Some(&b"chat 42"[..]));
        let moved = sealer.reseal(&a, &b, &sealed).unwrap();
        assert_eq!(
            Sealer::new(&roots(2, None)).open(&b, &moved).as_deref(),
            Some(&b"chat 42"[..])
        );
        assert_eq!(
            Sealer::new(&roots(2, None)).open(&a, &sealed),
            None,
            "the old root is needed"
        );

        let text = CaseKeys::new(&old).seal(b"K7QF2MXA", b"hello");
        assert_eq!(
            CaseKeys::new(&new).open(b"K7QF2MXA", &text).as_deref(),
            Some(&b"hello"[..])
        );
        assert_eq!(CaseKeys::new(&roots(2, None)).open(b"K7QF2MXA", &text), None);
        let fresh = CaseKeys::new(&new).seal(b"K7QF2MXA", b"hi");
        assert_eq!(
            CaseKeys::new(&roots(2, None)).open(b"K7QF2MXA", &fresh).as_deref(),
            Some(&b"hi"[..])
        );

        let (p_old, p_new) = (Pseudonyms::new(&old), Pseudonyms::new(&new));
        assert_eq!(
            p_new.previous_session_key(Channel::Web, b"t"),
            Some(p_old.session_key(Channel::Web, b"t"))
        );
        assert_ne!(
            p_new.session_key(Channel::Web, b"t"),
            p_old.session_key(Channel::Web, b"t")
        );
        assert_eq!(p_old.previous_session_key(Channel::Web, b"t"), None);
    }

    proptest! {
        #[test]
        fn tokens_round_trip_and_never_debug_print(bytes in any::<[u8; 16]>()) {
            let t = WebToken(bytes);
            prop_assert_eq!(WebToken::parse(&t.to_hex()), Some(t.clone()));
            let debug = format!("{:?}", t);
            prop_assert!(!debug.contains(&t.to_hex()));
        }

        #[test]
        fn garbage_tokens_are_rejected_without_panic(s in ".{0,80}") {
            let parsed = WebToken::parse(&s);
            if let Some(t) = parsed {
                prop_assert_eq!(t.to_hex(), s.trim().to_ascii_lowercase());
            }
        }
    }
}
