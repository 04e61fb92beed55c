//! A meeting taken up again: left days (or hours) ago, the time away was a
//! pause and the rest is planned from the moment it goes on; interrupted
//! for minutes the same day, the time was lost in the room.

use super::tests_timebox::standard_for;
use super::*;
use crate::clock::{Clock, FakeClock};
use crate::model::timebox::Source;

/// The standard meeting for eight, with its welcome run eight minutes
/// over, saved as the store saves it.
fn eight_minutes_behind() -> (Session, FakeClock) {
    let clock = FakeClock::default();
    let mut s = standard_for(8, &clock);
    clock.advance_secs(13 * 60);
    s.sync(clock.now(), clock.wall());
    assert_eq!(s.standing(clock.now()), Standing::Behind(8));
    (s, clock)
}

#[test]
fn a_meeting_taken_up_weeks_later_is_planned_from_then() {
    let (s, clock) = eight_minutes_behind();
    let step = s.step_countdown(clock.now());
    let proposal = s.proposal(clock.now()).by_source();
    assert_eq!(proposal, vec![(Source::Buffer, 8 * 60)]);
    // Seven weeks later, in the afternoon.
    let later = FakeClock::at("2027-01-11T13:00:00+01:00");
    let r = Session::resume(s.record().clone(), &later);
    assert_eq!(
        r.standing(later.now()),
        Standing::Behind(8),
        "as behind as when it was left"
    );
    assert_eq!(r.proposal(later.now()).by_source(), proposal);
    assert_eq!(r.step_countdown(later.now()), step, "the step goes on");
    assert_eq!(
        r.projected_end(later.now()),
        later.wall() + chrono::Duration::seconds(r.remaining_planned_secs(later.now()) as i64),
        "ends from now, as planned"
    );
    assert_eq!(
        r.planned_end() - later.wall(),
        s.planned_end() - clock.wall(),
        "the time box runs from now"
    );
    // From here the meeting runs as any other: a minute more is a minute
    // more behind (the welcome is over its time).
    later.advance_secs(60);
    assert_eq!(r.standing(later.now()), Standing::Behind(9));
}

#[test]
fn taken_up_again_it_moves_its_end_once() {
    let (s, _) = eight_minutes_behind();
    let later = FakeClock::at("2026-11-30T09:00:00+01:00");
    let mut r = Session::resume(s.record().clone(), &later);
    later.advance_secs(60);
    r.sync(later.now(), later.wall());
    // A crash a few minutes after: those minutes were lost in the room.
    later.advance_secs(5 * 60);
    let again = Session::resume(r.record().clone(), &later);
    assert_eq!(again.planned_end(), r.planned_end());
    assert_eq!(again.standing(later.now()), Standing::Behind(8 + 1 + 5));
}

#[test]
fn a_crash_the_same_day_is_time_lost_in_the_room() {
    let (s, clock) = eight_minutes_behind();
    clock.advance_secs(90 * 60);
    let r = Session::resume(s.record().clone(), &clock);
    assert_eq!(r.planned_end(), s.planned_end(), "the end stays");
    assert_eq!(r.standing(clock.now()), Standing::Behind(8 + 90));
    assert!(
        r.proposal(clock.now()).by_source().len() > 1,
        "more than the buffer is wanted"
    );
}

#[test]
fn hours_away_the_same_day_are_a_pause() {
    let (s, clock) = eight_minutes_behind();
    clock.advance_secs(3 * 3600);
    let r = Session::resume(s.record().clone(), &clock);
    assert_eq!(r.standing(clock.now()), Standing::Behind(8));
}

#[test]
fn a_meeting_left_paused_yesterday_is_as_it_was_left() {
    let clock = FakeClock::at("2026-11-23T23:20:00+01:00");
    let mut s = standard_for(8, &clock);
    s.update(Msg::TogglePause, &clock);
    let before = s.behind_secs(clock.now());
    // Taken up within the hour, but on another day.
    clock.advance_secs(50 * 60);
    let r = Session::resume(s.record().clone(), &clock);
    assert!(r.is_paused());
    assert_eq!(r.behind_secs(clock.now()), before);
}

#[test]
fn a_meeting_left_behind_closes_as_it_stood_when_it_last_ran() {
    let (mut s, clock) = eight_minutes_behind();
    s.update(Msg::NextStep, &clock);
    clock.advance_secs(3 * 60);
    s.update(
        Msg::AddNote(NewNote {
            kind: crate::model::plan::NoteKind::Action,
            text: "Anne sender planen".into(),
            private: false,
            owner: Some("Anne".into()),
            due: None,
            about: About::Nobody,
        }),
        &clock,
    );
    let last = clock.wall();
    let weeks = FakeClock::at("2027-01-11T13:00:00+01:00");
    let closed = Session::close_as_left(s.record().clone(), &weeks);
    assert!(closed.is_finished());
    assert_eq!(closed.finished, Some(last), "when it last ran");
    assert_eq!(closed.steps[1].ended, Some(last));
    assert_eq!(closed.steps[1].actual_secs, 3 * 60, "what it ran, no more");
    assert_eq!(closed.steps[2].started, None, "what never ran did not");
    assert_eq!(closed.notes.len(), 1, "its action counts");
    assert_eq!(closed.live.saved_at, Some(weeks.wall()), "saved now");
}
