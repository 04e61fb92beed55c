//! The phases of a supervision step: who speaks, for how long, in which
//! discipline, and groups of phases run once per client (Troika) or per
//! group.

use super::checked;
use crate::text::Text;
use serde::{Deserialize, Deserializer, Serialize};

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
