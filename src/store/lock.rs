//! An exclusive lock on a record while a live session owns it, so a second
//! runde gets a clear message instead of writing over the first.
//!
//! The lock file goes away with the lock: whoever lets go removes it while
//! still holding it, and whoever takes a lock checks afterwards that the
//! file it locked is still the one at the path (else it was removed in
//! between, and it takes the new one). So lock files never pile up, and
//! a removed one never lets two runde hold the same record.

use std::fs::{self, File, TryLockError};
use std::io;
use std::path::{Path, PathBuf};

use super::atomic;

/// Held for as long as the live session runs; dropping it releases the
/// lock and removes the lock file.
#[derive(Debug)]
pub struct RecordLock {
    _file: File,
    path: PathBuf,
}

#[derive(Debug)]
pub enum LockError {
    /// Another runde holds the record.
    Busy,
    Io(std::io::Error),
}

/// Tries before giving up on a lock file that keeps being replaced.
const TRIES: usize = 8;

impl RecordLock {
    pub fn acquire(path: &Path) -> Result<RecordLock, LockError> {
        for _ in 0..TRIES {
            let file = atomic::open_lock_file(path).map_err(LockError::Io)?;
            match file.try_lock() {
                Ok(()) => {}
                Err(TryLockError::WouldBlock) => return Err(LockError::Busy),
                Err(TryLockError::Error(e)) => return Err(LockError::Io(e)),
            }
            if still_at(&file, path).map_err(LockError::Io)? {
                return Ok(RecordLock {
                    _file: file,
                    path: path.to_path_buf(),
                });
            }
        }
        Err(LockError::Busy)
    }

    pub fn path(&self) -> &Path {
        &self.path
    }
}

impl Drop for RecordLock {
    fn drop(&mut self) {
        // Still held here: nobody can have taken it in between. A file that
        // cannot be removed (a read-only folder) only stays behind.
        let _ = fs::remove_file(&self.path);
    }
}

/// True when `path` still names the file `file` has open.
#[cfg(unix)]
fn still_at(file: &File, path: &Path) -> io::Result<bool> {
    use std::os::unix::fs::MetadataExt;
    let held = file.metadata()?;
    match fs::metadata(path) {
        Ok(now) => Ok(now.dev() == held.dev() && now.ino() == held.ino()),
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(false),
        Err(e) => Err(e),
    }
}

#[cfg(not(unix))]
fn still_at(_file: &File, _path: &Path) -> io::Result<bool> {
    Ok(true)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_second_taker_is_refused_and_the_file_goes_with_the_lock() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("r.lock");
        let first = RecordLock::acquire(&path).unwrap();
        assert!(matches!(RecordLock::acquire(&path), Err(LockError::Busy)));
        drop(first);
        assert!(!path.exists(), "no lock file left behind");
        let again = RecordLock::acquire(&path).unwrap();
        assert!(path.exists());
        drop(again);
    }

    #[test]
    fn a_lock_on_a_removed_file_is_not_taken_for_the_record() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("r.lock");
        // Opened before the holder removed it on letting go.
        let stale = atomic::open_lock_file(&path).unwrap();
        let holder = RecordLock::acquire(&path).unwrap();
        drop(holder);
        stale.try_lock().unwrap();
        assert!(!still_at(&stale, &path).unwrap());
        // A new taker gets the file at the path, not the stale one's.
        let taker = RecordLock::acquire(&path).unwrap();
        assert!(still_at(&taker._file, &path).unwrap());
    }
}
