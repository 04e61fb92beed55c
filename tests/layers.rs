//! Layers point down only: model ← engine/rotation ← store ← export and
//! run-sheets ← ui ← the room display ← commands. A module never names
//! one above it in its own (non-test) code, the helpers every layer uses
//! (names, dates, words, text, clock) name no layer above the store, and
//! only the store touches files. A scan of the source, so that a new
//! `use` that points up fails here, naming the file and line.
// A test stops on a failed set-up: it may unwrap.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::rust_files;
use std::path::{Path, PathBuf};

/// Each layer and its height; a module may name its own height or below.
const LAYERS: [(&str, u8); 9] = [
    ("model", 0),
    ("engine", 1),
    ("rotation", 1),
    ("store", 2),
    ("export", 3),
    ("runsheet", 3),
    ("ui", 4),
    ("display", 5),
    ("commands", 6),
];

/// Helpers any layer may use: they name no layer above the store.
const HELPERS: [&str; 9] = [
    "names",
    "dates",
    "i18n",
    "text",
    "clock",
    "bundled",
    "unknown",
    "output_gate",
    "print",
];

fn height(module: &str) -> Option<u8> {
    LAYERS.iter().find(|(m, _)| *m == module).map(|(_, h)| *h)
}

/// A file of tests only (`tests.rs`, `tests_*.rs`, `*_tests.rs`).
fn test_file(path: &Path) -> bool {
    let stem = path.file_stem().unwrap().to_string_lossy();
    stem == "tests" || stem.starts_with("tests_") || stem.ends_with("_tests")
}

/// The lines before the file's `#[cfg(test)]` module, numbered from 1.
fn code_lines(path: &Path) -> Vec<(usize, String)> {
    if test_file(path) {
        return Vec::new();
    }
    std::fs::read_to_string(path)
        .unwrap()
        .lines()
        .enumerate()
        .take_while(|(_, l)| l.trim() != "#[cfg(test)]")
        .map(|(i, l)| (i + 1, l.to_string()))
        .collect()
}

/// The top-level modules a line names: `crate::store::…` and each of
/// `crate::{model::X, store}` (a group may go on over the next lines).
fn named(lines: &[(usize, String)]) -> Vec<(usize, String)> {
    let mut out = Vec::new();
    for (i, (n, line)) in lines.iter().enumerate() {
        let line = line.split("//").next().unwrap_or_default();
        let mut rest = line;
        while let Some(at) = rest.find("crate::") {
            rest = &rest[at + "crate::".len()..];
            if rest.starts_with('{') {
                // The group, to its closing brace, on this line or the next.
                let mut group = rest.to_string();
                for (_, more) in &lines[i + 1..] {
                    if group.matches('{').count() <= group.matches('}').count() {
                        break;
                    }
                    group.push_str(more);
                }
                let mut depth = 0;
                let mut word = String::new();
                let mut at_start = true;
                for c in group.chars() {
                    match c {
                        '{' => {
                            depth += 1;
                            at_start = depth == 1;
                        }
                        '}' => {
                            depth -= 1;
                            if depth == 0 {
                                break;
                            }
                        }
                        ',' if depth == 1 => at_start = true,
                        c if at_start && (c.is_alphanumeric() || c == '_') => word.push(c),
                        _ => {
                            if !word.is_empty() {
                                out.push((*n, std::mem::take(&mut word)));
                            }
                            if !c.is_whitespace() {
                                at_start = false;
                            }
                        }
                    }
                }
            } else {
                let word: String = rest
                    .chars()
                    .take_while(|c| c.is_alphanumeric() || *c == '_')
                    .collect();
                out.push((*n, word));
            }
        }
    }
    out
}

/// `src/store/index.rs` → "store"; `src/names.rs` → "names".
fn top_module(path: &Path, src: &Path) -> String {
    let rel = path.strip_prefix(src).unwrap();
    let first = rel
        .components()
        .next()
        .unwrap()
        .as_os_str()
        .to_string_lossy();
    first.trim_end_matches(".rs").to_string()
}

fn sources() -> (PathBuf, Vec<PathBuf>) {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    files.sort();
    (src, files)
}

#[test]
fn no_layer_names_one_above_it() {
    let (src, files) = sources();
    let mut up = Vec::new();
    for path in &files {
        let module = top_module(path, &src);
        let own = match (height(&module), HELPERS.contains(&module.as_str())) {
            (Some(h), _) => h,
            // A helper sits beside the layers: it may name the store's
            // types (a problem to word), nothing above.
            (None, true) => height("store").unwrap(),
            (None, false) => continue,
        };
        for (line, target) in named(&code_lines(path)) {
            if let Some(h) = height(&target)
                && h > own
            {
                let at = path.strip_prefix(&src).unwrap().display();
                up.push(format!("src/{at}:{line}: {module} names {target}"));
            }
        }
    }
    assert!(up.is_empty(), "edges that point up:\n{}", up.join("\n"));
}

#[test]
fn only_the_store_touches_files() {
    let (src, files) = sources();
    let mut found = Vec::new();
    for path in &files {
        if top_module(path, &src) == "store" {
            continue;
        }
        for (line, text) in code_lines(path) {
            let code = text.split("//").next().unwrap_or_default();
            if ["std::fs", "fs::", "File::"]
                .iter()
                .any(|w| code.contains(w))
            {
                let at = path.strip_prefix(&src).unwrap().display();
                found.push(format!("src/{at}:{line}: {}", text.trim()));
            }
        }
    }
    assert!(
        found.is_empty(),
        "file access outside src/store:\n{}",
        found.join("\n")
    );
}

#[test]
fn the_scan_sees_single_names_groups_and_groups_over_lines() {
    let lines: Vec<(usize, String)> = [
        "use crate::store::Store;",
        "use crate::{model::Record, ui::{app, keys}};",
        "use crate::{",
        "    commands::run,",
        "    text::Lang,",
        "};",
        "let x = crate::display::thing(); // crate::engine in a comment",
    ]
    .iter()
    .enumerate()
    .map(|(i, l)| (i + 1, l.to_string()))
    .collect();
    let named = named(&lines);
    let found: Vec<(usize, &str)> = named.iter().map(|(n, w)| (*n, w.as_str())).collect();
    assert_eq!(
        found,
        [
            (1, "store"),
            (2, "model"),
            (2, "ui"),
            (3, "commands"),
            (3, "text"),
            (7, "display"),
        ]
    );
}
