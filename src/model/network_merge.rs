//! Two copies of one network file made one: what a sync finds when the
//! roster was edited on two laptops at once. With the copy both started
//! from (`base`), each side's changes are kept: members added on either
//! side, a member removed on one side and left alone on the other, leave
//! periods of both, a new rotation order from the side that changed it.
//! What cannot be merged safely (the same member's initials, the order or
//! the charter changed differently on both sides) is named, and nothing
//! is written.

use super::network::{Network, Participant};
use crate::names::same;

/// What both sides changed differently, by name: a member, "order" or
/// "charter".
pub type Unmerged = Vec<String>;

/// `upstream` and `ours`, two copies of a network that started as `base`
/// (none: both created the file), as one.
pub fn merge_networks(
    base: Option<&Network>,
    upstream: &Network,
    ours: &Network,
) -> Result<Network, Unmerged> {
    let mut unmerged = Vec::new();
    let empty = Vec::new();
    let base_members = base.map_or(&empty, |b| &b.participants);
    // The rotation order of the side that changed it; both: unmergeable.
    let order = |n: &Network| names(&n.participants);
    let (lead, other) = match base {
        Some(b) if order(upstream) == order(b) => (ours, upstream),
        Some(b) if order(ours) == order(b) || same_order(upstream, ours) => (upstream, ours),
        Some(_) if !reordered_only_by_adding(base_members, upstream, ours) => {
            unmerged.push("order".to_string());
            (upstream, ours)
        }
        _ => (upstream, ours),
    };
    let mut participants = Vec::new();
    for l in &lead.participants {
        let b = find(base_members, &l.name);
        match (b, find(&other.participants, &l.name)) {
            (b, Some(o)) => match member(b, l, o) {
                Some(merged) => participants.push(merged),
                None => {
                    unmerged.push(l.name.clone());
                    participants.push(l.clone());
                }
            },
            // Removed on the other side, untouched on this one: removed.
            (Some(b), None) if b == l => {}
            // New here, or changed here and removed there: kept.
            _ => participants.push(l.clone()),
        }
    }
    for (i, o) in other.participants.iter().enumerate() {
        if find(&lead.participants, &o.name).is_some() {
            continue;
        }
        match find(base_members, &o.name) {
            // Removed on the lead side, untouched on this one: removed.
            Some(b) if b == o => {}
            // Removed there, changed here: kept where it stood.
            Some(_) => {
                let after = other.participants[..i].iter().rev().find_map(|p| {
                    participants
                        .iter()
                        .position(|q: &Participant| same(&q.name, &p.name))
                });
                let at = after.map_or(0, |a| a + 1);
                participants.insert(at, o.clone());
            }
            // New on this side: at the end, after those new on the other.
            None => participants.push(o.clone()),
        }
    }
    let charter = match base.map(|b| &b.charter) {
        _ if upstream.charter == ours.charter => upstream.charter.clone(),
        Some(b) if *b == upstream.charter => ours.charter.clone(),
        Some(b) if *b == ours.charter => upstream.charter.clone(),
        _ => {
            unmerged.push("charter".to_string());
            upstream.charter.clone()
        }
    };
    if !unmerged.is_empty() {
        return Err(unmerged);
    }
    Ok(Network {
        version: upstream.version.max(ours.version),
        name: upstream.name.clone(),
        participants,
        charter,
    })
}

fn names(members: &[Participant]) -> Vec<String> {
    members
        .iter()
        .map(|p| crate::names::fold(&p.name))
        .collect()
}

fn find<'a>(members: &'a [Participant], name: &str) -> Option<&'a Participant> {
    members.iter().find(|p| same(&p.name, name))
}

fn same_order(a: &Network, b: &Network) -> bool {
    names(&a.participants) == names(&b.participants)
}

/// Both sides only added members at the end (or removed some): the order
/// of those both kept is still the base's.
fn reordered_only_by_adding(base: &[Participant], upstream: &Network, ours: &Network) -> bool {
    let kept = |side: &Network| -> Vec<String> {
        names(&side.participants)
            .into_iter()
            .filter(|n| base.iter().any(|b| crate::names::fold(&b.name) == *n))
            .collect()
    };
    let base_order: Vec<String> = names(base);
    let in_base_order = |kept: Vec<String>| {
        let mut at = base_order.iter();
        kept.iter().all(|n| at.any(|b| b == n))
    };
    in_base_order(kept(upstream)) && in_base_order(kept(ours))
}

/// One member in both copies: the side that changed it wins; leave
/// periods of both are kept; initials changed differently on both sides
/// cannot be merged (none).
fn member(
    base: Option<&Participant>,
    lead: &Participant,
    other: &Participant,
) -> Option<Participant> {
    if lead == other {
        return Some(lead.clone());
    }
    match base {
        Some(b) if b == lead => return Some(other.clone()),
        Some(b) if b == other => return Some(lead.clone()),
        _ => {}
    }
    let initials = match (&lead.initials, &other.initials) {
        (a, b) if a == b => a.clone(),
        (a, b) => match base.map(|b| &b.initials) {
            Some(was) if was == a => b.clone(),
            Some(was) if was == b => a.clone(),
            _ => return None,
        },
    };
    let mut leave = lead.leave.clone();
    for l in &other.leave {
        if !leave.contains(l) {
            leave.push(l.clone());
        }
    }
    leave.sort_by_key(|l| (l.from, l.to));
    Some(Participant {
        name: lead.name.clone(),
        initials,
        leave,
    })
}

#[cfg(test)]
#[path = "network_merge_tests.rs"]
mod tests;
