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
}

/// Derives a purpose-specific key from the root secret (HMAC-SHA-256 as a PRF keyed by the
/// root, over a label), so pseudonyms and encryption never share a key.
pub fn derive_key(root: &[u8; 32], label: &[u8]) -> [u8; 32] {
    let mut mac = HmacSha256::new_from_slice(root).expect("HMAC takes any key length");
    mac.update(label);
    mac.finalize().into_bytes().into()
}

/// Parses the configured 64-hex-character root secret.
pub fn root_from_hex(secret: &SecretString) -> Result<SecretBox<[u8; 32]>, PrivacyError> {
    let mut root = [0u8; 32];
    hex::decode_to_slice(secret.expose_secret(), &mut root).map_err(|_| PrivacyError::BadSecretKey)?;
    Ok(SecretBox::new(Box::new(root)))
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
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Channel {
    Web,
    Telegram,
}

impl Channel {
    fn label(self) -> &'static [u8] {
        match self {
            Channel::Web => b"lotsa/web/v1",
            Channel::Telegram => b"lotsa/telegram/v1",
        }
    }
}

impl Pseudonyms {
    /// From the configured 64-hex-character key.
    pub fn from_hex(secret: &SecretString) -> Result<Pseudonyms, PrivacyError> {
        let mut key = [0u8; 32];
        hex::decode_to_slice(secret.expose_secret(), &mut key).map_err(|_| PrivacyError::BadSecretKey)?;
        Ok(Pseudonyms {
            key: SecretBox::new(Box::new(key)),
        })
    }

    /// A fresh random key, for a single instance without configuration. Sessions do not
    /// survive a restart with it, which is acceptable for a conversation that is meant to
    /// be forgotten anyway.
    pub fn generate() -> Pseudonyms {
        let mut key = [0u8; 32];
        rand::rng().fill_bytes(&mut key);
        Pseudonyms {
            key: SecretBox::new(Box::new(key)),
        }
    }

    /// The store key for a user id on a channel.
    pub fn session_key(&self, channel: Channel, id: &[u8]) -> SessionKey {
        let mut mac = HmacSha256::new_from_slice(self.key.expose_secret()).expect("HMAC takes any key length");
        mac.update(channel.label());
        mac.update(&[0]);
        mac.update(id);
        let digest = mac.finalize().into_bytes();
        let mut out = [0u8; 16];
        out.copy_from_slice(&digest[..16]);
        SessionKey(out)
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
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

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
