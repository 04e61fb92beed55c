//! Days a network does not meet: weekends, the Danish public holidays
//! and the days between Christmas and New Year. The next meeting is
//! proposed on a day that is none of these.

use chrono::{Datelike, Days, NaiveDate, Weekday};

/// Easter Sunday of `year` in the Gregorian calendar (the anonymous
/// Gregorian algorithm of Meeus, Jones and Butcher).
pub(super) fn easter_sunday(year: i32) -> Option<NaiveDate> {
    let a = year.rem_euclid(19);
    let b = year.div_euclid(100);
    let c = year.rem_euclid(100);
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15).rem_euclid(30);
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k).rem_euclid(7);
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    NaiveDate::from_ymd_opt(year, u32::try_from(month).ok()?, u32::try_from(day).ok()?)
}

/// Whether `day` is a Danish public holiday (helligdag). Grundlovsdag,
/// 5 June, counts: most workplaces close at noon, and a network meets for
/// most of a morning or an afternoon. Store bededag counts until 2023,
/// the last year it was a holiday.
pub(super) fn is_public_holiday(day: NaiveDate) -> bool {
    let fixed = matches!(
        (day.month(), day.day()),
        (1, 1) | (6, 5) | (12, 24) | (12, 25) | (12, 26)
    );
    let Some(easter) = easter_sunday(day.year()) else {
        return fixed;
    };
    let from_easter = day.signed_duration_since(easter).num_days();
    // Skærtorsdag, langfredag, påskedag, 2. påskedag, Kristi
    // himmelfartsdag, pinsedag, 2. pinsedag.
    let movable = [-3, -2, 0, 1, 39, 49, 50].contains(&from_easter)
        || (from_easter == 26 && day.year() <= 2023);
    fixed || movable
}

/// Whether a network can meet on `day`: a weekday that is no public
/// holiday and does not fall between Christmas Eve and New Year's Day,
/// when most people are off.
pub(super) fn is_meeting_day(day: NaiveDate) -> bool {
    let weekend = matches!(day.weekday(), Weekday::Sat | Weekday::Sun);
    let christmas = day.month() == 12 && day.day() >= 24;
    !weekend && !christmas && !is_public_holiday(day)
}

/// The meeting day proposed for `day`: the day itself when the network
/// can meet then; else the same weekday a week later, and so on, since a
/// network tends to keep its weekday (a weekend counts from the Monday
/// after it); else the first day it can meet.
pub(super) fn meeting_day_from(day: NaiveDate) -> NaiveDate {
    let start = match day.weekday() {
        Weekday::Sat => day.checked_add_days(Days::new(2)),
        Weekday::Sun => day.checked_add_days(Days::new(1)),
        _ => Some(day),
    }
    .unwrap_or(day);
    let weekly = (0..8)
        .filter_map(|w| start.checked_add_days(Days::new(7 * w)))
        .find(|d| is_meeting_day(*d));
    weekly
        .or_else(|| {
            (0..60)
                .filter_map(|n| start.checked_add_days(Days::new(n)))
                .find(|d| is_meeting_day(*d))
        })
        .unwrap_or(day)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn easter_falls_on_its_known_sundays() {
        for (year, want) in [
            (1818, "1818-03-22"),
            (1943, "1943-04-25"),
            (2024, "2024-03-31"),
            (2025, "2025-04-20"),
            (2026, "2026-04-05"),
            (2027, "2027-03-28"),
            (2038, "2038-04-25"),
            (2285, "2285-03-22"),
        ] {
            assert_eq!(easter_sunday(year), Some(d(want)), "{year}");
        }
    }

    #[test]
    fn the_danish_holidays_of_2027() {
        for day in [
            "2027-01-01", // nytårsdag
            "2027-03-25", // skærtorsdag
            "2027-03-26", // langfredag
            "2027-03-28", // påskedag
            "2027-03-29", // 2. påskedag
            "2027-05-06", // Kristi himmelfartsdag
            "2027-05-16", // pinsedag
            "2027-05-17", // 2. pinsedag
            "2027-06-05", // grundlovsdag
            "2027-12-24",
            "2027-12-25",
            "2027-12-26",
        ] {
            assert!(is_public_holiday(d(day)), "{day}");
        }
        for day in ["2027-03-24", "2027-04-23", "2027-05-07", "2027-12-23"] {
            assert!(!is_public_holiday(d(day)), "{day}");
        }
        assert!(is_public_holiday(d("2023-05-05")), "store bededag 2023");
        assert!(
            !is_public_holiday(d("2024-04-26")),
            "no store bededag since 2024"
        );
    }

    #[test]
    fn no_meeting_on_a_weekend_or_between_christmas_and_new_year() {
        for day in ["2026-12-05", "2026-12-06", "2026-12-28", "2026-12-31"] {
            assert!(!is_meeting_day(d(day)), "{day}");
        }
        assert!(is_meeting_day(d("2026-12-23")));
        assert!(is_meeting_day(d("2027-01-04")));
    }

    #[test]
    fn a_proposed_day_keeps_its_weekday_past_a_holiday() {
        // New Year's Day 2027 is a Friday: the Friday after.
        assert_eq!(meeting_day_from(d("2027-01-01")), d("2027-01-08"));
        // Christmas Day and New Year's Day are both Fridays.
        assert_eq!(meeting_day_from(d("2026-12-25")), d("2027-01-08"));
        // Kristi himmelfartsdag 2027 is a Thursday.
        assert_eq!(meeting_day_from(d("2027-05-06")), d("2027-05-13"));
        // 2. pinsedag.
        assert_eq!(meeting_day_from(d("2027-05-17")), d("2027-05-24"));
        // A Saturday: the Monday after.
        assert_eq!(meeting_day_from(d("2027-01-09")), d("2027-01-11"));
        // A free day stays.
        assert_eq!(meeting_day_from(d("2027-01-12")), d("2027-01-12"));
    }

    #[test]
    fn every_proposed_day_is_one_to_meet_on() {
        let mut day = d("2024-01-01");
        while day < d("2030-12-31") {
            let proposed = meeting_day_from(day);
            assert!(is_meeting_day(proposed), "{day} → {proposed}");
            assert!(proposed >= day, "{day} → {proposed}");
            assert!((proposed - day).num_days() <= 21, "{day} → {proposed}");
            day = day.succ_opt().unwrap();
        }
    }
}
