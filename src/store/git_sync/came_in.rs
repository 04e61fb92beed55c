//! What a sync brought in from the remote: found by git (which files
//! differ between this machine's commit and the remote's), then read.

use super::SyncError;
use super::run::Git;
use chrono::NaiveDate;

/// What came in.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CameIn {
    /// ('A' added, 'M' changed, 'D' removed, path under the folder).
    pub files: Vec<(char, String)>,
    /// The days of the meetings that are new here, oldest first.
    pub meetings: Vec<NaiveDate>,
    /// Meetings changed on another machine (notes added afterwards).
    pub updated: usize,
    /// Meetings removed on another machine.
    pub removed: usize,
    /// Networks whose file changed (roster, leave, charter).
    pub networks: Vec<String>,
    /// Records changed on both sides, merged (every note kept).
    pub merged: Vec<String>,
}

impl CameIn {
    pub fn is_empty(&self) -> bool {
        self.files.is_empty()
    }

    pub(super) fn add(&mut self, files: &[(char, String)]) {
        for file in files {
            if !self.files.iter().any(|(_, f)| *f == file.1) {
                self.files.push(file.clone());
            }
        }
    }
}

/// runde's files that differ between the common ancestor of `head` and
/// `up`, and `up`: what the other machines did. Everything in `up` when
/// this machine has no commit yet.
pub(super) fn between(
    git: &Git,
    head: Option<&str>,
    up: &str,
) -> Result<Vec<(char, String)>, SyncError> {
    let ran = match head {
        Some(head) => git.local(&[
            "diff",
            "--name-status",
            "-z",
            "--no-renames",
            "--relative",
            &format!("{head}...{up}"),
            "--",
            "networks",
            "records",
        ])?,
        None => git.local(&[
            "ls-tree",
            "-r",
            "--name-only",
            "-z",
            up,
            "--",
            "networks",
            "records",
        ])?,
    };
    let fields: Vec<&str> = ran.out.split('\0').filter(|f| !f.is_empty()).collect();
    let pairs: Vec<(char, String)> = match head {
        Some(_) => fields
            .chunks(2)
            .filter_map(|pair| match pair {
                [status, path] => Some((status.chars().next().unwrap_or('M'), path.to_string())),
                _ => None,
            })
            .collect(),
        None => fields.iter().map(|p| ('A', p.to_string())).collect(),
    };
    Ok(pairs
        .into_iter()
        .filter(|(_, p)| super::is_runde_file(p) && p != ".gitignore")
        .collect())
}
