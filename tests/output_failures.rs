//! Output to a full disk and to a closed pipe, for every command that
//! prints on standard output. A failed write is an error: exit 2 and a
//! message on stderr, never a panic and never a quiet success. A closed
//! pipe (`runde plans | head -1`) ends runde quietly, as any Unix tool.
//! Before, `runde plans > file` on a full disk panicked with exit 101 and
//! most commands exited 0 on /dev/full.
// A test stops on a failed set-up: it may unwrap.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::fs;
use std::os::fd::{FromRawFd, OwnedFd};
use std::os::unix::process::ExitStatusExt;
use std::path::Path;
use std::process::{Command, Output, Stdio};

/// A home with the review fixtures (three finished sessions).
/// Every command that writes to standard output, as a user runs it.
fn commands() -> Vec<Vec<String>> {
    let fixture =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/invalid/plan-empty.ron");
    let rows: Vec<Vec<&str>> = vec![
        vec!["--help"],
        vec!["--version"],
        vec!["help", "export"],
        vec!["plans"],
        vec!["themes"],
        vec!["show", "standard"],
        vec!["show", "standard", "--format", "md"],
        vec!["show", "standard", "--network", "Demo"],
        vec!["sessions"],
        vec!["search", "Nordhallen"],
        vec!["export", "latest"],
        vec!["export", "latest", "--output", "-"],
        vec!["actions"],
        vec!["network", "list"],
        vec!["network", "show", "Demo"],
        vec!["network", "new", "Ny", "-p", "Anne, Bo"],
        vec!["network", "add", "Demo", "Cecilie"],
        vec!["network", "remove", "Demo", "Bo"],
        vec![
            "network",
            "leave",
            "Demo",
            "Bo",
            "--from",
            "1/12/2030",
            "--to",
            "2/12/2030",
        ],
        vec!["check", "sessions/standard.ron"],
        vec!["check", fixture.to_str().unwrap()],
    ];
    rows.into_iter()
        .map(|r| r.into_iter().map(str::to_string).collect())
        .collect()
}

fn run(args: &[String], stdout: Stdio) -> Output {
    let home = common::review_home();
    Command::new(env!("CARGO_BIN_EXE_runde"))
        .args(args)
        .args(["--lang", "en"])
        .env("RUNDE_HOME", home.path())
        .env("LANG", "C")
        .stdout(stdout)
        .stderr(Stdio::piped())
        .output()
        .unwrap()
}

#[test]
fn a_full_disk_is_an_error_for_every_command() {
    let mut failures = Vec::new();
    for args in commands() {
        let full = fs::OpenOptions::new()
            .write(true)
            .open("/dev/full")
            .unwrap();
        let out = run(&args, Stdio::from(full));
        let err = String::from_utf8_lossy(&out.stderr);
        if out.status.code() != Some(2)
            || !err.contains("could not write to standard output: the disk is full")
            || err.contains("panicked")
        {
            failures.push(format!("runde {args:?}: {:?}\n{err}", out.status));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

#[test]
fn a_closed_pipe_ends_every_command_quietly() {
    let mut failures = Vec::new();
    for args in commands() {
        let mut fds = [0; 2];
        // SAFETY: fds has room for the two ends pipe() fills in.
        assert_eq!(unsafe { libc::pipe(fds.as_mut_ptr()) }, 0);
        // SAFETY: both ends are fresh descriptors owned here alone; the
        // reading end is closed at once, so every write meets a closed pipe.
        let (read, write) = unsafe { (OwnedFd::from_raw_fd(fds[0]), OwnedFd::from_raw_fd(fds[1])) };
        drop(read);
        let out = run(&args, Stdio::from(write));
        let err = String::from_utf8_lossy(&out.stderr);
        let quiet = out.status.signal() == Some(libc::SIGPIPE)
            || (out.status.code() == Some(0) || out.status.code() == Some(1));
        if !quiet || err.contains("panicked") || err.contains("could not write") {
            failures.push(format!("runde {args:?}: {:?}\n{err}", out.status));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}
