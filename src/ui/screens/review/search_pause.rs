//! Search as you type waits for a pause in the typing: each letter moves
//! the search back to [`PAUSE`] after it, so a word typed at speed costs
//! one query, not one a letter. Time comes from the caller's clock.

use std::time::{Duration, Instant};

/// How long the typing must rest before the search runs.
pub const PAUSE: Duration = Duration::from_millis(150);

/// When the search typed so far is due.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct SearchPause {
    due: Option<Instant>,
}

impl SearchPause {
    /// The search changed at `now`: it runs a pause from now.
    pub fn typed(&mut self, now: Instant) {
        self.due = Some(now + PAUSE);
    }

    /// Nothing waits any more (the search ran, or was emptied).
    pub fn clear(&mut self) {
        self.due = None;
    }

    /// True while a search waits for the pause.
    pub fn waiting(&self) -> bool {
        self.due.is_some()
    }

    /// How long the loop may sleep before the search is due; `None`:
    /// nothing waits, sleep until a key.
    pub fn wait(&self, now: Instant) -> Option<Duration> {
        self.due.map(|due| due.saturating_duration_since(now))
    }

    /// True when the typing has rested long enough at `now`.
    pub fn due(&self, now: Instant) -> bool {
        self.due.is_some_and(|due| now >= due)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clock::{Clock, FakeClock};

    #[test]
    fn letters_typed_at_speed_wait_for_the_pause_after_the_last() {
        let clock = FakeClock::default();
        let mut pause = SearchPause::default();
        assert_eq!(pause.wait(clock.now()), None, "nothing typed: sleep");
        for _ in 0..5 {
            pause.typed(clock.now());
            clock.advance(Duration::from_millis(100));
            assert!(!pause.due(clock.now()), "100 ms between letters is typing");
        }
        assert_eq!(pause.wait(clock.now()), Some(Duration::from_millis(50)));
        clock.advance(Duration::from_millis(49));
        assert!(!pause.due(clock.now()));
        clock.advance(Duration::from_millis(1));
        assert!(pause.due(clock.now()), "150 ms after the last letter");
        pause.clear();
        assert!(!pause.waiting());
        assert_eq!(pause.wait(clock.now()), None);
    }
}
