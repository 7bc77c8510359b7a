//! `[handoff]` and `[[team]]`: how long a person waits for staff and how a case moves on,
//! and which team answers which region, in which languages, when.

use std::time::Duration;

use serde::Deserialize;

use super::{ConfigError, OpeningHours, invalid};
use crate::region::Region;

/// Wait limit when `handoff.max_wait_secs` is not set.
const DEFAULT_MAX_WAIT_SECS: u64 = 300;

/// Live cases one staff member may hold when `handoff.max_live_per_staff` is not set.
const DEFAULT_MAX_LIVE: usize = 3;

/// An urgent case unclaimed this long is shown to the national team and admins too.
const DEFAULT_ESCALATE_URGENT_SECS: u64 = 60;

/// A web chat person gone this long (page closed, network lost) leaves the queue.
const DEFAULT_GONE_SECS: u64 = 120;

/// `[handoff]`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HandoffSettings {
    /// No one claimed a case by then: the person is offered the fallback contacts.
    pub max_wait: Duration,
    /// Live cases one staff member may hold at once.
    pub max_live_per_staff: usize,
    /// A case whose team is closed, or unclaimed past `max_wait`, is offered once to the
    /// next open team that speaks the person's language (the national team first): a
    /// closed region should not leave a person with phone numbers while another team can
    /// answer.
    pub overflow: bool,
    /// An urgent case unclaimed this long is shown to the national team and admins too.
    pub escalate_urgent: Duration,
    /// A web chat person gone this long leaves the queue, counted as left; a live case
    /// shows staff that the person is gone.
    pub gone: Duration,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawHandoff {
    max_wait_secs: Option<u64>,
    max_live_per_staff: Option<usize>,
    overflow: Option<bool>,
    escalate_urgent_secs: Option<u64>,
    gone_secs: Option<u64>,
}

pub(super) fn compile_handoff(raw: RawHandoff) -> Result<HandoffSettings, ConfigError> {
    let max_wait = raw.max_wait_secs.unwrap_or(DEFAULT_MAX_WAIT_SECS);
    if max_wait == 0 {
        return Err(invalid("handoff.max_wait_secs", "must be at least 1"));
    }
    let max_live = raw.max_live_per_staff.unwrap_or(DEFAULT_MAX_LIVE);
    if max_live == 0 {
        return Err(invalid("handoff.max_live_per_staff", "must be at least 1"));
    }
    let escalate = raw.escalate_urgent_secs.unwrap_or(DEFAULT_ESCALATE_URGENT_SECS);
    if escalate == 0 {
        return Err(invalid("handoff.escalate_urgent_secs", "must be at least 1"));
    }
    let gone = raw.gone_secs.unwrap_or(DEFAULT_GONE_SECS);
    if gone == 0 {
        return Err(invalid("handoff.gone_secs", "must be at least 1"));
    }
    Ok(HandoffSettings {
        max_wait: Duration::from_secs(max_wait),
        max_live_per_staff: max_live,
        overflow: raw.overflow.unwrap_or(true),
        escalate_urgent: Duration::from_secs(escalate),
        gone: Duration::from_secs(gone),
    })
}

/// `[[team]]`: the staff who answer one region's handoffs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Team {
    /// One of the seven regions, or `national` (which also takes regions without a team).
    pub region: Region,
    /// Languages its staff can chat in (language codes).
    pub languages: Vec<String>,
    /// When someone answers, in Europe/Stockholm local time.
    pub hours: OpeningHours,
    /// Whole days closed (Europe/Stockholm).
    pub holidays: Vec<jiff::civil::Date>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawTeam {
    region: String,
    #[serde(default)]
    languages: Vec<String>,
    hours: String,
    #[serde(default)]
    holidays: Vec<String>,
}

pub(super) fn compile_teams(raw: Vec<RawTeam>) -> Result<Vec<Team>, ConfigError> {
    let mut teams: Vec<Team> = Vec::new();
    for (i, t) in raw.into_iter().enumerate() {
        let key = |field: &str| format!("team[{i}].{field}");
        let region = Region::parse(&t.region).ok_or_else(|| {
            invalid(
                key("region"),
                "unknown region (nord, mitt, bergslagen, stockholm, ost, vast, syd, national)",
            )
        })?;
        if teams.iter().any(|other| other.region == region) {
            return Err(invalid(
                key("region"),
                format!("a team for `{}` is already configured", t.region),
            ));
        }
        if t.languages.is_empty() {
            return Err(invalid(
                key("languages"),
                "list at least one language its staff can chat in",
            ));
        }
        for (j, code) in t.languages.iter().enumerate() {
            if code.parse::<unic_langid::LanguageIdentifier>().is_err() {
                return Err(invalid(
                    format!("team[{i}].languages[{j}]"),
                    "not a language code like `sv` or `ar`",
                ));
            }
        }
        let hours = OpeningHours::parse(&t.hours).map_err(|e| invalid(key("hours"), e))?;
        let mut holidays = Vec::new();
        for (j, day) in t.holidays.iter().enumerate() {
            let date = day
                .parse::<jiff::civil::Date>()
                .map_err(|_| invalid(format!("team[{i}].holidays[{j}]"), "expected a date like 2026-12-24"))?;
            holidays.push(date);
        }
        teams.push(Team {
            region,
            languages: t.languages,
            hours,
            holidays,
        });
    }
    Ok(teams)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::Settings;

    #[test]
    fn teams_and_handoff_validate_and_name_the_key() {
        let s = Settings::from_toml(
            "[handoff]\nmax_wait_secs = 60\n[[team]]\nregion = \"syd\"\nlanguages = [\"sv\", \"ar\"]\nhours = \"mon-fri 08:00-16:30\"\nholidays = [\"2026-12-24\"]",
        )
        .unwrap();
        assert_eq!(s.handoff.max_wait, Duration::from_secs(60));
        assert_eq!(s.handoff.max_live_per_staff, DEFAULT_MAX_LIVE);
        assert_eq!(s.teams[0].region, Region::Syd);
        assert_eq!(s.teams[0].holidays[0].to_string(), "2026-12-24");
        for (toml, key) in [
            (
                "[[team]]\nregion = \"atlantis\"\nlanguages = [\"sv\"]\nhours = \"24/7\"",
                "team[0].region",
            ),
            (
                "[[team]]\nregion = \"syd\"\nlanguages = []\nhours = \"24/7\"",
                "team[0].languages",
            ),
            (
                "[[team]]\nregion = \"syd\"\nlanguages = [\"sv\"]\nhours = \"sometimes\"",
                "team[0].hours",
            ),
            (
                "[[team]]\nregion = \"syd\"\nlanguages = [\"sv\"]\nhours = \"24/7\"\nholidays = [\"24/12\"]",
                "team[0].holidays[0]",
            ),
            (
                "[[team]]\nregion = \"syd\"\nlanguages = [\"sv\"]\nhours = \"24/7\"\n[[team]]\nregion = \"syd\"\nlanguages = [\"sv\"]\nhours = \"24/7\"",
                "team[1].region",
            ),
            ("[handoff]\nmax_wait_secs = 0", "handoff.max_wait_secs"),
            ("[handoff]\nmax_wiat_secs = 5", "max_wiat_secs"),
        ] {
            let e = Settings::from_toml(toml).unwrap_err().to_string();
            assert!(e.contains(key), "{key}: {e}");
        }
    }
}
