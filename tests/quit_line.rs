//! Quitting an unfinished meeting says, in one line after the screen is
//! given back, that it is saved and how to go on; the real binary in a
//! pseudo-terminal, in Danish and English.
// A test stops on a failed set-up: it may unwrap.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::pty::Term;

/// Starts a meeting, quits it at once (`q`, then `yes_key`), and gives
/// back what the terminal shows after runde ended.
fn quit_at_once(home: &std::path::Path, lang: &str, ask: &str, yes_key: &str) -> Term {
    let mut term = Term::spawn(
        home,
        &["start", "--participants", "Anne,Bo,Carla", "--lang", lang],
    );
    term.wait_modes("the alternate screen", |m| m.alternate);
    term.send("q");
    term.wait_for(ask);
    term.send(yes_key);
    term.wait_exit();
    term
}

#[test]
fn quitting_an_unfinished_meeting_says_it_is_saved_and_how_to_resume() {
    let home = tempfile::tempdir().expect("home");
    let term = quit_at_once(home.path(), "en", "Quit?", "y");
    term.wait_for("Saved. Resume with `runde resume`");
    assert!(!term.modes().alternate, "{}", term.contents());

    let home = tempfile::tempdir().expect("home");
    let term = quit_at_once(home.path(), "da", "Afslut?", "j");
    term.wait_for("Gemt. Fortsæt med `runde resume`");
}

/// With two unfinished meetings, `runde resume` would take the newer one:
/// quitting the older one names its id.
#[test]
fn quitting_an_older_meeting_names_it() {
    let home = tempfile::tempdir().expect("home");
    quit_at_once(home.path(), "en", "Quit?", "y");
    let older = common::store_at(home.path()).record_ids();
    let mut term = Term::spawn(
        home.path(),
        &["start", "--participants", "Dan,Eva", "--lang", "en"],
    );
    term.wait_modes("the alternate screen", |m| m.alternate);
    term.send("q");
    term.wait_for("Quit?");
    term.send("y");
    term.wait_exit();
    assert_eq!(common::store_at(home.path()).record_ids().len(), 2);
    let mut term = Term::spawn(home.path(), &["resume", &older[0], "--lang", "en"]);
    term.wait_modes("the alternate screen", |m| m.alternate);
    term.send("q");
    term.wait_for("Quit?");
    term.send("y");
    term.wait_exit();
    term.wait_for(&format!("Saved. Resume with `runde resume {}`", older[0]));
}
