//! A supervision step's phases on the run-sheet: each phase's clock time,
//! minutes, who speaks and who listens, and its rule; a repeat group once,
//! with the clock times of each case-giver's turn.

use super::RunSheetOptions;
use super::sheet::{PhaseBlock, PhaseLines, clock, fmt_minutes, join_and};
use crate::i18n::runsheet as words;
use crate::model::plan::{Discipline, Phase, PhaseItem, Role};
use crate::model::planning::{Headcount, phase_minutes};
use crate::model::roles::RoleNames;
use crate::text::{Lang, capitalised};

pub(super) fn phase_blocks(
    items: &[PhaseItem],
    names: &RoleNames,
    start: f64,
    headcount: Headcount,
    opts: &RunSheetOptions,
) -> Vec<PhaseBlock> {
    let lang = opts.lang;
    let interviewer = names.interviewer;
    let mut out = Vec::new();
    let mut at = start;
    for item in items {
        match item {
            PhaseItem::Phase(phase) => {
                let minutes = phase_minutes(phase, headcount, interviewer);
                out.push(PhaseBlock::Phase(phase_lines(
                    phase,
                    Some(clock(opts.start, at, lang)),
                    minutes,
                    headcount,
                    names,
                    lang,
                )));
                at += minutes;
            }
            PhaseItem::Repeat {
                times: written,
                in_groups,
                phases,
            } => {
                let times = &item.times(headcount.present);
                let once: f64 = phases
                    .iter()
                    .map(|p| phase_minutes(p, headcount, interviewer))
                    .sum();
                let starts: Vec<String> = (0..*times)
                    .map(|n| clock(opts.start, at + once * f64::from(n), lang))
                    .collect();
                let mut header = words::REPEAT.fill(
                    lang,
                    &[
                        &times.to_string(),
                        &names.label(Role::CaseGiver, lang),
                        &join_and(&starts, lang),
                    ],
                );
                if *in_groups {
                    let rule = if times > written {
                        words::GROUPS_OF_MORE.fill(
                            lang,
                            &[
                                &written.to_string(),
                                &times.to_string(),
                                &written.to_string(),
                            ],
                        )
                    } else {
                        words::GROUPS_OF.fill(lang, &[&written.to_string()])
                    };
                    header.push(' ');
                    header.push_str(&rule);
                }
                out.push(PhaseBlock::Repeat(header));
                for phase in phases {
                    let minutes = phase_minutes(phase, headcount, interviewer);
                    out.push(PhaseBlock::Phase(phase_lines(
                        phase, None, minutes, headcount, names, lang,
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
    names: &RoleNames,
    lang: Lang,
) -> PhaseLines {
    let mut facts = Vec::new();
    let mut roles = Vec::new();
    if !phase.speaks.is_empty() {
        roles.push(format!(
            "{} {}",
            words::SPEAKS.get(lang),
            role_list(&phase.speaks, names, lang)
        ));
    }
    if !phase.silent.is_empty() {
        roles.push(format!(
            "{} {}",
            words::SILENT.get(lang),
            role_list(&phase.silent, names, lang)
        ));
    }
    if !roles.is_empty() {
        facts.push(roles.join(" · "));
    }
    if let (Some(per), false) = (phase.per_person, phase.round_among.is_empty()) {
        let speakers = headcount.speakers_in(phase, names.interviewer);
        facts.push(words::ROUND_AMONG.fill(
            lang,
            &[
                &fmt_minutes(per),
                &speakers.to_string(),
                &role_list(&phase.round_among, names, lang),
            ],
        ));
    }
    if let Some(discipline) = &phase.discipline {
        facts.push(format!(
            "{} {}",
            words::RULE.get(lang),
            discipline_text(discipline, names, lang)
        ));
    }
    PhaseLines {
        clock,
        title: phase.title.get(lang).to_string(),
        minutes: fmt_minutes(minutes),
        facts,
        guidance: phase.guidance.get(lang).to_string(),
        prompts: phase
            .prompts
            .iter()
            .map(|p| p.get(lang).to_string())
            .collect(),
    }
}

/// The rule of a phase in words, as a sentence, in the method's own role
/// names ("Klienten lytter og skriver og siger ingenting.").
pub(super) fn discipline_text(discipline: &Discipline, names: &RoleNames, lang: Lang) -> String {
    let case_giver = names.the(Role::CaseGiver, lang);
    let text = match discipline {
        Discipline::QuestionsOnly => words::QUESTIONS_ONLY.get(lang).to_string(),
        Discipline::OpenQuestions => words::OPEN_QUESTIONS.get(lang).to_string(),
        Discipline::ReflectionsOnly => words::REFLECTIONS_ONLY.fill(lang, &[&case_giver]),
        Discipline::CaseGiverListens => words::CASE_GIVER_LISTENS.fill(lang, &[&case_giver]),
        Discipline::AppreciationOnly => words::APPRECIATION_ONLY.fill(lang, &[&case_giver]),
        Discipline::CaseGiverSpeaks => words::CASE_GIVER_SPEAKS.fill(lang, &[&case_giver]),
        Discipline::Dialogue => words::DIALOGUE.get(lang).to_string(),
        Discipline::Custom(text) => {
            let mut s = text.get(lang).trim().to_string();
            if !s.ends_with(['.', '!', '?']) {
                s.push('.');
            }
            s
        }
    };
    capitalised(&text)
}

fn role_list(roles: &[Role], names: &RoleNames, lang: Lang) -> String {
    let names: Vec<String> = roles.iter().map(|r| names.label(*r, lang)).collect();
    join_and(&names, lang)
}
