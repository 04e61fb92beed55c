//! The one place runde runs the `git` command: in a shared folder, in the
//! C locale (nothing git says for people is parsed; only porcelain and
//! plumbing output is), never asking anything (no prompt, no editor, no
//! pager), with runde's own identity when the user has none configured,
//! and with a deadline for the commands that reach a remote.

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::time::Instant;

/// What a git command did.
#[derive(Debug)]
pub(super) struct Ran {
    pub ok: bool,
    pub out: String,
    pub err: String,
}

impl Ran {
    /// The last line git wrote on stderr (what went wrong, for a message).
    pub(super) fn said(&self) -> String {
        self.err
            .lines()
            .rev()
            .map(str::trim)
            .find(|l| !l.is_empty())
            .unwrap_or("")
            .to_string()
    }
}

/// Why a git command did not run to its end.
#[derive(Debug)]
pub enum RunError {
    /// There is no `git` to run.
    Missing,
    /// It ran past the deadline and was stopped.
    TimedOut,
    /// It could not be started or read for another reason.
    Io(std::io::Error),
}

/// git in one folder.
pub(super) struct Git {
    dir: PathBuf,
    /// `-c key=value` settings for every command (runde's identity).
    settings: Vec<String>,
    /// When the commands that reach a remote must have finished.
    pub deadline: Instant,
    /// Keep ssh from asking for a password: set unless the user chose an
    /// ssh command.
    batch_ssh: bool,
}

impl Git {
    pub(super) fn new(dir: &Path, deadline: Instant) -> Git {
        let user_ssh =
            std::env::var_os("GIT_SSH_COMMAND").is_some() || std::env::var_os("GIT_SSH").is_some();
        let mut git = Git {
            dir: dir.to_path_buf(),
            settings: Vec::new(),
            deadline,
            batch_ssh: false,
        };
        git.batch_ssh = !user_ssh && !git.has_config("core.sshCommand");
        git
    }

    /// Whether `key` is set in git's config for this folder.
    pub(super) fn has_config(&self, key: &str) -> bool {
        self.local(&["config", "--get", key])
            .is_ok_and(|ran| ran.ok && !ran.out.trim().is_empty())
    }

    /// `-c key=value` for every command from now on.
    pub(super) fn set(&mut self, key: &str, value: &str) {
        self.settings.push(format!("{key}={value}"));
    }

    /// A command that stays on this machine: it runs to its end (a
    /// rebase stopped half-way would leave the folder in a state to mend).
    pub(super) fn local(&self, args: &[&str]) -> Result<Ran, RunError> {
        self.run(args, None)
    }

    /// A command that reaches a remote: stopped at the deadline.
    pub(super) fn remote(&self, args: &[&str]) -> Result<Ran, RunError> {
        self.run(args, Some(self.deadline))
    }

    fn run(&self, args: &[&str], deadline: Option<Instant>) -> Result<Ran, RunError> {
        let mut command = Command::new("git");
        command.arg("-C").arg(&self.dir);
        for setting in &self.settings {
            command.arg("-c").arg(setting);
        }
        command
            .args(args)
            .env("LC_ALL", "C")
            .env("LANGUAGE", "C")
            .env("GIT_TERMINAL_PROMPT", "0")
            .env("GIT_EDITOR", "true")
            .env("GIT_SEQUENCE_EDITOR", "true")
            .env("GIT_MERGE_AUTOEDIT", "no")
            .env("GIT_PAGER", "cat")
            .env_remove("GIT_DIR")
            .env_remove("GIT_WORK_TREE")
            .env_remove("GIT_INDEX_FILE")
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        if self.batch_ssh {
            command.env(
                "GIT_SSH_COMMAND",
                "ssh -o BatchMode=yes -o ConnectTimeout=8",
            );
        }
        let mut child = command.spawn().map_err(|e| match e.kind() {
            std::io::ErrorKind::NotFound => RunError::Missing,
            _ => RunError::Io(e),
        })?;
        // Both pipes are read on threads of their own, so a full pipe never
        // holds git up and the deadline can be kept while it runs.
        let (tx, rx) = mpsc::channel();
        if let Some(mut out) = child.stdout.take() {
            let tx = tx.clone();
            std::thread::spawn(move || {
                let mut buf = Vec::new();
                let read = out.read_to_end(&mut buf);
                let _sent = tx.send((true, read.map(|_| buf)));
            });
        }
        if let Some(mut err) = child.stderr.take() {
            std::thread::spawn(move || {
                let mut buf = Vec::new();
                let read = err.read_to_end(&mut buf);
                let _sent = tx.send((false, read.map(|_| buf)));
            });
        }
        let (mut out, mut err) = (Vec::new(), Vec::new());
        for _ in 0..2 {
            let got = match deadline {
                Some(at) => rx
                    .recv_timeout(at.saturating_duration_since(super::real_now()))
                    .map_err(|_| ()),
                None => rx.recv().map_err(|_| ()),
            };
            match got {
                Ok((true, bytes)) => out = bytes.map_err(RunError::Io)?,
                Ok((false, bytes)) => err = bytes.map_err(RunError::Io)?,
                Err(()) => {
                    // Past the deadline: stopped (a fetch or push stopped
                    // half-way changes nothing in the folder).
                    let _killed = child.kill();
                    let _reaped = child.wait();
                    return Err(RunError::TimedOut);
                }
            }
        }
        let status = child.wait().map_err(RunError::Io)?;
        Ok(Ran {
            ok: status.success(),
            out: String::from_utf8_lossy(&out).into_owned(),
            err: String::from_utf8_lossy(&err).into_owned(),
        })
    }
}
