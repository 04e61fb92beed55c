//! Notes corrected and deleted after they were taken (`I` on the live
//! screen): the same note changed in place, or gone with a mark.

use super::tests::*;
use super::*;
use crate::model::plan::NoteKind;
use crate::model::record::ActionStatus;

fn new(kind: NoteKind, text: &str) -> NewNote {
    NewNote {
        kind,
        text: text.into(),
        private: false,
        owner: None,
        due: None,
        about: About::Speaker,
    }
}

#[test]
fn a_corrected_note_keeps_its_number_time_step_and_speaker() {
    let (mut s, clock) = four();
    s.update(Msg::NextSpeaker, &clock);
    s.update(
        Msg::AddNote(new(NoteKind::Note, "Anne: travlt i uge 50")),
        &clock,
    );
    let before = s.record().notes[0].clone();
    assert_eq!(before.participant.as_deref(), Some("Anne"));
    clock.advance_secs(120);
    s.update(Msg::NextSpeaker, &clock);

    let fixed = new(NoteKind::Note, "Anne: travlt i uge 51");
    let effects = s.update(
        Msg::EditNote {
            id: before.id,
            note: fixed,
        },
        &clock,
    );
    assert_eq!(effects, vec![Effect::Save], "saved at once");
    let after = &s.record().notes[0];
    assert_eq!(after.text, "Anne: travlt i uge 51");
    assert_eq!(
        (after.id, after.at, after.step, after.participant.clone()),
        (
            before.id,
            before.at,
            before.step,
            before.participant.clone()
        )
    );
    assert_eq!(s.record().notes.len(), 1);
    // When it was corrected is kept, for a merge to keep the newer text.
    let edits = &s.record().edited_notes;
    assert_eq!(
        (edits.len(), edits[0].id, edits[0].at),
        (1, before.id, before.at)
    );

    // Nothing changed, an empty text or no such note: nothing to save.
    let same = new(NoteKind::Note, "Anne: travlt i uge 51");
    assert_eq!(
        s.update(
            Msg::EditNote {
                id: before.id,
                note: same
            },
            &clock
        ),
        vec![]
    );
    let empty = new(NoteKind::Note, "  ");
    assert_eq!(
        s.update(
            Msg::EditNote {
                id: before.id,
                note: empty
            },
            &clock
        ),
        vec![]
    );
    let other = new(NoteKind::Note, "x");
    assert_eq!(
        s.update(
            Msg::EditNote {
                id: 99,
                note: other
            },
            &clock
        ),
        vec![]
    );
}

#[test]
fn a_note_made_an_action_is_open_and_an_action_made_a_note_loses_owner_and_date() {
    let (mut s, clock) = four();
    s.update(Msg::AddNote(new(NoteKind::Note, "Send skabelonen")), &clock);
    let id = s.record().notes[0].id;
    let mut action = new(NoteKind::Action, "Send skabelonen");
    action.owner = Some("Bo".into());
    action.due = chrono::NaiveDate::from_ymd_opt(2026, 12, 15);
    s.update(Msg::EditNote { id, note: action }, &clock);
    let note = &s.record().notes[0];
    assert_eq!(note.status, Some(ActionStatus::Open));
    assert_eq!(note.owner.as_deref(), Some("Bo"));

    s.update(
        Msg::EditNote {
            id,
            note: new(NoteKind::Decision, "Vi sender skabelonen"),
        },
        &clock,
    );
    let note = &s.record().notes[0];
    assert_eq!(
        (note.status, note.owner.clone(), note.due),
        (None, None, None)
    );
}

#[test]
fn a_deleted_note_is_gone_leaves_a_mark_and_its_number_is_not_given_again() {
    let (mut s, clock) = four();
    s.update(Msg::AddNote(new(NoteKind::Note, "N1")), &clock);
    s.update(
        Msg::AddNote(new(NoteKind::Note, "Skrevet ved en fejl")),
        &clock,
    );
    let gone = s.record().notes[1].clone();
    assert_eq!(
        s.update(Msg::RemoveNote(gone.id), &clock),
        vec![Effect::Save]
    );
    assert_eq!(s.record().notes.len(), 1);
    assert_eq!(s.record().removed_notes.len(), 1);
    assert!(s.record().removed_notes[0].is(&gone));
    assert_eq!(s.update(Msg::RemoveNote(gone.id), &clock), vec![]);

    s.update(Msg::AddNote(new(NoteKind::Note, "N3")), &clock);
    assert_eq!(s.record().notes[1].id, gone.id + 1);
}

#[test]
fn notes_can_be_corrected_and_deleted_after_the_meeting_ended() {
    let (mut s, clock) = four();
    s.update(Msg::AddNote(new(NoteKind::Note, "N1")), &clock);
    s.update(Msg::AddNote(new(NoteKind::Note, "N2")), &clock);
    for _ in 0..4 {
        s.update(Msg::NextStep, &clock);
    }
    s.update(Msg::Finish, &clock);
    assert!(s.is_finished());
    let (first, second) = (s.record().notes[0].id, s.record().notes[1].id);
    let effects = s.update(
        Msg::EditNote {
            id: first,
            note: new(NoteKind::Note, "N1 rettet"),
        },
        &clock,
    );
    assert_eq!(effects, vec![Effect::Save]);
    assert_eq!(
        s.update(Msg::RemoveNote(second), &clock),
        vec![Effect::Save]
    );
    let texts: Vec<&str> = s.record().notes.iter().map(|n| n.text.as_str()).collect();
    assert_eq!(texts, ["N1 rettet"]);
}
