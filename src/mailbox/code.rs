//! The receipt code a person is given once, the keyed hash an item is stored under, and
//! the short item id staff see. None of them can be derived from another without the
//! server's secret: the hash is keyed, and the item id is drawn at random.

use hmac::{Hmac, Mac};
use rand::TryRngCore;
use rand::rngs::OsRng;
use secrecy::{ExposeSecret, SecretBox};
use sha2::Sha256;

/// How many digits a receipt code has: 10^16 codes, so guessing one of even a million
/// waiting items takes some 10^10 tries, far beyond the guessing limit.
pub const DIGITS: usize = 16;

/// The keyed hash of a normalized receipt code: what an item is found by. Never the code
/// itself, and no store can give the code back from it.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct ItemKey(pub [u8; 32]);

impl std::fmt::Debug for ItemKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("ItemKey(..)")
    }
}

impl ItemKey {
    pub(super) fn hex(&self) -> String {
        hex::encode(self.0)
    }
}

/// The code shown to the person once: 16 digits, printed in groups of four. Never stored,
/// never logged: its `Debug` is redacted, and only `Display` (for the one frame that
/// shows it) spells it out.
pub struct Receipt([u8; DIGITS]);

impl Receipt {
    /// 16 uniformly random digits from the operating system's generator.
    pub(super) fn generate() -> Receipt {
        let mut digits = [0u8; DIGITS];
        let mut filled = 0;
        let mut pool = [0u8; 32];
        while filled < DIGITS {
            OsRng
                .try_fill_bytes(&mut pool)
                .expect("the operating system's random generator is available");
            // 250 is the largest multiple of 10 below 256: rejecting the rest keeps every
            // digit equally likely.
            for b in pool.iter().filter(|b| **b < 250) {
                if filled == DIGITS {
                    break;
                }
                digits[filled] = b'0' + b % 10;
                filled += 1;
            }
        }
        Receipt(digits)
    }

    pub(super) fn digits(&self) -> &[u8; DIGITS] {
        &self.0
    }
}

impl std::fmt::Display for Receipt {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        for (i, group) in self.0.chunks(4).enumerate() {
            if i > 0 {
                f.write_str(" ")?;
            }
            // Only ever ASCII digits (see `generate`).
            f.write_str(std::str::from_utf8(group).unwrap_or(""))?;
        }
        Ok(())
    }
}

impl std::fmt::Debug for Receipt {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Receipt(..)")
    }
}

/// The digits of a code as typed: spaces, dashes and dots are ignored (people copy it as
/// they wrote it down); anything else, or not exactly 16 digits, is no code. Digits from
/// other scripts (Arabic-Indic `٠١٢`, Persian `۰۱۲`, Devanagari, …) count as their
/// ASCII digit, since a phone keyboard in those languages types them.
pub fn normalize(code: &str) -> Option<[u8; DIGITS]> {
    let mut out = [0u8; DIGITS];
    let mut n = 0;
    for c in code.chars() {
        if matches!(c, ' ' | '-' | '.' | '\u{a0}' | '\u{202f}' | '\u{2009}') {
            continue;
        }
        let d = c.to_digit(10).or_else(|| script_digit(c))?;
        if n == DIGITS {
            return None;
        }
        out[n] = b'0' + d as u8;
        n += 1;
    }
    (n == DIGITS).then_some(out)
}

/// A decimal digit of another script: each block's zero is followed by one to nine.
fn script_digit(c: char) -> Option<u32> {
    const ZEROS: [u32; 6] = [0x0660, 0x06F0, 0x0966, 0x09E6, 0x0E50, 0xFF10];
    let c = c as u32;
    ZEROS.iter().find(|z| (**z..**z + 10).contains(&c)).map(|z| c - z)
}

/// The keyed hash of a normalized code under `key` (derived for this purpose alone).
pub(super) fn hash(key: &SecretBox<[u8; 32]>, digits: &[u8; DIGITS]) -> ItemKey {
    let mut mac = <Hmac<Sha256> as Mac>::new_from_slice(key.expose_secret()).expect("HMAC takes any key length");
    mac.update(digits);
    ItemKey(mac.finalize().into_bytes().into())
}

/// A staff-side item id: `M` and seven characters of Crockford's base32, random, so it
/// reads like a case code but is never confused with one.
pub(super) fn item_id() -> String {
    const ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    let mut bytes = [0u8; 7];
    OsRng
        .try_fill_bytes(&mut bytes)
        .expect("the operating system's random generator is available");
    let mut id = String::from("M");
    id.extend(bytes.iter().map(|b| ALPHABET[(b % 32) as usize] as char));
    id
}

/// Whether `s` looks like an item id (so nothing else reaches a store key).
pub(super) fn is_item_id(s: &str) -> bool {
    s.len() == 8
        && s.starts_with('M')
        && s.bytes()
            .skip(1)
            .all(|b| b"0123456789ABCDEFGHJKMNPQRSTVWXYZ".contains(&b))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn receipts_are_sixteen_digits_in_groups_and_redacted() {
        let r = Receipt::generate();
        let shown = r.to_string();
        assert_eq!(shown.len(), 19);
        assert_eq!(shown.split(' ').count(), 4);
        assert_eq!(normalize(&shown), Some(*r.digits()));
        assert_eq!(format!("{r:?}"), "Receipt(..)");
        assert_ne!(Receipt::generate().digits(), r.digits());
    }

    #[test]
    fn codes_normalize_or_are_refused() {
        let want = *b"1234567890123456";
        assert_eq!(normalize("1234 5678 9012 3456"), Some(want));
        assert_eq!(normalize("1234-5678-9012-3456"), Some(want));
        assert_eq!(normalize("١٢٣٤ ٥٦٧٨ ٩٠١٢ ٣٤٥٦"), Some(want));
        for bad in [
            "",
            "1234",
            "1234 5678 9012 34567",
            "1234 5678 9012 345x",
            "1234567890123456 ",
        ] {
            if bad.ends_with(' ') {
                assert!(normalize(bad).is_some(), "trailing space is ignored");
                continue;
            }
            assert_eq!(normalize(bad), None, "{bad}");
        }
    }

    #[test]
    fn item_ids_look_like_themselves() {
        let id = item_id();
        assert!(is_item_id(&id), "{id}");
        assert!(!is_item_id("12345678"));
        assert!(!is_item_id("M123"));
    }
}
