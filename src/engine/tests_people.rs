//! People in the room: the team leaves out the facilitator and the
//! note-taker, roles change hands mid-meeting and the phase follows, and a
//! meeting counts in the rotation only for what it spent.

use super::handover::{Clash, clash, roles_ahead, successor};
use super::tests::{phase, step};
use super::*;
use crate::clock::{Clock, FakeClock};
use crate::model::PastMeeting;
use crate::model::network::Network;
use crate::model::plan::{PhaseItem, Plan, Role, StepKind, TurnOrder};
use crate::model::record::{Record, Roles, SessionStatus};
use crate::model::role_kind::RoleKind;
use crate::rotation::{Day, Suggestions, suggest};
use crate::text::Text;

const EIGHT: [&str; 8] = [
    "Anne", "Bo", "Carla", "Dorte", "Erik", "Fatima", "Gustav", "Helle",
];

/// Check-in, then a reflecting-team supervision: the interview (15), the
/// team's round (1.5 each) and the case-giver's answer (5).
fn plan(team_includes: &[Role]) -> Plan {
    let mut interview = phase("Interview", Some(15.0), None, &[]);
    interview.speaks = vec![Role::Interviewer, Role::CaseGiver];
    interview.silent = vec![Role::Team];
    let mut reflect = phase("Team reflects", None, Some(1.5), &[Role::Team]);
    reflect.team_includes = team_includes.to_vec();
    let answer = phase("Answer", Some(5.0), None, &[]);
    Plan {
        version: 1,
        id: "people".into(),
        title: Text::from("People"),
        description: Text::Empty,
        prepare: Vec::new(),
        roles: Default::default(),
        length: None,
        steps: vec![
            step(
                "Check-in",
                StepKind::Round {
                    per_person: 1.0,
                    framing: 1.0,
                    close: 0.0,
                    order: TurnOrder::Roster,
                    pass_allowed: true,
                },
            ),
            step(
                "Supervision",
                StepKind::Supervision {
                    phases: [interview, reflect, answer]
                        .into_iter()
                        .map(|p| PhaseItem::Phase(Box::new(p)))
                        .collect(),
                },
            ),
            step("Check-out", StepKind::Block { minutes: 10.0 }),
        ],
    }
}

fn roles() -> Roles {
    Roles {
        facilitator: Some("Anne".into()),
        note_taker: Some("Bo".into()),
        timekeeper: Some("Carla".into()),
        case_givers: vec!["Dorte".into()],
        interviewers: vec!["Erik".into()],
        reserve: Some("Fatima".into()),
        ..Roles::default()
    }
}

fn start_with(names: &[&str], team_includes: &[Role]) -> (Session, FakeClock) {
    let clock = FakeClock::default();
    let mut new = NewSession::with_everyone(plan(team_includes), Network::new("Nord", names));
    new.roles = roles();
    (Session::start(new, &clock), clock)
}

fn hand(s: &mut Session, clock: &FakeClock, role: RoleKind, to: &str, why: &str) -> Vec<Effect> {
    s.update(
        Msg::HandOver {
            role,
            to: Some(to.into()),
            reason: why.into(),
        },
        clock,
    )
}

/// To phase `n` of the supervision (step 1).
fn to_phase(s: &mut Session, clock: &FakeClock, n: usize) {
    while (s.step_index(), s.phase_index()) != (1, n) {
        s.update(Msg::NextStep, clock);
    }
}

#[test]
fn the_team_leaves_out_the_facilitator_and_the_note_taker() {
    let (mut s, clock) = start_with(&EIGHT, &[]);
    to_phase(&mut s, &clock, 1);
    let roles = s.supervision_roles().unwrap();
    assert_eq!(roles.team, ["Carla", "Fatima", "Gustav", "Helle"]);
    assert!(roles.observers.is_empty());
    assert_eq!(s.queue(), ["Carla", "Fatima", "Gustav", "Helle"]);
    // 15 + 4 × 1.5 + 5 minutes.
    assert_eq!(s.step_planned_secs(1), (15 * 60) + (4 * 90) + (5 * 60));
    assert_eq!(s.phase_countdown(clock.now()).unwrap().target_secs, 4 * 90);
}

#[test]
fn a_plan_may_take_the_facilitator_into_a_phase_team() {
    let (mut s, clock) = start_with(&EIGHT, &[Role::Facilitator]);
    to_phase(&mut s, &clock, 1);
    assert_eq!(s.queue(), ["Anne", "Carla", "Fatima", "Gustav", "Helle"]);
    assert_eq!(s.phase_countdown(clock.now()).unwrap().target_secs, 5 * 90);
    // The interview's silent team is still the plain one.
    s.update(Msg::PrevStep, &clock);
    assert!(!s.supervision_roles().unwrap().team.contains(&"Anne".into()));
}

#[test]
fn past_six_in_the_team_the_rest_observe_and_a_small_group_joins_in() {
    let many: Vec<String> = (1..=12).map(|i| format!("P{i:02}")).collect();
    let refs: Vec<&str> = many.iter().map(String::as_str).collect();
    let clock = FakeClock::default();
    let new = NewSession::with_everyone(plan(&[]), Network::new("Stor", &refs));
    let mut s = Session::start(new, &clock);
    to_phase(&mut s, &clock, 1);
    let roles = s.supervision_roles().unwrap();
    assert_eq!((roles.team.len(), roles.observers.len()), (6, 4));
    assert_eq!(s.queue().len(), 6);
    // Five present: case-giver, interviewer, and a team of three that
    // needs the note-taker, then the facilitator.
    let (mut s, clock) = start_with(&EIGHT[..5], &[]);
    to_phase(&mut s, &clock, 1);
    assert_eq!(s.supervision_roles().unwrap().team, ["Anne", "Bo", "Carla"]);
}

#[test]
fn the_interviewer_leaves_mid_phase_and_the_team_round_follows() {
    let (mut s, clock) = start_with(&EIGHT, &[]);
    to_phase(&mut s, &clock, 0);
    assert_eq!(roles_ahead(s.record(), "Erik", 1), [RoleKind::Interviewer]);
    // Offered: the first with no role of the day (Gustav), never Erik.
    assert_eq!(
        successor(s.record(), RoleKind::Interviewer, "Erik", 1).as_deref(),
        Some("Gustav")
    );
    assert_eq!(
        successor(s.record(), RoleKind::CaseGiver, "Dorte", 1).as_deref(),
        Some("Fatima"),
        "the reserve"
    );
    clock.advance_secs(300);
    // Gustav takes over from Erik, who leaves.
    hand(
        &mut s,
        &clock,
        RoleKind::Interviewer,
        "Gustav",
        "Erik was called away",
    );
    s.update(Msg::Leave("Erik".into()), &clock);
    let roles = s.supervision_roles().unwrap();
    assert_eq!(roles.interviewer.as_deref(), Some("Gustav"));
    assert_eq!(roles.team, ["Carla", "Fatima", "Helle"]);
    // The team round is planned for three now: 15 + 3 × 1.5 + 5.
    assert_eq!(s.step_planned_secs(1), (15 * 60) + (3 * 90) + (5 * 60));
    let o = s.record().rotation_overrides.last().unwrap();
    assert_eq!(
        (o.role.as_str(), o.suggested.as_deref(), o.chosen.as_str()),
        ("interviewer", Some("Erik"), "Gustav")
    );
    assert_eq!(
        (o.reason.as_str(), o.step),
        ("Erik was called away", Some(1))
    );
    s.update(Msg::NextStep, &clock);
    assert_eq!(s.queue(), ["Carla", "Fatima", "Helle"]);
    // The minutes say who took over, when and why.
    let opts = |lang| crate::export::MinutesOptions {
        lang,
        include_private: false,
        pseudonymise: false,
    };
    let da = crate::export::minutes(s.record(), &[], &opts(crate::text::Lang::Da));
    assert!(
        da.contains("**Rolleskift:** kl. 09.05 Gustav i stedet for Erik som interviewer (Erik was called away)"),
        "{da}"
    );
    let en = crate::export::minutes(s.record(), &[], &opts(crate::text::Lang::En));
    assert!(
        en.contains("at 09:05 Gustav took over from Erik as interviewer"),
        "{en}"
    );
}

#[test]
fn a_team_member_leaving_mid_round_leaves_the_queue_and_the_plan() {
    let (mut s, clock) = start_with(&EIGHT, &[]);
    to_phase(&mut s, &clock, 1);
    s.update(Msg::NextSpeaker, &clock);
    clock.advance_secs(30);
    assert_eq!(s.speaker(), Some("Carla"));
    // Fatima is made interviewer while Carla speaks: out of the round.
    hand(&mut s, &clock, RoleKind::Interviewer, "Fatima", "swap");
    assert_eq!(s.queue(), ["Carla", "Gustav", "Helle", "Erik"]);
    assert_eq!(s.speaker(), Some("Carla"), "the speaker keeps the turn");
    // Carla, speaking, is made the interviewer (she keeps time too): her
    // turn ends and Gustav's begins.
    hand(&mut s, &clock, RoleKind::Interviewer, "Carla", "swap back");
    assert_eq!(s.speaker(), Some("Gustav"));
    assert_eq!(s.record().steps[1].turns[0].spoken_secs, 30);
    assert!(!s.queue().contains(&"Carla".to_string()));
    assert_eq!(s.phase_countdown(clock.now()).unwrap().target_secs, 4 * 90);
    // Someone arriving late joins the team round.
    s.update(Msg::ArriveLate("Ib".into()), &clock);
    assert_eq!(s.queue().last().map(String::as_str), Some("Ib"));
    assert_eq!(s.phase_countdown(clock.now()).unwrap().target_secs, 5 * 90);
}

#[test]
fn the_reserve_takes_the_case_and_clashes_are_refused() {
    let (mut s, clock) = start_with(&EIGHT, &[]);
    // Before the supervision: Dorte has to go; Fatima, the reserve, takes it.
    assert_eq!(
        clash(s.record(), RoleKind::CaseGiver, "Bo", 0),
        Some(Clash {
            holds: RoleKind::NoteTaker
        })
    );
    assert_eq!(hand(&mut s, &clock, RoleKind::CaseGiver, "Bo", "x"), vec![]);
    assert!(
        !hand(
            &mut s,
            &clock,
            RoleKind::CaseGiver,
            "Fatima",
            "Dorte is ill"
        )
        .is_empty()
    );
    s.update(Msg::Leave("Dorte".into()), &clock);
    assert_eq!(s.record().roles.case_givers, ["Fatima"]);
    assert_eq!(s.record().roles.reserve, None, "no longer standing by");
    let day: Vec<(RoleKind, String, bool)> = s
        .day_roles()
        .into_iter()
        .map(|h| (h.role, h.name, h.here))
        .collect();
    assert!(day.contains(&(RoleKind::CaseGiver, "Fatima".into(), true)));
    // Nobody can keep time in the facilitator's place; nobody at all can.
    assert_eq!(
        hand(&mut s, &clock, RoleKind::Timekeeper, "Anne", "x"),
        vec![]
    );
    let nobody = Msg::HandOver {
        role: RoleKind::Timekeeper,
        to: None,
        reason: "Carla went home".into(),
    };
    assert!(!s.update(nobody, &clock).is_empty());
    assert_eq!(s.record().roles.timekeeper, None);
    let nobody = Msg::HandOver {
        role: RoleKind::Facilitator,
        to: None,
        reason: String::new().into(),
    };
    assert!(
        s.update(nobody, &clock).is_empty(),
        "someone must facilitate"
    );
}

fn suggestions(network: &Network, past: &[Record]) -> Suggestions {
    let facts = PastMeeting::all(past);
    let refs: Vec<&PastMeeting> = facts.iter().collect();
    let day = Day {
        agreed: crate::rotation::agreement(&refs).cloned(),
        ..Day::new(chrono::NaiveDate::from_ymd_opt(2027, 1, 11).unwrap())
    };
    suggest(network, &refs, &day)
}

/// A whole meeting run through the engine, from the attendance to the end.
fn held(network: &Network, clock: &FakeClock, roles: Roles) -> Record {
    let mut new = NewSession::with_everyone(plan(&[]), network.clone());
    new.roles = roles;
    let mut s = Session::start(new, clock);
    while s.step_index() < 2 {
        clock.advance_secs(60);
        s.update(Msg::NextStep, clock);
    }
    s.update(Msg::Finish, clock);
    s.into_record()
}

#[test]
fn an_abandoned_meeting_leaves_every_suggestion_unchanged() {
    let network = Network::new("Nord", &EIGHT);
    let clock = FakeClock::default();
    let past = vec![held(&network, &clock, roles())];
    let before = suggestions(&network, &past);
    clock.advance_secs(28 * 24 * 3600);
    // The next meeting starts, runs five minutes of check-in and is quit.
    let mut new = NewSession::with_everyone(plan(&[]), network.clone());
    new.roles = Roles {
        facilitator: Some("Bo".into()),
        note_taker: Some("Anne".into()),
        timekeeper: Some("Helle".into()),
        case_givers: vec!["Carla".into()],
        interviewers: vec!["Gustav".into()],
        ..Roles::default()
    };
    let mut s = Session::start(new, &clock);
    s.update(Msg::NextSpeaker, &clock);
    clock.advance_secs(300);
    s.update(Msg::NextSpeaker, &clock);
    let quit = s.into_record();
    assert_eq!(quit.status, SessionStatus::InProgress);
    let after = suggestions(&network, &[past[0].clone(), quit]);
    assert_eq!(after.facilitator, before.facilitator);
    assert_eq!(after.note_taker, before.note_taker);
    assert_eq!(after.timekeeper, before.timekeeper);
    assert_eq!(after.case_giver, before.case_giver);
    assert_eq!(after.reserve, before.reserve);
    assert_eq!(after.interviewer, before.interviewer);
    assert_eq!(after.case_queue, before.case_queue);
    assert_eq!(after.history, before.history);
}

#[test]
fn a_discarded_meeting_counts_for_nothing() {
    let network = Network::new("Nord", &EIGHT);
    let clock = FakeClock::default();
    let first = held(&network, &clock, roles());
    let before = suggestions(&network, std::slice::from_ref(&first));
    clock.advance_secs(28 * 24 * 3600);
    let mut second = held(
        &network,
        &clock,
        Roles {
            facilitator: Some("Bo".into()),
            case_givers: vec!["Carla".into()],
            ..Roles::default()
        },
    );
    assert_ne!(
        suggestions(&network, &[first.clone(), second.clone()]),
        before
    );
    second.status = SessionStatus::Discarded;
    assert_eq!(suggestions(&network, &[first, second]), before);
}
