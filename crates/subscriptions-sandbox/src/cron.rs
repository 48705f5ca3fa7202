//! When a schedule next runs: its cron `specification` read in the time
//! zone of its `location`, with croner and chrono-tz.

use chrono::{DateTime, Utc};
use chrono_tz::Tz;
use croner::Cron;
use croner::parser::{CronParser, Seconds, Year};

/// A checked schedule specification, ready to evaluate.
#[derive(Clone, Debug)]
pub struct Timing {
    cron: Cron,
    zone: Tz,
}

/// Which attribute is wrong, and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TimingError {
    /// `specification` or `location`.
    pub attribute: &'static str,
    /// The reason, for the `detail` of a 400.
    pub reason: String,
}

impl Timing {
    /// Checks a specification and a location.
    pub fn new(specification: &str, location: &str) -> Result<Timing, TimingError> {
        let zone: Tz = location.parse().map_err(|_| TimingError {
            attribute: "location",
            reason: format!("\"location\" must be an IANA time zone name such as Europe/London, not `{location}`"),
        })?;
        let cron = parse(specification).map_err(|reason| TimingError {
            attribute: "specification",
            reason: format!("\"specification\" is not a valid cron specification: {reason}"),
        })?;
        let timing = Timing { cron, zone };
        // A specification that can never match (`0 0 30 2 *`) is refused
        // now rather than giving a schedule that never runs.
        timing.next_after(Utc::now()).ok_or_else(|| TimingError {
            attribute: "specification",
            reason: "\"specification\" never matches a date".to_owned(),
        })?;
        Ok(timing)
    }

    /// The first time strictly after `now` at which the schedule runs, in UTC.
    pub fn next_after(&self, now: DateTime<Utc>) -> Option<DateTime<Utc>> {
        let local = now.with_timezone(&self.zone);
        self.cron.find_next_occurrence(&local, false).ok().map(|next| next.with_timezone(&Utc))
    }
}

/// Parses the five documented fields: `minute hour day-of-month month
/// day-of-week` with `*`, ranges, lists, steps, and month and weekday names.
/// croner also knows `L`, `W`, `#`, `?`, `+` and `@daily`-style nicknames;
/// the API does not document them, so they are refused.
fn parse(specification: &str) -> Result<Cron, String> {
    let fields: Vec<&str> = specification.split_whitespace().collect();
    if fields.len() != 5 {
        return Err(format!("expected 5 fields (minute hour day-of-month month day-of-week), found {}", fields.len()));
    }
    const MONTHS: [&str; 12] = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"];
    const DAYS: [&str; 7] = ["SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"];
    for (index, field) in fields.iter().enumerate() {
        if let Some(bad) = field.chars().find(|c| !(c.is_ascii_alphanumeric() || matches!(c, '*' | ',' | '-' | '/'))) {
            return Err(format!("`{bad}` is not allowed in `{field}`"));
        }
        let names: &[&str] = match index {
            3 => &MONTHS,
            4 => &DAYS,
            _ => &[],
        };
        for word in field.split(|c: char| !c.is_ascii_alphabetic()).filter(|w| !w.is_empty()) {
            if !names.iter().any(|n| n.eq_ignore_ascii_case(word)) {
                return Err(format!("`{word}` is not a value of field {} (`{field}`)", index + 1));
            }
        }
    }
    CronParser::builder()
        .seconds(Seconds::Disallowed)
        .year(Year::Disallowed)
        .dom_and_dow(false)
        .build()
        .parse(specification)
        .map_err(|e| e.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(text: &str) -> DateTime<Utc> {
        text.parse().unwrap()
    }

    #[test]
    fn daily_at_half_past_midnight_in_london_follows_summer_time() {
        let timing = Timing::new("30 0 * * *", "Europe/London").unwrap();
        // Winter: London is UTC.
        assert_eq!(timing.next_after(at("2026-01-10T12:00:00Z")), Some(at("2026-01-11T00:30:00Z")));
        // Summer: London is UTC+1, so 00:30 local is 23:30 UTC the day before.
        assert_eq!(timing.next_after(at("2026-07-10T12:00:00Z")), Some(at("2026-07-10T23:30:00Z")));
    }

    #[test]
    fn documented_syntax_is_accepted() {
        for specification in [
            "* * * * *",
            "*/2 * * * *",
            "0 0-12/2 * * *",
            "0 0 * * MON-FRI",
            "0 0 * * 1-5",
            "0-5,30-35 * * * *",
            "0 0,12 * * *",
            "0 0 1 JAN *",
            "0 0 * * 7",
            "* 0 1 1 1",
        ] {
            assert!(Timing::new(specification, "UTC").is_ok(), "{specification}");
        }
    }

    #[test]
    fn day_of_month_and_day_of_week_are_either_or() {
        // "0 0 1 * SAT": the 1st of the month and every Saturday.
        let timing = Timing::new("0 0 1 * SAT", "UTC").unwrap();
        // 2026-11-21 is a Saturday; after it, the next match is Saturday the 28th,
        // then Tuesday December 1st.
        assert_eq!(timing.next_after(at("2026-11-21T00:00:00Z")), Some(at("2026-11-28T00:00:00Z")));
        assert_eq!(timing.next_after(at("2026-11-28T00:00:00Z")), Some(at("2026-12-01T00:00:00Z")));
    }

    #[test]
    fn bad_specifications_and_locations_say_why() {
        for (specification, location, attribute, why) in [
            ("30 0 * *", "UTC", "specification", "expected 5 fields"),
            ("0 30 0 * * *", "UTC", "specification", "expected 5 fields"),
            ("61 * * * *", "UTC", "specification", "not a valid cron"),
            ("0 0 L * *", "UTC", "specification", "`L` is not a value"),
            ("0 0 * * 5#2", "UTC", "specification", "`#` is not allowed"),
            ("@daily", "UTC", "specification", "expected 5 fields"),
            ("0 0 30 2 *", "UTC", "specification", "never matches"),
            ("30 0 * * *", "Mars/Olympus_Mons", "location", "IANA time zone"),
        ] {
            let error = Timing::new(specification, location).unwrap_err();
            assert_eq!(error.attribute, attribute, "{specification} {location}");
            assert!(error.reason.contains(why), "{specification}: {}", error.reason);
        }
    }
}
