//! A note taken out of a record on purpose (`x` in today's notes): what is
//! left of it is when it was taken and its number, so that a copy of the
//! record that still has the note (another window, a sync service's
//! conflict copy, the other laptop) cannot bring it back in a merge. Its
//! text is gone: a note deleted is deleted, also from the file.

use super::record::{Note, Stamp};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RemovedNote {
    pub id: u32,
    /// When the note was taken (not when it was removed).
    pub at: Stamp,
    /// It was private: its mark stays on this machine with the private
    /// notes, and never goes into a shared folder.
    #[serde(default)]
    pub private: bool,
}

impl RemovedNote {
    pub fn of(note: &Note) -> RemovedNote {
        RemovedNote {
            id: note.id,
            at: note.at,
            private: note.private,
        }
    }

    /// `note` is the one removed (a merge may renumber a note, never move
    /// when it was taken).
    pub fn is(&self, note: &Note) -> bool {
        self.id == note.id && self.at == note.at
    }
}

/// Whether any of `removed` is `note`.
pub fn is_removed(removed: &[RemovedNote], note: &Note) -> bool {
    removed.iter().any(|r| r.is(note))
}

/// A note corrected on purpose (`I`, Enter): its number, when it was taken,
/// and when it was last corrected, so that a merge keeps the version
/// changed last, whichever copy was saved later. No text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EditedNote {
    pub id: u32,
    pub at: Stamp,
    pub edited: Stamp,
    /// It is private: its mark stays with the private notes.
    #[serde(default)]
    pub private: bool,
}

/// When `note` was last corrected, as `edits` say (none: never).
pub fn edited_at(edits: &[EditedNote], note: &Note) -> Option<Stamp> {
    edits
        .iter()
        .filter(|e| e.id == note.id && e.at == note.at)
        .map(|e| e.edited)
        .max()
}
