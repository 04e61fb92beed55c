//! A supervision step's phases on the run-sheet: each phase's clock time,
//! minutes, who speaks and who listens, and its rule; a repeat group once,
//! with the clock times of each case-giver's turn.

use super::RunSheetOptions;
use super::sheet::{PhaseBlock, PhaseLines, clock, fmt_minutes, join_and};
use crate::i18n::{common, runsheet as words};
use crate::model::plan::{Discipline, Phase, PhaseItem, Role};
use crate::model::planning::{Headcount, phase_minutes, uses_interviewer};
use crate::text::Lang;

pub(super) fn phase_blocks(
    items: &[PhaseItem],
    start: f64,
    headcount: Headcount,
    opts: &RunSheetOptions,
) -> Vec<PhaseBlock> {
    let lang = opts.lang;
    let interviewer = uses_interviewer(items);
    let mut out = Vec::new();
    let mut at = start;
    for item in items {
        match item {
            PhaseItem::Phase(phase) => {
                let minutes = phase_minutes(phase, headcount, interviewer);
                out.push(PhaseBlock::Phase(phase_lines(
                    phase,
                    Some(clock(opts.start, at)),
                    minutes,
                    headcount,
                    interviewer,
                    lang,
                )));
                at += minutes;
            }
            PhaseItem::Repeat { times, phases } => {
                let once: f64 = phases
                    .iter()
                    .map(|p| phase_minutes(p, headcount, interviewer))
                    .sum();
                let starts: Vec<String> = (0..*times)
                    .map(|n| clock(opts.start, at + once * f64::from(n)))
                    .collect();
                out.push(PhaseBlock::Repeat(
                    words::REPEAT.fill(lang, &[&times.to_string(), &join_and(&starts, lang)]),
                ));
                for phase in phases {
                    let minutes = phase_minutes(phase, headcount, interviewer);
                    out.push(PhaseBlock::Phase(phase_lines(
                        phase,
                        None,
                        minutes,
                        headcount,
                        interviewer,
                        lang,
                    )));
                }
                at += once * f64::from(*times);
            }
        }
    }
    out
}

fn phase_lines(
    phase: &Phase,
    clock: Option<String>,
    minutes: f64,
    headcount: Headcount,
    interviewer: bool,
    lang: Lang,
) -> PhaseLines {
    let mut facts = Vec::new();
    let mut roles = Vec::new();
    if !phase.speaks.is_empty() {
        roles.push(format!(
            "{} {}",
            words::SPEAKS.get(lang),
            role_list(&phase.speaks, interviewer, lang)
        ));
    }
    if !phase.silent.is_empty() {
        roles.push(format!(
            "{} {}",
            words::SILENT.get(lang),
            role_list(&phase.silent, interviewer, lang)
        ));
    }
    if !roles.is_empty() {
        facts.push(roles.join(" · "));
    }
    if let (Some(per), false) = (phase.per_person, phase.round_among.is_empty()) {
        let speakers = headcount.speakers_among(&phase.round_among, interviewer);
        facts.push(words::ROUND_AMONG.fill(
            lang,
            &[
                &fmt_minutes(per, lang),
                &speakers.to_string(),
                &role_list(&phase.round_among, interviewer, lang),
            ],
        ));
    }
    if let Some(discipline) = &phase.discipline {
        facts.push(format!(
            "{} {}",
            words::RULE.get(lang),
            discipline_text(discipline, lang)
        ));
    }
    PhaseLines {
        clock,
        title: phase.title.get(lang).to_string(),
        minutes: fmt_minutes(minutes, lang),
        facts,
        guidance: phase.guidance.get(lang).to_string(),
        prompts: phase
            .prompts
            .iter()
            .map(|p| p.get(lang).to_string())
            .collect(),
    }
}

/// The rule of a phase in words, ending with a full stop.
pub fn discipline_text(discipline: &Discipline, lang: Lang) -> String {
    let phrase = match discipline {
        Discipline::QuestionsOnly => words::QUESTIONS_ONLY,
        Discipline::OpenQuestions => words::OPEN_QUESTIONS,
        Discipline::ReflectionsOnly => words::REFLECTIONS_ONLY,
        Discipline::CaseGiverListens => words::CASE_GIVER_LISTENS,
        Discipline::AppreciationOnly => words::APPRECIATION_ONLY,
        Discipline::CaseGiverSpeaks => words::CASE_GIVER_SPEAKS,
        Discipline::Dialogue => words::DIALOGUE,
        Discipline::Custom(text) => {
            let mut s = text.get(lang).trim().to_string();
            if !s.ends_with(['.', '!', '?']) {
                s.push('.');
            }
            return s;
        }
    };
    phrase.get(lang).to_string()
}

/// A role's name; the team is a reflecting team only where an interviewer
/// runs the interview, elsewhere it is simply the group.
pub fn role_name(role: Role, interviewer: bool, lang: Lang) -> &'static str {
    match role {
        Role::Facilitator => common::FACILITATOR.get(lang),
        Role::NoteTaker => common::NOTE_TAKER.get(lang),
        Role::CaseGiver => common::CASE_GIVER.get(lang),
        Role::Interviewer => common::INTERVIEWER.get(lang),
        Role::Team if interviewer => common::REFLECTING_TEAM.get(lang),
        Role::Team => words::GROUP.get(lang),
        Role::Timekeeper => common::TIMEKEEPER.get(lang),
        Role::All => common::EVERYONE.get(lang),
    }
}

fn role_list(roles: &[Role], interviewer: bool, lang: Lang) -> String {
    let names: Vec<String> = roles
        .iter()
        .map(|r| role_name(*r, interviewer, lang).to_string())
        .collect();
    join_and(&names, lang)
}
