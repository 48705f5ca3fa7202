//! The sandbox's clock: the system's, or one a test holds still and moves.
//!
//! Everything that happens in the sandbox happens on this clock: schedules
//! fire, jobs start and finish, tokens expire. Moving it
//! ([`Sandbox::advance`](crate::Sandbox::advance),
//! [`Sandbox::set_now`](crate::Sandbox::set_now)) makes everything that was
//! due by then happen, in order, before the call returns.

use std::sync::{Arc, Mutex};

use chrono::{DateTime, SubsecRound, TimeDelta, Utc};

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

    /// A clock that stays at `at` until moved: what a test wants.
    pub fn fixed(at: DateTime<Utc>) -> Clock {
        Clock(Arc::new(Mutex::new(Mode::Fixed(at))))
    }

    fn mode(&self) -> Mode {
        *self.0.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// The time now, to the microsecond (the API's precision).
    pub fn now(&self) -> DateTime<Utc> {
        let now = match self.mode() {
            Mode::System { offset } => Utc::now() + offset,
            Mode::Fixed(at) => at,
        };
        now.trunc_subsecs(6)
    }

    /// Moves the clock forward by `by`.
    pub fn advance(&self, by: std::time::Duration) {
        let by = TimeDelta::from_std(by).unwrap_or(TimeDelta::MAX);
        let mut mode = self.0.lock().unwrap_or_else(|e| e.into_inner());
        *mode = match *mode {
            Mode::System { offset } => Mode::System { offset: offset.checked_add(&by).unwrap_or(TimeDelta::MAX) },
            Mode::Fixed(at) => Mode::Fixed(at.checked_add_signed(by).unwrap_or(DateTime::<Utc>::MAX_UTC)),
        };
    }

    /// Sets the clock to `to`. Moving it back is allowed, but nothing that
    /// has happened un-happens: schedules keep their next run, and since
    /// creation times never go back (list order is creation order), a
    /// resource created after the move is stamped with the newest creation
    /// time if the clock is behind it, and a job so stamped waits for the
    /// clock to pass it before it starts.
    pub fn set(&self, to: DateTime<Utc>) {
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
