//! The meeting's time box: where the time comes from when the plan does not
//! fit its fixed end. The buffer first, then the theme block, then the
//! rounds' time per person down to the floor the plan states; never the
//! supervision case or the check-out (METHODS, "Keeping the time box").

use super::plan::{GivesTime, Plan, Step, StepKind, StepPurpose};
use super::planning::{Headcount, plan_minutes, secs};
use serde::{Deserialize, Serialize};
use std::borrow::Cow;

/// A step's time as fitted to the box: a block's minutes, or a round's
/// minutes per person.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StepFit {
    pub step: usize,
    pub minutes: f64,
}

/// What kind of time a cut takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Source {
    Buffer,
    Theme,
    Rounds,
}

/// One step shortened: from and to its minutes (per person in a round).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Cut {
    pub step: usize,
    pub source: Source,
    pub from: f64,
    pub to: f64,
    /// Seconds the step gives, for those present.
    pub saved_secs: u64,
}

/// Where the time would come from, and what it cannot find.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Proposal {
    pub cuts: Vec<Cut>,
    /// Seconds still missing when every giver is at its floor.
    pub short_secs: u64,
}

impl Proposal {
    pub fn is_empty(&self) -> bool {
        self.cuts.is_empty()
    }

    /// Seconds the cuts give, by source, in the order they are taken.
    pub fn by_source(&self) -> Vec<(Source, u64)> {
        saved_by_source(self.cuts.iter().map(|c| (c.source, c.saved_secs)))
    }
}

/// Seconds given, summed by source, buffer first.
pub fn saved_by_source(cuts: impl IntoIterator<Item = (Source, u64)>) -> Vec<(Source, u64)> {
    let mut out: Vec<(Source, u64)> = Vec::new();
    for (source, saved) in cuts {
        match out.iter_mut().find(|(s, _)| *s == source) {
            Some((_, total)) => *total += saved,
            None => out.push((source, saved)),
        }
    }
    out.sort_by_key(|(s, _)| *s as u8);
    out
}

/// The fitted minutes for a step, if any.
pub fn fit_of(fits: &[StepFit], step: usize) -> Option<f64> {
    fits.iter()
        .rev()
        .find(|f| f.step == step)
        .map(|f| f.minutes)
}

/// The step as it runs with its fit applied.
pub fn fitted_step(step: &Step, fit: Option<f64>) -> Cow<'_, Step> {
    let Some(minutes) = fit else {
        return Cow::Borrowed(step);
    };
    let mut fitted = step.clone();
    match &mut fitted.kind {
        StepKind::Block { minutes: m } | StepKind::Break { minutes: m } => *m = minutes,
        StepKind::Round { per_person, .. } => *per_person = minutes,
        StepKind::Supervision { .. } => {}
    }
    Cow::Owned(fitted)
}

/// What a step can give, with its minutes now and its floor; none for a
/// step that never gives (a supervision, the check-out, or a giver that
/// does not match its kind).
fn giver(step: &Step, now: Option<f64>) -> Option<(Source, f64, f64)> {
    if step.purpose == Some(StepPurpose::CheckOut) {
        return None;
    }
    match (step.gives_time?, &step.kind) {
        (GivesTime::Buffer, StepKind::Block { minutes } | StepKind::Break { minutes }) => {
            Some((Source::Buffer, now.unwrap_or(*minutes), 0.0))
        }
        (GivesTime::Theme { floor }, StepKind::Block { minutes }) => {
            Some((Source::Theme, now.unwrap_or(*minutes), floor))
        }
        (GivesTime::Round { floor }, StepKind::Round { per_person, .. }) => {
            Some((Source::Rounds, now.unwrap_or(*per_person), floor))
        }
        _ => None,
    }
}

/// How finely time is taken: in a running meeting to the second from a
/// block and in five-second steps per person from a round; before the
/// meeting, for the printed run-sheet, in whole minutes from a block and
/// half minutes per person, so every printed figure is whole or half.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Grain {
    pub block_secs: u64,
    pub per_person_secs: u64,
}

impl Grain {
    pub const LIVE: Grain = Grain {
        block_secs: 1,
        per_person_secs: 5,
    };
    pub const PRINTED: Grain = Grain {
        block_secs: 60,
        per_person_secs: 30,
    };
}

/// `secs` down to a whole number of `grain`s.
fn down_to(secs: u64, grain: u64) -> u64 {
    secs / grain.max(1) * grain.max(1)
}

/// Where `need_secs` would come from among the steps `open` allows (those
/// not yet begun), given the fits already made.
pub fn propose(
    plan: &Plan,
    headcount: Headcount,
    fits: &[StepFit],
    open: impl Fn(usize) -> bool,
    need_secs: u64,
) -> Proposal {
    propose_in(plan, headcount, fits, open, need_secs, Grain::LIVE)
}

/// [`propose`], taking time in `grain`s.
pub fn propose_in(
    plan: &Plan,
    headcount: Headcount,
    fits: &[StepFit],
    open: impl Fn(usize) -> bool,
    need_secs: u64,
    grain: Grain,
) -> Proposal {
    let mut need = need_secs;
    let mut cuts = Vec::new();
    let givers: Vec<(usize, Source, f64, f64)> = plan
        .steps
        .iter()
        .enumerate()
        .filter(|(i, _)| open(*i))
        .filter_map(|(i, step)| {
            giver(step, fit_of(fits, i)).map(|(source, now, floor)| (i, source, now, floor))
        })
        .collect();
    // Whole blocks first: the buffer, then the theme.
    for source in [Source::Buffer, Source::Theme] {
        for &(step, _, now, floor) in givers.iter().filter(|g| g.1 == source) {
            let spare = down_to(secs(now).saturating_sub(secs(floor)), grain.block_secs);
            let take = spare.min(need.div_ceil(grain.block_secs) * grain.block_secs);
            if take == 0 {
                continue;
            }
            let to = (secs(now) - take) as f64 / 60.0;
            cuts.push(Cut {
                step,
                source,
                from: now,
                to,
                saved_secs: take,
            });
            need = need.saturating_sub(take);
        }
    }
    // Then every round alike, in steps of five seconds per person.
    let speakers = headcount.present.max(1) as u64;
    let mut rounds: Vec<(usize, u64, u64)> = givers
        .iter()
        .filter(|g| g.1 == Source::Rounds)
        .map(|&(step, _, now, floor)| {
            let spare = secs(now).saturating_sub(secs(floor));
            (step, secs(now), down_to(spare, grain.per_person_secs))
        })
        .collect();
    let mut taken = vec![0u64; rounds.len()];
    // What the rounds give past the need: a round gives whole steps per
    // person, for everyone present.
    let mut over = 0u64;
    while need > 0 {
        let open_rounds = rounds.iter().filter(|r| r.2 > 0).count() as u64;
        if open_rounds == 0 {
            break;
        }
        let step = grain.per_person_secs.max(1);
        let each = need.div_ceil(open_rounds * speakers).div_ceil(step) * step;
        for (i, round) in rounds.iter_mut().enumerate() {
            if need == 0 || round.2 == 0 {
                continue;
            }
            let per_person = each.min(round.2);
            round.2 -= per_person;
            taken[i] += per_person;
            let saved = per_person * speakers;
            over += saved.saturating_sub(need);
            need = need.saturating_sub(saved);
        }
    }
    // The blocks taken before get back what the rounds gave too much, the
    // theme before the buffer, in the blocks' grain: ten people a minute
    // shorter each give ten minutes, and the buffer need not give any.
    for cut in cuts.iter_mut().rev() {
        let back = down_to(over.min(cut.saved_secs), grain.block_secs);
        cut.saved_secs -= back;
        cut.to = (secs(cut.from) - cut.saved_secs) as f64 / 60.0;
        over -= back;
    }
    cuts.retain(|c| c.saved_secs > 0);
    for (&(step, now, _), &per_person) in rounds.iter().zip(&taken) {
        if per_person > 0 {
            cuts.push(Cut {
                step,
                source: Source::Rounds,
                from: now as f64 / 60.0,
                to: (now - per_person) as f64 / 60.0,
                saved_secs: per_person * speakers,
            });
        }
    }
    Proposal {
        cuts,
        short_secs: need,
    }
}

/// The plan's time box in minutes: its stated length, else as long as it
/// runs for `headcount`.
pub fn box_minutes(plan: &Plan, headcount: Headcount) -> f64 {
    plan.length
        .map_or_else(|| plan_minutes(plan, headcount), |m| f64::from(m.get()))
}

/// The plan fitted to its length for `headcount` before the meeting, in
/// printed grains (whole minutes, half minutes per person): the fitted
/// copy, and the proposal it took (empty when the plan fits as written).
pub fn fit_plan(plan: &Plan, headcount: Headcount) -> (Plan, Proposal) {
    let over =
        secs(plan_minutes(plan, headcount)).saturating_sub(secs(box_minutes(plan, headcount)));
    let proposal = propose_in(plan, headcount, &[], |_| true, over, Grain::PRINTED);
    let mut fitted = plan.clone();
    for cut in &proposal.cuts {
        if let Some(step) = fitted.steps.get_mut(cut.step) {
            *step = fitted_step(step, Some(cut.to)).into_owned();
        }
    }
    (fitted, proposal)
}

#[cfg(test)]
#[path = "timebox_tests.rs"]
mod tests;
