//! Finding a member from what a facilitator types: "Dorte" for Dorte
//! Østergaard, "hans p" for Hans Peter Kristensen, as long as only one
//! fits.

/// What a typed name points at among the candidates.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Found<'a> {
    One(&'a str),
    /// More than one fits; these.
    Several(Vec<&'a str>),
    None,
}

/// The candidate `typed` names: the whole name (any case), else the only
/// one with a whole word typed ("jens" is Jens Kofoed, not Bo Jensen;
/// "mette" is Mette-Marie), else the one whose name, or a word in it,
/// begins with what was typed.
pub fn find<'a>(candidates: &[&'a str], typed: &str) -> Found<'a> {
    let typed = typed.split_whitespace().collect::<Vec<_>>().join(" ");
    if typed.is_empty() {
        return Found::None;
    }
    let want = typed.to_lowercase();
    if let Some(exact) = candidates.iter().find(|c| c.to_lowercase() == want) {
        return Found::One(exact);
    }
    let words: Vec<&str> = candidates
        .iter()
        .copied()
        .filter(|c| {
            c.to_lowercase()
                .split(|ch: char| ch.is_whitespace() || ch == '-')
                .any(|w| w == want)
        })
        .collect();
    if let [one] = words.as_slice() {
        return Found::One(one);
    }
    let fits: Vec<&str> = candidates
        .iter()
        .copied()
        .filter(|c| {
            let name = c.to_lowercase();
            name.starts_with(&want)
                || name
                    .split_whitespace()
                    .enumerate()
                    .any(|(i, _)| words_from(&name, i).starts_with(&want))
        })
        .collect();
    match fits.as_slice() {
        [] => Found::None,
        [one] => Found::One(one),
        _ => Found::Several(fits),
    }
}

/// The name from its `i`th word on: "hans peter kristensen", 1 → "peter kristensen".
fn words_from(name: &str, i: usize) -> String {
    name.split_whitespace()
        .skip(i)
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    const ROSTER: [&str; 5] = [
        "Anne Holm",
        "Hans Peter Kristensen",
        "Dorte Østergaard",
        "Hans Bo",
        "Bo",
    ];

    #[test]
    fn a_first_name_a_last_name_or_a_start_finds_one() {
        assert_eq!(find(&ROSTER, "dorte"), Found::One("Dorte Østergaard"));
        assert_eq!(find(&ROSTER, "østergaard"), Found::One("Dorte Østergaard"));
        assert_eq!(
            find(&ROSTER, " Hans  P "),
            Found::One("Hans Peter Kristensen")
        );
        assert_eq!(
            find(&ROSTER, "peter k"),
            Found::One("Hans Peter Kristensen")
        );
        assert_eq!(find(&ROSTER, "anne holm"), Found::One("Anne Holm"));
    }

    #[test]
    fn a_whole_word_wins_over_the_start_of_another() {
        let roster = ["Bo Jensen", "Jens Kofoed", "Mette-Marie Kjærsgaard"];
        assert_eq!(find(&roster, "jens"), Found::One("Jens Kofoed"));
        assert_eq!(find(&roster, "Mette"), Found::One("Mette-Marie Kjærsgaard"));
        assert_eq!(find(&roster, "jense"), Found::One("Bo Jensen"));
    }

    #[test]
    fn the_whole_name_wins_over_starts_and_several_are_named() {
        assert_eq!(find(&ROSTER, "bo"), Found::One("Bo"), "exact");
        assert_eq!(
            find(&ROSTER, "hans"),
            Found::Several(vec!["Hans Peter Kristensen", "Hans Bo"])
        );
        assert_eq!(find(&ROSTER, "Ib"), Found::None);
        assert_eq!(find(&ROSTER, "  "), Found::None);
    }
}
