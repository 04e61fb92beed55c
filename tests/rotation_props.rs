//! Property tests of the case rotation: over random years of meetings with
//! absences, leave, urgent bids, and meetings abandoned or discarded, the
//! suggestions stay fair wherever the rules allow, and never pick someone
//! who cannot take the case.
// A test stops on a failed set-up: it may unwrap.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use chrono::{Duration, NaiveDate};
use proptest::prelude::*;
use runde::model::Network;
use runde::model::PastMeeting;
use runde::model::network::Leave;
use runde::model::record::{Record, SessionStatus};
use runde::rotation::sample::{Meeting, left_unfinished, record};
use runde::rotation::{Day, History, Reason, agreement, suggest};

const MEMBERS: usize = 8;
const MEETINGS: usize = 20;

#[derive(Debug, Clone)]
struct Plan {
    /// Per meeting, per member: absent that day.
    absent: Vec<Vec<bool>>,
    /// Per meeting: who (if anyone) bids urgently.
    bids: Vec<Option<usize>>,
    /// Per member: leave from meeting `start` for `len` meetings.
    leave: Vec<Option<(usize, usize)>>,
    /// Per meeting: what became of it.
    fate: Vec<Fate>,
}

/// How a meeting ended.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Fate {
    Held,
    /// Quit at check-in and never finished.
    QuitEarly,
    /// Left unfinished after the case began.
    QuitAfterCase,
    /// Abandoned and discarded from the review.
    Discarded,
}

/// Held, or with odds `odds` quit early, discarded, or (`after_case`)
/// quit after the case began.
fn fate(odds: f64, after_case: bool) -> impl Strategy<Value = Fate> {
    let kinds = if after_case { 3 } else { 2 };
    (0.0..1.0f64, 0..kinds).prop_map(move |(x, which)| match (x < odds, which) {
        (false, _) => Fate::Held,
        (true, 0) => Fate::QuitEarly,
        (true, 1) => Fate::Discarded,
        (true, _) => Fate::QuitAfterCase,
    })
}

/// True with probability `p` (which may be 0).
fn chance(p: f64) -> impl Strategy<Value = bool> {
    (0.0..1.0f64).prop_map(move |x| x < p)
}

fn plan(
    absence: f64,
    bid: f64,
    leave: f64,
    (abandon, after_case): (f64, bool),
) -> impl Strategy<Value = Plan> {
    (
        prop::collection::vec(prop::collection::vec(chance(absence), MEMBERS), MEETINGS),
        prop::collection::vec(
            (chance(bid), 0..MEMBERS).prop_map(|(yes, i)| yes.then_some(i)),
            MEETINGS,
        ),
        prop::collection::vec(
            (chance(leave), 0..MEETINGS, 1..5usize).prop_map(|(yes, s, l)| yes.then_some((s, l))),
            MEMBERS,
        ),
        prop::collection::vec(fate(abandon, after_case), MEETINGS),
    )
        .prop_map(|(absent, bids, leave, fate)| Plan {
            absent,
            bids,
            leave,
            fate,
        })
}

fn date(k: usize) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 1, 12).unwrap() + Duration::weeks(4 * k as i64)
}

fn network(p: &Plan) -> Network {
    let mut n = Network::new(
        "Syd",
        &[
            "Anne", "Bo", "Carla", "Dorte", "Erik", "Fatima", "Gustav", "Helle",
        ],
    );
    for (member, leave) in p.leave.iter().enumerate() {
        if let Some((start, len)) = leave {
            n.participants[member].leave.push(Leave {
                from: date(*start) - Duration::days(3),
                to: date(start + len - 1) + Duration::days(3),
            });
        }
    }
    n
}

fn spread(history: &History) -> u32 {
    let regular: Vec<u32> = history
        .members
        .iter()
        .filter(|m| m.is_regular())
        .map(|m| m.cases)
        .collect();
    regular.iter().max().unwrap_or(&0) - regular.iter().min().unwrap_or(&0)
}

/// Runs the meetings taking every suggestion, checking the rules at each.
fn simulate(p: &Plan) -> Result<Vec<Record>, TestCaseError> {
    let n = network(p);
    let mut past: Vec<Record> = Vec::new();
    for k in 0..MEETINGS {
        let today = date(k);
        let present: Vec<String> = n
            .participants
            .iter()
            .enumerate()
            .filter(|(i, m)| !p.absent[k][*i] && !m.on_leave(today))
            .map(|(_, m)| m.name.clone())
            .collect();
        let bids: Vec<String> = p.bids[k]
            .iter()
            .map(|&i| n.participants[i].name.clone())
            .collect();
        let facts = PastMeeting::all(&past);
        let refs: Vec<&PastMeeting> = facts.iter().collect();
        let day = Day {
            present: Some(present.clone()),
            urgent_bids: bids.clone(),
            agreed: agreement(&refs).cloned(),
            ..Day::new(today)
        };
        let s = suggest(&n, &refs, &day);
        let fac = s.facilitator.as_ref().map(|f| f.name.clone());
        if let Some(f) = &fac {
            prop_assert!(present.contains(f), "facilitator {f} not here at {k}");
        }
        let mut m = Meeting {
            present: present.clone(),
            facilitator: fac.clone(),
            note_taker: s.note_taker.as_ref().map(|x| x.name.clone()),
            ..Meeting::default()
        };
        let eligible: Vec<&String> = present
            .iter()
            .filter(|x| Some(*x) != fac.as_ref())
            .collect();
        match &s.case_giver {
            None => prop_assert!(
                eligible.is_empty(),
                "nobody picked though {eligible:?} could"
            ),
            Some(cg) => {
                prop_assert!(present.contains(&cg.name), "{} is not here", cg.name);
                prop_assert!(Some(&cg.name) != fac.as_ref(), "{} facilitates", cg.name);
                let cases = |name: &str| s.history.member(name).map_or(0, |h| h.cases);
                let fewest = eligible.iter().map(|x| cases(x)).min().unwrap_or(0);
                let bidder_here = bids.iter().any(|b| eligible.contains(&b));
                if bidder_here {
                    prop_assert!(
                        matches!(cg.reason, Reason::UrgentBid(_)),
                        "urgent bid first"
                    );
                } else {
                    prop_assert_eq!(
                        cases(&cg.name),
                        fewest,
                        "{} has more than the fewest",
                        cg.name
                    );
                    // Where the rules allow it, a pick never widens the gap.
                    let before = spread(&s.history);
                    let min_regular = s
                        .history
                        .members
                        .iter()
                        .filter(|h| h.is_regular())
                        .map(|h| h.cases)
                        .min();
                    if min_regular == Some(fewest) {
                        let mut after = s.history.clone();
                        if let Some(h) = after.members.iter_mut().find(|h| h.name == cg.name) {
                            h.cases += 1;
                        }
                        prop_assert!(
                            spread(&after) <= before.max(1),
                            "gap widened at meeting {k}"
                        );
                    }
                }
                if let Some(nt) = &s.note_taker {
                    prop_assert!(
                        nt.name != cg.name,
                        "{} takes notes and brings the case",
                        nt.name
                    );
                }
                if let Some(r) = &s.reserve {
                    prop_assert!(
                        r.name != cg.name
                            && present.contains(&r.name)
                            && Some(&r.name) != fac.as_ref()
                    );
                }
                if let Some(i) = &s.interviewer {
                    prop_assert!(
                        i.name != cg.name
                            && present.contains(&i.name)
                            && Some(&i.name) != fac.as_ref()
                    );
                    m.interviewers = vec![i.name.clone()];
                }
                m.case_givers = vec![cg.name.clone()];
            }
        }
        let mut r = record(&n, today, &m);
        let mut with_today = past.clone();
        with_today.push(r.clone());
        let facts = PastMeeting::all(&with_today);
        let refs: Vec<&PastMeeting> = facts.iter().collect();
        r.next_meeting = Some(suggest(&n, &refs, &Day::new(date(k + 1))).as_next_meeting());
        let r = match p.fate[k] {
            Fate::Held => r,
            Fate::QuitEarly => left_unfinished(r, false),
            Fate::QuitAfterCase => left_unfinished(r, true),
            Fate::Discarded => Record {
                status: SessionStatus::Discarded,
                ..r
            },
        };
        past.push(r);
    }
    Ok(past)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(100))]

    #[test]
    fn absences_leave_bids_and_false_starts_never_break_the_rules(
        p in plan(0.15, 0.1, 0.2, (0.25, true))
    ) {
        simulate(&p)?;
    }

    #[test]
    fn with_everyone_there_the_gap_never_exceeds_one(p in plan(0.0, 0.0, 0.0, (0.0, false))) {
        let n = network(&p);
        let past = simulate(&p)?;
        for k in 1..=past.len() {
            let facts = PastMeeting::all(&past[..k]);
    let refs: Vec<&PastMeeting> = facts.iter().collect();
            prop_assert!(spread(&History::of(&n, &refs)) <= 1);
        }
    }

    /// Meetings quit at check-in or discarded change nothing: with everyone
    /// there, the gap still never exceeds one.
    #[test]
    fn false_starts_and_discarded_meetings_keep_the_gap_within_one(
        p in plan(0.0, 0.0, 0.0, (0.4, false))
    ) {
        let n = network(&p);
        let past = simulate(&p)?;
        for k in 1..=past.len() {
            let facts = PastMeeting::all(&past[..k]);
    let refs: Vec<&PastMeeting> = facts.iter().collect();
            let history = History::of(&n, &refs);
            prop_assert!(spread(&history) <= 1, "after meeting {k}: {history:?}");
            let held = past[..k].iter().filter(|r| r.status == SessionStatus::Finished).count();
            prop_assert_eq!(history.sessions, held);
            prop_assert_eq!(history.members.iter().map(|m| m.cases).sum::<u32>(), held as u32);
        }
    }

    /// A meeting quit after its case began spends that case turn, and only
    /// that: the facilitator's turn waits for a meeting that ends.
    #[test]
    fn a_case_counts_where_it_began(p in plan(0.0, 0.0, 0.0, (0.4, true))) {
        let n = network(&p);
        let past = simulate(&p)?;
        let facts = PastMeeting::all(&past);
    let refs: Vec<&PastMeeting> = facts.iter().collect();
        let history = History::of(&n, &refs);
        let counted = |f: &dyn Fn(Fate) -> bool| p.fate.iter().filter(|x| f(**x)).count();
        prop_assert_eq!(
            history.members.iter().map(|m| m.cases).sum::<u32>() as usize,
            counted(&|x| matches!(x, Fate::Held | Fate::QuitAfterCase))
        );
        prop_assert_eq!(
            history.members.iter().map(|m| m.facilitations).sum::<u32>() as usize,
            counted(&|x| x == Fate::Held)
        );
    }
}
