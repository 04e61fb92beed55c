//! Writing minutes: to a file the user named (`--output`: atomic, never
//! replacing a file without `--force` nor ever a link, folder or device,
//! and, unlike runde's own files, leaving the folder's permissions alone),
//! or into runde's exports folder from the review screen.

use super::{Store, StoreError, atomic};
use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

impl Store {
    /// Where the review screen saves a session's minutes: `exports/ID.md`
    /// (or `.html`, the `extension` given) in the data folder.
    pub fn export_path(&self, id: &str, extension: &str) -> Result<PathBuf, StoreError> {
        if !crate::model::checked::is_slug(id) {
            return Err(StoreError::BadId { id: id.to_string() });
        }
        Ok(self.paths.exports_dir().join(format!("{id}.{extension}")))
    }

    /// Saves minutes as `exports/ID.EXTENSION`, atomically and readable by
    /// the user only (minutes name people); an earlier export is replaced.
    pub fn save_export(
        &self,
        id: &str,
        extension: &str,
        text: &str,
    ) -> Result<PathBuf, StoreError> {
        let path = self.export_path(id, extension)?;
        atomic::write(&path, text.as_bytes()).map_err(|error| StoreError::Io {
            path: path.clone(),
            error,
        })?;
        Ok(path)
    }
}

/// Why minutes were not written to the file the user named.
#[derive(Debug)]
pub enum OutputRefused {
    /// A file is there and `--force` was not given.
    Exists,
    /// A symbolic link: replacing it would cut the link, writing through it
    /// would write somewhere else than the name says.
    Link,
    /// A file with other names too (hard links): replacing it would part them.
    HardLinked(u64),
    /// A folder.
    Folder,
    /// A device, a pipe or a socket: not a file to keep minutes in.
    NotAFile,
    /// The write itself failed.
    Io(io::Error),
}

impl From<io::Error> for OutputRefused {
    fn from(error: io::Error) -> OutputRefused {
        OutputRefused::Io(error)
    }
}

/// Writes `bytes` to `path` through a temp file in the same folder, so a
/// crash never leaves half the minutes. A new file is readable by the
/// user only. Nothing is replaced by surprise: an existing file only with
/// `replace` (and it keeps its permissions), and never a link, a file
/// with hard links, a folder or a device.
pub fn write_user_file(path: &Path, bytes: &[u8], replace: bool) -> Result<(), OutputRefused> {
    let existing = match fs::symlink_metadata(path) {
        Ok(meta) => Some(meta),
        Err(e) if e.kind() == io::ErrorKind::NotFound => None,
        Err(e) => return Err(OutputRefused::Io(e)),
    };
    if let Some(meta) = &existing {
        refuse_to_replace(meta, replace)?;
    }
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    let mut builder = tempfile::Builder::new();
    builder.prefix(".runde-").suffix(".tmp");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        builder.permissions(fs::Permissions::from_mode(0o600));
    }
    let mut temp = builder.tempfile_in(dir)?;
    temp.write_all(bytes)?;
    temp.as_file().sync_all()?;
    match existing {
        Some(meta) => {
            temp.as_file().set_permissions(meta.permissions())?;
            temp.persist(path).map_err(|e| e.error)?;
        }
        // A file that appeared meanwhile is not replaced either.
        None => match temp.persist_noclobber(path) {
            Ok(_) => {}
            Err(e) if e.error.kind() == io::ErrorKind::AlreadyExists => {
                return Err(OutputRefused::Exists);
            }
            Err(e) => return Err(OutputRefused::Io(e.error)),
        },
    }
    Ok(())
}

fn refuse_to_replace(meta: &fs::Metadata, replace: bool) -> Result<(), OutputRefused> {
    let kind = meta.file_type();
    if kind.is_symlink() {
        return Err(OutputRefused::Link);
    }
    if kind.is_dir() {
        return Err(OutputRefused::Folder);
    }
    if !kind.is_file() {
        return Err(OutputRefused::NotAFile);
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        if meta.nlink() > 1 {
            return Err(OutputRefused::HardLinked(meta.nlink()));
        }
    }
    if !replace {
        return Err(OutputRefused::Exists);
    }
    Ok(())
}
