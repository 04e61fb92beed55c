//! Editing a network's roster: create, add, remove, reorder, leave. Pure:
//! each edit takes the network and gives back the changed one with what to
//! tell the user, or says what is wrong. The command line (`runde network
//! …`) and the network screen both edit through here.

use crate::dates::day_month;
use crate::i18n::names as words;
use crate::i18n::rotation as t;
use crate::model::network::Leave;
use crate::model::{Network, Participant};
use crate::names::{self, NameProblem, same, slug};

use crate::text::Lang;
use chrono::NaiveDate;

/// A network to save and what to tell the user, or what is wrong.
pub type Edit = Result<(Network, String), String>;

/// Never write a roster runde could not read back.
pub fn readable(network: &Network) -> Result<(), ron::Error> {
    let text = ron::to_string(network)?;
    ron::from_str::<Network>(&text)
        .map(|_| ())
        .map_err(|e| e.code)
}

pub fn find<'a>(networks: &'a [Network], name: &str, lang: Lang) -> Result<&'a Network, String> {
    // The name as listed, or its file name ("skoleledere-nord").
    networks
        .iter()
        .find(|n| same(&n.name, name))
        .or_else(|| networks.iter().find(|n| slug(&n.name) == name.trim()))
        .ok_or_else(|| {
            let names: Vec<&str> = networks.iter().map(|n| n.name.as_str()).collect();
            crate::unknown::message(crate::unknown::Kind::Network, name, &names, lang)
        })
}

/// A network's name with its spaces tidied, or why it cannot be one. A
/// network may be called "Skoleledere, nord" or "2027", unlike a person.
pub fn clean_name(name: &str, lang: Lang) -> Result<String, String> {
    match names::check_stored(name) {
        Ok(name) if name.chars().any(char::is_alphanumeric) => Ok(name),
        Ok(_) => Err(words::problem(&NameProblem::Empty, lang)),
        Err(problem) => Err(words::problem(&problem, lang)),
    }
}

/// A name for a new network, refused when it would share a name or a file
/// name with an existing one (they would overwrite each other).
pub fn new_name(networks: &[Network], name: &str, lang: Lang) -> Result<String, String> {
    let name = clean_name(name, lang)?;
    match networks
        .iter()
        .find(|n| same(&n.name, &name) || slug(&n.name) == slug(&name))
    {
        Some(existing) => Err(t::NETWORK_EXISTS.fill(lang, &[&existing.name])),
        None => Ok(name),
    }
}

/// "Anne, Bo ,,Carla" → the names in that order, each once.
fn name_list(participants: &str, lang: Lang) -> Result<Vec<String>, String> {
    names::split_list(participants).map_err(|p| words::problem(&p, lang))
}

pub fn new(networks: &[Network], name: &str, participants: &str, lang: Lang) -> Edit {
    let name = new_name(networks, name, lang)?;
    let names = name_list(participants, lang)?;
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
    let person = names::check(person).map_err(|p| words::problem(&p, lang))?;
    if let Some(there) = network.participant(&person) {
        return Err(t::ALREADY_MEMBER.fill(lang, &[&there.name, &network.name]));
    }
    network.participants.push(Participant::new(&person));
    let message = t::ADDED.fill(lang, &[&person, &network.name]);
    Ok((network, message))
}

/// Adds "Anne, Bo, Carla" at the end of the order, in that order; nothing
/// is added when one of them cannot be.
pub fn add_many(network: Network, people: &str, lang: Lang) -> Edit {
    let list = name_list(people, lang)?;
    let Some(first) = list.first() else {
        return Err(words::problem(&NameProblem::Empty, lang));
    };
    if list.len() == 1 {
        return add(network, first, lang);
    }
    let mut network = network;
    for person in &list {
        (network, _) = add(network, person, lang)?;
    }
    let message = t::ADDED_MANY.fill(lang, &[&list.join(", "), &network.name]);
    Ok((network, message))
}

pub fn remove(mut network: Network, person: &str, lang: Lang) -> Edit {
    let i = member_index(&network, person, lang)?;
    let gone = network.participants.remove(i).name;
    let message = t::REMOVED.fill(
        lang,
        &[&gone, &network.name, &names::possessive(&gone, lang)],
    );
    Ok((network, message))
}

/// Moves a member one place earlier (`earlier`) or later in the fixed
/// rotation order, which decides who facilitates and takes notes when.
pub fn move_member(mut network: Network, person: &str, earlier: bool, lang: Lang) -> Edit {
    let i = member_index(&network, person, lang)?;
    let j = match (earlier, i) {
        (true, 0) => return Err(t::ALREADY_FIRST.fill(lang, &[&network.participants[i].name])),
        (true, _) => i - 1,
        (false, _) if i + 1 >= network.participants.len() => {
            return Err(t::ALREADY_LAST.fill(lang, &[&network.participants[i].name]));
        }
        (false, _) => i + 1,
    };
    network.participants.swap(i, j);
    let message = t::MOVED.fill(lang, &[&network.participants[j].name, &(j + 1).to_string()]);
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
    // A person is on leave or not: two periods over the same day would
    // say it twice, and ending one would leave the other.
    if let Some(there) = p.leave.iter().find(|l| l.from <= to && from <= l.to) {
        return Err(t::LEAVE_OVERLAPS.fill(
            lang,
            &[
                &p.name,
                &day_month(there.from, today, lang),
                &day_month(there.to, today, lang),
            ],
        ));
    }
    p.leave.push(Leave { from, to });
    let message = t::ON_LEAVE_SAVED.fill(
        lang,
        &[
            &p.name,
            &day_month(from, today, lang),
            &day_month(to, today, lang),
        ],
    );
    Ok((network, message))
}

/// Ends a member's leave: periods that are over stay (they explain old
/// meetings), one under way ends yesterday and planned ones are dropped.
pub fn end_leave(mut network: Network, person: &str, today: NaiveDate, lang: Lang) -> Edit {
    let i = member_index(&network, person, lang)?;
    let p = &mut network.participants[i];
    let before = p.leave.clone();
    let yesterday = today.pred_opt().unwrap_or(today);
    p.leave.retain(|l| l.from < today);
    for l in &mut p.leave {
        if l.to >= today {
            l.to = yesterday;
        }
    }
    if p.leave == before {
        return Err(t::NO_LEAVE.fill(lang, &[&p.name]));
    }
    let message = t::LEAVE_ENDED.fill(lang, &[&names::possessive(&p.name, lang)]);
    Ok((network, message))
}

/// The leave a member has today or ahead, for showing next to the name.
pub fn current_leave(p: &Participant, today: NaiveDate) -> Option<&Leave> {
    p.leave
        .iter()
        .filter(|l| l.to >= today)
        .min_by_key(|l| l.from)
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
        assert_eq!(err, "Anne is named already (case and spacing do not count)");
        let err = new(std::slice::from_ref(&n), "nord", "Ib", Lang::En).unwrap_err();
        assert_eq!(err, "A network called \"Nord\" already exists");
        let err = new(&[n], "  NORD!", "Ib", Lang::Da).unwrap_err();
        assert!(err.contains("»Nord«"), "same file name: {err}");
        assert!(new(&[], "Syd", " , ", Lang::En).is_err());
        assert!(new(&[], "!!", "Anne", Lang::En).is_err(), "no file name");
        let long = "x".repeat(201);
        assert!(new(&[], "Syd", &long, Lang::En).is_err(), "unreadable name");
        let (n, _) = new(&[], "Syd", "Anne", Lang::En).unwrap();
        assert!(readable(&n).is_ok());
    }

    #[test]
    fn people_are_named_once_with_letters_and_no_separator() {
        let err = |r: Edit| r.unwrap_err();
        assert_eq!(
            err(new(&[], "Syd", "Åse Holm, åse  HOLM", Lang::En)),
            "Åse Holm is named already (case and spacing do not count)"
        );
        assert_eq!(
            err(new(&[], "Syd", "0", Lang::Da)),
            "»0« er ikke et navn; et navn har bogstaver"
        );
        let n = Network::new("Nord", &["Anne", "Ørum"]);
        assert_eq!(
            err(add(n.clone(), "Hans, Ida", Lang::En)),
            "\"Hans, Ida\" is several names in one: commas and semicolons separate names, so give them one by one"
        );
        assert_eq!(
            err(add(n.clone(), "ØRUM", Lang::En)),
            "Ørum is already in Nord"
        );
        assert!(add(n.clone(), "42", Lang::En).is_err());
        let (two, _) = add_many(n.clone(), "Hans, Ida", Lang::En).unwrap();
        assert_eq!(two.names(), ["Anne", "Ørum", "Hans", "Ida"]);
        assert!(add_many(n, "Ib; ib", Lang::En).is_err());
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

    #[test]
    fn a_leave_over_days_already_on_leave_is_refused() {
        let today = d("2026-11-23");
        let n = Network::new("Nord", &["Anne"]);
        let (n, _) = leave(n, "Anne", d("2026-12-01"), d("2027-02-28"), today, Lang::En).unwrap();
        for (from, to) in [
            ("2026-12-01", "2027-02-28"),
            ("2026-11-25", "2026-12-01"),
            ("2027-02-28", "2027-03-10"),
            ("2027-01-01", "2027-01-02"),
        ] {
            assert_eq!(
                leave(n.clone(), "anne", d(from), d(to), today, Lang::En).unwrap_err(),
                "Anne is on leave from 1 Dec to 28 Feb 2027 already; end that leave first, or choose days outside it",
                "{from} {to}"
            );
        }
        let (n, _) = leave(n, "Anne", d("2027-03-01"), d("2027-03-31"), today, Lang::En).unwrap();
        assert_eq!(n.participants[0].leave.len(), 2);
    }

    #[test]
    fn a_network_is_found_by_its_name_or_its_file_name() {
        let n = [Network::new("Skoleledere Nord", &["Anne"])];
        assert!(find(&n, "skoleledere nord", Lang::En).is_ok());
        assert!(find(&n, "skoleledere-nord", Lang::En).is_ok());
        assert!(find(&n, "nord", Lang::En).is_err());
    }

    #[test]
    fn several_are_added_at_once_or_none_are() {
        let n = Network::new("Nord", &["Anne"]);
        let (n2, msg) = add_many(n.clone(), "Bo, Carla", Lang::En).unwrap();
        assert_eq!(n2.names(), ["Anne", "Bo", "Carla"]);
        assert_eq!(msg, "Bo, Carla are in Nord now, last in the order");
        assert!(add_many(n.clone(), "Bo, anne", Lang::En).is_err());
        assert!(add_many(n.clone(), " , ", Lang::En).is_err());
        let (n3, msg) = add_many(n, "Bo", Lang::Da).unwrap();
        assert_eq!(n3.names(), ["Anne", "Bo"]);
        assert_eq!(msg, "Bo er med i Nord nu, sidst i rækken");
    }

    #[test]
    fn moving_changes_the_rotation_order_within_its_ends() {
        let n = Network::new("Nord", &["Anne", "Bo", "Carla"]);
        let (n, msg) = move_member(n, "Carla", true, Lang::Da).unwrap();
        assert_eq!(n.names(), ["Anne", "Carla", "Bo"]);
        assert_eq!(msg, "Carla er nu nr. 2 i rækken");
        let (n, _) = move_member(n, "anne", false, Lang::En).unwrap();
        assert_eq!(n.names(), ["Carla", "Anne", "Bo"]);
        assert!(move_member(n.clone(), "Carla", true, Lang::En).is_err());
        assert!(move_member(n.clone(), "Bo", false, Lang::En).is_err());
        assert!(move_member(n, "Ib", false, Lang::En).is_err());
    }

    #[test]
    fn ending_leave_keeps_the_past_and_drops_the_planned() {
        let today = d("2026-11-23");
        let mut n = Network::new("Nord", &["Anne"]);
        n.participants[0].leave = vec![
            Leave {
                from: d("2026-03-01"),
                to: d("2026-04-01"),
            },
            Leave {
                from: d("2026-11-01"),
                to: d("2027-01-31"),
            },
            Leave {
                from: d("2027-05-01"),
                to: d("2027-06-01"),
            },
        ];
        assert_eq!(
            current_leave(&n.participants[0], today).map(|l| l.from),
            Some(d("2026-11-01"))
        );
        let (n, msg) = end_leave(n, "Anne", today, Lang::En).unwrap();
        let p = &n.participants[0];
        assert_eq!(p.leave.len(), 2);
        assert_eq!(p.leave[1].to, d("2026-11-22"));
        assert!(!p.on_leave(today) && p.on_leave(d("2026-11-22")));
        assert!(current_leave(p, today).is_none());
        assert_eq!(msg, "Anne's leave has ended");
        assert!(end_leave(n, "Anne", today, Lang::En).is_err(), "none left");
    }
}
