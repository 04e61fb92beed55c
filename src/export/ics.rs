//! The next meeting for the calendar: one iCalendar event (RFC 5545) from
//! what a session agreed, so nobody types date, place and roles again.
//!
//! The day is the one agreed; the start is this meeting's clock time (a
//! network meets at its usual hour) and the end follows from the plan's
//! length for the members not on leave that day. The times are floating
//! (local wherever the calendar is), as a meeting in the room is. The
//! place is the host; the roles and the theme go in the description,
//! each marked when it is only the rotation's suggestion.

use super::pseudonym::Pseudonymiser;
use crate::dates::{clock, day_month_year};
use crate::i18n::{common, export as words};
use crate::model::Record;
use crate::model::next_meeting::{NextField, NextMeeting};
use crate::model::planning::{Headcount, plan_minutes};
use crate::text::Lang;
use chrono::{DateTime, Duration, NaiveDate, NaiveDateTime, Timelike, Utc};

/// The longest content line, in octets, before it is folded (RFC 5545 3.1).
const FOLD_AT: usize = 75;

/// Why there is no event to write.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NoEvent {
    /// The session agreed no day for the next meeting.
    NoDate,
}

/// The calendar holding the next meeting `record` agreed, stamped `now`.
pub fn next_meeting_ics(
    record: &Record,
    now: DateTime<Utc>,
    lang: Lang,
    pseudonymise: bool,
) -> Result<String, NoEvent> {
    let next = record.next_meeting.as_ref().ok_or(NoEvent::NoDate)?;
    let date = next.date.ok_or(NoEvent::NoDate)?;
    let names = if pseudonymise {
        Pseudonymiser::for_record(record)
    } else {
        Pseudonymiser::off()
    };
    let (start, end) = times(record, date);
    let network = common::network_label(&record.network.name, lang);
    let mut lines = vec![
        "BEGIN:VCALENDAR".to_string(),
        "VERSION:2.0".to_string(),
        format!(
            "PRODID:-//runde//runde {}//{}",
            env!("CARGO_PKG_VERSION"),
            match lang {
                Lang::Da => "DA",
                Lang::En => "EN",
            }
        ),
        "CALSCALE:GREGORIAN".to_string(),
        "METHOD:PUBLISH".to_string(),
        "BEGIN:VEVENT".to_string(),
        // The same meeting exported twice is one event, updated.
        format!("UID:{}-next@runde", record.id),
        format!("DTSTAMP:{}", now.format("%Y%m%dT%H%M%SZ")),
        format!("DTSTART:{}", local(start)),
        format!("DTEND:{}", local(end)),
        format!(
            "SUMMARY:{}",
            text(&words::ICS_SUMMARY.fill(lang, &[&network]))
        ),
    ];
    if let Some(host) = next.value(NextField::Host) {
        let mut place = words::ICS_PLACE.fill(lang, &[&names.name(host)]);
        if !next.is_agreed(NextField::Host) {
            place.push_str(&format!(" ({})", words::SUGGESTED.get(lang)));
        }
        lines.push(format!("LOCATION:{}", text(&place)));
    }
    lines.push(format!(
        "DESCRIPTION:{}",
        text(&description(record, next, &names, date, start, end, lang))
    ));
    lines.push(
        if next.is_agreed(NextField::Date) {
            "STATUS:CONFIRMED"
        } else {
            "STATUS:TENTATIVE"
        }
        .to_string(),
    );
    lines.push("TRANSP:OPAQUE".to_string());
    lines.push("END:VEVENT".to_string());
    lines.push("END:VCALENDAR".to_string());
    let mut out = String::new();
    for line in &lines {
        out.push_str(&fold(line));
        out.push_str("\r\n");
    }
    Ok(out)
}

/// Start and end: this meeting's clock time on `date`, and the plan's
/// length for the members not on leave then, rounded up to 5 minutes.
fn times(record: &Record, date: NaiveDate) -> (NaiveDateTime, NaiveDateTime) {
    let start_time = record
        .started
        .time()
        .with_second(0)
        .and_then(|t| t.with_nanosecond(0))
        .unwrap_or(record.started.time());
    let start = date.and_time(start_time);
    let minutes = plan_minutes(&record.plan, Headcount::new(expected(record, date))).ceil();
    let minutes = ((minutes.max(5.0) as i64) + 4) / 5 * 5;
    (start, start + Duration::minutes(minutes))
}

/// Who is expected: the network's members not on leave that day, else 8.
fn expected(record: &Record, date: NaiveDate) -> usize {
    match record
        .network
        .participants
        .iter()
        .filter(|p| !p.on_leave(date))
        .count()
    {
        0 => 8,
        n => n,
    }
}

fn description(
    record: &Record,
    next: &NextMeeting,
    names: &Pseudonymiser,
    date: NaiveDate,
    start: NaiveDateTime,
    end: NaiveDateTime,
    lang: Lang,
) -> String {
    let mut out = Vec::new();
    out.push(format!(
        "{} {}–{}",
        day_month_year(date, lang),
        clock(start, lang),
        clock(end, lang)
    ));
    for (label, value) in super::next_fields::next_fields(next, names, lang) {
        out.push(format!("{label}: {value}"));
    }
    let minutes = (end - start).num_minutes().to_string();
    out.push(words::ICS_PLAN.fill(lang, &[record.plan.title.get(lang), &minutes]));
    out.push(words::ICS_AGREED.fill(lang, &[&day_month_year(record.started.date_naive(), lang)]));
    out.join("\n")
}

/// A floating local time: "20260409T090000".
fn local(t: NaiveDateTime) -> String {
    t.format("%Y%m%dT%H%M%S").to_string()
}

/// A TEXT value (RFC 5545 3.3.11): backslash, semicolon, comma and line
/// breaks escaped; other control characters, which a content line may
/// not hold, left out.
fn text(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for c in value.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            c if crate::output_gate::steers_terminal(c) => {}
            c => out.push(c),
        }
    }
    out
}

/// One content line folded at 75 octets: the rest goes on lines that
/// start with a space (which counts), never inside a UTF-8 character.
fn fold(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + line.len() / 70 * 3);
    let mut used = 0;
    for c in line.chars() {
        let len = c.len_utf8();
        if used + len > FOLD_AT {
            out.push_str("\r\n ");
            used = 1;
        }
        out.push(c);
        used += len;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_lines_fold_at_75_octets_between_characters() {
        let line = format!("DESCRIPTION:{}", "æøå ".repeat(40));
        let folded = fold(&line);
        for (i, part) in folded.split("\r\n").enumerate() {
            assert!(part.len() <= FOLD_AT, "{i}: {} octets", part.len());
            if i > 0 {
                assert!(part.starts_with(' '));
            }
        }
        assert_eq!(folded.replace("\r\n ", ""), line);
    }

    #[test]
    fn text_values_escape_what_rfc_5545_names() {
        assert_eq!(text("a;b,c\\d\ne"), "a\\;b\\,c\\\\d\\ne");
        assert_eq!(text("x\u{1b}[2J\u{202E}y\r"), "x[2Jy");
    }
}
