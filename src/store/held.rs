//! The record of a live session, held: taken under its lock before it is
//! read, and saved only over the file this runde last read or wrote. A file
//! that changed on disk in between (a runde without the lock, another
//! laptop through a synced folder) is read and merged, never written over.

use super::atomic;
use super::{LockError, Problem, RecordLock, Store, StoreError};
use crate::model::Record;
use crate::model::record::Stamp;
use crate::model::record_merge::{merge, notes_missing};
use std::fs;
use std::io;
use std::path::PathBuf;
use std::time::Duration;

/// A record this runde holds: its lock, and the file as this runde last
/// read or wrote it.
#[derive(Debug)]
pub struct HeldRecord {
    id: String,
    /// The record's file, in the folder its network lives in.
    path: PathBuf,
    /// True when that folder is shared: private notes stay on this machine.
    shared: bool,
    _lock: RecordLock,
    /// The file's bytes as last read or written here; none before the
    /// first write of a session that has no file yet.
    seen: Option<Vec<u8>>,
    /// When the copy on disk was saved, as last read or written here.
    saved_at: Option<Stamp>,
}

impl HeldRecord {
    pub fn id(&self) -> &str {
        &self.id
    }
}

/// What became of a save.
#[derive(Debug)]
pub enum Saved {
    Written,
    /// The file had changed on disk: the two copies were merged and the
    /// merge written. Carry on from `record`; `kept` notes of ours were
    /// not in the copy on disk.
    Merged {
        record: Box<Record>,
        kept: usize,
    },
}

/// How long taking a record waits for another runde to let go of it (one
/// that is quitting saves first): then it says who has it.
pub const LOCK_WAIT: Duration = Duration::from_secs(3);
const LOCK_RETRY: Duration = Duration::from_millis(50);

/// Suffixes tried after a new session's id, when a session of the same
/// minute, plan and network has it already.
const MAX_SUFFIX: u32 = 99;

impl Store {
    /// Locks record `id` (waiting up to `wait` for another runde to let
    /// go of it), then reads it: what is resumed is what is on disk now.
    pub fn take_record(
        &self,
        id: &str,
        wait: Duration,
    ) -> Result<(HeldRecord, Record), StoreError> {
        let lock = self.lock_waiting(id, wait)?;
        let path = self.record_path(id)?;
        let shared = self.root_holding(id).is_some_and(|r| r.shared);
        let bytes = fs::read(&path).map_err(|error| StoreError::Io {
            path: path.clone(),
            error,
        })?;
        let record = self
            .record_from(&path, &bytes, shared)
            .map_err(StoreError::unreadable)?;
        let held = HeldRecord {
            id: id.to_string(),
            path,
            shared,
            _lock: lock,
            saved_at: record.live.saved_at,
            seen: Some(bytes),
        };
        Ok((held, record))
    }

    /// Puts a new session on disk at once, under an id no other session
    /// has or is about to write: its own id, else the id with `-2`, `-3`…
    /// The id is held (locked) before the file is made, and the file is made
    /// only where none is. Returns the record as written (its id may differ).
    pub fn create_record(&self, record: &Record) -> Result<(HeldRecord, Record), StoreError> {
        let base = record.id.clone();
        for n in 1..=MAX_SUFFIX {
            let id = if n == 1 {
                base.clone()
            } else {
                format!("{base}-{n}")
            };
            let lock = match self.lock_record(&id) {
                Ok(lock) => lock,
                Err(StoreError::Locked { .. }) => continue,
                Err(e) => return Err(e),
            };
            let mut record = record.clone();
            record.id = id.clone();
            record.live.saved_on = Some(self.machine_id());
            let (path, shared) = self.record_target(&record)?;
            let bytes = self.record_bytes(&path, &record, shared)?;
            match atomic::write_new(&path, &bytes) {
                Ok(()) => {
                    let held = HeldRecord {
                        id,
                        path,
                        shared,
                        _lock: lock,
                        saved_at: record.live.saved_at,
                        seen: Some(bytes),
                    };
                    return Ok((held, record));
                }
                Err(e) if e.kind() == io::ErrorKind::AlreadyExists => continue,
                Err(error) => return Err(StoreError::Io { path, error }),
            }
        }
        Err(StoreError::Io {
            path: self.paths.records_dir(),
            error: io::Error::new(io::ErrorKind::AlreadyExists, base),
        })
    }

    /// Saves the held record, unless the file changed on disk since this
    /// runde last read or wrote it: then the copy on disk, saved later, is
    /// merged with `record` (keeping every note of ours it lacks) and the
    /// merge is written. A copy on disk that does not load is never written
    /// over: the save fails with its problem, and `record` stays in memory.
    pub fn save_held(&self, held: &mut HeldRecord, record: &Record) -> Result<Saved, StoreError> {
        let path = held.path.clone();
        let on_disk = match fs::read(&path) {
            Ok(bytes) => Some(bytes),
            Err(e) if e.kind() == io::ErrorKind::NotFound => None,
            Err(error) => return Err(StoreError::Io { path, error }),
        };
        let changed = on_disk.is_some() && on_disk != held.seen;
        let mut record = record.clone();
        record.live.saved_on = Some(self.machine_id());
        let record = &record;
        let (saved, to_write) = match on_disk.filter(|_| changed) {
            None => (Saved::Written, record.clone()),
            Some(bytes) => {
                let disk = self
                    .record_from(&path, &bytes, held.shared)
                    .map_err(StoreError::unreadable)?;
                // Ours as it stood at our last save: the copy on disk came after.
                let mut ours = record.clone();
                ours.live.saved_at = held.saved_at;
                let merged = merge(&ours, &disk);
                let kept = notes_missing(record, &disk).len();
                (
                    Saved::Merged {
                        record: Box::new(merged.clone()),
                        kept,
                    },
                    merged,
                )
            }
        };
        let bytes = self.record_bytes(&path, &to_write, held.shared)?;
        atomic::write(&path, &bytes).map_err(|error| StoreError::Io { path, error })?;
        held.seen = Some(bytes);
        held.saved_at = to_write.live.saved_at;
        Ok(saved)
    }

    /// Takes the record's lock; fails while another runde has it.
    pub fn lock_record(&self, id: &str) -> Result<RecordLock, StoreError> {
        self.record_path(id)?;
        let path = self.paths.lock_file(id);
        RecordLock::acquire(&path).map_err(|e| match e {
            LockError::Busy => StoreError::Locked { path },
            LockError::Io(error) => StoreError::Io { path, error },
        })
    }

    fn lock_waiting(&self, id: &str, wait: Duration) -> Result<RecordLock, StoreError> {
        let mut waited = Duration::ZERO;
        loop {
            match self.lock_record(id) {
                Err(StoreError::Locked { .. }) if waited < wait => {
                    std::thread::sleep(LOCK_RETRY);
                    waited += LOCK_RETRY;
                }
                other => return other,
            }
        }
    }
}

impl StoreError {
    /// A file runde could not read, so will not write over.
    pub fn unreadable(problem: Problem) -> StoreError {
        StoreError::Unreadable {
            problem: Box::new(problem),
        }
    }
}

#[cfg(test)]
#[path = "held_tests.rs"]
mod tests;
