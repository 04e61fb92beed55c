//! The session's rules, driven by messages and a fake clock.

use super::*;
use crate::clock::{Clock, FakeClock};
use crate::model::network::Network;
use crate::model::plan::{Discipline, Phase, PhaseItem, Plan, Role, Step, StepKind, TurnOrder};
use crate::model::record::Roles;
use crate::text::Text;

pub(super) fn step(title: &str, kind: StepKind) -> Step {
    Step {
        title: Text::from(title),
        kind,
        guidance: Text::Empty,
        prompts: Vec::new(),
        notes: Vec::new(),
        private: false,
        purpose: None,
        roles: Default::default(),
        gives_time: None,
    }
}

pub(super) fn phase(
    title: &str,
    minutes: Option<f64>,
    per_person: Option<f64>,
    among: &[Role],
) -> Phase {
    Phase {
        title: Text::from(title),
        minutes,
        per_person,
        round_among: among.to_vec(),
        speaks: Vec::new(),
        silent: Vec::new(),
        team_includes: Vec::new(),
        discipline: Some(Discipline::QuestionsOnly),
        guidance: Text::Empty,
        prompts: Vec::new(),
    }
}

pub(crate) fn test_plan() -> Plan {
    Plan {
        version: 1,
        id: "test".into(),
        title: Text::from("Test"),
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
            step("Theme", StepKind::Block { minutes: 10.0 }),
            step(
                "Supervision",
                StepKind::Supervision {
                    phases: vec![
                        PhaseItem::Phase(Box::new(phase("Case", Some(5.0), None, &[]))),
                        PhaseItem::Phase(Box::new(phase(
                            "Questions",
                            None,
                            Some(1.0),
                            &[Role::Team],
                        ))),
                    ],
                },
            ),
            step(
                "Check-out",
                StepKind::Round {
                    per_person: 2.0,
                    framing: 0.0,
                    close: 1.0,
                    order: TurnOrder::FacilitatorFirst,
                    pass_allowed: true,
                },
            ),
        ],
    }
}

pub(super) fn start(names: &[&str]) -> (Session, FakeClock) {
    let clock = FakeClock::default();
    let new = NewSession::with_everyone(test_plan(), Network::new("Test", names));
    (Session::start(new, &clock), clock)
}

pub(super) fn four() -> (Session, FakeClock) {
    start(&["Anne", "Bo", "Carla", "Dorte"])
}

#[test]
fn round_length_follows_attendance() {
    let (mut s, clock) = four();
    // framing 1 + 4 × 1 minute
    assert_eq!(s.step_planned_secs(0), 5 * 60);
    s.update(Msg::ArriveLate("Erik".into()), &clock);
    assert_eq!(s.step_planned_secs(0), 6 * 60);
    s.update(Msg::Leave("Bo".into()), &clock);
    s.update(Msg::Leave("Carla".into()), &clock);
    assert_eq!(s.step_planned_secs(0), 4 * 60);
    // check-out: 3 × 2 + close 1
    assert_eq!(s.step_planned_secs(3), 7 * 60);
}

#[test]
fn next_speaker_walks_the_roster_and_logs_airtime() {
    let (mut s, clock) = four();
    assert_eq!(s.speaker(), None, "the round opens with framing");
    assert_eq!(s.up_next(), Some("Anne"));
    s.update(Msg::NextSpeaker, &clock);
    assert_eq!(s.speaker(), Some("Anne"));
    clock.advance_secs(50);
    s.update(Msg::NextSpeaker, &clock);
    assert_eq!(s.speaker(), Some("Bo"));
    assert_eq!(s.up_next(), Some("Carla"));
    let anne = &s.record().steps[0].turns[0];
    assert_eq!((anne.participant.as_str(), anne.spoken_secs), ("Anne", 50));
    assert_eq!(anne.planned_secs, 60);
}

#[test]
fn pass_moves_to_the_end_and_second_pass_skips() {
    let (mut s, clock) = four();
    s.update(Msg::NextSpeaker, &clock);
    s.update(Msg::Pass, &clock);
    assert_eq!(s.speaker(), Some("Bo"));
    assert_eq!(s.queue(), ["Bo", "Carla", "Dorte", "Anne"]);
    assert_eq!(s.passed(), ["Anne"]);
    for _ in 0..3 {
        s.update(Msg::NextSpeaker, &clock);
    }
    assert_eq!(s.speaker(), Some("Anne"));
    s.update(Msg::Pass, &clock);
    assert_eq!(s.speaker(), None, "Anne is skipped and the round closes");
    assert!(s.queue().is_empty());
    assert_eq!(s.skipped(), ["Anne"]);
    let anne = s.record().steps[0]
        .turns
        .iter()
        .find(|t| t.participant == "Anne")
        .unwrap();
    assert_eq!((anne.passes, anne.skipped), (2, true));
}

#[test]
fn next_and_previous_step_keep_the_times() {
    let (mut s, clock) = four();
    clock.advance_secs(90);
    s.update(Msg::NextStep, &clock);
    assert_eq!(s.step_index(), 1);
    assert!(s.step_done(0));
    assert_eq!(s.record().steps[0].actual_secs, 90);
    clock.advance_secs(20);
    s.update(Msg::PrevStep, &clock);
    assert_eq!(s.step_index(), 0);
    assert_eq!(s.record().steps[1].actual_secs, 20);
    clock.advance_secs(5);
    assert_eq!(s.step_actual_secs(0, clock.now()), 95, "the step runs on");
    assert_eq!(
        s.update(Msg::PrevStep, &clock),
        vec![],
        "nothing before the first"
    );
}

#[test]
fn last_step_asks_before_finishing() {
    let (mut s, clock) = four();
    for _ in 0..4 {
        s.update(Msg::NextStep, &clock);
    }
    assert_eq!(s.step_index(), 3);
    assert_eq!(s.update(Msg::NextStep, &clock), vec![Effect::AtLastStep]);
    let effects = s.update(Msg::Finish, &clock);
    assert!(effects.contains(&Effect::Finished) && effects.contains(&Effect::Save));
    assert!(s.record().is_finished());
}

#[test]
fn late_arrival_joins_the_round_in_progress() {
    let (mut s, clock) = four();
    s.update(Msg::NextSpeaker, &clock);
    s.update(Msg::ArriveLate("Erik".into()), &clock);
    assert_eq!(s.queue(), ["Anne", "Bo", "Carla", "Dorte", "Erik"]);
    assert_eq!(
        s.record().attendance[4].presence,
        crate::model::record::Presence::Late
    );
    // someone leaving while they speak hands the turn on
    s.update(Msg::Leave("Anne".into()), &clock);
    assert_eq!(s.speaker(), Some("Bo"));
    assert_eq!(
        s.update(Msg::ArriveLate("Bo".into()), &clock),
        vec![],
        "already here"
    );
}

#[test]
fn supervision_runs_phases_with_roles() {
    let clock = FakeClock::default();
    let mut new = NewSession::with_everyone(
        test_plan(),
        Network::new("T", &["Anne", "Bo", "Carla", "Dorte"]),
    );
    new.roles = Roles {
        facilitator: Some("Anne".into()),
        case_givers: vec!["Carla".into()],
        ..Roles::default()
    };
    let mut s = Session::start(new, &clock);
    s.update(Msg::NextStep, &clock);
    s.update(Msg::NextStep, &clock);
    let roles = s.supervision_roles().unwrap();
    assert_eq!(roles.case_giver.as_deref(), Some("Carla"));
    assert_eq!(roles.team, ["Anne", "Bo", "Dorte"]);
    assert_eq!(s.phase_countdown(clock.now()).unwrap().target_secs, 300);
    assert!(!s.has_turns());
    s.update(Msg::NextStep, &clock);
    assert_eq!(s.phase_index(), 1, "→ moves to the next phase first");
    assert!(s.has_turns());
    assert_eq!(s.queue(), ["Anne", "Bo", "Dorte"]);
    s.update(Msg::NextSpeaker, &clock);
    clock.advance_secs(40);
    s.update(Msg::NextSpeaker, &clock);
    let t = &s.record().steps[2].turns[0];
    assert_eq!(
        (t.participant.as_str(), t.phase, t.spoken_secs),
        ("Anne", Some(1), 40)
    );
    s.update(Msg::PrevStep, &clock);
    assert_eq!((s.step_index(), s.phase_index()), (2, 0));
}

#[test]
fn facilitator_speaks_first_when_the_plan_says_so() {
    let clock = FakeClock::default();
    let mut new =
        NewSession::with_everyone(test_plan(), Network::new("T", &["Anne", "Bo", "Carla"]));
    new.roles.facilitator = Some("Carla".into());
    let mut s = Session::start(new, &clock);
    for _ in 0..4 {
        s.update(Msg::NextStep, &clock);
    }
    assert_eq!(s.queue(), ["Carla", "Anne", "Bo"]);
}

#[test]
fn notes_carry_step_speaker_and_owner() {
    let (mut s, clock) = four();
    s.update(Msg::NextSpeaker, &clock);
    let names = s.record().present();
    let text = "Send the agenda @bo by Friday";
    s.update(
        Msg::AddNote(NewNote {
            kind: crate::model::plan::NoteKind::Action,
            text: text.into(),
            private: false,
            owner: owner_from_text(text, &names),
            due: chrono::NaiveDate::from_ymd_opt(2026, 12, 15),
            about: crate::engine::About::Speaker,
        }),
        &clock,
    );
    let note = &s.record().notes[0];
    assert_eq!(note.owner.as_deref(), Some("Bo"));
    assert_eq!(note.due, chrono::NaiveDate::from_ymd_opt(2026, 12, 15));
    // An action is the group's, not the speaker's: it has an owner.
    assert_eq!(note.participant, None);
    assert_eq!(note.status, Some(crate::model::record::ActionStatus::Open));
    let empty = NewNote {
        kind: crate::model::plan::NoteKind::Note,
        text: "  ".into(),
        private: false,
        owner: None,
        due: None,
        about: crate::engine::About::Speaker,
    };
    assert_eq!(s.update(Msg::AddNote(empty), &clock), vec![]);
    for kind in crate::model::plan::NoteKind::ALL {
        let note = NewNote {
            kind,
            text: format!("{kind:?} during Anne's turn"),
            private: false,
            owner: None,
            due: None,
            about: crate::engine::About::Speaker,
        };
        s.update(Msg::AddNote(note), &clock);
    }
    let by_kind: Vec<_> = s.record().notes[1..]
        .iter()
        .map(|n| (n.kind, n.participant.as_deref()))
        .collect();
    use crate::model::plan::NoteKind::*;
    assert_eq!(
        by_kind,
        vec![
            (Note, Some("Anne")),
            (Decision, None),
            (Action, None),
            (Learning, Some("Anne")),
            (Parked, Some("Anne")),
        ]
    );
}
