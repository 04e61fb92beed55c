//! Replacing participants' names with their initials, in name fields and in
//! free text, so minutes can travel without naming anyone.

use crate::model::Record;
use crate::model::network::initials_of;

/// Knows every name in a record and the initials that stand for it.
#[derive(Debug, Clone, Default)]
pub struct Pseudonymiser {
    /// (text to find, initials), longest first so "Anne Marie" wins over "Anne".
    words: Vec<(String, String)>,
    enabled: bool,
}

impl Pseudonymiser {
    /// A pseudonymiser that leaves everything as it is.
    pub fn off() -> Pseudonymiser {
        Pseudonymiser::default()
    }

    /// Learns the names of the record's network, attendance, roles and notes.
    pub fn for_record(record: &Record) -> Pseudonymiser {
        let mut people: Vec<(String, String)> = record
            .network
            .participants
            .iter()
            .map(|p| (p.name.clone(), p.initials()))
            .collect();
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
            for name in [
                &next.host,
                &next.facilitator,
                &next.note_taker,
                &next.case_giver,
                &next.reserve,
            ]
            .into_iter()
            .flatten()
            {
                others.push(name);
            }
        }
        for name in others {
            let name = name.trim();
            if !name.is_empty() && !people.iter().any(|(n, _)| crate::names::same(n, name)) {
                people.push((name.to_string(), initials_of(name)));
            }
        }
        let mut words: Vec<(String, String)> = people.clone();
        // A first or last name on its own also names the person, when no
        // one else in the network carries it.
        for (name, initials) in &people {
            for part in name_parts(name) {
                let shared = people
                    .iter()
                    .filter(|(other, _)| name_parts(other).any(|p| p == part))
                    .count()
                    > 1;
                if part.chars().count() < 2 || words.iter().any(|(w, _)| w == part) {
                    continue;
                }
                // A shared name cannot say who; its first letter still hides it.
                let stand_in = if shared {
                    part.chars().take(1).flat_map(char::to_uppercase).collect()
                } else {
                    initials.clone()
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

    /// A name field: the person's initials.
    pub fn name(&self, name: &str) -> String {
        if !self.enabled {
            return name.to_string();
        }
        let trimmed = name.trim();
        self.words
            .iter()
            .find(|(w, _)| crate::names::same(w, trimmed))
            .map(|(_, initials)| initials.clone())
            .unwrap_or_else(|| initials_of(trimmed))
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
                for (word, initials) in &self.words {
                    let w: Vec<char> = word.chars().collect();
                    if chars.len() - i < w.len() || chars[i..i + w.len()] != w[..] {
                        continue;
                    }
                    let end = i + w.len();
                    let boundary = |k: usize| k >= chars.len() || !is_word_char(chars[k]);
                    if boundary(end) {
                        out.push_str(initials);
                        i = end;
                        continue 'outer;
                    }
                    // Danish genitive: "Annes" → "AH's".
                    if chars[end] == 's' && boundary(end + 1) {
                        out.push_str(initials);
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
}
