//! A note pasted on the live screen keeps its words and loses every
//! control character: an escape sequence (clear screen, OSC 52 clipboard
//! write), BEL, C1 controls and a right-to-left override are dropped, a
//! tab becomes a space, and the note's line breaks stay. The minutes and
//! every command that prints the note then have nothing to neutralise.
// A test stops on a failed set-up: it may unwrap.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::live::{key, live, live_app, session};
use crossterm::event::{Event, KeyCode};
use runde::clock::FakeClock;
use runde::text::Lang;

#[test]
fn a_pasted_note_keeps_its_text_and_drops_control_characters() {
    let clock = FakeClock::default();
    let mut app = live_app(session(&clock), Lang::En);
    key(&mut app, &clock, KeyCode::Char('i'));
    let pasted = "Ring\u{1b}[2J til\tBo\u{7}\u{1b}]52;c;aGk=\u{7}\r\nnæste \u{9b}31mgang\u{202E}";
    app.handle_event(Event::Paste(pasted.to_string()), &clock);
    key(&mut app, &clock, KeyCode::Enter);
    let note = live(&mut app).session.record().notes.last().cloned();
    let text = note.expect("the note is saved").text;
    assert_eq!(text, "Ring[2J til Bo]52;c;aGk=\nnæste 31mgang");
    assert!(
        text.chars().all(|c| c == '\n' || !c.is_control()),
        "{text:?}"
    );
}
