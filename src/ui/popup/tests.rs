use super::*;
use crate::clock::{Clock, FakeClock};
use crate::ui::screens::network_popup::NetworkQuestion;
use crossterm::event::{KeyCode, KeyModifiers};

fn key(c: char) -> KeyEvent {
    KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE)
}

/// `d` asks to remove Bo, as the network screen does.
fn ask(popups: &mut Popups) {
    let ask = Confirm::new(NetworkQuestion::Remove("Bo".into())).or(keys::code(KeyCode::Char('d')));
    popups.open(NetworkPopup::Confirm(ask));
}

#[test]
fn the_key_that_opened_a_question_does_not_answer_it_at_once() {
    let clock = FakeClock::default();
    let mut popups = Popups::default();
    assert!(matches!(popups.key(&key('d'), clock.now()), Routed::Screen));
    ask(&mut popups);
    popups.settle();
    clock.advance(KEY_ECHO - Duration::from_millis(1));
    assert!(matches!(popups.key(&key('d'), clock.now()), Routed::Taken));
    assert!(popups.top().is_some(), "still asking");
    popups.settle();
    clock.advance(Duration::from_millis(1));
    assert!(matches!(
        popups.key(&key('d'), clock.now()),
        Routed::Done(_)
    ));
}

#[test]
fn a_question_not_opened_by_a_key_and_help_take_every_key() {
    let clock = FakeClock::default();
    let mut popups = Popups::default();
    let _ = popups.key(&key('d'), clock.now());
    popups.settle();
    ask(&mut popups);
    assert!(matches!(
        popups.key(&key('d'), clock.now()),
        Routed::Done(_)
    ));
    let _ = popups.key(&key('?'), clock.now());
    popups.open(Help::of::<()>(&[], TextFields::None));
    let _ = popups.key(&key('?'), clock.now());
    assert!(popups.is_empty(), "any key closes help");
}
