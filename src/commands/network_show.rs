//! `runde network show NAME`: per member what they have done, the health
//! signals, and who is next for each role with the reason. Pure: the
//! command hands in the network, the records and today's date.

use crate::dates::day_month;
use crate::i18n::rotation as t;
use crate::model::{Network, PastMeeting};
use crate::rotation::history::{MemberHistory, meetings_of, session_date};
use crate::rotation::{Day, Suggestions, agreement, signals, spent, suggest};
use crate::text::Lang;
use chrono::NaiveDate;

pub fn render(network: &Network, records: &[PastMeeting], today: NaiveDate, lang: Lang) -> String {
    let past = meetings_of(network, records, None);
    let agreed = agreement(&past).cloned();
    let date = agreed
        .as_ref()
        .and_then(|a| a.date)
        .filter(|d| *d >= today)
        .unwrap_or(today);
    let day = Day {
        agreed,
        ..Day::new(date)
    };
    let s = suggest(network, &past, &day);
    let mut out = t::SHOW_TITLE.fill(
        lang,
        &[
            &network.name,
            &network.participants.len().to_string(),
            &s.history.sessions.to_string(),
        ],
    );
    // The meetings held: a false start or a discarded meeting is none.
    if let Some(last) = past.iter().rev().find(|m| spent(m).held) {
        out.push_str(&format!(
            " ({} {})",
            t::LATEST.get(lang).to_lowercase(),
            day_month(session_date(last), today, lang)
        ));
    }
    out.push_str("\n\n");
    for line in crate::export::charter::lines(&network.charter, today, lang) {
        out.push_str(&line);
        out.push('\n');
    }
    out.push('\n');
    table(&mut out, network, &s.history.members, today, lang);
    if !s.history.former.is_empty() {
        out.push_str(&format!("\n{}\n", t::FORMER.get(lang)));
        table(&mut out, network, &s.history.former, today, lang);
    }
    out.push_str(&format!("{}\n", t::TABLE_NOTE.get(lang)));

    out.push('\n');
    let year = crate::rotation::scores::year_points(network, &past, today);
    for line in crate::export::year_chart::lines(&year, today, lang) {
        out.push_str(&line);
        out.push('\n');
    }

    out.push_str(&format!("\n{}\n", t::HEALTH.get(lang)));
    let found = signals(network, &past);
    if found.is_empty() {
        out.push_str(&format!("  {}\n", t::HEALTHY.get(lang)));
    }
    for signal in found {
        out.push_str(&format!("  ! {}\n", signal.render(lang)));
    }

    out.push_str(&format!(
        "\n{}\n",
        t::NEXT_MEETING.fill(lang, &[&day_month(date, today, lang)])
    ));
    next(&mut out, &s, today, lang);
    out
}

fn table(
    out: &mut String,
    network: &Network,
    members: &[MemberHistory],
    today: NaiveDate,
    lang: Lang,
) {
    let width = members
        .iter()
        .map(|m| m.name.chars().count())
        .chain([t::COL_MEMBER.get(lang).chars().count()])
        .max()
        .unwrap_or(8);
    out.push_str(&format!(
        "{:<width$}  {:>5}  {:>7}  {:>6}  {:>8}  {:>7}  {}\n",
        t::COL_MEMBER.get(lang),
        t::COL_CASES.get(lang),
        t::COL_INTERVIEWS.get(lang),
        t::COL_FACILITATED.get(lang),
        t::COL_ATTENDANCE.get(lang),
        t::COL_AIRTIME.get(lang),
        t::COL_LAST_CASE.get(lang),
    ));
    for m in members {
        let attendance = match m.attendance_rate() {
            Some(r) => {
                let pct = (r * 100.0).round() as u32;
                match lang {
                    Lang::Da => format!("{pct} %"),
                    Lang::En => format!("{pct}%"),
                }
            }
            None => "–".to_string(),
        };
        let airtime = m
            .average_airtime_secs()
            .map_or("–".to_string(), |s| format!("{}:{:02}", s / 60, s % 60));
        let last = m
            .last_case
            .map_or("–".to_string(), |d| day_month(d, today, lang));
        let mut line = format!(
            "{:<width$}  {:>5}  {:>7}  {:>6}  {:>8}  {:>7}  {}",
            m.name, m.cases, m.interviews, m.facilitations, attendance, airtime, last
        );
        let leave_until = network
            .participant(&m.name)
            .and_then(|p| p.leave.iter().find(|l| l.from <= today && today <= l.to))
            .map(|l| l.to);
        if let Some(until) = leave_until {
            line.push_str(&format!(
                "  ({})",
                t::LEAVE_UNTIL.fill(lang, &[&day_month(until, today, lang)])
            ));
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
}

fn next(out: &mut String, s: &Suggestions, today: NaiveDate, lang: Lang) {
    let width = s
        .all()
        .map(|x| x.role.label(lang).chars().count())
        .max()
        .unwrap_or(0);
    for suggestion in s.all() {
        out.push_str(&format!(
            "  {:<width$}  {}\n",
            suggestion.role.label(lang),
            suggestion.line(today, lang)
        ));
    }
    let queue: Vec<&str> = s.case_queue.iter().map(|q| q.name.as_str()).collect();
    if queue.len() > 2 {
        out.push_str(&format!(
            "  {}: {}\n",
            t::CASE_QUEUE.get(lang),
            queue.join(", ")
        ));
    }
    if !s.unavailable.is_empty() {
        out.push_str(&format!(
            "  {}: {}\n",
            t::NOT_AVAILABLE.get(lang),
            t::unavailable(&s.unavailable, lang)
        ));
    }
    for w in crate::rotation::Warning::texts(&s.warnings, lang) {
        out.push_str(&format!("  ! {w}\n"));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::record::SessionStatus;
    use crate::rotation::sample::{Meeting, left_unfinished, record};

    /// A false start and a discarded meeting are not meetings of the
    /// network: the count, the latest date and the year's chart leave them out.
    #[test]
    fn counts_only_the_meetings_held() {
        let n = Network::new("Nord", &["Anne", "Bo", "Carla"]);
        let day = |d| NaiveDate::from_ymd_opt(2026, 11, d).unwrap();
        let here = Meeting {
            present: n.names(),
            ..Meeting::default()
        };
        let held = record(&n, day(5), &here);
        let mut quit = left_unfinished(record(&n, day(19), &here), false);
        quit.id.push_str("-quit");
        let mut discarded = record(&n, day(26), &here);
        discarded.status = SessionStatus::Discarded;
        let past = PastMeeting::all(&[held, quit, discarded]);
        let out = render(&n, &past, day(30), Lang::En);
        let first = out.lines().next().unwrap();
        assert!(first.ends_with("1 (latest 5 Nov)"), "{first}");
        assert_eq!(out.matches("3 of 3").count(), 1, "{out}");
    }
}
