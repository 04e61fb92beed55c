//! The plan: the script of a session, as ordered steps.

use super::charter::CharterPart;
use super::checked;
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

/// A phase, or a group of phases run once per client (as in Troika).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub enum PhaseItem {
    Phase(Box<Phase>),
    Repeat {
        /// How many times the group runs, each time with another client.
        #[serde(deserialize_with = "repeat_times")]
        times: u32,
        /// Small groups of `times` people work side by side, each member
        /// client once (Troika's trios). When those present do not split
        /// into such groups, some groups get one more member, and every
        /// group runs as many times as the largest group has members.
        #[serde(default, skip_serializing_if = "std::ops::Not::not")]
        in_groups: bool,
        #[serde(deserialize_with = "checked::non_empty")]
        phases: Vec<Phase>,
    },
}

fn repeat_times<'de, D: Deserializer<'de>>(d: D) -> Result<u32, D::Error> {
    let times = u32::deserialize(d)?;
    if !(1..=20).contains(&times) {
        return Err(serde::de::Error::custom(format!(
            "a repeat group that runs {times} times; expected 1 to 20 times"
        )));
    }
    Ok(times)
}

/// One timed phase of a supervision.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(try_from = "RawPhase")]
pub struct Phase {
    pub title: Text,
    /// Minutes for the phase as a whole (when it is not a round).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub minutes: Option<f64>,
    /// Minutes per speaker when the phase is a round.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub per_person: Option<f64>,
    /// The round runs among these roles (empty: not a round).
    pub round_among: Vec<Role>,
    /// Who speaks.
    pub speaks: Vec<Role>,
    /// Who is silent.
    pub silent: Vec<Role>,
    /// Roles the team takes in for this phase, which it leaves out by
    /// default: `Facilitator`, `NoteTaker`.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub team_includes: Vec<Role>,
    pub discipline: Option<Discipline>,
    pub guidance: Text,
    pub prompts: Vec<Text>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename = "Phase")]
struct RawPhase {
    title: Text,
    #[serde(default, deserialize_with = "checked::optional_positive_minutes")]
    minutes: Option<f64>,
    #[serde(default, deserialize_with = "checked::optional_positive_minutes")]
    per_person: Option<f64>,
    #[serde(default)]
    round_among: Vec<Role>,
    #[serde(default)]
    speaks: Vec<Role>,
    #[serde(default)]
    silent: Vec<Role>,
    #[serde(default)]
    team_includes: Vec<Role>,
    #[serde(default)]
    discipline: Option<Discipline>,
    #[serde(default)]
    guidance: Text,
    #[serde(default)]
    prompts: Vec<Text>,
}

impl TryFrom<RawPhase> for Phase {
    type Error = String;

    fn try_from(raw: RawPhase) -> Result<Self, String> {
        match (raw.minutes, raw.per_person, raw.round_among.is_empty()) {
            (Some(_), Some(_), _) => {
                return Err(
                    "the phase has both minutes and per_person; expected one of them".into(),
                );
            }
            (None, None, _) => {
                return Err(
                    "the phase has no duration; expected minutes, or per_person with round_among"
                        .into(),
                );
            }
            (None, Some(_), true) => {
                return Err(
                    "the phase has per_person but no round_among; expected the roles the round runs among"
                        .into(),
                );
            }
            _ => {}
        }
        if let Some(role) = raw
            .team_includes
            .iter()
            .find(|r| !matches!(r, Role::Facilitator | Role::NoteTaker))
        {
            return Err(format!(
                "team_includes names {role:?}; expected Facilitator or NoteTaker, the roles a team leaves out"
            ));
        }
        if let Some(role) = raw.speaks.iter().find(|r| raw.silent.contains(r)) {
            return Err(format!(
                "{role:?} both speaks and is silent in the phase; expected each role in one list"
            ));
        }
        Ok(Phase {
            title: raw.title,
            minutes: raw.minutes,
            per_person: raw.per_person,
            round_among: raw.round_among,
            speaks: raw.speaks,
            silent: raw.silent,
            team_includes: raw.team_includes,
            discipline: raw.discipline,
            guidance: raw.guidance,
            prompts: raw.prompts,
        })
    }
}

/// A role in the room.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Role {
    Facilitator,
    NoteTaker,
    CaseGiver,
    Interviewer,
    /// The reflecting team, consultants or advisers: everyone present who is
    /// neither case-giver nor interviewer, nor (unless the phase takes them
    /// in) facilitator or note-taker; see `model::team`.
    Team,
    Timekeeper,
    /// Everyone present.
    All,
}

/// The rule of a phase, shown to the room in words.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Discipline {
    /// Questions only, no advice.
    QuestionsOnly,
    /// Open questions (what, how, when, who); no "why", no advice.
    OpenQuestions,
    /// The team reflects to each other; the case-giver listens.
    ReflectionsOnly,
    /// The case-giver listens and writes, says nothing.
    CaseGiverListens,
    /// Appreciation only; the case-giver only says thanks.
    AppreciationOnly,
    /// The case-giver speaks; the others listen.
    CaseGiverSpeaks,
    /// Free dialogue.
    Dialogue,
    /// Anything else, in the plan's own words.
    Custom(Text),
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

impl PhaseItem {
    /// The phases as they run with `present` people, the repeat group
    /// unrolled.
    pub fn unrolled(&self, present: usize) -> Vec<(&Phase, Option<u32>)> {
        match self {
            PhaseItem::Phase(p) => vec![(p.as_ref(), None)],
            PhaseItem::Repeat { phases, .. } => (0..self.times(present))
                .flat_map(|n| phases.iter().map(move |p| (p, Some(n))))
                .collect(),
        }
    }

    /// The phases as written, a repeat group's once.
    pub fn written(&self) -> &[Phase] {
        match self {
            PhaseItem::Phase(p) => std::slice::from_ref(p.as_ref()),
            PhaseItem::Repeat { phases, .. } => phases,
        }
    }

    /// How many times a repeat group runs with `present` people: its
    /// `times`, or in groups, the size of the largest group (trios and,
    /// when the number does not divide by three, groups of four). 1 for a
    /// single phase.
    pub fn times(&self, present: usize) -> u32 {
        match self {
            PhaseItem::Phase(_) => 1,
            PhaseItem::Repeat {
                times,
                in_groups: false,
                ..
            } => *times,
            PhaseItem::Repeat { times, .. } => {
                let size = *times as usize;
                let groups = (present / size).max(1);
                let largest = present.div_ceil(groups).max(1);
                u32::try_from(largest).unwrap_or(*times)
            }
        }
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
