//! The git commands a sync is made of, one small step each: which remote,
//! what changed, what is in conflict, push.

use super::run::{Git, Ran, RunError};
use super::{Remote, SyncError};
use std::path::Path;
use std::time::{Duration, Instant};

/// The remote to sync with, and the upstream ref when one is set.
pub(super) struct Chosen {
    pub(super) remote: String,
    pub(super) upstream: Option<String>,
}

pub(super) fn pick_remote(git: &Git) -> Result<Option<Chosen>, SyncError> {
    let listed = git.local(&["remote"])?;
    let remotes: Vec<&str> = listed
        .out
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    if remotes.is_empty() {
        return Ok(None);
    }
    let upstream = ok_line(&git.local(&[
        "rev-parse",
        "--symbolic-full-name",
        "--verify",
        "-q",
        "@{upstream}",
    ])?);
    // The upstream's remote: the longest remote name its ref starts with.
    let of_upstream = upstream.as_deref().and_then(|u| {
        remotes
            .iter()
            .filter(|r| u.starts_with(&format!("refs/remotes/{r}/")))
            .max_by_key(|r| r.len())
            .copied()
    });
    let remote = of_upstream
        .or_else(|| remotes.iter().find(|r| **r == "origin").copied())
        .unwrap_or(remotes[0]);
    Ok(Some(Chosen {
        remote: remote.to_string(),
        upstream: upstream.filter(|_| of_upstream.is_some()),
    }))
}

/// Pushes HEAD to the branch; None when pushed, else what kept it back.
pub(super) fn push(
    git: &Git,
    remote: &Chosen,
    branch: &str,
    limit: Duration,
) -> Result<Option<Remote>, SyncError> {
    let target = format!("HEAD:refs/heads/{branch}");
    let mut args = vec!["push", "--quiet"];
    if remote.upstream.is_none() {
        args.push("--set-upstream");
    }
    args.extend([remote.remote.as_str(), target.as_str()]);
    match git.remote(&args) {
        Ok(ran) if ran.ok => Ok(None),
        Ok(ran) => Ok(Some(Remote::Unreachable {
            remote: remote.remote.clone(),
            said: ran.said(),
        })),
        Err(RunError::TimedOut) => Ok(Some(Remote::TimedOut {
            remote: remote.remote.clone(),
            limit,
        })),
        Err(e) => Err(e.into()),
    }
}

/// Now, for a deadline on a real git process (a fake clock cannot stop
/// one).
pub(super) fn real_now() -> Instant {
    crate::clock::Clock::now(&crate::clock::SystemClock)
}

pub(super) fn head_exists(git: &Git) -> Result<bool, SyncError> {
    Ok(ok_line(&git.local(&["rev-parse", "--verify", "-q", "HEAD^{commit}"])?).is_some())
}

pub(super) fn is_work_tree(git: &Git) -> Result<bool, SyncError> {
    let ran = git.local(&["rev-parse", "--is-inside-work-tree"])?;
    Ok(ran.ok && ran.out.trim() == "true")
}

/// runde's files under `dir` that differ from HEAD (new, changed or
/// removed), relative to `dir`: `networks/*.ron` and `records/*.ron`,
/// and runde's `.gitignore`.
pub(super) fn changed_files(git: &Git, dir: &Path) -> Result<Vec<String>, SyncError> {
    let ran = git.local(&[
        "status",
        "--porcelain=v1",
        "-z",
        "--untracked-files=all",
        "--no-renames",
        "--",
        "networks",
        "records",
        ".gitignore",
    ])?;
    if !ran.ok {
        return Err(SyncError::Git {
            dir: dir.to_path_buf(),
            step: "git status".to_string(),
            said: ran.said(),
        });
    }
    // Paths in porcelain output are relative to the top of the work
    // tree; runde's folder may be below it.
    let prefix = ok_line(&git.local(&["rev-parse", "--show-prefix"])?).unwrap_or_default();
    let mut files = Vec::new();
    for entry in ran.out.split('\0').filter(|e| e.len() > 3) {
        let path = &entry[3..];
        let Some(inside) = path.strip_prefix(prefix.as_str()) else {
            continue;
        };
        if is_runde_file(inside) {
            files.push(inside.to_string());
        }
    }
    files.sort();
    files.dedup();
    Ok(files)
}

/// `networks/x.ron`, `records/x.ron` (no temp file) or `.gitignore`.
pub(super) fn is_runde_file(path: &str) -> bool {
    if path == ".gitignore" {
        return true;
    }
    let mut parts = path.split('/');
    let (Some(folder), Some(name), None) = (parts.next(), parts.next(), parts.next()) else {
        return false;
    };
    matches!(folder, "networks" | "records") && name.ends_with(".ron") && !name.starts_with('.')
}

/// The files a stopped rebase left in conflict.
pub(super) fn conflicted(git: &Git) -> Result<Vec<String>, SyncError> {
    let ran = git.local(&["diff", "--name-only", "--relative", "--diff-filter=U", "-z"])?;
    Ok(ran
        .out
        .split('\0')
        .filter(|f| !f.is_empty())
        .map(str::to_string)
        .collect())
}

/// A git step that must succeed.
pub(super) fn step(git: &Git, dir: &Path, what: &str, args: &[&str]) -> Result<(), SyncError> {
    let ran = git.local(args)?;
    match ran.ok {
        true => Ok(()),
        false => Err(SyncError::Git {
            dir: dir.to_path_buf(),
            step: what.to_string(),
            said: ran.said(),
        }),
    }
}

/// The first line of a command that succeeded.
pub(super) fn ok_line(ran: &Ran) -> Option<String> {
    ran.ok
        .then(|| ran.out.lines().next().unwrap_or("").trim().to_string())
        .filter(|l| !l.is_empty())
}

/// "origin/main" for "refs/remotes/origin/main".
pub(super) fn short_ref(full: &str) -> String {
    full.strip_prefix("refs/remotes/")
        .unwrap_or(full)
        .to_string()
}
