//! Who is in the room, in words: the speaker, the queue and who passed in
//! a round; the roles by name and the phase's rule in supervision.

use crate::engine::Session;
use crate::i18n::{common as c, live as t};
use crate::model::plan::{Discipline, Role};
use crate::text::Lang;
use crate::ui::style::Styles;
use ratatui::text::{Line, Span};

pub(super) fn names(list: &[String]) -> String {
    list.join(", ")
}

/// What the people panel needs from its surroundings.
pub(super) struct PeopleCtx<'c> {
    pub(super) styles: &'c Styles,
    pub(super) lang: Lang,
    /// Room for the less urgent lines (who speaks, who is silent).
    pub(super) roomy: bool,
}

pub(super) fn people_lines<'a>(session: &'a Session, ctx: &PeopleCtx) -> Vec<Line<'a>> {
    let (s, lang) = (ctx.styles, ctx.lang);
    let mut lines = Vec::new();
    if let Some(roles) = session.supervision_roles() {
        let phases = session.phases();
        if let Some((phase, repeat)) = session.phase() {
            let mut title = format!(
                "{} {}/{}: {}",
                t::PHASE.get(lang),
                session.phase_index() + 1,
                phases.len(),
                phase.title.get(lang)
            );
            if let Some(n) = repeat {
                title.push_str(&format!(
                    " ({})",
                    t::ROUND_NO.fill(lang, &[&(n + 1).to_string()])
                ));
            }
            lines.push(Line::styled(title, s.title));
            let none = t::NOT_CHOSEN.get(lang).to_string();
            let mut spans = vec![
                Span::styled(format!("{}: ", c::CASE_GIVER.get(lang)), s.muted),
                Span::styled(roles.case_giver.clone().unwrap_or(none.clone()), s.role),
            ];
            if let Some(iv) = &roles.interviewer {
                spans.push(Span::styled(
                    format!(" · {}: ", c::INTERVIEWER.get(lang)),
                    s.muted,
                ));
                spans.push(Span::styled(iv.clone(), s.role));
            }
            spans.push(Span::styled(
                format!(" · {}: ", c::REFLECTING_TEAM.get(lang)),
                s.muted,
            ));
            spans.push(Span::styled(names(&roles.team), s.role));
            lines.push(Line::from(spans));
            if let Some(d) = &phase.discipline {
                lines.push(Line::styled(
                    format!("⚑ {}", discipline(d, lang)),
                    s.timer_warn,
                ));
            }
            let who = |roles: &[Role]| -> String {
                roles
                    .iter()
                    .map(|r| role_word(*r, lang))
                    .collect::<Vec<_>>()
                    .join(", ")
            };
            if ctx.roomy && (!phase.speaks.is_empty() || !phase.silent.is_empty()) {
                let mut text = String::new();
                if !phase.speaks.is_empty() {
                    text.push_str(&format!(
                        "{}: {}",
                        t::SPEAKS_LABEL.get(lang),
                        who(&phase.speaks)
                    ));
                }
                if !phase.silent.is_empty() {
                    if !text.is_empty() {
                        text.push_str(" · ");
                    }
                    text.push_str(&format!(
                        "{}: {}",
                        t::SILENT_LABEL.get(lang),
                        who(&phase.silent)
                    ));
                }
                lines.push(Line::styled(text, s.text));
            }
        }
    }
    if session.has_turns() {
        lines.extend(round_lines(session, s, lang));
    }
    lines
}

fn round_lines<'a>(session: &'a Session, s: &Styles, lang: Lang) -> Vec<Line<'a>> {
    let mut lines = Vec::new();
    match session.speaker() {
        Some(now) => {
            let mut spans = vec![
                Span::styled(format!("{}: ", t::NOW.get(lang)), s.muted),
                Span::styled(now, s.speaker_now),
            ];
            if let Some(next) = session.up_next() {
                spans.push(Span::styled(format!("   {}: ", t::NEXT.get(lang)), s.muted));
                spans.push(Span::styled(next, s.speaker_next));
            }
            lines.push(Line::from(spans));
        }
        None if !session.queue().is_empty() => {
            lines.push(Line::styled(t::FRAMING.get(lang), s.accent));
        }
        None => lines.push(Line::styled(t::ROUND_DONE.get(lang), s.accent)),
    }
    // While someone speaks, "now" and "next" name the first two; before the
    // first turn nobody is named yet, so the queue lists everyone in order.
    let skip = if session.speaker().is_some() { 2 } else { 0 };
    let rest: Vec<String> = session.queue().iter().skip(skip).cloned().collect();
    if !rest.is_empty() {
        lines.push(Line::from(vec![
            Span::styled(format!("{}: ", t::QUEUE.get(lang)), s.muted),
            Span::styled(names(&rest), s.text),
        ]));
    }
    let skipped: Vec<String> = session.skipped().iter().map(|n| n.to_string()).collect();
    if !session.passed().is_empty() || !skipped.is_empty() {
        let mut spans = Vec::new();
        if !session.passed().is_empty() {
            spans.push(Span::styled(format!("{}: ", t::PASSED.get(lang)), s.muted));
            spans.push(Span::styled(names(session.passed()), s.passed));
        }
        if !skipped.is_empty() {
            spans.push(Span::styled(
                format!("  {}: ", t::SKIPPED.get(lang)),
                s.muted,
            ));
            spans.push(Span::styled(names(&skipped), s.passed));
        }
        lines.push(Line::from(spans));
    }
    lines
}

pub fn role_word(role: Role, lang: Lang) -> &'static str {
    match role {
        Role::Facilitator => c::FACILITATOR.get(lang),
        Role::NoteTaker => c::NOTE_TAKER.get(lang),
        Role::CaseGiver => c::CASE_GIVER.get(lang),
        Role::Interviewer => c::INTERVIEWER.get(lang),
        Role::Team => c::REFLECTING_TEAM.get(lang),
        Role::Timekeeper => c::TIMEKEEPER.get(lang),
        Role::All => c::EVERYONE.get(lang),
    }
}

pub fn discipline(d: &Discipline, lang: Lang) -> String {
    match d {
        Discipline::QuestionsOnly => t::DISC_QUESTIONS_ONLY.get(lang).into(),
        Discipline::OpenQuestions => t::DISC_OPEN_QUESTIONS.get(lang).into(),
        Discipline::ReflectionsOnly => t::DISC_REFLECTIONS_ONLY.get(lang).into(),
        Discipline::CaseGiverListens => t::DISC_CASE_GIVER_LISTENS.get(lang).into(),
        Discipline::AppreciationOnly => t::DISC_APPRECIATION_ONLY.get(lang).into(),
        Discipline::CaseGiverSpeaks => t::DISC_CASE_GIVER_SPEAKS.get(lang).into(),
        Discipline::Dialogue => t::DISC_DIALOGUE.get(lang).into(),
        Discipline::Custom(text) => text.get(lang).into(),
    }
}
