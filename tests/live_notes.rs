//! Actions typed on the live screen: `@Name` finds its owner in the whole
//! roster, not only among those in the room.
// A test stops on a failed set-up: it may unwrap.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::live::{draw, key, live, live_app};
use crossterm::event::KeyCode;
use runde::clock::FakeClock;
use runde::engine::{Msg, NewSession, Session};
use runde::model::Network;
use runde::model::record::Presence;
use runde::text::Lang;

#[test]
fn members_who_left_or_stayed_away_can_own_actions() {
    let clock = FakeClock::default();
    let network = Network::new(
        "Nord",
        &[
            "Anne Holm",
            "Hans Peter Nielsen",
            "Mette-Marie Kjærsgaard",
            "Bo Jensen",
        ],
    );
    let mut new = NewSession::with_everyone(common::live::plan(), network);
    new.attendance[3].presence = Presence::Absent;
    let mut session = Session::start(new, &clock);
    session.update(Msg::Leave("Mette-Marie Kjærsgaard".into()), &clock);
    let mut app = live_app(session, Lang::Da);
    for (typed, owner) in [
        ("Ring til Bo @Bo", "Bo Jensen"),
        ("Book lokalet @Mette", "Mette-Marie Kjærsgaard"),
        ("Send skema @Hans Peter", "Hans Peter Nielsen"),
    ] {
        key(&mut app, &clock, KeyCode::Char('i'));
        for ch in typed.chars() {
            key(&mut app, &clock, KeyCode::Char(ch));
        }
        for _ in 0..5 {
            if draw(&app, &clock, (120, 40)).contains("Ny note [aftale]") {
                break;
            }
            key(&mut app, &clock, KeyCode::Tab);
        }
        key(&mut app, &clock, KeyCode::Enter);
        let note = live(&mut app).session.record().notes.last().cloned();
        let note = note.unwrap_or_else(|| panic!("no note for {typed}"));
        assert_eq!(note.owner.as_deref(), Some(owner), "{typed}");
        assert!(!note.text.contains('@'), "{typed}: {}", note.text);
    }
}
