//! The rows under the live screen's timer at 80x24, as a facilitator trial
//! saw them: at »Siden sidst« with many open actions and at »Aftaler og
//! næste møde« the guidance shows its first lines (not only a pointer to
//! g), the notes' title never sits alone on the last row, and a step that
//! shows some of the day's notes says how many there are in all.
// A test stops on a failed set-up: it may unwrap.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::standard_plan as standard;
use runde::clock::FakeClock;
use runde::engine::{About, Msg, NewNote, NewSession, Session};
use runde::model::Network;
use runde::model::plan::{NoteKind, StepPurpose};
use runde::store::{Paths, Store};
use runde::text::Lang;
use runde::ui::popup::Popups;
use runde::ui::screens::ScreenView;
use runde::ui::screens::live::LiveScreen;

const NAMES: [&str; 6] = [
    "Anne Ali",
    "Gustav Møller",
    "Ørjan Møller",
    "Ørjan Skov",
    "Ulla Lund",
    "Ulla Ali",
];

fn network() -> Network {
    Network::new("Sundhedsledere Nord 1", &NAMES)
}

fn note(kind: NoteKind, text: &str, owner: Option<&str>) -> Msg {
    Msg::AddNote(NewNote {
        kind,
        text: text.into(),
        private: false,
        owner: owner.map(str::to_string),
        due: None,
        about: About::Speaker,
    })
}

/// A meeting after one that left twelve actions open, with a note taken
/// at check-in, moved on to the step with `purpose`.
fn meeting_at(purpose: StepPurpose) -> (tempfile::TempDir, LiveScreen) {
    let home = tempfile::tempdir().unwrap();
    let store = Store::new(Paths::under(home.path()));
    let before = FakeClock::at("2026-10-01T09:00:00+02:00");
    let mut first = Session::start(NewSession::with_everyone(standard(), network()), &before);
    for i in 0..12 {
        let owner = NAMES[i % NAMES.len()];
        let text = format!("Ulla tager op igen: netværkets skema for sygefravær, del {i}");
        first.update(note(NoteKind::Action, &text, Some(owner)), &before);
    }
    first.update(Msg::Finish, &before);
    store.save_record(first.record()).unwrap();
    let clock = FakeClock::default();
    let mut session = Session::start(NewSession::with_everyone(standard(), network()), &clock);
    session.update(Msg::NextStep, &clock);
    session.update(
        note(NoteKind::Parked, "Bo har travlt med budgettet", None),
        &clock,
    );
    let mut live = LiveScreen::new(session, true);
    live.open_actions = store.lookup().network_actions("Sundhedsledere Nord 1");
    live.next_past = Some(Vec::new());
    while live.session.step().purpose != Some(purpose) {
        live.move_on(&clock, &mut Popups::default());
    }
    (home, live)
}

fn draw(live: &LiveScreen, lang: Lang, size: (u16, u16)) -> String {
    common::screen::draw(lang, size, |area, buf, ctx| live.render(area, buf, ctx))
}

/// The screen's rows without the quotes the test terminal puts round them.
fn rows(screen: &str) -> Vec<String> {
    screen
        .lines()
        .map(|row| row.trim_matches('"').to_string())
        .collect()
}

/// The first words of the step's guidance in `lang`.
fn first_words(live: &LiveScreen, lang: Lang) -> String {
    let guidance = live.session.step().guidance.get(lang);
    guidance
        .split_whitespace()
        .take(4)
        .collect::<Vec<_>>()
        .join(" ")
}

#[test]
fn since_last_time_shows_the_guidance_s_first_lines_and_a_note_row() {
    let (_home, live) = meeting_at(StepPurpose::SinceLastTime);
    for lang in [Lang::Da, Lang::En] {
        for size in [(80, 24), (120, 40)] {
            let screen = draw(&live, lang, size);
            assert!(
                screen.contains(&first_words(&live, lang)),
                "what to do shows:\n{screen}"
            );
            let (here, none) = match lang {
                Lang::Da => ("Noter (0) · 1 i dag", "Ingen i dette punkt endnu"),
                Lang::En => ("Notes (0) · 1 today", "None in this step yet"),
            };
            assert!(screen.contains(here), "{screen}");
            assert!(screen.contains(none), "{screen}");
            insta::assert_snapshot!(
                format!("since_last_time_{}x{}_{}", size.0, size.1, lang.code()),
                screen
            );
        }
    }
}

#[test]
fn the_next_meeting_step_shows_the_guidance_s_first_line_every_field_and_the_notes() {
    let (_home, live) = meeting_at(StepPurpose::NextMeeting);
    for lang in [Lang::Da, Lang::En] {
        for size in [(80, 24), (120, 40)] {
            let screen = draw(&live, lang, size);
            assert!(
                screen.contains(&first_words(&live, lang)),
                "what to do shows:\n{screen}"
            );
            assert!(screen.contains(" e "), "the way to edit:\n{screen}");
            insta::assert_snapshot!(
                format!("next_meeting_{}x{}_{}", size.0, size.1, lang.code()),
                screen
            );
        }
    }
}

/// On every step of the standard plan, at 80x24: the notes' title has a
/// row under it, and guidance that is cut says g shows it.
#[test]
fn no_step_leaves_the_notes_title_alone_on_the_last_row() {
    for lang in [Lang::Da, Lang::En] {
        let (_home, mut live) = meeting_at(StepPurpose::SinceLastTime);
        let clock = FakeClock::default();
        let mut seen = std::collections::HashSet::new();
        while seen.insert((live.session.step_index(), live.session.phase_index())) {
            let screen = rows(&draw(&live, lang, (80, 24)));
            // The body ends above the status line and the keys' rows.
            let title = match lang {
                Lang::Da => "Noter",
                Lang::En => "Notes",
            };
            let at = screen
                .iter()
                .rposition(|r| r.contains(&format!(" {title}")))
                .unwrap_or_else(|| panic!("no notes box:\n{}", screen.join("\n")));
            let under = &screen[at + 1];
            assert!(
                under
                    .split_once(['│', '┐'])
                    .is_some_and(|(_, r)| !r.trim().is_empty()),
                "step {}: nothing under the notes' title:\n{}",
                live.session.step_index(),
                screen.join("\n")
            );
            live.move_on(&clock, &mut Popups::default());
        }
    }
}
