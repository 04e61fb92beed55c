//! The record of one session: what was planned, who was there, what
//! happened and what was written down. One RON file per session.

use super::checked;
pub use super::live_cursor::{LiveCursor, TurnBefore};
use super::network::Network;
pub use super::next_meeting::{NextField, NextMeeting};
use super::plan::{NoteKind, Plan};
use chrono::{DateTime, FixedOffset, NaiveDate};
use serde::{Deserialize, Deserializer, Serialize};

pub const RECORD_VERSION: u32 = 1;

/// A live session saves every few seconds: an unfinished meeting saved on
/// another machine this recently is taken to be running there.
pub const RUNNING_ELSEWHERE_MINUTES: i64 = 10;

/// A wall-clock moment with its UTC offset, as people read it.
pub type Stamp = DateTime<FixedOffset>;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Record {
    #[serde(deserialize_with = "record_version")]
    pub version: u32,
    /// The file name without `.ron`: date, time, network and plan as a slug.
    #[serde(deserialize_with = "checked::slug_id")]
    pub id: String,
    pub status: SessionStatus,
    pub started: Stamp,
    #[serde(default)]
    pub finished: Option<Stamp>,
    /// The network as it was when the session started.
    pub network: Network,
    /// The plan as it was when the session started.
    pub plan: Plan,
    #[serde(default)]
    pub attendance: Vec<Attendance>,
    #[serde(default)]
    pub roles: Roles,
    /// Participants who asked for an urgent case turn at the start.
    #[serde(default)]
    pub urgent_bids: Vec<String>,
    /// Suggestions the facilitator overrode, and swaps, with the reason.
    #[serde(default)]
    pub rotation_overrides: Vec<RotationOverride>,
    /// One entry per plan step, in plan order.
    #[serde(default)]
    pub steps: Vec<StepLog>,
    #[serde(default)]
    pub notes: Vec<Note>,
    /// Notes deleted on purpose: never brought back by a merge.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub removed_notes: Vec<super::removed_note::RemovedNote>,
    /// When notes were last corrected: a merge keeps the version changed
    /// last.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub edited_notes: Vec<super::removed_note::EditedNote>,
    /// Status changes made in this session to actions of earlier sessions.
    #[serde(default)]
    pub follow_ups: Vec<FollowUp>,
    #[serde(default)]
    pub next_meeting: Option<NextMeeting>,
    /// Each member's answer at the check-out to "was today worth the
    /// time?", 1–5. Shown only as a distribution, never by name.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub scores: Vec<CheckoutScore>,
    /// Where the live session stands, so it can resume after a crash.
    #[serde(default)]
    pub live: LiveCursor,
}

fn record_version<'de, D: Deserializer<'de>>(d: D) -> Result<u32, D::Error> {
    checked::version_at_most(d, RECORD_VERSION)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum SessionStatus {
    InProgress,
    Finished,
    /// Abandoned and discarded from the review: the meeting counts for
    /// nothing (no turn, no attendance, no agreement, no open action). The
    /// file stays, so nothing said in it is lost.
    Discarded,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Attendance {
    pub participant: String,
    pub presence: Presence,
    /// When a late participant arrived.
    #[serde(default)]
    pub arrived: Option<Stamp>,
    /// When a participant left before the end.
    #[serde(default)]
    pub left: Option<Stamp>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Presence {
    Present,
    /// Arrived after the start; see `arrived`.
    Late,
    /// Said in advance they could not come.
    NotifiedAbsence,
    /// Did not come and did not say so.
    Absent,
    /// On leave from the network (the roster says so); expected by nobody.
    OnLeave,
}

impl Presence {
    pub fn came(self) -> bool {
        matches!(self, Presence::Present | Presence::Late)
    }
}

/// Who held which role in the session.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Roles {
    #[serde(default)]
    pub facilitator: Option<String>,
    #[serde(default)]
    pub note_taker: Option<String>,
    /// One per supervision in the session, in order.
    #[serde(default)]
    pub case_givers: Vec<String>,
    #[serde(default)]
    pub interviewers: Vec<String>,
    #[serde(default)]
    pub timekeeper: Option<String>,
    #[serde(default)]
    pub host: Option<String>,
    /// Stands by to bring a case if the case-giver cannot.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reserve: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RotationOverride {
    /// "case_giver", "reserve", "interviewer", "facilitator", "note_taker".
    pub role: String,
    pub suggested: Option<String>,
    pub chosen: String,
    /// Why, in the facilitator's words (empty when `cause` says it).
    pub reason: String,
    pub at: Stamp,
    /// The step the role changed hands in, for a change during the
    /// meeting; none for a choice made at the attendance check.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub step: Option<usize>,
    /// Why, when runde knows it without words: kept as a fact, so that
    /// minutes say it in their own language. Records from before it have
    /// these words in `reason`, in the meeting's language.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cause: Option<HandOverCause>,
}

/// Why a role changed hands, as a fact rather than words.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum HandOverCause {
    /// Its holder (`suggested`) left the meeting, at the hand-over's time.
    Left,
}

/// What happened in one step.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StepLog {
    /// Planned seconds for the attendance at the time (after + and −).
    pub planned_secs: u64,
    /// Seconds the step's timer ran (pauses excluded).
    pub actual_secs: u64,
    #[serde(default)]
    pub started: Option<Stamp>,
    #[serde(default)]
    pub ended: Option<Stamp>,
    #[serde(default)]
    pub turns: Vec<TurnLog>,
}

/// One participant's turn in a round or a phase.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TurnLog {
    pub participant: String,
    /// The supervision phase the turn belongs to, if any.
    #[serde(default)]
    pub phase: Option<usize>,
    pub planned_secs: u64,
    /// Airtime: seconds the participant held the turn.
    pub spoken_secs: u64,
    #[serde(default)]
    pub passes: u8,
    /// Passed twice and so skipped.
    #[serde(default)]
    pub skipped: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Note {
    /// Unique within the record.
    pub id: u32,
    pub kind: NoteKind,
    pub text: String,
    pub at: Stamp,
    /// Index of the plan step the note was taken in.
    pub step: usize,
    /// The participant the note is about or was said by (the speaker).
    #[serde(default)]
    pub participant: Option<String>,
    /// For an action: who does it.
    #[serde(default)]
    pub owner: Option<String>,
    /// For an action: by when (default: the next meeting).
    #[serde(default)]
    pub due: Option<NaiveDate>,
    #[serde(default)]
    pub private: bool,
    /// For an action: how it stands.
    #[serde(default)]
    pub status: Option<ActionStatus>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum ActionStatus {
    Open,
    Done,
    Moved,
    Dropped,
}

impl ActionStatus {
    /// Open and moved actions are still to be done and come into the next
    /// meeting; only done and dropped close an action.
    pub fn is_open(self) -> bool {
        matches!(self, ActionStatus::Open | ActionStatus::Moved)
    }
}

/// One member's check-out score.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CheckoutScore {
    pub participant: String,
    #[serde(deserialize_with = "score")]
    pub score: u8,
}

fn score<'de, D: Deserializer<'de>>(d: D) -> Result<u8, D::Error> {
    let score = u8::deserialize(d)?;
    if !(1..=5).contains(&score) {
        return Err(serde::de::Error::custom(format!(
            "a check-out score of {score}; expected 1 to 5"
        )));
    }
    Ok(score)
}

/// How many gave each score, 1 first.
pub fn score_distribution(scores: impl IntoIterator<Item = u8>) -> [usize; 5] {
    let mut counts = [0; 5];
    for s in scores {
        if (1..=5).contains(&s) {
            counts[usize::from(s) - 1] += 1;
        }
    }
    counts
}

/// The mean of a distribution, or none when nobody scored.
pub fn score_mean(counts: [usize; 5]) -> Option<f64> {
    let n: usize = counts.iter().sum();
    let total: usize = counts.iter().enumerate().map(|(i, c)| (i + 1) * c).sum();
    (n > 0).then(|| total as f64 / n as f64)
}

/// A status change to an action taken in an earlier session.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FollowUp {
    /// The record id of the session the action was taken in.
    pub session: String,
    pub note: u32,
    pub status: ActionStatus,
    pub at: Stamp,
    /// Moved: the new due date (none: the next meeting).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub due: Option<NaiveDate>,
}

impl Record {
    pub fn is_finished(&self) -> bool {
        self.status == SessionStatus::Finished
    }

    /// Discarded from the review: counts for nothing.
    pub fn is_discarded(&self) -> bool {
        self.status == SessionStatus::Discarded
    }

    /// Still running or interrupted: can be resumed (a discarded one cannot).
    pub fn is_resumable(&self) -> bool {
        self.status == SessionStatus::InProgress
    }

    /// The machine this meeting is running on, when that is another one
    /// than `me`: not finished, and saved there less than
    /// [`RUNNING_ELSEWHERE_MINUTES`] before `now`.
    pub fn running_elsewhere(&self, me: &str, now: Stamp) -> Option<&str> {
        let on = self.live.saved_on.as_deref()?;
        let at = self.live.saved_at?;
        let age = now.signed_duration_since(at);
        let recent = age < chrono::Duration::minutes(RUNNING_ELSEWHERE_MINUTES)
            && age > -chrono::Duration::minutes(RUNNING_ELSEWHERE_MINUTES);
        (self.is_resumable() && on != me && recent).then_some(on)
    }

    /// The names of those present now (came and have not left).
    pub fn present(&self) -> Vec<String> {
        self.attendance
            .iter()
            .filter(|a| a.presence.came() && a.left.is_none())
            .map(|a| a.participant.clone())
            .collect()
    }

    /// Everyone who belongs to the session, here or not: the network's
    /// participants in their order, then anyone else in the attendance
    /// (guests). Who can own an action.
    pub fn roster(&self) -> Vec<String> {
        let mut out: Vec<String> = self
            .network
            .participants
            .iter()
            .map(|p| p.name.clone())
            .collect();
        for a in &self.attendance {
            if !out.iter().any(|n| n == &a.participant) {
                out.push(a.participant.clone());
            }
        }
        out
    }

    pub fn open_actions(&self) -> impl Iterator<Item = &Note> {
        self.notes
            .iter()
            .filter(|n| n.kind == NoteKind::Action && n.status.is_some_and(ActionStatus::is_open))
    }

    pub fn next_note_id(&self) -> u32 {
        // A removed note's number is not given again.
        self.notes
            .iter()
            .map(|n| n.id)
            .chain(self.removed_notes.iter().map(|r| r.id))
            .max()
            .map_or(1, |m| m + 1)
    }
}
