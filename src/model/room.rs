//! What the room may see of a live session: published by the live session
//! for `runde display`. It holds no note and nothing private, by
//! construction: there is no field a note could go in.

use super::plan::{Discipline, Role};
use super::record::Stamp;
use super::role_kind::RoleKind;
use super::roles::RoleNames;
use crate::text::Text;
use serde::{Deserialize, Serialize};

pub const ROOM_VERSION: u32 = 1;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RoomState {
    pub version: u32,
    /// The record id of the live session.
    pub session: String,
    /// The live process, so a display can tell a crashed session from a running one.
    pub pid: u32,
    /// False once the live session has quit or finished.
    pub live: bool,
    pub plan_title: Text,
    pub step_title: Text,
    /// 0-based index of the step, and how many there are.
    pub step_index: usize,
    pub step_count: usize,
    #[serde(default)]
    pub phase_title: Option<Text>,
    #[serde(default)]
    pub discipline: Option<Discipline>,
    /// The big timer: the current turn, else the phase, else the step.
    pub timer: RoomTimer,
    /// The step's own timer.
    pub step_timer: RoomTimer,
    #[serde(default)]
    pub speaker_now: Option<String>,
    #[serde(default)]
    pub speaker_next: Option<String>,
    /// Today's roles by name, in the order they are announced.
    #[serde(default)]
    pub day_roles: Vec<(RoleKind, String)>,
    /// In supervision: who speaks and who listens in this phase, by name.
    #[serde(default)]
    pub voices: Option<PhaseVoices>,
    /// What the plan calls its roles in this step.
    #[serde(default)]
    pub role_names: RoleNames,
    /// Seconds behind plan (negative: ahead) for the whole meeting.
    pub behind_secs: i64,
    /// In a break: when it ends and the meeting starts again.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub back_at: Option<Stamp>,
    /// When this state was written.
    pub at: Stamp,
}

/// Who speaks and who listens in a supervision phase: each role the phase
/// names (and those it leaves to listen) with the people holding it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PhaseVoices {
    pub speaking: Vec<(Role, Vec<String>)>,
    pub listening: Vec<(Role, Vec<String>)>,
    /// Past six in the team: they listen in silence.
    #[serde(default)]
    pub observers: Vec<String>,
}

/// A countdown the display can run on its own between updates.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RoomTimer {
    pub planned_secs: u64,
    /// Seconds left when `at` was written; negative in overtime.
    pub remaining_secs: i64,
    pub running: bool,
}

impl RoomTimer {
    /// Seconds left at wall time `now`, counting on from the state's stamp
    /// while the timer runs.
    pub fn remaining_at(&self, written: Stamp, now: Stamp) -> i64 {
        if self.running {
            let gone = (now - written).num_seconds().max(0);
            self.remaining_secs - gone
        } else {
            self.remaining_secs
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_running_timer_counts_on_from_its_stamp_and_a_paused_one_stands() {
        let written = chrono::DateTime::parse_from_rfc3339("2026-11-23T09:00:00+01:00").unwrap();
        let later = written + chrono::Duration::seconds(75);
        let running = RoomTimer {
            planned_secs: 60,
            remaining_secs: 30,
            running: true,
        };
        assert_eq!(running.remaining_at(written, later), -45);
        let paused = RoomTimer {
            running: false,
            ..running
        };
        assert_eq!(paused.remaining_at(written, later), 30);
    }
}
