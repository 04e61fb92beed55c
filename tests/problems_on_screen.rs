//! What runde could not read at the start is said on the screen that
//! opens, not on stderr behind it: a meeting record that does not load
//! (the rotation leaves it out, so today's suggestions may be unfair) and
//! a plan of the user's own that does not load (the bundled one runs).
// A test stops on a failed set-up: it may unwrap.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::pty::Term;
use std::path::Path;
use std::time::Duration;

/// A home with the network Nord, one of its meetings cut short by an
/// outside tool and, with `plan`, a broken `standard` plan of the user's.
fn home(plan: bool) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let made = common::runde(
        dir.path(),
        &[
            "network",
            "new",
            "Nord",
            "--participants",
            "Anne,Bo,Carla,Dorte",
        ],
    );
    assert!(made.status.success(), "{made:?}");
    let records = dir.path().join("data/records");
    std::fs::create_dir_all(&records).unwrap();
    let broken = "(\n  id: \"2026-11-03-1400-nord\",\n  network: oops\n";
    std::fs::write(records.join("2026-11-03-1400-nord.ron"), broken).unwrap();
    if plan {
        write_plan(dir.path());
    }
    dir
}

fn write_plan(home: &Path) {
    let plans = home.join("config/plans");
    std::fs::create_dir_all(&plans).unwrap();
    std::fs::write(plans.join("standard.ron"), "(id: \"standard\", title: 3)\n").unwrap();
}

fn quit(mut term: Term) {
    term.send("q");
    term.wait_exit();
}

#[test]
fn start_says_the_unread_meeting_and_the_broken_plan_on_the_attendance_check() {
    let home = home(true);
    let term = Term::spawn(home.path(), &["--lang", "da", "start", "--network", "Nord"]);
    term.wait_for("Fremmøde – Nord");
    term.wait_for("⚠ 1 møde kunne ikke læses, så turen tæller det ikke med:");
    term.wait_for("2026-11-03-1400-nord.ron:3:12:");
    // The plan's problem is the second: counted where the first ends.
    term.wait_for("(og 1 til)");
    quit(term);
}

#[test]
fn a_broken_plan_of_ones_own_is_said_when_the_bundled_one_runs() {
    let home = home(false);
    write_plan(home.path());
    std::fs::remove_file(home.path().join("data/records/2026-11-03-1400-nord.ron")).unwrap();
    let term = Term::spawn_sized(
        home.path(),
        &["--lang", "en", "start", "--network", "Nord"],
        120,
        40,
    );
    term.wait_for("⚠ runde runs the bundled plan, as your own cannot be read:");
    term.wait_for("standard.ron:1:25:");
    quit(term);
}

#[test]
fn participants_given_by_hand_see_the_broken_plan_on_the_live_status_line() {
    let home = home(true);
    let mut term = Term::spawn(
        home.path(),
        &["--lang", "en", "start", "--participants", "Anne,Bo,Carla"],
    );
    term.wait_for("runde runs the bundled plan, as your own cannot be read:");
    term.send("q");
    term.wait_for("Quit");
    term.send("y");
    term.wait_exit();
}

#[test]
fn home_says_the_broken_plan_and_its_attendance_check_the_unread_meeting() {
    let home = home(true);
    let mut term = Term::spawn(home.path(), &["--lang", "en"]);
    term.wait_for("standard.ron:1:25:");
    // Enter starts once the meetings are read (till then it waits).
    term.wait_for("Past sessions");
    term.wait_until(Duration::from_secs(10), |s| !s.contains("loading …"))
        .unwrap();
    term.send("\r");
    term.wait_for("Attendance – Nord");
    term.wait_for("⚠ 1 meeting could not be read, so the rotation leaves it out:");
    term.send("q");
    term.wait_for("Enter start");
    quit(term);
}
