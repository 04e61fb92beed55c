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

#[cfg(test)]
mod tests {
    use super::*;

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
