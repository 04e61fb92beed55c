//! Small, finished session records built in code: for tests, snapshots and
//! demos of the rotation without a live session.

use crate::model::Network;
use crate::model::plan::{Phase, PhaseItem, Plan, Step, StepKind};
use crate::model::record::{
    Attendance, LiveCursor, Presence, Record, Roles, SessionStatus, StepLog, TurnLog,
};
use crate::text::Text;
use chrono::{NaiveDate, NaiveTime, TimeZone, Utc};

/// What happened at one meeting, as far as rotation cares.
#[derive(Debug, Clone, Default)]
pub struct Meeting {
    /// Who came; everyone else on the roster was absent.
    pub present: Vec<String>,
    pub facilitator: Option<String>,
    pub note_taker: Option<String>,
    pub timekeeper: Option<String>,
    pub case_givers: Vec<String>,
    pub interviewers: Vec<String>,
    pub urgent_bids: Vec<String>,
    /// Seconds each speaker talked in the check-in round.
    pub airtime: Vec<(String, u64)>,
}

/// "Skoleledere Nord" → "skoleledere-nord", so the id is a file name.
fn slug(name: &str) -> String {
    let dashed: String = name
        .to_lowercase()
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
        .collect();
    dashed
        .split('-')
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join("-")
}

fn step(title: Text, kind: StepKind) -> Step {
    Step {
        title,
        kind,
        guidance: Text::Empty,
        prompts: Vec::new(),
        notes: Vec::new(),
        private: false,
        purpose: None,
        roles: Default::default(),
        gives_time: None,
    }
}

fn plan() -> Plan {
    Plan {
        version: 1,
        id: "sample".to_string(),
        title: Text::pair("Netværksmøde", "Network meeting"),
        description: Text::Empty,
        prepare: Vec::new(),
        roles: Default::default(),
        length: None,
        steps: vec![step(
            Text::pair("Tjek-ind", "Check-in"),
            StepKind::Block { minutes: 10.0 },
        )],
    }
}

/// The same meeting left unfinished, as an interrupted record on disk
/// shows it: quit at check-in, or (`case_began`) once its supervision had
/// begun.
pub fn left_unfinished(mut record: Record, case_began: bool) -> Record {
    let case = Phase {
        title: Text::pair("Sagen", "The case"),
        minutes: Some(30.0),
        per_person: None,
        round_among: Vec::new(),
        speaks: Vec::new(),
        silent: Vec::new(),
        team_includes: Vec::new(),
        discipline: None,
        guidance: Text::Empty,
        prompts: Vec::new(),
    };
    record.plan.steps.push(step(
        Text::pair("Supervision", "Supervision"),
        StepKind::Supervision {
            phases: vec![PhaseItem::Phase(Box::new(case))],
        },
    ));
    record.steps.push(StepLog {
        started: case_began.then_some(record.started),
        ..StepLog::default()
    });
    record.status = SessionStatus::InProgress;
    record.finished = None;
    record
}

/// A finished session of `network` on `date` at 13:00 UTC.
pub fn record(network: &Network, date: NaiveDate, meeting: &Meeting) -> Record {
    let at = Utc
        .from_utc_datetime(&date.and_time(NaiveTime::from_hms_opt(13, 0, 0).unwrap_or_default()))
        .fixed_offset();
    let attendance = network
        .participants
        .iter()
        .map(|p| Attendance {
            participant: p.name.clone(),
            presence: if meeting.present.contains(&p.name) {
                Presence::Present
            } else {
                Presence::NotifiedAbsence
            },
            arrived: None,
            left: None,
        })
        .collect();
    let turns = meeting
        .airtime
        .iter()
        .map(|(who, secs)| TurnLog {
            participant: who.clone(),
            phase: None,
            planned_secs: 60,
            spoken_secs: *secs,
            passes: 0,
            skipped: false,
        })
        .collect();
    Record {
        version: 1,
        id: format!("{date}-1300-{}-sample", slug(&network.name)),
        status: SessionStatus::Finished,
        started: at,
        finished: Some(at),
        network: network.clone(),
        plan: plan(),
        attendance,
        roles: Roles {
            facilitator: meeting.facilitator.clone(),
            note_taker: meeting.note_taker.clone(),
            case_givers: meeting.case_givers.clone(),
            interviewers: meeting.interviewers.clone(),
            timekeeper: meeting.timekeeper.clone(),
            host: None,
            reserve: None,
        },
        urgent_bids: meeting.urgent_bids.clone(),
        rotation_overrides: Vec::new(),
        steps: vec![StepLog {
            planned_secs: 600,
            actual_secs: 600,
            started: Some(at),
            ended: Some(at),
            turns,
        }],
        notes: Vec::new(),
        removed_notes: Vec::new(),
        edited_notes: Vec::new(),
        follow_ups: Vec::new(),
        next_meeting: None,
        scores: Vec::new(),
        live: LiveCursor::default(),
    }
}
