//! Conflict copies in a shared folder, never ignored: a sync service's
//! copy of a session record is merged into the original by note (every
//! note of both kept), a copy of the network file through
//! `model::network_merge`, and a file git left with conflict markers
//! from its two sides. The merged file is written durably first and the
//! copy removed only then. What cannot be merged safely is named (both
//! files kept), so the screen or command that loads says so.
//!
//! Shared folders hold no private notes (they stay in this machine's
//! data folder), so neither copy has any and the merge adds none.

use super::conflict_markers::split;
use super::conflict_names::originals;
use super::location::NetworkRoot;
use super::{Problem, Store, atomic, encode_readable, parse, ron_files};
use crate::model::network_merge::merge_networks;
use crate::model::record_merge::merge;
use crate::model::{Network, Record};
use serde::Serialize;
use serde::de::DeserializeOwned;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};

/// Writes a merged file durably (atomic write, fsync); a test gives its own.
pub(crate) type Write<'a> = &'a dyn Fn(&Path, &[u8]) -> io::Result<()>;

/// What settling a shared folder's conflict copies left.
#[derive(Debug, Default)]
pub struct Settled {
    /// Copies merged into their original and removed.
    pub merged: Vec<PathBuf>,
    /// Copies (and files with conflict markers) kept, not to be read as
    /// files of their own.
    pub kept: Vec<PathBuf>,
    /// Why each kept file was kept, naming it and its original.
    pub problems: Vec<Problem>,
}

#[derive(Clone, Copy)]
enum Kind {
    Network,
    Record,
}

impl Store {
    /// Merges the conflict copies in shared folder `root` (see the
    /// module's comment).
    pub fn settle_conflict_copies(&self, root: &NetworkRoot) -> Settled {
        settle(root, &|path: &Path, bytes: &[u8]| {
            atomic::write(path, bytes)
        })
    }
}

pub(crate) fn settle(root: &NetworkRoot, write: Write) -> Settled {
    let mut settled = Settled::default();
    for (dir, kind) in [
        (root.networks_dir(), Kind::Network),
        (root.records_dir(), Kind::Record),
    ] {
        for path in ron_files(&dir) {
            let Some((names, sure)) = path
                .file_name()
                .and_then(|n| n.to_str())
                .and_then(originals)
            else {
                continue;
            };
            let original = names.iter().map(|n| dir.join(n)).find(|p| p.is_file());
            match (original, sure) {
                (Some(original), _) => copy(kind, &original, &path, sure, write, &mut settled),
                (None, true) => {
                    let original = names
                        .first()
                        .map_or_else(String::new, |n| dir.join(n).display().to_string());
                    settled.kept.push(path.clone());
                    settled.problems.push(Problem::whole_file(
                        &path,
                        format!(
                            "a conflict copy of {original}, which is not there; expected the original beside it: rename this copy to that name"
                        ),
                    ));
                }
                (None, false) => markers(kind, &path, write, &mut settled),
            }
        }
    }
    settled
}

/// Why two copies are not merged, worded for a problem's message.
fn unmerged_reason(what: &str) -> String {
    match what {
        "order" => "the rotation order differs".to_string(),
        "charter" => "the charter differs".to_string(),
        member => format!("the initials of {member} differ"),
    }
}

/// `first` and `second` as one; the reasons when they cannot be merged,
/// and None when `second` holds another network or meeting.
fn merged_bytes(
    kind: Kind,
    path: &Path,
    (first, second, base): (&str, &str, Option<&str>),
) -> Option<Result<Vec<u8>, Vec<String>>> {
    fn both<T: DeserializeOwned>(path: &Path, a: &str, b: &str) -> Result<(T, T), Vec<String>> {
        match (
            parse::parse(path, a.as_bytes()),
            parse::parse(path, b.as_bytes()),
        ) {
            (Ok(a), Ok(b)) => Ok((a, b)),
            _ => Err(vec!["one of the two does not load".to_string()]),
        }
    }
    fn encode<T: Serialize + DeserializeOwned>(path: &Path, v: &T) -> Result<Vec<u8>, Vec<String>> {
        encode_readable(path, v)
            .map_err(|e| vec![format!("the merged file cannot be written: {e}")])
    }
    match kind {
        Kind::Record => match both::<Record>(path, first, second) {
            Ok((a, b)) if a.id != b.id => None,
            Ok((a, b)) => Some(encode(path, &merge(&a, &b))),
            Err(e) => Some(Err(e)),
        },
        Kind::Network => match both::<Network>(path, first, second) {
            Ok((a, b)) if !crate::names::same(&a.name, &b.name) => None,
            Ok((a, b)) => {
                let base = base.and_then(|t| parse::parse::<Network>(path, t.as_bytes()).ok());
                Some(match merge_networks(base.as_ref(), &a, &b) {
                    Ok(merged) => encode(path, &merged),
                    Err(what) => Err(what.iter().map(|w| unmerged_reason(w)).collect()),
                })
            }
            Err(e) => Some(Err(e)),
        },
    }
}

fn read_text(path: &Path) -> Result<String, String> {
    fs::read_to_string(path).map_err(|e| format!("cannot read the file ({e})"))
}

/// Merges conflict copy `copy` into `original`, then removes it.
fn copy(kind: Kind, original: &Path, copy: &Path, sure: bool, write: Write, settled: &mut Settled) {
    let unmerged = |settled: &mut Settled, reasons: Vec<String>| {
        settled.kept.push(copy.to_path_buf());
        for reason in reasons {
            settled.problems.push(Problem::whole_file(
                copy,
                format!(
                    "a conflict copy of {}; it cannot be merged safely ({reason}), so both files are kept: merge them by hand, then remove this copy",
                    original.display()
                ),
            ));
        }
    };
    let texts = match (read_text(original), read_text(copy)) {
        (Ok(a), Ok(b)) => (a, b),
        (Err(e), _) | (_, Err(e)) => return unmerged(settled, vec![e]),
    };
    let bytes = match merged_bytes(kind, original, (&texts.0, &texts.1, None)) {
        // Another network or meeting: a name that only looks like a copy.
        None if !sure => return,
        None => {
            let other = match kind {
                Kind::Network => "it holds another network",
                Kind::Record => "it holds another meeting",
            };
            return unmerged(settled, vec![other.to_string()]);
        }
        Some(Err(reasons)) => return unmerged(settled, reasons),
        Some(Ok(bytes)) => bytes,
    };
    // The merged file durable first; only then is the copy let go.
    if let Err(e) = write(original, &bytes) {
        return unmerged(
            settled,
            vec![format!("the merged file cannot be written: {e}")],
        );
    }
    match fs::remove_file(copy) {
        Ok(()) => settled.merged.push(copy.to_path_buf()),
        Err(e) => {
            settled.kept.push(copy.to_path_buf());
            settled.problems.push(Problem::whole_file(
                copy,
                format!(
                    "a conflict copy of {}, merged into it, that cannot be removed ({e}); remove it by hand",
                    original.display()
                ),
            ));
        }
    }
}

/// A file with git's conflict markers: its two sides merged over it.
fn markers(kind: Kind, path: &Path, write: Write, settled: &mut Settled) {
    let Ok(text) = fs::read_to_string(path) else {
        // Not text: the loader names it.
        return;
    };
    if !text.lines().any(|l| l.starts_with("<<<<<<<")) {
        return;
    }
    let named = |settled: &mut Settled, reason: &str| {
        settled.kept.push(path.to_path_buf());
        settled.problems.push(Problem::whole_file(
            path,
            format!(
                "git's conflict markers (<<<<<<<) are in the file; its two sides cannot be merged safely ({reason}), so it is kept as it is: merge it by hand"
            ),
        ));
    };
    let Some(sides) = split(&text) else {
        return named(settled, "the markers do not pair up");
    };
    let merged = merged_bytes(
        kind,
        path,
        (&sides.ours, &sides.theirs, sides.base.as_deref()),
    );
    match merged {
        Some(Ok(bytes)) => match write(path, &bytes) {
            Ok(()) => settled.merged.push(path.to_path_buf()),
            Err(e) => named(settled, &format!("the merged file cannot be written: {e}")),
        },
        Some(Err(reasons)) => {
            for reason in reasons {
                named(settled, &reason);
            }
        }
        None => named(
            settled,
            match kind {
                Kind::Network => "it holds another network",
                Kind::Record => "it holds another meeting",
            },
        ),
    }
}

#[cfg(test)]
#[path = "conflict_copies_tests.rs"]
mod tests;
