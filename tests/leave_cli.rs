//! `runde network leave` on the command line: a leave is not added twice,
//! `--from` after `--to` is an error, messages use the flags' own words,
//! and `--end` ends a leave. Before, a repeated leave was a duplicate,
//! `--from 1/3 --to 1/2` became a leave of eleven months, `--from 31/2`
//! answered "Type two dates, from and to" (the network screen's words),
//! and no command ended a leave.
//!
//! The dates carry their year where the answer would otherwise depend on
//! today's date.
// A test stops on a failed set-up: it may unwrap.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::fs;
use std::path::Path;
use std::process::Output;

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn home_with_nord() -> tempfile::TempDir {
    let home = tempfile::tempdir().unwrap();
    let out = common::runde(home.path(), &["network", "new", "Nord", "-p", "Anne, Bo"]);
    assert!(out.status.success(), "{}", stderr(&out));
    home
}

fn file(home: &Path) -> String {
    fs::read_to_string(home.join("data/networks/nord.ron")).unwrap()
}

fn leave(home: &Path, extra: &[&str]) -> Output {
    let mut args = vec!["network", "leave", "Nord", "Anne", "--lang", "en"];
    args.extend_from_slice(extra);
    common::runde(home, &args)
}

#[test]
fn the_same_leave_twice_is_refused_and_the_file_keeps_one() {
    let home = home_with_nord();
    let period = ["--from", "1/12/2030", "--to", "28/2/2031"];
    let out = leave(home.path(), &period);
    assert!(out.status.success(), "{}", stderr(&out));
    let once = file(home.path());
    for again in [
        &period[..],
        &["--from", "1/1/2031", "--to", "1/2/2031"],
        &["--from", "20/11/2030", "--to", "1/12/2030"],
    ] {
        let out = leave(home.path(), again);
        assert_eq!(out.status.code(), Some(2), "{again:?}: {}", stderr(&out));
        assert!(
            stderr(&out).contains("Anne is on leave from 1 Dec 2030 to 28 Feb 2031 already"),
            "{}",
            stderr(&out)
        );
    }
    assert_eq!(file(home.path()), once, "nothing added");
}

#[test]
fn to_before_from_is_an_error_not_a_year_of_leave() {
    let home = home_with_nord();
    let out = leave(home.path(), &["--from", "1/3/2031", "--to", "1/2/2031"]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(
        stderr(&out).contains(
            "--to (1/2/2031) is before --from (1/3/2031); for a leave into the next year, give the year: --to 1/2/2032"
        ),
        "{}",
        stderr(&out)
    );
    // Without years the answer is an error whatever today is: either --to
    // falls before --from, or it is eleven months on and asked about.
    let out = leave(home.path(), &["--from", "1/3", "--to", "1/2"]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(stderr(&out).starts_with("runde: --to "), "{}", stderr(&out));
    assert!(!file(home.path()).contains("leave:"), "no leave saved");
}

#[test]
fn a_bad_date_is_said_in_the_flag_s_words() {
    let home = home_with_nord();
    let out = leave(home.path(), &["--from", "31/2", "--to", "1/3"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains(
            "--from: \"31/2\" is not a date; expected a day such as 1/12, 1/12/2026 or 2026-12-01"
        ),
        "{}",
        stderr(&out)
    );
    let out = common::runde(
        home.path(),
        &[
            "network", "leave", "Nord", "Anne", "--from", "1/3", "--to", "snart", "--lang", "da",
        ],
    );
    assert!(
        stderr(&out).contains("--to: »snart« er ikke en dato"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn end_ends_a_planned_leave_and_says_when_there_is_none() {
    let home = home_with_nord();
    let out = leave(home.path(), &["--from", "1/12/2030", "--to", "28/2/2031"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let out = leave(home.path(), &["--end"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        String::from_utf8_lossy(&out.stdout).contains("Anne's leave has ended"),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
    assert!(
        !file(home.path()).contains("2030-12-01"),
        "{}",
        file(home.path())
    );
    let out = leave(home.path(), &["--end"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("Anne has no leave to end"),
        "{}",
        stderr(&out)
    );
    let out = leave(home.path(), &["--end", "--from", "1/12/2030"]);
    assert_eq!(out.status.code(), Some(2), "--end with --from is refused");
}
