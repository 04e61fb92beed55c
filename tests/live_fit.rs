//! The live screen at 80x24 with full names and long notes: nothing is
//! cut off without a "…".
// A test stops on a failed set-up: it may unwrap.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::live::{draw, live_app};
use runde::clock::FakeClock;
use runde::engine::{Msg, NewNote, NewSession, Session};
use runde::model::Network;
use runde::model::plan::NoteKind;
use runde::text::Lang;

fn network() -> Network {
    Network::new(
        "Nord",
        &[
            "Anne Holm",
            "Bo Jensen",
            "Carla Mikkelsen",
            "Dorte Østergaard",
            "Erik Lund",
            "Fatima Ali",
            "Gustav Berg",
            "Ida Krogh",
        ],
    )
}

#[test]
fn the_whole_queue_shows_when_it_wraps_at_80x24() {
    for lang in [Lang::Da, Lang::En] {
        let clock = FakeClock::default();
        let mut session = Session::start(
            NewSession::with_everyone(common::live::plan(), network()),
            &clock,
        );
        // The check-in round, before the first turn: the queue is everyone.
        session.update(Msg::NextStep, &clock);
        let app = live_app(session, lang);
        let screen = draw(&app, &clock, (80, 24));
        assert!(screen.contains("Ida"), "{screen}");
        assert!(screen.contains("Krogh"), "{screen}");
    }
}

#[test]
fn a_long_note_ends_in_an_ellipsis_and_keeps_its_owner_at_80x24() {
    for lang in [Lang::Da, Lang::En] {
        let clock = FakeClock::default();
        let mut session = Session::start(
            NewSession::with_everyone(common::live::plan(), network()),
            &clock,
        );
        session.update(
            Msg::AddNote(NewNote {
                kind: NoteKind::Action,
                text: "Call the union and ask about the new agreement on working hours".into(),
                private: false,
                owner: Some("Bo Jensen".into()),
                due: None,
                about: runde::engine::About::Speaker,
            }),
            &clock,
        );
        let app = live_app(session, lang);
        let screen = draw(&app, &clock, (80, 24));
        let line = screen
            .lines()
            .find(|l| l.contains("Call the union"))
            .unwrap_or_else(|| panic!("{screen}"));
        assert!(line.contains("…"), "{line}");
        assert!(line.contains("→ Bo Jensen"), "{line}");
    }
}
