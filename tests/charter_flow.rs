//! The charter end to end, in the real binary: a start-up meeting decides
//! its purpose, success criteria and a ground rule; `runde network show`
//! prints them and the evaluation's run-sheet returns to them.
// A test stops on a failed set-up: it may unwrap.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::pty::Term;
use std::path::Path;
use std::process::Command;

fn runde(home: &Path, args: &[&str]) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_runde"))
        .args(args)
        .env("RUNDE_HOME", home)
        .env("LANG", "C")
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// Moves on, step by step and phase by phase, until `title` is the
/// current step. A question takes three `l` at this pace: the second
/// comes within 400 ms of the one that asked and is taken as a double hit.
fn go_to(term: &mut Term, title: &str) {
    let here = |s: &str| s.contains(&format!("▶ {title}"));
    for _ in 0..120 {
        if here(&term.contents()) {
            return;
        }
        term.send("l");
        let _ = term.wait_until(std::time::Duration::from_millis(300), here);
    }
    term.wait_for(&format!("▶ {title}"));
}

/// Waits for `text`, which may wrap over two rows of a box.
fn wait_flat(term: &Term, text: &str) {
    // Rows joined, without the box a question stands in.
    let flat = |s: &str| {
        s.replace('│', " ")
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
    };
    term.wait_until(std::time::Duration::from_secs(20), |s| {
        flat(s).contains(text)
    })
    .unwrap_or_else(|screen| panic!("never showed {text:?}:\n{screen}"));
}

fn decide(term: &mut Term, text: &str) {
    term.send("i");
    term.wait_for("Ny note [beslutning]");
    term.send(text);
    term.send("\r");
    term.wait_for(&format!("[beslutning] {text}"));
}

#[test]
fn a_scripted_start_up_keeps_its_charter_for_network_show_and_the_evaluation() {
    let home = tempfile::tempdir().unwrap();
    runde(
        home.path(),
        &[
            "network",
            "new",
            "Skoleledere Øst",
            "-p",
            "Anne,Bo,Carla,Dorte,Erik,Fatima",
        ],
    );
    let mut term = Term::spawn_sized(
        home.path(),
        &[
            "--lang",
            "da",
            "start",
            "startup",
            "--network",
            "Skoleledere Øst",
        ],
        120,
        40,
    );
    term.wait_for("Fremmøde");
    term.send("\r");
    term.wait_for("▶ Velkommen og rammen for dagen");
    go_to(&mut term, "Formål: hvorfor er vi her?");
    decide(&mut term, "Et fortroligt rum for sparring");
    go_to(&mut term, "Succeskriterier");
    decide(&mut term, "Alle har haft en sag inden sommerferien");
    decide(&mut term, "Fremmødet er over 80 procent");
    go_to(&mut term, "Spilleregler og fortrolighed");
    decide(&mut term, "Det, der bliver sagt her, bliver her");
    go_to(&mut term, "Buffer");
    term.send("l");
    wait_flat(&term, "Det var sidste punkt. Afslut mødet?");
    wait_flat(&term, "j/Enter: ja");
    wait_flat(
        &term,
        "gemmes hos netværket: 1 formål, 2 succeskriterier og 1 spilleregel.",
    );
    term.send("j");
    wait_flat(&term, "netværksaftalen er gemt hos netværket");
    term.send("q");
    term.wait_exit();

    let show = runde(
        home.path(),
        &["--lang", "da", "network", "show", "Skoleledere Øst"],
    );
    for line in [
        "Netværksaftale (aftalt ",
        "  Formål:\n    1. Et fortroligt rum for sparring\n",
        "  Succeskriterier:\n    1. Alle har haft en sag inden sommerferien\n    2. Fremmødet er over 80 procent\n",
        "  Spilleregler:\n    1. Det, der bliver sagt her, bliver her\n",
    ] {
        assert!(show.contains(line), "{line:?} not in:\n{show}");
    }
    let sheet = runde(
        home.path(),
        &[
            "--lang",
            "da",
            "show",
            "evaluation",
            "--network",
            "Skoleledere Øst",
        ],
    );
    assert!(
        sheet.contains(
            "       Succeskriterier som aftalt:\n         1. Alle har haft en sag inden sommerferien\n         2. Fremmødet er over 80 procent\n"
        ),
        "{sheet}"
    );
    assert!(
        sheet.contains("       Formål som aftalt:\n         1. Et fortroligt rum for sparring\n"),
        "{sheet}"
    );
}
