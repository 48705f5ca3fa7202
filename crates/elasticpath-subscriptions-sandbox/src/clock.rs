//! The sandbox's clock: the system's, or one a test holds still and moves.
//!
//! Everything that happens in the sandbox happens on this clock: schedules
//! fire, jobs start and finish, tokens expire. Moving it
//! ([`Sandbox::advance`](crate::Sandbox::advance),
//! [`Sandbox::set_now`](crate::Sandbox::set_now)) makes everything that was
//! due by then happen, in order, before the call returns; while it works,
//! the clock shows how far it has got.
//!
//! The clock stays between [`EARLIEST`] and [`LATEST`], the instants an RFC
//! 3339 timestamp (the API's `date-time`) can name: a move past either
//! stops there, it never overflows.

use std::sync::{Arc, Mutex};

use chrono::{DateTime, SubsecRound, TimeDelta, Utc};

/// The earliest instant the clock shows: `0000-01-01T00:00:00Z`.
pub const EARLIEST: DateTime<Utc> = match DateTime::from_timestamp(-62_167_219_200, 0) {
    Some(at) => at,
    None => panic!("year 0 is within chrono's range"),
};

/// The latest instant the clock shows: `9999-12-31T23:59:59.999999Z`.
pub const LATEST: DateTime<Utc> = match DateTime::from_timestamp(253_402_300_799, 999_999_000) {
    Some(at) => at,
    None => panic!("year 9999 is within chrono's range"),
};

/// `at`, brought within [`EARLIEST`]..=[`LATEST`].
pub fn clamped(at: DateTime<Utc>) -> DateTime<Utc> {
    at.clamp(EARLIEST, LATEST)
}

/// A clock: the system clock (plus any offset it was moved by), or a fixed
/// instant that only moves when told. Clones share one clock.
#[derive(Clone)]
pub struct Clock(Arc<Mutex<Mode>>);

#[derive(Clone, Copy, Debug)]
enum Mode {
    /// The system clock, moved by `offset`.
    System { offset: TimeDelta },
    /// Still at an instant.
    Fixed(DateTime<Utc>),
}

impl std::fmt::Debug for Clock {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Clock({:?}, now {})", self.mode(), self.now())
    }
}

impl Default for Clock {
    fn default() -> Self {
        Clock::system()
    }
}

impl Clock {
    /// The system clock. Moving it adds an offset: time still passes.
    pub fn system() -> Clock {
        Clock(Arc::new(Mutex::new(Mode::System { offset: TimeDelta::zero() })))
    }

    /// A clock that stays at `at` (within [`EARLIEST`]..=[`LATEST`]) until
    /// moved: what a test wants.
    pub fn fixed(at: DateTime<Utc>) -> Clock {
        Clock(Arc::new(Mutex::new(Mode::Fixed(clamped(at)))))
    }

    fn mode(&self) -> Mode {
        *self.0.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// The time now, to the microsecond (the API's precision).
    pub fn now(&self) -> DateTime<Utc> {
        let now =
            match self.mode() {
                Mode::System { offset } => Utc::now()
                    .checked_add_signed(offset)
                    .unwrap_or(if offset < TimeDelta::zero() { EARLIEST } else { LATEST }),
                Mode::Fixed(at) => at,
            };
        clamped(now).trunc_subsecs(6)
    }

    /// The time `by` from now, or [`LATEST`] if that is later.
    pub fn after(&self, by: std::time::Duration) -> DateTime<Utc> {
        let now = self.now();
        TimeDelta::from_std(by).ok().and_then(|by| now.checked_add_signed(by)).map_or(LATEST, clamped)
    }

    /// Moves the clock forward by `by` (to [`LATEST`] at most).
    pub fn advance(&self, by: std::time::Duration) {
        self.forward_to(self.after(by));
    }

    /// Moves the clock forward to `to`, if it is behind it: never back.
    /// (Read and moved under one lock, so a move made meanwhile is not undone.)
    pub fn forward_to(&self, to: DateTime<Utc>) {
        let to = clamped(to);
        let mut mode = self.0.lock().unwrap_or_else(|e| e.into_inner());
        *mode = match *mode {
            Mode::System { offset } => {
                let real = Utc::now();
                let now = real.checked_add_signed(offset).map_or(LATEST, clamped);
                if to <= now {
                    return;
                }
                Mode::System { offset: to - real }
            }
            Mode::Fixed(at) if to <= at => return,
            Mode::Fixed(_) => Mode::Fixed(to),
        };
    }

    /// Sets the clock to `to`. Moving it back is allowed, but nothing that
    /// has happened un-happens: schedules keep their next run, and since
    /// creation times never go back (list order is creation order), a
    /// resource created after the move is stamped with the newest creation
    /// time if the clock is behind it, and a job so stamped waits for the
    /// clock to pass it before it starts.
    ///
    /// An instant outside [`EARLIEST`]..=[`LATEST`] is brought within it.
    pub fn set(&self, to: DateTime<Utc>) {
        let to = clamped(to);
        let mut mode = self.0.lock().unwrap_or_else(|e| e.into_inner());
        *mode = match *mode {
            Mode::System { .. } => Mode::System { offset: to - Utc::now() },
            Mode::Fixed(_) => Mode::Fixed(to),
        };
    }

    /// Whether the clock stays still until moved.
    pub fn is_fixed(&self) -> bool {
        matches!(self.mode(), Mode::Fixed(_))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_fixed_clock_moves_only_when_told() {
        let start: DateTime<Utc> = "2026-03-28T12:00:00.123456789Z".parse().unwrap();
        let clock = Clock::fixed(start);
        assert_eq!(clock.now(), start.trunc_subsecs(6));
        clock.advance(std::time::Duration::from_secs(90));
        assert_eq!(clock.now(), (start + TimeDelta::seconds(90)).trunc_subsecs(6));
        clock.set(start);
        assert_eq!(clock.now(), start.trunc_subsecs(6));
        assert!(clock.clone().is_fixed());
    }

    #[test]
    fn the_clock_stops_at_the_edges_of_rfc_3339() {
        assert_eq!(EARLIEST.to_rfc3339(), "0000-01-01T00:00:00+00:00");
        assert_eq!(LATEST.to_rfc3339(), "9999-12-31T23:59:59.999999+00:00");
        let century = std::time::Duration::from_secs(100 * 366 * 24 * 3600);
        for clock in [Clock::system(), Clock::fixed(Utc::now())] {
            clock.set("+262000-01-01T00:00:00Z".parse().unwrap());
            assert_eq!(clock.now(), LATEST);
            clock.advance(century);
            clock.advance(std::time::Duration::MAX);
            assert_eq!(clock.now(), LATEST);
            clock.set("-262000-01-01T00:00:00Z".parse().unwrap());
            assert_eq!(clock.now(), EARLIEST);
        }
        assert_eq!(Clock::fixed(DateTime::<Utc>::MAX_UTC).now(), LATEST);
    }

    #[test]
    fn the_system_clock_moves_by_an_offset() {
        let clock = Clock::system();
        clock.advance(std::time::Duration::from_secs(3600));
        let ahead = clock.now() - Utc::now();
        assert!(ahead > TimeDelta::minutes(59) && ahead <= TimeDelta::minutes(60), "{ahead}");
        let target: DateTime<Utc> = "2030-01-01T00:00:00Z".parse().unwrap();
        clock.set(target);
        assert!((clock.now() - target).abs() < TimeDelta::seconds(5));
    }
}
