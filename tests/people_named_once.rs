//! Every place that takes people's names on the command line uses one
//! rule: each person once (any case and spacing, Danish letters too), a
//! comma separates names and never stands inside one, a name has letters.
// A test stops on a failed set-up: it may unwrap.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::Path;
use std::process::{Command, Output};

fn runde(home: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_runde"))
        .args(args)
        .env("RUNDE_HOME", home)
        .env("LANG", "C")
        .output()
        .unwrap()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

#[test]
fn start_refuses_a_person_named_twice_or_a_number() {
    let home = tempfile::tempdir().unwrap();
    for (list, why) in [
        ("A,A", "A is named already"),
        ("Ann, ann", "Ann is named already"),
        ("Åse Holm,ÅSE  holm", "Åse Holm is named already"),
        ("Anne,0", "\"0\" is not a name"),
    ] {
        let out = runde(
            home.path(),
            &["start", "--participants", list, "--lang", "en"],
        );
        assert_eq!(out.status.code(), Some(2), "{list}: {}", stderr(&out));
        assert!(stderr(&out).contains(why), "{list}: {}", stderr(&out));
    }
    let out = runde(
        home.path(),
        &["start", "--participants", "0", "--lang", "da"],
    );
    assert!(
        stderr(&out).contains("»0« er ikke et navn"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn network_new_and_add_split_at_commas_and_refuse_repeats() {
    let home = tempfile::tempdir().unwrap();
    let h = home.path();
    let out = runde(
        h,
        &[
            "network",
            "new",
            "Nord",
            "--participants",
            "Anne, anne",
            "--lang",
            "en",
        ],
    );
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    let out = runde(
        h,
        &[
            "network",
            "new",
            "Nord",
            "--participants",
            "Anne,Bo",
            "--lang",
            "en",
        ],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let out = runde(h, &["network", "add", "Nord", "Hans, Ida", "--lang", "en"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let file = std::fs::read_to_string(h.join("data/networks/nord.ron")).unwrap();
    assert!(
        file.contains("\"Hans\"") && file.contains("\"Ida\""),
        "{file}"
    );
    assert!(!file.contains("Hans, Ida"), "{file}");
    for person in ["BO", "7", "Ida;Ida"] {
        let out = runde(h, &["network", "add", "Nord", person, "--lang", "en"]);
        assert_eq!(out.status.code(), Some(2), "{person}: {}", stderr(&out));
    }
}
