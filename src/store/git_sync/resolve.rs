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
        let path = dir.join(file);
        let copy = |stage: u8| -> Result<Option<Result<Record, Problem>>, SyncError> {
            let shown = git.local(&["show", &format!(":{stage}:./{file}")])?;
            Ok(shown
                .ok
                .then(|| parse::parse::<Record>(&path, shown.out.as_bytes())))
        };
        let (Some(upstream), Some(ours)) = (copy(2)?, copy(3)?) else {
            // Removed on one side: not for runde to decide.
            return Ok(Ok(false));
        };
        let (upstream, ours) = match (upstream, ours) {
            (Ok(upstream), Ok(ours)) => (upstream, ours),
            (Err(problem), _) | (_, Err(problem)) => return Ok(Err(problem)),
        };
        let merged = merge(&upstream, &ours);
        let bytes = crate::store::encode_readable(&path, &merged).map_err(SyncError::Store)?;
        atomic::write(&path, &bytes).map_err(|error| {
            SyncError::Store(StoreError::Io {
                path: path.clone(),
                error,
            })
        })?;
        Ok(Ok(git.local(&["add", "--", file])?.ok))
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
        let path = dir.join(file);
        let copy = |stage: u8| -> Result<Option<Result<Network, Problem>>, SyncError> {
            let shown = git.local(&["show", &format!(":{stage}:./{file}")])?;
            Ok(shown
                .ok
                .then(|| parse::parse::<Network>(&path, shown.out.as_bytes())))
        };
        let (Some(upstream), Some(ours)) = (copy(2)?, copy(3)?) else {
            return Ok(Ok(false));
        };
        let (upstream, ours) = match (upstream, ours) {
            (Ok(upstream), Ok(ours)) => (upstream, ours),
            (Err(problem), _) | (_, Err(problem)) => return Ok(Err(problem)),
        };
        // A base that does not load is as good as none: both sides kept.
        let base = copy(1)?.and_then(Result::ok);
        let Ok(merged) = merge_networks(base.as_ref(), &upstream, &ours) else {
            return Ok(Ok(false));
        };
        let bytes = crate::store::encode_readable(&path, &merged).map_err(SyncError::Store)?;
        atomic::write(&path, &bytes).map_err(|error| {
            SyncError::Store(StoreError::Io {
                path: path.clone(),
                error,
            })
        })?;
        Ok(Ok(git.local(&["add", "--", file])?.ok))
    }
}
