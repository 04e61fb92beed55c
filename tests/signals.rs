//! Signals end runde cleanly: SIGTERM, SIGINT and SIGQUIT save the
//! session, give the terminal back (raw mode off, main screen, cursor
//! shown), tell the room view the meeting ended, and exit. SIGTSTP (and
//! Ctrl-Z, which raw mode delivers as a key) gives the terminal back and
//! stops; SIGCONT takes it again, draws the screen anew, and keys work.
// A test stops on a failed set-up: it may unwrap.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::pty::{Modes, Term};
use runde::clock::{Clock, SystemClock};
use runde::store::Store;
use std::path::Path;

fn start(home: &Path) -> Term {
    let mut term = Term::spawn_sized(
        home,
        &["start", "--participants", "Anne,Bo,Carla", "--lang", "en"],
        120,
        40,
    );
    term.wait_for("Notes (0)");
    term.wait_modes("set up", |m| m.alternate && m.cursor_hidden && m.raw);
    // The check-in round, a turn running, a note taken.
    term.send("ln");
    term.wait_for("Now: Anne");
    term.send("i");
    term.wait_for("New note");
    term.send("Bo tager referat\r");
    term.wait_for("Notes (1)");
    term
}

fn kill(term: &Term, signal: &str) {
    let pid = term.child.process_id().expect("pid");
    let status = std::process::Command::new("kill")
        .args([&format!("-{signal}"), &pid.to_string()])
        .status()
        .expect("kill");
    assert!(status.success());
}

fn given_back(m: &Modes) -> bool {
    !m.alternate && !m.cursor_hidden && !m.raw
}

/// True once process `pid` is stopped (state T in /proc).
fn stopped(pid: u32) -> bool {
    std::fs::read_to_string(format!("/proc/{pid}/stat"))
        .ok()
        .and_then(|stat| {
            let after = stat.rsplit_once(") ")?.1.to_string();
            after.chars().next()
        })
        .is_some_and(|state| state == 'T')
}

fn wait_stopped(pid: u32) {
    let end = SystemClock.now() + common::pty::DEADLINE;
    while !stopped(pid) {
        assert!(SystemClock.now() < end, "runde never stopped");
        std::thread::yield_now();
    }
}

fn store_of(home: &Path) -> Store {
    common::store_at(home)
}

#[test]
fn term_int_and_quit_save_give_the_terminal_back_and_end_the_room_view() {
    for (signal, number) in [("TERM", 15), ("INT", 2), ("QUIT", 3)] {
        let home = tempfile::tempdir().unwrap();
        let mut term = start(home.path());
        kill(&term, signal);
        let status = term.child.wait().expect("runde ends");
        assert_eq!(status.exit_code(), 128 + number, "SIG{signal}: {status:?}");
        term.wait_modes("given back", given_back);

        let store = store_of(home.path());
        let ids = store.record_ids();
        assert_eq!(ids.len(), 1, "SIG{signal}: {ids:?}");
        let record = store.load_record(&ids[0]).unwrap();
        assert!(record.is_resumable(), "SIG{signal}: resumable");
        assert_eq!(record.notes.len(), 1, "SIG{signal}");
        assert!(record.live.speaking, "SIG{signal}: saved as it stood");
        let room = store.room_state().expect("a room state").unwrap();
        assert!(
            !room.live,
            "SIG{signal}: the room is told the meeting ended"
        );
        assert!(!store.paths().lock_file(&ids[0]).exists(), "SIG{signal}");

        let mut again = Term::spawn_sized(home.path(), &["resume", "--lang", "en"], 120, 40);
        again.wait_for("Now: Anne");
        again.wait_for("Bo tager referat");
        again.send("q");
        again.wait_for("Quit?");
        again.send("y");
        again.wait_exit();
    }
}

#[test]
fn a_stop_gives_the_terminal_back_and_a_continue_takes_it_again() {
    let home = tempfile::tempdir().unwrap();
    let mut term = start(home.path());
    let pid = term.child.process_id().expect("pid");
    // SIGTSTP from outside, and Ctrl-Z typed (in raw mode it is a key).
    for stop in ["kill -TSTP", "Ctrl-Z"] {
        match stop {
            "Ctrl-Z" => term.send("\x1a"),
            _ => kill(&term, "TSTP"),
        }
        wait_stopped(pid);
        term.wait_modes("given back while stopped", given_back);

        kill(&term, "CONT");
        term.wait_modes("taken again", |m| m.alternate && m.cursor_hidden && m.raw);
        // Drawn anew on the fresh screen, and keys typed after fg work.
        term.wait_for("Notes (1)");
        term.send("n");
        term.wait_until(common::pty::DEADLINE, |s| {
            s.contains("Now: Bo") || s.contains("Now: Carla")
        })
        .unwrap_or_else(|s| panic!("after {stop}, n did nothing:\n{s}"));
        term.send("n");
    }
    // Ctrl-C comes as a key in raw mode: it asks, as q does.
    term.send("\x03");
    term.wait_for("Quit?");
    term.send("y");
    term.wait_exit();
    term.wait_modes("given back", given_back);
}

#[test]
fn after_a_stop_runde_cannot_catch_keys_work_again() {
    // SIGSTOP cannot be caught: runde only learns of it by the SIGCONT,
    // takes the terminal again (a shell may have reset it) and redraws.
    let home = tempfile::tempdir().unwrap();
    let mut term = start(home.path());
    let pid = term.child.process_id().expect("pid");
    kill(&term, "STOP");
    wait_stopped(pid);
    kill(&term, "CONT");
    term.wait_modes("taken again", |m| m.alternate && m.cursor_hidden && m.raw);
    term.wait_for("Notes (1)");
    // Speakers still wait: → asks, and y goes on (a second l this soon
    // would be taken as the first hit twice).
    term.send("l");
    term.wait_for("any other key: no");
    term.send("y");
    term.wait_for("Notes (0)");
    term.send("q");
    term.wait_for("Quit?");
    term.send("y");
    term.wait_exit();
}
