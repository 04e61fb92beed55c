//! Facilitator, note-taker, interviewer, agreed roles, fairness and
//! overrides.

use super::sample::record;
use super::tests::{case_giver, d, meeting, names, net, run, today};
use super::*;
use crate::model::Network;
use crate::model::PastMeeting;
use crate::model::network::Leave;
use crate::model::record::{NextMeeting, Record};
use crate::text::Lang;

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
        "Dorte – har ikke været interviewer endnu"
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
        "Carla – næste i rækken efter Bo"
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
        "Dorte – next in the order after Bo; skips Carla"
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

/// The meeting of 14 Sep, facilitated by `fac`, that agreed `next`, and
/// the day of 12 Oct that starts from that agreement.
fn agreed_at_last_meeting(n: &Network, fac: &str, next: NextMeeting) -> ([Record; 1], Day) {
    let mut last = record(n, d(9, 14), &meeting(fac, &[]));
    last.next_meeting = Some(next.clone());
    let day = Day {
        agreed: Some(next),
        ..Day::new(d(10, 12))
    };
    ([last], day)
}

#[test]
fn agreed_roles_are_the_defaults() {
    let n = net();
    let next = NextMeeting {
        facilitator: Some("Erik".into()),
        note_taker: Some("Anne".into()),
        case_giver: Some("Bo".into()),
        ..NextMeeting::default()
    };
    let (past, day) = agreed_at_last_meeting(&n, "Bo", next);
    let facts = PastMeeting::all(&past);
    let refs: Vec<&PastMeeting> = facts.iter().collect();
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
        "Dorte – one place behind the facilitator (Erik)"
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
        "Erik – har ikke været referent endnu; Anne har sagen i dag"
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
    let facts = PastMeeting::all(&past);
    let refs: Vec<&PastMeeting> = facts.iter().collect();
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

#[test]
fn a_case_giver_chosen_by_hand_moves_the_others_around_them() {
    let n = net();
    let past = [record(&n, d(9, 14), &meeting("Anne", &[]))];
    let plain = run(&n, &past, &today("Bo"));
    let suggested = case_giver(&plain).to_string();
    // The facilitator gives the case to the suggested interviewer instead.
    let chosen = plain.interviewer.as_ref().unwrap().name.clone();
    assert_ne!(chosen, suggested);
    let day = Day {
        case_giver: Some(chosen.to_lowercase()),
        ..today("Bo")
    };
    let s = run(&n, &past, &day);
    let cg = s.case_giver.as_ref().unwrap();
    assert_eq!(
        (cg.name.as_str(), &cg.reason),
        (chosen.as_str(), &Reason::ChosenToday)
    );
    assert_eq!(
        cg.line(d(11, 23), Lang::En),
        format!("{chosen} – chosen by the facilitator today")
    );
    // The rotation's own first pick stands by as reserve.
    assert_eq!(s.reserve.as_ref().unwrap().name, suggested);
    let others = [&s.interviewer, &s.note_taker];
    for role in others.iter().filter_map(|r| r.as_ref()) {
        assert_ne!(role.name, chosen, "{role:?}");
    }
    assert_ne!(
        s.interviewer.as_ref().unwrap().name,
        suggested,
        "not the reserve"
    );
    // The facilitator can never be given the case, not even by hand.
    let s = run(
        &n,
        &past,
        &Day {
            case_giver: Some("Bo".into()),
            ..today("Bo")
        },
    );
    assert_ne!(case_giver(&s), "Bo");
}

#[test]
fn the_interviewer_is_not_the_reserve_where_someone_else_can_ask() {
    let n = net();
    let s = run(&n, &[], &today("Anne"));
    let (cg, rs) = (case_giver(&s), s.reserve.as_ref().unwrap().name.as_str());
    let iv = s.interviewer.as_ref().unwrap().name.as_str();
    assert!(iv != cg && iv != rs, "{cg} {rs} {iv}");
    // Four present: facilitator, case-giver, note-taker, reserve. The
    // reserve is the only one left to ask, and asks.
    let day = Day {
        present: Some(n.names().into_iter().take(4).collect()),
        ..today("Anne")
    };
    let s = run(&n, &[], &day);
    let rs = s.reserve.as_ref().unwrap().name.as_str();
    assert_eq!(s.interviewer.as_ref().unwrap().name, rs);
}

#[test]
fn the_agreed_reserve_stands_by_when_the_agreed_case_giver_is_here() {
    let n = net();
    let next = NextMeeting {
        case_giver: Some("Bo".into()),
        reserve: Some("Erik".into()),
        ..NextMeeting::default()
    };
    let (past, day) = agreed_at_last_meeting(&n, "Carla", next);
    let facts = PastMeeting::all(&past);
    let refs: Vec<&PastMeeting> = facts.iter().collect();
    let s = suggest(&n, &refs, &day);
    assert_eq!(case_giver(&s), "Bo");
    let reserve = s.reserve.as_ref().unwrap();
    assert_eq!(reserve.name, "Erik", "not the queue's Carla");
    assert!(matches!(reserve.reason, Reason::Agreed(_)));
    // An urgent bid still goes first; the agreed pair follow.
    let s = suggest(
        &n,
        &refs,
        &Day {
            urgent_bids: names(&["Anne"]),
            ..day
        },
    );
    assert_eq!(case_giver(&s), "Anne");
    assert_eq!(s.reserve.as_ref().unwrap().name, "Bo");
}
