//! A meeting of the network that cannot be read is said on the live
//! screen, where "since last time" and the rotation miss it, not only in
//! the attendance check that came before.
// A test stops on a failed set-up: it may unwrap.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::fs;

#[test]
fn an_unreadable_meeting_is_said_on_the_live_screen() {
    let home = tempfile::tempdir().unwrap();
    let records = home.path().join("data").join("records");
    fs::create_dir_all(&records).unwrap();
    fs::write(
        records.join("2026-11-01-1000-demo-standard.ron"),
        "(id: \"broken",
    )
    .unwrap();
    let mut term = common::pty::Term::spawn_sized(home.path(), &["--lang", "en", "start"], 120, 40);
    term.wait_for("could not be read");
    term.send("\r");
    term.wait_for("Notes (0)");
    // Once the attendance check is drawn over (no trace of its queue),
    // the live screen's status line says it.
    let said = term.wait_until(std::time::Duration::from_secs(20), |screen| {
        !screen.contains("Case queue") && screen.contains("could not be read")
    });
    assert!(said.is_ok(), "{}", term.contents());
    term.send("q");
    term.wait_for("Quit?");
    term.send("y");
    term.wait_exit();
}
