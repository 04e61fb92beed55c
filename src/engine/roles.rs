//! Who holds which role: today's roles, the roles of a supervision bound
//! to names, its team as it stands (`model::team`), and the planned
//! minutes that follow from them.

use super::session::Session;
use crate::model::Phase;
use crate::model::plan::{PhaseItem, Role, StepKind};
use crate::model::planning::{Headcount, phase_minutes, secs, uses_interviewer};
use crate::model::record::Record;
use crate::model::role_kind::RoleKind;
use crate::model::room::PhaseVoices;
use crate::model::team;
use crate::names::same;

/// The people bound to the roles of one supervision phase.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SupervisionRoles {
    pub case_giver: Option<String>,
    pub interviewer: Option<String>,
    /// The team that reflects, asks or advises (at most six).
    pub team: Vec<String>,
    /// Past six in the team: they listen in silence.
    pub observers: Vec<String>,
}

/// Someone holding a role today, and whether they are still here.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Holder {
    pub role: RoleKind,
    pub name: String,
    pub here: bool,
}

/// Which supervision of one case the session step `step` is (0 for the
/// first), the index into `roles.case_givers`.
pub fn supervision_index(record: &Record, step: usize) -> usize {
    record
        .plan
        .steps
        .iter()
        .take(step)
        .filter(|s| s.has_one_case())
        .count()
}

/// The supervision today's case-giver and interviewer belong to, seen
/// from `step`: the one running or next, else the last one held.
pub fn supervision_in_view(record: &Record, step: usize) -> Option<usize> {
    let steps = record.plan.case_steps();
    steps
        .iter()
        .copied()
        .find(|&s| s >= step)
        .or_else(|| steps.last().copied())
}

fn phases_of(record: &Record, step: usize) -> Option<&[PhaseItem]> {
    match record.plan.steps.get(step).map(|s| &s.kind) {
        Some(StepKind::Supervision { phases }) => Some(phases),
        _ => None,
    }
}

pub(super) fn uses_interviewer_at(record: &Record, step: usize) -> bool {
    phases_of(record, step).is_some_and(uses_interviewer)
}

/// The roles of the supervision at `step` in `phase` (none: the team as
/// the plan leaves it by default), bound to names from `record.roles`.
/// In small groups (Troika) nobody is bound: the roles go round in each
/// group, and the screens name the roles only.
pub fn supervision_roles(record: &Record, step: usize, phase: Option<&Phase>) -> SupervisionRoles {
    if record
        .plan
        .steps
        .get(step)
        .is_some_and(|s| s.works_in_groups())
    {
        return SupervisionRoles::default();
    }
    let k = supervision_index(record, step);
    let present = record.present();
    let case_giver = record.roles.case_givers.get(k).cloned();
    let interviewer = uses_interviewer_at(record, step)
        .then(|| record.roles.interviewers.get(k).cloned())
        .flatten();
    let holds = |role: &Option<String>, name: &str| role.as_deref().is_some_and(|r| same(r, name));
    let busy = |name: &str| holds(&case_giver, name) || holds(&interviewer, name);
    let frame =
        |role: &Option<String>| present.iter().find(|p| holds(role, p) && !busy(p)).cloned();
    let (note_taker, facilitator) = (
        frame(&record.roles.note_taker),
        frame(&record.roles.facilitator),
    );
    let others: Vec<String> = present
        .iter()
        .filter(|p| {
            !busy(p) && !holds(&record.roles.facilitator, p) && !holds(&record.roles.note_taker, p)
        })
        .cloned()
        .collect();
    let includes = phase.map_or(&[][..], |p| &p.team_includes);
    let (mut team, mut observers) = team::compose(&others, note_taker, facilitator, includes);
    // Named in the room's order, whoever joined last.
    let order = |name: &String| present.iter().position(|p| p == name);
    team.sort_by_key(order);
    observers.sort_by_key(order);
    SupervisionRoles {
        case_giver,
        interviewer,
        team,
        observers,
    }
}

/// The speakers of a round among roles, in roster order.
pub fn speakers_among(record: &Record, roles: &SupervisionRoles, among: &[Role]) -> Vec<String> {
    let present = record.present();
    let holds = |role: &Option<String>, name: &str| role.as_deref().is_some_and(|r| same(r, name));
    let wanted = |name: &String| {
        among.iter().any(|role| match role {
            Role::All => true,
            Role::Team => roles.team.contains(name),
            Role::CaseGiver => holds(&roles.case_giver, name),
            Role::Interviewer => holds(&roles.interviewer, name),
            Role::Facilitator => holds(&record.roles.facilitator, name),
            Role::NoteTaker => holds(&record.roles.note_taker, name),
            Role::Timekeeper => holds(&record.roles.timekeeper, name),
        })
    };
    present.into_iter().filter(|n| wanted(n)).collect()
}

/// Planned seconds of one phase of the supervision at `step` for the
/// people holding its roles now: a team round is as long as the team.
pub(super) fn phase_planned_secs_at(record: &Record, step: usize, phase: &Phase) -> u64 {
    let interviewer = uses_interviewer_at(record, step);
    let team = supervision_roles(record, step, Some(phase)).team.len();
    let headcount = Headcount {
        present: record.present().len(),
        team: Some(team),
    };
    secs(phase_minutes(phase, headcount, interviewer))
}

/// Planned seconds of the supervision at `step`, phase by phase.
pub(super) fn supervision_planned_secs(record: &Record, step: usize) -> Option<u64> {
    let phases = phases_of(record, step)?;
    let present = record.present().len();
    Some(
        phases
            .iter()
            .flat_map(|i| i.unrolled(present))
            .map(|(p, _)| phase_planned_secs_at(record, step, p))
            .sum(),
    )
}

/// Fill case-giver and interviewer for every supervision that has none:
/// present, not the facilitator, not already a case-giver today, roster order.
/// The rotation rules may have chosen already; this only fills gaps.
pub fn fill_default_roles(record: &mut Record) {
    let supervisions = record.plan.case_steps();
    let present = record.present();
    let facilitator = record.roles.facilitator.clone();
    let eligible: Vec<String> = present
        .iter()
        .filter(|p| !facilitator.as_deref().is_some_and(|f| same(f, p)))
        .cloned()
        .collect();
    if eligible.is_empty() {
        return;
    }
    for (k, &step) in supervisions.iter().enumerate() {
        if record.roles.case_givers.get(k).is_none() {
            let taken = &record.roles.case_givers;
            let pick = eligible
                .iter()
                .find(|p| !taken.iter().any(|t| same(t, p)))
                .unwrap_or(&eligible[k % eligible.len()])
                .clone();
            record.roles.case_givers.push(pick);
        }
        if record.roles.interviewers.get(k).is_none() && uses_interviewer_at(record, step) {
            let cg = record.roles.case_givers.get(k).cloned().unwrap_or_default();
            let start = eligible.iter().position(|p| same(p, &cg)).unwrap_or(0);
            let pick = (1..=eligible.len())
                .map(|d| &eligible[(start + d) % eligible.len()])
                .find(|p| !same(p, &cg));
            match pick {
                Some(p) => record.roles.interviewers.push(p.clone()),
                None => break,
            }
        }
    }
}

/// Who holds `role` today, seen from `step` (the case-giver and the
/// interviewer of the supervision in view).
pub fn holder(record: &Record, role: RoleKind, step: usize) -> Option<&str> {
    let roles = &record.roles;
    let k = supervision_in_view(record, step).map(|s| (supervision_index(record, s), s));
    match role {
        RoleKind::Facilitator => roles.facilitator.as_deref(),
        RoleKind::NoteTaker => roles.note_taker.as_deref(),
        RoleKind::Timekeeper => roles.timekeeper.as_deref(),
        RoleKind::Reserve => roles.reserve.as_deref(),
        RoleKind::CaseGiver => k
            .and_then(|(k, _)| roles.case_givers.get(k))
            .map(String::as_str),
        RoleKind::Interviewer => k
            .filter(|(_, s)| uses_interviewer_at(record, *s))
            .and_then(|(k, _)| roles.interviewers.get(k))
            .map(String::as_str),
    }
    .filter(|name| !name.trim().is_empty())
}

impl Session {
    /// Today's roles in the order they are announced, each with its holder.
    pub fn day_roles(&self) -> Vec<Holder> {
        let record = &self.record;
        let present = record.present();
        RoleKind::DAY
            .into_iter()
            .filter_map(|role| {
                let name = holder(record, role, record.live.step)?;
                Some(Holder {
                    role,
                    name: name.to_string(),
                    here: present.iter().any(|p| same(p, name)),
                })
            })
            .collect()
    }

    /// Who speaks and who listens in the current supervision phase: the
    /// roles it names, then those it leaves out, who listen.
    pub fn phase_voices(&self) -> Option<PhaseVoices> {
        let (phase, _) = self.phase()?;
        let roles = self.supervision_roles()?;
        let present = self.record.present();
        let here = |name: &Option<String>| {
            name.iter()
                .filter(|n| present.iter().any(|p| same(p, n)))
                .cloned()
                .collect::<Vec<String>>()
        };
        let holders = |role: Role| -> Vec<String> {
            match role {
                Role::CaseGiver => roles.case_giver.iter().cloned().collect(),
                Role::Interviewer => roles.interviewer.iter().cloned().collect(),
                Role::Team => roles.team.clone(),
                Role::Facilitator => here(&self.record.roles.facilitator),
                Role::NoteTaker => here(&self.record.roles.note_taker),
                Role::Timekeeper => here(&self.record.roles.timekeeper),
                Role::All => Vec::new(),
            }
        };
        let with_names = |list: &[Role]| -> Vec<(Role, Vec<String>)> {
            list.iter().map(|r| (*r, holders(*r))).collect()
        };
        let mut listening = with_names(&phase.silent);
        if !phase.speaks.contains(&Role::All) {
            for role in [Role::CaseGiver, Role::Interviewer, Role::Team] {
                let named = phase.speaks.contains(&role) || phase.silent.contains(&role);
                if !named && !holders(role).is_empty() {
                    listening.push((role, holders(role)));
                }
            }
        }
        Some(PhaseVoices {
            speaking: with_names(&phase.speaks),
            listening,
            observers: roles.observers,
        })
    }

    /// The roles of the current supervision phase.
    pub fn supervision_roles(&self) -> Option<SupervisionRoles> {
        matches!(self.step().kind, StepKind::Supervision { .. }).then(|| {
            supervision_roles(
                &self.record,
                self.record.live.step,
                self.phase().map(|(p, _)| p),
            )
        })
    }
}
