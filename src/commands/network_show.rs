//! `runde network show NAME`: per member what they have done, the health
//! signals, and who is next for each role with the reason. Pure: the
//! command hands in the network, the records and today's date.

use crate::dates::day_month;
use crate::i18n::rotation as t;
use crate::model::{Network, PastMeeting};
use crate::rotation::history::{MemberHistory, meetings_of, session_date};
use crate::rotation::{Absence, Day, Suggestions, agreement, signals, spent, suggest};
use crate::text::Lang;
use chrono::NaiveDate;
use serde::Serialize;

/// The network's past meetings, the day of its next meeting (the one
/// agreed, else today) and the rotation's suggestions for it.
fn next_meeting<'a>(
    network: &Network,
    records: &'a [PastMeeting],
    today: NaiveDate,
) -> (Vec<&'a PastMeeting>, NaiveDate, Suggestions) {
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
    (past, date, s)
}

/// The day of the latest meeting held: a false start or a discarded
/// meeting is none.
fn latest_held(past: &[&PastMeeting]) -> Option<NaiveDate> {
    past.iter()
        .rev()
        .find(|m| spent(m).held)
        .map(|m| session_date(m))
}

pub fn render(network: &Network, records: &[PastMeeting], today: NaiveDate, lang: Lang) -> String {
    let (past, date, s) = next_meeting(network, records, today);
    let mut out = t::SHOW_TITLE.fill(
        lang,
        &[
            &network.name,
            &network.participants.len().to_string(),
            &s.history.sessions.to_string(),
        ],
    );
    if let Some(last) = latest_held(&past) {
        out.push_str(&format!(
            " ({} {})",
            t::LATEST.get(lang).to_lowercase(),
            day_month(last, today, lang)
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

/// A network as `runde network show --json` gives it: each member's
/// tally as in the table (attendance as a share from 0 to 1, airtime as
/// seconds a meeting), the health signals, and who is next for each role
/// with the reason; texts in the UI language.
#[derive(Debug, Serialize)]
pub struct NetworkShowJson<'a> {
    pub name: &'a str,
    pub sessions: usize,
    pub latest: Option<NaiveDate>,
    pub members: Vec<MemberJson>,
    pub former: Vec<MemberJson>,
    pub health: Vec<String>,
    pub next_meeting: NextJson,
}

#[derive(Debug, Serialize)]
pub struct MemberJson {
    pub name: String,
    pub cases: u32,
    pub interviews: u32,
    pub facilitations: u32,
    pub attendance: Option<f64>,
    pub airtime_secs: Option<u64>,
    pub last_case: Option<NaiveDate>,
    pub on_leave_until: Option<NaiveDate>,
}

#[derive(Debug, Serialize)]
pub struct NextJson {
    pub date: NaiveDate,
    pub roles: Vec<RoleJson>,
    pub case_queue: Vec<String>,
    pub unavailable: Vec<UnavailableJson>,
    pub warnings: Vec<String>,
}

#[derive(Debug, Serialize)]
pub struct RoleJson {
    pub role: &'static str,
    pub name: String,
    pub reason: String,
}

#[derive(Debug, Serialize)]
pub struct UnavailableJson {
    pub name: String,
    /// `on_leave` or `away`.
    pub why: &'static str,
}

pub fn json<'a>(
    network: &'a Network,
    records: &[PastMeeting],
    today: NaiveDate,
    lang: Lang,
) -> NetworkShowJson<'a> {
    let (past, date, s) = next_meeting(network, records, today);
    let member = |m: &MemberHistory| MemberJson {
        name: m.name.clone(),
        cases: m.cases,
        interviews: m.interviews,
        facilitations: m.facilitations,
        attendance: m.attendance_rate(),
        airtime_secs: m.average_airtime_secs(),
        last_case: m.last_case,
        on_leave_until: leave_until(network, &m.name, today),
    };
    NetworkShowJson {
        name: &network.name,
        sessions: s.history.sessions,
        latest: latest_held(&past),
        members: s.history.members.iter().map(member).collect(),
        former: s.history.former.iter().map(member).collect(),
        health: signals(network, &past)
            .iter()
            .map(|signal| signal.render(lang))
            .collect(),
        next_meeting: NextJson {
            date,
            roles: s
                .all()
                .map(|x| RoleJson {
                    role: x.role.as_str(),
                    name: x.name.clone(),
                    reason: x.reason.render(today, lang),
                })
                .collect(),
            case_queue: s.case_queue.iter().map(|q| q.name.clone()).collect(),
            unavailable: s
                .unavailable
                .iter()
                .map(|(name, why)| UnavailableJson {
                    name: name.clone(),
                    why: match why {
                        Absence::OnLeave => "on_leave",
                        Absence::Away => "away",
                    },
                })
                .collect(),
            warnings: crate::rotation::Warning::texts(&s.warnings, lang),
        },
    }
}

/// The last day of a leave `name` is on today.
fn leave_until(network: &Network, name: &str, today: NaiveDate) -> Option<NaiveDate> {
    network
        .participant(name)
        .and_then(|p| p.leave.iter().find(|l| l.from <= today && today <= l.to))
        .map(|l| l.to)
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
        if let Some(until) = leave_until(network, &m.name, today) {
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
