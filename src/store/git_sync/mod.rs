//! `runde sync`: a shared folder that is a git work tree is kept in step
//! through its remote. runde commits its own files there (the network
//! files and session records, nothing else: private notes are never in a
//! shared folder), fetches, rebases its commit on what came in, and
//! pushes. Without a remote it commits only; a remote it cannot reach
//! leaves the local commit for the next sync. Two machines that changed
//! one file are never resolved by dropping a side: the rebase is undone,
//! both versions kept (this machine's in its commit, the other's on the
//! remote) and the files named.

mod came_in;
mod commit;
mod git_steps;
mod resolve;
mod run;

pub use came_in::CameIn;
use git_steps::{
    Chosen, changed_files, conflicted, head_exists, is_runde_file, is_work_tree, ok_line,
    pick_remote, push, real_now, short_ref, step,
};
use resolve::Resolved;
use run::{Git, RunError};

use super::{Store, StoreError, atomic};
use crate::model::{Network, Record};
use crate::text::Lang;
use std::path::{Path, PathBuf};
use std::time::Duration;

/// How long `sync: auto` waits for the remote before runde carries on.
pub const AUTO_LIMIT: Duration = Duration::from_secs(10);
/// How long `runde sync` waits for the remote.
pub const COMMAND_LIMIT: Duration = Duration::from_secs(120);

/// The `.gitignore` runde writes into a shared git folder that has none:
/// what runde may leave there for a moment is never committed.
pub const GITIGNORE: &str = "\
# Written by runde (runde sync). Only networks/*.ron and records/*.ron are
# shared; runde commits nothing else. Temp files of a write in progress:
.runde-*
# Nothing of one machine's own belongs here (runde keeps it elsewhere):
private/
*.lock
*.sqlite*
";

/// What the remote said.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Remote {
    /// The folder has no remote: committed here only.
    None,
    /// Fetched and rebased; `pushed`: this machine's commits were sent.
    Reached { remote: String, pushed: bool },
    /// The remote could not be reached; the local commit is kept.
    Unreachable { remote: String, said: String },
    /// The remote did not answer within the time limit.
    TimedOut { remote: String, limit: Duration },
    /// Both sides changed the same files: nothing was pushed; this
    /// machine's version is in its commit, the other one on the remote.
    Conflict {
        remote: String,
        upstream: String,
        files: Vec<PathBuf>,
        /// Copies of those files that do not load, so were not merged.
        unreadable: Vec<super::Problem>,
    },
}

/// What one sync of one folder did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Synced {
    pub dir: PathBuf,
    /// The subject of the commit runde made, when it made one.
    pub commit: Option<String>,
    pub came_in: CameIn,
    pub remote: Remote,
    /// Files that came in and do not load (named; runde goes on).
    pub unreadable: Vec<super::Problem>,
}

impl Synced {
    /// Everything runde set out to do is done.
    pub fn complete(&self) -> bool {
        matches!(self.remote, Remote::None | Remote::Reached { .. }) && self.unreadable.is_empty()
    }
}

/// Why a folder could not be synced; nothing was changed.
#[derive(Debug)]
pub enum SyncError {
    /// There is no `git` command on this machine.
    GitMissing,
    /// The folder is not in a git work tree.
    NotGit(PathBuf),
    /// The network lives on this machine only.
    NotShared(String),
    /// No shared folder of this machine is a git work tree.
    NothingToSync,
    /// A rebase or merge is under way in the folder (from before).
    Unfinished(PathBuf),
    /// The work tree is not on a branch.
    Detached(PathBuf),
    /// git refused a step; what it said.
    Git {
        dir: PathBuf,
        step: String,
        said: String,
    },
    Io(std::io::Error),
    Store(StoreError),
}

impl From<RunError> for SyncError {
    fn from(e: RunError) -> SyncError {
        match e {
            RunError::Missing => SyncError::GitMissing,
            RunError::Io(e) => SyncError::Io(e),
            // Only remote commands have a deadline; they are handled
            // where they run.
            RunError::TimedOut => SyncError::Io(std::io::Error::new(
                std::io::ErrorKind::TimedOut,
                "git did not finish in time",
            )),
        }
    }
}

impl Store {
    /// The shared folders of this machine that are git work trees, for
    /// `runde sync` without a name; `GitMissing` when there is no git.
    pub fn git_folders(&self) -> Result<Vec<PathBuf>, SyncError> {
        let (roots, _) = self.roots();
        let mut out = Vec::new();
        for root in roots.into_iter().filter(|r| r.shared && r.dir.is_dir()) {
            let git = Git::new(&root.dir, real_now());
            if is_work_tree(&git)? {
                out.push(root.dir);
            }
        }
        Ok(out)
    }

    /// The git folder network `name` lives in.
    pub fn git_folder_of(&self, name: &str) -> Result<PathBuf, SyncError> {
        let root = self.root_of(name);
        if !root.shared {
            return Err(SyncError::NotShared(name.to_string()));
        }
        let git = Git::new(&root.dir, real_now());
        match root.dir.is_dir() && is_work_tree(&git)? {
            true => Ok(root.dir),
            false => Err(SyncError::NotGit(root.dir)),
        }
    }

    /// Whether runde's files in `dir` have changes not committed yet.
    pub fn git_has_changes(&self, dir: &Path) -> Result<bool, SyncError> {
        let git = Git::new(dir, real_now());
        Ok(!changed_files(&git, dir)?.is_empty())
    }

    /// Syncs the shared git folder `dir` (see the module's comment): the
    /// remote gets `limit`; the commit message is in `lang`.
    pub fn sync_folder(
        &self,
        dir: &Path,
        limit: Duration,
        lang: Lang,
    ) -> Result<Synced, SyncError> {
        let mut git = Git::new(dir, real_now() + limit);
        if !is_work_tree(&git)? {
            return Err(SyncError::NotGit(dir.to_path_buf()));
        }
        for state in ["rebase-merge", "rebase-apply", "MERGE_HEAD"] {
            let ran = git.local(&["rev-parse", "--git-path", state])?;
            let path = dir.join(ran.out.trim());
            if ran.ok && path.exists() {
                return Err(SyncError::Unfinished(dir.to_path_buf()));
            }
        }
        let Some(branch) = ok_line(&git.local(&["symbolic-ref", "--short", "-q", "HEAD"])?) else {
            return Err(SyncError::Detached(dir.to_path_buf()));
        };
        if !git.has_config("user.name") || !git.has_config("user.email") {
            let machine = self.machine_id();
            git.set("user.name", &format!("runde ({machine})"));
            git.set("user.email", &format!("runde@{machine}.invalid"));
        }
        let commit = self.commit_changes(&git, dir, lang)?;
        let remote = match pick_remote(&git)? {
            None => {
                return Ok(Synced {
                    dir: dir.to_path_buf(),
                    commit,
                    came_in: CameIn::default(),
                    remote: Remote::None,
                    unreadable: Vec::new(),
                });
            }
            Some(remote) => remote,
        };
        let mut synced = Synced {
            dir: dir.to_path_buf(),
            commit,
            came_in: CameIn::default(),
            remote: Remote::None,
            unreadable: Vec::new(),
        };
        // A push the remote refuses because another machine pushed in
        // between is followed by one more fetch and rebase.
        for _attempt in 0..2 {
            let (remote_said, ahead) =
                self.exchange(&git, dir, &remote, &branch, &mut synced.came_in)?;
            synced.remote = remote_said;
            if !ahead {
                break;
            }
            match push(&git, &remote, &branch, limit)? {
                Some(outcome) => synced.remote = outcome,
                None => {
                    synced.remote = Remote::Reached {
                        remote: remote.remote.clone(),
                        pushed: true,
                    };
                    break;
                }
            }
        }
        synced.unreadable = self.read_came_in(dir, &mut synced.came_in);
        Ok(synced)
    }

    /// Fetches and rebases on what came in; whether this machine has
    /// commits the remote has not.
    fn exchange(
        &self,
        git: &Git,
        dir: &Path,
        remote: &Chosen,
        branch: &str,
        came_in: &mut CameIn,
    ) -> Result<(Remote, bool), SyncError> {
        let name = remote.remote.clone();
        let limit = git.deadline.saturating_duration_since(real_now());
        match git.remote(&["fetch", "--quiet", "--no-tags", &name]) {
            Ok(ran) if ran.ok => {}
            Ok(ran) => {
                let said = ran.said();
                return Ok((Remote::Unreachable { remote: name, said }, false));
            }
            Err(RunError::TimedOut) => {
                return Ok((
                    Remote::TimedOut {
                        remote: name,
                        limit,
                    },
                    false,
                ));
            }
            Err(e) => return Err(e.into()),
        }
        let upstream = remote
            .upstream
            .clone()
            .unwrap_or_else(|| format!("refs/remotes/{name}/{branch}"));
        let Some(up) = ok_line(&git.local(&[
            "rev-parse",
            "--verify",
            "-q",
            &format!("{upstream}^{{commit}}"),
        ])?) else {
            // The remote has no such branch yet: everything is to push.
            let ahead = head_exists(git)?;
            return Ok((
                Remote::Reached {
                    remote: name,
                    pushed: false,
                },
                ahead,
            ));
        };
        let head = ok_line(&git.local(&["rev-parse", "--verify", "-q", "HEAD^{commit}"])?);
        came_in.add(&came_in::between(git, head.as_deref(), &up)?);
        match head {
            None => step(git, dir, "git merge", &["merge", "--ff-only", "-q", &up])?,
            Some(_) => {
                let rebased = git.local(&["rebase", "--autostash", "-q", &up])?;
                if !rebased.ok {
                    let (files, unreadable) = match self.resolve_rebase(git, dir)? {
                        Resolved::Done(merged) => {
                            came_in.merged.extend(merged);
                            (Vec::new(), Vec::new())
                        }
                        Resolved::Stuck(files, unreadable) => (files, unreadable),
                        Resolved::Other => (Vec::new(), Vec::new()),
                    };
                    if came_in.merged.is_empty() || !files.is_empty() {
                        // Undone: this machine's commit is as it was, the
                        // other side stays on the remote. Nothing is lost
                        // or pushed.
                        let _aborted = git.local(&["rebase", "--abort"])?;
                        if files.is_empty() {
                            return Err(SyncError::Git {
                                dir: dir.to_path_buf(),
                                step: "git rebase".to_string(),
                                said: rebased.said(),
                            });
                        }
                        *came_in = CameIn::default();
                        let files = files.iter().map(|f| dir.join(f)).collect();
                        let upstream = short_ref(&upstream);
                        return Ok((
                            Remote::Conflict {
                                remote: name,
                                upstream,
                                files,
                                unreadable,
                            },
                            false,
                        ));
                    }
                }
            }
        }
        let ahead = git.local(&["rev-list", "--count", &format!("{up}..HEAD")])?;
        let ahead = !(ahead.ok && ahead.out.trim() == "0");
        Ok((
            Remote::Reached {
                remote: name,
                pushed: false,
            },
            ahead,
        ))
    }

    /// Reads what came in (now in the work tree): the days of the new
    /// meetings and the networks whose file changed; the files that do
    /// not load.
    fn read_came_in(&self, dir: &Path, came_in: &mut CameIn) -> Vec<super::Problem> {
        let mut problems = Vec::new();
        for (status, file) in came_in.files.clone() {
            let path = dir.join(&file);
            if status == 'D' || !path.is_file() {
                came_in.removed += usize::from(file.starts_with("records/"));
                continue;
            }
            if file.starts_with("networks/") {
                match self.read::<Network>(&path) {
                    Ok(network) => came_in.networks.push(network.name),
                    Err(problem) => problems.push(problem),
                }
                continue;
            }
            match self.read::<Record>(&path) {
                Ok(record) if status == 'A' => came_in.meetings.push(record.started.date_naive()),
                Ok(_) => came_in.updated += 1,
                Err(problem) => problems.push(problem),
            }
        }
        came_in.meetings.sort();
        problems
    }
}

impl SyncError {
    /// The error in the UI's language.
    pub fn describe(&self, lang: Lang) -> String {
        use crate::i18n::sync as t;
        let shown = |p: &Path| p.display().to_string();
        match self {
            SyncError::GitMissing => t::GIT_MISSING.get(lang).to_string(),
            SyncError::NotGit(dir) => t::NOT_GIT.fill(lang, &[&shown(dir)]),
            SyncError::NotShared(name) => t::NOT_SHARED.fill(lang, &[name, name]),
            SyncError::NothingToSync => t::NOTHING_TO_SYNC.get(lang).to_string(),
            SyncError::Unfinished(dir) => t::UNFINISHED.fill(lang, &[&shown(dir)]),
            SyncError::Detached(dir) => t::DETACHED.fill(lang, &[&shown(dir)]),
            SyncError::Git { dir, step, said } => {
                t::GIT_REFUSED.fill(lang, &[step, &shown(dir), said])
            }
            SyncError::Io(error) => format!("git: {error}"),
            SyncError::Store(error) => error.describe(lang),
        }
    }
}
