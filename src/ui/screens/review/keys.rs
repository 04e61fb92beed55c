//! The review screen's keys: one table per state, which answers a key,
//! draws the footer and fills the help overlay.

use crate::i18n::{Phrase, review as t};
use crate::text::Lang;
use crate::ui::ViewCtx;
use crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReviewKey {
    Up,
    Down,
    Open,
    Search,
    Network,
    Plan,
    Period,
    Private,
    Back,
    Quit,
    Help,
    /// Save the session's minutes in the exports folder.
    Export,
    /// Only described: typing keys are handled as text.
    Typing,
}

#[derive(Debug, Clone, Copy)]
pub enum Key {
    Char(char),
    Ctrl(char),
    Code(KeyCode),
}

#[derive(Debug, Clone, Copy)]
pub struct ReviewBinding {
    pub keys: &'static [Key],
    pub label: &'static str,
    pub action: ReviewKey,
    pub what: Phrase,
    pub footer: bool,
}

const fn bind(
    keys: &'static [Key],
    label: &'static str,
    action: ReviewKey,
    what: Phrase,
    footer: bool,
) -> ReviewBinding {
    ReviewBinding {
        keys,
        label,
        action,
        what,
        footer,
    }
}

use Key::{Char, Code, Ctrl};

pub static LIST: &[ReviewBinding] = &[
    bind(
        &[Code(KeyCode::Up), Char('k')],
        "↑↓",
        ReviewKey::Up,
        t::KEY_MOVE,
        true,
    ),
    bind(
        &[Code(KeyCode::Down), Char('j')],
        "↓",
        ReviewKey::Down,
        t::KEY_MOVE,
        false,
    ),
    bind(
        &[Code(KeyCode::Enter)],
        "Enter",
        ReviewKey::Open,
        t::KEY_OPEN,
        true,
    ),
    bind(&[Char('/')], "/", ReviewKey::Search, t::KEY_SEARCH, true),
    bind(&[Char('n')], "n", ReviewKey::Network, t::KEY_NETWORK, true),
    bind(&[Char('p')], "p", ReviewKey::Plan, t::KEY_PLAN, true),
    bind(&[Char('d')], "d", ReviewKey::Period, t::KEY_PERIOD, true),
    bind(
        &[Ctrl('p')],
        "Ctrl-p",
        ReviewKey::Private,
        t::KEY_PRIVATE,
        false,
    ),
    bind(
        &[Code(KeyCode::Esc)],
        "Esc",
        ReviewKey::Back,
        t::KEY_CLEAR,
        false,
    ),
    bind(&[Char('e')], "e", ReviewKey::Export, t::KEY_EXPORT, false),
    bind(&[Char('?')], "?", ReviewKey::Help, t::KEY_HELP, true),
    bind(&[Char('q')], "q", ReviewKey::Quit, t::KEY_QUIT, true),
];

pub static DETAIL: &[ReviewBinding] = &[
    bind(
        &[Code(KeyCode::Up), Char('k')],
        "↑↓",
        ReviewKey::Up,
        t::KEY_SCROLL,
        true,
    ),
    bind(
        &[Code(KeyCode::Down), Char('j')],
        "↓",
        ReviewKey::Down,
        t::KEY_SCROLL,
        false,
    ),
    bind(
        &[
            Code(KeyCode::Esc),
            Code(KeyCode::Left),
            Code(KeyCode::Backspace),
        ],
        "Esc",
        ReviewKey::Back,
        t::KEY_BACK,
        true,
    ),
    bind(
        &[Ctrl('p')],
        "Ctrl-p",
        ReviewKey::Private,
        t::KEY_PRIVATE,
        true,
    ),
    bind(&[Char('e')], "e", ReviewKey::Export, t::KEY_EXPORT, true),
    bind(&[Char('?')], "?", ReviewKey::Help, t::KEY_HELP, true),
    bind(&[Char('q')], "q", ReviewKey::Quit, t::KEY_QUIT, true),
];

pub static TYPING: &[ReviewBinding] = &[
    bind(
        &[Code(KeyCode::Enter)],
        "Enter",
        ReviewKey::Typing,
        t::KEY_DONE,
        true,
    ),
    bind(
        &[Code(KeyCode::Esc)],
        "Esc",
        ReviewKey::Typing,
        t::KEY_CLEAR,
        true,
    ),
    bind(
        &[Ctrl('p')],
        "Ctrl-p",
        ReviewKey::Typing,
        t::KEY_PRIVATE,
        true,
    ),
];

fn matches(key: Key, event: &KeyEvent) -> bool {
    let ctrl = event.modifiers.contains(KeyModifiers::CONTROL);
    let alt = event.modifiers.contains(KeyModifiers::ALT);
    match key {
        Key::Char(c) => !ctrl && !alt && event.code == KeyCode::Char(c),
        Key::Ctrl(c) => ctrl && event.code == KeyCode::Char(c),
        Key::Code(code) => !ctrl && !alt && event.code == code,
    }
}

pub fn lookup(table: &[ReviewBinding], event: &KeyEvent) -> Option<ReviewKey> {
    if event.kind == KeyEventKind::Release {
        return None;
    }
    table
        .iter()
        .find(|b| b.keys.iter().any(|k| matches(*k, event)))
        .map(|b| b.action)
}

pub fn footer(table: &[ReviewBinding], lang: Lang) -> Line<'static> {
    footer_line(table, lang, None)
}

/// The footer, with the styles of the theme when given.
pub fn footer_line(table: &[ReviewBinding], lang: Lang, ctx: Option<&ViewCtx>) -> Line<'static> {
    let mut line = Line::default();
    for b in table.iter().filter(|b| b.footer) {
        let (key_style, text_style) = match ctx {
            Some(c) => (c.styles.accent, c.styles.muted),
            None => Default::default(),
        };
        line.push_span(Span::styled(b.label, key_style));
        line.push_span(Span::styled(format!(" {}  ", b.what.get(lang)), text_style));
    }
    line
}

/// One row per description: a pair of bindings ("↑↓" and "↓") shows once,
/// under the first one's label, which names both.
pub fn help_rows(table: &[ReviewBinding]) -> Vec<&ReviewBinding> {
    let mut rows: Vec<&ReviewBinding> = Vec::new();
    for b in table {
        if !rows
            .iter()
            .any(|r| r.what.get(Lang::En) == b.what.get(Lang::En))
        {
            rows.push(b);
        }
    }
    rows
}

pub fn render_help(table: &[ReviewBinding], area: Rect, buf: &mut Buffer, ctx: &ViewCtx) {
    let rows: Vec<(&'static str, &'static str)> = help_rows(table)
        .iter()
        .map(|b| (b.label, b.what.get(ctx.lang)))
        .collect();
    super::super::help::render_help_rows(&rows, area, buf, ctx);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_key_is_bound_twice_in_a_table() {
        for table in [LIST, DETAIL, TYPING] {
            let keys: Vec<String> = table
                .iter()
                .flat_map(|b| b.keys.iter().map(|k| format!("{k:?}")))
                .collect();
            for (i, a) in keys.iter().enumerate() {
                assert!(!keys[i + 1..].contains(a), "{a} twice");
            }
        }
    }

    #[test]
    fn help_shows_a_pair_of_bindings_once() {
        for table in [LIST, DETAIL, TYPING] {
            let rows = help_rows(table);
            for (i, b) in rows.iter().enumerate() {
                let what = b.what.get(Lang::Da);
                assert!(
                    !rows[i + 1..].iter().any(|r| r.what.get(Lang::Da) == what),
                    "{what} twice"
                );
            }
        }
        let labels: Vec<_> = help_rows(DETAIL).iter().map(|b| b.label).collect();
        assert!(
            labels.contains(&"↑↓") && !labels.contains(&"↓"),
            "{labels:?}"
        );
    }

    #[test]
    fn slash_searches_and_ctrl_p_is_not_p() {
        let slash = KeyEvent::new(KeyCode::Char('/'), KeyModifiers::NONE);
        assert_eq!(lookup(LIST, &slash), Some(ReviewKey::Search));
        let ctrl_p = KeyEvent::new(KeyCode::Char('p'), KeyModifiers::CONTROL);
        assert_eq!(lookup(LIST, &ctrl_p), Some(ReviewKey::Private));
        let p = KeyEvent::new(KeyCode::Char('p'), KeyModifiers::NONE);
        assert_eq!(lookup(LIST, &p), Some(ReviewKey::Plan));
    }
}
