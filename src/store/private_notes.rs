//! Private notes of a shared network's sessions: kept in the data folder
//! of the machine that took them (`private/<id>.ron`), joined to the
//! record when it is read there, and never written into a shared folder.

use super::{Problem, Store, StoreError, atomic, parse};
use crate::model::checked;
use crate::model::record::{Note, Record};
use crate::model::removed_note::{EditedNote, RemovedNote};
use serde::{Deserialize, Deserializer, Serialize};
use std::fs;
use std::io;
use std::path::{Path, PathBuf};

pub const PRIVATE_NOTES_VERSION: u32 = 1;

/// The private notes of one record, on this machine.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PrivateNotes {
    #[serde(deserialize_with = "private_version")]
    pub version: u32,
    #[serde(deserialize_with = "checked::slug_id")]
    pub record: String,
    #[serde(default)]
    pub notes: Vec<Note>,
    /// Marks of private notes deleted on purpose (see `RemovedNote`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub removed: Vec<RemovedNote>,
    /// When private notes were corrected (see `EditedNote`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub edited: Vec<EditedNote>,
}

/// A record's private part: its private notes and the marks of private
/// notes deleted.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PrivatePart {
    pub notes: Vec<Note>,
    pub removed: Vec<RemovedNote>,
    pub edited: Vec<EditedNote>,
}

fn private_version<'de, D: Deserializer<'de>>(d: D) -> Result<u32, D::Error> {
    checked::version_at_most(d, PRIVATE_NOTES_VERSION)
}

/// The folder of this machine's private notes of shared sessions.
pub fn private_dir(data_dir: &Path) -> PathBuf {
    data_dir.join("private")
}

/// The file of record `id`'s private notes in `dir`.
pub fn private_file(dir: &Path, id: &str) -> PathBuf {
    dir.join(format!("{id}.ron"))
}

/// `record` without its private notes (nor the marks of private notes
/// deleted), and those.
pub fn split(record: &Record) -> (Record, PrivatePart) {
    let mut shared = record.clone();
    let (private, public): (Vec<Note>, Vec<Note>) =
        record.notes.iter().cloned().partition(|n| n.private);
    let (removed, kept): (Vec<RemovedNote>, Vec<RemovedNote>) = record
        .removed_notes
        .iter()
        .cloned()
        .partition(|r| r.private);
    let (edited, kept_edits): (Vec<EditedNote>, Vec<EditedNote>) =
        record.edited_notes.iter().cloned().partition(|e| e.private);
    shared.notes = public;
    shared.removed_notes = kept;
    shared.edited_notes = kept_edits;
    (
        shared,
        PrivatePart {
            notes: private,
            removed,
            edited,
        },
    )
}

/// Joins the private notes kept in `dir` to `record`. A private note
/// whose id another machine has since used for a note of its own gets
/// the next free id: both are kept.
pub fn join_from(dir: &Path, record: &mut Record) -> Result<(), Problem> {
    let path = private_file(dir, &record.id);
    let bytes = match fs::read(&path) {
        Ok(bytes) => bytes,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(()),
        Err(e) => {
            return Err(Problem::whole_file(
                &path,
                format!("cannot read the file ({e}); expected a readable runde file"),
            ));
        }
    };
    let kept: PrivateNotes = parse::parse(&path, &bytes)?;
    for r in kept.removed {
        if !record.removed_notes.contains(&r) {
            record.removed_notes.push(r);
        }
    }
    for e in kept.edited {
        if !record.edited_notes.contains(&e) {
            record.edited_notes.push(e);
        }
    }
    for mut note in kept.notes {
        if let Some(same) = record.notes.iter().find(|n| n.id == note.id) {
            if *same == note {
                continue;
            }
            note.id = record.notes.iter().map(|n| n.id).max().unwrap_or(0) + 1;
        }
        record.notes.push(note);
    }
    record.notes.sort_by_key(|n| (n.at, n.id));
    Ok(())
}

impl Store {
    /// This machine's folder of private notes of shared sessions.
    pub fn private_notes_dir(&self) -> PathBuf {
        private_dir(&self.paths().data_dir)
    }

    /// Writes `private` as record `id`'s private notes on this machine
    /// (removing the file when there are none left).
    pub(crate) fn save_private_notes(
        &self,
        id: &str,
        private: PrivatePart,
    ) -> Result<(), StoreError> {
        let path = private_file(&self.private_notes_dir(), id);
        if private == PrivatePart::default() {
            return match fs::remove_file(&path) {
                Err(error) if error.kind() != io::ErrorKind::NotFound => {
                    Err(StoreError::Io { path, error })
                }
                _ => Ok(()),
            };
        }
        self.readable_before_write::<PrivateNotes>(&path)?;
        let notes = PrivateNotes {
            version: PRIVATE_NOTES_VERSION,
            record: id.to_string(),
            notes: private.notes,
            removed: private.removed,
            edited: private.edited,
        };
        let bytes = super::encode_readable(&path, &notes)?;
        atomic::write_private(&path, &bytes).map_err(|error| StoreError::Io { path, error })
    }

    /// The bytes of `record` for its file at `path`: in a shared folder
    /// without its private notes, which are saved on this machine first.
    pub(crate) fn record_bytes(
        &self,
        path: &Path,
        record: &Record,
        shared: bool,
    ) -> Result<Vec<u8>, StoreError> {
        if !shared {
            return super::encode_readable(path, record);
        }
        let (public, private) = split(record);
        let bytes = super::encode_readable(path, &public)?;
        self.save_private_notes(&record.id, private)?;
        Ok(bytes)
    }

    /// The record read from `bytes` of its file at `path`, with this
    /// machine's private notes joined when it is in a shared folder.
    pub(crate) fn record_from(
        &self,
        path: &Path,
        bytes: &[u8],
        shared: bool,
    ) -> Result<Record, Problem> {
        let mut record: Record = parse::parse(path, bytes)?;
        if shared {
            join_from(&self.private_notes_dir(), &mut record)?;
        }
        Ok(record)
    }
}
