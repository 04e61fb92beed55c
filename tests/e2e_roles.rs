//! The real binary in a pseudo-terminal: the interviewer leaves during the
//! supervision, runde asks who takes over before they go, someone else
//! interviews, and the record keeps the change with its reason.
// A test stops on a failed set-up: it may unwrap.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::pty::Term;

#[test]
fn the_interviewer_leaves_and_someone_takes_over() {
    let home = tempfile::tempdir().expect("home");
    let mut term = Term::spawn(
        home.path(),
        &[
            "start",
            "reflecting-team",
            "--participants",
            "Anne,Bo,Carla,Dorte,Erik,Fie",
            "--lang",
            "da",
        ],
    );
    term.wait_for("Roller i dag");
    // Into the interview: Bo asks, Anne answers. The supervision is
    // running, so → asks first and j confirms (a second l this soon
    // would be taken as the first hit twice).
    term.send("l");
    term.wait_for("Gå til næste fase?");
    term.send("j");
    term.wait_for("Taler: interviewer Bo · fokusperson Anne");
    term.wait_for("interviewer Bo");

    // Bo has to go: who takes over is asked before he leaves.
    term.send("d");
    term.wait_for("Hvem går?");
    term.send("Bo\r");
    term.wait_for("Bo går: hvem tager over som interviewer?");
    assert!(term.contents().contains("6 til stede"), "nobody left yet");
    // The offer is someone with no role; Erik is chosen instead.
    term.send("Erik\r");
    term.wait_for("Taler: interviewer Erik · fokusperson Anne");
    term.wait_for("5 til stede");

    term.send("q");
    term.wait_for("j/Enter");
    term.send("j");
    term.wait_exit();

    let store = common::store_at(home.path());
    let records = store.records();
    assert_eq!(records.items.len(), 1, "{:?}", records.problems);
    let record = &records.items[0];
    assert_eq!(record.roles.interviewers, ["Erik"]);
    let bo = record
        .attendance
        .iter()
        .find(|a| a.participant == "Bo")
        .unwrap();
    assert!(bo.left.is_some(), "Bo left");
    let change = record
        .rotation_overrides
        .iter()
        .find(|o| o.step.is_some())
        .expect("the change is in the record");
    assert_eq!(change.role, "interviewer");
    assert_eq!(change.suggested.as_deref(), Some("Bo"));
    assert_eq!(change.chosen, "Erik");
    assert_eq!(
        change.cause,
        Some(runde::model::record::HandOverCause::Left)
    );
}
