//! Two copies of one record made one, losing nothing written down in
//! either: what a runde finds on disk when the file changed under it, and
//! what a sync service leaves as a conflict copy.
//!
//! Notes of both copies are kept, except a note either copy removed on
//! purpose (its mark is kept too); follow-ups and role changes of both are kept; where the
//! meeting stands (step logs, timers, the live cursor, attendance, roles,
//! status) comes from the copy saved later.

use super::record::{FollowUp, Note, Record};
use super::removed_note::{edited_at, is_removed};
use std::collections::BTreeSet;

/// `a` and `b`, two copies of one record, as one. The copy saved later
/// (its live cursor's `saved_at`; `b` on a tie) gives where the meeting
/// stands; every note and follow-up of either copy is kept.
///
/// Two runde that each added a note on their own may have given different
/// notes the same number: the later copy's note keeps it, the other gets
/// the next free one, so no note hides another.
pub fn merge(a: &Record, b: &Record) -> Record {
    let (earlier, later) = if a.live.saved_at > b.live.saved_at {
        (b, a)
    } else {
        (a, b)
    };
    let mut merged = later.clone();
    for r in &earlier.removed_notes {
        if !merged.removed_notes.contains(r) {
            merged.removed_notes.push(r.clone());
        }
    }
    merged.notes = merge_notes(&later.notes, &earlier.notes)
        .into_iter()
        .filter(|n| !is_removed(&merged.removed_notes, n))
        .map(|n| corrected_last(n, later, earlier))
        .collect();
    for e in &earlier.edited_notes {
        match merged
            .edited_notes
            .iter_mut()
            .find(|m| m.id == e.id && m.at == e.at)
        {
            Some(m) if m.edited < e.edited => *m = e.clone(),
            Some(_) => {}
            None => merged.edited_notes.push(e.clone()),
        }
    }
    merged.follow_ups = merge_follow_ups(&later.follow_ups, &earlier.follow_ups);
    for o in &earlier.rotation_overrides {
        if !merged.rotation_overrides.contains(o) {
            merged.rotation_overrides.push(o.clone());
        }
    }
    merged.rotation_overrides.sort_by_key(|o| o.at);
    // A score given in one copy only is kept; both copies' score for the
    // same member: the later copy's.
    for score in &earlier.scores {
        if !merged
            .scores
            .iter()
            .any(|s| crate::names::same(&s.participant, &score.participant))
        {
            merged.scores.push(score.clone());
        }
    }
    for bid in &earlier.urgent_bids {
        if !merged.urgent_bids.contains(bid) {
            merged.urgent_bids.push(bid.clone());
        }
    }
    merged
}

/// `note` (the later copy's version) or the earlier copy's version of it,
/// whichever was corrected last: a copy saved later with the old text
/// never undoes a correction.
fn corrected_last(note: Note, later: &Record, earlier: &Record) -> Note {
    let Some(theirs) = earlier
        .notes
        .iter()
        .find(|e| e.id == note.id && e.at == note.at && **e != note)
    else {
        return note;
    };
    let mine = edited_at(&later.edited_notes, &note);
    match (mine, edited_at(&earlier.edited_notes, theirs)) {
        (Some(m), Some(o)) if o > m => theirs.clone(),
        (None, Some(_)) => theirs.clone(),
        _ => note,
    }
}

/// The notes of `ours` that `theirs` does not have (and did not remove on
/// purpose).
pub fn notes_missing<'a>(ours: &'a Record, theirs: &Record) -> Vec<&'a Note> {
    ours.notes
        .iter()
        .filter(|n| !theirs.notes.iter().any(|t| same_note(n, t)))
        .filter(|n| !is_removed(&theirs.removed_notes, n))
        .collect()
}

/// One note in two copies: taken at the same moment, with the same number
/// or the same text. A correction changes the text, never when the note was
/// taken; a merge may give it a new number, never a new text. (A note both
/// corrected and renumbered in different copies is kept twice: never lost.)
fn same_note(a: &Note, b: &Note) -> bool {
    a.at == b.at && (a.id == b.id || a.text == b.text)
}

/// Every note of both, the later copy's version where both have one, in
/// the order they were taken. The later copy's notes keep their numbers;
/// a note only the earlier copy has gets a new one if its number is taken.
fn merge_notes(later: &[Note], earlier: &[Note]) -> Vec<Note> {
    let extra: Vec<&Note> = earlier
        .iter()
        .filter(|e| !later.iter().any(|n| same_note(n, e)))
        .collect();
    let mut taken: BTreeSet<u32> = later.iter().map(|n| n.id).collect();
    let mut next = taken
        .iter()
        .copied()
        .chain(extra.iter().map(|n| n.id))
        .max()
        .unwrap_or(0);
    let mut notes: Vec<Note> = later.to_vec();
    for note in extra {
        let mut note = note.clone();
        if !taken.insert(note.id) {
            next += 1;
            note.id = next;
            taken.insert(next);
        }
        notes.push(note);
    }
    notes.sort_by_key(|n| n.at);
    notes
}

/// One follow-up per earlier action: the mark made last.
fn merge_follow_ups(later: &[FollowUp], earlier: &[FollowUp]) -> Vec<FollowUp> {
    let mut out: Vec<FollowUp> = later.to_vec();
    for f in earlier {
        match out
            .iter_mut()
            .find(|o| o.session == f.session && o.note == f.note)
        {
            Some(o) if f.at > o.at => *o = f.clone(),
            Some(_) => {}
            None => out.push(f.clone()),
        }
    }
    out.sort_by_key(|f| f.at);
    out
}

#[cfg(test)]
#[path = "record_merge_tests.rs"]
mod tests;
