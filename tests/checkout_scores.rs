//! Check-out scores in the real binary: during the check-out round a digit
//! records the speaker's "was today worth the time?", and the minutes show
//! the scores as a distribution, never by name.
// A test stops on a failed set-up: it may unwrap.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::pty::Term;
use std::process::Command;

#[test]
fn scores_pressed_in_the_check_out_appear_in_the_minutes_as_a_distribution() {
    let home = tempfile::tempdir().unwrap();
    let mut term = Term::spawn_sized(
        home.path(),
        &[
            "--lang",
            "da",
            "start",
            "checkout",
            "--participants",
            "Anne,Bo,Carla",
        ],
        120,
        40,
    );
    term.wait_for("▶ Et minut til at tænke");
    term.send("l");
    term.wait_for("▶ Tjek-ud");
    for (name, score) in [("Anne", "4"), ("Bo", "5"), ("Carla", "4")] {
        term.send("n");
        term.wait_for(&format!("Nu: {name}"));
        term.wait_for("Var det tiden værd (1–5)? tryk 1–5");
        // A slip of the finger is taken back by pressing again.
        term.send("1");
        term.wait_for("Var det tiden værd (1–5)? 1");
        term.send(score);
        term.wait_for(&format!("Var det tiden værd (1–5)? {score}"));
    }
    term.wait_for("3 har svaret");
    term.send("n");
    term.send("l");
    term.wait_for("Afslut mødet?");
    term.send("j");
    term.wait_for("Mødet er slut og gemt");
    term.send("q");
    term.wait_exit();

    let out = Command::new(env!("CARGO_BIN_EXE_runde"))
        .args(["--lang", "da", "export", "latest"])
        .env("RUNDE_HOME", home.path())
        .output()
        .unwrap();
    let minutes = String::from_utf8(out.stdout).unwrap();
    let evaluation = minutes
        .split("## Evaluering\n\n")
        .nth(1)
        .unwrap_or_else(|| panic!("no evaluation: {minutes}"));
    assert!(
        evaluation.starts_with(
            "Var det tiden værd (1–5)? 3 har svaret, i gennemsnit 4,3:\n\n- 5: █ 1\n- 4: ██ 2\n- 3: 0\n- 2: 0\n- 1: 0\n"
        ),
        "{minutes}"
    );
    let scores = evaluation.split("\n\n").next().unwrap();
    for name in ["Anne", "Bo", "Carla"] {
        assert!(
            !scores.contains(name),
            "{name} named beside the scores: {minutes}"
        );
    }
}
