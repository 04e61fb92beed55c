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

/// Esc with a note typed asks on the popup layer, over the input, and
/// keeps its rules: a second Esc at once neither answers nor closes it;
/// any key but yes goes back to the text; yes throws it away.
#[test]
fn esc_with_a_note_typed_asks_over_the_input_and_esc_twice_keeps_it() {
    use runde::ui::popup::{KEY_ECHO, Popup};
    use runde::ui::screens::live_popup::{LivePopup, LiveQuestion};
    use std::time::Duration;
    let clock = FakeClock::default();
    let mut app = live_app(common::live::check_in(&clock, 20), Lang::Da);
    let notes = |app: &mut runde::ui::app::App| live(app).session.record().notes.len();
    let before = notes(&mut app);
    key(&mut app, &clock, KeyCode::Char('i'));
    for c in "Halvskrevet".chars() {
        key(&mut app, &clock, KeyCode::Char(c));
    }
    key(&mut app, &clock, KeyCode::Esc);
    let asking = |app: &runde::ui::app::App| match app.popups.top() {
        Some(Popup::Live(p)) => matches!(
            p.as_ref(),
            LivePopup::Confirm(c) if c.question == LiveQuestion::DiscardNote { editing: false }
        ),
        _ => false,
    };
    assert!(asking(&app), "the question is on the stack");
    let shown = draw(&app, &clock, (80, 24));
    assert!(shown.contains("Smid noten væk?"), "{shown}");
    assert!(
        shown.contains("Halvskrevet"),
        "the input stays in sight:\n{shown}"
    );
    clock.advance(Duration::from_millis(80));
    key(&mut app, &clock, KeyCode::Esc);
    assert!(
        asking(&app),
        "a second Esc at 80 ms leaves the question open"
    );
    clock.advance(KEY_ECHO);
    key(&mut app, &clock, KeyCode::Char('n'));
    match app.popups.top() {
        Some(Popup::Live(p)) => match p.as_ref() {
            LivePopup::Note(input) => assert_eq!(input.text(), "Halvskrevet"),
            other => panic!("{other:?}"),
        },
        other => panic!("{other:?}"),
    }
    key(&mut app, &clock, KeyCode::Esc);
    key(&mut app, &clock, KeyCode::Char('j'));
    assert!(
        app.popups.is_empty(),
        "yes closes the question and the input"
    );
    assert_eq!(notes(&mut app), before, "nothing saved");
}
