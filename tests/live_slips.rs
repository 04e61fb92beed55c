//! A slip of a key on the live screen costs nothing: `b` gives the turn
//! back, and `→` asks before it leaves people without a turn or cuts a
//! supervision short. Snapshots of the question at 80x24 and 120x40.
// A test stops on a failed set-up: it may unwrap.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::live::{check_in, draw, key, live, live_app, send, session};
use crossterm::event::KeyCode;
use runde::clock::FakeClock;
use runde::engine::{Msg, Session};
use runde::text::Lang;
use runde::ui::popup::KEY_ECHO;

fn speaker(app: &mut runde::ui::app::App) -> Option<String> {
    live(app).session.speaker().map(str::to_string)
}

/// The supervision's first phase (the case), `secs` into it.
fn supervision(clock: &FakeClock, secs: u64) -> Session {
    let mut s = session(clock);
    for _ in 0..5 {
        send(&mut s, clock, &[Msg::NextStep]);
    }
    clock.advance_secs(secs);
    s
}

#[test]
fn b_gives_the_turn_back_and_the_footer_says_so_only_then() {
    let clock = FakeClock::default();
    let mut app = live_app(check_in(&clock, 20), Lang::En);
    assert!(draw(&app, &clock, (80, 24)).contains("b give the turn back"));
    key(&mut app, &clock, KeyCode::Char('n'));
    assert_eq!(speaker(&mut app).as_deref(), Some("Bo"));
    // Each a press of its own, not a key hit twice (see tests/key_echo.rs).
    clock.advance(KEY_ECHO);
    key(&mut app, &clock, KeyCode::Char('n'));
    key(&mut app, &clock, KeyCode::Char('b'));
    clock.advance(KEY_ECHO);
    key(&mut app, &clock, KeyCode::Char('b'));
    assert_eq!(speaker(&mut app).as_deref(), Some("Anne"));
    let now = runde::clock::Clock::now(&clock);
    let turn = live(&mut app).session.turn_countdown(now).unwrap();
    assert_eq!(turn.elapsed_secs, 20, "Anne's turn goes on from 20 s");
    clock.advance(KEY_ECHO);
    key(&mut app, &clock, KeyCode::Char('b'));
    clock.advance(KEY_ECHO);
    key(&mut app, &clock, KeyCode::Char('b'));
    let screen = draw(&app, &clock, (80, 24));
    assert!(
        screen.contains("There is no turn to give back in this round"),
        "{screen}"
    );
    assert!(!screen.contains("b give the turn back"), "{screen}");
}

#[test]
fn right_with_speakers_waiting_asks_and_any_other_key_stays() {
    let clock = FakeClock::default();
    let mut app = live_app(check_in(&clock, 20), Lang::Da);
    key(&mut app, &clock, KeyCode::Right);
    let asked = draw(&app, &clock, (80, 24));
    assert!(asked.contains("har ikke haft ordet endnu"), "{asked}");
    assert!(asked.contains("→/l/j/Enter: ja"), "{asked}");
    key(&mut app, &clock, KeyCode::Char('x'));
    assert_eq!(live(&mut app).session.step_index(), 1, "still the check-in");
    key(&mut app, &clock, KeyCode::Right);
    clock.advance_secs(1);
    key(&mut app, &clock, KeyCode::Right);
    assert_eq!(live(&mut app).session.step_index(), 2, "one more → goes on");
    // l, the other key for →, asks and confirms the same way.
    key(&mut app, &clock, KeyCode::Char('n'));
    key(&mut app, &clock, KeyCode::Char('l'));
    assert_eq!(live(&mut app).session.step_index(), 2);
    clock.advance_secs(1);
    key(&mut app, &clock, KeyCode::Char('l'));
    assert_eq!(live(&mut app).session.step_index(), 3);
}

/// A key hit twice (`l l`, `→ →`) asks once and waits: the second hit
/// neither answers nor closes the question. After `KEY_ECHO` the same key
/// says yes as before; any other key answers at once.
#[test]
fn a_key_hit_twice_asks_and_does_not_answer() {
    use std::time::Duration;
    for code in [KeyCode::Right, KeyCode::Char('l')] {
        let clock = FakeClock::default();
        let mut app = live_app(check_in(&clock, 20), Lang::Da);
        key(&mut app, &clock, code);
        clock.advance(Duration::from_millis(80));
        key(&mut app, &clock, code);
        assert_eq!(live(&mut app).session.step_index(), 1, "{code:?} twice");
        let asked = draw(&app, &clock, (80, 24));
        assert!(
            asked.contains("har ikke haft ordet endnu"),
            "{code:?}: {asked}"
        );
        clock.advance(Duration::from_millis(300));
        key(&mut app, &clock, code);
        assert_eq!(live(&mut app).session.step_index(), 1, "{code:?} at 380 ms");
        assert!(app.popups.top().is_some(), "still asking");
        clock.advance(Duration::from_millis(20));
        key(&mut app, &clock, code);
        assert_eq!(live(&mut app).session.step_index(), 2, "{code:?} at 400 ms");
    }
    // Another key answers at once, yes or no.
    let clock = FakeClock::default();
    let mut app = live_app(check_in(&clock, 20), Lang::En);
    key(&mut app, &clock, KeyCode::Right);
    key(&mut app, &clock, KeyCode::Char('x'));
    assert!(app.popups.top().is_none(), "x says no");
    key(&mut app, &clock, KeyCode::Right);
    key(&mut app, &clock, KeyCode::Enter);
    assert_eq!(live(&mut app).session.step_index(), 2, "Enter says yes");
}

#[test]
fn right_after_everyone_has_spoken_just_goes_on() {
    let clock = FakeClock::default();
    let mut app = live_app(check_in(&clock, 20), Lang::En);
    while live(&mut app).session.speaker().is_some() {
        key(&mut app, &clock, KeyCode::Char('n'));
        // Each a press of its own, not `n` hit twice.
        clock.advance(KEY_ECHO);
    }
    key(&mut app, &clock, KeyCode::Right);
    assert_eq!(live(&mut app).session.step_index(), 2);
}

#[test]
fn right_in_a_running_supervision_asks_and_yes_goes_on() {
    let clock = FakeClock::default();
    let mut app = live_app(supervision(&clock, 40), Lang::En);
    key(&mut app, &clock, KeyCode::Right);
    let asked = draw(&app, &clock, (80, 24));
    assert!(asked.contains("The supervision is running"), "{asked}");
    assert_eq!(live(&mut app).session.phase_index(), 0);
    key(&mut app, &clock, KeyCode::Char('y'));
    assert_eq!(live(&mut app).session.phase_index(), 1);
}

#[test]
fn a_phase_whose_time_is_up_is_left_without_asking() {
    let clock = FakeClock::default();
    let mut app = live_app(supervision(&clock, 0), Lang::En);
    let planned = live(&mut app)
        .session
        .phase_countdown(runde::clock::Clock::now(&clock))
        .map(|c| c.remaining_secs())
        .unwrap_or(0);
    clock.advance_secs(planned);
    key(&mut app, &clock, KeyCode::Right);
    assert_eq!(live(&mut app).session.phase_index(), 1);
}

#[test]
fn the_question_before_leaving_a_supervision_phase() {
    for lang in [Lang::Da, Lang::En] {
        for size in [(80, 24), (120, 40)] {
            let clock = FakeClock::default();
            let mut app = live_app(supervision(&clock, 40), lang);
            key(&mut app, &clock, KeyCode::Right);
            let name = format!("skip_supervision_{}x{}_{}", size.0, size.1, lang.code());
            insta::assert_snapshot!(name, draw(&app, &clock, size));
        }
    }
}
