//! The real binary in a pseudo-terminal: start with participants, give the
//! turn on, write a note, kill the process, resume, and the note is there.
//! Every wait is on screen content, with a deadline; there is no sleep.
// A test stops on a failed set-up: it may unwrap.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::pty::Term;

#[test]
fn a_note_survives_a_killed_session() {
    let home = tempfile::tempdir().unwrap();
    let mut term = Term::spawn(
        home.path(),
        &["start", "--participants", "Anne,Bo,Carla", "--lang", "en"],
    );
    term.wait_for("Welcome");
    // Filed under no network, and the header says so.
    term.wait_for("Ad hoc · 3 present");
    term.send("l");
    term.wait_for("Frame the round");
    term.send("n");
    term.wait_for("Now: Anne");
    term.send("n");
    term.wait_for("Now: Bo");
    term.send("i");
    term.wait_for("New note");
    term.send("Remember the cake for Ærø");
    term.wait_for("│Remember the cake for Ærø");
    term.send("\r");
    term.wait_for("Notes (1)");
    term.wait_for("Remember the cake for Ærø");

    // No quit, no goodbye: the process dies where it stands.
    term.child.kill().unwrap();
    term.child.wait().unwrap();

    let records = std::fs::read_dir(home.path().join("data").join("records"))
        .unwrap()
        .filter_map(|e| e.ok())
        .filter(|e| e.path().extension().is_some_and(|x| x == "ron"))
        .count();
    assert_eq!(records, 1);
    let store = common::store_at(home.path());
    let record = store.load_record(&store.record_ids()[0]).unwrap();
    assert!(record.network.is_ad_hoc(), "{}", record.network.name);
    assert!(record.id.contains("-ad-hoc-"), "{}", record.id);

    let mut again = Term::spawn(home.path(), &["resume", "--lang", "en"]);
    again.wait_for("Remember the cake for Ærø");
    again.wait_for("Now: Bo");
    again.send("q");
    again.wait_for("Quit?");
    again.send("y");
    again.child.wait().unwrap();
}
