//! `[mailbox]`: the anonymous mailbox with a receipt code (leave a message for the team
//! when nobody can answer, come back for the answer): whether it is offered, and how long
//! an item is kept.

use std::time::Duration;

use serde::Deserialize;

use super::{ConfigError, invalid};

/// `[mailbox]`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MailboxSettings {
    /// Whether the channels offer the mailbox at all (`mailbox.enabled`, default true).
    pub enabled: bool,
    /// An item is deleted this long after it was left (`mailbox.keep_days`, default 14),
    /// or 24 h after its answer was read, whichever comes first.
    pub keep: Duration,
}

pub const DEFAULT_KEEP_DAYS: u64 = 14;
/// Longer would keep a person's words for months on a helpline's word that they are gone.
pub const MAX_KEEP_DAYS: u64 = 90;
const DAY: u64 = 24 * 60 * 60;

impl Default for MailboxSettings {
    fn default() -> Self {
        MailboxSettings {
            enabled: true,
            keep: Duration::from_secs(DEFAULT_KEEP_DAYS * DAY),
        }
    }
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawMailbox {
    enabled: Option<bool>,
    keep_days: Option<u64>,
}

pub(super) fn compile_mailbox(raw: RawMailbox) -> Result<MailboxSettings, ConfigError> {
    let days = raw.keep_days.unwrap_or(DEFAULT_KEEP_DAYS);
    if !(1..=MAX_KEEP_DAYS).contains(&days) {
        return Err(invalid(
            "mailbox.keep_days",
            format!("must be between 1 and {MAX_KEEP_DAYS} days"),
        ));
    }
    Ok(MailboxSettings {
        enabled: raw.enabled.unwrap_or(true),
        keep: Duration::from_secs(days * DAY),
    })
}

#[cfg(test)]
mod tests {
    use crate::config::Settings;

    #[test]
    fn mailbox_defaults_and_bounds() {
        let s = Settings::from_toml("").unwrap();
        assert!(s.mailbox.enabled);
        assert_eq!(s.mailbox.keep.as_secs(), 14 * 86_400);
        let s = Settings::from_toml("[mailbox]\nenabled = false\nkeep_days = 3\n").unwrap();
        assert!(!s.mailbox.enabled);
        assert_eq!(s.mailbox.keep.as_secs(), 3 * 86_400);
        for bad in ["0", "91"] {
            let err = Settings::from_toml(&format!("[mailbox]\nkeep_days = {bad}\n"))
                .unwrap_err()
                .to_string();
            assert!(err.contains("mailbox.keep_days"), "{err}");
        }
        assert!(
            Settings::from_toml("[mailbox]\nkeep = 3\n").is_err(),
            "unknown keys are refused"
        );
    }
}
