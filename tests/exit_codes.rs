//! One rule for exit codes, as `runde --help` says it: 0 found or done,
//! 1 nothing found, 2 an error. Before, `sessions` and `actions` exited 0
//! on nothing found, and an unreadable plan or a missing terminal exited 1
//! like an empty search.
// A test stops on a failed set-up: it may unwrap.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::{review_home, runde};
use std::path::Path;

fn code(home: &Path, args: &[&str]) -> Option<i32> {
    let out = runde(home, args);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(!err.contains("panicked"), "{args:?}: {err}");
    out.status.code()
}

#[test]
fn found_is_0_and_nothing_found_is_1() {
    let empty = tempfile::tempdir().expect("home");
    let full = review_home();
    for args in [
        &["sessions"][..],
        &["actions"],
        &["search", "indsigt", "--include-private"],
    ] {
        assert_eq!(code(empty.path(), args), Some(1), "empty home: {args:?}");
        assert_eq!(code(full.path(), args), Some(0), "fixtures: {args:?}");
    }
    for args in [
        &["search", "nothingcalledthis"][..],
        &["sessions", "--from", "2030-01-01"],
    ] {
        assert_eq!(code(full.path(), args), Some(1), "{args:?}");
    }
    assert_eq!(code(empty.path(), &["resume"]), Some(1));
    for args in [&["plans"][..], &["themes"], &["network", "list"]] {
        assert_eq!(code(empty.path(), args), Some(0), "{args:?}");
    }
}

#[test]
fn an_error_is_2() {
    let full = review_home();
    for args in [
        &["sessions", "--network", "Nowhere"][..],
        &["sessions", "--from", "12/3"],
        &["actions", "--network", "Nowhere"],
        &["search", "x", "--network", "Nowhere"],
        &["export", "no-such-session"],
        &["resume", "no-such-session"],
        &["show", "no-such-plan"],
        &["network", "show", "Nowhere"],
        &["start", "--theme", "no-such-theme"],
        &["sessions", "--bogus"],
        // The screens need a terminal; stdin here is /dev/null.
        &["review"],
        &["display"],
    ] {
        assert_eq!(code(full.path(), args), Some(2), "{args:?}");
    }
}

/// A plan or theme file that does not load is an error, though the list
/// of the others is printed in full.
#[test]
fn a_file_that_does_not_load_is_2_after_the_list() {
    let home = tempfile::tempdir().expect("home");
    for kind in ["plans", "themes"] {
        let dir = home.path().join("config").join(kind);
        std::fs::create_dir_all(&dir).expect("folder");
        std::fs::write(dir.join("broken.ron"), "(id: ").expect("written");
        let out = runde(home.path(), &[kind, "--lang", "en"]);
        assert_eq!(out.status.code(), Some(2), "{kind}");
        let listed = String::from_utf8_lossy(&out.stdout);
        assert!(listed.lines().count() > 2, "{kind}: {listed}");
        let said = String::from_utf8_lossy(&out.stderr);
        assert!(said.contains("broken.ron"), "{kind}: {said}");
    }
}

/// The help says the rule, in both languages.
#[test]
fn the_help_says_the_exit_codes() {
    let home = tempfile::tempdir().expect("home");
    let en = runde(home.path(), &["--help", "--lang", "en"]);
    let en = String::from_utf8_lossy(&en.stdout);
    for line in [
        "Exit status:",
        "  0  found",
        "  1  nothing found",
        "  2  an error",
    ] {
        assert!(en.contains(line), "{line}: {en}");
    }
    let da = runde(home.path(), &["--help", "--lang", "da"]);
    let da = String::from_utf8_lossy(&da.stdout);
    for line in [
        "Afslutningskode:",
        "  0  fundet",
        "  1  intet fundet",
        "  2  en fejl",
    ] {
        assert!(da.contains(line), "{line}: {da}");
    }
}

/// Every option and argument of every command says what it is for, in
/// both languages (`resume --theme` and `show --format` had no text).
#[test]
fn every_option_has_help_in_both_languages() {
    use runde::text::Lang;
    fn walk(cmd: &clap::Command, path: &str, lang: Lang, missing: &mut Vec<String>) {
        for arg in cmd.get_arguments() {
            let help = arg.get_help().map(|h| h.to_string()).unwrap_or_default();
            if help.trim().is_empty() {
                missing.push(format!("{lang:?} {path} {}", arg.get_id()));
            }
        }
        for sub in cmd.get_subcommands() {
            walk(sub, &format!("{path} {}", sub.get_name()), lang, missing);
        }
    }
    let mut missing = Vec::new();
    for lang in [Lang::Da, Lang::En] {
        let mut cmd = runde::cli_lang::command(lang);
        cmd.build();
        walk(&cmd, "runde", lang, &mut missing);
    }
    assert!(missing.is_empty(), "no help text: {missing:?}");
}
