//! `[[staff]]` accounts (id, argon2id hash, role, regions, languages, TOTP secret) and the
//! staff side's top-level keys: `public_url` and the session lifetimes' defaults.

use secrecy::{ExposeSecret, SecretString};
use serde::Deserialize;

use super::{ConfigError, invalid};
use crate::region::Region;

/// What a staff member may do: a coordinator sees the regions listed, an admin all.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Role {
    Coordinator,
    Admin,
}

impl Role {
    pub fn id(self) -> &'static str {
        match self {
            Role::Coordinator => "coordinator",
            Role::Admin => "admin",
        }
    }

    pub fn parse(s: &str) -> Option<Role> {
        match s {
            "coordinator" => Some(Role::Coordinator),
            "admin" => Some(Role::Admin),
            _ => None,
        }
    }
}

/// One `[[staff]]` entry, validated. The hash and the TOTP secret are secrets: `Debug`
/// prints them redacted.
#[derive(Debug, Clone)]
pub struct StaffAccount {
    /// `[a-z0-9._-]`, 1 to 64 characters, unique.
    pub id: String,
    /// An argon2id PHC string (`lotsa staff hash-password` prints one).
    pub password_hash: SecretString,
    pub role: Role,
    /// The regions whose cases this person sees; every region for an admin.
    pub regions: Vec<Region>,
    /// Language codes this person can chat in, e.g. `["sv", "en"]`.
    pub languages: Vec<String>,
    /// Base32 RFC 6238 secret (SHA-1, 6 digits, 30 s); set: login needs the current code.
    pub totp_secret: Option<SecretString>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawStaff {
    id: String,
    password_hash: SecretString,
    role: String,
    #[serde(default)]
    regions: Vec<String>,
    #[serde(default)]
    languages: Vec<String>,
    totp_secret: Option<SecretString>,
}

pub(super) fn default_staff_idle() -> u64 {
    30 * 60
}

pub(super) fn default_staff_max() -> u64 {
    12 * 60 * 60
}

/// `https://host[:port]` or `http://…`, nothing after the authority but an optional `/`.
pub(super) fn parse_public_url(s: &str) -> Result<url::Url, ConfigError> {
    let bad = || {
        invalid(
            "public_url",
            "expected https://host[:port] (or http://), without a path, query or user",
        )
    };
    let url = url::Url::parse(s.trim()).map_err(|_| bad())?;
    let ok = matches!(url.scheme(), "https" | "http")
        && url.host_str().is_some_and(|h| !h.is_empty())
        && url.path() == "/"
        && url.query().is_none()
        && url.fragment().is_none()
        && url.username().is_empty()
        && url.password().is_none();
    if ok { Ok(url) } else { Err(bad()) }
}

/// Whether `id` is a valid staff id: `[a-z0-9._-]`, 1 to 64 characters.
pub fn valid_staff_id(id: &str) -> bool {
    (1..=64).contains(&id.len())
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b"._-".contains(&b))
}

/// The bytes of a base32 (RFC 4648) TOTP secret, ignoring case, spaces and `=` padding;
/// `None` unless it decodes to at least 128 bits, as RFC 4226 requires.
pub fn totp_secret_bytes(secret: &SecretString) -> Option<Vec<u8>> {
    let cleaned: String = secret
        .expose_secret()
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '=')
        .map(|c| c.to_ascii_uppercase())
        .collect();
    let bytes = totp_rs::Secret::Encoded(cleaned).to_bytes().ok()?;
    (bytes.len() >= 16).then_some(bytes)
}

pub(super) fn compile_staff(raw: Vec<RawStaff>) -> Result<Vec<StaffAccount>, ConfigError> {
    let mut accounts: Vec<StaffAccount> = Vec::new();
    for (i, s) in raw.into_iter().enumerate() {
        let key = format!("staff[{i}]");
        if !valid_staff_id(&s.id) {
            return Err(invalid(
                format!("{key}.id"),
                "expected 1 to 64 characters of a-z 0-9 . _ -",
            ));
        }
        if let Some(j) = accounts.iter().position(|a| a.id == s.id) {
            return Err(invalid(format!("{key}.id"), format!("duplicates staff[{j}].id")));
        }
        if !is_argon2id(&s.password_hash) {
            return Err(invalid(
                format!("{key}.password_hash"),
                "not an argon2id hash (print one with `lotsa staff hash-password`)",
            ));
        }
        let role = Role::parse(&s.role)
            .ok_or_else(|| invalid(format!("{key}.role"), "expected \"coordinator\" or \"admin\""))?;
        let mut regions = Vec::new();
        for (j, r) in s.regions.iter().enumerate() {
            let region = Region::parse(r).ok_or_else(|| {
                invalid(
                    format!("{key}.regions[{j}]"),
                    "unknown region (nord, mitt, bergslagen, stockholm, ost, vast, syd, national)",
                )
            })?;
            if !regions.contains(&region) {
                regions.push(region);
            }
        }
        match role {
            Role::Admin => regions = Region::ALL.to_vec(),
            Role::Coordinator if regions.is_empty() => {
                return Err(invalid(
                    format!("{key}.regions"),
                    "a coordinator needs at least one region",
                ));
            }
            Role::Coordinator => regions.sort(),
        }
        let mut languages: Vec<String> = Vec::new();
        for (j, l) in s.languages.iter().enumerate() {
            let ok = l.parse::<unic_langid::LanguageIdentifier>().is_ok() && !l.is_empty() && l.is_ascii();
            if !ok {
                return Err(invalid(
                    format!("{key}.languages[{j}]"),
                    "not a language code (e.g. sv, en, ar)",
                ));
            }
            if !languages.contains(l) {
                languages.push(l.clone());
            }
        }
        if let Some(secret) = &s.totp_secret
            && totp_secret_bytes(secret).is_none()
        {
            return Err(invalid(
                format!("{key}.totp_secret"),
                "expected a base32 secret of at least 128 bits (26 characters or more)",
            ));
        }
        accounts.push(StaffAccount {
            id: s.id,
            password_hash: s.password_hash,
            role,
            regions,
            languages,
            totp_secret: s.totp_secret,
        });
    }
    Ok(accounts)
}

/// Whether a PHC string is a complete argon2id hash argon2 can verify against.
fn is_argon2id(hash: &SecretString) -> bool {
    use argon2::password_hash::PasswordHash;
    match PasswordHash::new(hash.expose_secret()) {
        Ok(h) => {
            h.algorithm == argon2::ARGON2ID_IDENT
                && h.salt.is_some()
                && h.hash.is_some()
                && argon2::Params::try_from(&h).is_ok()
                && h.version.is_none_or(|v| argon2::Version::try_from(v).is_ok())
        }
        Err(_) => false,
    }
}

#[cfg(test)]
mod tests {
    use std::time::Duration;

    use super::*;
    use crate::config::Settings;

    /// A well-formed argon2id PHC string that matches no known password.
    const HASH: &str =
        "$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHRzYWx0c2FsdA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";

    fn staff(entries: &[&str]) -> Result<Settings, String> {
        let toml: String = entries.iter().map(|e| format!("[[staff]]\n{e}\n")).collect();
        Settings::from_toml(&toml).map_err(|e| e.to_string())
    }

    #[test]
    fn staff_accounts_load_with_defaults_and_admins_see_every_region() {
        let s = Settings::from_toml("").unwrap();
        assert!(s.staff.is_empty() && s.public_url.is_none());
        assert_eq!(s.staff_session_idle, Duration::from_secs(1800));
        assert_eq!(s.staff_session_max, Duration::from_secs(43200));
        let s = staff(&[
            &format!("id = \"anna\"\npassword_hash = \"{HASH}\"\nrole = \"coordinator\"\nregions = [\"syd\", \"stockholm\", \"syd\"]\nlanguages = [\"sv\", \"en\"]"),
            &format!("id = \"boss.1\"\npassword_hash = \"{HASH}\"\nrole = \"admin\"\nregions = [\"nord\"]\ntotp_secret = \"JBSW Y3DP EHPK 3PXP JBSW Y3DP EHPK 3PXP\""),
        ])
        .unwrap();
        let anna = s.staff_account("anna").unwrap();
        assert_eq!(anna.role, Role::Coordinator);
        assert_eq!(anna.regions, vec![Region::Stockholm, Region::Syd]);
        assert_eq!(anna.languages, vec!["sv", "en"]);
        let boss = s.staff_account("boss.1").unwrap();
        assert_eq!((boss.role, boss.regions.len()), (Role::Admin, Region::ALL.len()));
        assert!(boss.totp_secret.is_some());
        assert!(s.staff_account("nobody").is_none());
        let debug = format!("{s:?}");
        assert!(!debug.contains("argon2id") && !debug.contains("JBSW"), "{debug}");
    }

    #[test]
    fn invalid_staff_entries_name_the_key_and_never_the_secret() {
        let ok = |id: &str| {
            format!("id = \"{id}\"\npassword_hash = \"{HASH}\"\nrole = \"coordinator\"\nregions = [\"syd\"]")
        };
        let cases = [
            (
                vec![ok("a"), ok("b"), "id = \"c\"\npassword_hash = \"$2b$12$hunter2hunter2\"\nrole = \"admin\"".into()],
                "staff[2].password_hash",
                "not an argon2id hash",
            ),
            (
                vec!["id = \"a\"\npassword_hash = \"$argon2i$v=19$m=19456,t=2,p=1$c2FsdHNhbHRzYWx0c2FsdA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\"\nrole = \"admin\"".into()],
                "staff[0].password_hash",
                "not an argon2id hash",
            ),
            (
                vec![format!("id = \"a\"\npassword_hash = \"{HASH}\"\nrole = \"coordinator\"\nregions = [\"syd\", \"atlantis\"]")],
                "staff[0].regions[1]",
                "unknown region",
            ),
            (vec![ok("a"), ok("b"), ok("a")], "staff[2].id", "duplicates staff[0].id"),
            (vec![ok("Anna Svensson")], "staff[0].id", "a-z"),
            (
                vec![format!("id = \"a\"\npassword_hash = \"{HASH}\"\nrole = \"coordinator\"")],
                "staff[0].regions",
                "at least one region",
            ),
            (
                vec![format!("id = \"a\"\npassword_hash = \"{HASH}\"\nrole = \"root\"")],
                "staff[0].role",
                "coordinator",
            ),
            (
                vec![format!("id = \"a\"\npassword_hash = \"{HASH}\"\nrole = \"admin\"\nlanguages = [\"sv\", \"not a language\"]")],
                "staff[0].languages[1]",
                "language code",
            ),
            (
                vec![format!("id = \"a\"\npassword_hash = \"{HASH}\"\nrole = \"admin\"\ntotp_secret = \"SHORTSECRET1\"")],
                "staff[0].totp_secret",
                "base32",
            ),
        ];
        for (entries, key, reason) in cases {
            let refs: Vec<&str> = entries.iter().map(String::as_str).collect();
            let e = staff(&refs).unwrap_err();
            assert!(e.contains(key) && e.contains(reason), "expected {key}: {reason} in {e}");
            assert!(
                !e.contains("hunter2") && !e.contains("SHORTSECRET1") && !e.contains("AAAAAAAA"),
                "{e}"
            );
        }
        let e = staff(&["id = \"a\"\npassword_hash = \"x\"\nrole = \"admin\"\npasword = \"x\""]).unwrap_err();
        assert!(e.contains("pasword"), "{e}");
    }

    #[test]
    fn public_url_and_staff_session_limits() {
        let s = Settings::from_toml("public_url = \"https://Staff.Example.org:443/\"").unwrap();
        assert_eq!(
            s.public_url.unwrap().origin().ascii_serialization(),
            "https://staff.example.org"
        );
        let s = Settings::from_toml("public_url = \"http://127.0.0.1:8080\"").unwrap();
        assert_eq!(
            s.public_url.unwrap().origin().ascii_serialization(),
            "http://127.0.0.1:8080"
        );
        for bad in [
            "staff.example.org",
            "ftp://x",
            "https://x/staff",
            "https://u:p@x",
            "https://x/?a=1",
        ] {
            let e = Settings::from_toml(&format!("public_url = \"{bad}\""))
                .unwrap_err()
                .to_string();
            assert!(e.contains("public_url"), "{bad}: {e}");
        }
        let e = Settings::from_toml("staff_session_idle_secs = 0")
            .unwrap_err()
            .to_string();
        assert!(e.contains("staff_session_idle_secs"), "{e}");
        let e = Settings::from_toml("staff_session_idle_secs = 100\nstaff_session_max_secs = 50")
            .unwrap_err()
            .to_string();
        assert!(e.contains("staff_session_max_secs"), "{e}");
    }
}
