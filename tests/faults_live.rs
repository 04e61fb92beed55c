//! Faults the live binary meets mid-session, driven in a pseudo-terminal:
//! a records folder that turns read-only, a second runde on the same
//! session. The notes stay on screen and in memory, the facilitator is
//! told in words, and the session goes on. The store-level faults:
//! `faults.rs`.
// A test stops on a failed set-up: it may unwrap.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::pty::Term;
use std::fs;
use std::process::Command;

fn running_as_root() -> bool {
    Command::new("id")
        .arg("-u")
        .output()
        .is_ok_and(|o| o.stdout.starts_with(b"0\n"))
}

/// The live binary, when its records folder turns read-only mid-session:
/// it says NOT SAVED, keeps the note on screen and in memory, keeps
/// running, and saves it all once the folder is writable again.
#[cfg(unix)]
#[test]
fn a_live_session_keeps_its_notes_while_it_cannot_save() {
    use std::os::unix::fs::PermissionsExt;
    let home = tempfile::tempdir().expect("home");
    let runde = env!("CARGO_BIN_EXE_runde");
    let args = ["start", "--participants", "Anne,Bo,Carla", "--lang", "en"];
    let mut term = if running_as_root() {
        // root passes permission checks; drop that power for this runde.
        let mut wrapped = vec![
            "--bounding-set=-dac_override,-dac_read_search,-fowner",
            runde,
        ];
        wrapped.extend(args);
        Term::spawn_program("setpriv", home.path(), &wrapped, 120, 40)
    } else {
        Term::spawn_sized(home.path(), &args, 120, 40)
    };
    term.wait_for("Notes (0)");
    term.send("l");
    term.wait_for("Frame the round");
    term.send("n");
    term.wait_for("Now: Anne");
    let store = common::store_at(home.path());
    let records = store.paths().records_dir();
    assert_eq!(store.record_ids().len(), 1, "the first change is saved");

    fs::set_permissions(&records, fs::Permissions::from_mode(0o500)).expect("chmod");
    term.send("i");
    term.wait_for("New note");
    term.send("Said once, kept anyway");
    term.send("\r");
    term.wait_for("NOT SAVED");
    term.wait_for("Said once, kept anyway");
    // Said in words, not as the OS's "Permission denied (os error 13)".
    term.wait_for("no permission to write");
    // It keeps working: the next speaker still comes.
    term.send("n");
    term.wait_for("Now: Bo");
    let id = &store.record_ids()[0];
    let before = store.load_record(id).expect("old record loads");
    assert!(
        before.notes.is_empty(),
        "nothing was written while read-only"
    );

    fs::set_permissions(&records, fs::Permissions::from_mode(0o700)).expect("chmod back");
    // The retry saves on its own; the warning goes.
    term.wait_until(std::time::Duration::from_secs(20), |s| {
        !s.contains("NOT SAVED")
    })
    .unwrap_or_else(|s| panic!("never saved again:\n{s}"));
    term.kill9();
    let after = store.load_record(id).expect("record loads");
    let texts: Vec<&str> = after.notes.iter().map(|n| n.text.as_str()).collect();
    assert_eq!(texts, vec!["Said once, kept anyway"]);
}

/// A second runde on a session that a live runde holds: a clear message,
/// no second writer, and the first session goes on undisturbed.
#[test]
fn a_second_runde_on_a_live_session_is_refused_with_a_clear_message() {
    let home = tempfile::tempdir().expect("home");
    let mut first = Term::spawn_sized(
        home.path(),
        &["start", "--participants", "Anne,Bo,Carla", "--lang", "en"],
        120,
        40,
    );
    first.wait_for("Notes (0)");
    first.send("l");
    first.wait_for("Frame the round");
    first.send("n");
    first.wait_for("Now: Anne");

    let mut second = Term::spawn_sized(home.path(), &["resume", "--lang", "en"], 120, 40);
    second.wait_for("another runde has this session open");
    second.wait_exit();

    first.send("n");
    first.wait_for("Now: Bo");
    first.send("i");
    first.wait_for("New note");
    first.send("Still ours\r");
    first.wait_for("Notes (1)");
    first.send("q");
    first.wait_for("Quit?");
    first.send("y");
    first.wait_exit();
    let store = common::store_at(home.path());
    let ids = store.record_ids();
    let record = store.load_record(&ids[0]).expect("record loads");
    assert_eq!(record.notes.len(), 1);
    assert_eq!(record.notes[0].text, "Still ours");
}
