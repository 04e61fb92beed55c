//! Dates, clock times and minutes:seconds: the one place they are read
//! and written, in both languages.
//!
//! Read ([`parse_date`], [`parse_day_ahead`], [`parse_period`],
//! [`parse_clock`], [`parse_mm_ss`]): every form a facilitator types,
//! "2026-12-14", "14/12/2026", "14.12.2026", "14-12-2026", "14/12" and
//! "14.12" for a day, "9.30", "09.30" and "9:30" for a time.
//!
//! Written: a clock time as the language writes it ("14.19" / "14:19"),
//! a day in a list ("2/12", "2/12/2027"), a day in a sentence ("2. dec" /
//! "2 Dec"), a date in minutes ("2. december 2026", "onsdag den 2.
//! december 2026") and a timer ("12:05"). Everything written here reads
//! back with the parsers above (tested as a property).

use crate::i18n::{export as words, rotation as short_words};
use crate::model::network::Leave;
use crate::text::Lang;
use chrono::{Datelike, NaiveDate, NaiveTime, Timelike};

mod holidays;

/// Weeks between meetings when nobody has entered the next one's date.
const WEEKS_TO_NEXT_MEETING: u64 = 4;

/// The next meeting's day when none was entered: four weeks after
/// `held`, moved past a weekend, a public holiday or Christmas week
/// (keeping the weekday where it can).
pub fn proposed_next_meeting(held: NaiveDate) -> NaiveDate {
    let day = held
        .checked_add_days(chrono::Days::new(7 * WEEKS_TO_NEXT_MEETING))
        .unwrap_or(held);
    holidays::meeting_day_from(day)
}

/// "2026-12-14", "14-12-2026", "14/12/2026" or "14.12.2026" (spaces
/// around it ignored).
pub fn parse_date(text: &str) -> Option<NaiveDate> {
    let text = text.trim();
    ["%Y-%m-%d", "%d-%m-%Y", "%d/%m/%Y", "%d.%m.%Y"]
        .iter()
        .find_map(|f| NaiveDate::parse_from_str(text, f).ok())
}

/// "1/12/2026" as a facilitator would type it back.
pub fn day_text(day: NaiveDate) -> String {
    format!("{}/{}/{}", day.day(), day.month(), day.year())
}

/// "1/12" within `year`, else "1/12/2027": a day as a Dane writes it in
/// a list, the year only when it is not the one everybody is in.
pub fn day_in_year(day: NaiveDate, year: i32) -> String {
    match day.year() == year {
        true => format!("{}/{}", day.day(), day.month()),
        false => day_text(day),
    }
}

/// "1/12": a day in a line where the year goes without saying (a due
/// date, the next meeting).
pub fn short_day(day: NaiveDate) -> String {
    day_in_year(day, day.year())
}

/// A date as typed: "2026-12-01", "1/12/2026", "1.12.2026", "1-12-2026",
/// or without the year ("1/12", "1.12"), which `year_for` decides.
fn parse_day(text: &str, year_for: impl Fn(u32, u32) -> i32) -> Option<NaiveDate> {
    if let Some(day) = parse_date(text) {
        return Some(day);
    }
    let (d, m) = text.trim().split_once(['/', '.'])?;
    let (d, m): (u32, u32) = (d.parse().ok()?, m.trim_end_matches('.').parse().ok()?);
    NaiveDate::from_ymd_opt(year_for(d, m), m, d)
}

/// A day as typed for something ahead (a leave's first day): a date
/// without a year is the next one from about a month ago, so "1/12" typed
/// in November is this December and typed in January is last December.
pub fn parse_day_ahead(text: &str, today: NaiveDate) -> Option<NaiveDate> {
    let recent = today - chrono::Duration::days(31);
    parse_day(text.trim(), |d, m| {
        let this = NaiveDate::from_ymd_opt(today.year(), m, d);
        if this.is_some_and(|day| day < recent) {
            today.year() + 1
        } else {
            today.year()
        }
    })
}

/// A day named as a facilitator says it when handing out a task: a
/// weekday in either language, whole or by its first three letters
/// ("fredag", "fre", "Friday", "fri"), is the next such day after today
/// (on a Friday, "fredag" is a week ahead); "imorgen", "i-morgen" and
/// "tomorrow" are the day after today. None for any other word.
pub fn parse_named_day(text: &str, today: NaiveDate) -> Option<NaiveDate> {
    let word = text.trim().to_lowercase();
    if ["imorgen", "i-morgen", "tomorrow"].contains(&word.as_str()) {
        return today.succ_opt();
    }
    if word.chars().count() < 3 {
        return None;
    }
    let index = words::WEEKDAYS.iter().position(|day| {
        [day.da, day.en].iter().any(|name| {
            let name = name.to_lowercase();
            name == word || (word.chars().count() == 3 && name.starts_with(&word))
        })
    })?;
    let from = today.weekday().num_days_from_monday() as i64;
    let ahead = (index as i64 - from).rem_euclid(7);
    let ahead = if ahead == 0 { 7 } else { ahead };
    today.checked_add_signed(chrono::Duration::days(ahead))
}

/// A period of leave typed as two dates, "1/12 28/2" or "1/12/2026 –
/// 28/2/2027". A date without a year is the next one from about a month
/// ago, and the end is the first such date on or after the start.
pub fn parse_period(text: &str, today: NaiveDate) -> Option<Leave> {
    let text = text
        .replace(['–', '—'], " ")
        .replace(" - ", " ")
        .replace("..", " ")
        .replace(" til ", " ")
        .replace(" to ", " ");
    let parts: Vec<&str> = text.split_whitespace().collect();
    let [from, to] = parts.as_slice() else {
        return None;
    };
    let from = parse_day_ahead(from, today)?;
    let to = parse_day(to, |d, m| {
        let this = NaiveDate::from_ymd_opt(from.year(), m, d);
        if this.is_some_and(|day| day < from) {
            from.year() + 1
        } else {
            from.year()
        }
    })?;
    Some(Leave { from, to })
}

/// "14. sep" / "14 Sep", with the year when it is not `today`'s: a day
/// in a sentence ("senest 14. sep").
pub fn day_month(day: NaiveDate, today: NaiveDate, lang: Lang) -> String {
    let m = day.month0() as usize;
    let mut s = match lang {
        Lang::Da => format!("{}. {}", day.day(), short_words::MONTHS_DA[m]),
        Lang::En => format!("{} {}", day.day(), short_words::MONTHS_EN[m]),
    };
    if day.year() != today.year() {
        s.push_str(&format!(" {}", day.year()));
    }
    s
}

/// "torsdag den 12. marts 2026" / "Thursday 12 March 2026".
pub fn long_date(date: NaiveDate, lang: Lang) -> String {
    let weekday = words::WEEKDAYS[date.weekday().num_days_from_monday() as usize].get(lang);
    let month = month_name(date, lang);
    match lang {
        Lang::Da => format!("{weekday} den {}. {month} {}", date.day(), date.year()),
        Lang::En => format!("{weekday} {} {month} {}", date.day(), date.year()),
    }
}

/// "12. marts 2026" / "12 March 2026".
pub fn day_month_year(date: NaiveDate, lang: Lang) -> String {
    let month = month_name(date, lang);
    match lang {
        Lang::Da => format!("{}. {month} {}", date.day(), date.year()),
        Lang::En => format!("{} {month} {}", date.day(), date.year()),
    }
}

fn month_name(date: NaiveDate, lang: Lang) -> &'static str {
    words::MONTHS[date.month0() as usize].get(lang)
}

/// "09.30" in Danish, "09:30" in English.
pub fn clock(t: impl Timelike, lang: Lang) -> String {
    let sep = match lang {
        Lang::Da => '.',
        Lang::En => ':',
    };
    format!("{:02}{sep}{:02}", t.hour(), t.minute())
}

/// "3/12 kl. 23.31" / "3/12 at 23:31": when something began, in a line.
pub fn day_and_clock(t: crate::model::record::Stamp, lang: Lang) -> String {
    let day = day_in_year(t.date_naive(), t.year());
    match lang {
        Lang::Da => format!("{day} kl. {}", clock(t, lang)),
        Lang::En => format!("{day} at {}", clock(t, lang)),
    }
}

/// The time of day to the nearest minute (a break that ends at 14:19:40
/// ends "at 14.20").
pub fn clock_rounded(t: crate::model::record::Stamp, lang: Lang) -> String {
    clock(t + chrono::Duration::seconds(30), lang)
}

/// A clock time as typed in either language: "9.30", "09.30", "9:30",
/// "09:30" (spaces around it ignored).
pub fn parse_clock(text: &str) -> Option<NaiveTime> {
    let (h, m) = text.trim().split_once(['.', ':'])?;
    if h.is_empty() || h.len() > 2 || m.len() != 2 {
        return None;
    }
    if !h.bytes().chain(m.bytes()).all(|b| b.is_ascii_digit()) {
        return None;
    }
    NaiveTime::from_hms_opt(h.parse().ok()?, m.parse().ok()?, 0)
}

/// Seconds as "m:ss" (minutes may exceed 59): a timer, the same in both
/// languages.
pub fn mm_ss(secs: u64) -> String {
    format!("{}:{:02}", secs / 60, secs % 60)
}

/// "12:05" back to seconds.
pub fn parse_mm_ss(text: &str) -> Option<u64> {
    let (m, s) = text.trim().split_once(':')?;
    if s.len() != 2 || !m.bytes().chain(s.bytes()).all(|b| b.is_ascii_digit()) {
        return None;
    }
    let (m, s): (u64, u64) = (m.parse().ok()?, s.parse().ok()?);
    (s < 60)
        .then(|| m.checked_mul(60)?.checked_add(s))
        .flatten()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn dates_in_both_languages() {
        let day = d("2026-03-12");
        assert_eq!(long_date(day, Lang::Da), "torsdag den 12. marts 2026");
        assert_eq!(long_date(day, Lang::En), "Thursday 12 March 2026");
        assert_eq!(day_month_year(day, Lang::Da), "12. marts 2026");
        assert_eq!(day_month(d("2026-09-14"), day, Lang::Da), "14. sep");
        assert_eq!(day_month(d("2025-09-14"), day, Lang::En), "14 Sep 2025");
        let t = NaiveTime::from_hms_opt(9, 5, 0).unwrap();
        assert_eq!(clock(t, Lang::Da), "09.05");
        assert_eq!(clock(t, Lang::En), "09:05");
        assert_eq!(mm_ss(725), "12:05");
        assert_eq!(mm_ss(3600), "60:00");
    }

    #[test]
    fn clock_times_as_typed() {
        let t = NaiveTime::from_hms_opt(9, 30, 0);
        for text in ["9.30", "09.30", "9:30", " 09:30 "] {
            assert_eq!(parse_clock(text), t, "{text}");
        }
        for text in [
            "9", "9.3", "24.00", "9.60", "a.30", "930", "9.30.00", "+9.30",
        ] {
            assert_eq!(parse_clock(text), None, "{text}");
        }
    }

    #[test]
    fn a_day_in_a_list_has_its_year_only_outside_the_year_in_view() {
        assert_eq!(day_in_year(d("2026-12-15"), 2026), "15/12");
        assert_eq!(day_in_year(d("2027-01-05"), 2026), "5/1/2027");
    }

    #[test]
    fn periods_in_the_forms_a_facilitator_types() {
        let today = d("2026-11-23");
        let want = Leave {
            from: d("2026-12-01"),
            to: d("2027-02-28"),
        };
        for text in [
            "1/12 28/2",
            "1.12 28.2",
            "1/12/2026 – 28/2/2027",
            "2026-12-01 2027-02-28",
            "1/12 til 28/2",
            "2026-12-01..2027-02-28",
        ] {
            assert_eq!(parse_period(text, today), Some(want.clone()), "{text}");
        }
        let started = parse_period("1/11 30/11", today).unwrap();
        assert_eq!(started.from, d("2026-11-01"), "a leave under way");
        assert_eq!(parse_period("1/12", today), None);
        assert_eq!(parse_period("31/2 1/3", today), None);
        assert_eq!(parse_period("snart senere", today), None);
    }

    #[test]
    fn when_something_began_reads_as_a_day_and_a_clock_time() {
        let t: crate::model::record::Stamp = "2026-12-03T23:31:57+01:00".parse().unwrap();
        assert_eq!(day_and_clock(t, Lang::Da), "3/12 kl. 23.31");
        assert_eq!(day_and_clock(t, Lang::En), "3/12 at 23:31");
        assert_eq!(short_day(d("2027-01-05")), "5/1");
    }

    #[test]
    fn a_named_day_is_the_next_such_day_after_today() {
        // 2026-12-03 is a Thursday.
        let thursday = d("2026-12-03");
        for (typed, want) in [
            ("fredag", "2026-12-04"),
            ("Fredag", "2026-12-04"),
            ("fre", "2026-12-04"),
            ("friday", "2026-12-04"),
            ("FRI", "2026-12-04"),
            ("torsdag", "2026-12-10"),
            ("mandag", "2026-12-07"),
            ("lør", "2026-12-05"),
            ("søndag", "2026-12-06"),
            ("onsdag", "2026-12-09"),
            ("imorgen", "2026-12-04"),
            ("tomorrow", "2026-12-04"),
        ] {
            assert_eq!(parse_named_day(typed, thursday), Some(d(want)), "{typed}");
        }
        for word in ["vigtigt", "fr", "fredagsbar", "man.", "", "næste"] {
            assert_eq!(parse_named_day(word, thursday), None, "{word}");
        }
    }

    #[test]
    fn the_next_meeting_is_proposed_four_weeks_on_on_a_working_day() {
        // The trial: a meeting on 4 December 2026 proposed New Year's Day.
        assert_eq!(proposed_next_meeting(d("2026-12-04")), d("2027-01-08"));
        assert_eq!(proposed_next_meeting(d("2026-11-10")), d("2026-12-08"));
        // Four weeks after 8 April 2027 is Kristi himmelfartsdag.
        assert_eq!(proposed_next_meeting(d("2027-04-08")), d("2027-05-13"));
    }

    #[test]
    fn a_day_ahead_is_this_year_s_or_next_year_s() {
        let today = d("2026-12-03");
        assert_eq!(parse_day_ahead("1/3", today), Some(d("2027-03-01")));
        assert_eq!(parse_day_ahead("1/12", today), Some(d("2026-12-01")));
        assert_eq!(parse_day_ahead(" 1/2/2027 ", today), Some(d("2027-02-01")));
        assert_eq!(parse_day_ahead("31/2", today), None);
    }

    fn any_day() -> impl Strategy<Value = NaiveDate> {
        (1990i32..2100, 1u32..=366)
            .prop_filter_map("a real day", |(y, o)| NaiveDate::from_yo_opt(y, o))
    }

    proptest! {
        #[test]
        fn a_written_day_reads_back(day in any_day()) {
            prop_assert_eq!(parse_date(&day_text(day)), Some(day));
            prop_assert_eq!(parse_date(&day.format("%Y-%m-%d").to_string()), Some(day));
        }

        #[test]
        fn a_day_in_a_list_reads_back_near_today(day in any_day(), ahead in 0i64..300) {
            // What a list shows for a day from a month ago to most of a year
            // ahead is read back as that day.
            let today = day - chrono::Duration::days(ahead);
            let shown = day_in_year(day, today.year());
            prop_assert_eq!(parse_day_ahead(&shown, today), Some(day), "{}", shown);
        }

        #[test]
        fn a_written_clock_reads_back(h in 0u32..24, m in 0u32..60) {
            let t = NaiveTime::from_hms_opt(h, m, 0).unwrap();
            for lang in [Lang::Da, Lang::En] {
                prop_assert_eq!(parse_clock(&clock(t, lang)), Some(t));
            }
        }

        #[test]
        fn a_written_timer_reads_back(secs in 0u64..1_000_000) {
            prop_assert_eq!(parse_mm_ss(&mm_ss(secs)), Some(secs));
        }

        #[test]
        fn typed_text_never_panics(text in "\\PC{0,20}", year in 1990i32..2100) {
            let today = NaiveDate::from_ymd_opt(year, 6, 1).unwrap();
            let _ = (parse_date(&text), parse_clock(&text), parse_mm_ss(&text));
            let _ = (parse_day_ahead(&text, today), parse_period(&text, today));
        }
    }
}
