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
    let (owner, text, _) = read_owner(text, names);
    (owner, text)
}

/// Like [`take_owner`], and when the first mention fits several
/// participants equally well (`@Anne` for Anne Holm and Anne Lund), no
/// owner, the text as it was, and those participants, so the input can
/// ask which one.
pub fn read_owner(text: &str, names: &[String]) -> (Option<String>, String, Option<Vec<String>>) {
    for (at, _) in text.match_indices('@') {
        if text[..at]
            .chars()
            .next_back()
            .is_some_and(char::is_alphanumeric)
        {
            continue; // an e-mail address, not a mention
        }
        let rest = &text[at + 1..];
        match mention(rest, names) {
            Some(Mention::One(name, len)) => {
                let stripped = cut(text, at, at + 1 + len);
                let stripped = if stripped.is_empty() {
                    text.trim().to_string()
                } else {
                    stripped
                };
                return (Some(name), stripped, None);
            }
            Some(Mention::Several(names)) => return (None, text.to_string(), Some(names)),
            None => {}
        }
    }
    (None, text.to_string(), None)
}

/// What the text after an `@` names.
enum Mention {
    /// One participant, and how many bytes of the text the mention takes.
    One(String, usize),
    /// Several participants fit equally well (`@Anne` for Anne Holm and
    /// Anne Lund).
    Several(Vec<String>),
}

/// The participant `rest` (the text after an `@`) starts with. A mention
/// may be the whole name or its first words (`@Hans Peter` for Hans Peter
/// Nielsen, `@Mette` for Mette-Marie Kjærsgaard); the name matched
/// furthest wins, and a whole name beats the start of a longer one.
fn mention(rest: &str, names: &[String]) -> Option<Mention> {
    let mut best: Vec<(&String, usize, bool)> = Vec::new();
    for name in names {
        let Some((len, whole)) = name_match(rest, name) else {
            continue;
        };
        if best.iter().any(|(n, _, _)| crate::names::same(n, name)) {
            continue;
        }
        match best.first() {
            Some((_, top, _)) if len < *top => {}
            Some((_, top, _)) if len == *top => best.push((name, len, whole)),
            _ => best = vec![(name, len, whole)],
        }
    }
    let whole: Vec<_> = best.iter().filter(|(_, _, whole)| *whole).collect();
    match (best.as_slice(), whole.as_slice()) {
        ([], _) => None,
        ([(name, len, _)], _) | (_, [(name, len, _)]) => Some(Mention::One((*name).clone(), *len)),
        _ => Some(Mention::Several(
            best.iter().map(|(n, _, _)| (*n).clone()).collect(),
        )),
    }
}

/// How many bytes of `rest` spell the longest start of `name` that ends
/// at a word (a space or a hyphen in the name), and whether that was the
/// whole name.
fn name_match(rest: &str, name: &str) -> Option<(usize, bool)> {
    let name = name.split_whitespace().collect::<Vec<_>>().join(" ");
    let ends = name
        .char_indices()
        .filter(|(_, c)| *c == ' ' || *c == '-')
        .map(|(i, _)| i)
        .chain([name.len()]);
    ends.filter_map(|end| prefix_len(rest, &name[..end]).map(|len| (len, end == name.len())))
        .max_by_key(|(len, _)| *len)
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
    match (chars.next(), chars.next()) {
        (Some(c), _) if c.is_alphanumeric() => None,
        (Some('-'), Some(c)) if c.is_alphanumeric() => None,
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
    // Punctuation closes the sentence before the cut ("Ask, then");
    // a word that starts with a mark (`!15/12`, `?spørg`) keeps its space.
    let mut next = after.chars();
    let closes = next
        .next()
        .is_some_and(|c| [',', '.', ';', ':', '!', '?', ')'].contains(&c))
        && !next.next().is_some_and(char::is_alphanumeric);
    let glue = if line_start || line_end || closes {
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
    fn the_first_words_of_a_name_leave_the_text_as_far_as_they_matched() {
        let n = names(&[
            "Hans Jensen",
            "Hans Peter Nielsen",
            "Mette-Marie Kjærsgaard",
            "Anne Holm",
        ]);
        assert_eq!(
            take_owner("Send skema til forvaltningen @Hans Peter", &n),
            (
                Some("Hans Peter Nielsen".into()),
                "Send skema til forvaltningen".into()
            )
        );
        assert_eq!(
            take_owner("Ring @hans peter nielsen i dag", &n),
            (Some("Hans Peter Nielsen".into()), "Ring i dag".into())
        );
        assert_eq!(
            take_owner("@Mette: book lokalet", &n),
            (Some("Mette-Marie Kjærsgaard".into()), "book lokalet".into())
        );
        assert_eq!(
            take_owner("Book lokalet @Mette-Marie", &n),
            (Some("Mette-Marie Kjærsgaard".into()), "Book lokalet".into())
        );
        // "@Hans" alone is Hans Jensen or Hans Peter Nielsen: ask.
        assert_eq!(
            read_owner("Ring @Hans", &n),
            (
                None,
                "Ring @Hans".into(),
                Some(vec!["Hans Jensen".into(), "Hans Peter Nielsen".into()])
            )
        );
        // "@Mettex" names nobody.
        assert_eq!(
            read_owner("Ring @Mettex", &n),
            (None, "Ring @Mettex".into(), None)
        );
    }

    #[test]
    fn a_word_after_the_mention_keeps_its_space() {
        let n = names(&["Cat", "Bo"]);
        for (text, rest) in [
            ("Bad date action @Cat !31/2", "Bad date action !31/2"),
            ("Ring @Bo !næste", "Ring !næste"),
            ("Ring @Bo ?spørg først", "Ring ?spørg først"),
            ("Ring @Bo .NET-kurset", "Ring .NET-kurset"),
            ("Ring @Bo (i morgen)", "Ring (i morgen)"),
            ("Ring til @Bo!", "Ring til!"),
            ("Ring @Bo ! nu", "Ring! nu"),
        ] {
            let owner = if text.contains("Cat") { "Cat" } else { "Bo" };
            assert_eq!(
                take_owner(text, &n),
                (Some(owner.into()), rest.into()),
                "{text}"
            );
        }
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
