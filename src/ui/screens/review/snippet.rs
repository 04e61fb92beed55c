//! A search hit's text in its column with the word that matched in view:
//! the row says why it matched.

use crate::ui::fit;
use std::ops::Range;

/// Where in `text` the first word matching the search `query` is, by the
/// index's rule (`store::index_query::fts_query`): a word of the text
/// matches when a word of the query begins it, whatever the case.
pub(super) fn first_match(text: &str, query: &str) -> Option<Range<usize>> {
    let wanted: Vec<String> = words(query).map(|(_, w)| w.to_lowercase()).collect();
    words(text)
        .filter(|(_, word)| {
            let word = word.to_lowercase();
            wanted.iter().any(|w| word.starts_with(w.as_str()))
        })
        .map(|(at, word)| at..at + word.len())
        .next()
}

/// The words of `text` (runs of letters and digits) with where they begin.
fn words(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(move |w| (w.as_ptr() as usize - text.as_ptr() as usize, w))
}

/// `text` (on one line) in `max` columns, the first match of `query` in
/// view, "…" on each side that is cut.
pub(super) fn snippet(text: &str, query: &str, max: usize) -> String {
    match first_match(text, query) {
        Some(at) => fit::around(text, at, max),
        None => fit::ellipsize(text, max),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_word_a_query_word_begins_is_the_match() {
        let text = "Karim undrer sig over vikarer og Trivselsmålingen";
        let at = first_match(text, "trivsel").unwrap();
        assert_eq!(&text[at], "Trivselsmålingen");
        let at = first_match(text, "vik triv").unwrap();
        assert_eq!(&text[at], "vikarer");
        // Inside a word is not a match, as in the index.
        assert_eq!(first_match(text, "arer"), None);
        assert_eq!(first_match(text, "  "), None);
        let dansk = "Møde om ØKONOMI";
        assert_eq!(&dansk[first_match(dansk, "økon").unwrap()], "ØKONOMI");
    }

    #[test]
    fn the_snippet_shows_the_match_where_the_start_would_hide_it() {
        let text = "Karim undrer sig over vikarer, sygefravær og den nye trivselsmåling";
        let got = snippet(text, "trivsel", 30);
        assert!(got.contains("trivselsmåling"), "{got}");
        assert!(got.starts_with('…'), "{got}");
        assert!(fit::width(&got) <= 30);
        assert_eq!(snippet(text, "karim", 30), "Karim undrer sig over vikarer…");
        assert_eq!(snippet(text, "zzz", 12), "Karim undre…");
    }
}
