//! The real binary in a pseudo-terminal, in Danish at 80x24: a note is
//! written wrong, corrected with `I` and Enter, another deleted with `x`
//! and `j`; the record on disk and `runde export` have the corrected note
//! only. Every wait is on screen content, with a deadline.
// A test stops on a failed set-up: it may unwrap.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::pty::Term;

#[test]
fn a_note_corrected_and_one_deleted_reach_the_record_and_the_minutes() {
    let home = tempfile::tempdir().unwrap();
    let mut term = Term::spawn_sized(
        home.path(),
        &["start", "--participants", "Anne,Bo,Carla", "--lang", "da"],
        80,
        24,
    );
    term.wait_for("Velkommen");
    term.send("i");
    term.wait_for("Ny note");
    term.send("Vi mødes hos Bo i janura");
    term.wait_for("│Vi mødes hos Bo i janura");
    term.send("\r");
    term.wait_for("Noter (1)");
    term.send("i");
    term.wait_for("Ny note");
    term.send("Skrevet ved en fejl");
    term.wait_for("│Skrevet ved en fejl");
    term.send("\r");
    term.wait_for("Noter (2)");

    // The first one is wrong: correct it.
    term.send("I");
    term.wait_for("Dagens noter (2/2)");
    term.send("\x1b[A");
    term.wait_for("Dagens noter (1/2)");
    term.send("\r");
    term.wait_for("Ret note");
    // Ctrl-w takes the last word away.
    term.send("\x17januar\r");
    term.wait_for("Noten er rettet");
    term.wait_for("Vi mødes hos Bo i januar ");

    // The second should never have been written.
    term.send("\x1b[B");
    term.wait_for("Dagens noter (2/2)");
    term.send("x");
    term.wait_for("Slet noten »Skrevet ved en fejl«?");
    term.send("j");
    term.wait_for("Noten er slettet");
    term.send("\x1b");
    term.wait_until(std::time::Duration::from_secs(20), |screen| {
        !screen.contains("Dagens noter")
    })
    .unwrap();
    term.send("q");
    term.wait_for("Afslut?");
    term.send("j");
    term.wait_exit();

    let store = common::store_at(home.path());
    let record = store.load_record(&store.record_ids()[0]).unwrap();
    let texts: Vec<&str> = record.notes.iter().map(|n| n.text.as_str()).collect();
    assert_eq!(texts, ["Vi mødes hos Bo i januar"]);
    assert_eq!(record.removed_notes.len(), 1);
    let file = std::fs::read_to_string(store.record_path(&record.id).unwrap()).unwrap();
    assert!(
        !file.contains("janura") && !file.contains("ved en fejl"),
        "{file}"
    );

    let out = common::runde(home.path(), &["--lang", "da", "export", "latest"]);
    let minutes = String::from_utf8_lossy(&out.stdout);
    assert!(minutes.contains("Vi mødes hos Bo i januar"), "{minutes}");
    assert!(
        !minutes.contains("janura") && !minutes.contains("ved en fejl"),
        "{minutes}"
    );
}
