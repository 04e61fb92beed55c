//! The timers: overtime, pause, and a minute more or less.

use super::tests::*;
use super::*;
use crate::clock::Clock;

#[test]
fn overtime_counts_up_and_alerts_once() {
    let (mut s, clock) = four();
    s.update(Msg::NextSpeaker, &clock);
    clock.advance_secs(59);
    assert!(!s.tick(&clock).contains(&Effect::Alert(AlertKind::Turn)));
    assert_eq!(
        s.turn_countdown(clock.now()).unwrap().state(),
        TimerState::LastMinute
    );
    clock.advance_secs(1);
    assert!(s.tick(&clock).contains(&Effect::Alert(AlertKind::Turn)));
    clock.advance_secs(75);
    let turn = s.turn_countdown(clock.now()).unwrap();
    assert_eq!(turn.state(), TimerState::Overtime);
    assert_eq!(turn.overtime_secs(), 75);
    assert_eq!(turn.clock_text(), "1:15");
    assert!(!s.tick(&clock).contains(&Effect::Alert(AlertKind::Turn)));
}

#[test]
fn pause_banks_time() {
    let (mut s, clock) = four();
    clock.advance_secs(30);
    s.update(Msg::TogglePause, &clock);
    clock.advance_secs(600);
    let c = s.step_countdown(clock.now());
    assert_eq!((c.elapsed_secs, c.state()), (30, TimerState::Paused));
    assert_eq!(
        s.next_wake(clock.now()),
        None,
        "a paused session never wakes"
    );
    assert_eq!(s.tick(&clock), vec![], "nor saves while paused");
    s.update(Msg::TogglePause, &clock);
    clock.advance_secs(10);
    assert_eq!(s.step_countdown(clock.now()).elapsed_secs, 40);
}

#[test]
fn extend_and_shorten_the_current_timer() {
    let (mut s, clock) = four();
    s.update(Msg::Extend(1), &clock);
    assert_eq!(s.step_planned_secs(0), 6 * 60);
    s.update(Msg::NextSpeaker, &clock);
    s.update(Msg::Extend(1), &clock);
    assert_eq!(s.turn_countdown(clock.now()).unwrap().target_secs, 120);
    assert_eq!(s.step_planned_secs(0), 7 * 60);
    for _ in 0..5 {
        s.update(Msg::Extend(-1), &clock);
    }
    // − never takes a timer below a minute to go.
    assert_eq!(s.turn_countdown(clock.now()).unwrap().target_secs, 60);
    assert_eq!(
        s.turn_countdown(clock.now()).unwrap().state(),
        TimerState::LastMinute
    );
    assert_eq!(s.step_planned_secs(0), 2 * 60);
}

#[test]
fn less_leaves_a_minute_on_the_turn_and_the_step() {
    let (mut s, clock) = four();
    s.update(Msg::NextSpeaker, &clock);
    clock.advance_secs(30);
    s.update(Msg::Extend(-1), &clock);
    // 30 s into a one-minute turn: the turn keeps its minute; the step
    // (5 min, 30 s run) loses one.
    let turn = s.turn_countdown(clock.now()).unwrap();
    assert_eq!(turn.target_secs, 60);
    assert_eq!(s.step_planned_secs(0), 4 * 60);
    for _ in 0..10 {
        s.update(Msg::Extend(-1), &clock);
    }
    assert_eq!(s.step_planned_secs(0), 90, "30 s run + a minute to go");
    clock.advance_secs(60);
    assert_eq!(
        s.turn_countdown(clock.now()).unwrap().state(),
        TimerState::Overtime
    );
    s.update(Msg::Extend(-1), &clock);
    assert_eq!(s.turn_countdown(clock.now()).unwrap().target_secs, 60);
    assert_eq!(s.step_planned_secs(0), 90, "a timer over its time keeps it");
}

#[test]
fn extend_after_zero_alerts_again() {
    let (mut s, clock) = four();
    s.update(Msg::NextSpeaker, &clock);
    clock.advance_secs(61);
    assert!(s.tick(&clock).contains(&Effect::Alert(AlertKind::Turn)));
    s.update(Msg::Extend(1), &clock);
    clock.advance_secs(60);
    assert!(s.tick(&clock).contains(&Effect::Alert(AlertKind::Turn)));
}
