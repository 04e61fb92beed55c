//! Planned durations: how long a step takes for a given attendance.

use super::plan::{Phase, PhaseItem, Plan, Role, Step, StepKind};
use super::team;

/// Who is in the room, as numbers: what planned times depend on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Headcount {
    /// Participants present.
    pub present: usize,
    /// The team as the live session knows it, by name; `None`: its size by
    /// the rule of `team`, from `present` alone.
    pub team: Option<usize>,
}

impl Headcount {
    pub fn new(present: usize) -> Headcount {
        Headcount {
            present,
            team: None,
        }
    }

    /// Speakers in a round of `phase` among its `round_among` roles.
    pub fn speakers_in(self, phase: &Phase, uses_interviewer: bool) -> usize {
        let team = self
            .team
            .unwrap_or_else(|| team::size(self.present, uses_interviewer, &phase.team_includes));
        phase
            .round_among
            .iter()
            .map(|role| match role {
                Role::All => self.present,
                Role::Team => team,
                _ => 1,
            })
            .max()
            .unwrap_or(0)
            .min(self.present.max(1))
    }
}

/// Planned minutes of one phase.
pub fn phase_minutes(phase: &Phase, headcount: Headcount, uses_interviewer: bool) -> f64 {
    match (phase.minutes, phase.per_person) {
        (Some(m), _) => m,
        (None, Some(per)) => per * headcount.speakers_in(phase, uses_interviewer) as f64,
        (None, None) => 0.0,
    }
}

/// True when any phase of the supervision gives the interviewer a role.
pub fn uses_interviewer(items: &[PhaseItem]) -> bool {
    items.iter().flat_map(PhaseItem::written).any(|p| {
        p.speaks.contains(&Role::Interviewer) || p.round_among.contains(&Role::Interviewer)
    })
}

/// Planned minutes of one step.
pub fn step_minutes(step: &Step, headcount: Headcount) -> f64 {
    match &step.kind {
        StepKind::Round {
            per_person,
            framing,
            close,
            ..
        } => framing + close + per_person * headcount.present as f64,
        StepKind::Block { minutes } | StepKind::Break { minutes } => *minutes,
        StepKind::Supervision { phases } => {
            let interviewer = uses_interviewer(phases);
            phases
                .iter()
                .flat_map(|i| i.unrolled(headcount.present))
                .map(|(p, _)| phase_minutes(p, headcount, interviewer))
                .sum()
        }
    }
}

/// Planned minutes of the whole plan.
pub fn plan_minutes(plan: &Plan, headcount: Headcount) -> f64 {
    plan.steps.iter().map(|s| step_minutes(s, headcount)).sum()
}

/// Minutes as whole seconds.
pub fn secs(minutes: f64) -> u64 {
    (minutes * 60.0).round().max(0.0) as u64
}
