//! Who should hold which role: the rules of METHODS.md, "Rotation across
//! meetings", applied to a network's history.

use super::history::{History, MemberHistory, same, session_date};
use super::pick::{behind, case_queue, interviewer, next_facilitator};
use super::reason::{Reason, RoleKind, Warning};
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
    /// Today's case-giver, when the facilitator has chosen one by hand.
    pub case_giver: Option<String>,
    /// Today's note-taker and interviewer chosen by hand: they neither
    /// bring the case nor stand by for it.
    pub busy: Vec<String>,
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
            case_giver: None,
            busy: Vec::new(),
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
            case_giver: None,
            busy: Vec::new(),
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
    let busy = |n: &str| day.busy.iter().any(|b| same(b, n));
    let eligible = |n: &str| is_available(n) && not_fac(n);
    // The case and its reserve: not those taking notes or interviewing.
    let may_bring = |n: &str| eligible(n) && !busy(n);
    let away = |n: &str| unavailable.iter().any(|(u, _)| same(u, n));
    let case_queue = case_queue(&roster, &history, day, (&may_bring, &away), &mut warnings);
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
    // there are enough. Nor the reserve, who would have to bring the case
    // if the case-giver cannot, where someone else can ask.
    let rs_name = reserve.as_ref().map(|s| s.name.clone());
    let not_rs = |n: &str| rs_name.as_deref().is_none_or(|c| !same(c, n));
    let interviewer = interviewer(&roster, &history, &|n| {
        eligible(n) && not_cg(n) && not_nt(n) && not_rs(n)
    })
    .or_else(|| {
        interviewer(&roster, &history, &|n| {
            eligible(n) && not_cg(n) && not_nt(n)
        })
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
