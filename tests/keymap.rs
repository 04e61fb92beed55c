//! Each screen's help, opened with `?`, names every key its table answers,
//! and on a screen with text fields the keys they share: the help is made
//! from the same table that handles the keys.

mod common;

use common::live::{check_in, draw, key, live_app};
use crossterm::event::KeyCode;
use runde::clock::FakeClock;
use runde::model::Network;
use runde::text::Lang;
use runde::ui::app::{App, Screen};
use runde::ui::keys::{self, Binding};
use runde::ui::screens::home::HomeScreen;
use runde::ui::style::Styles;

fn names<A>(table: &[Binding<A>]) -> Vec<String> {
    table
        .iter()
        .flat_map(|b| b.keys.iter().map(|k| k.name()))
        .collect()
}

fn home() -> App {
    let home = HomeScreen::new(vec![Network::demo()], vec![common::live::plan()], None);
    App::new(
        Screen::Home(Box::new(home)),
        Lang::En,
        Styles::default(),
        true,
    )
}

fn assert_help_names(app: &mut App, clock: &FakeClock, expected: &[String], screen: &str) {
    key(app, clock, KeyCode::Char('?'));
    let frame = draw(app, clock, (120, 40));
    for name in expected {
        assert!(
            frame.contains(name.as_str()),
            "{screen}: {name} not in help:\n{frame}"
        );
    }
    key(app, clock, KeyCode::Char('x'));
    assert!(app.popups.is_empty(), "{screen}: any key closes help");
}

#[test]
fn every_screen_s_help_names_every_key_it_answers() {
    let clock = FakeClock::default();
    let edit = names(keys::EDIT);

    let mut app = home();
    assert_help_names(&mut app, &clock, &names(keys::HOME), "home");

    key(&mut app, &clock, KeyCode::Enter);
    let mut expected = names(keys::ATTENDANCE);
    expected.extend(edit.clone());
    assert_help_names(&mut app, &clock, &expected, "attendance");

    let mut app = home();
    key(&mut app, &clock, KeyCode::Char('e'));
    let mut expected = names(keys::NETWORK);
    expected.extend(edit.clone());
    assert_help_names(&mut app, &clock, &expected, "network");

    let mut app = live_app(check_in(&clock, 20), Lang::En);
    let mut expected = names(keys::LIVE);
    expected.extend(edit);
    assert_help_names(&mut app, &clock, &expected, "live");
}
