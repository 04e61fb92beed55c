use super::*;
use crate::model::plan::StepPurpose;
use crate::model::planning::step_minutes;

fn bundled(id: &str) -> Plan {
    let (_, src) = crate::bundled::PLANS
        .iter()
        .find(|(bundled, _)| *bundled == id)
        .unwrap();
    crate::store::parse::parse(std::path::Path::new("plan.ron"), src.as_bytes()).unwrap()
}

fn standard() -> Plan {
    bundled("standard")
}

fn kept(step: &Step) -> bool {
    matches!(step.kind, StepKind::Supervision { .. }) || step.purpose == Some(StepPurpose::CheckOut)
}

#[test]
fn the_standard_plan_keeps_its_150_minutes_for_6_8_10_and_12() {
    let plan = standard();
    for present in [6, 8, 10, 12] {
        let headcount = Headcount::new(present);
        let (fitted, proposal) = fit_plan(&plan, headcount);
        let total = secs(plan_minutes(&fitted, headcount));
        assert!(total <= 150 * 60, "{present}: {total} s");
        assert_eq!(proposal.short_secs, 0, "{present}: floors allow it");
        for (before, after) in plan.steps.iter().zip(&fitted.steps) {
            if kept(before) {
                assert_eq!(
                    step_minutes(before, headcount),
                    step_minutes(after, headcount),
                    "{present}: never the case or the check-out"
                );
            }
        }
        let written = secs(plan_minutes(&plan, headcount));
        if written <= 150 * 60 {
            assert!(proposal.is_empty(), "{present}: fits as written");
        } else {
            assert_eq!(total, 150 * 60, "{present}: lands on the box");
        }
    }
}

#[test]
fn the_buffer_goes_first_then_the_theme_then_the_rounds() {
    let plan = standard();
    let headcount = Headcount::new(10);
    let need = |secs| propose(&plan, headcount, &[], |_| true, secs).by_source();
    assert_eq!(need(5 * 60), vec![(Source::Buffer, 5 * 60)]);
    assert_eq!(
        need(18 * 60),
        vec![(Source::Buffer, 10 * 60), (Source::Theme, 8 * 60)]
    );
    let deep = propose(&plan, headcount, &[], |_| true, 30 * 60);
    assert_eq!(
        deep.by_source(),
        vec![
            (Source::Buffer, 10 * 60),
            (Source::Theme, 15 * 60),
            (Source::Rounds, 5 * 60)
        ]
    );
    for cut in deep.cuts.iter().filter(|c| c.source == Source::Rounds) {
        assert!(cut.to >= 0.75, "never below the floor: {cut:?}");
    }
    // Past every floor: what cannot be found is said.
    let past = propose(&plan, headcount, &[], |_| true, 60 * 60);
    assert_eq!(past.short_secs, 60 * 60 - 10 * 60 - 15 * 60 - 2 * 10 * 15);
}

#[test]
fn steps_already_run_and_earlier_fits_are_respected() {
    let plan = standard();
    let headcount = Headcount::new(10);
    let buffer = plan.steps.len() - 1;
    let fits = [StepFit {
        step: buffer,
        minutes: 0.0,
    }];
    let p = propose(&plan, headcount, &fits, |i| i > 3, 5 * 60);
    assert!(p.is_empty(), "the theme (step 3) has run: {p:?}");
    assert_eq!(p.short_secs, 5 * 60);
}

#[test]
fn before_the_meeting_time_is_taken_in_whole_and_half_minutes() {
    let plan = standard();
    let headcount = Headcount::new(10);
    // 4 min 20 s past the box: the buffer gives 5 whole minutes, not 4:20.
    let printed = propose_in(&plan, headcount, &[], |_| true, 260, Grain::PRINTED);
    assert_eq!(printed.by_source(), vec![(Source::Buffer, 5 * 60)]);
    let live = propose(&plan, headcount, &[], |_| true, 260);
    assert_eq!(live.by_source(), vec![(Source::Buffer, 260)]);
    // Past the buffer and the theme, the rounds (1 min each, floor ¾)
    // have no half minute to give when printed; live they give 15 s each.
    let deep = propose_in(&plan, headcount, &[], |_| true, 26 * 60, Grain::PRINTED);
    assert_eq!(deep.short_secs, 60);
    assert!(deep.cuts.iter().all(|c| c.source != Source::Rounds));
    assert_eq!(
        propose(&plan, headcount, &[], |_| true, 26 * 60).short_secs,
        0
    );
}

#[test]
fn what_the_rounds_give_too_much_goes_back_to_the_buffer() {
    let plan = bundled("action-learning");
    // Ten people: 95 minutes in a 90-minute box. Half a minute less each in
    // "since last time" gives all five; the buffer keeps its four.
    let headcount = Headcount::new(10);
    let (fitted, proposal) = fit_plan(&plan, headcount);
    assert_eq!(proposal.by_source(), vec![(Source::Rounds, 5 * 60)]);
    assert_eq!(secs(plan_minutes(&fitted, headcount)), 90 * 60);
}
