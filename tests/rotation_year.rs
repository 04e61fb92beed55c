//! A network of eight over a year of meetings, with absences, leave, two
//! urgent bids and a member who leaves. Each meeting takes runde's
//! suggestions; the trace of what was suggested and why, and the final
//! `runde network show`, are snapshots a person can read and judge.
// A test stops on a failed set-up: it may unwrap.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use chrono::NaiveDate;
use runde::commands::network_show;
use runde::model::PastMeeting;
use runde::model::network::Leave;
use runde::model::record::{ActionStatus, Note, Record};
use runde::model::{Network, NoteKind};
use runde::rotation::sample::{Meeting, record};
use runde::rotation::{Day, agreement, suggest};
use runde::store::Store;
use runde::store::paths::Paths;
use runde::text::Lang;

fn d(m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, m, day).unwrap()
}

fn network() -> Network {
    let mut n = Network::new(
        "Skoleledere Nord",
        &[
            "Anne", "Bo", "Carla", "Dorte", "Erik", "Fatima", "Gustav", "Helle",
        ],
    );
    n.participants[6].leave.push(Leave {
        from: d(4, 1),
        to: d(5, 31),
    });
    n
}

/// (month, day), who is absent, who bids urgently.
type Date = (u32, u32);
type Happening = (Date, &'static [&'static str], &'static [&'static str]);

const YEAR: [Happening; 11] = [
    ((1, 12), &[], &[]),
    ((2, 9), &["Dorte"], &[]),
    ((3, 9), &[], &["Erik"]),
    ((4, 13), &[], &[]),
    ((5, 11), &["Bo"], &[]),
    ((6, 8), &[], &[]),
    ((8, 17), &["Helle"], &[]),
    ((9, 14), &[], &[]),
    ((10, 12), &["Carla"], &["Fatima"]),
    ((11, 9), &[], &[]),
    ((12, 7), &["Anne"], &[]),
];

/// Runs the year, returning the records and a trace of every meeting's
/// suggestions in `lang`.
fn year(lang: Lang) -> (Network, Vec<Record>, String) {
    let mut n = network();
    let mut past: Vec<Record> = Vec::new();
    let mut trace = String::new();
    for (k, ((m, day), absent, bids)) in YEAR.iter().enumerate() {
        if k == 8 {
            // Helle leaves the network after the summer.
            n.participants.retain(|p| p.name != "Helle");
        }
        let today = d(*m, *day);
        let present: Vec<String> = n
            .participants
            .iter()
            .filter(|p| !absent.contains(&p.name.as_str()) && !p.on_leave(today))
            .map(|p| p.name.clone())
            .collect();
        let facts = PastMeeting::all(&past);
        let refs: Vec<&PastMeeting> = facts.iter().collect();
        let day = Day {
            present: Some(present.clone()),
            urgent_bids: bids.iter().map(|b| b.to_string()).collect(),
            agreed: agreement(&refs).cloned(),
            ..Day::new(today)
        };
        let s = suggest(&n, &refs, &day);
        trace.push_str(&format!("## {today}  absent: {absent:?}  bids: {bids:?}\n"));
        for x in s.all() {
            trace.push_str(&format!(
                "  {:<12} {}\n",
                x.role.label(lang),
                x.line(today, lang)
            ));
        }
        for w in &s.warnings {
            trace.push_str(&format!("  ! {}\n", w.render(lang)));
        }
        let name = |x: &Option<runde::rotation::Suggestion>| x.as_ref().map(|x| x.name.clone());
        let airtime = present
            .iter()
            .enumerate()
            .map(|(i, p)| (p.clone(), 60 + 9 * i as u64 + 4 * k as u64))
            .collect();
        let meeting = Meeting {
            present,
            facilitator: name(&s.facilitator),
            note_taker: name(&s.note_taker),
            timekeeper: name(&s.timekeeper),
            case_givers: name(&s.case_giver).into_iter().collect(),
            interviewers: name(&s.interviewer).into_iter().collect(),
            urgent_bids: day.urgent_bids.clone(),
            airtime,
        };
        let mut r = record(&n, today, &meeting);
        if k == 8 {
            r.notes.push(Note {
                id: 1,
                kind: NoteKind::Action,
                text: "Send the visit plan to the administration".to_string(),
                at: r.started,
                step: 0,
                participant: None,
                owner: Some("Bo".to_string()),
                due: None,
                private: false,
                status: Some(ActionStatus::Open),
            });
        }
        let next_date = YEAR
            .get(k + 1)
            .map_or(d(12, 31) + chrono::Duration::days(11), |((m, dd), _, _)| {
                d(*m, *dd)
            });
        let mut with_today = past.clone();
        with_today.push(r.clone());
        let facts = PastMeeting::all(&with_today);
        let refs: Vec<&PastMeeting> = facts.iter().collect();
        r.next_meeting = Some(suggest(&n, &refs, &Day::new(next_date)).as_next_meeting());
        past.push(r);
    }
    (n, past, trace)
}

#[test]
fn a_year_of_suggestions_in_danish() {
    insta::assert_snapshot!(year(Lang::Da).2);
}

#[test]
fn a_year_of_suggestions_in_english() {
    insta::assert_snapshot!(year(Lang::En).2);
}

#[test]
fn network_show_after_a_year_in_danish() {
    let (n, records, _) = year(Lang::Da);
    insta::assert_snapshot!(network_show::render(
        &n,
        &PastMeeting::all(&records),
        d(12, 10),
        Lang::Da
    ));
}

#[test]
fn network_show_after_a_year_in_english() {
    let (n, records, _) = year(Lang::En);
    insta::assert_snapshot!(network_show::render(
        &n,
        &PastMeeting::all(&records),
        d(12, 10),
        Lang::En
    ));
}

#[test]
fn network_show_of_a_new_network() {
    let n = Network::new("Ny", &["Anne", "Bo", "Carla"]);
    insta::assert_snapshot!(network_show::render(&n, &[], d(3, 1), Lang::Da));
}

/// Writes the year into `RUNDE_DEMO_HOME`, to try `runde network` by hand:
/// `RUNDE_DEMO_HOME=/tmp/x cargo test --test rotation_year -- --ignored`.
#[test]
#[ignore]
fn write_the_year_for_a_demo() {
    let Ok(home) = std::env::var("RUNDE_DEMO_HOME") else {
        return;
    };
    let store = Store::new(Paths::under(std::path::Path::new(&home)));
    let (n, records, _) = year(Lang::En);
    store.save_network(&n).unwrap();
    for r in &records {
        store.save_record(r).unwrap();
    }
}
