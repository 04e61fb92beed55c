//! Reading what the facilitator typed on a note line: `@Name` for an
//! action's owner. The mention is taken out of the saved text, so the
//! minutes read "Send the plan to the board" with Bo as the owner.

/// The owner of an action written as `@Name` in its text: the first
/// participant whose name (or first name) follows an `@`.
pub fn owner_from_text(text: &str, names: &[String]) -> Option<String> {
    take_owner(text, names).0
}

/// The owner named by the first `@mention` that matches a participant, and
/// the text without that mention. The longest full name wins (case does not
/// matter: `@bo ørum` is "Bo Ørum"); a first name alone works when only one
/// participant has it. An `@word` that names nobody stays as it was, and so
/// does a text that would be empty without the mention.
pub fn take_owner(text: &str, names: &[String]) -> (Option<String>, String) {
    for (at, _) in text.match_indices('@') {
        if text[..at]
            .chars()
            .next_back()
            .is_some_and(char::is_alphanumeric)
        {
            continue; // an e-mail address, not a mention
        }
        let rest = &text[at + 1..];
        if let Some((name, len)) = mention(rest, names) {
            let stripped = cut(text, at, at + 1 + len);
            let stripped = if stripped.is_empty() {
                text.trim().to_string()
            } else {
                stripped
            };
            return (Some(name), stripped);
        }
    }
    (None, text.to_string())
}

/// The participant `rest` (the text after an `@`) starts with, and how many
/// bytes of `rest` the mention takes.
fn mention(rest: &str, names: &[String]) -> Option<(String, usize)> {
    let full = names
        .iter()
        .filter_map(|n| prefix_len(rest, n.trim()).map(|len| (n, len)))
        .max_by_key(|(n, _)| n.chars().count());
    if let Some((name, len)) = full {
        return Some((name.clone(), len));
    }
    let word_len: usize = rest
        .chars()
        .take_while(|c| c.is_alphanumeric() || *c == '-')
        .map(char::len_utf8)
        .sum();
    let word = &rest[..word_len];
    if word.is_empty() {
        return None;
    }
    let mut by_first = names.iter().filter(|n| {
        n.split_whitespace()
            .next()
            .is_some_and(|first| super::order::same(first, word))
    });
    match (by_first.next(), by_first.next()) {
        (Some(name), None) => Some((name.clone(), word_len)),
        _ => None,
    }
}

/// Bytes of `text` that spell `name` (ignoring case), when the name ends
/// there as a whole word.
fn prefix_len(text: &str, name: &str) -> Option<usize> {
    if name.is_empty() {
        return None;
    }
    let mut chars = text.chars();
    let mut len = 0;
    for wanted in name.chars() {
        let got = chars.next()?;
        if !got.to_lowercase().eq(wanted.to_lowercase()) {
            return None;
        }
        len += got.len_utf8();
    }
    match chars.next() {
        Some(c) if c.is_alphanumeric() => None,
        _ => Some(len),
    }
}

/// `text` without the bytes `start..end`, tidied so the sentence still
/// reads: one space where the cut was, no space before punctuation, no
/// dangling ":" or "," at either end of the line. Trimmed.
pub(crate) fn cut(text: &str, start: usize, end: usize) -> String {
    const BLANK: [char; 2] = [' ', '\t'];
    const DANGLING: [char; 5] = [',', ':', ';', '-', '–'];
    let mut before = text[..start].trim_end_matches(BLANK).to_string();
    let mut after = text[end..].trim_start_matches(BLANK);
    let line_start = before.is_empty() || before.ends_with('\n');
    let line_end = after.is_empty() || after.starts_with('\n');
    if line_start {
        after = after.trim_start_matches(DANGLING).trim_start_matches(BLANK);
    }
    if line_end {
        while before.ends_with(DANGLING) {
            before.pop();
            before.truncate(before.trim_end_matches(BLANK).len());
        }
    }
    let glue = if line_start || line_end || after.starts_with([',', '.', ';', ':', '!', '?', ')']) {
        ""
    } else {
        " "
    };
    format!("{before}{glue}{after}").trim().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn the_mention_leaves_the_text() {
        let n = names(&["Anne", "Bo"]);
        assert_eq!(
            take_owner("Send the plan to the board @Bo", &n),
            (Some("Bo".into()), "Send the plan to the board".into())
        );
        assert_eq!(
            take_owner("@bo: ring til Ærø", &n),
            (Some("Bo".into()), "ring til Ærø".into())
        );
        assert_eq!(
            take_owner("Ask @Anne, then the board.", &n),
            (Some("Anne".into()), "Ask, then the board.".into())
        );
        assert_eq!(
            take_owner("Send it - @Bo", &n),
            (Some("Bo".into()), "Send it".into())
        );
        assert_eq!(
            take_owner("Ask @Anne about the budget", &n),
            (Some("Anne".into()), "Ask about the budget".into())
        );
    }

    #[test]
    fn the_longest_name_wins_and_spaces_are_allowed() {
        let n = names(&["Anne", "Anne Marie", "Bo Ørum"]);
        assert_eq!(
            take_owner("Book the room @anne marie today", &n),
            (Some("Anne Marie".into()), "Book the room today".into())
        );
        assert_eq!(
            take_owner("Book the room @Anne today", &n),
            (Some("Anne".into()), "Book the room today".into())
        );
        assert_eq!(
            take_owner("Call Ærø @BO ØRUM", &n),
            (Some("Bo Ørum".into()), "Call Ærø".into())
        );
        // A first name alone, when only one participant has it.
        assert_eq!(
            take_owner("Call Ærø @bo.", &n),
            (Some("Bo Ørum".into()), "Call Ærø.".into())
        );
    }

    #[test]
    fn an_unknown_or_ambiguous_mention_stays_as_text() {
        let n = names(&["Anne Berg", "Anne Holm", "Bo"]);
        for text in [
            "Mail kontakt@skole.dk",
            "Mail kontakt@bo.dk",
            "Ask @Bodil",
            "Ask @Anne",
            "Ask @ Bo",
            "@",
        ] {
            assert_eq!(take_owner(text, &n), (None, text.to_string()), "{text}");
        }
        assert_eq!(
            take_owner("Mail kontakt@skole.dk @Bo", &n),
            (Some("Bo".into()), "Mail kontakt@skole.dk".into())
        );
        // A note that is only the mention keeps it, so nothing is lost.
        assert_eq!(take_owner(" @Bo ", &n), (Some("Bo".into()), "@Bo".into()));
    }

    #[test]
    fn other_lines_are_left_alone() {
        let n = names(&["Bo"]);
        assert_eq!(
            take_owner("First  line\n@Bo: second", &n),
            (Some("Bo".into()), "First  line\nsecond".into())
        );
    }
}
