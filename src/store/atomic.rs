//! Atomic, durable writes: a temp file in the same folder, fsync, rename,
//! fsync the folder. A crash leaves either the old file or the new one.

use std::fs::{self, File, OpenOptions};
use std::io::{self, Write};
use std::path::Path;

#[cfg(unix)]
use std::os::unix::fs::{DirBuilderExt, OpenOptionsExt, PermissionsExt};

/// Creates `dir` and its parents, private to the user (0700).
pub fn private_dir(dir: &Path) -> io::Result<()> {
    #[cfg(unix)]
    {
        if !dir.exists() {
            fs::DirBuilder::new()
                .recursive(true)
                .mode(0o700)
                .create(dir)?;
        }
        // Only take away what others may do: a folder the user made
        // read-only (0500) stays read-only, and the save says so.
        let mode = fs::metadata(dir)?.permissions().mode() & 0o777;
        if mode & 0o077 != 0 {
            fs::set_permissions(dir, fs::Permissions::from_mode(mode & 0o700))?;
        }
        Ok(())
    }
    #[cfg(not(unix))]
    {
        fs::create_dir_all(dir)
    }
}

/// Writes `bytes` to `path` atomically and durably, readable by the user only.
pub fn write(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let (dir, temp) = written_temp(path, bytes)?;
    temp.persist(path).map_err(|e| plain(e.error))?;
    sync_dir(dir)
}

/// As [`write`], but only when no file is at `path` yet: fails with
/// `AlreadyExists` otherwise, in one step no other writer can slip into.
pub fn write_new(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let (dir, temp) = written_temp(path, bytes)?;
    temp.persist_noclobber(path)
        .map_err(|e| match e.error.kind() {
            io::ErrorKind::AlreadyExists => e.error,
            _ => plain(e.error),
        })?;
    sync_dir(dir)
}

/// The start of every temp file runde writes: `.runde-<pid>-`, so what a
/// killed write left behind can be told from one being written now.
pub const TEMP_PREFIX: &str = ".runde-";
pub const TEMP_SUFFIX: &str = ".tmp";

/// `bytes` in a private temp file beside `path`, on the disk.
fn written_temp<'a>(
    path: &'a Path,
    bytes: &[u8],
) -> io::Result<(&'a Path, tempfile::NamedTempFile)> {
    let dir = path
        .parent()
        .ok_or_else(|| io::Error::new(io::ErrorKind::InvalidInput, "no parent folder"))?;
    private_dir(dir)?;
    let prefix = format!("{TEMP_PREFIX}{}-", std::process::id());
    let mut builder = tempfile::Builder::new();
    builder.prefix(&prefix).suffix(TEMP_SUFFIX);
    #[cfg(unix)]
    builder.permissions(fs::Permissions::from_mode(0o600));
    let mut temp = builder.tempfile_in(dir).map_err(plain)?;
    temp.write_all(bytes).map_err(plain)?;
    temp.as_file().sync_all()?;
    Ok((dir, temp))
}

/// The OS error without the temp file's name that `tempfile` adds, so the
/// message names the record and the reason only ("No space left on device").
fn plain(error: io::Error) -> io::Error {
    if error.raw_os_error().is_some() {
        return error;
    }
    let text = error.to_string();
    match text.split_once(" at path ") {
        Some((reason, _)) => io::Error::new(error.kind(), reason.to_string()),
        None => error,
    }
}

fn sync_dir(dir: &Path) -> io::Result<()> {
    #[cfg(unix)]
    {
        File::open(dir)?.sync_all()
    }
    #[cfg(not(unix))]
    {
        let _ = dir;
        Ok(())
    }
}

/// Opens (creating if needed) a private file for a lock.
pub fn open_lock_file(path: &Path) -> io::Result<File> {
    if let Some(dir) = path.parent() {
        private_dir(dir)?;
    }
    let mut options = OpenOptions::new();
    options.read(true).write(true).create(true).truncate(false);
    #[cfg(unix)]
    options.mode(0o600);
    options.open(path)
}
