//! One phrase for one meaning: no two catalogue phrases say the same in
//! both languages. A copy (»reserve« was in four modules) drifts: one is
//! reworded and the screens stop agreeing (the network screen said
//! »Sidste sag« where `runde network show` said »Seneste sag«). A word
//! used in many places lives in `i18n/common.rs`, as the role names do.
//!
//! Key labels (`i18n/keys.rs`, `KEY_*`) name what a key does and are left
//! out: »tovholder« on the key that sets one is a label of its own, free
//! to read »vælg tovholder« one day.
// A test stops on a failed set-up: it may unwrap.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::collections::BTreeMap;
use std::fs;
use std::path::Path;

/// Pairs that read the same in both languages but are different places
/// of a different kind, each translated in its own context: a heading of
/// the minutes (a document) and a label on a screen, or two screens'
/// labels a shorter word may replace on one of them. Nothing new belongs
/// here without a reason that says why the two may drift apart.
const ALLOWED: &[(&str, &str)] = &[
    // The minutes' headings and words against screens' labels.
    ("charter::NOTHING_IN_PART", "export::NOT_SET"),
    ("export::DATE", "year::DATE"),
    ("export::PLAN", "home::PLAN"),
    ("export::ROLES", "live::ROLES"),
    ("export::NOBODY", "live::NOBODY"),
    ("export::ACTIONS", "review::ACTIONS"),
    ("export::NEXT_MEETING", "live::NEXT_TITLE"),
    ("export::DUE_NEXT_MEETING", "review::NEXT_MEETING"),
    // A table's column heading and the home screen's row label.
    ("home::NETWORK", "rotation::LIST_HEADER"),
    ("home::ATTENDANCE", "year::ATTENDANCE"),
    // The live screen's narrow panels against the review's columns.
    ("live::STEP", "review::STEP"),
    ("live::PRESENT_COUNT", "review::PRESENT_COUNT"),
    ("live::OWNER", "review::OWNER"),
    ("live::DUE", "review::DUE"),
    ("live::NEXT_DATE", "review::DATE"),
    // The room view's voices line and the live screen's speaker line.
    ("live::SPEAKS", "live::VOICES_SPEAKING"),
    // The live screen's roles box and the rotation panel's title.
    ("live::ROLES_BOX_TITLE", "rotation::ROLES_TITLE"),
    // The hand-over question at home (next meeting) and in the meeting:
    // its wording is being reworked (hand-over reasons), then one phrase.
    ("home::REASON_TITLE", "live::HAND_ON_WHY"),
];

/// The string literals at the start of `text` (at most `n`), skipping
/// spaces and commas.
fn literals(text: &str, n: usize) -> Vec<String> {
    let mut out = Vec::new();
    let mut chars = text.chars().peekable();
    while out.len() < n {
        while chars.peek().is_some_and(|c| c.is_whitespace() || *c == ',') {
            chars.next();
        }
        if chars.next() != Some('"') {
            break;
        }
        let mut s = String::new();
        while let Some(c) = chars.next() {
            match c {
                '\\' => s.extend(chars.next()),
                '"' => break,
                c => s.push(c),
            }
        }
        out.push(s);
    }
    out
}

/// Every `pub const NAME: Phrase = Phrase::new("da", "en")` outside the
/// key labels, by its (Danish, English) text.
fn phrases() -> BTreeMap<(String, String), Vec<String>> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/i18n");
    let mut out: BTreeMap<(String, String), Vec<String>> = BTreeMap::new();
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        let module = path.file_stem().unwrap().to_string_lossy().into_owned();
        if module == "keys" {
            continue;
        }
        let text = fs::read_to_string(&path).unwrap();
        for (i, _) in text.match_indices("pub const ") {
            let rest = &text[i + "pub const ".len()..];
            let Some((name, body)) = rest.split_once(':') else {
                continue;
            };
            let Some(body) = body.trim_start().strip_prefix("Phrase = Phrase::new(") else {
                continue;
            };
            if name.starts_with("KEY_") {
                continue;
            }
            if let [da, en] = literals(body, 2).as_slice() {
                out.entry((da.clone(), en.clone()))
                    .or_default()
                    .push(format!("{module}::{name}"));
            }
        }
    }
    out
}

#[test]
fn no_two_phrases_say_the_same_in_both_languages() {
    let found = phrases();
    assert!(
        found.len() > 400,
        "the catalogue was not read: {}",
        found.len()
    );
    let allowed = |a: &str, b: &str| {
        ALLOWED
            .iter()
            .any(|&(x, y)| (x, y) == (a, b) || (x, y) == (b, a))
    };
    let mut copies = Vec::new();
    for ((da, en), names) in &found {
        for (i, a) in names.iter().enumerate() {
            for b in &names[i + 1..] {
                if !allowed(a, b) {
                    copies.push(format!("{a} and {b}: »{da}« / »{en}«"));
                }
            }
        }
    }
    assert!(
        copies.is_empty(),
        "the same phrase twice; use one (a word of many places goes in \
         i18n/common.rs):\n{}",
        copies.join("\n")
    );
    // An allowed pair that is gone (merged or reworded) leaves the list.
    let stale: Vec<_> = ALLOWED
        .iter()
        .filter(|(a, b)| {
            !found
                .values()
                .any(|names| names.iter().any(|n| n == a) && names.iter().any(|n| n == b))
        })
        .collect();
    assert!(stale.is_empty(), "no longer the same: {stale:?}");
}
