//! Routing: which team answers a region's handoff, and whether it answers now.
//!
//! A region without a team of its own routes to the national team. Opening hours and
//! holidays are Europe/Stockholm local time; the instant is converted with jiff's bundled
//! time-zone database, so daylight-saving changes fall where they really do.

use jiff::Timestamp;
use jiff::tz::TimeZone;

use crate::config::{Day, Team};
use crate::region::Region;

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
