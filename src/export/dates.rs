//! Dates and times as people write them in minutes, in both languages.

use crate::i18n::export as words;
use crate::text::Lang;
use chrono::{Datelike, NaiveDate, Timelike};

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
pub fn short_date(date: NaiveDate, lang: Lang) -> String {
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
pub fn clock_time(t: impl Timelike, lang: Lang) -> String {
    let sep = match lang {
        Lang::Da => '.',
        Lang::En => ':',
    };
    format!("{:02}{sep}{:02}", t.hour(), t.minute())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_in_both_languages() {
        let d = NaiveDate::from_ymd_opt(2026, 3, 12).unwrap();
        assert_eq!(long_date(d, Lang::Da), "torsdag den 12. marts 2026");
        assert_eq!(long_date(d, Lang::En), "Thursday 12 March 2026");
        assert_eq!(short_date(d, Lang::Da), "12. marts 2026");
        let t = chrono::NaiveTime::from_hms_opt(9, 5, 0).unwrap();
        assert_eq!(clock_time(t, Lang::Da), "09.05");
        assert_eq!(clock_time(t, Lang::En), "09:05");
    }
}
