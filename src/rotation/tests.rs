//! The rotation rules, one tie-break at a time.

use super::sample::{Meeting, record};
use super::*;
use crate::model::Network;
use crate::model::network::Leave;
use crate::model::record::{NextMeeting, Record};
use crate::text::Lang;
use chrono::NaiveDate;

fn d(m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, m, day).unwrap()
}

fn net() -> Network {
    Network::new("Nord", &["Anne", "Bo", "Carla", "Dorte", "Erik"])
}

fn names(list: &[&str]) -> Vec<String> {
    list.iter().map(|s| s.to_string()).collect()
}

/// A meeting everyone came to, with `fac` facilitating and `cases` taken.
fn meeting(fac: &str, cases: &[&str]) -> Meeting {
    Meeting {
        present: net().names(),
        facilitator: Some(fac.to_string()),
        case_givers: names(cases),
        ..Meeting::default()
    }
}

fn run(network: &Network, past: &[Record], day: &Day) -> Suggestions {
    let refs: Vec<&Record> = past.iter().collect();
    suggest(network, &refs, day)
}

fn today(fac: &str) -> Day {
    Day {
        facilitator: Some(fac.to_string()),
        ..Day::new(d(11, 23))
    }
}

fn case_giver(s: &Suggestions) -> &str {
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
        "Dorte — 1 case, last on 10 Aug, earliest in the order"
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
        "Erik — 1 sag, senest 10. aug"
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
        "Bo — ingen sag endnu, står forrest i rækken"
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
        "Erik — asked for an urgent case (1 case, last on 14 Sep)"
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
    let refs: Vec<&Record> = past.iter().collect();
    let day = Day {
        agreed: agreement(&refs).cloned(),
        ..today("Bo")
    };
    let s = suggest(&n, &refs, &day);
    assert_eq!(case_giver(&s), "Erik");
    assert_eq!(
        s.case_giver.as_ref().unwrap().line(d(11, 23), Lang::Da),
        "Erik — aftalt på sidste møde (ingen sag endnu)"
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
        "Dorte — reserve from the last meeting; Erik is not here (no case yet)"
    );
}

#[test]
fn interviewer_is_someone_who_has_not_interviewed() {
    let n = net();
    let mut m = meeting("Anne", &["Bo"]);
    m.interviewers = names(&["Carla"]);
    let past = [record(&n, d(9, 14), &m)];
    let s = run(&n, &past, &today("Bo"));
    // Case-giver Anne (no case), so: not Bo (facilitating), not Anne, not
    // Carla (has interviewed) → Dorte.
    assert_eq!(case_giver(&s), "Anne");
    let i = s.interviewer.as_ref().unwrap();
    assert_eq!(i.name, "Dorte");
    assert_eq!(
        i.line(d(11, 23), Lang::Da),
        "Dorte — har ikke været interviewer endnu"
    );
}

#[test]
fn facilitator_follows_the_order_and_skips_who_is_away() {
    let mut n = net();
    let past = [record(&n, d(9, 14), &meeting("Bo", &[]))];
    let s = run(&n, &past, &Day::new(d(10, 12)));
    let f = s.facilitator.as_ref().unwrap();
    assert_eq!(f.name, "Carla");
    assert_eq!(
        f.line(d(10, 12), Lang::Da),
        "Carla — næste i rækken efter Bo"
    );
    let nt = s.note_taker.as_ref().unwrap();
    assert_eq!(nt.name, "Bo", "note-taker one place behind");
    n.participants[2].leave.push(Leave {
        from: d(10, 1),
        to: d(10, 31),
    });
    let s = run(&n, &past, &Day::new(d(10, 12)));
    let f = s.facilitator.as_ref().unwrap();
    assert_eq!(f.name, "Dorte");
    assert_eq!(
        f.line(d(10, 12), Lang::En),
        "Dorte — next in the order after Bo; skips Carla"
    );
    assert_eq!(s.note_taker.as_ref().unwrap().name, "Bo", "Carla on leave");
    // It wraps around, and the case-giver is never the facilitator.
    let past = [record(&n, d(9, 14), &meeting("Erik", &[]))];
    let s = run(&n, &past, &Day::new(d(10, 12)));
    assert_eq!(s.facilitator.as_ref().unwrap().name, "Anne");
    assert_eq!(s.note_taker.as_ref().unwrap().name, "Erik");
    assert_eq!(case_giver(&s), "Bo");
}

#[test]
fn a_removed_facilitator_passes_the_turn_on_in_the_old_order() {
    let old = net();
    let past = [record(&old, d(9, 14), &meeting("Carla", &[]))];
    let new = Network::new("Nord", &["Anne", "Bo", "Dorte", "Erik"]);
    let s = run(&new, &past, &Day::new(d(10, 12)));
    assert_eq!(s.facilitator.as_ref().unwrap().name, "Dorte");
    assert_eq!(s.history.former.len(), 1, "Carla's history stays");
}

#[test]
fn agreed_roles_are_the_defaults() {
    let n = net();
    let mut last = record(&n, d(9, 14), &meeting("Bo", &[]));
    last.next_meeting = Some(NextMeeting {
        facilitator: Some("Erik".into()),
        note_taker: Some("Anne".into()),
        case_giver: Some("Bo".into()),
        ..NextMeeting::default()
    });
    let past = [last];
    let refs: Vec<&Record> = past.iter().collect();
    let day = Day {
        agreed: agreement(&refs).cloned(),
        ..Day::new(d(10, 12))
    };
    let s = suggest(&n, &refs, &day);
    assert_eq!(s.facilitator.as_ref().unwrap().name, "Erik");
    assert_eq!(s.facilitator.as_ref().unwrap().reason, Reason::AgreedRole);
    assert_eq!(s.note_taker.as_ref().unwrap().name, "Anne");
    assert_eq!(s.as_next_meeting().facilitator.as_deref(), Some("Erik"));
    // An urgent bid from the agreed note-taker: someone else writes.
    let day = Day {
        urgent_bids: names(&["Anne"]),
        ..day
    };
    let s = suggest(&n, &refs, &day);
    assert_eq!(case_giver(&s), "Anne");
    let nt = s.note_taker.as_ref().unwrap();
    assert_eq!(nt.name, "Dorte");
    assert_eq!(
        nt.line(d(10, 12), Lang::En),
        "Dorte — one place behind the facilitator (Erik)"
    );
}

#[test]
fn the_note_taker_is_never_the_case_giver() {
    let n = net();
    let past = [record(&n, d(9, 14), &meeting("Anne", &["Anne"]))];
    // Bo facilitates; Anne has had a case, so Carla brings one and Anne,
    // one behind Bo, takes notes.
    let s = run(&n, &past, &Day::new(d(10, 12)));
    assert_eq!(s.facilitator.as_ref().unwrap().name, "Bo");
    assert_eq!(case_giver(&s), "Carla");
    assert_eq!(s.note_taker.as_ref().unwrap().name, "Anne");
    // With nobody having had a case, Anne (one behind Bo) brings it and
    // Erik, next behind, takes notes.
    let past = [record(&n, d(9, 14), &meeting("Anne", &[]))];
    let s = run(&n, &past, &Day::new(d(10, 12)));
    assert_eq!(case_giver(&s), "Anne");
    let nt = s.note_taker.as_ref().unwrap();
    assert_eq!(nt.name, "Erik");
    assert_eq!(
        nt.line(d(10, 12), Lang::Da),
        "Erik — har ikke været referent endnu; Anne har sagen i dag"
    );
    let i = s.interviewer.as_ref().unwrap();
    assert!(
        i.name != "Erik" && i.name != "Anne" && i.name != "Bo",
        "{}",
        i.name
    );
}

#[test]
fn warns_when_cases_are_uneven_among_regular_members() {
    let n = net();
    let past = [
        record(&n, d(8, 10), &meeting("Anne", &["Bo"])),
        record(&n, d(9, 14), &meeting("Anne", &["Bo"])),
    ];
    let s = run(&n, &past, &today("Anne"));
    assert_eq!(
        s.warnings[0].render(Lang::Da),
        "Skæv fordeling: Bo har haft 2 sager, Anne ingen endnu"
    );
    assert_eq!(
        s.warnings[0].render(Lang::En),
        "Uneven: Bo has had 2 cases, Anne none yet"
    );
    let past = [record(&n, d(8, 10), &meeting("Anne", &["Bo"]))];
    let s = run(&n, &past, &today("Anne"));
    assert!(s.warnings.is_empty(), "{:?}", s.warnings);
}

#[test]
fn an_irregular_member_does_not_count_for_fairness() {
    let n = net();
    let mut regulars = meeting("Anne", &["Bo"]);
    regulars.present = names(&["Anne", "Bo", "Carla", "Dorte"]);
    let mut second = meeting("Anne", &["Bo"]);
    second.present = regulars.present.clone();
    let past = [
        record(&n, d(8, 10), &regulars),
        record(&n, d(9, 14), &second),
    ];
    let refs: Vec<&Record> = past.iter().collect();
    let history = History::of(&n, &refs);
    assert!(!history.member("Erik").unwrap().is_regular());
    // Bo 2, Carla 0 among regulars: still uneven.
    assert!(fairness(&history).is_some());
}

#[test]
fn override_is_logged_with_its_reason() {
    let n = net();
    let mut r = record(&n, d(11, 23), &meeting("Anne", &[]));
    let at = r.started;
    assert!(!record_override(
        &mut r,
        RoleKind::CaseGiver,
        Some("Bo"),
        "bo",
        "same",
        at
    ));
    assert!(record_override(
        &mut r,
        RoleKind::CaseGiver,
        Some("Bo"),
        "Carla",
        " swap with Bo ",
        at
    ));
    let o = &r.rotation_overrides[0];
    assert_eq!(
        (o.role.as_str(), o.chosen.as_str(), o.reason.as_str()),
        ("case_giver", "Carla", "swap with Bo")
    );
    assert_eq!(o.suggested.as_deref(), Some("Bo"));
}
