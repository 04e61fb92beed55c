//! `runde display` beside a live session, both real processes in
//! pseudo-terminals: the display follows a speaker change and a step change
//! within one second, and a note typed in the live session never appears.
// A test stops on a failed set-up: it may unwrap.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::pty::Term;
use std::time::Duration;

const WITHIN: Duration = Duration::from_secs(1);

#[test]
fn the_display_follows_the_live_session_and_never_shows_a_note() {
    let home = tempfile::tempdir().unwrap();
    let display = Term::spawn_sized(home.path(), &["display", "--lang", "en"], 120, 40);
    display.wait_for("Waiting for a session");

    let mut live = Term::spawn(
        home.path(),
        &["start", "--participants", "Anne,Bo,Carla", "--lang", "en"],
    );
    live.wait_for("Welcome");
    display.wait_for("Welcome");

    live.send("l");
    live.wait_for("Frame the round");
    display
        .wait_until(WITHIN, |s| s.contains("Check-in"))
        .unwrap_or_else(|s| panic!("step change not followed within 1 s:\n{s}"));

    live.send("n");
    live.wait_for("Now: Anne");
    display
        .wait_until(WITHIN, |s| s.contains("Speaking: Anne"))
        .unwrap_or_else(|s| panic!("speaker not followed within 1 s:\n{s}"));
    live.send("n");
    live.wait_for("Now: Bo");
    display
        .wait_until(WITHIN, |s| s.contains("Speaking: Bo"))
        .unwrap_or_else(|s| panic!("speaker not followed within 1 s:\n{s}"));

    live.send("i");
    live.wait_for("New note");
    live.send("Bo is close to burning out");
    live.send("\r");
    live.wait_for("Notes (1)");
    live.send("n");
    live.wait_for("Now: Carla");
    display.wait_for("Speaking: Carla");
    assert!(
        !display.contents().contains("burning"),
        "{}",
        display.contents()
    );

    live.send("q");
    live.wait_for("Quit?");
    live.send("y");
    live.child.wait().unwrap();
    display.wait_for("Waiting for a session");

    // Resumed, the session is followed again where it stood.
    let mut resumed = Term::spawn(home.path(), &["resume", "--lang", "en"]);
    resumed.wait_for("Now: Carla");
    display.wait_for("Speaking: Carla");
    resumed.send("q");
    resumed.wait_for("Quit?");
    resumed.send("y");
    resumed.child.wait().unwrap();
    display.wait_for("Waiting for a session");

    let mut display = display;
    display.send("q");
    display.child.wait().unwrap();
}
