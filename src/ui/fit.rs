//! Text cut to a width in terminal columns, with "…" where it was cut, so
//! nothing is lost silently and neighbours never run together.

use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// Columns `text` takes on screen.
pub fn width(text: &str) -> usize {
    text.width()
}

/// `text` as it is when it fits in `max` columns, else cut and ended with
/// "…" (which takes one of the columns).
pub fn ellipsize(text: &str, max: usize) -> String {
    if text.width() <= max {
        return text.to_string();
    }
    if max == 0 {
        return String::new();
    }
    let mut out = String::new();
    let mut used = 0;
    for c in text.chars() {
        let w = c.width().unwrap_or(0);
        if used + w > max - 1 {
            break;
        }
        used += w;
        out.push(c);
    }
    let trimmed = out.trim_end().len();
    out.truncate(trimmed);
    out.push('…');
    out
}

/// `text` broken at spaces into lines of at most `max` columns; a word
/// longer than a line is cut with "…".
pub fn wrap(text: &str, max: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        let word = ellipsize(word, max);
        let needed = if line.is_empty() {
            width(&word)
        } else {
            width(&line) + 1 + width(&word)
        };
        if needed > max && !line.is_empty() {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(&word);
    }
    if !line.is_empty() || lines.is_empty() {
        lines.push(line);
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wraps_at_spaces() {
        assert_eq!(
            wrap("Erik deler sin tjekliste", 10),
            ["Erik deler", "sin", "tjekliste"]
        );
        assert_eq!(wrap("", 10), [""]);
        assert_eq!(wrap("sygefraværssamtaler", 8), ["sygefra…"]);
    }

    #[test]
    fn fits_or_ends_with_an_ellipsis() {
        assert_eq!(ellipsize("Pause", 10), "Pause");
        assert_eq!(ellipsize("Velkommen, program", 10), "Velkommen…");
        assert_eq!(ellipsize("Velkommen, program", 11), "Velkommen,…");
        assert_eq!(ellipsize("abc", 0), "");
        assert_eq!(ellipsize("Ærø øst", 4), "Ærø…");
        assert!(width(&ellipsize("Supervision med reflekterende team", 20)) <= 20);
    }
}
