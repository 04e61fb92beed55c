//! The session's rules across saves: periodic saving, resume after a
//! crash, a stable shuffled order, and time against the plan.

use super::tests::*;
use super::*;
use crate::clock::{Clock, FakeClock};
use crate::model::network::Network;
use crate::model::plan::{StepKind, TurnOrder};

#[test]
fn saves_its_clocks_at_least_once_a_minute_while_running() {
    let (mut s, clock) = four();
    clock.advance_secs(59);
    assert_eq!(s.tick(&clock), vec![]);
    clock.advance_secs(1);
    assert_eq!(s.tick(&clock), vec![Effect::Save]);
    assert_eq!(s.record().live.step_elapsed_secs, 60);
}

#[test]
fn resume_equals_the_state_before_the_crash() {
    let (mut s, clock) = four();
    s.update(Msg::NextSpeaker, &clock);
    clock.advance_secs(30);
    s.update(Msg::Pass, &clock);
    clock.advance_secs(25);
    s.update(Msg::Extend(1), &clock);
    clock.advance_secs(7);
    s.tick(&clock);
    s.sync(clock.now(), clock.wall());
    // exactly as the store writes and reads it
    let saved = crate::store::parse::to_ron(s.record()).unwrap();
    let path = std::path::Path::new("r.ron");
    let before = (
        s.speaker().map(str::to_string),
        s.queue().to_vec(),
        s.passed().to_vec(),
        s.turn_countdown(clock.now()),
        s.step_countdown(clock.now()),
        s.behind_secs(clock.now()),
    );
    // Resumed the moment it was saved, on another machine's clock.
    let other = FakeClock::at("2026-11-23T09:01:02+01:00");
    let r = Session::resume(
        crate::store::parse::parse(path, saved.as_bytes()).unwrap(),
        &other,
    );
    let after = (
        r.speaker().map(str::to_string),
        r.queue().to_vec(),
        r.passed().to_vec(),
        r.turn_countdown(other.now()),
        r.step_countdown(other.now()),
        r.behind_secs(other.now()),
    );
    assert_eq!(before, after);
    assert_eq!(r.record(), s.record());
    // Half an hour lost to a crash is half an hour behind.
    let late = FakeClock::at("2026-11-23T09:31:02+01:00");
    let r2 = Session::resume(r.record().clone(), &late);
    assert_eq!(r2.behind_secs(late.now()), before.5 + 30 * 60);
    other.advance_secs(5);
    assert_eq!(
        r.turn_countdown(other.now()).unwrap().elapsed_secs,
        37,
        "and runs on"
    );
}

#[test]
fn shuffled_order_is_the_same_after_resume() {
    let clock = FakeClock::default();
    let mut plan = test_plan();
    if let StepKind::Round { order, .. } = &mut plan.steps[0].kind {
        *order = TurnOrder::Shuffled;
    }
    let names = ["Anne", "Bo", "Carla", "Dorte", "Erik", "Fatima", "Gustav"];
    let s = Session::start(
        NewSession::with_everyone(plan, Network::new("T", &names)),
        &clock,
    );
    let r = Session::resume(s.record().clone(), &clock);
    assert_eq!(s.queue(), r.queue());
    assert_eq!(s.queue().len(), 7);
}

#[test]
fn behind_and_ahead_of_plan() {
    let (mut s, clock) = four();
    clock.advance_secs(4 * 60);
    s.update(Msg::NextStep, &clock);
    assert_eq!(s.behind_secs(clock.now()), -60, "one minute ahead");
    clock.advance_secs(12 * 60);
    assert_eq!(
        s.behind_secs(clock.now()),
        60,
        "the block ran two minutes over"
    );
}

#[test]
fn a_hand_edited_cursor_never_panics() {
    let (s, clock) = four();
    let mut record = s.record().clone();
    record.live.step = 999;
    record.live.phase = 99;
    record.live.queue = vec!["Nobody".into()];
    record.live.speaking = true;
    record.live.turn_adjust_secs = -99_999;
    record.steps.clear();
    let mut r = Session::resume(record, &clock);
    assert_eq!(r.step_index(), 3);
    for msg in [
        Msg::Pass,
        Msg::NextSpeaker,
        Msg::Extend(-5),
        Msg::PrevStep,
        Msg::Leave("Nobody".into()),
        Msg::NextStep,
        Msg::NextStep,
    ] {
        r.update(msg, &clock);
        r.tick(&clock);
        let _ = (r.main_countdown(clock.now()), r.behind_secs(clock.now()));
    }
}

#[test]
fn remaining_planned_time_flows_from_attendance() {
    let (mut s, clock) = four();
    // 5 + 10 + supervision (5 + 3 × 1) + check-out (4 × 2 + 1)
    assert_eq!(s.remaining_planned_secs(clock.now()), (5 + 10 + 8 + 9) * 60);
    clock.advance_secs(60);
    assert_eq!(s.remaining_planned_secs(clock.now()), (4 + 10 + 8 + 9) * 60);
    s.update(Msg::Leave("Dorte".into()), &clock);
    // one speaker fewer in the check-in, the team round and the check-out
    assert_eq!(s.remaining_planned_secs(clock.now()), (3 + 10 + 7 + 7) * 60);
}
