//! The run-sheet as plain text, wrapped at 78 columns for a terminal or a
//! printer.

use super::network::{Today, roles_title};
use super::sheet::{PhaseBlock, PhaseLines, Section, Sheet};
use crate::i18n::{common, runsheet as words};
use crate::text::Lang;
use unicode_width::UnicodeWidthStr;

const WIDTH: usize = 78;
/// Where the text of a step starts: after "09:05  ".
const STEP_INDENT: usize = 7;
const PHASE_INDENT: usize = STEP_INDENT + 7;

pub(super) fn render(sheet: &Sheet, lang: Lang) -> String {
    let mut out = Vec::new();
    out.push(sheet.title.clone());
    out.push("=".repeat(sheet.title.width().max(1)));
    if !sheet.description.is_empty() {
        out.extend(wrap(&sheet.description, 0));
    }
    out.push(String::new());
    out.push(sheet.summary.clone());
    if let Some(fitted) = &sheet.fitted {
        out.extend(wrap(fitted, 0));
    }
    out.push(String::new());
    if !sheet.prepare.is_empty() {
        out.push(words::PREPARE.get(lang).to_string());
        out.push("-".repeat(words::PREPARE.get(lang).width()));
        for item in &sheet.prepare {
            let mut lines = wrap(item, 2).into_iter();
            if let Some(first) = lines.next() {
                out.push(format!("– {}", first.trim_start()));
            }
            out.extend(lines);
        }
        out.push(String::new());
    }
    if let Some(today) = &sheet.today {
        today_lines(today, lang, &mut out);
    }
    out.push(words::AGENDA.get(lang).to_string());
    out.push("-".repeat(words::AGENDA.get(lang).width()));
    let min = common::MINUTES_SHORT.get(lang);
    for line in &sheet.agenda {
        out.push(headline(
            &line.clock,
            &line.title,
            &format!("{} {min}", line.minutes),
            0,
        ));
    }
    out.push(format!("{}  {}", sheet.end, words::END.get(lang)));
    for section in &sheet.sections {
        out.push(String::new());
        out.push("─".repeat(WIDTH));
        section_lines(section, lang, &mut out);
    }
    out.push(String::new());
    out.push("─".repeat(WIDTH));
    out.push(format!("{}  {}", sheet.end, words::END.get(lang)));
    let mut text = out.join("\n");
    text.push('\n');
    text
}

fn section_lines(section: &Section, lang: Lang, out: &mut Vec<String>) {
    let min = common::MINUTES_SHORT.get(lang);
    out.push(headline(
        &section.clock,
        &section.title,
        &format!("{} {min}", section.minutes),
        0,
    ));
    for fact in &section.facts {
        out.extend(wrap(fact, STEP_INDENT));
    }
    if !section.guidance.is_empty() {
        out.push(String::new());
        out.extend(wrap(&section.guidance, STEP_INDENT));
    }
    if !section.prompts.is_empty() {
        out.push(String::new());
    }
    prompt_lines(&section.prompts, STEP_INDENT, lang, out);
    for block in &section.phases {
        out.push(String::new());
        match block {
            PhaseBlock::Repeat(header) => out.extend(wrap(header, STEP_INDENT)),
            PhaseBlock::Phase(phase) => phase_lines(phase, lang, out),
        }
    }
    if let Some((heading, entries)) = &section.agreed {
        out.push(String::new());
        out.push(format!("{}{heading}", " ".repeat(STEP_INDENT)));
        for entry in entries {
            out.extend(hanging(entry, STEP_INDENT + 2, 3));
        }
    }
    if let Some(notes) = &section.notes {
        out.push(String::new());
        out.extend(wrap(notes, STEP_INDENT));
    }
}

/// The network's day: a heading, its people in their roles and the theme,
/// then the open actions.
fn today_lines(today: &Today, lang: Lang, out: &mut Vec<String>) {
    out.push(today.title.clone());
    out.push("-".repeat(today.title.width()));
    let width = today
        .facts
        .iter()
        .map(|(l, _)| l.width())
        .max()
        .unwrap_or(0);
    out.push(format!("{}:", roles_title(lang)));
    for (label, who) in &today.facts {
        let pad = " ".repeat(width - label.width());
        let mut lines = wrap(who, width + 4).into_iter();
        if let Some(first) = lines.next() {
            out.push(format!("  {label}{pad}  {}", first.trim_start()));
        }
        out.extend(lines);
    }
    if let Some(theme) = &today.theme {
        out.extend(wrap(theme, 0));
    }
    out.push(today.actions_title.clone());
    for action in &today.actions {
        let mut lines = wrap(action, 4).into_iter();
        if let Some(first) = lines.next() {
            out.push(format!("  – {}", first.trim_start()));
        }
        out.extend(lines);
    }
    out.push(String::new());
}

/// Text wrapped at `indent`, its later lines `hang` further in.
fn hanging(text: &str, indent: usize, hang: usize) -> Vec<String> {
    let mut lines = wrap(text, indent + hang).into_iter();
    let mut out = Vec::new();
    if let Some(first) = lines.next() {
        out.push(format!("{}{}", " ".repeat(indent), first.trim_start()));
    }
    out.extend(lines);
    out
}

fn phase_lines(phase: &PhaseLines, lang: Lang, out: &mut Vec<String>) {
    let min = common::MINUTES_SHORT.get(lang);
    let clock = phase.clock.as_deref().unwrap_or("");
    out.push(headline(
        clock,
        &phase.title,
        &format!("{} {min}", phase.minutes),
        STEP_INDENT,
    ));
    for fact in &phase.facts {
        out.extend(wrap(fact, PHASE_INDENT));
    }
    if !phase.guidance.is_empty() {
        out.extend(wrap(&phase.guidance, PHASE_INDENT));
    }
    prompt_lines(&phase.prompts, PHASE_INDENT, lang, out);
}

fn prompt_lines(prompts: &[String], indent: usize, lang: Lang, out: &mut Vec<String>) {
    if prompts.is_empty() {
        return;
    }
    out.push(format!("{}{}", " ".repeat(indent), words::ASK.get(lang)));
    for prompt in prompts {
        let mut lines = wrap(prompt, indent + 2).into_iter();
        if let Some(first) = lines.next() {
            out.push(format!("{}– {}", " ".repeat(indent), first.trim_start()));
        }
        out.extend(lines);
    }
}

/// "09:05  Title ....................... 12 min", the minutes flush right.
fn headline(clock: &str, title: &str, minutes: &str, indent: usize) -> String {
    let left = format!("{}{clock:<5}  {title}", " ".repeat(indent));
    let gap = WIDTH.saturating_sub(left.width() + minutes.width()).max(2);
    format!("{left}{}{minutes}", " ".repeat(gap))
}

/// Words wrapped to the width, every line indented.
fn wrap(text: &str, indent: usize) -> Vec<String> {
    let room = WIDTH.saturating_sub(indent).max(20);
    let pad = " ".repeat(indent);
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        if !line.is_empty() && line.width() + 1 + word.width() > room {
            lines.push(format!("{pad}{line}"));
            line.clear();
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    if !line.is_empty() {
        lines.push(format!("{pad}{line}"));
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wraps_within_the_width_and_keeps_every_word() {
        let text = "ord ".repeat(60);
        let lines = wrap(&text, 7);
        assert!(lines.iter().all(|l| l.width() <= WIDTH));
        assert!(lines.iter().all(|l| l.starts_with("       ord")));
        let words: usize = lines.iter().map(|l| l.split_whitespace().count()).sum();
        assert_eq!(words, 60);
    }

    #[test]
    fn headline_puts_minutes_flush_right() {
        let line = headline("09:05", "Tjek-ind", "12 min", 0);
        assert_eq!(line.width(), WIDTH);
        assert!(line.ends_with("12 min"));
    }
}
