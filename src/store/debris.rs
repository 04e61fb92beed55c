//! What a killed runde leaves behind, cleared at the next start: temp files
//! of writes that never finished, and locks of sessions nobody holds.
//! Only runde's own files, and only those no live runde is using.

use super::Store;
use super::atomic::{TEMP_PREFIX, TEMP_SUFFIX};
use super::lock::RecordLock;
use std::fs;
use std::path::Path;
use std::time::{Duration, SystemTime};

/// A temp file without a process id (written by an older runde) is only
/// removed once no write can still be under way: writes take milliseconds.
const OLD_TEMP_AGE: Duration = Duration::from_secs(3600);

impl Store {
    /// Removes temp files of killed writes and lock files nobody holds;
    /// `now` ages the temp files an older runde named without its process.
    /// Best effort: what cannot be removed (a read-only folder) stays, and
    /// harms nothing.
    pub fn clear_debris(&self, now: SystemTime) {
        // The locks live among the records: each folder is listed once
        // (10,000 names at scale), for its temp files and its locks.
        let locks = self.paths.locks_dir();
        let mut dirs = self.paths.written_dirs();
        if !dirs.contains(&locks) {
            dirs.push(locks.clone());
        }
        for dir in dirs {
            let names = names_in(&dir);
            for name in &names {
                if let Some(writer) = temp_writer(name)
                    && left_behind(writer, &dir.join(name), now)
                {
                    let _ = fs::remove_file(dir.join(name));
                }
            }
            if dir != locks {
                continue;
            }
            for name in names {
                if name.ends_with(".lock") {
                    // Taken (nobody held it) and let go: that removes it.
                    let _ = RecordLock::acquire(&locks.join(name));
                }
            }
        }
    }
}

/// Who wrote a temp file runde names: a process id, or `None` for the
/// name an older runde gave (no id); not a temp file of runde's: no answer.
fn temp_writer(name: &str) -> Option<Option<u32>> {
    let middle = name.strip_prefix(TEMP_PREFIX)?.strip_suffix(TEMP_SUFFIX)?;
    Some(
        middle
            .split_once('-')
            .and_then(|(pid, _)| pid.parse::<u32>().ok()),
    )
}

fn left_behind(writer: Option<u32>, path: &Path, now: SystemTime) -> bool {
    match writer {
        Some(pid) => !process_alive(pid),
        None => fs::metadata(path)
            .and_then(|m| m.modified())
            .is_ok_and(|at| now.duration_since(at).is_ok_and(|age| age > OLD_TEMP_AGE)),
    }
}

fn names_in(dir: &Path) -> Vec<String> {
    let Ok(entries) = fs::read_dir(dir) else {
        return Vec::new();
    };
    entries
        .filter_map(Result::ok)
        .filter_map(|e| e.file_name().into_string().ok())
        .collect()
}

/// True while process `pid` runs (or may: one we may not signal runs).
#[cfg(unix)]
pub(super) fn process_alive(pid: u32) -> bool {
    let Ok(pid) = libc::pid_t::try_from(pid) else {
        return true;
    };
    // SAFETY: signal 0 only asks whether the process exists.
    let sent = unsafe { libc::kill(pid, 0) };
    sent == 0 || std::io::Error::last_os_error().raw_os_error() != Some(libc::ESRCH)
}

#[cfg(not(unix))]
pub(super) fn process_alive(_pid: u32) -> bool {
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn temp_names_tell_their_writer() {
        assert_eq!(temp_writer(".runde-4242-aB3xYz.tmp"), Some(Some(4242)));
        assert_eq!(temp_writer(".runde-aB3xYz.tmp"), Some(None));
        assert_eq!(temp_writer("2026-11-23-demo.ron"), None);
        assert_eq!(temp_writer(".runde-4242-aB3xYz.ron"), None);
        assert_eq!(temp_writer("runde-4242-x.tmp"), None);
    }

    #[test]
    fn a_running_process_is_alive() {
        assert!(process_alive(std::process::id()));
    }
}
