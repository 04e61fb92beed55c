//! Who should hold which role: the rules of METHODS.md, "Rotation across
//! meetings", applied to a network's history.

use super::day::Day;
use super::history::{History, MemberHistory};
use super::pick::{behind, case_queue, interviewer, next_facilitator, timekeeper};
use super::reason::{Reason, RoleKind, Warning};
use crate::model::Network;
use crate::model::PastMeeting;
use crate::model::record::{NextField, NextMeeting};
use crate::names::same;
use crate::text::Lang;
use chrono::NaiveDate;

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
    /// "Bo – 1 sag, senest 14. sep" / "Bo – 1 case, last on 14 Sep".
    pub fn line(&self, today: NaiveDate, lang: Lang) -> String {
        format!("{} – {}", self.name, self.reason.render(today, lang))
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Suggestions {
    pub date: NaiveDate,
    pub facilitator: Option<Suggestion>,
    pub note_taker: Option<Suggestion>,
    pub timekeeper: Option<Suggestion>,
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
            // Suggested, not agreed, until the facilitator enters them.
            agreed: Some(Vec::new()),
        }
    }

    pub fn all(&self) -> impl Iterator<Item = &Suggestion> {
        [
            &self.facilitator,
            &self.note_taker,
            &self.timekeeper,
            &self.case_giver,
            &self.reserve,
            &self.interviewer,
        ]
        .into_iter()
        .flatten()
    }
}

/// Suggestions for `day` from the network's past sessions.
///
/// An urgent bid moves the case and its reserve only: the other roles stay
/// with whom the rotation would have named without it, unless their
/// holder now brings the case, and then a warning says who takes over.
pub fn suggest(network: &Network, past: &[&PastMeeting], day: &Day) -> Suggestions {
    let history = History::of(network, past);
    let calm = (!day.urgent_bids.is_empty()).then(|| pick(network, &history, &day.calm(), None));
    let mut s = pick(network, &history, day, calm.as_ref());
    if let Some(w) = fairness(&history) {
        s.warnings.insert(0, w);
    }
    s.history = history;
    s
}

/// A role's pick: someone chosen by hand, else what the day before the
/// urgent bid had where that still holds, else the rule.
struct Keep<'c> {
    role: RoleKind,
    calm: Option<&'c Suggestion>,
    bidder: Option<&'c str>,
}

impl Keep<'_> {
    fn pick(
        &self,
        ok: &dyn Fn(&str) -> bool,
        rule: impl FnOnce() -> Option<Suggestion>,
        warnings: &mut Vec<Warning>,
    ) -> Option<Suggestion> {
        let Some(calm) = self.calm else {
            return rule();
        };
        if ok(&calm.name) {
            let mut kept = calm.clone();
            // A reason that named the case-giver before the bid is no
            // longer true: say why the role stays instead.
            if let (Reason::NoteTakings { .. }, Some(bidder)) = (&kept.reason, self.bidder) {
                kept.reason = Reason::Unchanged {
                    bidder: bidder.to_string(),
                };
            }
            return Some(kept);
        }
        let picked = rule();
        warnings.push(Warning::MovedForUrgent {
            role: self.role,
            from: calm.name.clone(),
            to: picked.as_ref().map(|p| p.name.clone()),
        });
        picked
    }
}

fn keep<'c>(role: RoleKind, calm: Option<&'c Suggestion>, bidder: Option<&'c str>) -> Keep<'c> {
    Keep { role, calm, bidder }
}

fn chosen_today(role: RoleKind, name: String) -> Suggestion {
    Suggestion {
        role,
        name,
        reason: Reason::ChosenToday,
    }
}

fn pick(
    network: &Network,
    history: &History,
    day: &Day,
    calm: Option<&Suggestions>,
) -> Suggestions {
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
    let agreed_if = |field: NextField| {
        agreed
            .and_then(|a| a.agreed_name(field))
            .filter(|n| is_available(n))
            .and_then(roster_name)
    };
    let by_hand = |name: &Option<String>| {
        name.as_deref()
            .filter(|n| is_available(n))
            .and_then(roster_name)
    };
    let (hand_nt, hand_iv, hand_tk) = (
        by_hand(&day.note_taker),
        by_hand(&day.interviewer),
        by_hand(&day.timekeeper),
    );
    let is = |who: &Option<String>, n: &str| who.as_deref().is_some_and(|w| same(w, n));

    let facilitator = match &day.facilitator {
        Some(name) => Some(Suggestion {
            role: RoleKind::Facilitator,
            name: roster_name(name).unwrap_or_else(|| name.trim().to_string()),
            reason: Reason::Today,
        }),
        None => match agreed_if(NextField::Facilitator) {
            Some(name) => Some(Suggestion {
                role: RoleKind::Facilitator,
                name,
                reason: Reason::AgreedRole,
            }),
            None => next_facilitator(&roster, history, &is_available),
        },
    };
    let fac_name = facilitator.as_ref().map(|s| s.name.clone());
    let not_fac = |name: &str| !is(&fac_name, name);

    let mut warnings = Vec::new();
    // Those given a role by hand neither bring the case nor stand by.
    let busy = |n: &str| is(&hand_nt, n) || is(&hand_iv, n) || is(&hand_tk, n);
    let eligible = |n: &str| is_available(n) && not_fac(n);
    let may_bring = |n: &str| eligible(n) && !busy(n);
    let away = |n: &str| unavailable.iter().any(|(u, _)| same(u, n));
    let case_queue = case_queue(&roster, history, day, (&may_bring, &away), &mut warnings);
    let chosen = day
        .case_giver
        .as_deref()
        .filter(|n| eligible(n))
        .and_then(roster_name);
    let mut queue_iter = case_queue
        .iter()
        .filter(|s| chosen.as_deref().is_none_or(|c| !same(c, &s.name)))
        .cloned();
    let case_giver = match chosen.clone() {
        Some(name) => Some(Suggestion {
            role: RoleKind::CaseGiver,
            name,
            reason: Reason::ChosenToday,
        }),
        None => queue_iter.next().map(|s| Suggestion {
            role: RoleKind::CaseGiver,
            ..s
        }),
    };
    let reserve = queue_iter.next().map(|s| Suggestion {
        role: RoleKind::Reserve,
        ..s
    });
    if case_giver.is_none() {
        warnings.push(Warning::NobodyEligible);
    }
    let cg_name = case_giver.as_ref().map(|s| s.name.clone());
    let not_cg = |n: &str| !is(&cg_name, n);
    let keep = |role, calm| keep(role, calm, cg_name.as_deref());
    let calm_of = |f: fn(&Suggestions) -> &Option<Suggestion>| calm.and_then(|c| f(c).as_ref());

    // The note-taker writes down the case-giver's question so they can
    // listen, so it is never the same person.
    let may_note = |n: &str| is_available(n) && not_fac(n) && !is(&hand_iv, n) && !is(&hand_tk, n);
    let note_taker = match hand_nt.clone() {
        Some(name) => Some(chosen_today(RoleKind::NoteTaker, name)),
        None => keep(RoleKind::NoteTaker, calm_of(|c| &c.note_taker)).pick(
            &|n| may_note(n) && not_cg(n),
            || match agreed_if(NextField::NoteTaker).filter(|n| may_note(n) && not_cg(n)) {
                Some(name) => Some(Suggestion {
                    role: RoleKind::NoteTaker,
                    name,
                    reason: Reason::AgreedRole,
                }),
                None => behind(
                    &roster,
                    history,
                    fac_name.as_deref(),
                    cg_name.as_deref(),
                    &may_note,
                ),
            },
            &mut warnings,
        ),
    };
    let nt_name = note_taker.as_ref().map(|s| s.name.clone());
    let not_nt = |n: &str| !is(&nt_name, n);
    // The interviewer asks while the note-taker writes: two people where
    // there are enough. Nor the reserve, who would have to bring the case
    // if the case-giver cannot, where someone else can ask.
    let rs_name = reserve.as_ref().map(|s| s.name.clone());
    let not_rs = |n: &str| !is(&rs_name, n);
    let may_ask = |n: &str| eligible(n) && not_cg(n) && !is(&hand_nt, n) && !is(&hand_tk, n);
    let interviewer = match hand_iv.clone() {
        Some(name) => Some(chosen_today(RoleKind::Interviewer, name)),
        None => keep(RoleKind::Interviewer, calm_of(|c| &c.interviewer)).pick(
            &|n| may_ask(n) && not_nt(n) && not_rs(n),
            || {
                interviewer(&roster, history, &|n| may_ask(n) && not_nt(n) && not_rs(n))
                    .or_else(|| interviewer(&roster, history, &|n| may_ask(n) && not_nt(n)))
                    .or_else(|| interviewer(&roster, history, &may_ask))
                    // A small group: someone with a role by hand asks too.
                    .or_else(|| interviewer(&roster, history, &|n| eligible(n) && not_cg(n)))
            },
            &mut warnings,
        ),
    };
    let iv_name = interviewer.as_ref().map(|s| s.name.clone());
    let not_iv = |n: &str| !is(&iv_name, n);
    // Nobody holds two of facilitator, note-taker and timekeeper, the
    // fixed order's three; the case-giver, who listens, and the
    // interviewer, who asks, keep time only where nobody else can.
    let may_time = |n: &str| is_available(n) && not_fac(n) && not_nt(n) && !is(&hand_iv, n);
    let timekeeper = match hand_tk.clone() {
        Some(name) => Some(chosen_today(RoleKind::Timekeeper, name)),
        None => keep(RoleKind::Timekeeper, calm_of(|c| &c.timekeeper)).pick(
            &|n| may_time(n) && not_cg(n) && not_iv(n),
            || {
                let fac = fac_name.as_deref();
                timekeeper(&roster, history, fac, &|n| {
                    may_time(n) && not_cg(n) && not_iv(n)
                })
                .or_else(|| timekeeper(&roster, history, fac, &|n| may_time(n) && not_cg(n)))
                .or_else(|| timekeeper(&roster, history, fac, &may_time))
                .or_else(|| {
                    let free = |n: &str| is_available(n) && not_fac(n) && not_nt(n);
                    timekeeper(&roster, history, fac, &free)
                })
            },
            &mut warnings,
        ),
    };

    Suggestions {
        date: day.date,
        facilitator,
        note_taker,
        timekeeper,
        case_giver,
        reserve,
        interviewer,
        case_queue,
        unavailable,
        warnings,
        history: History::default(),
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
