//! Dates as a facilitator types them: a day ("14/12/2026", "2026-12-14")
//! and a period of leave ("1/12 28/2", "1/12/2026 – 28/2/2027").

use crate::model::network::Leave;
use chrono::{Datelike, NaiveDate};

/// "2026-12-14", "14-12-2026", "14/12/2026" or "14.12.2026".
pub fn parse_date(text: &str) -> Option<NaiveDate> {
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

/// A date as typed: "2026-12-01", "1/12/2026", "1.12.2026", "1-12-2026",
/// or without the year ("1/12", "1.12"), which `year_for` decides.
fn parse_day(text: &str, year_for: impl Fn(u32, u32) -> i32) -> Option<NaiveDate> {
    if let Some(day) = parse_date(text) {
        return Some(day);
    }
    let (d, m) = text.split_once(['/', '.'])?;
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

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
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
    fn a_day_ahead_is_this_year_s_or_next_year_s() {
        let today = d("2026-12-03");
        assert_eq!(parse_day_ahead("1/3", today), Some(d("2027-03-01")));
        assert_eq!(parse_day_ahead("1/12", today), Some(d("2026-12-01")));
        assert_eq!(parse_day_ahead(" 1/2/2027 ", today), Some(d("2027-02-01")));
        assert_eq!(parse_day_ahead("31/2", today), None);
    }
}
