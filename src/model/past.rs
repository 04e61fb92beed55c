//! What one past meeting tells the rotation, the network's history and its
//! health signals, and nothing more: read from a record, or from the review
//! index without opening the record. The rules that count it live in
//! `rotation`; this is only the facts they read.

use super::network::Network;
use super::next_meeting::NextMeeting;
use super::plan::NoteKind;
use super::record::{
    ActionStatus, Attendance, FollowUp, Record, Roles, RotationOverride, SessionStatus, Stamp,
};

#[derive(Debug, Clone, PartialEq)]
pub struct PastMeeting {
    pub id: String,
    pub started: Stamp,
    pub status: SessionStatus,
    /// The network as it was at the meeting: its name, the roster in its
    /// order, and who was on leave when.
    pub network: Network,
    /// Who came and who did not (when they arrived or left is not kept).
    pub attendance: Vec<Attendance>,
    /// Who held which role (at the end, for roles that changed hands).
    pub roles: Roles,
    /// Each supervision of the plan, in order.
    pub supervisions: Vec<Supervision>,
    /// Roles that changed hands during the meeting, with the step.
    pub hand_overs: Vec<RotationOverride>,
    /// Seconds each participant held a turn, first speaker first.
    pub airtime: Vec<(String, u64)>,
    /// Actions taken at the meeting that their own record leaves open
    /// (no status, or open): their note ids.
    pub open_actions: Vec<u32>,
    /// Status changes made at the meeting to earlier meetings' actions.
    pub follow_ups: Vec<FollowUp>,
    pub next_meeting: Option<NextMeeting>,
    /// The check-out scores, 1–5: how many gave each (1 first). No names.
    pub scores: [usize; 5],
}

/// A supervision step of the meeting's plan.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Supervision {
    /// Its index among the plan's steps.
    pub step: usize,
    /// Whether it had begun (its step was entered).
    pub began: bool,
}

impl PastMeeting {
    /// The facts of `record`.
    pub fn of(record: &Record) -> PastMeeting {
        let mut network = record.network.clone();
        for p in &mut network.participants {
            p.initials = None;
        }
        let mut airtime: Vec<(String, u64)> = Vec::new();
        for turn in record.steps.iter().flat_map(|s| &s.turns) {
            match airtime.iter_mut().find(|(n, _)| *n == turn.participant) {
                Some((_, secs)) => *secs += turn.spoken_secs,
                None => airtime.push((turn.participant.clone(), turn.spoken_secs)),
            }
        }
        PastMeeting {
            id: record.id.clone(),
            started: record.started,
            status: record.status,
            network,
            attendance: record
                .attendance
                .iter()
                .map(|a| Attendance {
                    arrived: None,
                    left: None,
                    ..a.clone()
                })
                .collect(),
            roles: record.roles.clone(),
            supervisions: record
                .plan
                .case_steps()
                .into_iter()
                .map(|step| Supervision {
                    step,
                    began: record.steps.get(step).is_some_and(|l| l.started.is_some()),
                })
                .collect(),
            hand_overs: record
                .rotation_overrides
                .iter()
                .filter(|o| o.step.is_some())
                .cloned()
                .collect(),
            airtime,
            open_actions: record
                .notes
                .iter()
                .filter(|n| {
                    n.kind == NoteKind::Action && n.status.is_none_or(|s| s == ActionStatus::Open)
                })
                .map(|n| n.id)
                .collect(),
            follow_ups: record.follow_ups.clone(),
            next_meeting: record.next_meeting.clone(),
            scores: super::record::score_distribution(record.scores.iter().map(|s| s.score)),
        }
    }

    /// The facts of each of `records`, in the same order.
    pub fn all(records: &[Record]) -> Vec<PastMeeting> {
        records.iter().map(PastMeeting::of).collect()
    }

    pub fn is_finished(&self) -> bool {
        self.status == SessionStatus::Finished
    }

    pub fn is_discarded(&self) -> bool {
        self.status == SessionStatus::Discarded
    }

    /// The day the meeting took place.
    pub fn date(&self) -> chrono::NaiveDate {
        self.started.date_naive()
    }
}
