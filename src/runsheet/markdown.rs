//! The run-sheet as Markdown, for a mail or a shared document.

use super::network::roles_title;
use super::sheet::{PhaseBlock, PhaseLines, Section, Sheet};
use crate::i18n::{common, runsheet as words};
use crate::text::Lang;

pub(super) fn render(sheet: &Sheet, lang: Lang) -> String {
    let min = common::MINUTES_SHORT.get(lang);
    let mut out = Vec::new();
    out.push(format!("# {}", inline(&sheet.title)));
    out.push(String::new());
    if !sheet.description.is_empty() {
        out.push(inline(&sheet.description));
        out.push(String::new());
    }
    out.push(format!("*{}*", inline(&sheet.summary)));
    if let Some(fitted) = &sheet.fitted {
        out.push(String::new());
        out.push(format!("*{}*", inline(fitted)));
    }
    out.push(String::new());
    if !sheet.prepare.is_empty() {
        out.push(format!("## {}", words::PREPARE.get(lang)));
        out.push(String::new());
        for item in &sheet.prepare {
            out.push(format!("- {}", inline(item)));
        }
        out.push(String::new());
    }
    if let Some(today) = &sheet.today {
        out.push(format!("## {}", inline(&today.title)));
        out.push(String::new());
        out.push(format!("**{}**", roles_title(lang)));
        out.push(String::new());
        for (label, who) in &today.facts {
            out.push(format!("- {}: {}", inline(label), inline(who)));
        }
        out.push(String::new());
        if let Some(theme) = &today.theme {
            out.push(inline(theme));
            out.push(String::new());
        }
        out.push(format!("**{}**", inline(&today.actions_title)));
        out.push(String::new());
        for action in &today.actions {
            out.push(format!("- {}", inline(action)));
        }
        out.push(String::new());
    }
    out.push(format!("## {}", words::AGENDA.get(lang)));
    out.push(String::new());
    out.push(format!(
        "| {} | {} | {} |",
        words::CLOCK.get(lang),
        words::ITEM.get(lang),
        words::MINUTES.get(lang)
    ));
    out.push("| ---: | --- | ---: |".to_string());
    for line in &sheet.agenda {
        out.push(format!(
            "| {} | {} | {} |",
            line.clock,
            inline(&line.title),
            line.minutes
        ));
    }
    out.push(format!("| {} | {} | |", sheet.end, words::END.get(lang)));
    for section in &sheet.sections {
        out.push(String::new());
        section_lines(section, min, lang, &mut out);
    }
    out.push(String::new());
    out.push(format!("## {} {}", sheet.end, words::END.get(lang)));
    let mut text = out.join("\n");
    text.push('\n');
    text
}

fn section_lines(section: &Section, min: &str, lang: Lang, out: &mut Vec<String>) {
    out.push(format!(
        "## {} {} · {} {min}",
        section.clock,
        inline(&section.title),
        section.minutes
    ));
    out.push(String::new());
    if !section.facts.is_empty() {
        let facts: Vec<String> = section.facts.iter().map(|f| inline(f)).collect();
        out.push(format!("*{}*", facts.join(" ")));
        out.push(String::new());
    }
    if !section.guidance.is_empty() {
        out.push(inline(&section.guidance));
        out.push(String::new());
    }
    prompt_lines(&section.prompts, lang, out);
    for block in &section.phases {
        match block {
            PhaseBlock::Repeat(header) => {
                out.push(format!("**{}**", inline(header)));
                out.push(String::new());
            }
            PhaseBlock::Phase(phase) => phase_lines(phase, min, lang, out),
        }
    }
    if let Some((heading, entries)) = &section.agreed {
        out.push(format!("**{}**", inline(heading)));
        out.push(String::new());
        for entry in entries {
            out.push(format!("- {}", inline(entry)));
        }
        out.push(String::new());
    }
    if let Some(notes) = &section.notes {
        out.push(format!("*{}*", inline(notes)));
        out.push(String::new());
    }
    // The caller separates sections; drop the trailing blank line.
    if out.last().is_some_and(|l| l.is_empty()) {
        out.pop();
    }
}

fn phase_lines(phase: &PhaseLines, min: &str, lang: Lang, out: &mut Vec<String>) {
    let clock = phase
        .clock
        .as_deref()
        .map(|c| format!("{c} "))
        .unwrap_or_default();
    out.push(format!(
        "### {clock}{} · {} {min}",
        inline(&phase.title),
        phase.minutes
    ));
    out.push(String::new());
    if !phase.facts.is_empty() {
        // Two trailing spaces: a line break inside one paragraph.
        let facts: Vec<String> = phase
            .facts
            .iter()
            .map(|f| format!("*{}*", inline(f)))
            .collect();
        out.push(facts.join("  \n"));
        out.push(String::new());
    }
    if !phase.guidance.is_empty() {
        out.push(inline(&phase.guidance));
        out.push(String::new());
    }
    prompt_lines(&phase.prompts, lang, out);
}

fn prompt_lines(prompts: &[String], lang: Lang, out: &mut Vec<String>) {
    if prompts.is_empty() {
        return;
    }
    out.push(format!("**{}**", words::ASK.get(lang)));
    out.push(String::new());
    for prompt in prompts {
        out.push(format!("- {}", inline(prompt)));
    }
    out.push(String::new());
}

/// Text from a plan with Markdown's active characters escaped, so a plan
/// cannot turn a run-sheet into something else.
fn inline(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if matches!(
            c,
            '\\' | '*' | '_' | '`' | '[' | ']' | '<' | '>' | '#' | '|'
        ) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_markdown_in_plan_text() {
        assert_eq!(inline("a *b* | c"), "a \\*b\\* \\| c");
    }
}
