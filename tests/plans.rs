//! The bundled plans: they parse, carry both languages everywhere, and
//! plan the time METHODS.md gives them.
// A test stops on a failed set-up: it may unwrap.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use runde::bundled::PLANS;
use runde::model::Plan;
use runde::model::plan::StepPurpose;
use runde::model::plan::{Discipline, Phase, PhaseItem, StepKind};
use runde::model::planning::{Headcount, plan_minutes};
use runde::model::timebox::fit_plan;
use runde::text::Text;

fn plans() -> Vec<Plan> {
    PLANS
        .iter()
        .map(|(id, src)| {
            ron::from_str::<Plan>(src).unwrap_or_else(|e| panic!("sessions/{id}.ron: {e}"))
        })
        .collect()
}

fn plan(id: &str) -> Plan {
    plans()
        .into_iter()
        .find(|p| p.id == id)
        .unwrap_or_else(|| panic!("no bundled plan {id}"))
}

#[test]
fn every_bundled_plan_parses_and_its_id_is_its_file_name() {
    for (id, src) in PLANS {
        let plan: Plan = ron::from_str(src).unwrap_or_else(|e| panic!("sessions/{id}.ron: {e}"));
        assert_eq!(plan.id, *id, "sessions/{id}.ron has id {}", plan.id);
    }
}

#[test]
fn bundled_ids_are_unique() {
    let mut ids: Vec<&str> = PLANS.iter().map(|(id, _)| *id).collect();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), PLANS.len());
}

fn texts_of_phase<'a>(phase: &'a Phase, out: &mut Vec<(String, &'a Text)>, at: &str) {
    let at = format!("{at} / phase {:?}", phase.title.get(runde::text::Lang::En));
    out.push((format!("{at} title"), &phase.title));
    out.push((format!("{at} guidance"), &phase.guidance));
    for p in &phase.prompts {
        out.push((format!("{at} prompt"), p));
    }
    if let Some(Discipline::Custom(t)) = &phase.discipline {
        out.push((format!("{at} discipline"), t));
    }
}

/// Every user-facing text of a plan, named by where it sits.
fn texts(plan: &Plan) -> Vec<(String, &Text)> {
    let mut out = vec![
        ("title".to_string(), &plan.title),
        ("description".to_string(), &plan.description),
    ];
    for (i, step) in plan.steps.iter().enumerate() {
        let at = format!("step {}", i + 1);
        out.push((format!("{at} title"), &step.title));
        out.push((format!("{at} guidance"), &step.guidance));
        for p in &step.prompts {
            out.push((format!("{at} prompt"), p));
        }
        if let StepKind::Supervision { phases } = &step.kind {
            for item in phases {
                match item {
                    PhaseItem::Phase(p) => texts_of_phase(p, &mut out, &at),
                    PhaseItem::Repeat { phases, .. } => {
                        for p in phases {
                            texts_of_phase(p, &mut out, &at);
                        }
                    }
                }
            }
        }
    }
    out
}

#[test]
fn every_text_has_danish_and_english() {
    for plan in plans() {
        for (at, text) in texts(&plan) {
            assert!(
                text.has_both_languages(),
                "{}: {at} lacks Danish or English: {text:?}",
                plan.id
            );
        }
    }
}

#[test]
fn every_step_guides_and_prompts_the_facilitator() {
    for plan in plans() {
        for step in &plan.steps {
            let title = step.title.get(runde::text::Lang::En);
            for lang in [runde::text::Lang::Da, runde::text::Lang::En] {
                let sentences = step.guidance.get(lang).matches(". ").count() + 1;
                assert!(
                    sentences <= 3,
                    "{}: {title}: guidance over three sentences in {lang:?}",
                    plan.id
                );
            }
            if !matches!(step.kind, StepKind::Break { .. }) {
                assert!(
                    (1..=3).contains(&step.prompts.len()),
                    "{}: {title}: {} prompts",
                    plan.id,
                    step.prompts.len()
                );
            }
        }
    }
}

#[test]
fn supervision_phases_have_roles_and_discipline() {
    for plan in plans() {
        for step in &plan.steps {
            if let StepKind::Supervision { phases } = &step.kind {
                assert!(
                    step.private,
                    "{}: supervision notes must be private",
                    plan.id
                );
                for phase in phases.iter().flat_map(|i| i.written()) {
                    let title = phase.title.get(runde::text::Lang::En);
                    assert!(
                        !phase.speaks.is_empty(),
                        "{}: {title}: nobody speaks",
                        plan.id
                    );
                    assert!(
                        phase.discipline.is_some(),
                        "{}: {title}: no discipline",
                        plan.id
                    );
                    for lang in [runde::text::Lang::Da, runde::text::Lang::En] {
                        let sentences = phase.guidance.get(lang).matches(". ").count() + 1;
                        assert!(
                            sentences <= 3,
                            "{}: {title}: long guidance in {lang:?}",
                            plan.id
                        );
                    }
                    assert!(
                        (1..=3).contains(&phase.prompts.len()),
                        "{}: {title}: {} prompts",
                        plan.id,
                        phase.prompts.len()
                    );
                }
            }
        }
    }
}

/// Every bundled plan with the length it states, in minutes: a meeting's
/// length for 8 present (with its buffer), a method's for up to 10.
const LENGTHS: [(&str, f64); 16] = [
    ("standard", 150.0),
    ("standard-90", 90.0),
    ("standard-troika", 180.0),
    ("startup", 180.0),
    ("evaluation", 150.0),
    ("vitalisation", 180.0),
    ("stress", 150.0),
    ("closing", 120.0),
    ("reflecting-team", 50.0),
    ("five-phase", 40.0),
    ("troika", 45.0),
    ("consultancy-protocol", 50.0),
    ("action-learning", 90.0),
    ("walk-and-talk", 40.0),
    ("feedback", 20.0),
    ("checkout", 12.0),
];

fn minutes(id: &str, present: usize) -> f64 {
    plan_minutes(&plan(id), Headcount::new(present))
}

#[test]
fn every_bundled_plan_states_its_length_and_plans_it_for_8() {
    let ids: Vec<&str> = PLANS.iter().map(|(id, _)| *id).collect();
    assert!(ids.len() >= 15, "{} bundled plans", ids.len());
    assert_eq!(ids.len(), LENGTHS.len());
    for (id, length) in LENGTHS {
        assert!(ids.contains(&id), "{id} is not bundled");
        let at_8 = minutes(id, 8);
        assert!(
            at_8 <= length && at_8 >= length - 10.0,
            "{id}: {at_8} minutes for 8; it states {length}"
        );
    }
}

#[test]
fn a_meeting_with_a_buffer_plans_its_length_exactly_for_8() {
    for (id, length) in LENGTHS {
        let has_buffer = plan(id)
            .steps
            .iter()
            .any(|s| s.title.get(runde::text::Lang::En) == "Buffer");
        if has_buffer {
            assert_eq!(minutes(id, 8), length, "{id}");
        }
    }
}

#[test]
fn every_meeting_plan_ends_with_agreements_and_next_meeting() {
    for id in [
        "standard",
        "standard-troika",
        "startup",
        "vitalisation",
        "action-learning",
    ] {
        let plan = plan(id);
        let step = plan
            .steps
            .iter()
            .find(|s| s.title.get(runde::text::Lang::Da) == "Aftaler og næste møde")
            .unwrap_or_else(|| panic!("{id}: no agreements step"));
        assert_eq!(
            step.title.get(runde::text::Lang::En),
            "Agreements and next meeting"
        );
        assert!(matches!(step.kind, StepKind::Block { .. }), "{id}");
        assert_eq!(
            &step.notes[..2],
            &[
                runde::model::NoteKind::Decision,
                runde::model::NoteKind::Action
            ],
            "{id}"
        );
    }
}

#[test]
fn the_standard_meeting_asks_for_agreements_and_next_meeting() {
    let plan = plan("standard");
    let step = plan
        .steps
        .iter()
        .find(|s| s.title.get(runde::text::Lang::En) == "Agreements and next meeting")
        .expect("an agreements step");
    assert_eq!(
        step.title.get(runde::text::Lang::Da),
        "Aftaler og næste møde"
    );
    assert!(matches!(step.kind, StepKind::Block { .. }));
    assert!(step.notes.contains(&runde::model::NoteKind::Decision));
    assert!(step.notes.contains(&runde::model::NoteKind::Action));
}

#[test]
fn every_plan_says_what_to_prepare_before_the_meeting() {
    for plan in plans() {
        assert!(!plan.prepare.is_empty(), "{}: nothing to prepare", plan.id);
        for item in &plan.prepare {
            assert!(item.has_both_languages(), "{}: {item:?}", plan.id);
        }
    }
    // A plan with a case asks for the case question 3–5 days ahead; the
    // start-up's volunteer brings a simple case on the day, and action
    // learning's presenters are chosen in its bidding round.
    for plan in plans() {
        let da = |t: &Text| t.get(runde::text::Lang::Da).to_string();
        let prepare: Vec<String> = plan.prepare.iter().map(da).collect();
        let on_the_day = ["startup", "action-learning"].contains(&plan.id.as_str());
        if !plan.case_steps().is_empty() && !on_the_day {
            assert!(
                prepare.iter().any(|t| t.contains("3–5 dage før mødet")),
                "{}: {prepare:?}",
                plan.id
            );
        }
        // And the room: where people sit or walk, what to write on.
        let room = ["lokale", "stole", "flipover", "rute", "papirbane"];
        assert!(
            prepare
                .iter()
                .any(|t| room.iter().any(|r| t.to_lowercase().contains(r))),
            "{}: nothing about the room: {prepare:?}",
            plan.id
        );
    }
}

#[test]
fn every_minute_per_person_is_whole_or_half() {
    let whole_or_half = |m: f64| (m * 2.0).fract() == 0.0;
    for plan in plans() {
        for step in &plan.steps {
            if let StepKind::Round {
                per_person,
                framing,
                close,
                ..
            } = &step.kind
            {
                assert!(whole_or_half(*per_person), "{}: {per_person}", plan.id);
                assert!(whole_or_half(framing + close), "{}", plan.id);
            }
            if let StepKind::Supervision { phases } = &step.kind {
                for phase in phases.iter().flat_map(|i| i.written()) {
                    for m in phase.per_person.iter().chain(phase.minutes.iter()) {
                        assert!(whole_or_half(*m), "{}: {m}", plan.id);
                    }
                }
            }
        }
    }
}

#[test]
fn since_last_time_is_a_round_of_about_8_minutes_for_8() {
    let plan = plan("standard");
    let step = plan
        .steps
        .iter()
        .find(|s| s.title.get(runde::text::Lang::En) == "Since last time")
        .expect("a since-last-time step");
    assert!(step.is_round());
    let m = runde::model::planning::step_minutes(step, Headcount::new(8));
    assert!((7.0..=10.0).contains(&m), "{m}");
}

/// Troika has no case-giver: every member is client once in their own
/// group. A meeting with Troika names (and counts in the rotation) only
/// the case-giver of its one-case supervision.
#[test]
fn troika_gives_nobody_the_day_s_case() {
    use runde::clock::FakeClock;
    use runde::engine::{NewSession, Session};
    let started = |id: &str| {
        let new = NewSession::with_everyone(plan(id), runde::model::Network::demo());
        Session::start(new, &FakeClock::default())
    };
    assert!(plan("troika").case_steps().is_empty());
    assert!(started("troika").record().roles.case_givers.is_empty());
    let both = plan("standard-troika");
    let case_steps = both.case_steps();
    assert_eq!(case_steps.len(), 1, "{case_steps:?}");
    assert_eq!(
        both.steps[case_steps[0]].title.get(runde::text::Lang::En),
        "Supervision with a reflecting team"
    );
    assert!(both.steps.iter().any(|s| s.works_in_groups()));
    let s = started("standard-troika");
    assert_eq!(s.record().roles.case_givers.len(), 1);
    let past = runde::model::PastMeeting::of(s.record());
    assert_eq!(past.supervisions.len(), 1);
}

/// Every role a supervision's phases speak of has a name in both
/// languages, the one its method uses: Troika's client and consultants,
/// the protocol's and action learning's presenter and group, the
/// reflecting team's case-giver and team.
#[test]
fn every_plan_names_its_roles_in_its_method_s_words() {
    use runde::model::plan::Role;
    use runde::text::Lang;
    let expected: [(&str, &str, &str); 6] = [
        ("troika", "klient", "konsulenter"),
        ("consultancy-protocol", "fremlægger", "gruppen"),
        ("action-learning", "fremlægger", "gruppen"),
        ("reflecting-team", "fokusperson", "reflekterende team"),
        ("five-phase", "fokusperson", "gruppen"),
        ("standard", "fokusperson", "reflekterende team"),
    ];
    for plan in plans() {
        for (i, step) in plan.steps.iter().enumerate() {
            let StepKind::Supervision { phases } = &step.kind else {
                continue;
            };
            let names = plan.role_names(Some(i));
            for phase in phases.iter().flat_map(|p| p.written()) {
                let roles = phase
                    .speaks
                    .iter()
                    .chain(&phase.silent)
                    .chain(&phase.round_among);
                for role in roles {
                    for lang in [Lang::Da, Lang::En] {
                        assert!(
                            !names.label(*role, lang).trim().is_empty()
                                && !names.the(*role, lang).trim().is_empty(),
                            "{}: {role:?} has no name in {lang:?}",
                            plan.id
                        );
                    }
                }
            }
            if let Some((_, client, team)) = expected.iter().find(|(id, ..)| *id == plan.id) {
                assert_eq!(
                    names.label(Role::CaseGiver, Lang::Da),
                    *client,
                    "{}",
                    plan.id
                );
                assert_eq!(names.label(Role::Team, Lang::Da), *team, "{}", plan.id);
            }
        }
    }
    // In the three-hour meeting each method keeps its own words.
    let both = plan("standard-troika");
    let words: Vec<String> = both
        .steps
        .iter()
        .enumerate()
        .filter(|(_, s)| matches!(s.kind, StepKind::Supervision { .. }))
        .map(|(i, _)| both.role_names(Some(i)).label(Role::CaseGiver, Lang::Da))
        .collect();
    assert_eq!(words, ["fokusperson", "klient"]);
}

/// The longest time a plan runs for `present` without a break, in minutes.
fn longest_without_a_break(plan: &Plan, present: usize) -> f64 {
    let headcount = Headcount::new(present);
    let mut run = 0.0_f64;
    let mut longest = 0.0_f64;
    for step in &plan.steps {
        if matches!(step.kind, StepKind::Break { .. }) {
            run = 0.0;
        } else {
            run += runde::model::planning::step_minutes(step, headcount);
            longest = longest.max(run);
        }
    }
    longest
}

/// The plan as the engine's time box fits it for `present` before the
/// meeting: buffer, theme block, then round times down to their floors.
fn fitted(id: &str, present: usize) -> Plan {
    let (fitted, proposal) = fit_plan(&plan(id), Headcount::new(present));
    assert_eq!(
        proposal.short_secs, 0,
        "{id}: for {present} the floors leave {} s missing",
        proposal.short_secs
    );
    fitted
}

/// Every plan states its length, and as fitted for 6 to 10 present it
/// keeps it, taking time only where the method allows: never from a
/// supervision case or the check-out.
#[test]
fn every_plan_fitted_for_6_to_10_keeps_its_length() {
    for (id, length) in LENGTHS {
        let written = plan(id);
        assert_eq!(
            written.length.map(|l| f64::from(l.get())),
            Some(length),
            "sessions/{id}.ron states its length"
        );
        for present in 6..=10 {
            let headcount = Headcount::new(present);
            let fitted = fitted(id, present);
            let m = plan_minutes(&fitted, headcount);
            assert!(
                m <= length,
                "{id}: {m} minutes for {present} as fitted; it states {length}"
            );
            for (before, after) in written.steps.iter().zip(&fitted.steps) {
                if matches!(before.kind, StepKind::Supervision { .. })
                    || before.purpose == Some(StepPurpose::CheckOut)
                {
                    assert_eq!(before, after, "{id}: {present} present cut a kept step");
                }
            }
        }
    }
}

/// Where ten people make a plan run past its length, it has somewhere to
/// take the time from: without givers a full room would just run over.
#[test]
fn a_plan_that_runs_over_for_10_says_where_the_time_comes_from() {
    for (id, length) in LENGTHS {
        if minutes(id, 10) > length {
            assert!(
                plan(id).steps.iter().any(|s| s.gives_time.is_some()),
                "{id} runs {} minutes for 10 and gives no time",
                minutes(id, 10)
            );
        }
    }
}

/// Nobody sits more than 90 minutes without a break, for 6 to 10 present,
/// as the plan is fitted to its length.
#[test]
fn no_plan_runs_over_90_minutes_without_a_break() {
    for (id, _) in LENGTHS {
        for present in 6..=10 {
            let longest = longest_without_a_break(&fitted(id, present), present);
            assert!(
                longest <= 90.0,
                "{id}: {longest} minutes without a break for {present} present"
            );
        }
    }
    // The three-hour Troika meeting of the review: 114 minutes unbroken
    // for 10 before a break came between the case and Troika.
    assert!(longest_without_a_break(&fitted("standard-troika", 10), 10) <= 75.0);
}

/// The run-sheet prints a fitted plan: whole or half minutes per person in
/// every round, whole minutes in every block, for 6 to 10 present.
#[test]
fn a_fitted_plan_prints_whole_or_half_minutes() {
    let whole_or_half = |m: f64| (m * 2.0).fract() == 0.0;
    for (id, _) in LENGTHS {
        for present in 6..=10 {
            for step in &fitted(id, present).steps {
                let title = step.title.get(runde::text::Lang::En);
                match &step.kind {
                    StepKind::Round { per_person, .. } => assert!(
                        whole_or_half(*per_person),
                        "{id}, {present} present: {title}: {per_person} min each"
                    ),
                    StepKind::Block { minutes } | StepKind::Break { minutes } => assert!(
                        minutes.fract() == 0.0,
                        "{id}, {present} present: {title}: {minutes} min"
                    ),
                    StepKind::Supervision { .. } => {}
                }
            }
        }
    }
}
