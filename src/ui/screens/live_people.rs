//! Who is in the room, in words: the speaker, the queue and who passed in
//! a round; the phase's rule and who speaks and listens in supervision.

use super::live_roles::voice_lines;
use crate::engine::Session;
use crate::i18n::live as t;
use crate::model::plan::{Discipline, Role};
use crate::model::roles::RoleNames;
use crate::text::Lang;
use crate::ui::style::Styles;
use ratatui::text::{Line, Span};

pub(super) fn names(list: &[String]) -> String {
    list.join(", ")
}

/// Who speaks: the phase, its rule, who speaks and who listens by name in
/// supervision; the speaker, the queue and who passed in a round.
/// `narrow`: first names where they say who (a whole name wraps badly);
/// `width`: the columns the lines are wrapped to.
pub(super) fn people_lines<'a>(
    session: &'a Session,
    s: &Styles,
    lang: Lang,
    (narrow, width): (bool, u16),
) -> Vec<Line<'a>> {
    let mut lines = Vec::new();
    if let Some((phase, repeat)) = session.phase() {
        let role_names = session.record().plan.role_names(Some(session.step_index()));
        let mut title = format!(
            "{} {}/{}: {}",
            t::PHASE.get(lang),
            session.phase_index() + 1,
            session.phases().len(),
            phase.title.get(lang)
        );
        if let Some(n) = repeat {
            let passes = session
                .phases()
                .iter()
                .filter_map(|(_, r)| *r)
                .max()
                .unwrap_or(n)
                + 1;
            let client = role_names.label(crate::model::plan::Role::CaseGiver, lang);
            title.push_str(&format!(
                " ({})",
                t::PASS_OF.fill(lang, &[&client, &(n + 1).to_string(), &passes.to_string()])
            ));
        }
        lines.push(Line::styled(title, s.title));
        if let Some(d) = &phase.discipline {
            lines.push(Line::styled(
                format!("⚑ {}", discipline(d, &role_names, lang)),
                s.timer_warn,
            ));
        }
        // Who speaks and who listens, each role with its people's names.
        if let Some(mut voices) = session.phase_voices() {
            if narrow {
                let everyone = session.record().roster();
                let short = |list: &mut Vec<String>| {
                    for name in list.iter_mut() {
                        *name = crate::names::short(name, &everyone).to_string();
                    }
                };
                for (_, who) in voices.speaking.iter_mut().chain(&mut voices.listening) {
                    short(who);
                }
                short(&mut voices.observers);
            }
            lines.extend(voice_lines(&voices, &role_names, width, s, lang));
        }
    }
    if session.has_turns() {
        lines.extend(round_lines(session, s, lang));
    }
    lines
}

/// In the check-out round: the speaker's score, and how many have scored.
fn score_line<'a>(session: &'a Session, s: &Styles, lang: Lang) -> Option<Line<'a>> {
    if !session.scoring() {
        return None;
    }
    let given = match session.speaker_score() {
        Some(score) => Span::styled(score.to_string(), s.speaker_now),
        None => Span::styled(t::SCORE_PRESS.get(lang), s.accent),
    };
    Some(Line::from(vec![
        Span::styled(format!("{} ", t::SCORE_ASK.get(lang)), s.muted),
        given,
        Span::styled(
            format!(
                " · {}",
                t::SCORES_GIVEN.fill(lang, session.scores_given(), &[])
            ),
            s.muted,
        ),
    ]))
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
    lines.extend(score_line(session, s, lang));
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

/// The rule of a phase, short, in the method's own role names
/// ("klienten lytter og skriver – siger ingenting").
pub(super) fn discipline(d: &Discipline, names: &RoleNames, lang: Lang) -> String {
    let case_giver = names.the(Role::CaseGiver, lang);
    match d {
        Discipline::QuestionsOnly => t::DISC_QUESTIONS_ONLY.get(lang).into(),
        Discipline::OpenQuestions => t::DISC_OPEN_QUESTIONS.get(lang).into(),
        Discipline::ReflectionsOnly => t::DISC_REFLECTIONS_ONLY.fill(lang, &[&case_giver]),
        Discipline::CaseGiverListens => t::DISC_CASE_GIVER_LISTENS.fill(lang, &[&case_giver]),
        Discipline::AppreciationOnly => t::DISC_APPRECIATION_ONLY.fill(lang, &[&case_giver]),
        Discipline::CaseGiverSpeaks => t::DISC_CASE_GIVER_SPEAKS.fill(lang, &[&case_giver]),
        Discipline::Dialogue => t::DISC_DIALOGUE.get(lang).into(),
        Discipline::Custom(text) => text.get(lang).into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::plan::{PhaseItem, Plan, StepKind};

    /// A phase run as a round ("Teamet reflekterer på skift") has a banner
    /// that does not say the team reflects together, in any bundled plan.
    #[test]
    fn a_round_of_reflections_is_not_called_reflecting_together() {
        let mut seen = 0;
        for (id, source) in crate::bundled::PLANS {
            let plan: Plan = ron::from_str(source).unwrap();
            for (i, step) in plan.steps.iter().enumerate() {
                let StepKind::Supervision { phases } = &step.kind else {
                    continue;
                };
                let names = plan.role_names(Some(i));
                let phases = phases.iter().flat_map(|item| match item {
                    PhaseItem::Phase(p) => vec![p.as_ref().clone()],
                    PhaseItem::Repeat { phases, .. } => phases.clone(),
                });
                for phase in phases.filter(|p| !p.round_among.is_empty()) {
                    let Some(d) = &phase.discipline else { continue };
                    for (lang, word) in [(Lang::Da, "sammen"), (Lang::En, "together")] {
                        let banner = discipline(d, &names, lang);
                        assert!(!banner.contains(word), "{id}: {banner}");
                        seen += 1;
                    }
                }
            }
        }
        assert!(seen > 0);
    }
}
