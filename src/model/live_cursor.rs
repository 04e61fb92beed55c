//! Where a live session stands, saved in its record with every change so
//! it resumes after a crash: the step and phase, the queue of speakers,
//! the timers, and the turn before the last key (for undo).

use super::record::{Stamp, TurnLog};
use serde::{Deserialize, Serialize};

/// The live session's position, saved with every change.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LiveCursor {
    pub step: usize,
    /// Index into the step's unrolled supervision phases.
    #[serde(default)]
    pub phase: usize,
    /// Speakers still to come in the current round, the current one first.
    #[serde(default)]
    pub queue: Vec<String>,
    /// Speakers who have passed once in the current round.
    #[serde(default)]
    pub passed: Vec<String>,
    /// True while the first in `queue` holds the turn; false while the round
    /// is being framed (queue full) or closed (queue empty).
    #[serde(default)]
    pub speaking: bool,
    /// Seconds the current turn's timer has run.
    #[serde(default)]
    pub turn_elapsed_secs: u64,
    /// Seconds the current step's timer has run.
    #[serde(default)]
    pub step_elapsed_secs: u64,
    /// Seconds added (or, negative, taken) with + and − on the current turn.
    #[serde(default)]
    pub turn_adjust_secs: i64,
    /// Seconds added (or taken) with + and − on the current step.
    #[serde(default)]
    pub step_adjust_secs: i64,
    /// Seconds the current supervision phase's timer has run.
    #[serde(default)]
    pub phase_elapsed_secs: u64,
    /// Seconds added (or taken) with + and − on the current phase.
    #[serde(default)]
    pub phase_adjust_secs: i64,
    #[serde(default)]
    pub paused: bool,
    #[serde(default)]
    pub saved_at: Option<Stamp>,
    /// The machine whose live session saved the record last (see
    /// `Store::machine_id`): a meeting running on another laptop is told
    /// from one interrupted here.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub saved_on: Option<String>,
    /// How the current round or phase stood before each `n` or pass, the
    /// last one last: what `b` gives back. Emptied when the phase changes.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub turns_before: Vec<TurnBefore>,
    /// The end fixed when the meeting started (the plan's length from the
    /// start, or `--until`): what ahead and behind are measured against.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub planned_end: Option<Stamp>,
    /// Steps shortened to keep the time box, in the order it was done.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub fits: Vec<super::timebox::StepFit>,
}

/// The turn as it stood before a key moved it on: the queue, who had
/// passed, the turn's timer, and the logs of the two speakers it touched
/// (none: that speaker had no log yet).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TurnBefore {
    pub queue: Vec<String>,
    #[serde(default)]
    pub passed: Vec<String>,
    #[serde(default)]
    pub speaking: bool,
    #[serde(default)]
    pub turn_elapsed_secs: u64,
    #[serde(default)]
    pub turn_adjust_secs: i64,
    /// (participant, their log before), for the one who had the turn and
    /// the one who got it.
    #[serde(default)]
    pub logs: Vec<(String, Option<TurnLog>)>,
}
