//! What + and − do to a timer's planned time.

/// The least time a cut leaves on a timer: − never makes a timer ring at
/// once, and never plans a timer shorter than this.
pub(super) const MIN_LEFT_SECS: i64 = 60;

/// The new adjustment (seconds added to the planned `base`) after `delta`,
/// for a timer that has run `elapsed` seconds. More is always more. Less
/// takes a minute off but leaves at least a minute to go (so at least a
/// minute planned); a timer already in its last minute or over keeps its
/// time, as a facilitator pressing − then means "no more", not "stop now".
pub(super) fn adjusted(base: i64, adjust: i64, delta: i64, elapsed: i64) -> i64 {
    let wanted = adjust.saturating_add(delta);
    if delta >= 0 {
        return wanted.max(-base);
    }
    let floor = elapsed.max(0).saturating_add(MIN_LEFT_SECS) - base;
    wanted.max(floor.min(adjust))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Planned seconds after pressing − on a `planned`-second timer.
    fn cut(planned: i64, elapsed: i64) -> i64 {
        planned + adjusted(planned, 0, -60, elapsed)
    }

    #[test]
    fn less_takes_a_minute_while_more_than_a_minute_is_left() {
        assert_eq!(cut(300, 0), 240);
        assert_eq!(cut(300, 120), 240);
        assert_eq!(cut(300, 179), 240);
    }

    #[test]
    fn less_leaves_a_minute_to_go() {
        // 1:30 left: − leaves one minute, not 30 seconds.
        assert_eq!(cut(300, 210), 270);
        // A fresh one-minute timer stays at a minute.
        assert_eq!(cut(60, 0), 60);
        // Two minutes planned, nothing run: one minute.
        assert_eq!(cut(120, 0), 60);
    }

    #[test]
    fn less_in_the_last_minute_or_overtime_changes_nothing() {
        assert_eq!(cut(300, 250), 300);
        assert_eq!(cut(300, 400), 300);
    }

    #[test]
    fn more_after_less_and_less_after_more() {
        let after_more = adjusted(60, 0, 60, 0);
        assert_eq!(after_more, 60);
        assert_eq!(adjusted(60, after_more, -60, 0), 0);
        assert_eq!(adjusted(60, 0, -60, 0), 0);
        // A hand-edited adjustment below the floor is never pushed up by −.
        assert_eq!(adjusted(300, -300, -60, 0), -300);
        assert_eq!(adjusted(300, -300, 60, 0), -240);
        assert_eq!(adjusted(0, i64::MAX, 60, i64::MAX), i64::MAX);
    }
}
