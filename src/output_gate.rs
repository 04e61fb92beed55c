//! The one output gate: user text (names, notes, plan texts, file paths,
//! anything a file or an argument brought in) is made safe for a terminal
//! before it is printed outside a full-screen view, and pasted text is
//! cleaned before it becomes a note.
//!
//! One rule for output: every character that could steer a terminal or
//! reorder the text after it is shown as U+FFFD (�): the C0 controls but
//! the newline, DEL, the C1 controls, the bidirectional embeddings,
//! overrides and isolates, and the Unicode line and paragraph separators.
//! A tab is white space and becomes a space; a carriage return before a
//! newline (a file saved on Windows) goes. Nothing else changes: letters
//! of every script, emoji and zero-width joiners print as they are.

use anstyle::Style;
use std::borrow::Cow;
use std::fmt::Write as _;

/// What the gate shows in place of a character that must not reach a
/// terminal.
pub const SHOWN_INSTEAD: char = '\u{FFFD}';

/// `text` as it may be printed: see the module's rule.
pub fn visible(text: &str) -> Cow<'_, str> {
    if !text.chars().any(needs_gate) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\t' => out.push(' '),
            '\r' if chars.peek() == Some(&'\n') => {}
            c if steers_terminal(c) => out.push(SHOWN_INSTEAD),
            c => out.push(c),
        }
    }
    Cow::Owned(out)
}

/// Text that passed the gate, with colours of runde's own (ANSI codes
/// that [`crate::print`] keeps for a terminal and strips elsewhere). Every
/// way to put text in goes through [`visible`], so the only escape codes
/// in it are the ones `push_styled` wrote.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Painted {
    ansi: String,
}

impl Painted {
    pub fn new() -> Painted {
        Painted::default()
    }

    /// Adds `text`, uncoloured.
    pub fn push(&mut self, text: &str) -> &mut Painted {
        self.ansi.push_str(&visible(text));
        self
    }

    /// Adds `text` in `style`.
    pub fn push_styled(&mut self, style: Style, text: &str) -> &mut Painted {
        if style == Style::new() || text.is_empty() {
            return self.push(text);
        }
        let _ = write!(self.ansi, "{style}{}{style:#}", visible(text));
        self
    }

    /// Adds what another painted text holds.
    pub fn append(&mut self, other: &Painted) -> &mut Painted {
        self.ansi.push_str(&other.ansi);
        self
    }

    /// The text with its colour codes, for the printer.
    pub fn ansi(&self) -> &str {
        &self.ansi
    }

    /// The text as a pipe or a file gets it: no colour codes.
    pub fn plain(&self) -> String {
        anstream::adapter::strip_str(&self.ansi).to_string()
    }
}

impl From<&str> for Painted {
    fn from(text: &str) -> Painted {
        let mut painted = Painted::new();
        painted.push(text);
        painted
    }
}

/// Pasted text as a text field takes it: control characters dropped,
/// tabs as spaces, line breaks (`\r\n`, `\r` or `\n`) kept as `\n` where
/// the field holds several lines (`multiline`), else as a space.
pub fn pasted(text: &str, multiline: bool) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\r' | '\n' => {
                if c == '\r' && chars.peek() == Some(&'\n') {
                    chars.next();
                }
                out.push(if multiline { '\n' } else { ' ' });
            }
            '\t' => out.push(' '),
            c if steers_terminal(c) => {}
            c => out.push(c),
        }
    }
    out
}

fn needs_gate(c: char) -> bool {
    c == '\t' || steers_terminal(c)
}

/// True for what the module's rule shows as U+FFFD (a newline is not).
pub fn steers_terminal(c: char) -> bool {
    (c.is_control() && c != '\n')
        || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{2028}' | '\u{2029}')
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every character the tests feed in that must never reach a terminal.
    const HOSTILE: &[&str] = &[
        "\u{1b}[2J",                             // clear screen
        "\u{1b}]52;c;aGVsbG8=\u{7}",             // OSC 52 clipboard write
        "\u{1b}]0;owned\u{1b}\\",                // title change, ST-terminated
        "\u{7}",                                 // BEL
        "\u{9b}31m\u{9d}0;t\u{9c}",              // C1 CSI, OSC, ST
        "\u{7f}\u{0}\u{8}",                      // DEL, NUL, backspace
        "\u{202E}evil\u{202C}\u{2067}x\u{2069}", // RTL override, isolate
        "a\rb",                                  // a lone carriage return
        "\u{2028}\u{2029}",                      // line and paragraph separators
    ];

    fn clean(text: &str) -> bool {
        text.chars().all(|c| c == '\n' || !steers_terminal(c)) && !text.contains('\t')
    }

    #[test]
    fn no_hostile_character_passes_the_gate() {
        for h in HOSTILE {
            let shown = visible(h);
            assert!(clean(&shown), "{h:?} -> {shown:?}");
            assert!(shown.contains(SHOWN_INSTEAD), "{h:?} is shown, not dropped");
        }
    }

    #[test]
    fn the_gate_shows_each_control_in_its_place() {
        assert_eq!(visible("a\u{1b}[2Jb"), "a\u{FFFD}[2Jb");
        assert_eq!(visible("\u{9b}1m"), "\u{FFFD}1m");
        assert_eq!(visible("x\u{202E}y"), "x\u{FFFD}y");
    }

    #[test]
    fn the_gate_keeps_newlines_letters_and_joiners_and_spaces_tabs() {
        let text = "Æblegrød\nنور\u{200D}👩‍👩‍👧 zero\u{200B}width";
        assert!(matches!(visible(text), Cow::Borrowed(_)));
        assert_eq!(visible("a\tb\r\nc"), "a b\nc");
        // Shown once is shown for good: the gate may run twice.
        let once = visible("\u{1b}x").into_owned();
        assert_eq!(visible(&once), once);
    }

    #[test]
    fn painted_text_gates_what_it_is_given_and_keeps_only_its_own_colours() {
        let bold = Style::new().bold();
        let mut p = Painted::new();
        p.push("a\u{1b}[2J").push_styled(bold, "b\u{9b}");
        assert_eq!(p.plain(), "a\u{FFFD}[2Jb\u{FFFD}");
        assert_eq!(p.ansi(), format!("a\u{FFFD}[2J{bold}b\u{FFFD}{bold:#}"));
    }

    #[test]
    fn a_paste_keeps_text_and_line_breaks_where_allowed() {
        assert_eq!(pasted("a\u{1b}[2Jb\tc", true), "a[2Jb c");
        assert_eq!(
            pasted("one\r\ntwo\rthree\nfour", true),
            "one\ntwo\nthree\nfour"
        );
        assert_eq!(pasted("one\r\ntwo", false), "one two");
        assert_eq!(pasted("\u{9b}\u{202E}Anne\u{7}", false), "Anne");
        for h in HOSTILE {
            assert!(clean(&pasted(h, true)), "{h:?}");
        }
    }
}
