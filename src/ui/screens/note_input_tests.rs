use super::*;
use crossterm::event::{KeyCode, KeyModifiers};

fn day() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 23).unwrap()
}

fn typed(kind: NoteKind, text: &str) -> NoteInput {
    let names = vec!["Anne".to_string(), "Bo Ørum".to_string()];
    let mut input = NoteInput::new(kind, false, names, day());
    for c in text.chars() {
        press(&mut input, KeyCode::Char(c));
    }
    input
}

#[test]
fn an_action_takes_its_due_date_and_owner_out_of_the_text() {
    let mut input = typed(NoteKind::Action, "Send planen til bestyrelsen !15.12 @bo");
    assert_eq!(input.read().problem, None);
    match press(&mut input, KeyCode::Enter) {
        InputOutcome::Done(note) => {
            assert_eq!(note.text, "Send planen til bestyrelsen");
            assert_eq!(note.owner.as_deref(), Some("Bo Ørum"));
            assert_eq!(note.due, NaiveDate::from_ymd_opt(2026, 12, 15));
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn a_bad_date_stays_in_the_text_and_the_input_says_why() {
    let mut input = typed(NoteKind::Action, "Ring til Anne !31/2");
    assert_eq!(
        input.read().problem,
        Some(DueProblem::NotADate("!31/2".into()))
    );
    match press(&mut input, KeyCode::Enter) {
        InputOutcome::Done(note) => {
            assert_eq!(note.text, "Ring til Anne !31/2");
            assert_eq!(note.due, None);
        }
        other => panic!("{other:?}"),
    }
    // A note that is not an action keeps its "!" as it was.
    let input = typed(NoteKind::Note, "Husk !15/12");
    assert_eq!(input.read().text, "Husk !15/12");
    assert_eq!(input.read().due, None);
}

#[test]
fn a_mention_of_the_first_words_of_a_name_leaves_the_text() {
    let names = vec!["Hans Peter Nielsen".to_string(), "Bo Ørum".to_string()];
    let mut input = NoteInput::new(NoteKind::Action, false, names, day());
    for c in "Send skema til forvaltningen @Hans Peter !15/12".chars() {
        press(&mut input, KeyCode::Char(c));
    }
    match press(&mut input, KeyCode::Enter) {
        InputOutcome::Done(note) => {
            assert_eq!(note.text, "Send skema til forvaltningen");
            assert_eq!(note.owner.as_deref(), Some("Hans Peter Nielsen"));
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn a_shared_first_name_asks_which_one() {
    let names = vec!["Anne Holm".to_string(), "Anne Lund".to_string()];
    let mut input = NoteInput::new(NoteKind::Action, false, names, day());
    for c in "Ring til kommunen @Anne".chars() {
        press(&mut input, KeyCode::Char(c));
    }
    let read = input.read();
    assert_eq!(read.owner, None);
    let which = read.which.unwrap_or_default();
    assert_eq!(
        which_line(&which, Lang::Da),
        "Anne Holm eller Anne Lund? Skriv mere af navnet efter @, eller vælg med Enter"
    );
    assert_eq!(
        which_line(&which, Lang::En),
        "Anne Holm or Anne Lund? Type more of the name after @, or choose with Enter"
    );
    let three = ["A".to_string(), "B".to_string(), "C".to_string()];
    assert!(which_line(&three, Lang::En).starts_with("A, B or C?"));
    for c in " L".chars() {
        press(&mut input, KeyCode::Char(c));
    }
    // "@Anne L" is still Anne Holm or Anne Lund ("L" is not a word of
    // either); "@Anne Lund" is one.
    for c in "und".chars() {
        press(&mut input, KeyCode::Char(c));
    }
    assert_eq!(input.owner().as_deref(), Some("Anne Lund"));
}

fn press(input: &mut NoteInput, code: KeyCode) -> InputOutcome<NewNote> {
    input.handle(KeyEvent::new(code, KeyModifiers::NONE))
}

#[test]
fn types_danish_cycles_kind_and_saves_with_owner() {
    let names = vec!["Anne".to_string(), "Bo Ørum".to_string()];
    let mut input = NoteInput::new(NoteKind::Note, false, names, day());
    for c in "Bo: ring til Ærø @bo".chars() {
        press(&mut input, KeyCode::Char(c));
    }
    press(&mut input, KeyCode::Tab);
    press(&mut input, KeyCode::Tab);
    assert_eq!(input.kind, NoteKind::Action);
    match press(&mut input, KeyCode::Enter) {
        InputOutcome::Done(note) => {
            assert_eq!(note.text, "Bo: ring til Ærø");
            assert_eq!(note.owner.as_deref(), Some("Bo Ørum"));
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn an_owner_that_fits_several_is_chosen_never_guessed() {
    let names = vec![
        "Anne Holm".to_string(),
        "Anne Lund".to_string(),
        "Bo".to_string(),
    ];
    let mut input = NoteInput::new(NoteKind::Action, false, names, day());
    for c in "Ring til kommunen @Anne !15/12".chars() {
        press(&mut input, KeyCode::Char(c));
    }
    assert_eq!(
        press(&mut input, KeyCode::Enter),
        InputOutcome::Editing,
        "not saved"
    );
    let choice = input.choosing.clone().expect("a choice");
    assert_eq!(choice.candidates, ["Anne Holm", "Anne Lund"]);
    press(&mut input, KeyCode::Down);
    match press(&mut input, KeyCode::Enter) {
        InputOutcome::Done(note) => {
            assert_eq!(note.owner.as_deref(), Some("Anne Lund"));
            assert_eq!(note.text, "Ring til kommunen");
            assert_eq!(note.due, NaiveDate::from_ymd_opt(2026, 12, 15));
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn an_owner_that_fits_nobody_is_chosen_or_left_out_on_purpose() {
    let names = vec!["Anne".to_string(), "Bo".to_string()];
    let mut input = NoteInput::new(NoteKind::Action, false, names, day());
    for c in "Book lokalet @Kirsten".chars() {
        press(&mut input, KeyCode::Char(c));
    }
    assert_eq!(input.read().unknown.as_deref(), Some("Kirsten"));
    assert_eq!(press(&mut input, KeyCode::Enter), InputOutcome::Editing);
    assert_eq!(input.choosing.as_ref().map(|c| c.candidates.len()), Some(2));
    // Esc: back to the text, to write the name again.
    assert_eq!(press(&mut input, KeyCode::Esc), InputOutcome::Editing);
    assert!(input.choosing.is_none());
    assert_eq!(input.text(), "Book lokalet @Kirsten");
    press(&mut input, KeyCode::Enter);
    press(&mut input, KeyCode::Down);
    press(&mut input, KeyCode::Down);
    press(&mut input, KeyCode::Down);
    match press(&mut input, KeyCode::Enter) {
        InputOutcome::Done(note) => {
            assert_eq!(note.owner, None, "no owner, on purpose");
            assert_eq!(note.text, "Book lokalet @Kirsten", "as typed");
        }
        other => panic!("{other:?}"),
    }
    // An e-mail address is no mention.
    let mut mail = NoteInput::new(NoteKind::Action, false, vec![], day());
    for c in "Skriv til bo@skole.dk".chars() {
        press(&mut mail, KeyCode::Char(c));
    }
    assert!(matches!(
        press(&mut mail, KeyCode::Enter),
        InputOutcome::Done(_)
    ));
}

#[test]
fn esc_with_text_asks_before_the_text_is_thrown_away() {
    let mut input = typed(NoteKind::Note, "Halvskrevet note");
    assert_eq!(press(&mut input, KeyCode::Esc), InputOutcome::Editing);
    // The live screen asks, on the popup layer over the input.
    assert!(input.take_discard(), "Esc asks");
    assert!(!input.discard_asked(), "once");
    assert_eq!(input.text(), "Halvskrevet note");
    // Nothing typed: Esc closes at once.
    let mut empty = typed(NoteKind::Note, "");
    assert_eq!(press(&mut empty, KeyCode::Esc), InputOutcome::Cancelled);
}

#[test]
fn a_correction_left_unchanged_closes_without_asking() {
    let note = crate::model::record::Note {
        id: 4,
        kind: NoteKind::Note,
        text: "Bo har ferie i uge 7".into(),
        at: chrono::DateTime::parse_from_rfc3339("2026-11-23T09:10:00+01:00").unwrap(),
        step: 1,
        participant: Some("Bo Ørum".into()),
        owner: None,
        due: None,
        private: false,
        status: None,
    };
    let names = vec!["Bo Ørum".to_string()];
    let mut input = NoteInput::editing(&note, names, day());
    assert_eq!(input.about_whom(), Some("Bo Ørum"));
    assert_eq!(press(&mut input, KeyCode::Esc), InputOutcome::Cancelled);
    let mut input = NoteInput::editing(&note, vec![], day());
    press(&mut input, KeyCode::Char('!'));
    assert_eq!(press(&mut input, KeyCode::Esc), InputOutcome::Editing);
    assert!(input.discard_asked());
}

#[test]
fn the_speaker_is_shown_and_ctrl_x_clears_it() {
    let mut input = typed(NoteKind::Note, "").during(Some("Anne"));
    for c in "Travlt i uge 50".chars() {
        press(&mut input, KeyCode::Char(c));
    }
    assert_eq!(input.about_whom(), Some("Anne"));
    input.handle(KeyEvent::new(KeyCode::Char('x'), KeyModifiers::CONTROL));
    assert_eq!(input.about_whom(), None);
    assert_eq!(input.note().about, About::Nobody);
    // An action is the group's: it is about no speaker anyway.
    let action = typed(NoteKind::Action, "Ring").during(Some("Anne"));
    assert_eq!(action.about_whom(), None);
}

#[test]
fn a_long_note_wraps_over_more_rows_up_to_four() {
    let short = typed(NoteKind::Note, "Kort");
    let long = typed(NoteKind::Note, &"langt ord ".repeat(20));
    let very = typed(NoteKind::Note, &"langt ord ".repeat(60));
    assert_eq!(short.rows(80), 5, "two rows for the text at least");
    assert_eq!(long.rows(80), 6, "200 columns over 78");
    assert_eq!(very.rows(80), 7, "then it scrolls");
}

#[test]
fn only_an_action_takes_the_mention_out() {
    let names = vec!["Bo".to_string()];
    let mut input = NoteInput::new(NoteKind::Note, false, names, day());
    for c in "Spørg @Bo".chars() {
        press(&mut input, KeyCode::Char(c));
    }
    match press(&mut input, KeyCode::Enter) {
        InputOutcome::Done(note) => {
            assert_eq!(note.text, "Spørg @Bo");
            assert_eq!(note.owner, None);
        }
        other => panic!("{other:?}"),
    }
}
