//! Opening hours (`mon-fri 08:00-17:00; sat 10:00-14:00` or `24/7`), shared by `[[team]]`
//! and the contacts, and the days of the week they name.

/// Days of the week, Monday first as in Sweden.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Day {
    Mon,
    Tue,
    Wed,
    Thu,
    Fri,
    Sat,
    Sun,
}

/// Minutes after midnight of an `HH:MM` already checked by [`OpeningHours::parse`].
fn clock_minutes(t: &str) -> u16 {
    let h: u16 = t[..2].parse().unwrap_or(0);
    let m: u16 = t[3..].parse().unwrap_or(0);
    h * 60 + m
}

impl Day {
    pub const ALL: [Day; 7] = [Day::Mon, Day::Tue, Day::Wed, Day::Thu, Day::Fri, Day::Sat, Day::Sun];

    fn parse(s: &str) -> Option<Day> {
        let names = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];
        names.iter().position(|n| *n == s).map(|i| Day::ALL[i])
    }

    /// Fluent id of the day's short name.
    pub fn label_id(self) -> &'static str {
        [
            "day-mon", "day-tue", "day-wed", "day-thu", "day-fri", "day-sat", "day-sun",
        ][self as usize]
    }
}

/// Opening hours in Europe/Stockholm local time, e.g. `mon-fri 08:00-17:00; sat 10:00-14:00`
/// or `24/7`. Parsed at startup so a typo stops the server instead of confusing a person.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OpeningHours {
    Always,
    Spans(Vec<HoursSpan>),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HoursSpan {
    pub first: Day,
    pub last: Day,
    pub open: String,
    pub close: String,
}

impl OpeningHours {
    /// Whether these hours include `minute` (minutes after local midnight) on `day`.
    /// A span is open from its opening minute up to, not including, its closing minute.
    pub fn is_open(&self, day: Day, minute: u16) -> bool {
        match self {
            OpeningHours::Always => true,
            OpeningHours::Spans(spans) => spans.iter().any(|s| {
                (s.first..=s.last).contains(&day)
                    && clock_minutes(&s.open) <= minute
                    && minute < clock_minutes(&s.close)
            }),
        }
    }

    /// The first minute at or after `from` on `day` when these hours are open, if any:
    /// when a closed team opens, to tell a person waiting for it.
    pub fn next_open_minute(&self, day: Day, from: u16) -> Option<u16> {
        match self {
            OpeningHours::Always => Some(from),
            OpeningHours::Spans(spans) => spans
                .iter()
                .filter(|s| (s.first..=s.last).contains(&day))
                .filter_map(|s| {
                    let (open, close) = (clock_minutes(&s.open), clock_minutes(&s.close));
                    (from < close).then(|| open.max(from))
                })
                .min(),
        }
    }

    pub fn parse(s: &str) -> Result<OpeningHours, String> {
        let s = s.trim();
        if s == "24/7" {
            return Ok(OpeningHours::Always);
        }
        let mut spans = Vec::new();
        for part in s.split(';').map(str::trim).filter(|p| !p.is_empty()) {
            let (days, times) = part
                .split_once(' ')
                .ok_or_else(|| format!("`{part}` should look like `mon-fri 08:00-17:00`"))?;
            let (first, last) = match days.split_once('-') {
                Some((a, b)) => (a, b),
                None => (days, days),
            };
            let day = |d: &str| {
                Day::parse(d).ok_or_else(|| format!("`{d}` is not a day (mon, tue, wed, thu, fri, sat, sun)"))
            };
            let (first, last) = (day(first)?, day(last)?);
            let (open, close) = times
                .trim()
                .split_once('-')
                .ok_or_else(|| format!("`{times}` should look like `08:00-17:00`"))?;
            let minutes = |t: &str| -> Result<u16, String> {
                let bad = || format!("`{t}` is not a time like 08:00");
                if t.len() != 5 || t.as_bytes()[2] != b':' {
                    return Err(bad());
                }
                let h: u16 = t[..2].parse().map_err(|_| bad())?;
                let m: u16 = t[3..].parse().map_err(|_| bad())?;
                let total = h * 60 + m;
                if m >= 60 || total > 24 * 60 {
                    Err(bad())
                } else {
                    Ok(total)
                }
            };
            if minutes(open)? >= minutes(close)? {
                return Err(format!("`{times}` closes before it opens"));
            }
            spans.push(HoursSpan {
                first,
                last,
                open: open.into(),
                close: close.into(),
            });
        }
        if spans.is_empty() {
            return Err("empty opening hours".into());
        }
        Ok(OpeningHours::Spans(spans))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn opening_hours_parse() {
        assert_eq!(OpeningHours::parse("24/7"), Ok(OpeningHours::Always));
        let OpeningHours::Spans(spans) = OpeningHours::parse("mon-fri 08:00-17:00; sat 10:00-14:00").unwrap() else {
            panic!("expected spans")
        };
        assert_eq!(spans.len(), 2);
        assert_eq!((spans[1].first, spans[1].last), (Day::Sat, Day::Sat));
        assert!(OpeningHours::parse("someday 08:00-17:00").is_err());
        assert!(OpeningHours::parse("mon 8:00-17:00").is_err());
        assert!(OpeningHours::parse("mon 17:00-08:00").is_err());
        assert!(OpeningHours::parse("mon 08:00-24:59").is_err());
        assert!(OpeningHours::parse("mon 08:00-24:00").is_ok());
    }
}
