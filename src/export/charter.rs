//! The network's charter as text lines, for `runde network show`, the
//! network screen and the run-sheet: a heading with the day it was agreed,
//! then each part with its entries numbered.

use crate::dates::day_month;
use crate::i18n::charter as words;
use crate::model::charter::{Charter, CharterPart};
use crate::text::Lang;
use chrono::NaiveDate;

/// "Netværksaftale (aftalt 2. dec)".
pub fn title(charter: &Charter, today: NaiveDate, lang: Lang) -> String {
    match charter.agreed {
        Some(day) => format!(
            "{} ({})",
            words::TITLE.get(lang),
            words::AGREED_ON.fill(lang, &[&day_month(day, today, lang)])
        ),
        None => words::TITLE.get(lang).to_string(),
    }
}

/// One part: its heading, then "  1. …" per entry, or "  ikke aftalt".
pub fn part_lines(charter: &Charter, part: CharterPart, lang: Lang) -> Vec<String> {
    let mut out = vec![format!("{}:", words::heading(part).get(lang))];
    let entries = charter.part(part);
    if entries.is_empty() {
        out.push(format!("  {}", words::NOTHING_IN_PART.get(lang)));
    }
    for (i, entry) in entries.iter().enumerate() {
        out.push(format!("  {}. {entry}", i + 1));
    }
    out
}

/// The whole charter, title first; a network without one says how it
/// comes about.
pub fn lines(charter: &Charter, today: NaiveDate, lang: Lang) -> Vec<String> {
    let mut out = vec![title(charter, today, lang)];
    if charter.is_empty() {
        out.push(format!("  {}", words::NONE_YET.get(lang)));
        return out;
    }
    for part in CharterPart::ALL {
        out.extend(
            part_lines(charter, part, lang)
                .into_iter()
                .map(|l| format!("  {l}")),
        );
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_part_shows_and_an_empty_one_says_so() {
        let charter = Charter {
            purpose: vec!["Et fortroligt rum for sparring".into()],
            success_criteria: vec!["Alle har haft en sag".into(), "Fremmøde over 80 %".into()],
            agreed: NaiveDate::from_ymd_opt(2026, 12, 2),
            ..Charter::default()
        };
        let today = NaiveDate::from_ymd_opt(2026, 12, 10).unwrap();
        let text = lines(&charter, today, Lang::Da).join("\n");
        assert!(text.starts_with("Netværksaftale (aftalt 2. dec)"), "{text}");
        assert!(
            text.contains("  Formål:\n    1. Et fortroligt rum for sparring"),
            "{text}"
        );
        assert!(text.contains("  Mål:\n    ikke aftalt"), "{text}");
        assert!(text.contains("    2. Fremmøde over 80 %"), "{text}");
        let none = lines(&Charter::default(), today, Lang::En).join("\n");
        assert_eq!(
            none,
            "Charter\n  No charter yet: it is made at the start-up meeting."
        );
    }
}
