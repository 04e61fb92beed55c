//! A key hit twice moves the meeting on once: `l l` skipped a
//! 35-minute theme and the break after it, `n n` gave Bo a turn of no
//! seconds, and Enter Enter on »Start mødet« went past the attendance
//! check (trial 2). The same key again after `popup::KEY_ECHO` is a new
//! press.
// A test stops on a failed set-up: it may unwrap.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::live::{check_in, key, live, live_app, session};
use crossterm::event::KeyCode;
use runde::clock::FakeClock;
use runde::text::Lang;
use runde::ui::popup::KEY_ECHO;
use std::time::Duration;

const QUICK: Duration = Duration::from_millis(120);

#[test]
fn a_step_key_hit_twice_moves_one_step() {
    let clock = FakeClock::default();
    let mut app = live_app(session(&clock), Lang::Da);
    key(&mut app, &clock, KeyCode::Char('l'));
    let first = live(&mut app).session.step_index();
    assert_eq!(first, 1);
    clock.advance(QUICK);
    key(&mut app, &clock, KeyCode::Char('l'));
    clock.advance(QUICK);
    key(&mut app, &clock, KeyCode::Right);
    assert_eq!(live(&mut app).session.step_index(), 1, "l l →: one step");
    assert!(app.popups.is_empty(), "and no question asked");
    // Held down: the repeats within the echo of the press that moved on.
    for _ in 0..8 {
        clock.advance(Duration::from_millis(30));
        key(&mut app, &clock, KeyCode::Char('l'));
    }
    assert_eq!(live(&mut app).session.step_index(), 1, "held: still one");
    clock.advance(KEY_ECHO);
    key(&mut app, &clock, KeyCode::Char('l'));
    assert!(
        live(&mut app).session.step_index() != 1 || !app.popups.is_empty(),
        "a new press moves on (or asks first)"
    );
}

#[test]
fn next_speaker_hit_twice_gives_one_turn() {
    let clock = FakeClock::default();
    let mut app = live_app(check_in(&clock, 10), Lang::Da);
    let anne = live(&mut app).session.speaker().map(str::to_string);
    key(&mut app, &clock, KeyCode::Char('n'));
    let bo = live(&mut app).session.speaker().map(str::to_string);
    assert_ne!(anne, bo);
    clock.advance(QUICK);
    key(&mut app, &clock, KeyCode::Char('n'));
    assert_eq!(live(&mut app).session.speaker().map(str::to_string), bo);
    // Another key between: `n` is a new press.
    key(&mut app, &clock, KeyCode::Char('v'));
    key(&mut app, &clock, KeyCode::Char('v'));
    key(&mut app, &clock, KeyCode::Char('n'));
    assert_ne!(live(&mut app).session.speaker().map(str::to_string), bo);
}

#[test]
fn keys_that_do_not_move_on_are_all_taken() {
    let clock = FakeClock::default();
    let mut app = live_app(check_in(&clock, 10), Lang::Da);
    let room = live(&mut app).room;
    key(&mut app, &clock, KeyCode::Char('v'));
    key(&mut app, &clock, KeyCode::Char('v'));
    assert_eq!(live(&mut app).room, room, "v v: on and off again");
}
