//! `runde check` agrees with the loaders: it tells the kind of a file by
//! its place and content, says what loading would say (a plan's or theme's
//! id against its file name, a theme the config names that does not
//! exist), accepts a byte-order mark, and every message ends with what
//! was expected. Before, a minimal config was checked as a plan, a bad
//! leave date said only "input is out of range", a plan whose id differed
//! from its file name was "valid" though `runde plans` refused it, an
//! unknown theme in the config passed, and a byte-order mark failed.
// A test stops on a failed set-up: it may unwrap.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::fs;
use std::path::Path;
use std::process::{Command, Output};

const PLAN: &str =
    r#"(version: 1, id: "ID", title: "Mine", steps: [(title: "S", kind: Block(minutes: 5))])"#;

fn runde(home: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_runde"))
        .args(args)
        .args(["--lang", "en"])
        .env("RUNDE_HOME", home)
        .env("LANG", "C")
        .output()
        .unwrap()
}

fn write(path: &Path, bytes: &[u8]) -> String {
    fs::create_dir_all(path.parent().unwrap()).unwrap();
    fs::write(path, bytes).unwrap();
    path.to_str().unwrap().to_string()
}

fn checked(home: &Path, file: &str) -> String {
    String::from_utf8_lossy(&runde(home, &["check", file]).stdout).into_owned()
}

#[test]
fn a_minimal_config_is_a_config_by_its_place_and_its_content() {
    let home = tempfile::tempdir().unwrap();
    let h = home.path();
    for name in ["config/config.ron", "elsewhere.ron"] {
        let file = write(&h.join(name), b"(version: 1)\n");
        assert_eq!(checked(h, &file), format!("{file}: valid (config)\n"));
    }
    // RON with fields no kind has, and minutes in Markdown.
    for (name, text) in [
        ("odd.ron", &b"(version: 1, nme: \"x\")"[..]),
        ("minutes.md", b"# Minutes: Nord\n\n- **Present:** Anne\n"),
    ] {
        let file = write(&h.join(name), text);
        assert!(
            checked(h, &file).contains("this is none of runde's files; expected a plan"),
            "{}",
            checked(h, &file)
        );
    }
}

#[test]
fn an_id_that_differs_from_the_file_name_is_refused_by_check_as_by_plans() {
    let home = tempfile::tempdir().unwrap();
    let h = home.path();
    let plan = write(
        &h.join("config/plans/mine.ron"),
        PLAN.replace("ID", "other").as_bytes(),
    );
    let said = checked(h, &plan);
    assert!(
        said.contains("the id \"other\" differs from the file name; expected id: \"mine\""),
        "{said}"
    );
    let plans = runde(h, &["plans"]);
    assert!(
        String::from_utf8_lossy(&plans.stderr).contains("differs from the file name"),
        "the loader says the same"
    );
    let theme = write(
        &h.join("config/themes/dark.ron"),
        br#"(version: 1, id: "night", description: "x", colours: ())"#,
    );
    assert!(
        checked(h, &theme).contains("the id \"night\" differs from the file name"),
        "{}",
        checked(h, &theme)
    );
}

#[test]
fn an_unknown_theme_in_the_config_is_said_where_it_is_written() {
    let home = tempfile::tempdir().unwrap();
    let h = home.path();
    let config = write(
        &h.join("config/config.ron"),
        b"(\n    version: 1,\n    theme: \"nosuch\",\n)\n",
    );
    let want = "config.ron:3:5: there is no theme `nosuch`; expected one of `default`, `light`, `high-contrast`";
    let said = checked(h, &config);
    assert!(said.contains(want), "{said}");
    // Loading the config says it too (once), instead of ignoring it.
    let plans = runde(h, &["plans"]);
    let err = String::from_utf8_lossy(&plans.stderr);
    assert_eq!(err.matches("nosuch").count(), 1, "{err}");
    assert!(err.contains(want), "{err}");
}

#[test]
fn a_byte_order_mark_is_accepted_by_check_and_the_loaders() {
    let home = tempfile::tempdir().unwrap();
    let h = home.path();
    let mut bytes = "\u{feff}".as_bytes().to_vec();
    bytes.extend_from_slice(PLAN.replace("ID", "bom").as_bytes());
    let plan = write(&h.join("config/plans/bom.ron"), &bytes);
    assert_eq!(checked(h, &plan), format!("{plan}: valid (plan)\n"));
    let plans = runde(h, &["plans"]);
    assert!(String::from_utf8_lossy(&plans.stdout).contains("Mine"));
    assert!(
        plans.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&plans.stderr)
    );
}

#[test]
fn every_message_ends_with_what_was_expected() {
    let home = tempfile::tempdir().unwrap();
    let h = home.path();
    let mut files: Vec<String> = fs::read_dir("tests/fixtures/invalid")
        .unwrap()
        .map(|e| e.unwrap().path().to_str().unwrap().to_string())
        .collect();
    files.push(write(
        &h.join("data/networks/nord.ron"),
        br#"(version: 2, name: "Nord", participants: [(name: "A", leave: [(from: "2026-02-31", to: "2026-03-01")])])"#,
    ));
    files.sort();
    let mut missing = Vec::new();
    for file in &files {
        let said = checked(h, file);
        if !said.contains("; expected") && !said.contains(": valid") {
            missing.push(said);
        }
    }
    assert!(missing.is_empty(), "{}", missing.join(""));
    let leave = checked(h, files.iter().find(|f| f.ends_with("nord.ron")).unwrap());
    assert!(
        leave.contains("this is not a real date or time (such as 31 February)"),
        "{leave}"
    );
}
