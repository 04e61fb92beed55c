//! A window resized as runde starts is drawn at its new size: the resize
//! may come before the loop first reads an event (the live screen writes
//! its session and the room state first), and crossterm reports resizes
//! only once it listens, which runde has it do before it asks the size.
// A test stops on a failed set-up: it may unwrap.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::pty::{DEADLINE, Term};

#[test]
fn a_resize_as_the_live_screen_starts_is_drawn_at_the_new_size() {
    let home = tempfile::tempdir().unwrap();
    let term = Term::spawn(
        home.path(),
        &["start", "--participants", "Anne,Bo,Carla", "--lang", "en"],
    );
    // The first bytes of the first frame: resize at once, while runde may
    // still be on its way to its first read of an event.
    term.wait_until(DEADLINE, |screen| !screen.trim().is_empty())
        .unwrap_or_else(|screen| panic!("nothing drawn:\n{screen}"));
    term.resize(100, 30);
    let footer_at_the_bottom = || term.row(29).contains("quit");
    if let Err(screen) = term.wait_until(DEADLINE, |_| footer_at_the_bottom()) {
        panic!("still drawn at 80x24 after a resize to 100x30:\n{screen}");
    }
    let header = term.row(0);
    assert!(
        header.trim_end().chars().count() > 80,
        "the header runs to the new width: {header:?}"
    );
}
