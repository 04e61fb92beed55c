//! `runde network …`: create, list and edit networks. Showing one lives in
//! `network_show.rs`.

use super::Context;
use super::network_show;
use crate::cli::NetworkCommand;
use crate::dates::day_month;
use crate::dates::{day_text, parse_date, parse_day_ahead};
use crate::i18n::rotation as t;
use crate::model::Network;
use crate::model::PastMeeting;
use crate::print::{errln, outln};
use crate::rotation::roster::{add_many, end_leave, find, leave, new, readable, remove};
use crate::store::index::network_key;
use crate::store::index_query::NetworkSummary;
use crate::store::location::Location;
use crate::text::Lang;
use chrono::{Datelike, NaiveDate};
use serde::Serialize;
use std::process::ExitCode;

pub fn run(ctx: &Context, cmd: &NetworkCommand) -> ExitCode {
    let lang = ctx.lang;
    let networks = ctx.store.networks();
    for problem in &networks.problems {
        errln!("{}", problem.describe(ctx.lang));
    }
    let result = match cmd {
        NetworkCommand::List { out } => {
            list(ctx, &networks.items, out.json);
            // A network file that did not load makes the list incomplete.
            return listed(&networks.problems);
        }
        NetworkCommand::Share { name, dir } => return super::network_share::share(ctx, name, dir),
        NetworkCommand::Join { dir } => return super::network_share::join(ctx, dir),
        NetworkCommand::New { name, participants } => {
            new(&networks.items, name, participants, lang).map(Some)
        }
        NetworkCommand::Show { name, out } => find(&networks.items, name, lang).map(|n| {
            let mut lookup = super::review_index::lookup(ctx);
            let past = lookup.meetings(&n.name);
            super::review_index::say_notices(lang, &mut lookup);
            for problem in &past.problems {
                errln!("{}", problem.describe(ctx.lang));
            }
            let today = today_of(ctx);
            if out.json {
                let shown = network_show::json(n, &past.items, today, lang);
                super::json::print_rows(&[shown]);
            } else {
                crate::print::out(&network_show::render(n, &past.items, today, lang));
            }
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
            end,
        } => find(&networks.items, name, lang)
            .and_then(|n| {
                let today = today_of(ctx);
                match (from, to) {
                    (Some(from), Some(to)) if !end => {
                        let (from, to) = leave_days(from, to, today, lang)?;
                        leave(n.clone(), person, from, to, today, lang)
                    }
                    _ => end_leave(n.clone(), person, today, lang),
                }
            })
            .map(Some),
    };
    match result {
        Ok(None) => ExitCode::SUCCESS,
        Ok(Some((network, message))) => match readable(&network)
            .map_err(|e| e.to_string())
            .and_then(|()| {
                ctx.store
                    .save_network(&network)
                    .map_err(|e| e.describe(lang))
            }) {
            Ok(()) => {
                outln!("{message}");
                ExitCode::SUCCESS
            }
            Err(e) => {
                errln!("runde: {}", t::SAVE_FAILED.fill(lang, &[&e]));
                crate::print::failed()
            }
        },
        Err(message) => {
            errln!("runde: {message}");
            if !networks.problems.is_empty() {
                // The network asked for may be in a file that did not load.
                let count = networks.problems.len().to_string();
                errln!("runde: {}", t::UNREADABLE_FILES.fill(lang, &[&count]));
            }
            crate::print::failed()
        }
    }
}

/// A `--to` without a year that makes a leave longer than this is asked
/// about: "--from 1/3 --to 1/2" is a slip more often than eleven months.
const LONGEST_GUESSED_LEAVE_DAYS: i64 = 183;

/// `--from` and `--to` as typed, each read on its own (a year may be left
/// out: the next such day from about a month ago), said in the flags' own
/// words when one is not a date, the leave would end before it starts, or
/// a `--to` without its year makes it longer than half a year.
fn leave_days(
    from: &str,
    to: &str,
    today: NaiveDate,
    lang: Lang,
) -> Result<(NaiveDate, NaiveDate), String> {
    let day = |flag: &str, text: &str| {
        parse_day_ahead(text, today)
            .ok_or_else(|| t::FLAG_NOT_A_DATE.fill(lang, &[flag, text.trim()]))
    };
    let (first, last) = (day("--from", from)?, day("--to", to)?);
    if last < first {
        let next_year = last
            .with_year(first.year() + 1)
            .filter(|d| *d >= first)
            .map_or_else(String::new, day_text);
        return Err(t::TO_BEFORE_FROM.fill(lang, &[&day_text(last), &day_text(first), &next_year]));
    }
    let year_typed = parse_date(to.trim()).is_some();
    if !year_typed && (last - first).num_days() > LONGEST_GUESSED_LEAVE_DAYS {
        return Err(t::TO_FAR_AHEAD.fill(
            lang,
            &[
                to.trim(),
                &day_text(first),
                &day_text(last),
                &day_text(last),
            ],
        ));
    }
    Ok((first, last))
}

fn today_of(ctx: &Context) -> NaiveDate {
    use crate::clock::Clock;
    ctx.clock.wall().date_naive()
}

/// 0, or 2 when a network file did not load (said above already).
fn listed(problems: &[crate::store::Problem]) -> ExitCode {
    if problems.is_empty() {
        ExitCode::SUCCESS
    } else {
        crate::print::failed()
    }
}

fn list(ctx: &Context, networks: &[Network], json: bool) {
    let lang = ctx.lang;
    let mut lookup = super::review_index::lookup(ctx);
    let summaries = match lookup.query(|ix| ix.network_summaries()) {
        Ok(found) => found,
        // From the records when the index cannot answer.
        Err(_) => {
            let records = ctx.store.records();
            for problem in &records.problems {
                errln!("{}", problem.describe(ctx.lang));
            }
            summaries_of(&PastMeeting::all(&records.items))
        }
    };
    super::review_index::say_notices(lang, &mut lookup);
    let today = today_of(ctx);
    let rows = list_rows(networks, &summaries, |name| ctx.store.location_of(name));
    if json {
        super::json::print_rows(&rows);
    } else {
        crate::print::out(&render_list(&rows, today, lang));
    }
}

/// Each network's count of sessions and latest day, from their facts.
fn summaries_of(meetings: &[PastMeeting]) -> Vec<NetworkSummary> {
    let mut out: Vec<NetworkSummary> = Vec::new();
    for m in meetings {
        let key = network_key(&m.network.name);
        match out.iter_mut().find(|s| network_key(&s.network) == key) {
            Some(s) => {
                s.sessions += 1;
                s.latest = s.latest.max(Some(m.date()));
            }
            None => out.push(NetworkSummary {
                network: m.network.name.clone(),
                sessions: 1,
                latest: Some(m.date()),
            }),
        }
    }
    out
}

/// A network as `runde network list --json` gives it: the table's
/// columns; `latest` is the day of its latest session, `demo` marks the
/// demonstration network, `shared` the folder it lives in when it is
/// shared (none: this machine's data folder).
#[derive(Debug, Serialize)]
pub struct NetworkJson<'a> {
    pub name: &'a str,
    pub members: usize,
    pub sessions: usize,
    pub latest: Option<NaiveDate>,
    pub demo: bool,
    pub shared: Option<std::path::PathBuf>,
}

/// Each network with its count of sessions, latest day and where it lives.
fn list_rows<'a>(
    networks: &'a [Network],
    summaries: &[NetworkSummary],
    location_of: impl Fn(&str) -> Location,
) -> Vec<NetworkJson<'a>> {
    networks
        .iter()
        .map(|n| {
            let key = network_key(&n.name);
            let mine = summaries.iter().find(|s| network_key(&s.network) == key);
            NetworkJson {
                name: &n.name,
                members: n.participants.len(),
                sessions: mine.map_or(0, |s| s.sessions),
                latest: mine.and_then(|s| s.latest),
                demo: *n == Network::demo(),
                shared: match location_of(&n.name) {
                    Location::Local => None,
                    Location::Shared { dir } => Some(dir),
                },
            }
        })
        .collect()
}

/// The table `runde network list` prints.
fn render_list(rows: &[NetworkJson], today: NaiveDate, lang: Lang) -> String {
    let width = rows
        .iter()
        .map(|n| n.name.chars().count() + 7)
        .chain([t::LIST_HEADER.get(lang).chars().count()])
        .max()
        .unwrap_or(8);
    let latest_of = |n: &NetworkJson| {
        n.latest
            .map(|d| day_month(d, today, lang))
            .unwrap_or_else(|| "–".to_string())
    };
    // As wide as its widest date (»25. okt 2025«), so the next column lines up.
    let latest_width = rows
        .iter()
        .map(|n| latest_of(n).chars().count())
        .chain([t::LATEST.get(lang).chars().count()])
        .max()
        .unwrap_or(8);
    let mut out = format!(
        "{:<width$}  {:>9}  {:>6}  {:<latest_width$}  {}\n",
        t::LIST_HEADER.get(lang),
        t::MEMBERS.get(lang),
        t::SESSIONS.get(lang),
        t::LATEST.get(lang),
        crate::i18n::share::WHERE.get(lang),
    );
    for n in rows {
        let latest = latest_of(n);
        let mut name = n.name.to_string();
        if n.demo {
            name = format!("{name} {}", t::DEMO.get(lang));
        }
        let place = match &n.shared {
            None => crate::i18n::share::HERE.get(lang).to_string(),
            Some(dir) => dir.display().to_string(),
        };
        out.push_str(&format!(
            "{:<width$}  {:>9}  {:>6}  {:<latest_width$}  {}\n",
            name, n.members, n.sessions, latest, place
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_list_lines_up_after_a_long_date() {
        let row = |name: &'static str, latest: Option<NaiveDate>| NetworkJson {
            name,
            members: 9,
            sessions: 200,
            latest,
            demo: false,
            shared: None,
        };
        let today = NaiveDate::from_ymd_opt(2026, 12, 4).unwrap();
        let rows = [
            row("Nord", NaiveDate::from_ymd_opt(2025, 10, 25)),
            row("Syd", None),
        ];
        let text = render_list(&rows, today, Lang::Da);
        // The column "where it lives" starts at one place on every line.
        let columns: Vec<usize> = text
            .lines()
            .map(|l| {
                let at = l
                    .find("på denne maskine")
                    .or_else(|| l.find("Ligger"))
                    .unwrap();
                l[..at].chars().count()
            })
            .collect();
        assert!(text.contains("25. okt 2025"), "{text}");
        assert!(columns.windows(2).all(|w| w[0] == w[1]), "{text}");
    }
}
