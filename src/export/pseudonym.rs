//! Replacing participants' names with their initials, in name fields and in
//! free text, so minutes can travel without naming anyone.
//!
//! Each person gets one pseudonym, distinct within the session: the
//! initials ("AH"); when two people share them, each gets the next letter
//! of the last name too ("AHo", "AHa"), and numbers when even that does not
//! tell them apart ("AH1", "AH2"). The same pseudonym stands for the person
//! in every name field (present, roles, owners, the host) and in note text,
//! `@mentions` included. A name field with a place in brackets, "Lærke
//! (Børnehuset Mælkebøtten)", is the person's pseudonym and the place.

use crate::model::Record;
use crate::model::network::initials_of;
use crate::names::same;

/// Knows every name in a record and the pseudonym that stands for it.
#[derive(Debug, Clone, Default)]
pub struct Pseudonymiser {
    /// (text to find, pseudonym), longest first so "Anne Marie" wins over "Anne".
    words: Vec<(String, String)>,
    enabled: bool,
}

/// A person as the record names them, and how they are shown.
struct Person {
    name: String,
    pseudonym: String,
    /// Given in the network file: kept as it is.
    chosen: bool,
}

impl Pseudonymiser {
    /// A pseudonymiser that leaves everything as it is.
    pub fn off() -> Pseudonymiser {
        Pseudonymiser::default()
    }

    /// Learns the names of the record's network, attendance, roles and notes.
    pub fn for_record(record: &Record) -> Pseudonymiser {
        let mut people: Vec<Person> = record
            .network
            .participants
            .iter()
            .map(|p| Person {
                name: p.name.clone(),
                pseudonym: p.initials(),
                chosen: p.initials.is_some(),
            })
            .collect();
        for name in others(record) {
            let (core, _) = split_place(name);
            let known = people
                .iter()
                .any(|p| same(&p.name, core) || name_parts(&p.name).any(|part| same(part, core)));
            if !core.is_empty() && !known {
                people.push(Person {
                    name: core.to_string(),
                    pseudonym: initials_of(core),
                    chosen: false,
                });
            }
        }
        make_distinct(&mut people);
        let mut words: Vec<(String, String)> = people
            .iter()
            .map(|p| (p.name.clone(), p.pseudonym.clone()))
            .collect();
        // A first or last name on its own also names the person, when no
        // one else in the session carries it.
        for person in &people {
            for part in name_parts(&person.name) {
                let shared = people
                    .iter()
                    .filter(|other| name_parts(&other.name).any(|p| same(p, part)))
                    .count()
                    > 1;
                if part.chars().count() < 2 || words.iter().any(|(w, _)| same(w, part)) {
                    continue;
                }
                // A shared name cannot say who; its first letter still hides it.
                let stand_in = if shared {
                    part.chars().take(1).flat_map(char::to_uppercase).collect()
                } else {
                    person.pseudonym.clone()
                };
                words.push((part.to_string(), stand_in));
            }
        }
        words.sort_by(|a, b| {
            b.0.chars()
                .count()
                .cmp(&a.0.chars().count())
                .then(a.0.cmp(&b.0))
        });
        Pseudonymiser {
            words,
            enabled: true,
        }
    }

    pub fn is_on(&self) -> bool {
        self.enabled
    }

    /// A name field: the person's pseudonym, and a place in brackets after
    /// it with any names in it replaced.
    pub fn name(&self, name: &str) -> String {
        if !self.enabled {
            return name.to_string();
        }
        let (core, place) = split_place(name);
        let shown = self
            .words
            .iter()
            .find(|(w, _)| same(w, core))
            .map(|(_, pseudonym)| pseudonym.clone())
            .unwrap_or_else(|| initials_of(core));
        match place {
            Some(place) => format!("{shown} ({})", self.text(place)),
            None => shown,
        }
    }

    /// Free text with every known name (and its genitive) replaced.
    pub fn text(&self, text: &str) -> String {
        if !self.enabled || self.words.is_empty() {
            return text.to_string();
        }
        let chars: Vec<char> = text.chars().collect();
        let mut out = String::with_capacity(text.len());
        let mut i = 0;
        'outer: while i < chars.len() {
            let at_start = i == 0 || !is_word_char(chars[i - 1]);
            if at_start {
                for (word, pseudonym) in &self.words {
                    let w: Vec<char> = word.chars().collect();
                    if chars.len() - i < w.len() || chars[i..i + w.len()] != w[..] {
                        continue;
                    }
                    let end = i + w.len();
                    let boundary = |k: usize| k >= chars.len() || !is_word_char(chars[k]);
                    if boundary(end) {
                        out.push_str(pseudonym);
                        i = end;
                        continue 'outer;
                    }
                    // Danish genitive: "Annes" → "AH's".
                    if chars[end] == 's' && boundary(end + 1) {
                        out.push_str(pseudonym);
                        out.push_str("'s");
                        i = end + 1;
                        continue 'outer;
                    }
                }
            }
            out.push(chars[i]);
            i += 1;
        }
        out
    }
}

/// Every name in the record outside the network's list: attendance,
/// roles, notes, the next meeting.
fn others(record: &Record) -> Vec<&str> {
    let mut others: Vec<&String> = Vec::new();
    others.extend(record.attendance.iter().map(|a| &a.participant));
    let roles = &record.roles;
    others.extend(roles.facilitator.iter());
    others.extend(roles.note_taker.iter());
    others.extend(roles.timekeeper.iter());
    others.extend(roles.host.iter());
    others.extend(roles.case_givers.iter());
    others.extend(roles.interviewers.iter());
    for note in &record.notes {
        others.extend(note.participant.iter());
        others.extend(note.owner.iter());
    }
    if let Some(next) = &record.next_meeting {
        others.extend(
            [
                &next.host,
                &next.facilitator,
                &next.note_taker,
                &next.case_giver,
                &next.reserve,
            ]
            .into_iter()
            .flatten(),
        );
    }
    others.into_iter().map(|n| n.trim()).collect()
}

/// "Lærke (Børnehuset Mælkebøtten)" → ("Lærke", Some("Børnehuset
/// Mælkebøtten")); a name without brackets is all name.
fn split_place(name: &str) -> (&str, Option<&str>) {
    let name = name.trim();
    match name.split_once('(') {
        Some((core, rest)) if !core.trim().is_empty() => {
            let place = rest.trim_end().trim_end_matches(')').trim();
            (core.trim(), (!place.is_empty()).then_some(place))
        }
        _ => (name, None),
    }
}

/// Gives people who share a pseudonym distinct ones: the chosen initials
/// stay; derived ones take the next letters of the last name, else a number.
fn make_distinct(people: &mut [Person]) {
    for letters in 1..=3 {
        let clashes = clashing(people);
        if clashes.is_empty() {
            return;
        }
        for i in clashes {
            if !people[i].chosen {
                people[i].pseudonym = longer(&people[i].name, letters);
            }
        }
    }
    for i in clashing(people) {
        if !people[i].chosen {
            people[i].pseudonym = initials_of(&people[i].name);
        }
    }
    let mut count: Vec<(String, usize)> = Vec::new();
    for i in clashing(people) {
        let base = people[i].pseudonym.clone();
        let n = match count.iter_mut().find(|(b, _)| *b == base) {
            Some((_, n)) => {
                *n += 1;
                *n
            }
            None => {
                count.push((base.clone(), 1));
                1
            }
        };
        people[i].pseudonym = format!("{base}{n}");
    }
}

/// Where two or more people have the same pseudonym (any case).
fn clashing(people: &[Person]) -> Vec<usize> {
    (0..people.len())
        .filter(|&i| {
            people
                .iter()
                .enumerate()
                .any(|(j, p)| j != i && same(&p.pseudonym, &people[i].pseudonym))
        })
        .collect()
}

/// The initials with `letters` more letters of the last name: "Anne
/// Holm", 1 → "AHo".
fn longer(name: &str, letters: usize) -> String {
    let last = name_parts(name).last().unwrap_or(name);
    let more: String = last
        .chars()
        .skip(1)
        .filter(|c| c.is_alphabetic())
        .take(letters)
        .flat_map(char::to_lowercase)
        .collect();
    format!("{}{more}", initials_of(name))
}

fn name_parts(name: &str) -> impl Iterator<Item = &str> {
    name.split(|c: char| c.is_whitespace() || c == '-')
        .filter(|p| !p.is_empty())
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Network;

    fn pseudo(names: &[&str]) -> Pseudonymiser {
        let record = crate::export::tests::record_with(Network::new("X", names));
        Pseudonymiser::for_record(&record)
    }

    #[test]
    fn replaces_full_and_unique_partial_names() {
        let p = pseudo(&["Anne Holm", "Bo Berg", "Anne Lund"]);
        assert_eq!(
            p.text("Anne Holm ringer til Bo. Berg og Holm aftaler det."),
            "AH ringer til BB. BB og AH aftaler det."
        );
        // "Anne" is shared, so only its letter stands; "Lund" is unique.
        assert_eq!(p.text("Anne spørger Lund"), "A spørger AL");
    }

    #[test]
    fn leaves_words_that_only_contain_a_name() {
        let p = pseudo(&["Bo Berg"]);
        assert_eq!(p.text("Vi bor i Bornholm, Bo"), "Vi bor i Bornholm, BB");
        assert_eq!(p.text("Bos idé"), "BB's idé");
    }

    #[test]
    fn name_fields_become_initials() {
        let p = pseudo(&["Eva-Lis Ørum"]);
        assert_eq!(p.name("Eva-Lis Ørum"), "ELØ");
        assert_eq!(p.name("Gæst Udefra"), "GU");
        assert_eq!(Pseudonymiser::off().name("Eva-Lis Ørum"), "Eva-Lis Ørum");
    }

    #[test]
    fn people_who_share_initials_get_distinct_pseudonyms() {
        let p = pseudo(&["Anne Holm", "Anders Hansen", "Bo Berg"]);
        assert_eq!(p.name("Anne Holm"), "AHo");
        assert_eq!(p.name("Anders Hansen"), "AHa");
        assert_eq!(p.name("Bo Berg"), "BB");
        assert_eq!(
            p.text("Anne Holm og Anders Hansen var uenige; @Anders spurgte"),
            "AHo og AHa var uenige; @AHa spurgte"
        );
        let twins = pseudo(&["Ida Lund", "Ib Lund", "Ivan Lund"]);
        let all: Vec<String> = ["Ida Lund", "Ib Lund", "Ivan Lund"]
            .iter()
            .map(|n| twins.name(n))
            .collect();
        assert_eq!(all, ["IL1", "IL2", "IL3"]);
    }

    #[test]
    fn a_host_with_a_place_keeps_the_place_and_hides_the_person() {
        let mut record =
            crate::export::tests::record_with(Network::new("X", &["Lærke Ørum", "Bo Berg"]));
        record.roles.host = Some("Lærke (Børnehuset Mælkebøtten)".into());
        let p = Pseudonymiser::for_record(&record);
        assert_eq!(
            p.name("Lærke (Børnehuset Mælkebøtten)"),
            "LØ (Børnehuset Mælkebøtten)"
        );
        assert_eq!(p.name("Gæst (Bo Bergs skole)"), "G (BB's skole)");
    }

    #[test]
    fn mentions_are_replaced_the_same_way() {
        let p = pseudo(&["Anne Holm", "Bo Berg"]);
        assert_eq!(p.text("@Anne ringer til @Bo Berg"), "@AH ringer til @BB");
        // "bo" the verb is not Bo.
        assert_eq!(p.text("de skal bo i Aarhus"), "de skal bo i Aarhus");
    }
}
