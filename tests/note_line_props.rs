//! Whatever a facilitator types on a note line, reading `@Name` and `!date`
//! out of it never panics, and a line without `@` or `!` is saved as typed.
// A test stops on a failed set-up: it may unwrap.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use chrono::NaiveDate;
use proptest::prelude::*;
use runde::engine::{take_due, take_owner};

fn names() -> Vec<String> {
    ["Anne", "Anne Marie", "Bo Ørum", "İlkay", "Ærø-Åse"]
        .iter()
        .map(|s| s.to_string())
        .collect()
}

fn line() -> impl Strategy<Value = String> {
    // Names, dates, punctuation and awkward characters, mixed.
    let pieces = prop::sample::select(vec![
        "@",
        "!",
        "@anne",
        "@Anne Marie",
        "@bo ørum",
        "@İLKAY",
        "!15/12",
        "!31/2",
        "!15.12.",
        "!2026-12-15",
        "!næste",
        "!99/99/9999",
        " ",
        "  ",
        "\n",
        ",",
        ":",
        ".",
        "(",
        ")",
        "-",
        "–",
        "ß",
        "İ",
        "😀",
        "a",
        "Send",
        "1",
        "/",
        "!1/1/20",
    ]);
    prop::collection::vec(pieces, 0..12).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn reading_a_note_line_never_panics(text in line(), any in ".{0,40}") {
        let today = NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
        for t in [&text, &any] {
            let (_, rest, _) = take_due(t, today);
            let (_, rest) = take_owner(&rest, &names());
            prop_assert!(rest.len() <= t.len() + 1);
        }
    }

    #[test]
    fn a_line_without_at_or_bang_is_kept(text in "[^@!]{0,40}") {
        let today = NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
        prop_assert_eq!(take_due(&text, today), (None, text.clone(), None));
        prop_assert_eq!(take_owner(&text, &names()), (None, text.clone()));
    }
}
