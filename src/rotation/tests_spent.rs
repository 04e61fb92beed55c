//! The timekeeper, turns spent only when used, discarded meetings, roles
//! chosen by hand, urgent bids that move nothing silently, and reasons that
//! stay true.

use super::sample::{Meeting, left_unfinished, record};
use super::tests::{case_giver, d, meeting, names, net, run, today};
use super::*;
use crate::model::record::{NextField, NextMeeting, Record, SessionStatus};
use crate::model::{Network, PastMeeting};
use crate::text::Lang;

fn name(s: &Option<Suggestion>) -> &str {
    s.as_ref().map_or("-", |x| x.name.as_str())
}

/// Everything the rotation suggests, by role, to compare two days.
fn picks(s: &Suggestions) -> Vec<String> {
    let mut out: Vec<String> = s
        .all()
        .map(|x| format!("{:?} {}", x.role, x.name))
        .collect();
    out.extend(s.case_queue.iter().map(|x| x.name.clone()));
    out
}

/// A meeting left unfinished: quit at check-in, or once its case began.
fn unfinished(at: chrono::NaiveDate, m: &Meeting, began: bool) -> Record {
    left_unfinished(record(&net(), at, m), began)
}

#[test]
fn the_timekeeper_stands_two_places_behind_the_facilitator() {
    let n = net();
    let past = [record(&n, d(9, 14), &meeting("Bo", &["Anne", "Bo"]))];
    let s = run(&n, &past, &Day::new(d(10, 12)));
    // Carla facilitates, Bo takes notes one behind, Anne (who interviews)
    // is two behind, so Erik keeps time three behind; Dorte brings the case.
    assert_eq!(case_giver(&s), "Dorte");
    assert_eq!(name(&s.interviewer), "Anne");
    assert_eq!(name(&s.facilitator), "Carla");
    assert_eq!(name(&s.note_taker), "Bo");
    let tk = s.timekeeper.as_ref().unwrap();
    assert_eq!(
        tk.line(d(10, 12), Lang::En),
        "Erik – three places behind the facilitator (Carla)"
    );
    // Six, and Anne has interviewed: Fie asks, Erik stands by, and Anne
    // keeps time two behind.
    let mut n = n;
    n.participants.push(crate::model::Participant::new("Fie"));
    let mut m = meeting("Bo", &["Anne", "Bo"]);
    m.interviewers = names(&["Anne"]);
    let past = [record(&n, d(9, 14), &m)];
    let s = run(&n, &past, &Day::new(d(10, 12)));
    assert_eq!(name(&s.interviewer), "Fie");
    let tk = s.timekeeper.as_ref().unwrap();
    assert_eq!(
        tk.line(d(10, 12), Lang::Da),
        "Anne – to pladser bag tovholderen (Carla)"
    );
    for other in [&s.facilitator, &s.note_taker, &s.case_giver] {
        assert_ne!(name(other), "Anne");
    }
}

#[test]
fn the_timekeeper_is_stored_and_counted_once_the_meeting_is_held() {
    let n = net();
    let m = Meeting {
        timekeeper: Some("Dorte".into()),
        ..meeting("Anne", &[])
    };
    let held = record(&n, d(9, 14), &m);
    let history = History::of(&n, &[&PastMeeting::of(&held)]);
    assert_eq!(history.member("Dorte").unwrap().timekeepings, 1);
    let mut roles = crate::model::record::Roles::default();
    session::fill_roles(&mut roles, &run(&n, &[held], &Day::new(d(10, 12))));
    assert!(roles.timekeeper.is_some());
}

#[test]
fn a_meeting_quit_at_check_in_changes_no_suggestion() {
    let n = net();
    let before = [record(&n, d(9, 14), &meeting("Anne", &["Bo"]))];
    let mut after = before.to_vec();
    let mut quit = meeting("Bo", &["Carla"]);
    quit.interviewers = names(&["Dorte"]);
    quit.note_taker = Some("Anne".into());
    quit.timekeeper = Some("Erik".into());
    after.push(unfinished(d(10, 12), &quit, false));
    let day = Day::new(d(10, 19));
    assert_eq!(
        picks(&run(&n, &before, &day)),
        picks(&run(&n, &after, &day))
    );
    let facts = PastMeeting::all(&after);
    let refs: Vec<&PastMeeting> = facts.iter().collect();
    assert_eq!(History::of(&n, &refs).sessions, 1);
}

#[test]
fn a_case_turn_is_spent_once_the_supervision_begins_the_rest_at_the_end() {
    let n = net();
    let mut m = meeting("Bo", &["Carla"]);
    m.interviewers = names(&["Dorte"]);
    let begun = unfinished(d(10, 12), &m, true);
    let begun_facts = PastMeeting::of(&begun);
    let spent = spent(&begun_facts);
    assert_eq!(
        (spent.case_givers, spent.interviewers),
        (vec!["Carla"], vec!["Dorte"])
    );
    assert!(!spent.held);
    let history = History::of(&n, &[&PastMeeting::of(&begun)]);
    let carla = history.member("Carla").unwrap();
    assert_eq!(carla.cases, 1);
    assert_eq!(history.member("Bo").unwrap().facilitations, 0);
    assert_eq!(history.member("Anne").unwrap().expected, 0, "no attendance");
    assert!(history.last_facilitator.is_none());
}

#[test]
fn a_discarded_meeting_counts_for_nothing() {
    let n = net();
    let before = [record(&n, d(9, 14), &meeting("Anne", &["Bo"]))];
    let mut after = before.to_vec();
    let mut discarded = record(&n, d(10, 12), &meeting("Bo", &["Carla"]));
    discarded.status = SessionStatus::Discarded;
    discarded.next_meeting = Some(NextMeeting {
        facilitator: Some("Erik".into()),
        ..NextMeeting::default()
    });
    after.push(discarded);
    let day = Day::new(d(11, 9));
    assert_eq!(
        picks(&run(&n, &before, &day)),
        picks(&run(&n, &after, &day))
    );
    let facts = PastMeeting::all(&after);
    let refs: Vec<&PastMeeting> = facts.iter().collect();
    assert!(agreement(&refs).is_none(), "its agreement neither");
    assert_eq!(
        History::of(&n, &refs),
        History::of(&n, &[&PastMeeting::of(&before[0])])
    );
}

#[test]
fn a_suggested_agreement_is_not_called_agreed() {
    let n = net();
    let mut last = record(&n, d(9, 14), &meeting("Anne", &[]));
    // The rotation's defaults were kept without the facilitator entering
    // them, except the case-giver, typed in by hand.
    let mut next = NextMeeting {
        facilitator: Some("Erik".into()),
        case_giver: Some("Dorte".into()),
        agreed: Some(Vec::new()),
        ..NextMeeting::default()
    };
    next.agree(NextField::CaseGiver);
    last.next_meeting = Some(next);
    let last_facts = PastMeeting::of(&last);
    let refs = [&last_facts];
    let day = Day {
        agreed: agreement(&refs).cloned(),
        ..Day::new(d(10, 12))
    };
    let s = run(&n, std::slice::from_ref(&last), &day);
    let fac = s.facilitator.as_ref().unwrap();
    assert_eq!(fac.name, "Bo", "the order, not the unconfirmed Erik");
    assert!(!fac.line(d(10, 12), Lang::En).contains("agreed"));
    let cg = s.case_giver.as_ref().unwrap();
    assert_eq!(cg.name, "Dorte");
    assert!(matches!(cg.reason, Reason::Agreed(_)));
    // An older record that did not tell the two apart: all agreed.
    let legacy = NextMeeting {
        facilitator: Some("Erik".into()),
        ..NextMeeting::default()
    };
    assert!(legacy.is_agreed(NextField::Facilitator));
}

#[test]
fn a_role_given_by_hand_is_that_persons_only_role() {
    let n = net();
    let plain = run(&n, &[], &today("Anne"));
    let iv = name(&plain.interviewer).to_string();
    // The suggested interviewer is made note-taker by hand: someone else asks.
    let day = Day {
        note_taker: Some(iv.clone()),
        ..today("Anne")
    };
    let s = run(&n, &[], &day);
    assert_eq!(name(&s.note_taker), iv);
    assert!(matches!(
        s.note_taker.as_ref().unwrap().reason,
        Reason::ChosenToday
    ));
    for other in [&s.interviewer, &s.timekeeper, &s.case_giver, &s.reserve] {
        assert_ne!(name(other), iv, "{s:?}");
    }
    // The same with the timekeeper's role.
    let day = Day {
        timekeeper: Some(iv.clone()),
        ..today("Anne")
    };
    let s = run(&n, &[], &day);
    assert_eq!(name(&s.timekeeper), iv);
    assert_ne!(name(&s.interviewer), iv);
    assert_ne!(name(&s.note_taker), iv);
}

#[test]
fn an_urgent_bid_moves_the_case_not_the_other_roles() {
    let mut n = net();
    n.participants.push(crate::model::Participant::new("Fie"));
    let past = [record(&n, d(9, 14), &meeting("Anne", &["Carla"]))];
    let calm = run(&n, &past, &today("Bo"));
    // Someone with no other role asks for an urgent case.
    let bidder = ["Anne", "Carla", "Dorte", "Erik", "Fie"]
        .into_iter()
        .find(|p| {
            [&calm.note_taker, &calm.interviewer, &calm.timekeeper]
                .iter()
                .all(|r| name(r) != *p)
                && *p != case_giver(&calm)
        })
        .unwrap();
    let day = Day {
        urgent_bids: names(&[bidder]),
        ..today("Bo")
    };
    let s = run(&n, &past, &day);
    assert_eq!(case_giver(&s), bidder);
    assert_eq!(name(&s.note_taker), name(&calm.note_taker));
    assert_eq!(name(&s.interviewer), name(&calm.interviewer));
    assert_eq!(name(&s.timekeeper), name(&calm.timekeeper));
    assert!(
        s.warnings
            .iter()
            .all(|w| !matches!(w, Warning::MovedForUrgent { .. }))
    );
    // The note-taker bids: the role moves, and a warning says so.
    let nt = name(&calm.note_taker).to_string();
    let day = Day {
        urgent_bids: vec![nt.clone()],
        ..today("Bo")
    };
    let s = run(&n, &past, &day);
    assert_eq!(case_giver(&s), nt);
    assert_ne!(name(&s.note_taker), nt);
    let moved = s
        .warnings
        .iter()
        .find(|w| matches!(w, Warning::MovedForUrgent { .. }))
        .expect("a warning");
    assert_eq!(
        moved.render(Lang::Da),
        format!(
            "Den akutte sag flytter rollen som referent: {} i stedet for {nt}",
            name(&s.note_taker)
        )
    );
}

#[test]
fn the_agreed_case_giver_behind_an_urgent_case_is_not_called_agreed_reserve() {
    let n = net();
    let mut last = record(&n, d(9, 14), &meeting("Carla", &[]));
    last.next_meeting = Some(NextMeeting {
        case_giver: Some("Bo".into()),
        reserve: Some("Erik".into()),
        ..NextMeeting::default()
    });
    let last_facts = PastMeeting::of(&last);
    let refs = [&last_facts];
    let day = Day {
        agreed: agreement(&refs).cloned(),
        urgent_bids: names(&["Anne"]),
        ..Day::new(d(10, 12))
    };
    let s = run(&n, std::slice::from_ref(&last), &day);
    let reserve = s.reserve.as_ref().unwrap();
    assert_eq!(reserve.name, "Bo");
    assert_eq!(
        reserve.line(d(10, 12), Lang::Da),
        "Bo – aftalt som fokusperson på sidste møde; den akutte sag går forud (ingen sag endnu)"
    );
}

#[test]
fn a_bid_from_someone_holding_the_frame_waits_and_says_so() {
    let n = net();
    let day = Day {
        urgent_bids: names(&["Bo"]),
        ..today("Bo")
    };
    let s = run(&n, &[], &day);
    assert_ne!(case_giver(&s), "Bo", "the facilitator brings no case");
    assert!(s.warnings.contains(&Warning::BidWaits("Bo".into())));
    assert_eq!(
        Warning::texts(&s.warnings, Lang::Da),
        ["Akut sag fra Bo venter: giv først rollen videre"]
    );
    // Handed on, the bid comes first.
    let day = Day {
        urgent_bids: names(&["Bo"]),
        ..today("Anne")
    };
    let s = run(&n, &[], &day);
    assert_eq!(case_giver(&s), "Bo");
    assert!(!s.warnings.contains(&Warning::BidWaits("Bo".into())));
}

/// The note-taker bids: the note-taking moves to the timekeeper of the
/// day, and the timekeeping on again; both moves are said, in one line.
#[test]
fn every_role_an_urgent_case_moves_is_said() {
    let n = Network::new(
        "Ledere",
        &[
            "Anna", "Bo", "Carl", "Dorte", "Erik", "Frida", "Gustav", "Hanne",
        ],
    );
    let calm = run(&n, &[], &today("Anna"));
    let nt = name(&calm.note_taker).to_string();
    let day = Day {
        urgent_bids: vec![nt.clone()],
        ..today("Anna")
    };
    let s = run(&n, &[], &day);
    assert_eq!(case_giver(&s), nt);
    let moved: Vec<RoleKind> = s
        .warnings
        .iter()
        .filter_map(|w| match w {
            Warning::MovedForUrgent { role, .. } => Some(*role),
            _ => None,
        })
        .collect();
    for (role, before, after) in [
        (RoleKind::NoteTaker, &calm.note_taker, &s.note_taker),
        (RoleKind::Timekeeper, &calm.timekeeper, &s.timekeeper),
        (RoleKind::Interviewer, &calm.interviewer, &s.interviewer),
    ] {
        assert_eq!(
            name(before) != name(after),
            moved.contains(&role),
            "{role:?}: {} then {}",
            name(before),
            name(after)
        );
    }
    assert!(moved.len() >= 2, "the note-taking and the time: {moved:?}");
    let texts = Warning::texts(&s.warnings, Lang::Da);
    let line = texts
        .iter()
        .find(|t| t.starts_with("Akut sag flytter: "))
        .unwrap();
    assert!(
        line.contains(&format!(
            "referent {} i stedet for {nt}",
            name(&s.note_taker)
        )),
        "{line}"
    );
    assert!(line.contains("tidtager "), "{line}");
}
