//! The bundled plans: they parse, carry both languages everywhere, and
//! plan the time METHODS.md gives them.

use runde::bundled::PLANS;
use runde::model::Plan;
use runde::model::plan::{Discipline, Phase, PhaseItem, StepKind};
use runde::model::planning::{Headcount, plan_minutes};
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
                for (phase, _) in phases.iter().flat_map(|i| i.unrolled()) {
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

fn minutes_for_8(id: &str) -> f64 {
    plan_minutes(&plan(id), Headcount::new(8))
}

fn assert_about(id: &str, expected: f64, tolerance: f64) {
    let got = minutes_for_8(id);
    assert!(
        (got - expected).abs() <= tolerance,
        "{id}: {got} minutes for 8 participants; expected {expected} ± {tolerance}"
    );
}

#[test]
fn standard_meeting_is_150_minutes_for_8() {
    assert_about("standard", 150.0, 5.0);
}

#[test]
fn every_plan_plans_its_methods_md_time_for_8() {
    // (id, METHODS.md total in minutes for 8 participants, tolerance)
    let expected = [
        ("standard-troika", 180.0, 5.0),
        ("startup", 180.0, 5.0),
        ("vitalisation", 180.0, 5.0),
        ("reflecting-team", 45.0, 5.0),
        ("five-phase", 40.0, 5.0),
        ("troika", 32.5, 2.5),
        ("consultancy-protocol", 50.0, 5.0),
        // Two presenters: progress round, bidding, 2 × 27, review, agreements.
        ("action-learning", 90.0, 5.0),
        ("checkout", 10.0, 2.0),
    ];
    for (id, minutes, tolerance) in expected {
        assert_about(id, minutes, tolerance);
    }
}

#[test]
fn all_ten_plans_are_bundled() {
    let ids: Vec<&str> = PLANS.iter().map(|(id, _)| *id).collect();
    for id in [
        "standard",
        "standard-troika",
        "startup",
        "vitalisation",
        "reflecting-team",
        "five-phase",
        "troika",
        "consultancy-protocol",
        "action-learning",
        "checkout",
    ] {
        assert!(ids.contains(&id), "{id} is not bundled");
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
