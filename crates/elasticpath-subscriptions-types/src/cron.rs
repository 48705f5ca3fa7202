//! When a schedule runs: its cron `specification` read in the time zone of
//! its `location`, with croner and chrono-tz (cargo feature `cron`).
//!
//! This is the one cron engine of these crates: the sandbox fires its
//! schedules with it, so a preview here is what the sandbox does. Across
//! daylight-saving changes, a run in the hour spring skips happens at the
//! end of the gap (`30 1 * * *` in London on 2026-03-29 runs at 02:00
//! summer time), and a run in the hour autumn repeats happens once.
//!
//! ```
//! use elasticpath_subscriptions_types::cron::next_runs;
//!
//! let from = "2026-03-28T12:00:00Z".parse().unwrap();
//! let runs = next_runs("30 1 * * *", "Europe/London", from, 2)?;
//! let shown: Vec<String> = runs.iter().map(|t| t.to_rfc3339()).collect();
//! assert_eq!(shown, ["2026-03-29T01:00:00+00:00", "2026-03-30T00:30:00+00:00"]);
//! # Ok::<(), elasticpath_subscriptions_types::cron::TimingError>(())
//! ```

use chrono::{DateTime, Utc};
use chrono_tz::Tz;

/// A time zone, as a schedule's `location` names it (chrono-tz's).
pub use chrono_tz::Tz as Zone;
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
    /// Checks a specification and a location. The cost is linear in their
    /// length: the fields are parsed by [`Fields::parse`], a specification
    /// that can never run is found by [`Fields::can_run`] without looking at
    /// a calendar, and croner is only asked about specifications that run
    /// at least once every eight years.
    pub fn new(specification: &str, location: &str) -> Result<Timing, TimingError> {
        let zone: Tz = location.parse().map_err(|_| TimingError {
            attribute: "location",
            reason: format!(
                "\"location\" must be an IANA time zone name such as Europe/London, not {}",
                shown(location)
            ),
        })?;
        let invalid = |reason: String| TimingError {
            attribute: "specification",
            reason: format!("\"specification\" is not a valid cron specification: {reason}"),
        };
        let fields = Fields::parse(specification).map_err(invalid)?;
        if !fields.can_run() {
            return Err(TimingError {
                attribute: "specification",
                reason:
                    "\"specification\" never matches a date: no month it allows has the days of the month it allows"
                        .to_owned(),
            });
        }
        let cron = CronParser::builder()
            .seconds(Seconds::Disallowed)
            .year(Year::Disallowed)
            .dom_and_dow(false)
            .build()
            .parse(specification)
            .map_err(|e| invalid(e.to_string()))?;
        Ok(Timing { cron, zone })
    }

    /// The next `n` runs strictly after `from`, in UTC (fewer if the
    /// schedule stops running, as one that names a date only some years
    /// have may, past the engine's search).
    pub fn next_runs(&self, from: DateTime<Utc>, n: usize) -> Vec<DateTime<Utc>> {
        let mut runs = Vec::with_capacity(n.min(1024));
        let mut at = from;
        while runs.len() < n {
            let Some(next) = self.next_after(at) else { break };
            runs.push(next);
            at = next;
        }
        runs
    }

    /// The first time strictly after `now` at which the schedule runs, in
    /// UTC. The specification runs at least once every eight years (see
    /// [`Fields::can_run`]), so croner's search ends within eight years of
    /// `now`.
    pub fn next_after(&self, now: DateTime<Utc>) -> Option<DateTime<Utc>> {
        let local = now.with_timezone(&self.zone);
        self.cron.find_next_occurrence(&local, false).ok().map(|next| next.with_timezone(&Utc))
    }
}

/// The next `n` runs after `from` of a schedule of `specification` in the
/// time zone `location`: a preview of when it would create jobs, as the
/// sandbox (and, as documented, Elastic Path) runs it. Refused as the API
/// refuses them: an unknown zone, a specification that is not five cron
/// fields or never matches a date.
pub fn next_runs(
    specification: &str,
    location: &str,
    from: DateTime<Utc>,
    n: usize,
) -> Result<Vec<DateTime<Utc>>, TimingError> {
    Ok(Timing::new(specification, location)?.next_runs(from, n))
}

impl std::fmt::Display for TimingError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.reason)
    }
}

impl std::error::Error for TimingError {}

/// A value for an error message: quoted, or only its length when it is long.
fn shown(value: &str) -> String {
    let length = value.chars().count();
    if length <= 64 { format!("`{value}`") } else { format!("a {length}-character value") }
}

/// The five fields as sets of values, one bit per value.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Fields {
    /// Minutes 0-59.
    pub minutes: u64,
    /// Hours 0-23.
    pub hours: u64,
    /// Days of the month 1-31.
    pub days_of_month: u64,
    /// Months 1-12.
    pub months: u64,
    /// Days of the week 0-6, Sunday 0 (7 is read as 0).
    pub days_of_week: u64,
    /// Whether the day-of-week field is `*`: then only the day of the
    /// month decides (otherwise either may match, as documented).
    pub any_day_of_week: bool,
}

/// One field's rules.
struct Field {
    name: &'static str,
    low: u32,
    high: u32,
    names: &'static [&'static str],
}

const MONTHS: [&str; 12] = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"];
const DAYS: [&str; 7] = ["SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"];
const FIELDS: [Field; 5] = [
    Field { name: "minute", low: 0, high: 59, names: &[] },
    Field { name: "hour", low: 0, high: 23, names: &[] },
    Field { name: "day-of-month", low: 1, high: 31, names: &[] },
    Field { name: "month", low: 1, high: 12, names: &MONTHS },
    Field { name: "day-of-week", low: 0, high: 7, names: &DAYS },
];

impl Fields {
    /// Parses the documented syntax: five fields separated by spaces, each
    /// a comma-separated list of `*`, `a` or `a-b` (a ≤ b), optionally
    /// stepped as `*/n` or `a-b/n` (1 ≤ n ≤ the field's largest value),
    /// with month and weekday names. One pass over the text.
    pub fn parse(specification: &str) -> Result<Fields, String> {
        let parts: Vec<&str> = specification.split_whitespace().collect();
        if parts.len() != 5 {
            return Err(format!(
                "expected 5 fields (minute hour day-of-month month day-of-week), found {}",
                parts.len()
            ));
        }
        let mut sets = [0u64; 5];
        for ((set, part), field) in sets.iter_mut().zip(&parts).zip(&FIELDS) {
            *set = field.parse(part)?;
        }
        let days_of_week = (sets[4] | (sets[4] >> 7)) & 0x7f;
        Ok(Fields {
            minutes: sets[0],
            hours: sets[1],
            days_of_month: sets[2],
            months: sets[3],
            days_of_week,
            any_day_of_week: parts[4] == "*",
        })
    }

    /// Whether the specification runs at all, decided from the fields: a
    /// restricted day of the week runs every week (the two day fields are
    /// either-or); otherwise some allowed month must have an allowed day
    /// (February counts 29 days: it has them every leap year, so the
    /// longest wait for a run is eight years, 2096 to 2104).
    pub fn can_run(&self) -> bool {
        const DAYS_IN_MONTH: [u32; 12] = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
        if !self.any_day_of_week {
            return self.days_of_week != 0;
        }
        (1..=12u32).filter(|m| self.months & (1 << m) != 0).any(|m| {
            let days_that_exist = (1u64 << (DAYS_IN_MONTH[m as usize - 1] + 1)) - 2;
            self.days_of_month & days_that_exist != 0
        })
    }
}

impl Field {
    fn parse(&self, text: &str) -> Result<u64, String> {
        let mut set = 0u64;
        for item in text.split(',') {
            let (range, step) = match item.split_once('/') {
                Some((range, step)) => (range, Some(step)),
                None => (item, None),
            };
            let (low, high) = if range == "*" {
                (self.low, self.high)
            } else if let Some((a, b)) = range.split_once('-') {
                let (a, b) = (self.value(a, text)?, self.value(b, text)?);
                if a > b {
                    return Err(format!("`{range}` in the {} field is not a range: {a} is after {b}", self.name));
                }
                (a, b)
            } else {
                if step.is_some() {
                    return Err(format!(
                        "`{item}` in the {} field: a step goes after `*` or a range, as in `*/5` or `0-30/5`",
                        self.name
                    ));
                }
                let value = self.value(range, text)?;
                (value, value)
            };
            let step = match step {
                None => 1,
                Some(step) => match step.parse::<u32>() {
                    Ok(n) if n >= 1 && n <= self.high && step.len() <= 2 => n,
                    _ => {
                        return Err(format!(
                            "`/{}` in the {} field: a step is a number from 1 to {}",
                            shown_short(step),
                            self.name,
                            self.high
                        ));
                    }
                },
            };
            let mut value = low;
            while value <= high {
                set |= 1 << value;
                value += step;
            }
        }
        Ok(set)
    }

    /// One value: a number of at most two digits in range, or a name.
    fn value(&self, text: &str, field_text: &str) -> Result<u32, String> {
        if let Some(index) = self.names.iter().position(|name| name.eq_ignore_ascii_case(text)) {
            return Ok(index as u32 + if self.names.len() == 12 { 1 } else { 0 });
        }
        match text.parse::<u32>() {
            Ok(n)
                if text.len() <= 2
                    && text.bytes().all(|b| b.is_ascii_digit())
                    && (self.low..=self.high).contains(&n) =>
            {
                Ok(n)
            }
            _ if text.is_empty() => {
                Err(format!("an empty value in the {} field (`{}`)", self.name, shown_short(field_text)))
            }
            _ => Err(format!(
                "`{}` is not a value of the {} field ({}-{}{})",
                shown_short(text),
                self.name,
                self.low,
                self.high,
                if self.names.is_empty() {
                    String::new()
                } else {
                    format!(" or {}-{}", self.names[0], self.names[self.names.len() - 1])
                }
            )),
        }
    }
}

/// A piece of the specification for a message, cut at 32 characters.
fn shown_short(text: &str) -> String {
    if text.chars().count() <= 32 {
        text.to_owned()
    } else {
        format!("{}…", text.chars().take(32).collect::<String>())
    }
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
    fn whether_a_specification_runs_is_decided_from_its_fields() {
        let runs = |spec: &str| Fields::parse(spec).unwrap().can_run();
        assert!(runs("0 0 29 2 *"), "29 February exists in leap years");
        assert!(!runs("0 0 30 2 *"));
        assert!(!runs("0 0 30,31 FEB *"));
        assert!(runs("0 0 31 2,3 *"), "31 March");
        // Either day field may match: a weekday makes any month run.
        assert!(runs("0 0 30 2 MON"));
        assert!(runs("0 0 31 4 0-7"));
    }

    #[test]
    fn every_specification_is_decided_in_one_pass_and_a_valid_one_runs_within_eight_years() {
        // The worst waits: a leap day, and the last minute of the year.
        let start = at("2096-03-01T00:00:00Z");
        let next = Timing::new("0 0 29 2 *", "UTC").unwrap().next_after(start).unwrap();
        assert_eq!(next, at("2104-02-29T00:00:00Z"), "2100 is not a leap year");
        let next = Timing::new("59 23 31 12 *", "Pacific/Kiritimati").unwrap().next_after(start).unwrap();
        assert!(next < at("2097-01-01T00:00:00Z"));
        // Specifications of the largest size the API takes (1,024
        // characters) are parsed in one pass, accepted or refused.
        let long_list = format!("{} * * * *", (0..60).map(|m| m.to_string()).collect::<Vec<_>>().join(","));
        assert!(long_list.len() < 1024);
        assert!(Timing::new(&long_list, "UTC").is_ok());
        for bad in [",".repeat(1020) + " * * * *", "*".repeat(1024), format!("{} * * * *", "1-2,".repeat(255))] {
            assert!(Timing::new(&bad, "UTC").is_err(), "{}", &bad[..20]);
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
            ("0 0 * * 5#2", "UTC", "specification", "`5#2` is not a value of the day-of-week field"),
            (", * * * *", "UTC", "specification", "an empty value in the minute field"),
            ("5/15 * * * *", "UTC", "specification", "a step goes after `*` or a range"),
            ("*/0 * * * *", "UTC", "specification", "a step is a number from 1 to 59"),
            ("*/60 * * * *", "UTC", "specification", "a step is a number from 1 to 59"),
            ("30-10 * * * *", "UTC", "specification", "30 is after 10"),
            ("0 0 0 * *", "UTC", "specification", "`0` is not a value of the day-of-month field"),
            ("0 0 31 4,6,9,11 *", "UTC", "specification", "never matches"),
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
