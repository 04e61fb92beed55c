//! Who should hold which role: the rules of METHODS.md, "Rotation across
//! meetings", applied to a network's history.

use super::history::{History, MemberHistory, same, session_date};
use super::reason::{CaseTally, Reason, RoleKind, TieBreak, Warning};
use crate::model::Network;
use crate::model::record::{NextMeeting, Record};
use crate::text::Lang;
use chrono::NaiveDate;

/// The session the suggestions are for.
#[derive(Debug, Clone, PartialEq)]
pub struct Day {
    pub date: NaiveDate,
    /// Who is here; `None` before attendance is taken (then everyone not on
    /// leave is expected).
    pub present: Option<Vec<String>>,
    /// Today's facilitator, when already settled.
    pub facilitator: Option<String>,
    /// Those who asked for an urgent case at the start.
    pub urgent_bids: Vec<String>,
    /// What the last meeting agreed for this one (its `next_meeting`).
    pub agreed: Option<NextMeeting>,
}

impl Day {
    /// A day with nothing known yet but its date.
    pub fn new(date: NaiveDate) -> Day {
        Day {
            date,
            present: None,
            facilitator: None,
            urgent_bids: Vec::new(),
            agreed: None,
        }
    }

    /// The day of a live session: its date, attendance (once taken),
    /// facilitator and urgent bids, with the last meeting's agreement.
    pub fn of_session(record: &Record, past: &[&Record]) -> Day {
        Day {
            date: session_date(record),
            present: (!record.attendance.is_empty()).then(|| record.present()),
            facilitator: record.roles.facilitator.clone(),
            urgent_bids: record.urgent_bids.clone(),
            agreed: agreement(past).cloned(),
        }
    }
}

/// The agreement for the next meeting made at the latest past session.
pub fn agreement<'a>(past: &[&'a Record]) -> Option<&'a NextMeeting> {
    past.iter()
        .max_by_key(|r| r.started)
        .and_then(|r| r.next_meeting.as_ref())
}

/// Why someone cannot take a role today.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Absence {
    OnLeave,
    Away,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Suggestion {
    pub role: RoleKind,
    pub name: String,
    pub reason: Reason,
}

impl Suggestion {
    /// "Bo — 1 sag, senest 14. sep" / "Bo — 1 case, last on 14 Sep".
    pub fn line(&self, today: NaiveDate, lang: Lang) -> String {
        format!("{} — {}", self.name, self.reason.render(today, lang))
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Suggestions {
    pub date: NaiveDate,
    pub facilitator: Option<Suggestion>,
    pub note_taker: Option<Suggestion>,
    pub case_giver: Option<Suggestion>,
    pub reserve: Option<Suggestion>,
    pub interviewer: Option<Suggestion>,
    /// Everyone who could take the case today, in the order they come.
    pub case_queue: Vec<Suggestion>,
    /// Members who cannot take a role today.
    pub unavailable: Vec<(String, Absence)>,
    pub warnings: Vec<Warning>,
    /// Each member's tally, roster order.
    pub history: History,
}

impl Suggestions {
    /// The suggestions as the defaults of a `next_meeting` agreement.
    pub fn as_next_meeting(&self) -> NextMeeting {
        let name = |s: &Option<Suggestion>| s.as_ref().map(|s| s.name.clone());
        NextMeeting {
            date: Some(self.date),
            host: None,
            facilitator: name(&self.facilitator),
            note_taker: name(&self.note_taker),
            case_giver: name(&self.case_giver),
            reserve: name(&self.reserve),
            theme: None,
        }
    }

    pub fn all(&self) -> impl Iterator<Item = &Suggestion> {
        [
            &self.facilitator,
            &self.note_taker,
            &self.case_giver,
            &self.reserve,
            &self.interviewer,
        ]
        .into_iter()
        .flatten()
    }
}

fn tally(m: &MemberHistory) -> CaseTally {
    CaseTally {
        cases: m.cases,
        last: m.last_case,
    }
}

/// Suggestions for `day` from the network's past sessions.
pub fn suggest(network: &Network, past: &[&Record], day: &Day) -> Suggestions {
    let history = History::of(network, past);
    let roster: Vec<&str> = network
        .participants
        .iter()
        .map(|p| p.name.as_str())
        .collect();
    let unavailable: Vec<(String, Absence)> = network
        .participants
        .iter()
        .filter_map(|p| {
            if p.on_leave(day.date) {
                Some((p.name.clone(), Absence::OnLeave))
            } else if day
                .present
                .as_ref()
                .is_some_and(|here| !here.iter().any(|h| same(h, &p.name)))
            {
                Some((p.name.clone(), Absence::Away))
            } else {
                None
            }
        })
        .collect();
    let is_available = |name: &str| {
        roster.iter().any(|r| same(r, name)) && !unavailable.iter().any(|(u, _)| same(u, name))
    };
    let roster_name = |name: &str| roster.iter().find(|r| same(r, name)).map(|r| r.to_string());
    let agreed = day.agreed.as_ref();
    let agreed_if = |pick: fn(&NextMeeting) -> &Option<String>| {
        agreed
            .and_then(|a| pick(a).as_deref())
            .filter(|n| is_available(n))
            .and_then(roster_name)
    };

    let facilitator = match &day.facilitator {
        Some(name) => Some(Suggestion {
            role: RoleKind::Facilitator,
            name: roster_name(name).unwrap_or_else(|| name.trim().to_string()),
            reason: Reason::Today,
        }),
        None => match agreed_if(|a| &a.facilitator) {
            Some(name) => Some(Suggestion {
                role: RoleKind::Facilitator,
                name,
                reason: Reason::AgreedRole,
            }),
            None => next_facilitator(&roster, &history, &is_available),
        },
    };
    let fac_name = facilitator.as_ref().map(|s| s.name.clone());
    let not_fac = |name: &str| fac_name.as_deref().is_none_or(|f| !same(f, name));

    let mut warnings = Vec::new();
    let eligible = |n: &str| is_available(n) && not_fac(n);
    let away = |n: &str| unavailable.iter().any(|(u, _)| same(u, n));
    let case_queue = case_queue(&roster, &history, day, (&eligible, &away), &mut warnings);
    let mut queue_iter = case_queue.iter().cloned();
    let case_giver = queue_iter.next().map(|s| Suggestion {
        role: RoleKind::CaseGiver,
        ..s
    });
    let reserve = queue_iter.next().map(|s| Suggestion {
        role: RoleKind::Reserve,
        ..s
    });
    if case_giver.is_none() {
        warnings.push(Warning::NobodyEligible);
    }
    let cg_name = case_giver.as_ref().map(|s| s.name.clone());
    let not_cg = |n: &str| cg_name.as_deref().is_none_or(|c| !same(c, n));
    // The note-taker writes down the case-giver's question so they can
    // listen, so it is never the same person.
    let note_taker = match agreed_if(|a| &a.note_taker).filter(|n| not_fac(n) && not_cg(n)) {
        Some(name) => Some(Suggestion {
            role: RoleKind::NoteTaker,
            name,
            reason: Reason::AgreedRole,
        }),
        None => behind(
            &roster,
            &history,
            fac_name.as_deref(),
            cg_name.as_deref(),
            &|n| is_available(n) && not_fac(n),
        ),
    };
    let nt_name = note_taker.as_ref().map(|s| s.name.clone());
    let not_nt = |n: &str| nt_name.as_deref().is_none_or(|c| !same(c, n));
    // The interviewer asks while the note-taker writes: two people where
    // there are enough.
    let interviewer = interviewer(&roster, &history, &|n| {
        eligible(n) && not_cg(n) && not_nt(n)
    })
    .or_else(|| interviewer(&roster, &history, &|n| eligible(n) && not_cg(n)));
    if let Some(w) = fairness(&history) {
        warnings.insert(0, w);
    }

    Suggestions {
        date: day.date,
        facilitator,
        note_taker,
        case_giver,
        reserve,
        interviewer,
        case_queue,
        unavailable,
        warnings,
        history,
    }
}

/// The warning when, among regular members, most minus fewest cases > 1.
pub fn fairness(history: &History) -> Option<Warning> {
    let regular: Vec<&MemberHistory> = history.members.iter().filter(|m| m.is_regular()).collect();
    let most = regular
        .iter()
        .copied()
        .reduce(|a, b| if b.cases > a.cases { b } else { a })?;
    let fewest = regular
        .iter()
        .copied()
        .reduce(|a, b| if b.cases < a.cases { b } else { a })?;
    (most.cases > fewest.cases + 1).then(|| Warning::Uneven {
        most: most.name.clone(),
        most_cases: most.cases,
        fewest: fewest.name.clone(),
        fewest_cases: fewest.cases,
    })
}

fn member(history: &History, name: &str) -> MemberHistory {
    history
        .member(name)
        .cloned()
        .unwrap_or_else(|| MemberHistory {
            name: name.to_string(),
            ..MemberHistory::default()
        })
}

fn next_facilitator(
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

fn behind(
    roster: &[&str],
    history: &History,
    facilitator: Option<&str>,
    case_giver: Option<&str>,
    ok: NameTest,
) -> Option<Suggestion> {
    let fac = facilitator?;
    let n = roster.len();
    let at = roster.iter().position(|r| same(r, fac)).or_else(|| {
        next_facilitator(roster, history, &|_| true)
            .and_then(|s| roster.iter().position(|r| same(r, &s.name)))
    })?;
    let is_cg = |name: &str| case_giver.is_some_and(|c| same(c, name));
    let first = (1..n)
        .map(|k| roster[(at + n - k) % n])
        .find(|name| ok(name))?;
    if !is_cg(first) {
        return Some(Suggestion {
            role: RoleKind::NoteTaker,
            name: first.to_string(),
            reason: Reason::BehindFacilitator {
                facilitator: fac.to_string(),
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

type CaseKey = (u32, Option<NaiveDate>, usize);
type NameTest<'a> = &'a dyn Fn(&str) -> bool;

fn case_queue(
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
    let agreed_at =
        |pick: Option<&String>| pick.and_then(|n| roster.iter().position(|r| same(r, n)));
    let agreed = day.agreed.as_ref();
    let agreed_cg = agreed_at(agreed.and_then(|a| a.case_giver.as_ref()));
    let agreed_reserve = agreed_at(agreed.and_then(|a| a.reserve.as_ref()));
    let mut front = None;
    if let Some(cg) = agreed_cg {
        if candidates.contains(&cg) {
            front = (!bid(cg)).then(|| (cg, Reason::Agreed(tally(&member(history, roster[cg])))));
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
    let front_at = front.as_ref().map(|(i, _)| *i);
    if let Some((i, reason)) = front {
        take(i, reason, &mut queue);
    }
    for &i in &candidates {
        if !bid(i) && front_at != Some(i) {
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

fn interviewer(
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
