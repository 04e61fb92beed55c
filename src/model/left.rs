//! A meeting left, not interrupted: when runde comes back to an unfinished
//! meeting, was the time away lost in the room (a crash, a flat battery:
//! the meeting is that much behind), or was the meeting left and taken up
//! again later (the time away is a pause, and the rest is planned from
//! the moment it goes on)?

use super::record::{Record, Stamp};

/// Away longer than this, the meeting was left: nobody keeps a meeting
/// going for two hours while its laptop is mended.
pub const LEFT_AFTER_MINUTES: i64 = 120;

impl Record {
    /// When the meeting last ran: its last save, else its start.
    pub fn last_ran(&self) -> Stamp {
        self.live.saved_at.unwrap_or(self.started)
    }

    /// The time since the meeting last ran, when it was left rather than
    /// interrupted: taken up on a later day than it last ran, or after
    /// more than [`LEFT_AFTER_MINUTES`]. None for a short interruption the
    /// same day (that time was lost in the room), and for a last run that
    /// lies ahead of `now` (another machine's clock).
    pub fn time_away(&self, now: Stamp) -> Option<chrono::Duration> {
        let last = self.last_ran();
        let away = now.signed_duration_since(last);
        let long = away > chrono::Duration::minutes(LEFT_AFTER_MINUTES);
        (away > chrono::Duration::zero() && (long || self.ran_before_the_day_of(now)))
            .then_some(away)
    }

    /// Whether the meeting last ran on an earlier day than `now`'s (in
    /// `now`'s time zone).
    pub fn ran_before_the_day_of(&self, now: Stamp) -> bool {
        self.last_ran().with_timezone(now.offset()).date_naive() < now.date_naive()
    }
}
