//! The order names are listed in: Danish alphabetical order, the one rule
//! for every list of networks and people sorted for display.
//!
//! Æ, Ø and Å come after Z, in that order; »Aa« is »Å« (Aabenraa after
//! Ørum, as in a Danish phone book and in CLDR's Danish order). Ä and Ö
//! are Æ and Ø, Ü is Y, and other accents are the letter without them
//! (»Élise« beside »Elise«). Case and spacing do not count, as in
//! [`super::same`]; names that still tie keep one order, by how they are
//! written.

/// A name's place in a list (see [`sort_key`]).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct SortKey {
    /// One weight per letter in Danish order.
    letters: Vec<u32>,
    /// Names with the same letters (»Aase« and »Åse«, »Ole« and »Olé«):
    /// as folded, then as written.
    folded: String,
    written: String,
}

/// Where `name` goes in a list sorted for display:
/// `list.sort_by_cached_key(|n| sort_key(&n.name))`.
pub fn sort_key(name: &str) -> SortKey {
    let folded = super::fold(name);
    let mut letters = Vec::with_capacity(folded.len());
    let mut chars = folded.chars().peekable();
    while let Some(c) = chars.next() {
        if c == 'a' && chars.peek() == Some(&'a') {
            chars.next();
            letters.push(weight('å'));
        } else {
            letters.push(weight(c));
        }
    }
    SortKey {
        letters,
        folded,
        written: name.to_string(),
    }
}

/// After the ASCII letters: æ, ø, å, then every other letter as Unicode
/// orders it.
const AFTER_Z: u32 = 'z' as u32 + 1;

/// The weight of one folded character: space and punctuation before
/// digits, digits before letters.
fn weight(c: char) -> u32 {
    match c {
        'æ' | 'ä' => AFTER_Z,
        'ø' | 'ö' => AFTER_Z + 1,
        'å' => AFTER_Z + 2,
        'ü' => 'y' as u32,
        c if c.is_ascii_alphanumeric() => c as u32,
        c if c.is_alphanumeric() => match bare(c) {
            Some(b) => b as u32,
            None => AFTER_Z + 3 + c as u32,
        },
        // Space, dash and the like: one separator, before any letter.
        _ => ' ' as u32,
    }
}

/// The ASCII letter under an accent (é → e), if it is one.
fn bare(c: char) -> Option<char> {
    use unicode_normalization::UnicodeNormalization;
    std::iter::once(c)
        .nfd()
        .next()
        .filter(|b| *b != c && b.is_ascii_alphabetic())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sorted(names: &[&str]) -> Vec<String> {
        let mut out: Vec<String> = names.iter().map(|n| n.to_string()).collect();
        out.sort_by_cached_key(|n| sort_key(n));
        out
    }

    #[test]
    fn danish_letters_come_after_z_in_the_order_ae_oe_aa() {
        assert_eq!(
            sorted(&["Øst", "Ældreplejeledere", "Syd", "Århus", "Zealand", "Nord"]),
            ["Nord", "Syd", "Zealand", "Ældreplejeledere", "Øst", "Århus"]
        );
    }

    #[test]
    fn aa_is_aa_with_a_ring() {
        assert_eq!(
            sorted(&["Aabenraa", "Ørum", "Abildgaard", "Åse", "Zone"]),
            ["Abildgaard", "Zone", "Ørum", "Aabenraa", "Åse"]
        );
        // Same letters: the tie kept by how they are written.
        assert_eq!(sorted(&["Åse", "Aase"]), ["Aase", "Åse"]);
    }

    #[test]
    fn case_spacing_and_accents_do_not_count() {
        assert_eq!(
            sorted(&["bo", "Anne  Holm", "ANNE", "Élise", "Emil", "Ebbe"]),
            ["ANNE", "Anne  Holm", "bo", "Ebbe", "Élise", "Emil"]
        );
        assert_eq!(
            sorted(&["Müller", "Myre", "Mads"]),
            ["Mads", "Müller", "Myre"]
        );
        assert_eq!(
            sorted(&["Öberg", "Ørsted", "Oz"]),
            ["Oz", "Öberg", "Ørsted"]
        );
    }

    #[test]
    fn a_shorter_name_and_a_space_come_first() {
        assert_eq!(
            sorted(&["Nordvest", "Nord Vest", "Nord", "Nord 2"]),
            ["Nord", "Nord 2", "Nord Vest", "Nordvest"]
        );
    }
}
