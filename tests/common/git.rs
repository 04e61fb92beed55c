//! Two machines on one bare git remote, for the `runde sync` tests: each
//! machine is a data home, a clone, and a git identity of its own (no
//! system or user git config of the host is read).

use runde::model::record::{Note, Record};
use runde::model::{Network, NoteKind};
use runde::store::Store;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// git in `dir` as the test's own hand (set-up and inspection), with an
/// identity of its own.
pub fn git(dir: &Path, args: &[&str]) -> String {
    let out = Command::new("git")
        .arg("-C")
        .arg(dir)
        .args(args)
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .env("LC_ALL", "C")
        .env("GIT_AUTHOR_NAME", "test")
        .env("GIT_AUTHOR_EMAIL", "test@example.invalid")
        .env("GIT_COMMITTER_NAME", "test")
        .env("GIT_COMMITTER_EMAIL", "test@example.invalid")
        .output()
        .expect("git runs");
    assert!(
        out.status.success(),
        "git {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// A bare remote with branch main.
pub fn bare_remote(at: &Path) -> PathBuf {
    let remote = at.join("remote.git");
    fs::create_dir_all(&remote).expect("dir");
    git(&remote, &["init", "-q", "--bare", "-b", "main"]);
    remote
}

pub struct Machine {
    pub home: tempfile::TempDir,
    /// The machine's clone of the network's repository.
    pub clone: PathBuf,
    /// Its user's git config (`None`: no identity configured).
    pub gitconfig: Option<PathBuf>,
}

impl Machine {
    /// A machine whose user is `user` in git, with a clone of `remote`
    /// at `<home>/netvaerk`.
    pub fn cloned(remote: &Path, user: Option<&str>) -> Machine {
        let home = tempfile::tempdir().expect("home");
        let clone = home.path().join("netvaerk");
        git(
            home.path(),
            &["clone", "-q", &remote.display().to_string(), "netvaerk"],
        );
        let gitconfig = user.map(|user| {
            let path = home.path().join("gitconfig");
            fs::write(
                &path,
                format!("[user]\n\tname = {user}\n\temail = {user}@example.invalid\n"),
            )
            .expect("gitconfig");
            path
        });
        Machine {
            home,
            clone,
            gitconfig,
        }
    }

    pub fn store(&self) -> Store {
        super::store_at(self.home.path())
    }

    /// `runde ARGS` on this machine, in the C locale, with its git config.
    pub fn runde(&self, args: &[&str]) -> Output {
        self.runde_with(args, &[])
    }

    pub fn runde_with(&self, args: &[&str], env: &[(&str, &str)]) -> Output {
        let config = match &self.gitconfig {
            Some(path) => path.display().to_string(),
            None => "/dev/null".to_string(),
        };
        let mut command = Command::new(env!("CARGO_BIN_EXE_runde"));
        command
            .args(args)
            .env("RUNDE_HOME", self.home.path())
            .env("LANG", "C")
            .env("HOME", self.home.path())
            .env("GIT_CONFIG_NOSYSTEM", "1")
            .env("GIT_CONFIG_GLOBAL", config)
            .env_remove("GIT_AUTHOR_NAME")
            .env_remove("GIT_AUTHOR_EMAIL")
            .env_remove("GIT_COMMITTER_NAME")
            .env_remove("GIT_COMMITTER_EMAIL")
            .stdin(std::process::Stdio::null());
        for (k, v) in env {
            command.env(k, v);
        }
        command.output().expect("runde runs")
    }

    /// `runde sync`, which must succeed; what it printed.
    pub fn sync(&self) -> String {
        ok(&self.runde(&["sync"]))
    }

    /// Everything ever committed or stashed in the clone, as text.
    pub fn history(&self) -> String {
        git(&self.clone, &["log", "-p", "--all", "--reflog"])
    }
}

pub fn ok(out: &Output) -> String {
    assert!(
        out.status.success(),
        "{}\n{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// A note of `kind`.
pub fn note(record: &Record, id: u32, kind: NoteKind, text: &str, private: bool) -> Note {
    Note {
        id,
        kind,
        text: text.to_string(),
        at: record.started,
        step: 0,
        participant: None,
        owner: None,
        due: None,
        private,
        status: None,
    }
}

/// Every file under `dir` whose bytes hold `text`.
pub fn files_holding(dir: &Path, text: &str) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(at) = stack.pop() {
        for entry in fs::read_dir(&at).expect("readable folder") {
            let path = entry.expect("entry").path();
            if path.is_dir() {
                stack.push(path);
            } else if String::from_utf8_lossy(&fs::read(&path).expect("file")).contains(text) {
                out.push(path);
            }
        }
    }
    out
}

/// The network as machine `store` has it now.
pub fn network_of(store: &Store, name: &str) -> Network {
    store
        .networks()
        .items
        .into_iter()
        .find(|n| n.name == name)
        .expect("the network is there")
}
