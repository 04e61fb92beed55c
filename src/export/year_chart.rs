//! The network's year as a text chart: per meeting, the share of members
//! who came and the mean check-out score, as bars. For `runde network
//! show`, the network screen and the review.

use crate::dates::day_month;
use crate::i18n::year as words;
use crate::model::record::score_mean;
use crate::rotation::scores::YearPoint;
use crate::text::Lang;
use chrono::NaiveDate;
use unicode_width::UnicodeWidthStr;

/// Cells of the attendance bar at 100 %.
const ATTENDANCE_CELLS: f64 = 10.0;
/// Cells of the score bar at 5.
const SCORE_CELLS: f64 = 5.0;

/// A bar `share` (0–1) of `cells` long, in eighths of a cell.
fn bar(share: f64, cells: f64) -> String {
    let eighths = (share.clamp(0.0, 1.0) * cells * 8.0).round() as usize;
    let mut out = "█".repeat(eighths / 8);
    out.push_str(match eighths % 8 {
        1 => "▏",
        2 => "▎",
        3 => "▍",
        4 => "▌",
        5 => "▋",
        6 => "▊",
        7 => "▉",
        _ => "",
    });
    out
}

fn padded(text: &str, width: usize) -> String {
    format!("{text}{}", " ".repeat(width.saturating_sub(text.width())))
}

/// The chart's lines: a heading, a header row, one row per meeting; or a
/// line saying there were no meetings this year.
pub fn lines(points: &[YearPoint], today: NaiveDate, lang: Lang) -> Vec<String> {
    let mut out = vec![words::TITLE.get(lang).to_string()];
    if points.is_empty() {
        out.push(format!("  {}", words::NONE.get(lang)));
        return out;
    }
    let dates: Vec<String> = points
        .iter()
        .map(|p| day_month(p.date, today, lang))
        .collect();
    let date_width = dates
        .iter()
        .map(|d| d.width())
        .chain([words::DATE.get(lang).width()])
        .max()
        .unwrap_or(0);
    let attendance_width = ATTENDANCE_CELLS as usize + 9;
    out.push(format!(
        "  {}  {}  {}",
        padded(words::DATE.get(lang), date_width),
        padded(words::ATTENDANCE.get(lang), attendance_width),
        words::SCORE.get(lang)
    ));
    for (point, date) in points.iter().zip(&dates) {
        let attendance = match point.attendance {
            Some((came, expected)) if expected > 0 => format!(
                "{} {}",
                padded(
                    &bar(f64::from(came) / f64::from(expected), ATTENDANCE_CELLS),
                    ATTENDANCE_CELLS as usize
                ),
                words::OF.fill(lang, &[&came.to_string(), &expected.to_string()])
            ),
            _ => "–".to_string(),
        };
        let answers: usize = point.scores.iter().sum();
        let score = match score_mean(point.scores) {
            Some(mean) => format!(
                "{} {} ({})",
                padded(&bar(mean / 5.0, SCORE_CELLS), SCORE_CELLS as usize),
                crate::i18n::decimal(mean, 1, lang),
                words::ANSWERS.fill(lang, answers, &[])
            ),
            None => "–".to_string(),
        };
        out.push(
            format!(
                "  {}  {}  {score}",
                padded(date, date_width),
                padded(&attendance, attendance_width)
            )
            .trim_end()
            .to_string(),
        );
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, m, day).unwrap()
    }

    #[test]
    fn each_meeting_shows_attendance_and_its_mean_score_as_bars() {
        let points = [
            YearPoint {
                date: d(1, 14),
                attendance: Some((7, 8)),
                scores: [0, 0, 1, 2, 3],
            },
            YearPoint {
                date: d(2, 11),
                attendance: Some((4, 8)),
                scores: [0; 5],
            },
        ];
        let text = lines(&points, d(12, 1), Lang::Da).join("\n");
        assert_eq!(
            text,
            "Fremmøde og tjek-ud det seneste år\n  \
             Dato     Fremmøde             Var det tiden værd?\n  \
             14. jan  ████████▊  7 af 8    ████▍ 4,3 (6 svar)\n  \
             11. feb  █████      4 af 8    –"
        );
        let none = lines(&[], d(12, 1), Lang::En).join("\n");
        assert_eq!(
            none,
            "Attendance and check-out over the year\n  No meetings this year."
        );
    }

    #[test]
    fn bars_grow_in_eighths() {
        assert_eq!(bar(0.0, 5.0), "");
        assert_eq!(bar(1.0, 5.0), "█████");
        assert_eq!(bar(0.5, 1.0), "▌");
        assert_eq!(bar(2.0, 2.0), "██", "a share above 1 is 1");
    }
}
