//! An exclusive lock on a record while a live session owns it, so a second
//! runde gets a clear message instead of writing over the first.

use std::fs::{File, TryLockError};
use std::path::{Path, PathBuf};

use super::atomic;

/// Held for as long as the live session runs; dropping it releases the lock.
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

impl RecordLock {
    pub fn acquire(path: &Path) -> Result<RecordLock, LockError> {
        let file = atomic::open_lock_file(path).map_err(LockError::Io)?;
        match file.try_lock() {
            Ok(()) => Ok(RecordLock {
                _file: file,
                path: path.to_path_buf(),
            }),
            Err(TryLockError::WouldBlock) => Err(LockError::Busy),
            Err(TryLockError::Error(e)) => Err(LockError::Io(e)),
        }
    }

    pub fn path(&self) -> &Path {
        &self.path
    }
}
