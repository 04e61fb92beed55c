//! An action's due date, typed on its line after `!`, the way a Danish
//! facilitator writes dates:
//!
//! - `!15/12` or `!15.12` — the next 15 December from today on;
//! - `!15/12/2026`, `!15.12.2026`, `!15/12-2026`, `!15-12-2026` (a
//!   two-digit year means 20xx) — that day;
//! - `!2026-12-15` — that day;
//! - `!fredag`, `!fre`, `!friday`, `!fri` (any weekday, whole or its
//!   first three letters) — the next such day after today; `!imorgen`,
//!   `!tomorrow` — the day after today;
//! - `!næste` or `!next` — the next meeting (what an action gets anyway).
//!
//! Day before month, always. The date leaves the text like `@Name`. A `!`
//! followed by a digit that makes no date, or by a day already past,
//! stays in the text and the input says why. `!` inside a word or before
//! other words ("Hurra!", "!vigtigt") is left alone.

use super::note_text::cut;
use chrono::{Datelike, NaiveDate};

/// When an action is due.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Due {
    On(NaiveDate),
    NextMeeting,
}

impl Due {
    /// The date to store: none for the next meeting (the default).
    pub fn date(self) -> Option<NaiveDate> {
        match self {
            Due::On(date) => Some(date),
            Due::NextMeeting => None,
        }
    }
}

/// Why a `!…` stayed in the text; holds what was typed, `!` included.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DueProblem {
    NotADate(String),
    Past(String),
}

/// What the text after a `!` is.
#[derive(Debug, PartialEq, Eq)]
enum Read {
    Due(Due),
    NotADate,
    Past,
    /// Not meant as a date: a word.
    Word,
}

/// The first due date typed in `text` and the text without it, plus the
/// first `!` that looked like a date but was not one.
pub fn take_due(text: &str, today: NaiveDate) -> (Option<Due>, String, Option<DueProblem>) {
    let mut problem = None;
    for (at, _) in text.match_indices('!') {
        if text[..at]
            .chars()
            .next_back()
            .is_some_and(|c| !c.is_whitespace() && c != '(')
        {
            continue;
        }
        let token = text[at + 1..]
            .split(char::is_whitespace)
            .next()
            .unwrap_or("");
        let core = token.trim_end_matches([',', ';', ':', ')', '!', '?', '.']);
        let typed = || format!("!{core}");
        match read(core, today) {
            Read::Due(due) => {
                let mut end = at + 1 + core.len();
                // "15.12." is how a Danish day and month end.
                if core.matches('.').count() == 1 && text[end..].starts_with('.') {
                    end += 1;
                }
                let rest = cut(text, at, end);
                let rest = if rest.is_empty() {
                    text.trim().to_string()
                } else {
                    rest
                };
                return (Some(due), rest, problem);
            }
            Read::NotADate => {
                problem.get_or_insert_with(|| DueProblem::NotADate(typed()));
            }
            Read::Past => {
                problem.get_or_insert_with(|| DueProblem::Past(typed()));
            }
            Read::Word => {}
        }
    }
    (None, text.to_string(), problem)
}

fn read(word: &str, today: NaiveDate) -> Read {
    let lower = word.to_lowercase();
    if ["næste", "naeste", "next"].contains(&lower.as_str()) {
        return Read::Due(Due::NextMeeting);
    }
    if let Some(date) = crate::dates::parse_named_day(word, today) {
        return Read::Due(Due::On(date));
    }
    if !word.starts_with(|c: char| c.is_ascii_digit()) {
        return Read::Word;
    }
    if word
        .chars()
        .any(|c| !c.is_ascii_digit() && !"/.-".contains(c))
        || word.len() > 10
    {
        return Read::NotADate;
    }
    let parts: Vec<&str> = word.split(['/', '.', '-']).collect();
    let number = |s: &str, max_len: usize| {
        (!s.is_empty() && s.len() <= max_len)
            .then(|| s.parse::<u32>().ok())
            .flatten()
    };
    let date = match parts.as_slice() {
        [y, m, d] if y.len() == 4 => match (number(y, 4), number(m, 2), number(d, 2)) {
            (Some(y), Some(m), Some(d)) => NaiveDate::from_ymd_opt(y as i32, m, d),
            _ => None,
        },
        [d, m, y] if y.len() == 2 || y.len() == 4 => {
            match (number(d, 2), number(m, 2), number(y, 4)) {
                (Some(d), Some(m), Some(year)) => {
                    let year = if y.len() == 2 { 2000 + year } else { year };
                    NaiveDate::from_ymd_opt(year as i32, m, d)
                }
                _ => None,
            }
        }
        [d, m] => match (number(d, 2), number(m, 2)) {
            (Some(d), Some(m)) => {
                return next_on_or_after(today, m, d)
                    .map_or(Read::NotADate, |date| Read::Due(Due::On(date)));
            }
            _ => None,
        },
        _ => None,
    };
    match date {
        None => Read::NotADate,
        Some(date) if date < today => Read::Past,
        Some(date) => Read::Due(Due::On(date)),
    }
}

/// A day typed on its own, as after `!` ("14/1", "14.1.2027",
/// "2027-01-14"); none for a word, a day that does not exist or is past.
pub fn day(text: &str, today: NaiveDate) -> Option<NaiveDate> {
    match read(text.trim(), today) {
        Read::Due(Due::On(date)) => Some(date),
        _ => None,
    }
}

/// The first day/month from `today` on: this year's, else next year's
/// (29/2 waits for the next leap year, within eight years).
fn next_on_or_after(today: NaiveDate, month: u32, day: u32) -> Option<NaiveDate> {
    (0..8)
        .filter_map(|ahead| NaiveDate::from_ymd_opt(today.year() + ahead, month, day))
        .find(|date| *date >= today)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 23).unwrap()
    }

    fn day(y: i32, m: u32, d: u32) -> Option<Due> {
        Some(Due::On(NaiveDate::from_ymd_opt(y, m, d).unwrap()))
    }

    fn due(text: &str) -> (Option<Due>, String, Option<DueProblem>) {
        take_due(text, today())
    }

    #[test]
    fn danish_and_iso_dates_leave_the_text() {
        for (text, want) in [
            ("Send planen !15/12", day(2026, 12, 15)),
            ("Send planen !15.12", day(2026, 12, 15)),
            ("Send planen !15.12.", day(2026, 12, 15)),
            ("Send planen !15.12.2026", day(2026, 12, 15)),
            ("Send planen !15/12-2026", day(2026, 12, 15)),
            ("Send planen !15-12-2026", day(2026, 12, 15)),
            ("Send planen !15/12/26", day(2026, 12, 15)),
            ("Send planen !2026-12-15", day(2026, 12, 15)),
            ("Send planen !5/1", day(2027, 1, 5)),
            ("Send planen !23/11", day(2026, 11, 23)),
            ("Send planen !næste", Some(Due::NextMeeting)),
            ("Send planen !NEXT", Some(Due::NextMeeting)),
            // 2026-11-23 is a Monday.
            ("Send planen !fredag", day(2026, 11, 27)),
            ("Send planen !Friday", day(2026, 11, 27)),
            ("Send planen !man", day(2026, 11, 30)),
            ("Send planen !imorgen", day(2026, 11, 24)),
        ] {
            assert_eq!(due(text), (want, "Send planen".into(), None), "{text}");
        }
        assert_eq!(
            due("!1/2: ring til Bo, og mail Anne"),
            (day(2027, 2, 1), "ring til Bo, og mail Anne".into(), None)
        );
        assert_eq!(
            due("Ring til Bo !1/12, så mail"),
            (day(2026, 12, 1), "Ring til Bo, så mail".into(), None)
        );
    }

    #[test]
    fn a_bad_date_stays_text_and_says_why() {
        for (text, problem) in [
            ("Ring !31/2", DueProblem::NotADate("!31/2".into())),
            ("Ring !15/13", DueProblem::NotADate("!15/13".into())),
            (
                "Ring !2026-02-30",
                DueProblem::NotADate("!2026-02-30".into()),
            ),
            ("Ring !15", DueProblem::NotADate("!15".into())),
            ("Ring !15/12/202", DueProblem::NotADate("!15/12/202".into())),
            ("Ring !1/2/3/4", DueProblem::NotADate("!1/2/3/4".into())),
            ("Ring !15x12", DueProblem::NotADate("!15x12".into())),
            ("Ring !1.1.2020", DueProblem::Past("!1.1.2020".into())),
            ("Ring !2026-11-22", DueProblem::Past("!2026-11-22".into())),
            (
                "Ring !99999999999999999999/1",
                DueProblem::NotADate("!99999999999999999999/1".into()),
            ),
        ] {
            let (got, rest, why) = due(text);
            assert_eq!(got, None, "{text}");
            assert_eq!(rest, text, "{text}");
            assert_eq!(why, Some(problem), "{text}");
        }
    }

    #[test]
    fn words_and_exclamations_are_not_dates() {
        for text in [
            "Hurra!",
            "Hurra! Det virker",
            "!vigtigt",
            "OBS!15/12",
            "!",
            "! 15/12",
            "!//",
        ] {
            assert_eq!(due(text), (None, text.to_string(), None), "{text}");
        }
        // 29 February waits for a leap year.
        assert_eq!(due("Skudår !29/2").0, day(2028, 2, 29));
        // A line that is only a date keeps it.
        assert_eq!(due(" !15/12 ").1, "!15/12");
        // The first good date counts; a bad one before it is reported.
        assert_eq!(
            due("Ring !31/2 eller !1/3"),
            (
                day(2027, 3, 1),
                "Ring !31/2 eller".into(),
                Some(DueProblem::NotADate("!31/2".into()))
            )
        );
    }
}
