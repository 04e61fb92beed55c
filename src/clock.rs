//! The only place that reads time: `Instant` for timers, chrono for stamps.
//! Everything else takes a `&dyn Clock`, so tests drive time by hand.

use crate::model::record::Stamp;
use chrono::{DateTime, Duration as ChronoDuration, FixedOffset, Local, Offset, Utc};
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

    /// The local offset is looked up (chrono reads /etc/localtime for it)
    /// at most once a minute, so a running countdown's beat costs no call
    /// to the file system; a change of offset (summer time, a new zone)
    /// shows within a minute, a jump of the wall clock at once.
    #[allow(clippy::disallowed_methods)]
    fn wall(&self) -> Stamp {
        let (utc, now) = (Utc::now(), Instant::now());
        let offset = LOCAL_OFFSET.with(|known| {
            let (offset, looked_up) = local_offset(known.get(), utc, now, |utc| {
                utc.with_timezone(&Local).offset().fix()
            });
            known.set(Some(looked_up));
            offset
        });
        utc.with_timezone(&offset)
    }
}

thread_local! {
    static LOCAL_OFFSET: Cell<Option<LookedUp>> = const { Cell::new(None) };
}

/// How long a looked-up local offset is used before it is looked up again.
pub const OFFSET_KEPT: Duration = Duration::from_secs(60);

/// How far the wall clock may move apart from the monotonic one before
/// the offset is looked up again (a clock set by hand, a laptop woken).
const WALL_JUMP: Duration = Duration::from_secs(2);

/// A local offset and when it was looked up, by both clocks.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct LookedUp {
    offset: FixedOffset,
    utc: DateTime<Utc>,
    at: Instant,
}

/// The local offset at `utc` (monotonic time `now`): the one `known`
/// holds while it is fresh, else `look_up`'s. Returns it and what to keep.
pub fn local_offset(
    known: Option<LookedUp>,
    utc: DateTime<Utc>,
    now: Instant,
    look_up: impl FnOnce(DateTime<Utc>) -> FixedOffset,
) -> (FixedOffset, LookedUp) {
    let fresh = |k: &LookedUp| {
        let by_clock = now.checked_duration_since(k.at);
        let by_wall = (utc - k.utc).to_std().ok();
        match (by_clock, by_wall) {
            (Some(by_clock), Some(by_wall)) => {
                by_clock < OFFSET_KEPT && by_wall.abs_diff(by_clock) <= WALL_JUMP
            }
            _ => false,
        }
    };
    match known.filter(fresh) {
        Some(k) => (k.offset, k),
        None => {
            let offset = look_up(utc);
            let k = LookedUp {
                offset,
                utc,
                at: now,
            };
            (offset, k)
        }
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

    /// A zone that moves from +01:00 to +02:00 at 2027-03-28 01:00 UTC.
    fn summer_time(utc: DateTime<Utc>) -> FixedOffset {
        let change = DateTime::parse_from_rfc3339("2027-03-28T01:00:00Z").unwrap();
        let hours = if utc < change { 1 } else { 2 };
        FixedOffset::east_opt(hours * 3600).unwrap()
    }

    /// The wall clock as each beat of `clock` sees it, and how many times
    /// the offset was looked up meanwhile.
    fn beats(clock: &FakeClock, secs: u64, known: &mut Option<LookedUp>) -> (Stamp, usize) {
        let mut looked_up = 0;
        let mut shown = clock.wall();
        for _ in 0..secs {
            clock.advance_secs(1);
            let utc = clock.wall().with_timezone(&Utc);
            let (offset, k) = local_offset(*known, utc, clock.now(), |utc| {
                looked_up += 1;
                summer_time(utc)
            });
            *known = Some(k);
            shown = utc.with_timezone(&offset);
        }
        (shown, looked_up)
    }

    #[test]
    fn the_local_offset_is_looked_up_once_a_minute_not_every_beat() {
        let clock = FakeClock::at("2027-03-27T10:00:00+01:00");
        let mut known = None;
        let (_, looked_up) = beats(&clock, 600, &mut known);
        assert_eq!(looked_up, 10, "ten minutes of beats");
    }

    #[test]
    fn summer_time_shows_within_a_minute() {
        // Ten minutes before the change, beating through it.
        let clock = FakeClock::at("2027-03-28T01:50:00+01:00");
        let mut known = None;
        let (shown, _) = beats(&clock, 600, &mut known);
        assert_eq!(shown.offset().local_minus_utc(), 3600, "not yet changed");
        let (shown, _) = beats(&clock, 60, &mut known);
        assert_eq!(shown.offset().local_minus_utc(), 7200);
        assert_eq!(shown.to_rfc3339(), "2027-03-28T03:01:00+02:00");
    }

    #[test]
    fn a_jump_of_the_wall_clock_looks_the_offset_up_at_once() {
        let clock = FakeClock::at("2027-03-28T01:59:00+01:00");
        let mut known = None;
        beats(&clock, 5, &mut known);
        // The wall clock is set an hour on (a laptop woken after the
        // change): the monotonic clock did not move.
        let utc = clock.wall().with_timezone(&Utc) + ChronoDuration::hours(1);
        let mut looked_up = false;
        let (offset, _) = local_offset(known, utc, clock.now(), |utc| {
            looked_up = true;
            summer_time(utc)
        });
        assert!(looked_up);
        assert_eq!(offset.local_minus_utc(), 7200);
        // Nor is a clock set back trusted.
        let back = clock.wall().with_timezone(&Utc) - ChronoDuration::seconds(30);
        let (_, again) = local_offset(known, back, clock.now(), summer_time);
        assert_eq!(again.utc, back, "looked up again");
    }

    #[test]
    fn the_system_clock_keeps_its_offset_between_looks() {
        let clock = SystemClock;
        let (a, b) = (clock.wall(), clock.wall());
        assert_eq!(a.offset(), b.offset());
        assert!(b >= a);
    }

    #[test]
    fn fake_clock_moves_both_times_together() {
        let clock = FakeClock::default();
        let (t0, w0) = (clock.now(), clock.wall());
        clock.advance_secs(90);
        assert_eq!(clock.now() - t0, Duration::from_secs(90));
        assert_eq!((clock.wall() - w0).num_seconds(), 90);
    }
}
