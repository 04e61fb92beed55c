//! The plan: the script of a session, as ordered steps.

use super::charter::CharterPart;
use super::checked;
pub use super::phase::{Discipline, Phase, PhaseItem, Role};
use super::roles::RoleNameMap;
use crate::text::Text;
use serde::{Deserialize, Deserializer, Serialize};

/// The newest plan format this build reads.
pub const PLAN_VERSION: u32 = 2;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Plan {
    #[serde(deserialize_with = "plan_version")]
    pub version: u32,
    /// The plan's id; for a plan file it is the file name without `.ron`.
    #[serde(deserialize_with = "checked::slug_id")]
    pub id: String,
    pub title: Text,
    #[serde(default)]
    pub description: Text,
    /// What to get ready before the meeting (send the case question, the
    /// room, a flipchart), one item each.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub prepare: Vec<Text>,
    /// The method's own names for its roles (Troika: klient, konsulenter).
    #[serde(default, skip_serializing_if = "RoleNameMap::is_empty")]
    pub roles: RoleNameMap,
    /// The meeting's length in minutes, its time box: a meeting started
    /// without `--until` ends this long after its start. None: as long as
    /// the plan runs for those present at the start.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub length: Option<std::num::NonZeroU16>,
    #[serde(deserialize_with = "checked::non_empty")]
    pub steps: Vec<Step>,
}

fn plan_version<'de, D: Deserializer<'de>>(d: D) -> Result<u32, D::Error> {
    checked::version_at_most(d, PLAN_VERSION)
}

/// One part of a plan.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Step {
    pub title: Text,
    pub kind: StepKind,
    /// What the facilitator says or does, in one to three short sentences.
    #[serde(default)]
    pub guidance: Text,
    /// Questions to put to the room.
    #[serde(default)]
    pub prompts: Vec<Text>,
    /// The kinds of note this step invites; the first is the default kind.
    #[serde(default)]
    pub notes: Vec<NoteKind>,
    /// Notes taken in this step are private unless the facilitator toggles it.
    #[serde(default)]
    pub private: bool,
    /// What the step is for, where runde helps with it beyond the timer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub purpose: Option<StepPurpose>,
    /// Role names for this step only, over the plan's (a Troika inside a
    /// meeting whose case otherwise has a fokusperson).
    #[serde(default, skip_serializing_if = "RoleNameMap::is_empty")]
    pub roles: RoleNameMap,
    /// Where this step gives time when the meeting must keep its time box.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gives_time: Option<GivesTime>,
}

/// What a step gives when the meeting would run past its time box: the
/// buffer first, then the theme block, then the rounds' time per person.
/// A supervision and the check-out never give.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub enum GivesTime {
    /// Time in reserve: all of it, first.
    Buffer,
    /// A theme block: down to `floor` minutes.
    Theme {
        #[serde(deserialize_with = "checked::positive_minutes")]
        floor: f64,
    },
    /// A round: its minutes per person, down to `floor`.
    Round {
        #[serde(deserialize_with = "checked::positive_minutes")]
        floor: f64,
    },
}

/// Steps runde gives extra help in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum StepPurpose {
    /// Follow up the open actions of earlier meetings, speaker by speaker.
    SinceLastTime,
    /// Agree the next meeting: date, host, roles, theme.
    NextMeeting,
    /// The check-out round: each speaker may score the day 1–5, "was today
    /// worth the time?".
    CheckOut,
    /// The start-up agrees this part of the network's charter: decisions
    /// taken here are offered into the charter when the meeting ends.
    Charter(CharterPart),
    /// The evaluation returns to this part of the charter: the step shows
    /// what the network agreed.
    Review(CharterPart),
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub enum StepKind {
    /// Every present participant speaks in turn.
    Round {
        /// Minutes per speaker.
        #[serde(deserialize_with = "checked::positive_minutes")]
        per_person: f64,
        /// Minutes to frame the round before the first speaker.
        #[serde(default, deserialize_with = "checked::non_negative_minutes")]
        framing: f64,
        /// Minutes to close the round after the last speaker.
        #[serde(default, deserialize_with = "checked::non_negative_minutes")]
        close: f64,
        #[serde(default)]
        order: TurnOrder,
        #[serde(default = "yes")]
        pass_allowed: bool,
    },
    /// One timer for the whole group.
    Block {
        #[serde(deserialize_with = "checked::positive_minutes")]
        minutes: f64,
    },
    /// A pause; one timer, nothing to say.
    Break {
        #[serde(deserialize_with = "checked::positive_minutes")]
        minutes: f64,
    },
    /// A case with a case-giver, run in timed phases with roles.
    Supervision {
        #[serde(deserialize_with = "checked::non_empty")]
        phases: Vec<PhaseItem>,
    },
}

fn yes() -> bool {
    true
}

/// The order in which speakers take their turn in a round.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum TurnOrder {
    /// The network's rotation order.
    #[default]
    Roster,
    /// A fresh random order every time.
    Shuffled,
    /// The facilitator first, then the roster.
    FacilitatorFirst,
}

/// The kind of a note.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum NoteKind {
    Note,
    Decision,
    Action,
    Learning,
    Parked,
}

impl NoteKind {
    pub const ALL: [NoteKind; 5] = [
        NoteKind::Note,
        NoteKind::Decision,
        NoteKind::Action,
        NoteKind::Learning,
        NoteKind::Parked,
    ];

    /// The next kind in the Tab cycle note → decision → action → learning → parked.
    pub fn next(self) -> NoteKind {
        let i = NoteKind::ALL.iter().position(|k| *k == self).unwrap_or(0);
        NoteKind::ALL[(i + 1) % NoteKind::ALL.len()]
    }

    /// Whether a note of this kind is the speaker's: notes, learning points
    /// and parked topics are; decisions and actions belong to the group
    /// (an action has its owner instead).
    pub fn keeps_speaker(self) -> bool {
        !matches!(self, NoteKind::Decision | NoteKind::Action)
    }
}

impl Plan {
    /// The step index of each supervision of one case, in order: the k-th
    /// has the case-giver `roles.case_givers[k]`. A supervision in small
    /// groups (Troika) is not among them: every member is client once in
    /// their own group, so no one is the day's case-giver there.
    pub fn case_steps(&self) -> Vec<usize> {
        self.steps
            .iter()
            .enumerate()
            .filter(|(_, s)| s.has_one_case())
            .map(|(i, _)| i)
            .collect()
    }
}

impl Step {
    /// The note kind the input opens with in this step.
    pub fn default_note_kind(&self) -> NoteKind {
        self.notes.first().copied().unwrap_or(NoteKind::Note)
    }

    /// Whether a note taken here is private until the facilitator shares
    /// it: where the plan says so (a check-in, the learning log) and in
    /// every supervision, where what is said is the case-giver's
    /// (METHODS.md: case notes are private by default). The one rule.
    pub fn notes_private(&self) -> bool {
        self.private || matches!(self.kind, StepKind::Supervision { .. })
    }

    pub fn is_round(&self) -> bool {
        matches!(self.kind, StepKind::Round { .. })
    }

    /// A supervision whose phases run side by side in small groups, each
    /// member client once (Troika): its roles go round inside each group.
    pub fn works_in_groups(&self) -> bool {
        match &self.kind {
            StepKind::Supervision { phases } => phases.iter().any(|i| {
                matches!(
                    i,
                    PhaseItem::Repeat {
                        in_groups: true,
                        ..
                    }
                )
            }),
            _ => false,
        }
    }

    /// A supervision of one case, with one case-giver the room knows by
    /// name (reflecting team, five phases, consultancy protocol).
    pub fn has_one_case(&self) -> bool {
        matches!(self.kind, StepKind::Supervision { .. }) && !self.works_in_groups()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn trios_that_do_not_divide_become_groups_of_four_and_everyone_runs_four_times() {
        let troika: PhaseItem = ron::from_str(
            "Repeat(times: 3, in_groups: true, phases: [(title: \"Klienten\", minutes: Some(2))])",
        )
        .unwrap();
        let times: Vec<u32> = (2..=12).map(|n| troika.times(n)).collect();
        // 2 3 4 5 6 7 8 9 10 11 12 present
        assert_eq!(times, [2, 3, 4, 5, 3, 4, 4, 3, 4, 4, 3]);
        assert_eq!(troika.unrolled(10).len(), 4);
        let fixed: PhaseItem =
            ron::from_str("Repeat(times: 2, phases: [(title: \"Fremlægger\", minutes: Some(2))])")
                .unwrap();
        assert_eq!(fixed.times(10), 2);
    }
}
