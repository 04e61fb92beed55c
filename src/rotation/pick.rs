//! How each role is picked from the roster and the history; `suggest`
//! puts them together.

use super::day::Day;
use super::history::{History, MemberHistory};
use super::reason::{CaseTally, Reason, RoleKind, TieBreak, Warning};
use super::suggest::Suggestion;
use crate::model::record::NextField;
use crate::names::same;
use chrono::NaiveDate;

fn tally(m: &MemberHistory) -> CaseTally {
    CaseTally {
        cases: m.cases,
        last: m.last_case,
    }
}

pub(super) fn member(history: &History, name: &str) -> MemberHistory {
    history
        .member(name)
        .cloned()
        .unwrap_or_else(|| MemberHistory {
            name: name.to_string(),
            ..MemberHistory::default()
        })
}

pub(super) fn next_facilitator(
    roster: &[&str],
    history: &History,
    is_available: &dyn Fn(&str) -> bool,
) -> Option<Suggestion> {
    if roster.is_empty() {
        return None;
    }
    let (start, after) = match &history.last_facilitator {
        None => (0, None),
        Some((last, order)) => match roster.iter().position(|r| same(r, last)) {
            Some(i) => (i + 1, Some(roster[i].to_string())),
            None => {
                // They have left the network: the next one still on the
                // roster in that session's order takes over.
                let j = order.iter().position(|o| same(o, last)).unwrap_or(0);
                let next = (1..=order.len())
                    .map(|k| &order[(j + k) % order.len()])
                    .find_map(|o| roster.iter().position(|r| same(r, o)));
                (next.unwrap_or(0), Some(last.clone()))
            }
        },
    };
    let mut skipped = Vec::new();
    for k in 0..roster.len() {
        let name = roster[(start + k) % roster.len()];
        if is_available(name) {
            return Some(Suggestion {
                role: RoleKind::Facilitator,
                name: name.to_string(),
                reason: Reason::NextInOrder { after, skipped },
            });
        }
        skipped.push(name.to_string());
    }
    None
}

/// Where the facilitator stands in the fixed order (a guest facilitator:
/// where the rotation's own pick stands).
fn place_of(roster: &[&str], history: &History, facilitator: &str) -> Option<usize> {
    roster
        .iter()
        .position(|r| same(r, facilitator))
        .or_else(|| {
            next_facilitator(roster, history, &|_| true)
                .and_then(|s| roster.iter().position(|r| same(r, &s.name)))
        })
}

pub(super) fn behind(
    roster: &[&str],
    history: &History,
    facilitator: Option<&str>,
    case_giver: Option<&str>,
    ok: NameTest,
) -> Option<Suggestion> {
    let fac = facilitator?;
    let n = roster.len();
    let at = place_of(roster, history, fac)?;
    let is_cg = |name: &str| case_giver.is_some_and(|c| same(c, name));
    let (places, first) = (1..n)
        .map(|k| (k, roster[(at + n - k) % n]))
        .find(|(_, name)| ok(name))?;
    if !is_cg(first) {
        return Some(Suggestion {
            role: RoleKind::NoteTaker,
            name: first.to_string(),
            reason: Reason::BehindFacilitator {
                facilitator: fac.to_string(),
                places,
            },
        });
    }
    // The one behind brings the case: whoever has taken notes least, and
    // longest ago, writes instead (else the same few would, every time the
    // case rotation runs one step behind the facilitator).
    let (name, m) = (1..n)
        .map(|k| roster[(at + n - k) % n])
        .filter(|name| ok(name) && !is_cg(name))
        .enumerate()
        .map(|(k, name)| (k, name, member(history, name)))
        .min_by_key(|(k, _, m)| (m.note_takings, m.last_note_taking, *k))
        .map(|(_, name, m)| (name, m))?;
    Some(Suggestion {
        role: RoleKind::NoteTaker,
        name: name.to_string(),
        reason: Reason::NoteTakings {
            count: m.note_takings,
            last: m.last_note_taking,
            case_giver: first.to_string(),
        },
    })
}

/// The timekeeper: two places behind the facilitator in the fixed order
/// (one behind the note-taker), the first there who may take it.
pub(super) fn timekeeper(
    roster: &[&str],
    history: &History,
    facilitator: Option<&str>,
    ok: NameTest,
) -> Option<Suggestion> {
    let fac = facilitator?;
    let n = roster.len();
    let at = place_of(roster, history, fac)?;
    let (places, name) = (2..n)
        .chain([1])
        .filter(|&k| k < n)
        .map(|k| (k, roster[(at + n - k) % n]))
        .find(|(_, name)| ok(name))?;
    Some(Suggestion {
        role: RoleKind::Timekeeper,
        name: name.to_string(),
        reason: Reason::BehindFacilitator {
            facilitator: fac.to_string(),
            places,
        },
    })
}

type CaseKey = (u32, Option<NaiveDate>, usize);
pub(super) type NameTest<'a> = &'a dyn Fn(&str) -> bool;

pub(super) fn case_queue(
    roster: &[&str],
    history: &History,
    day: &Day,
    (eligible, away): (NameTest, NameTest),
    warnings: &mut Vec<Warning>,
) -> Vec<Suggestion> {
    let key = |i: usize| -> CaseKey {
        let m = member(history, roster[i]);
        (m.cases, m.last_case, i)
    };
    let mut candidates: Vec<usize> = (0..roster.len()).filter(|&i| eligible(roster[i])).collect();
    candidates.sort_by_key(|&i| key(i));
    let mut queue: Vec<Suggestion> = Vec::new();
    let take = |i: usize, reason: Reason, queue: &mut Vec<Suggestion>| {
        queue.push(Suggestion {
            role: RoleKind::CaseGiver,
            name: roster[i].to_string(),
            reason,
        });
    };
    let mut rest: Vec<usize> = Vec::new();
    let bid = |i: usize| day.urgent_bids.iter().any(|b| same(b, roster[i]));
    for &i in candidates.iter().filter(|&&i| bid(i)) {
        take(
            i,
            Reason::UrgentBid(tally(&member(history, roster[i]))),
            &mut queue,
        );
    }
    // A bid from someone here who holds another role today (the frame, or
    // a role given by hand) waits until that role is handed on: said.
    for i in (0..roster.len()).filter(|&i| bid(i) && !eligible(roster[i]) && !away(roster[i])) {
        warnings.push(Warning::BidWaits(roster[i].to_string()));
    }
    let agreed_at = |pick: Option<&str>| pick.and_then(|n| roster.iter().position(|r| same(r, n)));
    let agreed = day.agreed.as_ref();
    let agreed_cg = agreed_at(agreed.and_then(|a| a.agreed_name(NextField::CaseGiver)));
    let agreed_reserve = agreed_at(agreed.and_then(|a| a.agreed_name(NextField::Reserve)));
    // An urgent case comes before the agreed one, which says so.
    let urgent_first = candidates.iter().any(|&i| bid(i));
    let mut front = None;
    if let Some(cg) = agreed_cg {
        if candidates.contains(&cg) {
            let tally = tally(&member(history, roster[cg]));
            let reason = match urgent_first {
                true => Reason::AgreedAfterUrgent(tally),
                false => Reason::Agreed(tally),
            };
            front = (!bid(cg)).then_some((cg, reason));
        } else if away(roster[cg]) {
            warnings.push(Warning::KeepsPlace(roster[cg].to_string()));
            if let Some(r) = agreed_reserve.filter(|r| candidates.contains(r) && !bid(*r)) {
                front = Some((
                    r,
                    Reason::AgreedReserve {
                        tally: tally(&member(history, roster[r])),
                        absent: roster[cg].to_string(),
                    },
                ));
            }
        }
    }
    // With the agreed case-giver here, the agreed reserve stands by.
    let second = match (&front, agreed_cg, agreed_reserve) {
        (Some((f, Reason::Agreed(_))), Some(cg), Some(r))
            if *f == cg && r != cg && candidates.contains(&r) && !bid(r) =>
        {
            Some((r, Reason::Agreed(tally(&member(history, roster[r])))))
        }
        _ => None,
    };
    let placed = [
        front.as_ref().map(|(i, _)| *i),
        second.as_ref().map(|(i, _)| *i),
    ];
    for (i, reason) in front.into_iter().chain(second) {
        take(i, reason, &mut queue);
    }
    for &i in &candidates {
        if !bid(i) && !placed.contains(&Some(i)) {
            rest.push(i);
        }
    }
    for (k, &i) in rest.iter().enumerate() {
        let (cases, last, _) = key(i);
        let decided_by = match rest.get(k + 1).map(|&j| key(j)) {
            Some((c, _, _)) if c != cases => TieBreak::FewestCases,
            Some((_, l, _)) if l != last => TieBreak::LongestSince,
            Some(_) => TieBreak::RosterOrder,
            None => TieBreak::FewestCases,
        };
        let m = member(history, roster[i]);
        take(
            i,
            Reason::Cases {
                tally: tally(&m),
                decided_by,
            },
            &mut queue,
        );
    }
    queue
}

pub(super) fn interviewer(
    roster: &[&str],
    history: &History,
    eligible: &dyn Fn(&str) -> bool,
) -> Option<Suggestion> {
    (0..roster.len())
        .filter(|&i| eligible(roster[i]))
        .min_by_key(|&i| {
            let m = member(history, roster[i]);
            (m.interviews, m.last_interview, i)
        })
        .map(|i| {
            let m = member(history, roster[i]);
            Suggestion {
                role: RoleKind::Interviewer,
                name: roster[i].to_string(),
                reason: Reason::Interviews {
                    count: m.interviews,
                    last: m.last_interview,
                },
            }
        })
}
