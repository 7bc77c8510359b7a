//! `[disguise]`: the chat page under a neutral title, heading and icon at its own path,
//! and the tab icons the pages draw.

use serde::Deserialize;

use super::{ConfigError, invalid};

/// `[disguise]`: the chat page under a neutral title, heading and icon, at its own path,
/// so that a glance at the phone or the tab list does not give the person away.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Disguise {
    /// The tab's title and the page's heading, e.g. "Notes".
    pub title: String,
    /// The tab's icon, one of the built-in neutral ones.
    pub icon: Icon,
    /// Where the page is served instead of `/`, e.g. `/notes`.
    pub path: String,
}

/// The page's tab icons, all drawn without text: the chat's own, and neutral ones for a
/// disguised page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Icon {
    Chat,
    Notes,
    Recipes,
}

impl Icon {
    /// The neutral icons a disguise may use.
    pub const NEUTRAL: [Icon; 2] = [Icon::Notes, Icon::Recipes];

    pub fn as_str(self) -> &'static str {
        match self {
            Icon::Chat => "chat",
            Icon::Notes => "notes",
            Icon::Recipes => "recipes",
        }
    }
}

/// Paths the server itself uses; a disguised page cannot take them.
const RESERVED_PATHS: &[&str] = &[
    "/chat",
    "/staff",
    "/telegram",
    "/healthz",
    "/readyz",
    "/metrics",
    "/embed.js",
    "/icon-",
];

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawDisguise {
    title: String,
    #[serde(default = "default_disguise_icon")]
    icon: String,
    #[serde(default = "default_disguise_path")]
    path: String,
}

fn default_disguise_icon() -> String {
    "notes".into()
}

fn default_disguise_path() -> String {
    "/".into()
}

pub(super) fn compile_disguise(raw: RawDisguise) -> Result<Disguise, ConfigError> {
    let title = raw.title.trim();
    if title.is_empty() || title.chars().count() > 40 || title.chars().any(char::is_control) {
        return Err(invalid(
            "disguise.title",
            "expected 1 to 40 printable characters, e.g. \"Notes\"",
        ));
    }
    let icon = Icon::NEUTRAL
        .into_iter()
        .find(|i| i.as_str() == raw.icon)
        .ok_or_else(|| invalid("disguise.icon", "expected \"notes\" or \"recipes\""))?;
    let path = raw.path.as_str();
    let well_formed = path.starts_with('/')
        && path.len() <= 64
        && !path.contains("//")
        && path
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'/' || b == b'-');
    if !well_formed {
        return Err(invalid(
            "disguise.path",
            "expected a path of lowercase letters, digits, `-` and `/`, starting with `/` (e.g. /notes)",
        ));
    }
    let path = if path.len() > 1 {
        path.trim_end_matches('/')
    } else {
        path
    };
    if RESERVED_PATHS.iter().any(|r| path.starts_with(r)) {
        return Err(invalid("disguise.path", "this path is used by lotsa itself"));
    }
    Ok(Disguise {
        title: title.to_string(),
        icon,
        path: path.to_string(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::Settings;

    #[test]
    fn a_disguise_is_checked_and_normalized() {
        assert_eq!(Settings::from_toml("").unwrap().disguise, None);
        let s = Settings::from_toml("[disguise]\ntitle = \" Notes \"\npath = \"/notes/\"").unwrap();
        assert_eq!(
            s.disguise,
            Some(Disguise {
                title: "Notes".into(),
                icon: Icon::Notes,
                path: "/notes".into()
            })
        );
        for (toml, key) in [
            ("[disguise]\ntitle = \"\"", "disguise.title"),
            ("[disguise]\ntitle = \"Notes\"\nicon = \"chat\"", "disguise.icon"),
            ("[disguise]\ntitle = \"Notes\"\npath = \"notes\"", "disguise.path"),
            ("[disguise]\ntitle = \"Notes\"\npath = \"/Notes?x\"", "disguise.path"),
            ("[disguise]\ntitle = \"Notes\"\npath = \"/staff/x\"", "disguise.path"),
            ("[disguise]\ntitle = \"Notes\"\npath = \"/chat/basic\"", "disguise.path"),
        ] {
            let e = Settings::from_toml(toml).unwrap_err().to_string();
            assert!(e.contains(key), "{toml}: {e}");
        }
    }
}
