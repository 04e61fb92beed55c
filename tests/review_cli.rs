//! `runde sessions`, `search`, `export` and `actions` as a user runs them.
// A test stops on a failed set-up: it may unwrap.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::fs;
use std::path::Path;
use std::process::{Command, Output};

fn home() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let records = dir.path().join("data/records");
    fs::create_dir_all(&records).unwrap();
    for entry in fs::read_dir("tests/fixtures/review").unwrap() {
        let path = entry.unwrap().path();
        fs::copy(&path, records.join(path.file_name().unwrap())).unwrap();
    }
    dir
}

fn runde(home: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_runde"))
        .args(args)
        .env("RUNDE_HOME", home)
        .env("LANG", "C")
        .output()
        .unwrap()
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

#[test]
fn sessions_lists_and_filters() {
    let home = home();
    let out = runde(home.path(), &["sessions", "--lang", "en"]);
    assert!(out.status.success());
    let text = stdout(&out);
    assert_eq!(text.lines().count(), 4, "{text}");
    assert!(
        text.lines()
            .nth(1)
            .unwrap()
            .starts_with("2026-04-15-1300-dagtilbud-nord-standard")
    );
    let out = runde(home.path(), &["sessions", "--network", "Dagtilbud Nord"]);
    assert_eq!(stdout(&out).lines().count(), 2);
    let out = runde(home.path(), &["sessions", "--from", "12/3"]);
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn search_hides_private_notes_unless_asked() {
    let home = home();
    let out = runde(home.path(), &["search", "indsigt"]);
    assert!(!out.status.success());
    assert!(stdout(&out).is_empty());
    let out = runde(
        home.path(),
        &["search", "indsigt", "--include-private", "--lang", "da"],
    );
    assert!(out.status.success());
    let text = stdout(&out);
    assert!(
        text.contains("2026-03-12  Skoleledere Øst  9. Logbog  note (privat)  Min egen indsigt"),
        "{text}"
    );
}

#[test]
fn search_shows_the_newest_hits_up_to_its_limit_and_says_there_are_more() {
    let home = home();
    // Rows as words: the columns are as wide as the widest row shown.
    let rows = |o: &Output| -> Vec<String> {
        stdout(o)
            .lines()
            .skip(1)
            .map(|l| l.split_whitespace().collect::<Vec<_>>().join(" "))
            .collect()
    };
    let all = runde(
        home.path(),
        &["search", "e", "--limit", "0", "--lang", "da"],
    );
    let every = rows(&all);
    assert!(every.len() > 3, "{every:?}");
    assert!(
        all.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&all.stderr)
    );
    let two = runde(
        home.path(),
        &["search", "e", "--limit", "2", "--lang", "da"],
    );
    assert!(two.status.success());
    assert_eq!(
        rows(&two),
        every[..2],
        "the two newest, as in the whole list"
    );
    let said = String::from_utf8_lossy(&two.stderr);
    assert!(
        said.contains("Her er de 2 nyeste; der er flere – --limit 0 viser dem alle."),
        "{said}"
    );
    // Exactly as many as there are: nothing more to say.
    let n = every.len().to_string();
    let exact = runde(home.path(), &["search", "e", "--limit", &n, "--lang", "da"]);
    assert_eq!(stdout(&exact), stdout(&all));
    assert!(
        exact.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&exact.stderr)
    );
}

#[test]
fn export_latest_and_to_a_file() {
    let home = home();
    let out = runde(home.path(), &["export", "latest", "--lang", "en"]);
    assert!(out.status.success());
    assert!(
        stdout(&out).starts_with("# Minutes: Dagtilbud Nord\n"),
        "{}",
        stdout(&out)
    );
    let file = home.path().join("minutes.md");
    let out = runde(
        home.path(),
        &[
            "export",
            "2026-03-12-0900-skoleledere-oest-standard",
            "--pseudonymise",
            "--output",
            file.to_str().unwrap(),
        ],
    );
    assert!(out.status.success());
    let md = fs::read_to_string(&file).unwrap();
    assert!(md.contains("**Present:** AH, BB"), "{md}");
    assert!(!md.contains("Carla"));
    let out = runde(home.path(), &["export", "../../etc/passwd"]);
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn actions_open_leaves_out_what_was_followed_up() {
    let home = home();
    let all = stdout(&runde(
        home.path(),
        &["actions", "--network", "skoleledere øst"],
    ));
    assert!(all.contains("Bo sender"), "{all}");
    let open = stdout(&runde(
        home.path(),
        &["actions", "--network", "skoleledere øst", "--open"],
    ));
    assert!(!open.contains("Bo sender"), "{open}");
    assert!(open.contains("Undersøge, om HR"), "{open}");
    assert!(!open.contains("Carla holder"), "{open}");
}

#[test]
fn every_command_has_help() {
    let home = home();
    for cmd in ["sessions", "search", "export", "actions"] {
        let out = runde(home.path(), &[cmd, "--help"]);
        assert!(out.status.success(), "{cmd}");
        assert!(stdout(&out).contains("Usage: runde"), "{cmd}");
    }
}

#[test]
fn export_says_which_meeting_it_could_not_read_for_the_follow_ups() {
    let home = home();
    let second = "2026-04-09-0900-skoleledere-oest-standard";
    let whole = runde(home.path(), &["export", second, "--lang", "en"]);
    assert!(
        stdout(&whole).contains("## Follow-up from last time"),
        "{}",
        stdout(&whole)
    );
    // The meeting whose actions it followed up, cut short by another tool.
    let first = home
        .path()
        .join("data/records/2026-03-12-0900-skoleledere-oest-standard.ron");
    fs::write(&first, "(\n  id: \"2026-03-12-0900").unwrap();
    let out = runde(home.path(), &["export", second, "--lang", "en"]);
    assert!(out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("2026-03-12-0900-skoleledere-oest-standard.ron:2:")
            && err.contains("the minutes lack the follow-up of its actions"),
        "{err}"
    );
    assert!(
        !stdout(&out).contains("## Follow-up from last time"),
        "{}",
        stdout(&out)
    );
}
