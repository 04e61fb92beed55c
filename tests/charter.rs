//! The network's charter: what the start-up decides under purpose, goals,
//! success criteria and ground rules is offered at the end and kept with
//! the network; the evaluation returns to it.
// A test stops on a failed set-up: it may unwrap.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::live::draw;
use crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use runde::bundled::PLANS;
use runde::clock::FakeClock;
use runde::engine::{Msg, NewNote, NewSession, Session};
use runde::model::charter::{Charter, CharterPart};
use runde::model::plan::{NoteKind, StepPurpose};
use runde::model::{Network, Plan};
use runde::text::Lang;
use runde::ui::app::{App, Screen};
use runde::ui::screens::live::{LiveScreen, Outcome};
use runde::ui::style::Styles;

fn bundled(id: &str) -> Plan {
    let (_, src) = PLANS.iter().find(|(i, _)| *i == id).unwrap();
    ron::from_str(src).unwrap()
}

fn network() -> Network {
    Network::new(
        "Skoleledere Øst",
        &["Anne", "Bo", "Carla", "Dorte", "Erik", "Fatima"],
    )
}

fn decide(s: &mut Session, clock: &FakeClock, text: &str) {
    s.update(
        Msg::AddNote(NewNote {
            kind: NoteKind::Decision,
            text: text.into(),
            private: false,
            owner: None,
            due: None,
            about: runde::engine::About::Speaker,
        }),
        clock,
    );
}

fn to_step(s: &mut Session, clock: &FakeClock, purpose: StepPurpose) {
    while s.step().purpose != Some(purpose) {
        s.update(Msg::NextStep, clock);
    }
}

/// The screen's rows joined by single spaces, for text that wraps.
/// The screen's text as one line, without the borders of a box around it.
fn flat(screen: &str) -> String {
    screen
        .lines()
        .map(|l| l.trim_matches('"').trim().trim_matches('│').trim())
        .collect::<Vec<_>>()
        .join(" ")
}

fn key(app: &mut App, clock: &FakeClock, c: char) -> Vec<Outcome> {
    let event = Event::Key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE));
    app.handle_event(event, clock).0
}

/// A start-up meeting that decides a purpose, two success criteria and a
/// ground rule, on its last step.
fn startup_at_the_end(clock: &FakeClock) -> App {
    let mut s = Session::start(
        NewSession::with_everyone(bundled("startup"), network()),
        clock,
    );
    to_step(&mut s, clock, StepPurpose::Charter(CharterPart::Purpose));
    decide(
        &mut s,
        clock,
        "Et fortroligt rum, hvor vi bliver bedre ledere sammen",
    );
    to_step(
        &mut s,
        clock,
        StepPurpose::Charter(CharterPart::SuccessCriteria),
    );
    decide(&mut s, clock, "Alle har haft en sag inden sommerferien");
    decide(&mut s, clock, "Fremmødet er over 80 %");
    to_step(
        &mut s,
        clock,
        StepPurpose::Charter(CharterPart::GroundRules),
    );
    decide(&mut s, clock, "Det, der bliver sagt her, bliver her");
    while s.step_index() + 1 < s.record().plan.steps.len() {
        s.update(Msg::NextStep, clock);
    }
    App::new(
        Screen::Live(Box::new(LiveScreen::new(s, true))),
        Lang::Da,
        Styles::default(),
        true,
    )
}

#[test]
fn the_start_up_offers_its_decisions_as_the_charter_and_keeps_them_on_yes() {
    let clock = FakeClock::default();
    let mut app = startup_at_the_end(&clock);
    // → on the last step asks to finish, and says what the charter keeps.
    let event = Event::Key(KeyEvent::new(KeyCode::Right, KeyModifiers::NONE));
    app.handle_event(event, &clock);
    for size in [(80, 24), (120, 40)] {
        let screen = draw(&app, &clock, size);
        let flat = flat(&screen);
        assert!(flat.contains("Afslut mødet?"), "{screen}");
        assert!(flat.contains("j/Enter: ja"), "{screen}");
        assert!(
            flat.contains("Netværksaftalen gemmes hos netværket: 1 formål, 2 succeskriterier og 1 spilleregel."),
            "{screen}"
        );
    }
    let outcomes = key(&mut app, &clock, 'j');
    let agreed = outcomes
        .iter()
        .find_map(|o| match o {
            Outcome::AdoptCharter { network, agreed } => {
                Some((network.name.clone(), agreed.clone()))
            }
            _ => None,
        })
        .unwrap_or_else(|| panic!("no charter offered: {outcomes:?}"));
    assert_eq!(agreed.0, "Skoleledere Øst");
    assert_eq!(
        agreed.1.success_criteria,
        [
            "Alle har haft en sag inden sommerferien",
            "Fremmødet er over 80 %"
        ]
    );
    assert_eq!(agreed.1.counts(), [1, 0, 2, 1]);

    // The runtime keeps it with the network, and the screen says so.
    let (_home, store) = common::temp_store();
    store.save_network(&network()).unwrap();
    let kept = store.adopt_charter(&network(), &agreed.1).unwrap();
    app.live_mut()
        .unwrap()
        .charter_adopted(Ok(kept.charter.counts()));
    let screen = draw(&app, &clock, (120, 40));
    assert!(
        flat(&screen).contains("netværksaftalen er gemt hos netværket"),
        "{screen}"
    );
    let saved = store
        .networks()
        .items
        .into_iter()
        .find(|n| n.name == "Skoleledere Øst")
        .unwrap();
    assert_eq!(
        saved.charter.purpose,
        ["Et fortroligt rum, hvor vi bliver bedre ledere sammen"]
    );
}

#[test]
fn a_meeting_without_charter_steps_asks_only_to_finish() {
    let clock = FakeClock::default();
    let mut s = Session::start(
        NewSession::with_everyone(bundled("standard"), network()),
        &clock,
    );
    decide(&mut s, &clock, "Vi mødes hos Bo");
    while s.step_index() + 1 < s.record().plan.steps.len() {
        s.update(Msg::NextStep, &clock);
    }
    let mut app = App::new(
        Screen::Live(Box::new(LiveScreen::new(s, true))),
        Lang::Da,
        Styles::default(),
        true,
    );
    let event = Event::Key(KeyEvent::new(KeyCode::Right, KeyModifiers::NONE));
    app.handle_event(event, &clock);
    assert!(!draw(&app, &clock, (120, 40)).contains("Netværksaftalen"));
    let outcomes = key(&mut app, &clock, 'j');
    assert!(
        !outcomes
            .iter()
            .any(|o| matches!(o, Outcome::AdoptCharter { .. }))
    );
}

#[test]
fn an_unreadable_network_file_is_not_written_over() {
    let (_home, store) = common::temp_store();
    let path = store.network_path("Skoleledere Øst");
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(
        &path,
        "(version: 2, name: \"Skoleledere Øst\", participants: [",
    )
    .unwrap();
    let agreed = Charter {
        purpose: vec!["Formål".into()],
        ..Charter::default()
    };
    assert!(store.adopt_charter(&network(), &agreed).is_err());
    assert_eq!(
        std::fs::read_to_string(&path).unwrap(),
        "(version: 2, name: \"Skoleledere Øst\", participants: ["
    );
}

#[test]
fn the_evaluation_shows_the_success_criteria_as_agreed() {
    let clock = FakeClock::default();
    let mut net = network();
    net.charter.success_criteria = vec![
        "Alle har haft en sag inden sommerferien".into(),
        "Fremmødet er over 80 %".into(),
    ];
    let mut s = Session::start(
        NewSession::with_everyone(bundled("evaluation"), net),
        &clock,
    );
    to_step(
        &mut s,
        &clock,
        StepPurpose::Review(CharterPart::SuccessCriteria),
    );
    let app = App::new(
        Screen::Live(Box::new(LiveScreen::new(s, true))),
        Lang::Da,
        Styles::default(),
        true,
    );
    for size in [(80, 24), (120, 40)] {
        let screen = draw(&app, &clock, size);
        assert!(screen.contains("Succeskriterier som aftalt"), "{screen}");
        assert!(screen.contains("1. Alle har haft en sag"), "{screen}");
        assert!(screen.contains("2. Fremmødet er over 80 %"), "{screen}");
    }
}
