//! Routing: which team answers a region's handoff, whether it answers now, and, when it
//! does not, which other team can ([`Routing::reach`]) or when one opens.
//!
//! A region without a team of its own routes to the national team. A region whose team
//! is closed overflows (when configured) to the next open team that speaks the person's
//! language: the national team first, then the others in configuration order. Opening
//! hours and holidays are Europe/Stockholm local time; the instant is converted with
//! jiff's bundled time-zone database, so daylight-saving changes fall where they really do.

use jiff::tz::TimeZone;
use jiff::{Timestamp, ToSpan, Zoned};

use crate::config::{Day, Team};
use crate::region::Region;

/// How far ahead [`Routing::opens`] looks for an opening (holidays can close a team for
/// more than a week).
const LOOKAHEAD_DAYS: i32 = 21;

/// Who can answer a person of one region, speaking one language, now.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reach {
    /// The region's own team (or the national team, for a region without one) is open.
    Own { team: Region },
    /// The own team is closed; another open team that speaks the language answers.
    Overflow { closed: Region, team: Region },
    /// No team can answer now; the first of those that could opens then (`None`: not in
    /// the next weeks).
    Away { team: Region, opens: Option<Zoned> },
}

impl Reach {
    /// The team the case waits for.
    pub fn team(&self) -> Region {
        match self {
            Reach::Own { team } | Reach::Overflow { team, .. } | Reach::Away { team, .. } => *team,
        }
    }

    pub fn answering(&self) -> bool {
        !matches!(self, Reach::Away { .. })
    }
}

pub struct Routing {
    teams: Vec<Team>,
    tz: TimeZone,
}

impl std::fmt::Debug for Routing {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Routing").field("teams", &self.teams.len()).finish()
    }
}

impl Routing {
    pub fn new(teams: Vec<Team>) -> Routing {
        // The bundled database always has Stockholm; UTC would only be a misconfigured
        // build, and then hours would be off by one or two, never a crash.
        let tz = TimeZone::get("Europe/Stockholm").unwrap_or(TimeZone::UTC);
        Routing { teams, tz }
    }

    /// Whether any team is configured at all (else "talk to a person" shows contacts).
    pub fn is_empty(&self) -> bool {
        self.teams.is_empty()
    }

    pub fn team(&self, region: Region) -> Option<&Team> {
        self.teams.iter().find(|t| t.region == region)
    }

    /// The team that takes `region`'s cases: its own, else the national team.
    pub fn team_for(&self, region: Region) -> Option<Region> {
        self.team(region)
            .or_else(|| self.team(Region::National))
            .map(|t| t.region)
    }

    /// Who can answer a person of `region` in `lang` at `now`; `overflow` allows another
    /// team than the region's own. `None` when no team is configured for the region nor
    /// a national one.
    pub fn reach(&self, region: Region, lang: &str, now: Timestamp, overflow: bool) -> Option<Reach> {
        let own = self.team_for(region)?;
        if self.is_open(own, now) {
            return Some(Reach::Own { team: own });
        }
        if overflow && let Some(team) = self.overflow_team(own, lang, now) {
            return Some(Reach::Overflow { closed: own, team });
        }
        // The first opening of the own team, or of a team the case could overflow to.
        let candidates = self
            .teams
            .iter()
            .filter(|t| t.region == own || (overflow && speaks(t, lang)))
            .map(|t| t.region);
        let opens = candidates.filter_map(|t| self.opens(t, now)).min();
        Some(Reach::Away { team: own, opens })
    }

    /// The next open team, other than `from`, whose staff speak `lang`: the national
    /// team first, then the others in configuration order.
    pub fn overflow_team(&self, from: Region, lang: &str, now: Timestamp) -> Option<Region> {
        let national = self.teams.iter().filter(|t| t.region == Region::National);
        let others = self.teams.iter().filter(|t| t.region != Region::National);
        national
            .chain(others)
            .find(|t| t.region != from && speaks(t, lang) && self.is_open(t.region, now))
            .map(|t| t.region)
    }

    /// When `team` next opens, at or after `now`, in Stockholm time; `now` itself when it
    /// is open.
    pub fn opens(&self, team: Region, now: Timestamp) -> Option<Zoned> {
        let team = self.team(team)?;
        let local = now.to_zoned(self.tz.clone());
        let today = local.date();
        for offset in 0..LOOKAHEAD_DAYS {
            let date = today.checked_add(offset.days()).ok()?;
            if team.holidays.contains(&date) {
                continue;
            }
            let day = Day::ALL[date.weekday().to_monday_zero_offset() as usize];
            let from = if offset == 0 {
                local.hour() as u16 * 60 + local.minute() as u16
            } else {
                0
            };
            if let Some(minute) = team.hours.next_open_minute(day, from) {
                let at = date.at((minute / 60) as i8, (minute % 60) as i8, 0, 0);
                // A minute inside a daylight-saving gap resolves to the later clock time.
                return at.to_zoned(self.tz.clone()).ok();
            }
        }
        None
    }

    /// Whether `team` answers at `now`: not on a holiday, and within its hours.
    pub fn is_open(&self, team: Region, now: Timestamp) -> bool {
        let Some(team) = self.team(team) else { return false };
        let local = now.to_zoned(self.tz.clone());
        if team.holidays.contains(&local.date()) {
            return false;
        }
        let day = Day::ALL[local.weekday().to_monday_zero_offset() as usize];
        let minute = local.hour() as u16 * 60 + local.minute() as u16;
        team.hours.is_open(day, minute)
    }
}

/// An opening time as the protocols give it: RFC 3339 with Stockholm's offset.
pub fn rfc3339(at: &Zoned) -> String {
    at.strftime("%Y-%m-%dT%H:%M:%S%:z").to_string()
}

/// Whether the team's staff chat in `lang` (a team that lists no languages takes any).
fn speaks(team: &Team, lang: &str) -> bool {
    team.languages.is_empty() || team.languages.iter().any(|l| l == lang)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::OpeningHours;

    fn team(region: Region, hours: &str, holidays: &[&str]) -> Team {
        Team {
            region,
            languages: vec!["sv".into()],
            hours: OpeningHours::parse(hours).unwrap(),
            holidays: holidays.iter().map(|d| d.parse().unwrap()).collect(),
        }
    }

    fn at(s: &str) -> Timestamp {
        s.parse().unwrap()
    }

    #[test]
    fn regions_without_a_team_go_national() {
        let r = Routing::new(vec![
            team(Region::Syd, "24/7", &[]),
            team(Region::National, "24/7", &[]),
        ]);
        assert_eq!(r.team_for(Region::Syd), Some(Region::Syd));
        assert_eq!(r.team_for(Region::Nord), Some(Region::National));
        assert_eq!(
            Routing::new(vec![team(Region::Syd, "24/7", &[])]).team_for(Region::Nord),
            None
        );
    }

    #[test]
    fn hours_follow_stockholm_across_daylight_saving() {
        let r = Routing::new(vec![team(Region::Syd, "mon-fri 08:00-16:30", &["2026-12-24"])]);
        // Friday 27 March 2026, 07:30 UTC: 08:30 in winter time (UTC+1): open.
        assert!(r.is_open(Region::Syd, at("2026-03-27T07:30:00Z")));
        // 06:30 UTC the same day is 07:30 local: closed.
        assert!(!r.is_open(Region::Syd, at("2026-03-27T06:30:00Z")));
        // Monday 30 March, after the switch to summer time (UTC+2): 06:30 UTC is 08:30.
        assert!(r.is_open(Region::Syd, at("2026-03-30T06:30:00Z")));
        // Closing: 14:29 UTC is 16:29 local in summer (open), 14:30 is 16:30 (closed).
        assert!(r.is_open(Region::Syd, at("2026-03-30T14:29:00Z")));
        assert!(!r.is_open(Region::Syd, at("2026-03-30T14:30:00Z")));
        // Back to winter time on 25 October: Monday 26 October, 07:00 UTC is 08:00 local.
        assert!(r.is_open(Region::Syd, at("2026-10-26T07:00:00Z")));
        assert!(!r.is_open(Region::Syd, at("2026-10-26T06:59:00Z")));
        // Saturday: closed.
        assert!(!r.is_open(Region::Syd, at("2026-03-28T10:00:00Z")));
        // Christmas Eve 2026 is a Thursday, a holiday: closed all (local) day.
        assert!(!r.is_open(Region::Syd, at("2026-12-24T10:00:00Z")));
        // 23:30 UTC on the 23rd is already the 24th in Stockholm.
        let always = Routing::new(vec![team(Region::Syd, "24/7", &["2026-12-24"])]);
        assert!(!always.is_open(Region::Syd, at("2026-12-23T23:30:00Z")));
        assert!(always.is_open(Region::Syd, at("2026-12-23T22:30:00Z")));
        assert!(!r.is_open(Region::Vast, at("2026-03-27T07:30:00Z")), "no such team");
    }
}

#[cfg(test)]
mod reach_tests {
    use super::*;
    use crate::config::OpeningHours;

    fn team(region: Region, langs: &[&str], hours: &str, holidays: &[&str]) -> Team {
        Team {
            region,
            languages: langs.iter().map(|l| l.to_string()).collect(),
            hours: OpeningHours::parse(hours).unwrap(),
            holidays: holidays.iter().map(|d| d.parse().unwrap()).collect(),
        }
    }

    fn at(s: &str) -> Timestamp {
        s.parse().unwrap()
    }

    fn routing() -> Routing {
        Routing::new(vec![
            team(Region::Stockholm, &["sv", "en", "ar"], "mon-fri 08:00-16:30", &[]),
            team(Region::Vast, &["sv", "th"], "mon-sun 10:00-22:00", &[]),
            team(Region::National, &["sv", "en"], "mon-fri 08:00-20:00", &["2026-12-24"]),
        ])
    }

    #[test]
    fn an_open_own_team_answers() {
        // Monday 7 December 2026, 09:00 Stockholm (UTC+1).
        let r = routing().reach(Region::Stockholm, "ar", at("2026-12-07T08:00:00Z"), true);
        assert_eq!(
            r,
            Some(Reach::Own {
                team: Region::Stockholm
            })
        );
    }

    #[test]
    fn a_closed_region_overflows_to_the_national_team_in_the_persons_language() {
        // Monday 18:00: Stockholm closed, the national team open until 20:00.
        let now = at("2026-12-07T17:00:00Z");
        let r = routing();
        assert_eq!(
            r.reach(Region::Stockholm, "en", now, true),
            Some(Reach::Overflow {
                closed: Region::Stockholm,
                team: Region::National
            })
        );
        // Thai: the national team does not speak it; Väst does and is open.
        assert_eq!(
            r.reach(Region::Stockholm, "th", now, true),
            Some(Reach::Overflow {
                closed: Region::Stockholm,
                team: Region::Vast
            })
        );
        // Overflow off: the own team, closed, and when it opens.
        let Some(Reach::Away { team, opens }) = r.reach(Region::Stockholm, "en", now, false) else {
            panic!("away")
        };
        assert_eq!(team, Region::Stockholm);
        assert_eq!(
            opens.unwrap().to_string(),
            "2026-12-08T08:00:00+01:00[Europe/Stockholm]"
        );
    }

    #[test]
    fn away_says_when_the_first_team_that_could_answer_opens() {
        // Saturday 5 December, 23:00: Väst closed until 10:00, the rest until Monday.
        let now = at("2026-12-05T22:00:00Z");
        let r = routing();
        let Some(Reach::Away { opens, .. }) = r.reach(Region::Stockholm, "en", now, true) else {
            panic!("away")
        };
        // English: only Stockholm and the national team speak it, both open Monday 08:00.
        assert_eq!(
            opens.unwrap().to_string(),
            "2026-12-07T08:00:00+01:00[Europe/Stockholm]"
        );
        let Some(Reach::Away { opens, .. }) = r.reach(Region::Stockholm, "sv", now, true) else {
            panic!("away")
        };
        // Swedish: Väst opens Sunday at 10:00.
        assert_eq!(
            opens.unwrap().to_string(),
            "2026-12-06T10:00:00+01:00[Europe/Stockholm]"
        );
    }

    #[test]
    fn openings_skip_holidays_and_follow_daylight_saving() {
        let r = routing();
        // Wednesday 23 December, 21:00: the national team is closed on the 24th.
        let opens = r.opens(Region::National, at("2026-12-23T20:00:00Z")).unwrap();
        assert_eq!(opens.to_string(), "2026-12-25T08:00:00+01:00[Europe/Stockholm]");
        // Friday 27 March, 21:00: Monday 30 March is in summer time.
        let opens = r.opens(Region::National, at("2026-03-27T20:00:00Z")).unwrap();
        assert_eq!(opens.to_string(), "2026-03-30T08:00:00+02:00[Europe/Stockholm]");
        // Open now: now.
        let now = at("2026-12-07T08:00:00Z");
        assert_eq!(r.opens(Region::National, now).unwrap().timestamp(), now);
        // A team that never opens (every day a holiday would be absurd; no team at all).
        assert!(r.opens(Region::Syd, now).is_none());
    }
}
