//! Every shown timer changes its seconds on one beat: one wake and one
//! draw a second, however many timers run and whenever they started.

use super::tests::{four, test_plan};
use super::*;
use crate::clock::{Clock, FakeClock};
use crate::model::network::Network;
use crate::model::record::Roles;
use std::time::Duration;

/// What the runtime adds to each wait, so it wakes just after the change.
const MARGIN: Duration = Duration::from_millis(3);

/// Every countdown the screens show, as remaining-or-over seconds.
fn shown(s: &Session, clock: &FakeClock) -> Vec<i64> {
    let now = clock.now();
    let secs = |c: Countdown| c.target_secs as i64 - c.elapsed_secs as i64;
    [
        s.turn_countdown(now),
        s.phase_countdown(now),
        Some(s.step_countdown(now)),
    ]
    .into_iter()
    .flatten()
    .map(secs)
    .collect()
}

/// Sleeps as the runtime does for a simulated minute; returns the number
/// of wakes and the effects of each wake's tick. Asserts that every shown
/// countdown moved by exactly one second on every wake.
fn run_a_minute(s: &mut Session, clock: &FakeClock) -> (usize, Vec<Vec<Effect>>) {
    let start = clock.elapsed();
    let mut before = shown(s, clock);
    let mut wakes = 0;
    let mut effects = Vec::new();
    while clock.elapsed() - start < Duration::from_secs(60) {
        let wait = s.next_wake(clock.now()).expect("a running session wakes");
        clock.advance(wait + MARGIN);
        wakes += 1;
        effects.push(s.tick(clock));
        let after = shown(s, clock);
        let moved: Vec<i64> = before.iter().zip(&after).map(|(b, a)| b - a).collect();
        assert!(
            moved.iter().all(|m| *m == 1),
            "wake {wakes}: every countdown moves one second, got {before:?} → {after:?}"
        );
        before = after;
    }
    (wakes, effects)
}

#[test]
fn a_turn_and_its_step_tick_on_the_same_wake() {
    let (mut s, clock) = four();
    // The turn starts 0.4 s into a second of the step.
    clock.advance(Duration::from_millis(12_400));
    s.update(Msg::NextSpeaker, &clock);
    assert_eq!(shown(&s, &clock).len(), 2, "turn and step on screen");
    let (wakes, effects) = run_a_minute(&mut s, &clock);
    assert_eq!(wakes, 60, "one wake a second, not one per timer");
    // The one-minute turn reaches zero on the 60th wake, not a wake late.
    let turn = s.turn_countdown(clock.now()).unwrap();
    assert!(turn.is_over() && turn.overtime_secs() == 0, "{turn:?}");
    assert!(effects[59].contains(&Effect::Alert(AlertKind::Turn)));
    let alerts = |e: &Vec<Effect>| e.iter().any(|e| matches!(e, Effect::Alert(_)));
    assert!(!effects[..59].iter().any(alerts));
}

#[test]
fn a_turn_its_phase_and_its_step_tick_on_the_same_wake() {
    let clock = FakeClock::default();
    let mut new = NewSession::with_everyone(
        test_plan(),
        Network::new("T", &["Anne", "Bo", "Carla", "Dorte"]),
    );
    new.roles = Roles {
        case_givers: vec!["Carla".into()],
        ..Roles::default()
    };
    let mut s = Session::start(new, &clock);
    s.update(Msg::NextStep, &clock);
    s.update(Msg::NextStep, &clock);
    clock.advance(Duration::from_millis(250));
    s.update(Msg::NextStep, &clock);
    clock.advance(Duration::from_millis(600));
    s.update(Msg::NextSpeaker, &clock);
    assert_eq!(shown(&s, &clock).len(), 3, "turn, phase and step on screen");
    let (wakes, _) = run_a_minute(&mut s, &clock);
    assert_eq!(wakes, 60);
}

#[test]
fn the_big_timer_is_exact_and_the_others_never_run_ahead() {
    let (mut s, clock) = four();
    clock.advance(Duration::from_millis(700));
    s.update(Msg::NextSpeaker, &clock);
    let ms = Duration::from_millis;
    // The turn: exactly one second after it began, it shows one second.
    clock.advance(ms(999));
    assert_eq!(s.turn_countdown(clock.now()).unwrap().elapsed_secs, 0);
    clock.advance(ms(1));
    assert_eq!(s.turn_countdown(clock.now()).unwrap().elapsed_secs, 1);
    // The step has truly run 1.7 s and shows 1; at 2.0 s it still shows
    // 1 until the turn's next beat: behind by less than a second, never ahead.
    assert_eq!(s.step_countdown(clock.now()).elapsed_secs, 1);
    clock.advance(ms(300));
    assert_eq!(s.step_countdown(clock.now()).elapsed_secs, 1);
    // Pause and resume keep what is shown.
    clock.advance(ms(200));
    s.update(Msg::TogglePause, &clock);
    let paused = shown(&s, &clock);
    clock.advance_secs(30);
    assert_eq!(shown(&s, &clock), paused);
    assert_eq!(s.next_wake(clock.now()), None, "paused: sleep until a key");
    s.update(Msg::TogglePause, &clock);
    assert_eq!(shown(&s, &clock), paused);
    assert_eq!(s.next_wake(clock.now()), Some(ms(500)));
    // Saved times are the true ones.
    assert_eq!(s.record().live.step_elapsed_secs, 2);
}
