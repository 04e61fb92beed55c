//! The README's examples stay true: its plan and config validate.
// A test stops on a failed set-up: it may unwrap.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use runde::commands::check::check_bytes;
use runde::store::parse::FileKind;
use std::path::Path;

fn ron_blocks() -> Vec<String> {
    let readme =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md")).unwrap();
    readme
        .split("```ron")
        .skip(1)
        .map(|rest| rest.split("```").next().unwrap_or("").to_string())
        .collect()
}

#[test]
fn readme_examples_validate() {
    let blocks = ron_blocks();
    let kinds: Vec<FileKind> = blocks
        .iter()
        .map(|b| check_bytes(Path::new("README.md"), b.as_bytes()).unwrap())
        .collect();
    assert!(kinds.contains(&FileKind::Plan), "{kinds:?}");
    assert!(kinds.contains(&FileKind::Config), "{kinds:?}");
}

#[test]
fn readme_gives_the_two_commands() {
    let readme =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md")).unwrap();
    assert!(readme.contains("cargo run --release"));
    assert!(readme.contains("cargo test"));
}

#[test]
fn the_screens_refuse_kindly_without_a_terminal() {
    for args in [
        &["start", "--participants", "Anne,Bo"][..],
        &["display"],
        &["review"],
        &[],
    ] {
        let home = tempfile::tempdir().unwrap();
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_runde"))
            .args(args)
            .env("RUNDE_HOME", home.path())
            .stdin(std::process::Stdio::null())
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {stderr}");
        assert!(stderr.contains("needs a terminal"), "{args:?}: {stderr}");
        assert!(!stderr.contains("panicked"), "{args:?}: {stderr}");
    }
}
