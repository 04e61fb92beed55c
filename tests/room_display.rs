//! The room view as `runde display` draws it: at 80x24, 120x40 and 200x60,
//! in Danish and English, in a round, in supervision, and while waiting.
//! Never a note, by construction and by test.
// A test stops on a failed set-up: it may unwrap.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::live::session;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use runde::clock::{Clock, FakeClock};
use runde::display::follow::Following;
use runde::display::screen;
use runde::engine::room_state::room_state;
use runde::engine::{Msg, NewNote, Session};
use runde::model::plan::NoteKind;
use runde::text::Lang;
use runde::ui::style::Styles;

const SIZES: [(u16, u16); 3] = [(80, 24), (120, 40), (200, 60)];

fn draw(following: &Following, clock: &FakeClock, lang: Lang, (w, h): (u16, u16)) -> String {
    let mut terminal = Terminal::new(TestBackend::new(w, h)).unwrap();
    let styles = Styles::default();
    terminal
        .draw(|f| {
            let area = f.area();
            screen::render(following, clock.wall(), lang, &styles, area, f.buffer_mut())
        })
        .unwrap();
    terminal.backend().to_string()
}

fn snap_all(state: &str, following: &Following, clock: &FakeClock) {
    for lang in [Lang::Da, Lang::En] {
        for size in SIZES {
            let name = format!("{state}_{}x{}_{}", size.0, size.1, lang.code());
            insta::assert_snapshot!(name, draw(following, clock, lang, size));
        }
    }
}

fn published(s: &Session, clock: &FakeClock) -> Following {
    Following::Live(Box::new(room_state(s, clock.now(), clock.wall(), 1)))
}

#[test]
fn round_with_speaker_and_next() {
    let clock = FakeClock::default();
    let mut s = session(&clock);
    for m in [Msg::NextStep, Msg::NextSpeaker] {
        s.update(m, &clock);
    }
    clock.advance_secs(20);
    let following = published(&s, &clock);
    clock.advance_secs(10); // the display counts on by itself
    snap_all("round", &following, &clock);
}

#[test]
fn supervision_with_roles_and_rule() {
    let clock = FakeClock::default();
    let mut s = session(&clock);
    while !matches!(s.step().kind, runde::model::StepKind::Supervision { .. }) {
        s.update(Msg::NextStep, &clock);
    }
    s.update(Msg::NextStep, &clock); // into the interview
    snap_all("supervision", &published(&s, &clock), &clock);
}

/// Paused with the turn over its time: the room sees both.
#[test]
fn paused_in_overtime() {
    let clock = FakeClock::default();
    let mut s = session(&clock);
    for m in [Msg::NextStep, Msg::NextSpeaker] {
        s.update(m, &clock);
    }
    clock.advance_secs(3 * 60 + 14);
    s.update(Msg::TogglePause, &clock);
    let following = published(&s, &clock);
    clock.advance_secs(300);
    let screen = draw(&following, &clock, Lang::Da, (80, 24));
    assert!(screen.contains("STOPPET · OVER TID"), "{screen}");
    snap_all("paused_overtime", &following, &clock);
}

#[test]
fn waiting_for_a_session() {
    snap_all("waiting", &Following::Waiting, &FakeClock::default());
}

#[test]
fn the_display_counts_down_between_updates_and_stands_while_paused() {
    let clock = FakeClock::default();
    let mut s = session(&clock);
    for m in [Msg::NextStep, Msg::NextSpeaker] {
        s.update(m, &clock);
    }
    let following = published(&s, &clock);
    let before = draw(&following, &clock, Lang::En, (120, 40));
    clock.advance_secs(30);
    assert_ne!(before, draw(&following, &clock, Lang::En, (120, 40)));
    s.update(Msg::TogglePause, &clock);
    let paused = published(&s, &clock);
    let at_pause = draw(&paused, &clock, Lang::En, (120, 40));
    assert!(at_pause.contains("PAUSED"), "{at_pause}");
    clock.advance_secs(30);
    // The timer stands; only the time of day on the last row goes on.
    let without_clock = |frame: String| {
        let lines: Vec<String> = frame.lines().map(str::to_string).collect();
        lines[..lines.len() - 1].join("\n")
    };
    let later = draw(&paused, &clock, Lang::En, (120, 40));
    assert!(later.contains("09:01 ·"), "{later}");
    assert_eq!(without_clock(at_pause), without_clock(later));
}

#[test]
fn a_note_never_reaches_the_display() {
    let clock = FakeClock::default();
    let mut s = session(&clock);
    for text in ["FORTROLIGT privat", "OFFENTLIG note"] {
        s.update(
            Msg::AddNote(NewNote {
                kind: NoteKind::Note,
                text: text.into(),
                private: text.contains("privat"),
                owner: None,
                due: None,
                about: runde::engine::About::Speaker,
            }),
            &clock,
        );
    }
    let following = published(&s, &clock);
    for size in SIZES {
        let screen = draw(&following, &clock, Lang::Da, size);
        assert!(!screen.contains("FORTROLIGT") && !screen.contains("OFFENTLIG"));
    }
}

#[test]
fn the_digits_grow_with_the_window() {
    let clock = FakeClock::default();
    let mut s = session(&clock);
    for m in [Msg::NextStep, Msg::NextSpeaker] {
        s.update(m, &clock);
    }
    let following = published(&s, &clock);
    let blocks = |size| {
        draw(&following, &clock, Lang::En, size)
            .matches('█')
            .count()
    };
    assert!(blocks((200, 60)) > blocks((120, 40)));
    assert!(blocks((120, 40)) > blocks((80, 24)));
}
