//! The one answer to a name that names nothing: an unknown network, plan,
//! theme or session, typed on the command line. The message says what
//! there is: the nearest match when one is close ("did you mean Nord?"),
//! else the names themselves (the first few, when there are many).

use crate::i18n::unknown as words;
use crate::names::fold;
use crate::text::Lang;

/// What kind of thing was asked for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Network,
    Plan,
    Theme,
    Session,
}

/// How many names a message lists before it points at the full list.
const LISTED: usize = 10;
/// How alike (0 to 1, by Jaro) a typed name and an existing one must be to
/// be offered as what was meant.
const CLOSE: f64 = 0.8;

/// The message for `typed`, which is none of `existing` (listed in the
/// order to show them).
pub fn message(kind: Kind, typed: &str, existing: &[&str], lang: Lang) -> String {
    let typed = typed.trim();
    let none = words::none(kind).fill(lang, &[typed]);
    if let Some(near) = nearest(typed, existing) {
        return format!("{none}; {}", words::DID_YOU_MEAN.fill(lang, &[near]));
    }
    if existing.is_empty() {
        return format!("{none}; {}", words::none_yet(kind).get(lang));
    }
    let shown = existing.len().min(LISTED);
    let mut list = existing[..shown].join(", ");
    if existing.len() > shown {
        let more = (existing.len() - shown).to_string();
        let all = words::list_command(kind);
        list = format!("{list} {}", words::AND_MORE.fill(lang, &[&more, all]));
    }
    format!("{none}; {}", words::there_are(kind).fill(lang, &[&list]))
}

/// The existing name `typed` most likely meant: the only one that begins
/// with it, else the most alike one when it is close enough and no other
/// is as close.
pub fn nearest<'a>(typed: &str, existing: &[&'a str]) -> Option<&'a str> {
    let want = fold(typed);
    if want.is_empty() {
        return None;
    }
    let starting: Vec<&str> = existing
        .iter()
        .copied()
        .filter(|e| fold(e).starts_with(&want))
        .collect();
    if let [one] = starting.as_slice() {
        return Some(one);
    }
    let mut best: Option<(&str, f64)> = None;
    let mut tied = false;
    for candidate in existing {
        let score = strsim::jaro(&want, &fold(candidate));
        match best {
            Some((_, top)) if score < top => {}
            Some((_, top)) if score == top => tied = true,
            _ => {
                best = Some((candidate, score));
                tied = false;
            }
        }
    }
    best.filter(|(_, score)| *score >= CLOSE && !tied)
        .map(|(name, _)| name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_close_name_is_offered_else_the_names_are_listed() {
        let nets = ["Skoleledere Øst", "Dagtilbud Nord"];
        assert_eq!(
            message(Kind::Network, "Skoleleder Øst", &nets, Lang::En),
            "there is no network called \"Skoleleder Øst\"; did you mean \"Skoleledere Øst\"?"
        );
        assert_eq!(
            message(Kind::Network, "dagtil", &nets, Lang::Da),
            "der er intet netværk, der hedder »dagtil«; mente du »Dagtilbud Nord«?"
        );
        assert_eq!(
            message(Kind::Network, "Nosuch", &nets, Lang::En),
            "there is no network called \"Nosuch\"; the networks are: Skoleledere Øst, Dagtilbud Nord"
        );
        assert_eq!(
            message(Kind::Plan, "Nosuch", &[], Lang::Da),
            "der er ingen plan, der hedder »Nosuch«; der er ingen planer endnu"
        );
    }

    #[test]
    fn a_long_list_is_cut_with_a_count() {
        let many: Vec<String> = (1..=13).map(|i| format!("p{i:02}")).collect();
        let refs: Vec<&str> = many.iter().map(String::as_str).collect();
        let text = message(Kind::Session, "zzz", &refs, Lang::En);
        assert!(
            text.ends_with("the newest are: p01, p02, p03, p04, p05, p06, p07, p08, p09, p10 and 3 more (see them all with `runde sessions`)"),
            "{text}"
        );
    }

    #[test]
    fn the_nearest_is_one_clear_match_or_none() {
        let plans = ["standard", "standard-90", "startup"];
        assert_eq!(nearest("standart", &plans), Some("standard"));
        assert_eq!(nearest("startu", &plans), Some("startup"));
        assert_eq!(
            nearest("stand", &plans),
            Some("standard"),
            "the closer of two"
        );
        assert_eq!(nearest("s", &["sa", "sb"]), None, "as close as each other");
        assert_eq!(nearest("xyz", &plans), None);
        assert_eq!(nearest("", &plans), None);
    }
}
