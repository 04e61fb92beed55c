//! Today's notes corrected on the live screen (`I`): the list, Enter to
//! edit in the note input, `x` to delete after a question; each change
//! saved at once, and the minutes show the corrected note only.
// A test stops on a failed set-up: it may unwrap.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::live::{check_in, ctrl, draw, key, live, live_app, send};
use crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use runde::clock::FakeClock;
use runde::engine::{Msg, NewNote};
use runde::model::plan::NoteKind;
use runde::text::Lang;
use runde::ui::app::App;

const LANGS: [Lang; 2] = [Lang::Da, Lang::En];
const SIZES: [(u16, u16); 2] = [(80, 24), (120, 40)];

fn note(kind: NoteKind, text: &str) -> Msg {
    Msg::AddNote(NewNote {
        kind,
        text: text.into(),
        private: false,
        owner: None,
        due: None,
        about: runde::engine::About::Speaker,
    })
}

/// The check-in with three notes taken, the last an action for Bo.
fn with_notes(clock: &FakeClock, lang: Lang) -> App {
    let mut s = check_in(clock, 20);
    send(
        &mut s,
        clock,
        &[
            note(NoteKind::Note, "Anne: travlt med budgettet i uge 50"),
            note(NoteKind::Decision, "Vi mødes hos Bo i januar"),
            Msg::AddNote(NewNote {
                kind: NoteKind::Action,
                text: "Send skabelonen til alle".into(),
                private: false,
                owner: Some("Bo".into()),
                due: chrono::NaiveDate::from_ymd_opt(2026, 12, 18),
                about: runde::engine::About::Speaker,
            }),
        ],
    );
    live_app(s, lang)
}

fn typed(app: &mut App, clock: &FakeClock, text: &str) {
    for c in text.chars() {
        key(app, clock, KeyCode::Char(c));
    }
}

fn last_note(app: &mut App) -> runde::model::record::Note {
    live(app).session.record().notes.last().cloned().unwrap()
}

fn texts(app: &mut App) -> Vec<String> {
    live(app)
        .session
        .record()
        .notes
        .iter()
        .map(|n| n.text.clone())
        .collect()
}

#[test]
fn a_note_is_corrected_in_the_note_input_and_saved_at_once() {
    let clock = FakeClock::default();
    let mut app = with_notes(&clock, Lang::Da);
    key(&mut app, &clock, KeyCode::Char('I'));
    let list = draw(&app, &clock, (80, 24));
    assert!(list.contains("Dagens noter (3/3)"), "{list}");
    key(&mut app, &clock, KeyCode::Up);
    key(&mut app, &clock, KeyCode::Up);
    key(&mut app, &clock, KeyCode::Enter);
    let input = draw(&app, &clock, (80, 24));
    assert!(input.contains("Ret note"), "{input}");
    assert!(input.contains("budgettet i uge 50"), "{input}");
    // Back a word, and type the right week.
    key(&mut app, &clock, KeyCode::Backspace);
    key(&mut app, &clock, KeyCode::Backspace);
    typed(&mut app, &clock, "51");
    let outcomes = app.handle_event(
        Event::Key(KeyEvent::new(KeyCode::Enter, KeyModifiers::NONE)),
        &clock,
    );
    assert!(
        outcomes
            .0
            .contains(&runde::ui::screens::live::Outcome::Save),
        "saved at once: {outcomes:?}"
    );
    assert_eq!(
        texts(&mut app),
        [
            "Anne: travlt med budgettet i uge 51",
            "Vi mødes hos Bo i januar",
            "Send skabelonen til alle"
        ]
    );
    // Back in the list, on the note corrected, and the screen says so.
    let list = draw(&app, &clock, (80, 24));
    assert!(list.contains("Dagens noter (1/3)"), "{list}");
    key(&mut app, &clock, KeyCode::Esc);
    let screen = draw(&app, &clock, (80, 24));
    assert!(screen.contains("Noten er rettet"), "{screen}");
}

#[test]
fn an_action_keeps_its_owner_and_date_through_a_correction() {
    let clock = FakeClock::default();
    let mut app = with_notes(&clock, Lang::En);
    key(&mut app, &clock, KeyCode::Char('I'));
    key(&mut app, &clock, KeyCode::Enter);
    let input = draw(&app, &clock, (120, 40));
    assert!(input.contains("@Bo !18/12/2026"), "{input}");
    key(&mut app, &clock, KeyCode::Home);
    typed(&mut app, &clock, "Bo: ");
    key(&mut app, &clock, KeyCode::Enter);
    let action = live(&mut app).session.record().notes[2].clone();
    assert_eq!(action.text, "Bo: Send skabelonen til alle");
    assert_eq!(action.owner.as_deref(), Some("Bo"));
    assert_eq!(action.due, chrono::NaiveDate::from_ymd_opt(2026, 12, 18));
    // Made private on the way: Ctrl-p in the same input.
    key(&mut app, &clock, KeyCode::Enter);
    ctrl(&mut app, &clock, 'p');
    key(&mut app, &clock, KeyCode::Enter);
    assert!(live(&mut app).session.record().notes[2].private);
}

#[test]
fn a_note_is_deleted_only_after_the_question() {
    let clock = FakeClock::default();
    let mut app = with_notes(&clock, Lang::Da);
    key(&mut app, &clock, KeyCode::Char('I'));
    key(&mut app, &clock, KeyCode::Up);
    key(&mut app, &clock, KeyCode::Char('x'));
    let asked = draw(&app, &clock, (80, 24));
    assert!(
        asked.contains("Slet noten »Vi mødes hos Bo i januar«?"),
        "{asked}"
    );
    // Any other key: no, and back in the list.
    key(&mut app, &clock, KeyCode::Char('n'));
    assert_eq!(texts(&mut app).len(), 3);
    assert!(draw(&app, &clock, (80, 24)).contains("Dagens noter (2/3)"));
    key(&mut app, &clock, KeyCode::Char('x'));
    key(&mut app, &clock, KeyCode::Char('j'));
    assert_eq!(
        texts(&mut app),
        [
            "Anne: travlt med budgettet i uge 50",
            "Send skabelonen til alle"
        ]
    );
    let record = live(&mut app).session.record().clone();
    assert_eq!(record.removed_notes.len(), 1);
    // The minutes show what is left, and nothing of what was deleted.
    let minutes = runde::export::markdown::minutes(
        &record,
        &[],
        &runde::export::MinutesOptions::new(Lang::Da),
    );
    assert!(!minutes.contains("Vi mødes hos Bo"), "{minutes}");
    assert!(minutes.contains("Send skabelonen til alle"), "{minutes}");
    let screen = draw(&app, &clock, (80, 24));
    assert!(screen.contains("Dagens noter (2/2)"), "{screen}");
    key(&mut app, &clock, KeyCode::Esc);
    assert!(draw(&app, &clock, (80, 24)).contains("Noten er slettet"));
}

#[test]
fn the_owner_chosen_is_the_owner_saved() {
    let clock = FakeClock::default();
    let mut app = with_notes(&clock, Lang::Da);
    key(&mut app, &clock, KeyCode::Char('i'));
    for _ in 0..5 {
        if draw(&app, &clock, (80, 24)).contains("[aftale]") {
            break;
        }
        key(&mut app, &clock, KeyCode::Tab);
    }
    typed(&mut app, &clock, "Book lokalet @Kirsten");
    key(&mut app, &clock, KeyCode::Enter);
    assert!(draw(&app, &clock, (80, 24)).contains("Hvem er ansvarlig?"));
    key(&mut app, &clock, KeyCode::Down);
    key(&mut app, &clock, KeyCode::Enter);
    let note = last_note(&mut app);
    assert_eq!(note.text, "Book lokalet");
    assert_eq!(note.owner.as_deref(), Some("Bo"));
}

#[test]
fn a_note_cleared_of_its_speaker_is_about_nobody() {
    let clock = FakeClock::default();
    let mut app = with_notes(&clock, Lang::Da);
    key(&mut app, &clock, KeyCode::Char('i'));
    typed(&mut app, &clock, "Gruppen vil tale om sygefravær");
    // A parked topic (the frozen plan's check-in opens with one): its
    // speaker raised it.
    assert!(draw(&app, &clock, (80, 24)).contains("foreslået af: Anne"));
    ctrl(&mut app, &clock, 'x');
    assert!(draw(&app, &clock, (80, 24)).contains("foreslået af: ingen"));
    key(&mut app, &clock, KeyCode::Enter);
    let note = last_note(&mut app);
    assert_eq!(note.text, "Gruppen vil tale om sygefravær");
    assert_eq!(note.participant, None, "not credited to Anne");
}

#[test]
fn snapshots_of_the_list_the_edit_and_the_question() {
    type Open = fn(&mut App, &FakeClock);
    let states: [(&str, Open); 7] = [
        // An owner nobody in the network has: Enter asks who it is.
        ("owner_choice", |a, c| {
            key(a, c, KeyCode::Char('I'));
            key(a, c, KeyCode::Enter);
            ctrl(a, c, 'u');
            typed(a, c, "Book lokalet @Kirsten");
            key(a, c, KeyCode::Enter);
        }),
        // A note during Anne's turn says it is about her, and how to clear it.
        ("note_about", |a, c| {
            key(a, c, KeyCode::Char('i'));
            typed(a, c, "Travlt med budgettet");
        }),
        ("note_long", |a, c| {
            key(a, c, KeyCode::Char('i'));
            typed(
                a,
                c,
                "Anne fortæller om et forløb med en medarbejder, der har været sygemeldt i tre måneder, og om hvordan hun har holdt kontakten uden at presse, og hvad hun vil spørge gruppen om",
            );
        }),
        ("note_discard", |a, c| {
            key(a, c, KeyCode::Char('i'));
            typed(a, c, "Halvskrevet");
            key(a, c, KeyCode::Esc);
        }),
        ("notes_list", |a, c| {
            key(a, c, KeyCode::Char('I'));
            key(a, c, KeyCode::Up);
        }),
        ("notes_edit", |a, c| {
            key(a, c, KeyCode::Char('I'));
            key(a, c, KeyCode::Enter);
        }),
        ("notes_delete", |a, c| {
            key(a, c, KeyCode::Char('I'));
            key(a, c, KeyCode::Char('x'));
        }),
    ];
    for (name, open) in states {
        for lang in LANGS {
            for size in SIZES {
                let clock = FakeClock::default();
                let mut app = with_notes(&clock, lang);
                open(&mut app, &clock);
                let screen = draw(&app, &clock, size);
                let snap = format!("{name}_{}x{}_{}", size.0, size.1, lang.code());
                insta::assert_snapshot!(snap, screen);
            }
        }
    }
}
