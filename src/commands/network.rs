//! `runde network …`: create, list and edit networks. Showing one lives in
//! `network_show.rs`.

use super::Context;
use super::network_show;
use crate::cli::NetworkCommand;
use crate::i18n::rotation as t;
use crate::model::network::Leave;
use crate::model::{Network, Participant};
use crate::rotation::history::{records_of, session_date};
use crate::rotation::reason::short_date;
use crate::store::slug;
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
            print!("{}", network_show::render(n, &records.items, today, lang));
            None
        }),
        NetworkCommand::Add { name, person } => find(&networks.items, name, lang)
            .and_then(|n| add(n.clone(), person, lang))
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
            .and_then(|n| leave(n.clone(), person, *from, *to, today_of(ctx), lang))
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
            ExitCode::from(2)
        }
    }
}

fn today_of(ctx: &Context) -> NaiveDate {
    use crate::clock::Clock;
    ctx.clock.wall().date_naive()
}

/// Never write a roster runde could not read back.
fn readable(network: &Network) -> Result<(), ron::Error> {
    let text = ron::to_string(network)?;
    ron::from_str::<Network>(&text)
        .map(|_| ())
        .map_err(|e| e.code)
}

/// A network to save and what to tell the user, or what is wrong.
type Edit = Result<(Network, String), String>;

fn same(a: &str, b: &str) -> bool {
    a.trim().to_lowercase() == b.trim().to_lowercase()
}

pub fn find<'a>(networks: &'a [Network], name: &str, lang: Lang) -> Result<&'a Network, String> {
    networks
        .iter()
        .find(|n| same(&n.name, name))
        .ok_or_else(|| {
            let names: Vec<&str> = networks.iter().map(|n| n.name.as_str()).collect();
            t::NO_SUCH_NETWORK.fill(lang, &[name.trim(), &names.join(", ")])
        })
}

fn clean_name(name: &str, lang: Lang) -> Result<String, String> {
    let name = name.split_whitespace().collect::<Vec<_>>().join(" ");
    if !name.chars().any(char::is_alphanumeric) {
        return Err(t::EMPTY_NAME.get(lang).to_string());
    }
    if name.chars().count() > 200 {
        return Err(t::NAME_TOO_LONG.get(lang).to_string());
    }
    Ok(name)
}

pub fn new(networks: &[Network], name: &str, participants: &str, lang: Lang) -> Edit {
    let name = clean_name(name, lang)?;
    // Two names with one file name would overwrite each other.
    if let Some(existing) = networks
        .iter()
        .find(|n| same(&n.name, &name) || slug(&n.name) == slug(&name))
    {
        return Err(t::NETWORK_EXISTS.fill(lang, &[&existing.name]));
    }
    let mut names: Vec<String> = Vec::new();
    for raw in participants.split(',').filter(|p| !p.trim().is_empty()) {
        let person = clean_name(raw, lang)?;
        if names.iter().any(|n| same(n, &person)) {
            return Err(t::LISTED_TWICE.fill(lang, &[&person]));
        }
        names.push(person);
    }
    if names.is_empty() {
        return Err(t::NO_PARTICIPANTS.get(lang).to_string());
    }
    let refs: Vec<&str> = names.iter().map(String::as_str).collect();
    let network = Network::new(&name, &refs);
    let message = t::CREATED.fill(lang, &[&name, &names.len().to_string(), &names.join(", ")]);
    Ok((network, message))
}

fn member_index(network: &Network, person: &str, lang: Lang) -> Result<usize, String> {
    network
        .participants
        .iter()
        .position(|p| same(&p.name, person))
        .ok_or_else(|| {
            t::NOT_MEMBER.fill(
                lang,
                &[person.trim(), &network.name, &network.names().join(", ")],
            )
        })
}

pub fn add(mut network: Network, person: &str, lang: Lang) -> Edit {
    let person = clean_name(person, lang)?;
    if network.participant(&person).is_some() {
        return Err(t::ALREADY_MEMBER.fill(lang, &[&person, &network.name]));
    }
    network.participants.push(Participant::new(&person));
    let message = t::ADDED.fill(lang, &[&person, &network.name]);
    Ok((network, message))
}

/// "Bos" / "Lars'" in Danish, "Bo's" in English.
fn possessive(name: &str, lang: Lang) -> String {
    match lang {
        Lang::Da if name.ends_with(['s', 'x', 'z']) => format!("{name}'"),
        Lang::Da => format!("{name}s"),
        Lang::En => format!("{name}'s"),
    }
}

pub fn remove(mut network: Network, person: &str, lang: Lang) -> Edit {
    let i = member_index(&network, person, lang)?;
    let gone = network.participants.remove(i).name;
    let message = t::REMOVED.fill(lang, &[&gone, &network.name, &possessive(&gone, lang)]);
    Ok((network, message))
}

pub fn leave(
    mut network: Network,
    person: &str,
    from: NaiveDate,
    to: NaiveDate,
    today: NaiveDate,
    lang: Lang,
) -> Edit {
    if to < from {
        return Err(t::LEAVE_BACKWARDS.fill(lang, &[&to.to_string(), &from.to_string()]));
    }
    let i = member_index(&network, person, lang)?;
    let p = &mut network.participants[i];
    p.leave.push(Leave { from, to });
    let message = t::ON_LEAVE_SAVED.fill(
        lang,
        &[
            &p.name,
            &short_date(from, today, lang),
            &short_date(to, today, lang),
        ],
    );
    Ok((network, message))
}

fn list(ctx: &Context, networks: &[Network]) {
    let lang = ctx.lang;
    let records = ctx.store.records();
    for problem in &records.problems {
        eprintln!("{problem}");
    }
    let today = today_of(ctx);
    print!("{}", render_list(networks, &records.items, today, lang));
}

/// The table `runde network list` prints.
pub fn render_list(
    networks: &[Network],
    records: &[crate::model::Record],
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
        let mine = records_of(n, records, None);
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

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn new_network_keeps_the_given_order_and_refuses_duplicates() {
        let (n, msg) = new(&[], " Nord ", "Anne, Bo ,,Carla", Lang::Da).unwrap();
        assert_eq!(n.names(), ["Anne", "Bo", "Carla"]);
        assert_eq!(
            msg,
            "Netværket Nord er oprettet med 3 deltagere: Anne, Bo, Carla"
        );
        let err = new(&[], "Syd", "Anne,anne", Lang::En).unwrap_err();
        assert_eq!(err, "anne is listed twice");
        let err = new(std::slice::from_ref(&n), "nord", "Ib", Lang::En).unwrap_err();
        assert_eq!(err, "A network called \"Nord\" already exists");
        let err = new(&[n], "  NORD!", "Ib", Lang::Da).unwrap_err();
        assert!(err.contains("\"Nord\""), "same file name: {err}");
        assert!(new(&[], "Syd", " , ", Lang::En).is_err());
        assert!(new(&[], "!!", "Anne", Lang::En).is_err(), "no file name");
        let long = "x".repeat(201);
        assert!(new(&[], "Syd", &long, Lang::En).is_err(), "unreadable name");
        let (n, _) = new(&[], "Syd", "Anne", Lang::En).unwrap();
        assert!(readable(&n).is_ok());
    }

    #[test]
    fn add_remove_and_leave_edit_the_roster() {
        let n = Network::new("Nord", &["Anne", "Bo"]);
        let (n, _) = add(n, "Carla", Lang::En).unwrap();
        assert_eq!(n.names(), ["Anne", "Bo", "Carla"]);
        assert!(add(n.clone(), "carla", Lang::En).is_err());
        let (lars, msg) = add(n.clone(), "Lars", Lang::Da).unwrap();
        assert_eq!(msg, "Lars er med i Nord nu, sidst i rækken");
        let (_, msg) = remove(lars, "Lars", Lang::Da).unwrap();
        assert_eq!(
            msg,
            "Lars er taget ud af Nord. Tidligere møder beholder Lars' historik."
        );
        let (n, msg) = remove(n, "bo", Lang::En).unwrap();
        assert_eq!(n.names(), ["Anne", "Carla"]);
        assert_eq!(
            msg,
            "Removed Bo from Nord. Earlier sessions keep Bo's history."
        );
        let err = remove(n.clone(), "Ib", Lang::Da).unwrap_err();
        assert_eq!(err, "Ib er ikke med i Nord. Deltagere: Anne, Carla");
        let today = d("2026-11-23");
        let (n, msg) = leave(n, "Anne", d("2026-12-01"), d("2027-02-28"), today, Lang::Da).unwrap();
        assert!(n.participants[0].on_leave(d("2027-01-15")));
        assert_eq!(
            msg,
            "Anne har orlov fra 1. dec til 28. feb 2027 og får ingen roller i den periode"
        );
        assert!(leave(n, "Anne", d("2026-12-01"), d("2026-11-01"), today, Lang::En).is_err());
    }
}
