//! Ahead and behind against the end fixed at the start, and the time box
//! kept by the one key that applies the proposal.

use super::tests::*;
use super::*;
use crate::clock::{Clock, FakeClock};
use crate::model::network::Network;
use crate::model::plan::{Plan, StepKind, StepPurpose};
use crate::model::timebox::Source;

#[test]
fn plus_shows_as_behind_and_minus_as_ahead_at_once() {
    let (mut s, clock) = four();
    let end = s.planned_end();
    assert_eq!((end - clock.wall()).num_minutes(), 32, "fixed at the start");
    clock.advance_secs(60);
    assert_eq!(s.standing(clock.now()), Standing::OnPlan);
    for _ in 0..5 {
        s.update(Msg::Extend(1), &clock);
    }
    assert_eq!(s.behind_secs(clock.now()), 5 * 60);
    assert_eq!(s.standing(clock.now()), Standing::Behind(5));
    assert_eq!(s.planned_end(), end, "the planned end never moves");
    assert_eq!(
        (s.projected_end(clock.now()) - end).num_minutes(),
        5,
        "the end moves with +"
    );
    for _ in 0..7 {
        s.update(Msg::Extend(-1), &clock);
    }
    assert_eq!(s.standing(clock.now()), Standing::Ahead(2));
}

#[test]
fn back_and_forth_neither_ticks_the_step_left_nor_moves_the_figure() {
    let (mut s, clock) = four();
    clock.advance_secs(5 * 60);
    s.update(Msg::NextStep, &clock);
    clock.advance_secs(3 * 60);
    let before = s.behind_secs(clock.now());
    assert_eq!(before, 0);
    s.update(Msg::PrevStep, &clock);
    assert_eq!(s.behind_secs(clock.now()), before, "back: the same figure");
    assert!(!s.step_done(1), "the step left is not done");
    assert_eq!(s.record().steps[1].ended, None);
    assert!(s.step_done(2) == s.step_done(1), "nor anything after it");
    s.update(Msg::NextStep, &clock);
    assert_eq!(s.behind_secs(clock.now()), before, "forth: the same figure");
    assert_eq!(
        s.step_countdown(clock.now()).elapsed_secs,
        3 * 60,
        "the theme goes on where it stood"
    );
    // Time spent back in a step that had run its time is time lost.
    s.update(Msg::PrevStep, &clock);
    clock.advance_secs(2 * 60);
    s.update(Msg::NextStep, &clock);
    assert_eq!(s.standing(clock.now()), Standing::Behind(2));
}

#[test]
fn header_and_room_view_show_one_figure() {
    let (mut s, clock) = four();
    clock.advance_secs(7 * 60 + 31);
    s.update(Msg::Extend(2), &clock);
    let room = crate::engine::room_state::room_state(&s, clock.now(), clock.wall(), 1);
    assert_eq!(room.behind_secs, s.behind_secs(clock.now()));
    assert_eq!(
        Standing::of(room.behind_secs),
        s.standing(clock.now()),
        "the room rounds as the header does"
    );
}

#[test]
fn a_pause_costs_time() {
    let (mut s, clock) = four();
    s.update(Msg::TogglePause, &clock);
    clock.advance_secs(4 * 60);
    assert_eq!(s.standing(clock.now()), Standing::Behind(4));
}

fn bundled(id: &str) -> Plan {
    let (_, src) = crate::bundled::PLANS
        .iter()
        .find(|(name, _)| *name == id)
        .unwrap();
    crate::store::parse::parse(std::path::Path::new("plan.ron"), src.as_bytes()).unwrap()
}

pub(super) fn standard_for(n: usize, clock: &FakeClock) -> Session {
    let names = [
        "Anne", "Bo", "Carla", "Dorte", "Erik", "Fatima", "Gustav", "Helle", "Ib", "Jens", "Kim",
        "Lise",
    ];
    let mut new = NewSession::with_everyone(bundled("standard"), Network::new("T", &names[..n]));
    new.roles.facilitator = Some("Anne".into());
    new.roles.note_taker = Some("Bo".into());
    new.roles.case_givers = vec!["Carla".into()];
    new.roles.interviewers = vec!["Dorte".into()];
    Session::start(new, clock)
}

#[test]
fn ten_people_land_on_150_minutes_with_one_key() {
    let clock = FakeClock::default();
    let mut s = standard_for(10, &clock);
    assert_eq!((s.planned_end() - clock.wall()).num_minutes(), 150);
    assert_eq!(s.standing(clock.now()), Standing::Behind(10));
    let proposal = s.proposal(clock.now());
    assert_eq!(proposal.by_source(), vec![(Source::Buffer, 10 * 60)]);
    let checkout = s.record().plan.steps.len() - 2;
    let case = 5;
    let kept = (s.step_planned_secs(case), s.step_planned_secs(checkout));
    s.update(Msg::KeepTimeBox, &clock);
    assert_eq!(s.standing(clock.now()), Standing::OnPlan);
    assert_eq!(s.meeting_planned_secs(), 150 * 60);
    assert_eq!(
        (s.step_planned_secs(case), s.step_planned_secs(checkout)),
        kept,
        "never the case or the check-out"
    );
    assert!(s.proposal(clock.now()).is_empty(), "nothing more to take");
    assert_eq!(s.shortened(), vec![(Source::Buffer, 10 * 60)]);
    // The fit is kept in the record, so a resumed meeting keeps it.
    let r = Session::resume(s.record().clone(), &clock);
    assert_eq!(r.meeting_planned_secs(), 150 * 60);
}

#[test]
fn twelve_people_give_the_buffer_and_part_of_the_theme() {
    let clock = FakeClock::default();
    let mut s = standard_for(12, &clock);
    let behind = s.behind_secs(clock.now());
    let proposal = s.proposal(clock.now());
    assert_eq!(
        proposal.by_source(),
        vec![
            (Source::Buffer, 10 * 60),
            (Source::Theme, behind as u64 - 600)
        ]
    );
    s.update(Msg::KeepTimeBox, &clock);
    assert!(s.meeting_planned_secs() <= 150 * 60);
    for (i, step) in s.record().plan.steps.iter().enumerate() {
        if step.purpose == Some(StepPurpose::CheckOut)
            || matches!(step.kind, StepKind::Supervision { .. })
        {
            assert_eq!(s.step_as_run(i).kind, step.kind);
        }
    }
}

#[test]
fn running_behind_later_proposes_from_what_has_not_run() {
    let clock = FakeClock::default();
    let mut s = standard_for(8, &clock);
    assert_eq!(s.standing(clock.now()), Standing::OnPlan);
    assert!(s.proposal(clock.now()).is_empty());
    // The welcome runs 8 minutes over.
    clock.advance_secs(13 * 60);
    assert_eq!(s.standing(clock.now()), Standing::Behind(8));
    let proposal = s.proposal(clock.now());
    assert_eq!(proposal.by_source(), vec![(Source::Buffer, 8 * 60)]);
    s.update(Msg::KeepTimeBox, &clock);
    assert_eq!(s.standing(clock.now()), Standing::OnPlan);
}

#[test]
fn until_fixes_the_end() {
    let clock = FakeClock::default();
    let mut new = NewSession::with_everyone(bundled("standard"), Network::demo());
    let until = clock.wall() + chrono::Duration::minutes(140);
    new.until = Some(until);
    let s = Session::start(new, &clock);
    assert_eq!(s.planned_end(), until);
    assert_eq!(
        s.record().live.planned_end,
        Some(until),
        "kept in the record"
    );
}

#[test]
fn a_break_says_when_it_ends() {
    let clock = FakeClock::default();
    let mut s = standard_for(8, &clock);
    assert_eq!(s.break_ends(clock.now()), None);
    for _ in 0..4 {
        s.update(Msg::NextStep, &clock);
    }
    assert!(matches!(s.step().kind, StepKind::Break { .. }));
    clock.advance_secs(90);
    let ends = s.break_ends(clock.now()).unwrap();
    assert_eq!(ends, clock.wall() + chrono::Duration::seconds(10 * 60 - 90));
    clock.advance_secs(100);
    assert_eq!(
        s.break_ends(clock.now()),
        Some(ends),
        "steady while it runs"
    );
}
