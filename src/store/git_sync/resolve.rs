//! A rebase that stopped on files both machines changed: two copies of a
//! session record are merged by note (every note of both kept, where the
//! meeting stands from the later save), two copies of a network file by
//! member (`model::network_merge`), and the rebase goes on. Anything else
//! (a file removed on one side, a copy that does not load, a roster both
//! changed differently) is left for the caller, which undoes the rebase.

use super::run::Git;
use super::{SyncError, conflicted};
use crate::model::network_merge::merge_networks;
use crate::model::record_merge::merge;
use crate::model::{Network, Record};
use crate::store::{Problem, Store, StoreError, atomic, parse};
use std::path::Path;

/// How the rebase ended.
pub(super) enum Resolved {
    /// Every conflict merged and the rebase finished: the merged files.
    Done(Vec<String>),
    /// These files cannot be merged here (with the copies that do not
    /// load); the rebase is still stopped.
    Stuck(Vec<String>, Vec<Problem>),
    /// The rebase stopped for another reason than a conflict.
    Other,
}

impl Store {
    /// Merges what a stopped rebase left in conflict and goes on, commit
    /// by commit.
    pub(super) fn resolve_rebase(&self, git: &Git, dir: &Path) -> Result<Resolved, SyncError> {
        let mut merged = Vec::new();
        loop {
            let files = conflicted(git)?;
            if files.is_empty() {
                return Ok(Resolved::Other);
            }
            let mut stuck = Vec::new();
            let mut unreadable = Vec::new();
            for file in &files {
                match self.merge_copies(git, dir, file)? {
                    Ok(true) => {}
                    Ok(false) => stuck.push(file.clone()),
                    Err(problem) => {
                        stuck.push(file.clone());
                        unreadable.push(problem);
                    }
                }
            }
            if !stuck.is_empty() {
                return Ok(Resolved::Stuck(stuck, unreadable));
            }
            merged.extend(files);
            if git.local(&["rebase", "--continue"])?.ok {
                merged.sort();
                merged.dedup();
                return Ok(Resolved::Done(merged));
            }
        }
    }

    /// Merges the two copies of session record `file` into the work tree
    /// and stages it; false when it is not a record both sides still
    /// have, the problem when a copy does not load.
    fn merge_copies(
        &self,
        git: &Git,
        dir: &Path,
        file: &str,
    ) -> Result<Result<bool, Problem>, SyncError> {
        if file.starts_with("networks/") && super::is_runde_file(file) {
            return self.merge_network_copies(git, dir, file);
        }
        if !(file.starts_with("records/") && super::is_runde_file(file)) {
            return Ok(Ok(false));
        }
        let (Some(upstream), Some(ours)) = (
            staged::<Record>(git, dir, file, 2)?,
            staged::<Record>(git, dir, file, 3)?,
        ) else {
            // Removed on one side: not for runde to decide.
            return Ok(Ok(false));
        };
        let (upstream, ours) = match (upstream, ours) {
            (Ok(upstream), Ok(ours)) => (upstream, ours),
            (Err(problem), _) | (_, Err(problem)) => return Ok(Err(problem)),
        };
        write_staged(git, dir, file, &merge(&upstream, &ours))
    }

    /// Merges the two copies of network file `file` with the copy both
    /// started from (git's stage 1, if any); false when they changed the
    /// same thing differently, or one side removed the file.
    fn merge_network_copies(
        &self,
        git: &Git,
        dir: &Path,
        file: &str,
    ) -> Result<Result<bool, Problem>, SyncError> {
        let (Some(upstream), Some(ours)) = (
            staged::<Network>(git, dir, file, 2)?,
            staged::<Network>(git, dir, file, 3)?,
        ) else {
            return Ok(Ok(false));
        };
        let (upstream, ours) = match (upstream, ours) {
            (Ok(upstream), Ok(ours)) => (upstream, ours),
            (Err(problem), _) | (_, Err(problem)) => return Ok(Err(problem)),
        };
        // A base that does not load is as good as none: both sides kept.
        let base = staged::<Network>(git, dir, file, 1)?.and_then(Result::ok);
        let Ok(merged) = merge_networks(base.as_ref(), &upstream, &ours) else {
            return Ok(Ok(false));
        };
        write_staged(git, dir, file, &merged)
    }
}

/// The copy of `file` at git's index stage `stage` (1 the base, 2 the
/// remote's side, 3 this machine's), read as runde reads it; none when
/// that side has no such file.
fn staged<T: serde::de::DeserializeOwned>(
    git: &Git,
    dir: &Path,
    file: &str,
    stage: u8,
) -> Result<Option<Result<T, Problem>>, SyncError> {
    let shown = git.local(&["show", &format!(":{stage}:./{file}")])?;
    Ok(shown
        .ok
        .then(|| parse::parse::<T>(&dir.join(file), shown.out.as_bytes())))
}

/// Writes the merged `value` to `file` durably and stages it.
fn write_staged<T: serde::Serialize + serde::de::DeserializeOwned>(
    git: &Git,
    dir: &Path,
    file: &str,
    value: &T,
) -> Result<Result<bool, Problem>, SyncError> {
    let path = dir.join(file);
    let bytes = crate::store::encode_readable(&path, value).map_err(SyncError::Store)?;
    atomic::write(&path, &bytes)
        .map_err(|error| SyncError::Store(StoreError::Io { path, error }))?;
    Ok(Ok(git.local(&["add", "--", file])?.ok))
}
