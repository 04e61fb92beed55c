//! `b` gives the turn back after a slip of `n` or a pass, and the last one
//! waiting who passes does not get the turn straight back.

use super::tests::*;
use super::*;
use crate::clock::Clock;

fn turn_left(s: &Session, clock: &crate::clock::FakeClock) -> u64 {
    s.turn_countdown(clock.now())
        .map_or(0, |c| c.remaining_secs())
}

fn spoken(s: &Session, name: &str) -> Option<u64> {
    s.record().steps[s.step_index()]
        .turns
        .iter()
        .find(|t| t.participant == name)
        .map(|t| t.spoken_secs)
}

#[test]
fn b_after_one_n_gives_the_turn_back_with_the_time_left() {
    let (mut s, clock) = four();
    s.update(Msg::NextSpeaker, &clock);
    clock.advance_secs(20);
    s.update(Msg::NextSpeaker, &clock);
    assert_eq!(s.speaker(), Some("Bo"));
    assert_eq!(s.turn_back_to(), Some("Anne"));
    clock.advance_secs(5);
    assert_eq!(s.update(Msg::TurnBack, &clock), vec![Effect::Save]);
    assert_eq!(s.speaker(), Some("Anne"));
    assert_eq!(s.up_next(), Some("Bo"));
    assert_eq!(turn_left(&s, &clock), 40, "Anne had 40 of her 60 s left");
    assert_eq!(spoken(&s, "Anne"), Some(0), "her turn is open again");
    assert_eq!(spoken(&s, "Bo"), None, "Bo's slip of a turn is gone");
    clock.advance_secs(10);
    assert_eq!(turn_left(&s, &clock), 30, "and her time runs on");
    s.update(Msg::NextSpeaker, &clock);
    assert_eq!(spoken(&s, "Anne"), Some(30), "20 s, then 10 s more");
}

#[test]
fn b_after_two_n_goes_back_one_speaker_at_a_time() {
    let (mut s, clock) = four();
    s.update(Msg::NextSpeaker, &clock);
    clock.advance_secs(15);
    s.update(Msg::NextSpeaker, &clock);
    clock.advance_secs(45);
    s.update(Msg::NextSpeaker, &clock);
    assert_eq!(s.speaker(), Some("Carla"));
    s.update(Msg::TurnBack, &clock);
    assert_eq!(s.speaker(), Some("Bo"));
    assert_eq!(turn_left(&s, &clock), 15);
    s.update(Msg::TurnBack, &clock);
    assert_eq!(s.speaker(), Some("Anne"));
    assert_eq!(turn_left(&s, &clock), 45);
    assert_eq!(s.queue(), ["Anne", "Bo", "Carla", "Dorte"]);
    // Before Anne's turn the round was being framed: b goes back to that,
    // and then there is nothing more to give back.
    s.update(Msg::TurnBack, &clock);
    assert_eq!(s.speaker(), None);
    assert_eq!(s.up_next(), Some("Anne"));
    assert_eq!(s.update(Msg::TurnBack, &clock), vec![]);
}

#[test]
fn b_after_a_pass_takes_the_pass_back() {
    let (mut s, clock) = four();
    s.update(Msg::NextSpeaker, &clock);
    clock.advance_secs(10);
    s.update(Msg::Pass, &clock);
    assert_eq!(s.passed(), ["Anne"]);
    s.update(Msg::TurnBack, &clock);
    assert_eq!(s.speaker(), Some("Anne"));
    assert!(s.passed().is_empty());
    assert_eq!(s.queue(), ["Anne", "Bo", "Carla", "Dorte"]);
    let anne = &s.record().steps[0].turns[0];
    assert_eq!((anne.passes, anne.spoken_secs), (0, 0));
    assert_eq!(turn_left(&s, &clock), 50);
}

#[test]
fn the_last_one_waiting_who_passes_lets_the_round_move_on() {
    let (mut s, clock) = four();
    for _ in 0..4 {
        s.update(Msg::NextSpeaker, &clock);
    }
    assert_eq!(s.speaker(), Some("Dorte"));
    s.update(Msg::Pass, &clock);
    assert_eq!(s.speaker(), None, "Dorte is not handed the turn again");
    assert!(s.queue().is_empty());
    assert_eq!(s.skipped(), ["Dorte"]);
    // A slip: b gives it back.
    s.update(Msg::TurnBack, &clock);
    assert_eq!(s.speaker(), Some("Dorte"));
    assert!(s.skipped().is_empty());
}

#[test]
fn a_pass_before_others_who_passed_still_waits_for_them() {
    let (mut s, clock) = start(&["Anne", "Bo"]);
    s.update(Msg::NextSpeaker, &clock);
    s.update(Msg::Pass, &clock);
    assert_eq!(s.speaker(), Some("Bo"));
    s.update(Msg::Pass, &clock);
    assert_eq!(
        s.speaker(),
        Some("Anne"),
        "Anne's second chance comes first"
    );
    s.update(Msg::Pass, &clock);
    assert_eq!(s.speaker(), Some("Bo"));
    s.update(Msg::Pass, &clock);
    assert_eq!(s.speaker(), None);
    assert_eq!(s.skipped(), ["Anne", "Bo"]);
}

#[test]
fn a_new_step_or_someone_leaving_leaves_nothing_to_give_back() {
    let (mut s, clock) = four();
    s.update(Msg::NextSpeaker, &clock);
    s.update(Msg::NextSpeaker, &clock);
    s.update(Msg::Leave("Dorte".into()), &clock);
    assert_eq!(s.update(Msg::TurnBack, &clock), vec![]);
    assert_eq!(s.speaker(), Some("Bo"));
    s.update(Msg::NextSpeaker, &clock);
    s.update(Msg::NextStep, &clock);
    assert_eq!(s.turn_back_to(), None);
    assert_eq!(s.update(Msg::TurnBack, &clock), vec![]);
}

#[test]
fn what_b_gives_back_survives_a_resume() {
    let (mut s, clock) = four();
    s.update(Msg::NextSpeaker, &clock);
    clock.advance_secs(25);
    s.update(Msg::NextSpeaker, &clock);
    let saved = s.clone().into_record();
    let mut resumed = Session::resume(saved, &clock);
    resumed.update(Msg::TurnBack, &clock);
    assert_eq!(resumed.speaker(), Some("Anne"));
    assert_eq!(turn_left(&resumed, &clock), 35);
}

#[test]
fn b_while_paused_gives_the_turn_back_paused() {
    let (mut s, clock) = four();
    s.update(Msg::NextSpeaker, &clock);
    clock.advance_secs(20);
    s.update(Msg::NextSpeaker, &clock);
    s.update(Msg::TogglePause, &clock);
    s.update(Msg::TurnBack, &clock);
    clock.advance_secs(30);
    assert_eq!(turn_left(&s, &clock), 40, "the clock stands while paused");
    s.update(Msg::TogglePause, &clock);
    clock.advance_secs(10);
    assert_eq!(turn_left(&s, &clock), 30);
}
