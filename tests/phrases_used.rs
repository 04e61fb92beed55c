//! Every phrase in the catalogue is said somewhere: a phrase no code uses
//! is a promise the screens do not keep (one said »The review of past
//! sessions is coming soon.« long after the review came), and it drifts
//! from the words the screens do use.
// A test stops on a failed set-up: it may unwrap.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::rust_files;
use std::path::Path;

/// The names of the catalogue's phrases (`pub const NAME: Phrase` or
/// `Counted`) in `text`.
fn phrase_names(text: &str) -> Vec<String> {
    text.lines()
        .filter_map(|line| line.trim_start().strip_prefix("pub const "))
        .filter_map(|rest| rest.split_once(':'))
        .filter(|(_, ty)| {
            let ty = ty.trim_start();
            ty.starts_with("Phrase ") || ty.starts_with("Counted ")
        })
        .map(|(name, _)| name.trim().to_string())
        .collect()
}

/// True when `word` stands in `text` as a whole identifier.
fn names(text: &str, word: &str) -> bool {
    let ident = |c: char| c.is_ascii_alphanumeric() || c == '_';
    text.match_indices(word).any(|(at, _)| {
        let before = text[..at].chars().next_back();
        let after = text[at + word.len()..].chars().next();
        !before.is_some_and(ident) && !after.is_some_and(ident)
    })
}

#[test]
fn every_phrase_is_used_outside_the_catalogue_line_that_defines_it() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    let texts: Vec<(String, String)> = files
        .iter()
        .map(|f| (f.display().to_string(), std::fs::read_to_string(f).unwrap()))
        .collect();
    let catalogue: Vec<String> = texts
        .iter()
        .filter(|(path, _)| path.contains("/i18n/"))
        .flat_map(|(_, text)| phrase_names(text))
        .collect();
    assert!(catalogue.len() > 300, "the catalogue was not found");
    let unused: Vec<&String> = catalogue
        .iter()
        .filter(|name| {
            let definition = format!("pub const {name}:");
            !texts.iter().any(|(_, text)| {
                text.lines()
                    .any(|line| !line.contains(&definition) && names(line, name))
            })
        })
        .collect();
    assert!(unused.is_empty(), "phrases no code uses: {unused:?}");
}

#[test]
fn the_scan_tells_a_name_from_a_longer_one() {
    assert!(names("t::NO.get(lang)", "NO"));
    assert!(!names("t::NO_NOTES.get(lang)", "NO"));
    assert!(!names("c::UNKNOWN", "NO"));
    assert_eq!(
        phrase_names(
            "pub const A: Phrase = x;\npub const B: usize = 1;\n    pub const C: Counted = y;"
        ),
        ["A", "C"]
    );
}
