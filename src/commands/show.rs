//! `runde show PLAN`: the plan's run-sheet, for the facilitator to read the
//! evening before.

use super::Context;
use crate::cli::{OutputFormat, ShowArgs};
use crate::i18n::runsheet as words;
use crate::model::Plan;
use crate::print::errln;
use crate::runsheet::{self, Format, RunSheetOptions};
use crate::text::Lang;
use chrono::NaiveTime;
use std::process::ExitCode;

/// The most participants a run-sheet is planned for.
const MAX_PARTICIPANTS: usize = 100;

pub fn run(ctx: &Context, args: &ShowArgs) -> ExitCode {
    let lang = ctx.lang;
    let loaded = ctx.store.plans();
    let Some(entry) = loaded.items.iter().find(|e| e.plan.id == args.plan) else {
        for problem in &loaded.problems {
            errln!("{problem}");
        }
        errln!("runde: {}", words::NO_SUCH_PLAN.fill(lang, &[&args.plan]));
        return ExitCode::from(2);
    };
    match render(&entry.plan, args.participants, &args.at, args.format, lang) {
        Ok(sheet) => {
            crate::print::out(&sheet);
            ExitCode::SUCCESS
        }
        Err(message) => {
            errln!("runde: {message}");
            ExitCode::from(2)
        }
    }
}

/// The run-sheet for the command's arguments, or what is wrong with them.
pub fn render(
    plan: &Plan,
    participants: usize,
    at: &str,
    format: OutputFormat,
    lang: Lang,
) -> Result<String, String> {
    if !(1..=MAX_PARTICIPANTS).contains(&participants) {
        return Err(words::BAD_PARTICIPANTS.fill(lang, &[&participants.to_string()]));
    }
    let start = parse_time(at).ok_or_else(|| words::BAD_TIME.fill(lang, &[at]))?;
    let opts = RunSheetOptions {
        participants,
        start,
        format: match format {
            OutputFormat::Text => Format::Text,
            OutputFormat::Md => Format::Markdown,
        },
        lang,
    };
    Ok(runsheet::render(plan, &opts))
}

/// "9:00", "09:00" or "09.00" (as Danes often write it).
fn parse_time(at: &str) -> Option<NaiveTime> {
    let at = at.trim().replace('.', ":");
    NaiveTime::parse_from_str(&at, "%H:%M").ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_ways_people_write_a_time() {
        let nine = NaiveTime::from_hms_opt(9, 0, 0);
        assert_eq!(parse_time("09:00"), nine);
        assert_eq!(parse_time("9:00"), nine);
        assert_eq!(parse_time("09.00"), nine);
        assert_eq!(parse_time("25:00"), None);
        assert_eq!(parse_time("nine"), None);
    }
}
