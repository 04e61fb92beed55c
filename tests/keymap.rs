//! Each screen's help, opened with `?`, names every key its table answers,
//! and on a screen with text fields the keys they share: the help is made
//! from the same table that handles the keys.
// A test stops on a failed set-up: it may unwrap.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::live::{check_in, ctrl, draw, key, live_app};
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

/// The room display draws no footer (it is the room's screen): its keys
/// are named in `runde display --help`, in both languages.
#[test]
fn the_display_s_keys_are_named_in_its_help() {
    for lang in [Lang::Da, Lang::En] {
        let mut cmd = runde::cli_lang::command(lang);
        let display = cmd
            .find_subcommand_mut("display")
            .expect("a display command");
        let help = display.render_long_help().to_string();
        for name in names(keys::DISPLAY) {
            assert!(help.contains(&name), "{name} not in:\n{help}");
        }
    }
}

fn typed(app: &mut App, clock: &FakeClock, text: &str) {
    for c in text.chars() {
        key(app, clock, KeyCode::Char(c));
    }
}

/// In the open text field: "bo", Ctrl-a, "X" reads "Xbo"; then Ctrl-e,
/// "Y", Ctrl-w (the word before) and Ctrl-u (all before) leave it empty.
fn readline_works(app: &mut App, clock: &FakeClock, field: &str) {
    typed(app, clock, "bo");
    ctrl(app, clock, 'a');
    typed(app, clock, "X");
    let frame = draw(app, clock, (120, 40));
    assert!(frame.contains("Xbo"), "{field}: Ctrl-a\n{frame}");
    ctrl(app, clock, 'e');
    typed(app, clock, " Yz");
    ctrl(app, clock, 'w');
    let frame = draw(app, clock, (120, 40));
    assert!(
        frame.contains("Xbo ") && !frame.contains("Yz"),
        "{field}: Ctrl-w\n{frame}"
    );
    ctrl(app, clock, 'u');
    let frame = draw(app, clock, (120, 40));
    assert!(!frame.contains("Xbo"), "{field}: Ctrl-u\n{frame}");
}

/// Every text field of the App's screens is the one text field.
#[test]
fn every_text_field_takes_the_readline_keys() {
    let clock = FakeClock::default();

    let mut app = live_app(check_in(&clock, 20), Lang::En);
    key(&mut app, &clock, KeyCode::Char('i'));
    readline_works(&mut app, &clock, "note");

    let mut app = live_app(check_in(&clock, 20), Lang::En);
    key(&mut app, &clock, KeyCode::Char('d'));
    readline_works(&mut app, &clock, "name");

    let new = runde::engine::NewSession::with_everyone(common::standard_plan(), Network::demo());
    let mut s = runde::engine::Session::start(new, &clock);
    let steps = s.record().plan.steps.len();
    for _ in 0..steps * 4 {
        if s.step().purpose == Some(runde::model::plan::StepPurpose::NextMeeting) {
            break;
        }
        s.update(runde::engine::Msg::NextStep, &clock);
    }
    let mut app = live_app(s, Lang::En);
    key(&mut app, &clock, KeyCode::Char('e'));
    readline_works(&mut app, &clock, "next meeting");

    let mut app = home();
    key(&mut app, &clock, KeyCode::Char('e'));
    key(&mut app, &clock, KeyCode::Char('a'));
    readline_works(&mut app, &clock, "network");

    let mut app = home();
    key(&mut app, &clock, KeyCode::Enter);
    app.history_loaded(
        runde::store::Loaded {
            items: Vec::new(),
            problems: Vec::new(),
        },
        chrono::NaiveDate::from_ymd_opt(2026, 11, 23).unwrap(),
    );
    let Screen::Attendance(att) = &app.screen else {
        panic!("the attendance check")
    };
    let suggested = att.facilitator.index;
    let other = (0..att.network.participants.len())
        .find(|i| Some(*i) != suggested)
        .unwrap();
    for _ in 0..other {
        key(&mut app, &clock, KeyCode::Down);
    }
    key(&mut app, &clock, KeyCode::Char('f'));
    let Screen::Attendance(att) = &app.screen else {
        panic!("the attendance check")
    };
    assert!(att.reason.is_some(), "the reason is asked");
    readline_works(&mut app, &clock, "reason");
}
