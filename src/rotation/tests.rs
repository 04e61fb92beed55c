//! The case-giver rules, one tie-break at a time; the helpers here serve
//! `tests_roles.rs` too.

use super::sample::{Meeting, record};
use super::*;
use crate::model::Network;
use crate::model::PastMeeting;
use crate::model::network::Leave;
use crate::model::record::{NextMeeting, Record};
use crate::text::Lang;
use chrono::NaiveDate;

pub(super) fn d(m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, m, day).unwrap()
}

pub(super) fn net() -> Network {
    Network::new("Nord", &["Anne", "Bo", "Carla", "Dorte", "Erik"])
}

pub(super) fn names(list: &[&str]) -> Vec<String> {
    list.iter().map(|s| s.to_string()).collect()
}

/// A meeting everyone came to, with `fac` facilitating and `cases` taken.
pub(super) fn meeting(fac: &str, cases: &[&str]) -> Meeting {
    Meeting {
        present: net().names(),
        facilitator: Some(fac.to_string()),
        case_givers: names(cases),
        ..Meeting::default()
    }
}

pub(super) fn run(network: &Network, past: &[Record], day: &Day) -> Suggestions {
    let facts = PastMeeting::all(past);
    let refs: Vec<&PastMeeting> = facts.iter().collect();
    suggest(network, &refs, day)
}

pub(super) fn today(fac: &str) -> Day {
    Day {
        facilitator: Some(fac.to_string()),
        ..Day::new(d(11, 23))
    }
}

pub(super) fn case_giver(s: &Suggestions) -> &str {
    s.case_giver
        .as_ref()
        .map(|c| c.name.as_str())
        .unwrap_or("-")
}

#[test]
fn fewest_cases_comes_first() {
    let n = net();
    let past = [record(&n, d(9, 14), &meeting("Erik", &["Anne"]))];
    let s = run(&n, &past, &today("Erik"));
    assert_eq!(case_giver(&s), "Bo");
    let reserve = s.reserve.as_ref().unwrap();
    assert_eq!(reserve.name, "Carla");
    assert_eq!(
        s.case_giver.as_ref().unwrap().reason,
        Reason::Cases {
            tally: CaseTally {
                cases: 0,
                last: None
            },
            decided_by: TieBreak::RosterOrder
        }
    );
}

#[test]
fn ties_on_cases_go_to_longest_since_the_last_case() {
    let n = net();
    let past = [
        record(&n, d(8, 10), &meeting("Anne", &["Carla", "Dorte", "Erik"])),
        record(&n, d(9, 14), &meeting("Carla", &["Bo"])),
    ];
    // Everyone but Anne has one case; Anne facilitates? No: Bo facilitates.
    let s = run(&n, &past, &today("Bo"));
    assert_eq!(case_giver(&s), "Anne", "no case yet beats everyone");
    let queue: Vec<&str> = s.case_queue.iter().map(|q| q.name.as_str()).collect();
    assert_eq!(queue, ["Anne", "Carla", "Dorte", "Erik"]);
    let past = [
        record(&n, d(8, 10), &meeting("Anne", &["Anne", "Dorte", "Erik"])),
        record(&n, d(9, 14), &meeting("Carla", &["Bo", "Carla"])),
        record(&n, d(10, 12), &meeting("Dorte", &["Anne"])),
    ];
    // Anne 2; Bo, Carla 1 on 14 Sep; Dorte, Erik 1 on 10 Aug.
    let s = run(&n, &past, &today("Bo"));
    assert_eq!(case_giver(&s), "Dorte");
    let cg = s.case_giver.as_ref().unwrap();
    assert_eq!(
        cg.line(d(11, 23), Lang::En),
        "Dorte – 1 case, last on 10 Aug, earliest in the order"
    );
    let reserve = s.reserve.as_ref().unwrap();
    assert_eq!(reserve.name, "Erik");
    assert_eq!(
        reserve.reason,
        Reason::Cases {
            tally: CaseTally {
                cases: 1,
                last: Some(d(8, 10))
            },
            decided_by: TieBreak::LongestSince,
        }
    );
    assert_eq!(
        reserve.line(d(11, 23), Lang::Da),
        "Erik – 1 sag, senest 10. aug"
    );
}

#[test]
fn roster_order_breaks_the_last_tie() {
    let n = net();
    let s = run(&n, &[], &today("Anne"));
    let queue: Vec<&str> = s.case_queue.iter().map(|q| q.name.as_str()).collect();
    assert_eq!(queue, ["Bo", "Carla", "Dorte", "Erik"]);
    assert_eq!(
        s.case_giver.as_ref().unwrap().line(d(11, 23), Lang::Da),
        "Bo – ingen sag endnu, står forrest i rækken"
    );
}

#[test]
fn an_urgent_bid_goes_first_even_with_more_cases() {
    let n = net();
    let past = [record(&n, d(9, 14), &meeting("Anne", &["Erik"]))];
    let day = Day {
        urgent_bids: names(&["Erik"]),
        ..today("Anne")
    };
    let s = run(&n, &past, &day);
    assert_eq!(case_giver(&s), "Erik");
    assert_eq!(
        s.case_giver.as_ref().unwrap().line(d(11, 23), Lang::En),
        "Erik – asked for an urgent case (1 case, last on 14 Sep)"
    );
    assert_eq!(s.reserve.as_ref().unwrap().name, "Bo");
}

#[test]
fn of_two_urgent_bids_the_one_with_fewer_cases_goes_first() {
    let n = net();
    let past = [record(&n, d(9, 14), &meeting("Anne", &["Carla"]))];
    let day = Day {
        urgent_bids: names(&["Carla", "Dorte"]),
        ..today("Anne")
    };
    let s = run(&n, &past, &day);
    assert_eq!(case_giver(&s), "Dorte");
    assert_eq!(s.reserve.as_ref().unwrap().name, "Carla");
}

#[test]
fn never_the_facilitator_of_the_day_even_with_an_urgent_bid() {
    let n = net();
    let day = Day {
        urgent_bids: names(&["Bo"]),
        ..today("Bo")
    };
    let s = run(&n, &[], &day);
    assert!(s.case_queue.iter().all(|q| q.name != "Bo"));
    assert_eq!(case_giver(&s), "Anne");
}

#[test]
fn leave_and_absence_exclude_and_the_absent_keep_their_place() {
    let mut n = net();
    n.participants[1].leave.push(Leave {
        from: d(11, 1),
        to: d(12, 31),
    });
    let day = Day {
        present: Some(names(&["Anne", "Bo", "Dorte", "Erik"])),
        ..today("Anne")
    };
    let s = run(&n, &[], &day);
    assert_eq!(case_giver(&s), "Dorte", "Bo on leave, Carla away");
    assert!(
        s.unavailable
            .contains(&("Bo".to_string(), Absence::OnLeave))
    );
    assert!(
        s.unavailable
            .contains(&("Carla".to_string(), Absence::Away))
    );
    // Carla comes next time and is first: nothing was counted against her.
    let past = [record(
        &n,
        d(11, 23),
        &Meeting {
            present: names(&["Anne", "Bo", "Dorte", "Erik"]),
            facilitator: Some("Anne".into()),
            case_givers: names(&["Dorte"]),
            ..Meeting::default()
        },
    )];
    let next = Day {
        facilitator: Some("Anne".into()),
        ..Day::new(d(12, 14))
    };
    let s = run(&n, &past, &next);
    assert_eq!(case_giver(&s), "Carla");
}

#[test]
fn the_agreed_case_giver_comes_first_and_keeps_their_place_when_away() {
    let n = net();
    let mut last = record(&n, d(10, 12), &meeting("Anne", &["Bo"]));
    last.next_meeting = Some(NextMeeting {
        case_giver: Some("Erik".into()),
        reserve: Some("Dorte".into()),
        ..NextMeeting::default()
    });
    let past = [last];
    let facts = PastMeeting::all(&past);
    let refs: Vec<&PastMeeting> = facts.iter().collect();
    let day = Day {
        agreed: agreement(&refs).cloned(),
        ..today("Bo")
    };
    let s = suggest(&n, &refs, &day);
    assert_eq!(case_giver(&s), "Erik");
    assert_eq!(
        s.case_giver.as_ref().unwrap().line(d(11, 23), Lang::Da),
        "Erik – aftalt på sidste møde (ingen sag endnu)"
    );
    let away = Day {
        present: Some(names(&["Anne", "Bo", "Carla", "Dorte"])),
        ..day
    };
    let s = suggest(&n, &refs, &away);
    assert_eq!(case_giver(&s), "Dorte", "the agreed reserve steps in");
    assert!(s.warnings.contains(&Warning::KeepsPlace("Erik".into())));
    assert_eq!(
        s.case_giver.as_ref().unwrap().line(d(11, 23), Lang::En),
        "Dorte – reserve from the last meeting; Erik is not here (no case yet)"
    );
}
