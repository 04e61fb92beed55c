//! Atomic, durable writes: a temp file in the same folder, fsync, rename,
//! fsync the folder. A crash leaves either the old file or the new one.

use std::fs::{self, File, OpenOptions};
use std::io::{self, Write};
use std::path::Path;

#[cfg(unix)]
use std::os::unix::fs::{DirBuilderExt, OpenOptionsExt, PermissionsExt};

/// Creates `dir` and its missing parents: private to the user (0700),
/// or, inside a folder shared through a group (setgid, or writable by the
/// group but not by all), open to that group (2770). A folder that is
/// there already keeps its mode: runde never changes the mode of a folder
/// it did not create (a read-only one stays read-only, and the save says so).
pub fn private_dir(dir: &Path) -> io::Result<()> {
    make_dir(dir, Sharing::AsFolder)
}

/// Whether what runde makes may be opened to a group.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Sharing {
    /// As the folder it is made in: group access in a group-shared folder.
    AsFolder,
    /// The user's only, wherever it is (private notes).
    Never,
}

fn make_dir(dir: &Path, sharing: Sharing) -> io::Result<()> {
    if dir.is_dir() {
        return Ok(());
    }
    #[cfg(unix)]
    {
        let mut missing = Vec::new();
        let mut at = dir;
        while !at.exists() {
            missing.push(at.to_path_buf());
            match at.parent() {
                Some(parent) if !parent.as_os_str().is_empty() => at = parent,
                _ => break,
            }
        }
        for made in missing.iter().rev() {
            let group = sharing == Sharing::AsFolder
                && made
                    .parent()
                    .is_some_and(|p| group_shared(p).unwrap_or(false));
            let mode = if group { 0o2770 } else { 0o700 };
            match fs::DirBuilder::new().mode(mode & 0o777).create(made) {
                Ok(()) => fs::set_permissions(made, fs::Permissions::from_mode(mode))?,
                Err(e) if e.kind() == io::ErrorKind::AlreadyExists && made.is_dir() => {}
                Err(e) => return Err(e),
            }
        }
        Ok(())
    }
    #[cfg(not(unix))]
    {
        let _ = sharing;
        fs::create_dir_all(dir)
    }
}

/// True when `dir` is shared through its group: setgid, or writable by
/// the group and not by everyone (a world-writable folder like /tmp is
/// shared with no one in particular).
#[cfg(unix)]
pub fn group_shared(dir: &Path) -> io::Result<bool> {
    let mode = fs::metadata(dir)?.permissions().mode();
    Ok(mode & 0o2000 != 0 || (mode & 0o020 != 0 && mode & 0o002 == 0))
}

#[cfg(not(unix))]
pub fn group_shared(_dir: &Path) -> io::Result<bool> {
    Ok(false)
}

/// Writes `bytes` to `path` atomically and durably, readable by the user
/// only (and by the group, in a folder shared through a group).
pub fn write(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let (dir, temp) = written_temp(path, bytes, Sharing::AsFolder)?;
    temp.persist(path).map_err(|e| plain(e.error))?;
    sync_dir(dir)
}

/// As [`write`], but readable by the user only wherever it is (0600 in a
/// 0700 folder): for private notes.
pub fn write_private(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let (dir, temp) = written_temp(path, bytes, Sharing::Never)?;
    temp.persist(path).map_err(|e| plain(e.error))?;
    sync_dir(dir)
}

/// As [`write`], but only when no file is at `path` yet: fails with
/// `AlreadyExists` otherwise, in one step no other writer can slip into.
pub fn write_new(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let (dir, temp) = written_temp(path, bytes, Sharing::AsFolder)?;
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

/// `bytes` in a temp file beside `path`, on the disk: the user's only
/// (0600), or the group's too (0660) in a folder shared through a group.
fn written_temp<'a>(
    path: &'a Path,
    bytes: &[u8],
    sharing: Sharing,
) -> io::Result<(&'a Path, tempfile::NamedTempFile)> {
    let dir = path
        .parent()
        .ok_or_else(|| io::Error::new(io::ErrorKind::InvalidInput, "no parent folder"))?;
    make_dir(dir, sharing)?;
    let group = sharing == Sharing::AsFolder && group_shared(dir)?;
    let prefix = format!("{TEMP_PREFIX}{}-", std::process::id());
    let mut builder = tempfile::Builder::new();
    builder.prefix(&prefix).suffix(TEMP_SUFFIX);
    #[cfg(unix)]
    builder.permissions(fs::Permissions::from_mode(0o600));
    let mut temp = builder.tempfile_in(dir).map_err(plain)?;
    #[cfg(unix)]
    if group {
        // Set, not asked for: the umask would take the group's bits away.
        temp.as_file()
            .set_permissions(fs::Permissions::from_mode(0o660))?;
    }
    #[cfg(not(unix))]
    let _ = group;
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
