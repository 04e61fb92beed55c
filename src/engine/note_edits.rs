//! Notes corrected after they were taken: a new text, kind, owner, due
//! date or privacy for the same note (it keeps its number, when it was
//! taken, its step and whom it was about), or the note removed with a mark
//! that keeps a merge from bringing it back.

use super::NewNote;
use super::session::Session;
use crate::model::plan::NoteKind;
use crate::model::record::ActionStatus;
use crate::model::record::Stamp;
use crate::model::removed_note::{EditedNote, RemovedNote};

impl Session {
    /// Note `id` as `note` says; false when there is no such note, the
    /// text is empty, or nothing changed.
    pub(super) fn edit_note(&mut self, id: u32, note: NewNote, wall: Stamp) -> bool {
        let text = note.text.trim();
        if text.is_empty() {
            return false;
        }
        let Some(old) = self.record.notes.iter_mut().find(|n| n.id == id) else {
            return false;
        };
        let action = note.kind == NoteKind::Action;
        let mut new = old.clone();
        new.kind = note.kind;
        new.text = text.to_string();
        new.private = note.private;
        new.owner = note.owner.filter(|_| action);
        new.due = note.due.filter(|_| action);
        // An action keeps how it stands; a note that becomes one is open.
        new.status = match (action, old.status) {
            (true, Some(status)) => Some(status),
            (true, None) => Some(ActionStatus::Open),
            (false, _) => None,
        };
        // Whom it was about stays, for the kinds that keep one, unless
        // the facilitator cleared it.
        if !new.kind.keeps_speaker() || note.about == super::About::Nobody {
            new.participant = None;
        }
        if *old == new {
            return false;
        }
        *old = new;
        let (taken, private) = (old.at, old.private);
        self.record
            .edited_notes
            .retain(|e| !(e.id == id && e.at == taken));
        self.record.edited_notes.push(EditedNote {
            id,
            at: taken,
            edited: wall,
            private,
        });
        true
    }

    /// Removes note `id`, leaving the mark a merge heeds; false when there
    /// is no such note.
    pub(super) fn remove_note(&mut self, id: u32) -> bool {
        let Some(place) = self.record.notes.iter().position(|n| n.id == id) else {
            return false;
        };
        let note = self.record.notes.remove(place);
        self.record.removed_notes.push(RemovedNote::of(&note));
        true
    }
}
