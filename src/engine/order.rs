//! Who speaks in which order, and who holds which role in a supervision.

use crate::model::plan::{Role, StepKind, TurnOrder};
use crate::model::record::Record;

/// The speakers of a round among `present` (in roster order) by the plan's rule.
/// `seed` makes a shuffled order the same every time the session resumes.
pub fn round_order(
    present: &[String],
    order: TurnOrder,
    facilitator: Option<&str>,
    seed: u64,
) -> Vec<String> {
    match order {
        TurnOrder::Roster => present.to_vec(),
        TurnOrder::Shuffled => shuffled(present, seed),
        TurnOrder::FacilitatorFirst => {
            let mut out = Vec::with_capacity(present.len());
            if let Some(f) = facilitator.and_then(|f| present.iter().find(|p| same(p, f))) {
                out.push(f.clone());
            }
            let rest: Vec<String> = present
                .iter()
                .filter(|p| !out.contains(p))
                .cloned()
                .collect();
            out.extend(rest);
            out
        }
    }
}

/// Names compare without case and surrounding space.
pub fn same(a: &str, b: &str) -> bool {
    a.trim().to_lowercase() == b.trim().to_lowercase()
}

fn shuffled(names: &[String], seed: u64) -> Vec<String> {
    let mut out = names.to_vec();
    let mut state = seed;
    for i in (1..out.len()).rev() {
        state = splitmix64(state);
        let j = (state % (i as u64 + 1)) as usize;
        out.swap(i, j);
    }
    out
}

fn splitmix64(x: u64) -> u64 {
    let mut z = x.wrapping_add(0x9E37_79B9_7F4A_7C15);
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

/// A stable seed for one step of one session (FNV-1a of the record id).
pub fn seed(record_id: &str, step: usize) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in record_id.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h ^ (step as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15)
}

/// The people bound to the roles of one supervision step.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SupervisionRoles {
    pub case_giver: Option<String>,
    pub interviewer: Option<String>,
    /// Everyone present who is neither case-giver nor interviewer.
    pub team: Vec<String>,
}

/// Which supervision of the session step `step` is (0 for the first).
pub fn supervision_index(record: &Record, step: usize) -> usize {
    record
        .plan
        .steps
        .iter()
        .take(step)
        .filter(|s| matches!(s.kind, StepKind::Supervision { .. }))
        .count()
}

/// The roles of the supervision at `step`, bound to names from `record.roles`.
pub fn supervision_roles(record: &Record, step: usize) -> SupervisionRoles {
    let k = supervision_index(record, step);
    let present = record.present();
    let case_giver = record.roles.case_givers.get(k).cloned();
    let interviewer = uses_interviewer_at(record, step)
        .then(|| record.roles.interviewers.get(k).cloned())
        .flatten();
    let team = present
        .iter()
        .filter(|p| {
            !case_giver.as_deref().is_some_and(|c| same(c, p))
                && !interviewer.as_deref().is_some_and(|i| same(i, p))
        })
        .cloned()
        .collect();
    SupervisionRoles {
        case_giver,
        interviewer,
        team,
    }
}

fn uses_interviewer_at(record: &Record, step: usize) -> bool {
    match record.plan.steps.get(step).map(|s| &s.kind) {
        Some(StepKind::Supervision { phases }) => crate::model::planning::uses_interviewer(phases),
        _ => false,
    }
}

/// The speakers of a round among roles, in roster order.
pub fn speakers_among(record: &Record, roles: &SupervisionRoles, among: &[Role]) -> Vec<String> {
    let present = record.present();
    let wanted = |name: &String| {
        among.iter().any(|role| match role {
            Role::All => true,
            Role::Team => roles.team.contains(name),
            Role::CaseGiver => roles.case_giver.as_deref().is_some_and(|c| same(c, name)),
            Role::Interviewer => roles.interviewer.as_deref().is_some_and(|i| same(i, name)),
            Role::Facilitator => record
                .roles
                .facilitator
                .as_deref()
                .is_some_and(|f| same(f, name)),
            Role::NoteTaker => record
                .roles
                .note_taker
                .as_deref()
                .is_some_and(|f| same(f, name)),
            Role::Timekeeper => record
                .roles
                .timekeeper
                .as_deref()
                .is_some_and(|f| same(f, name)),
        })
    };
    present.into_iter().filter(|n| wanted(n)).collect()
}

/// Fill case-giver and interviewer for every supervision that has none:
/// present, not the facilitator, not already a case-giver today, roster order.
/// The rotation rules may have chosen already; this only fills gaps.
pub fn fill_default_roles(record: &mut Record) {
    let supervisions: Vec<usize> = (0..record.plan.steps.len())
        .filter(|&i| matches!(record.plan.steps[i].kind, StepKind::Supervision { .. }))
        .collect();
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

/// A record id: date, time, network and plan as a slug.
pub fn record_id(stamp: &crate::model::record::Stamp, network: &str, plan: &str) -> String {
    let raw = format!("{}-{}-{}", stamp.format("%Y-%m-%d-%H%M"), network, plan);
    let mut out = String::new();
    for c in raw.to_lowercase().chars() {
        let piece = match c {
            'a'..='z' | '0'..='9' => c.to_string(),
            'æ' => "ae".into(),
            'ø' => "oe".into(),
            'å' => "aa".into(),
            'é' | 'è' => "e".into(),
            'ü' => "u".into(),
            'ö' => "o".into(),
            'ä' => "a".into(),
            _ => "-".into(),
        };
        if piece == "-" && (out.is_empty() || out.ends_with('-')) {
            continue;
        }
        out.push_str(&piece);
    }
    out.truncate(80);
    out.trim_end_matches('-').to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(v: &[&str]) -> Vec<String> {
        v.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn facilitator_first_then_roster() {
        let p = names(&["Anne", "Bo", "Carla"]);
        assert_eq!(
            round_order(&p, TurnOrder::FacilitatorFirst, Some("carla"), 0),
            names(&["Carla", "Anne", "Bo"])
        );
        assert_eq!(round_order(&p, TurnOrder::FacilitatorFirst, None, 0), p);
    }

    #[test]
    fn shuffle_is_stable_for_a_seed_and_keeps_everyone() {
        let p = names(&["Anne", "Bo", "Carla", "Dorte", "Erik", "Fatima"]);
        let a = round_order(&p, TurnOrder::Shuffled, None, seed("x", 1));
        let b = round_order(&p, TurnOrder::Shuffled, None, seed("x", 1));
        assert_eq!(a, b);
        let mut sorted = a.clone();
        sorted.sort();
        assert_eq!(sorted, p);
        assert_ne!(a, p, "this seed should move someone");
    }

    #[test]
    fn record_id_is_a_slug() {
        let stamp = chrono::DateTime::parse_from_rfc3339("2026-11-23T09:05:00+01:00").unwrap();
        let id = record_id(&stamp, "Skoleledere Århus Ø", "standard");
        assert_eq!(id, "2026-11-23-0905-skoleledere-aarhus-oe-standard");
        assert!(crate::model::checked::is_slug(&id));
    }
}
