//! The only place that reads time: `Instant` for timers, chrono for stamps.
//! Everything else takes a `&dyn Clock`, so tests drive time by hand.

use crate::model::record::Stamp;
use chrono::{Duration as ChronoDuration, Local};
use std::cell::Cell;
use std::time::{Duration, Instant};

pub trait Clock {
    /// Monotonic time, for timers.
    fn now(&self) -> Instant;
    /// Wall-clock time with the local offset, for stamps.
    fn wall(&self) -> Stamp;
}

/// The real clock.
#[derive(Debug, Default, Clone, Copy)]
pub struct SystemClock;

impl Clock for SystemClock {
    #[allow(clippy::disallowed_methods)]
    fn now(&self) -> Instant {
        Instant::now()
    }

    #[allow(clippy::disallowed_methods)]
    fn wall(&self) -> Stamp {
        Local::now().fixed_offset()
    }
}

/// A clock that moves only when told to.
#[derive(Debug)]
pub struct FakeClock {
    start: Instant,
    wall_start: Stamp,
    offset: Cell<Duration>,
}

impl FakeClock {
    /// A fake clock whose wall time starts at `wall_start` (RFC 3339).
    pub fn at(wall_start: &str) -> FakeClock {
        #[allow(clippy::disallowed_methods)]
        let start = Instant::now();
        FakeClock {
            start,
            wall_start: chrono::DateTime::parse_from_rfc3339(wall_start)
                .unwrap_or_else(|_| chrono::DateTime::UNIX_EPOCH.fixed_offset()),
            offset: Cell::new(Duration::ZERO),
        }
    }

    pub fn advance(&self, by: Duration) {
        self.offset.set(self.offset.get() + by);
    }

    pub fn advance_secs(&self, secs: u64) {
        self.advance(Duration::from_secs(secs));
    }

    pub fn elapsed(&self) -> Duration {
        self.offset.get()
    }
}

impl Default for FakeClock {
    fn default() -> Self {
        FakeClock::at("2026-11-23T09:00:00+01:00")
    }
}

impl Clock for FakeClock {
    fn now(&self) -> Instant {
        self.start + self.offset.get()
    }

    fn wall(&self) -> Stamp {
        self.wall_start
            + ChronoDuration::from_std(self.offset.get()).unwrap_or(ChronoDuration::zero())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fake_clock_moves_both_times_together() {
        let clock = FakeClock::default();
        let (t0, w0) = (clock.now(), clock.wall());
        clock.advance_secs(90);
        assert_eq!(clock.now() - t0, Duration::from_secs(90));
        assert_eq!((clock.wall() - w0).num_seconds(), 90);
    }
}
