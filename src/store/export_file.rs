//! Writing minutes: to a file the user named (`--output`: atomic, but
//! unlike runde's own files it leaves the folder's permissions alone), or
//! into runde's exports folder from the review screen.

use super::{Store, StoreError, atomic};
use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

impl Store {
    /// Where the review screen saves a session's minutes: `exports/ID.md`
    /// in the data folder.
    pub fn export_path(&self, id: &str) -> Result<PathBuf, StoreError> {
        if !crate::model::checked::is_slug(id) {
            return Err(StoreError::BadId { id: id.to_string() });
        }
        Ok(self.paths.exports_dir().join(format!("{id}.md")))
    }

    /// Saves minutes as `exports/ID.md`, atomically and readable by the
    /// user only (minutes name people); an earlier export is replaced.
    pub fn save_export(&self, id: &str, text: &str) -> Result<PathBuf, StoreError> {
        let path = self.export_path(id)?;
        atomic::write(&path, text.as_bytes()).map_err(|error| StoreError::Io {
            path: path.clone(),
            error,
        })?;
        Ok(path)
    }
}

/// Writes `bytes` to `path` through a temp file in the same folder, so a
/// crash never leaves half the minutes. The file is readable by the user only.
pub fn write_user_file(path: &Path, bytes: &[u8]) -> io::Result<()> {
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
    temp.persist(path).map_err(|e| e.error)?;
    Ok(())
}
