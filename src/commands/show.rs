//! `runde show PLAN`: the plan's run-sheet, for the facilitator to read the
//! evening before.

use super::Context;
use super::show_network;
use crate::cli::{OutputFormat, ShowArgs};
use crate::i18n::runsheet as words;
use crate::model::Plan;
use crate::print::errln;
use crate::runsheet::{self, ForNetwork, Format, RunSheetOptions};
use crate::text::Lang;
use chrono::NaiveTime;
use std::process::ExitCode;

/// The most participants a run-sheet is planned for.
const MAX_PARTICIPANTS: usize = 100;
/// Planned for when neither `-n` nor a network says how many come.
const DEFAULT_PARTICIPANTS: usize = 8;

pub fn run(ctx: &Context, args: &ShowArgs) -> ExitCode {
    let lang = ctx.lang;
    let loaded = ctx.store.plans();
    let Some(entry) = loaded.items.iter().find(|e| e.plan.id == args.plan) else {
        for problem in &loaded.problems {
            errln!("{}", problem.describe(ctx.lang));
        }
        errln!("runde: {}", super::known::unknown_plan(ctx, &args.plan));
        return crate::print::failed();
    };
    let network = match &args.network {
        Some(name) => match network_side(ctx, &entry.plan, name, args.date.as_deref()) {
            Ok(side) => Some(side),
            Err(message) => {
                errln!("runde: {message}");
                return crate::print::failed();
            }
        },
        None => None,
    };
    let participants = args
        .participants
        .or(network.as_ref().map(|n| n.1))
        .unwrap_or(DEFAULT_PARTICIPANTS);
    let network = network.map(|n| n.0);
    match render(
        &entry.plan,
        participants,
        &args.at,
        args.format,
        network.as_ref(),
        lang,
    ) {
        Ok(sheet) => {
            crate::print::out(&sheet);
            ExitCode::SUCCESS
        }
        Err(message) => {
            errln!("runde: {message}");
            crate::print::failed()
        }
    }
}

/// The network's side of the sheet, and how many of its members are
/// expected that day.
fn network_side(
    ctx: &Context,
    plan: &Plan,
    name: &str,
    date: Option<&str>,
) -> Result<(ForNetwork, usize), String> {
    use crate::clock::Clock;
    let lang = ctx.lang;
    let networks = ctx.store.networks();
    for problem in &networks.problems {
        errln!("{}", problem.describe(ctx.lang));
    }
    let network = crate::rotation::roster::find(&networks.items, name, lang)?;
    let today = ctx.clock.wall().date_naive();
    let asked = match date {
        Some(text) => Some(
            crate::dates::parse_date(text.trim())
                .or_else(|| {
                    crate::dates::parse_period(&format!("{text} {text}"), today).map(|l| l.from)
                })
                .ok_or_else(|| words::BAD_DATE.fill(lang, &[text]))?,
        ),
        None => None,
    };
    let mut lookup = super::review_index::lookup(ctx);
    let past = lookup.meetings(&network.name);
    super::review_index::say_notices(lang, &mut lookup);
    for problem in &past.problems {
        errln!("{}", problem.describe(ctx.lang));
    }
    let day = show_network::meeting_day(asked, &past.items, network, today);
    let side = show_network::for_network(network, plan, &mut lookup, &past.items, day, lang);
    Ok((side, show_network::expected(network, day)))
}

/// The run-sheet for the command's arguments, or what is wrong with them.
pub fn render(
    plan: &Plan,
    participants: usize,
    at: &str,
    format: OutputFormat,
    network: Option<&ForNetwork>,
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
    Ok(runsheet::render_for(plan, &opts, network))
}

/// "9:00", "09:00" or "09.00" (as Danes often write it).
fn parse_time(at: &str) -> Option<NaiveTime> {
    crate::dates::parse_clock(at)
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
