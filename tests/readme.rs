//! The README's examples stay true: its plan and config validate.

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
