//! The real binary in a pseudo-terminal through a meeting's everyday
//! moves: start with participants, a round with a pass, a note of each
//! kind, pause and resume the timer, next and previous step, quit, `runde
//! resume`, and `runde export`. Every wait is on screen content.
// A test stops on a failed set-up: it may unwrap.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::pty::Term;
use runde::model::plan::NoteKind;
use std::process::Command;

/// The note kinds in the order Tab cycles them from the check-in's default.
const KINDS: [(&str, &str, NoteKind); 5] = [
    ("note", "Anne is starting a new job", NoteKind::Note),
    ("decision", "We meet at Carla's in May", NoteKind::Decision),
    ("action", "Bo books the room", NoteKind::Action),
    (
        "learning point",
        "Silence before a round helps",
        NoteKind::Learning,
    ),
    ("parked", "Talk about the budget later", NoteKind::Parked),
];

/// A note as the notes panel lists it: the decision and the action shared,
/// the rest private as the check-in has them.
fn listed(label: &str, text: &str) -> String {
    match label {
        "decision" | "action" => format!("[{label}] {text}"),
        _ => format!("[{label}] (private) {text}"),
    }
}

#[test]
fn a_meeting_from_start_to_export() {
    let home = tempfile::tempdir().expect("home");
    let mut term = Term::spawn_sized(
        home.path(),
        &["start", "--participants", "Anne,Bo,Carla", "--lang", "en"],
        120,
        40,
    );
    term.wait_for("Notes (0)");

    // The check-in round: Anne passes, Bo and Carla speak, Anne comes back.
    term.send("l");
    term.wait_for("▶ Check-in");
    term.send("n");
    term.wait_for("Now: Anne");
    term.send("p");
    term.wait_for("Passed: Anne");
    term.wait_for("Now: Bo");
    term.send("n");
    term.wait_for("Now: Carla");
    term.send("n");
    term.wait_for("Now: Anne");

    // Pause and resume the timer.
    term.send(" ");
    term.wait_for("PAUSED");
    term.send(" ");
    // A one-minute turn runs in its last minute from the start.
    term.wait_until(std::time::Duration::from_secs(60), |s| {
        !s.contains("PAUSED") && (s.contains("RUNNING") || s.contains("LAST MINUTE"))
    })
    .unwrap_or_else(|screen| panic!("the timer never ran again: {screen}"));

    // A note of each kind: Tab moves the kind on from the step's default.
    for (i, (label, text, _)) in KINDS.iter().enumerate() {
        term.send("i");
        term.wait_for("New note");
        for _ in 0..i {
            term.send("\t");
        }
        term.wait_for(&format!("New note [{label}]"));
        // Check-in notes are private: the decision and the action are
        // shared on purpose (Ctrl-p).
        if matches!(KINDS[i].2, NoteKind::Decision | NoteKind::Action) {
            term.send("\x10");
            term.wait_for(&format!("New note [{label}] [shared]"));
        }
        term.send(text);
        term.send("\r");
        term.wait_for(&listed(label, text));
    }
    term.wait_for("Notes (5)");

    // Next and previous step.
    term.send("l");
    term.wait_for("▶ Since last time");
    term.wait_for("Notes (0)");
    term.send("h");
    term.wait_for("▶ Check-in");
    term.wait_for("Notes (5)");

    // Quit, and resume where we stood.
    term.send("q");
    term.wait_for("Quit?");
    term.send("y");
    term.wait_exit();
    let mut again = Term::spawn_sized(home.path(), &["resume", "--lang", "en"], 120, 40);
    again.wait_for("▶ Check-in");
    again.wait_for("Notes (5)");
    for (label, text, _) in KINDS {
        again.wait_for(&listed(label, text));
    }
    again.send("q");
    again.wait_for("Quit?");
    again.send("y");
    again.wait_exit();

    // The record holds every kind, and Anne's pass.
    let store = common::store_at(home.path());
    let ids = store.record_ids();
    let record = store.load_record(&ids[0]).expect("record loads");
    let kinds: Vec<NoteKind> = record.notes.iter().map(|n| n.kind).collect();
    assert_eq!(kinds, KINDS.map(|(_, _, k)| k).to_vec());
    let anne_passed = record.steps[1]
        .turns
        .iter()
        .any(|t| t.participant == "Anne" && t.passes > 0);
    let passed_now = record.live.passed.iter().any(|p| p == "Anne");
    assert!(
        anne_passed || passed_now,
        "Anne's pass is in the record: {:?} / {:?}",
        record.steps[1].turns,
        record.live
    );

    // The minutes carry the notes.
    let out = Command::new(env!("CARGO_BIN_EXE_runde"))
        .args(["export", "latest", "--lang", "en"])
        .env("RUNDE_HOME", home.path())
        .output()
        .expect("runde export");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let minutes = String::from_utf8_lossy(&out.stdout);
    for text in ["Bo books the room", "We meet at Carla's in May"] {
        assert!(minutes.contains(text), "{text} missing from:\n{minutes}");
    }
    assert!(
        !minutes.contains("Anne is starting a new job"),
        "a check-in note is private:\n{minutes}"
    );
}

/// The home screen offers the latest unfinished session, found through the
/// review index after its first frame, and r resumes it.
#[test]
fn home_offers_the_unfinished_session_and_r_resumes_it() {
    use runde::model::record::SessionStatus;
    let home = tempfile::tempdir().expect("home");
    let store = common::store_at(home.path());
    let mut open = common::sample_record("2026-11-20-0900-demo-standard", 3);
    open.live.step = 2;
    let mut done = common::sample_record("2026-11-23-0900-demo-standard", 0);
    done.status = SessionStatus::Finished;
    done.finished = Some(done.started);
    store.save_record(&open).expect("save");
    store.save_record(&done).expect("save");
    assert_eq!(
        store.lookup().latest_unfinished().map(|r| r.id),
        Some(open.id.clone()),
        "the newer one is finished"
    );

    let mut term = Term::spawn_sized(home.path(), &["--lang", "en"], 100, 30);
    term.wait_for("Resume");
    term.wait_for("Demo · 23/11 at 09:00 · step");
    term.send("r");
    term.wait_for("▶ Since last time");
    term.send("q");
    term.wait_for("Quit?");
    term.send("y");
    term.wait_exit();
}
