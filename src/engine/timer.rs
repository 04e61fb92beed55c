//! Timers that keep a start instant plus the time banked across pauses.
//! Nothing here counts ticks: elapsed time is always `banked + (now - start)`.

use std::time::{Duration, Instant};

/// A stopwatch that can pause.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Timer {
    running_since: Option<Instant>,
    banked: Duration,
}

impl Timer {
    /// A timer that has run `banked` and is stopped.
    pub fn stopped(banked: Duration) -> Timer {
        Timer {
            running_since: None,
            banked,
        }
    }

    /// A timer that has run `banked` and runs on from `now`.
    pub fn running(now: Instant, banked: Duration) -> Timer {
        Timer {
            running_since: Some(now),
            banked,
        }
    }

    /// A timer that has run `banked`, running or not.
    pub fn new(now: Instant, banked: Duration, running: bool) -> Timer {
        if running {
            Timer::running(now, banked)
        } else {
            Timer::stopped(banked)
        }
    }

    pub fn elapsed(&self, now: Instant) -> Duration {
        match self.running_since {
            Some(since) => self.banked + now.saturating_duration_since(since),
            None => self.banked,
        }
    }

    pub fn is_running(&self) -> bool {
        self.running_since.is_some()
    }

    /// Bank the time run so far and stop.
    pub fn pause(&mut self, now: Instant) {
        if let Some(since) = self.running_since.take() {
            self.banked += now.saturating_duration_since(since);
        }
    }

    pub fn resume(&mut self, now: Instant) {
        if self.running_since.is_none() {
            self.running_since = Some(now);
        }
    }

    /// Elapsed time as the screen shows it, sampled on `beat`: the last
    /// instant at or before `now` when the whole seconds of `beat` changed.
    /// All timers shown this way change their whole seconds at the same
    /// instant, so one wake and one draw a second serve them all; `beat`
    /// itself loses only its fraction, so it reaches each second (and zero)
    /// exactly. Any other timer lags by less than a second and never runs
    /// ahead. A timer that does not run along with `beat` shows as it stands.
    pub fn elapsed_on_beat(&self, beat: &Timer, now: Instant) -> Duration {
        let elapsed = self.elapsed(now);
        if self.is_running() != beat.is_running() {
            return elapsed;
        }
        let since_beat = Duration::from_nanos(u64::from(beat.elapsed(now).subsec_nanos()));
        elapsed.saturating_sub(since_beat)
    }

    /// Time until the whole seconds of `elapsed` change; `None` when stopped.
    pub fn until_next_second(&self, now: Instant) -> Option<Duration> {
        self.running_since?;
        let nanos = self.elapsed(now).subsec_nanos();
        Some(Duration::from_nanos(u64::from(1_000_000_000 - nanos)))
    }
}

/// How a countdown stands, shown in colour and in words.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TimerState {
    Running,
    Paused,
    LastMinute,
    Overtime,
}

/// A countdown as the screen shows it: whole seconds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Countdown {
    /// Seconds planned, after + and −.
    pub target_secs: u64,
    /// Whole seconds run.
    pub elapsed_secs: u64,
    pub paused: bool,
}

impl Countdown {
    pub fn new(target_secs: u64, elapsed: Duration, paused: bool) -> Countdown {
        Countdown {
            target_secs,
            elapsed_secs: elapsed.as_secs(),
            paused,
        }
    }

    pub fn remaining_secs(&self) -> u64 {
        self.target_secs.saturating_sub(self.elapsed_secs)
    }

    /// Seconds past zero; overtime counts up and never stops.
    pub fn overtime_secs(&self) -> u64 {
        self.elapsed_secs.saturating_sub(self.target_secs)
    }

    pub fn is_over(&self) -> bool {
        self.elapsed_secs >= self.target_secs
    }

    pub fn state(&self) -> TimerState {
        if self.is_over() {
            TimerState::Overtime
        } else if self.paused {
            TimerState::Paused
        } else if self.remaining_secs() <= 60 {
            TimerState::LastMinute
        } else {
            TimerState::Running
        }
    }

    /// "12:05" counting down, or the overtime counting up.
    pub fn clock_text(&self) -> String {
        crate::dates::mm_ss(if self.is_over() {
            self.overtime_secs()
        } else {
            self.remaining_secs()
        })
    }
}

/// Whole minutes, rounded to nearest, for "planned vs actual".
pub fn minutes(secs: u64) -> u64 {
    (secs + 30) / 60
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn banks_time_across_pauses() {
        let t0 = crate::clock::Clock::now(&crate::clock::FakeClock::default());
        let mut t = Timer::running(t0, Duration::ZERO);
        t.pause(t0 + Duration::from_secs(10));
        assert_eq!(
            t.elapsed(t0 + Duration::from_secs(100)),
            Duration::from_secs(10)
        );
        t.resume(t0 + Duration::from_secs(100));
        assert_eq!(
            t.elapsed(t0 + Duration::from_secs(105)),
            Duration::from_secs(15)
        );
    }

    #[test]
    fn next_second_wakeup() {
        let t0 = crate::clock::Clock::now(&crate::clock::FakeClock::default());
        let t = Timer::running(t0, Duration::from_millis(300));
        assert_eq!(t.until_next_second(t0), Some(Duration::from_millis(700)));
        assert_eq!(Timer::stopped(Duration::ZERO).until_next_second(t0), None);
    }

    #[test]
    fn timers_on_one_beat_change_together() {
        let t0 = crate::clock::Clock::now(&crate::clock::FakeClock::default());
        let ms = Duration::from_millis;
        // The step began 0.7 s before the turn: on their own their seconds
        // change 0.3 s apart.
        let step = Timer::running(t0, ms(700));
        let turn = Timer::running(t0, Duration::ZERO);
        let shown = |at: Duration| {
            let now = t0 + at;
            (
                turn.elapsed_on_beat(&turn, now).as_secs(),
                step.elapsed_on_beat(&turn, now).as_secs(),
            )
        };
        assert_eq!(shown(ms(999)), (0, 0));
        assert_eq!(shown(ms(1000)), (1, 1), "both change on the turn's beat");
        assert_eq!(
            step.elapsed(t0 + ms(300)).as_secs(),
            1,
            "the step alone would change here"
        );
        assert_eq!(shown(ms(1999)), (1, 1));
        assert_eq!(shown(ms(2000)), (2, 2));
        // Paused together: frozen where they stood.
        let (mut step, mut turn) = (step, turn);
        step.pause(t0 + ms(2500));
        turn.pause(t0 + ms(2500));
        let later = t0 + ms(9000);
        assert_eq!(turn.elapsed_on_beat(&turn, later).as_secs(), 2);
        assert_eq!(step.elapsed_on_beat(&turn, later).as_secs(), 2);
        // A stopped timer beside a running beat stays as it stands.
        let stopped = Timer::stopped(ms(4500));
        assert_eq!(
            stopped.elapsed_on_beat(&Timer::running(t0, ms(300)), t0),
            ms(4500)
        );
    }

    #[test]
    fn countdown_states() {
        let c = |e: u64, paused| Countdown::new(120, Duration::from_secs(e), paused);
        assert_eq!(c(0, false).state(), TimerState::Running);
        assert_eq!(c(0, true).state(), TimerState::Paused);
        assert_eq!(c(60, false).state(), TimerState::LastMinute);
        assert_eq!(c(120, false).state(), TimerState::Overtime);
        assert_eq!(c(185, true).state(), TimerState::Overtime);
        assert_eq!(c(185, false).clock_text(), "1:05");
        assert_eq!(c(5, false).clock_text(), "1:55");
    }
}
