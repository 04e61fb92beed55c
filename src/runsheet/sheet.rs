//! The run-sheet as plain data, laid out by `text` and `markdown`: every
//! clock time, minute count and sentence is decided here once.

use super::RunSheetOptions;
use super::network::{ForNetwork, Today, agreed_lines, today};
use super::phases::phase_blocks;
use crate::i18n::timebox::{self, cuts_text};
use crate::i18n::{common, runsheet as words};
use crate::model::Plan;
use crate::model::plan::{PhaseItem, Step, StepKind, TurnOrder};
use crate::model::planning::{Headcount, plan_minutes, step_minutes};
use crate::model::roles::RoleNames;
use crate::model::timebox::{Proposal, box_minutes, fit_plan};
use crate::text::Lang;
use chrono::{Duration, NaiveTime};

pub(super) struct Sheet {
    pub title: String,
    pub description: String,
    /// "8 participants · 09:00–11:30 · 150 min"
    pub summary: String,
    /// "Fitted for 10 participants within 150 min: buffer −10": the plan
    /// as printed was shortened to keep its length.
    pub fitted: Option<String>,
    /// What to get ready before the meeting.
    pub prepare: Vec<String>,
    /// The network's day: its people in their roles, theme, open actions.
    pub today: Option<Today>,
    pub agenda: Vec<AgendaLine>,
    pub end: String,
    pub sections: Vec<Section>,
}

pub(super) struct AgendaLine {
    pub clock: String,
    pub title: String,
    pub minutes: String,
}

/// One step, as the facilitator reads it.
pub(super) struct Section {
    pub clock: String,
    pub title: String,
    pub minutes: String,
    /// How the step runs: the round's arithmetic, the turn order.
    pub facts: Vec<String>,
    pub guidance: String,
    pub prompts: Vec<String>,
    pub phases: Vec<PhaseBlock>,
    /// The part of the charter the step returns to, as agreed.
    pub agreed: Option<(String, Vec<String>)>,
    pub notes: Option<String>,
}

pub(super) enum PhaseBlock {
    /// The phases that follow run once per case-giver.
    Repeat(String),
    Phase(PhaseLines),
}

pub(super) struct PhaseLines {
    /// None inside a repeat group: the group's header gives the times.
    pub clock: Option<String>,
    pub title: String,
    pub minutes: String,
    pub facts: Vec<String>,
    pub guidance: String,
    pub prompts: Vec<String>,
}

impl Sheet {
    pub(super) fn build(
        plan: &Plan,
        opts: &RunSheetOptions,
        network: Option<&ForNetwork>,
    ) -> Sheet {
        let lang = opts.lang;
        let headcount = Headcount::new(opts.participants);
        // More people than the plan's rounds fit: the sheet is the plan as
        // it runs, fitted to its length the way the live meeting proposes.
        let (fitted_plan, proposal) = fit_plan(plan, headcount);
        let fitted = fitted_line(plan, &proposal, headcount, lang);
        let plan = &fitted_plan;
        let total = plan_minutes(plan, headcount);
        let at = |minutes: f64| clock(opts.start, minutes, lang);
        let summary = format!(
            "{} · {}–{} · {} {}",
            words::PARTICIPANTS.fill(lang, opts.participants, &[]),
            at(0.0),
            at(total),
            fmt_minutes(total),
            common::MINUTES_SHORT.get(lang)
        );
        let mut elapsed = 0.0;
        let mut agenda = Vec::new();
        let mut sections = Vec::new();
        for (index, step) in plan.steps.iter().enumerate() {
            let minutes = step_minutes(step, headcount);
            agenda.push(AgendaLine {
                clock: at(elapsed),
                title: step.title.get(lang).to_string(),
                minutes: fmt_minutes(minutes),
            });
            let names = plan.role_names(Some(index));
            let mut section = section(step, &names, elapsed, minutes, headcount, opts);
            section.agreed = agreed_lines(plan, index, network, lang);
            sections.push(section);
            elapsed += minutes;
        }
        Sheet {
            title: plan.title.get(lang).to_string(),
            description: plan.description.get(lang).to_string(),
            summary,
            fitted,
            prepare: plan
                .prepare
                .iter()
                .map(|t| t.get(lang).to_string())
                .collect(),
            today: network.map(|n| today(n, lang)),
            agenda,
            end: at(elapsed),
            sections,
        }
    }
}

/// What fitting the plan to its length took, or none when it fits as
/// written.
fn fitted_line(
    plan: &Plan,
    proposal: &Proposal,
    headcount: Headcount,
    lang: Lang,
) -> Option<String> {
    if proposal.is_empty() && proposal.short_secs == 0 {
        return None;
    }
    let length = fmt_minutes(box_minutes(plan, headcount));
    let mut cuts = cuts_text(&proposal.by_source(), lang);
    if proposal.short_secs >= 60 {
        let missing = ((proposal.short_secs + 30) / 60).to_string();
        if !cuts.is_empty() {
            cuts.push_str(" · ");
        }
        cuts.push_str(&timebox::CANNOT_FIND.fill(lang, &[&missing]));
    }
    Some(timebox::FITTED.fill(lang, &[&headcount.present.to_string(), &length, &cuts]))
}

fn section(
    step: &Step,
    names: &RoleNames,
    start: f64,
    minutes: f64,
    headcount: Headcount,
    opts: &RunSheetOptions,
) -> Section {
    let lang = opts.lang;
    let mut facts = Vec::new();
    let mut phases = Vec::new();
    match &step.kind {
        StepKind::Round {
            per_person,
            framing,
            close,
            order,
            pass_allowed,
        } => {
            let mut line = words::ROUND.fill(
                lang,
                &[
                    &fmt_minutes(*per_person),
                    &words::PARTICIPANTS.fill(lang, headcount.present, &[]),
                ],
            );
            if framing + close > 0.0 {
                line.push_str(&words::ROUND_FRAME.fill(lang, &[&fmt_minutes(framing + close)]));
            }
            line.push('.');
            facts.push(line);
            let order = match order {
                TurnOrder::FacilitatorFirst => words::FACILITATOR_FIRST,
                TurnOrder::Shuffled => words::SHUFFLED,
                TurnOrder::Roster => words::ROSTER,
            };
            let pass = if *pass_allowed {
                words::PASS
            } else {
                words::NO_PASS
            };
            facts.push(format!("{} {}", order.get(lang), pass.get(lang)));
        }
        StepKind::Block { .. } | StepKind::Break { .. } => {}
        StepKind::Supervision { phases: items } => {
            // Phases as written: a repeat group's phases count once.
            let count: usize = items
                .iter()
                .map(|i| match i {
                    PhaseItem::Phase(_) => 1,
                    PhaseItem::Repeat { phases, .. } => phases.len(),
                })
                .sum();
            facts.push(words::SUPERVISION.fill(lang, &[&count.to_string()]));
            phases = phase_blocks(items, names, start, headcount, opts);
        }
    }
    let notes = (!step.notes.is_empty()).then(|| {
        let kinds: Vec<&str> = step
            .notes
            .iter()
            .map(|k| common::note_kind(*k).get(lang))
            .collect();
        let mut line = format!("{} {}", words::NOTES.get(lang), kinds.join(", "));
        if step.notes_private() {
            line.push(' ');
            line.push_str(words::PRIVATE_NOTES.get(lang));
        }
        line
    });
    Section {
        clock: clock(opts.start, start, lang),
        title: step.title.get(lang).to_string(),
        minutes: fmt_minutes(minutes),
        facts,
        guidance: step.guidance.get(lang).to_string(),
        prompts: step
            .prompts
            .iter()
            .map(|p| p.get(lang).to_string())
            .collect(),
        phases,
        agreed: None,
        notes,
    }
}

/// "a, b og c" / "a, b and c".
pub(super) fn join_and(items: &[String], lang: Lang) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} {} {}", rest.join(", "), words::AND.get(lang), last),
    }
}

/// The clock time `minutes` after `start`, to the nearest minute, as the
/// language writes it ("09.30" / "09:30").
pub(super) fn clock(start: NaiveTime, minutes: f64, lang: Lang) -> String {
    let whole = if minutes.is_finite() {
        minutes.round() as i64
    } else {
        0
    };
    let whole = whole.clamp(0, 24 * 60);
    crate::dates::clock(start + Duration::minutes(whole), lang)
}

/// Minutes for people, to the nearest half minute: "12", "1½", "½". A
/// facilitator reads "8¾ min" as a typo, so nothing finer is printed.
pub fn fmt_minutes(minutes: f64) -> String {
    if !minutes.is_finite() || minutes <= 0.0 {
        return "0".to_string();
    }
    let halves = (minutes * 2.0).round().max(1.0) as u64;
    match (halves / 2, halves % 2 == 1) {
        (0, _) => "½".to_string(),
        (whole, true) => format!("{whole}½"),
        (whole, false) => whole.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn minutes_print_whole_or_half() {
        assert_eq!(fmt_minutes(12.0), "12");
        assert_eq!(fmt_minutes(0.5), "½");
        assert_eq!(fmt_minutes(10.5), "10½");
        assert_eq!(fmt_minutes(f64::NAN), "0");
        // Quarters and tenths come out as whole or half minutes.
        assert_eq!(fmt_minutes(8.75), "9");
        assert_eq!(fmt_minutes(1.25), "1½");
        assert_eq!(fmt_minutes(2.3), "2½");
        assert_eq!(fmt_minutes(0.2), "½");
    }

    #[test]
    fn clock_rounds_to_the_minute_and_wraps_past_midnight() {
        let start = NaiveTime::from_hms_opt(23, 30, 0).unwrap();
        assert_eq!(clock(start, 10.4, Lang::En), "23:40");
        assert_eq!(clock(start, 10.6, Lang::En), "23:41");
        assert_eq!(clock(start, 45.0, Lang::Da), "00.15");
    }

    #[test]
    fn lists_join_with_and() {
        let items = vec!["a".to_string(), "b".to_string(), "c".to_string()];
        assert_eq!(join_and(&items, Lang::Da), "a, b og c");
        assert_eq!(join_and(&items[..1], Lang::En), "a");
    }
}
