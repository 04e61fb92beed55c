//! `runde network …`: create, list and edit networks. Showing one lives in
//! `network_show.rs`.

use super::Context;
use super::network_show;
use crate::cli::NetworkCommand;
use crate::i18n::rotation as t;
use crate::model::Network;
use crate::model::PastMeeting;
use crate::rotation::history::{meetings_of, session_date};
use crate::rotation::reason::short_date;
use crate::rotation::roster::{add_many, find, leave, new, readable, remove};
use crate::text::Lang;
use chrono::NaiveDate;
use std::process::ExitCode;

pub fn run(ctx: &Context, cmd: &NetworkCommand) -> ExitCode {
    let lang = ctx.lang;
    let networks = ctx.store.networks();
    for problem in &networks.problems {
        eprintln!("{problem}");
    }
    let result = match cmd {
        NetworkCommand::List => {
            list(ctx, &networks.items);
            Ok(None)
        }
        NetworkCommand::New { name, participants } => {
            new(&networks.items, name, participants, lang).map(Some)
        }
        NetworkCommand::Show { name } => find(&networks.items, name, lang).map(|n| {
            let records = ctx.store.records();
            for problem in &records.problems {
                eprintln!("{problem}");
            }
            let today = today_of(ctx);
            let past = PastMeeting::all(&records.items);
            print!("{}", network_show::render(n, &past, today, lang));
            None
        }),
        // "Hans, Ida" adds two people, as in `--participants` and on the
        // network screen: a comma never stands inside a name.
        NetworkCommand::Add { name, person } => find(&networks.items, name, lang)
            .and_then(|n| add_many(n.clone(), person, lang))
            .map(Some),
        NetworkCommand::Remove { name, person } => find(&networks.items, name, lang)
            .and_then(|n| remove(n.clone(), person, lang))
            .map(Some),
        NetworkCommand::Leave {
            name,
            person,
            from,
            to,
        } => find(&networks.items, name, lang)
            .and_then(|n| {
                // The forms the network screen takes: a year may be left out.
                let today = today_of(ctx);
                let period = crate::model::dates::parse_period(&format!("{from} {to}"), today)
                    .ok_or_else(|| crate::i18n::roster::BAD_PERIOD.get(lang).to_string())?;
                leave(n.clone(), person, period.from, period.to, today, lang)
            })
            .map(Some),
    };
    match result {
        Ok(None) => ExitCode::SUCCESS,
        Ok(Some((network, message))) => match readable(&network)
            .map_err(|e| e.to_string())
            .and_then(|()| ctx.store.save_network(&network).map_err(|e| e.to_string()))
        {
            Ok(()) => {
                println!("{message}");
                ExitCode::SUCCESS
            }
            Err(e) => {
                eprintln!("runde: {}", t::SAVE_FAILED.fill(lang, &[&e]));
                ExitCode::FAILURE
            }
        },
        Err(message) => {
            eprintln!("runde: {message}");
            if !networks.problems.is_empty() {
                // The network asked for may be in a file that did not load.
                let count = networks.problems.len().to_string();
                eprintln!("runde: {}", t::UNREADABLE_FILES.fill(lang, &[&count]));
            }
            ExitCode::from(2)
        }
    }
}

fn today_of(ctx: &Context) -> NaiveDate {
    use crate::clock::Clock;
    ctx.clock.wall().date_naive()
}

fn list(ctx: &Context, networks: &[Network]) {
    let lang = ctx.lang;
    let records = ctx.store.records();
    for problem in &records.problems {
        eprintln!("{problem}");
    }
    let today = today_of(ctx);
    let past = PastMeeting::all(&records.items);
    print!("{}", render_list(networks, &past, today, lang));
}

/// The table `runde network list` prints.
pub fn render_list(
    networks: &[Network],
    records: &[PastMeeting],
    today: NaiveDate,
    lang: Lang,
) -> String {
    let width = networks
        .iter()
        .map(|n| n.name.chars().count() + 7)
        .chain([t::LIST_HEADER.get(lang).chars().count()])
        .max()
        .unwrap_or(8);
    let mut out = format!(
        "{:<width$}  {:>9}  {:>6}  {}\n",
        t::LIST_HEADER.get(lang),
        t::MEMBERS.get(lang),
        t::SESSIONS.get(lang),
        t::LATEST.get(lang),
    );
    for n in networks {
        let mine = meetings_of(n, records, None);
        let latest = mine
            .last()
            .map(|r| short_date(session_date(r), today, lang))
            .unwrap_or_else(|| "–".to_string());
        let mut name = n.name.clone();
        if *n == Network::demo() {
            name = format!("{name} {}", t::DEMO.get(lang));
        }
        out.push_str(&format!(
            "{:<width$}  {:>9}  {:>6}  {}\n",
            name,
            n.participants.len(),
            mine.len(),
            latest
        ));
    }
    out
}
