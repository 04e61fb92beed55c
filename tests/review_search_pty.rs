//! Search as you type in the real binary: the letters show at once, the
//! list stays until the typing rests, and then the loop wakes by itself
//! (no key) to show the matches.
// A test stops on a failed set-up: it may unwrap.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::pty::Term;

#[test]
fn the_matches_come_after_a_pause_without_another_key() {
    let home = common::review_home();
    let mut term = Term::spawn_sized(home.path(), &["review", "--lang", "en"], 100, 30);
    term.wait_for("3 sessions");
    term.send("/sygefravær");
    term.wait_for("sygefravær▏");
    // No key after the last letter: only the loop's own wake can search.
    term.wait_for("2 hits");
    term.send("\r");
    term.send("q");
    term.wait_exit();
}
