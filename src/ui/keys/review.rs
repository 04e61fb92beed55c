//! The review screen's keys: the list, one session in detail, and typing
//! a search.

use super::{Binding, ch, code, ctrl, on};
use crate::i18n::review as t;
use crossterm::event::KeyCode;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ListAction {
    Up,
    Down,
    /// A page up or down, or to the first or last row: 10,000 rows.
    PageUp,
    PageDown,
    First,
    Last,
    Open,
    Search,
    Network,
    Plan,
    Period,
    Private,
    /// Clears the search, else closes the review.
    Back,
    /// Save the session's minutes in the exports folder, as Markdown.
    Export,
    /// The same as an HTML page, for a mail client.
    ExportHtml,
    /// Discard a meeting left unfinished (asks first).
    Discard,
    Help,
    Quit,
}

pub static REVIEW_LIST: &[Binding<ListAction>] = &[
    on(
        &[code(KeyCode::Up), ch('k')],
        "↑↓",
        ListAction::Up,
        t::KEY_MOVE,
    ),
    on(
        &[code(KeyCode::Down), ch('j')],
        "↓",
        ListAction::Down,
        t::KEY_MOVE,
    )
    .help_only(),
    on(
        &[code(KeyCode::PageUp)],
        "PgUp/PgDn",
        ListAction::PageUp,
        t::KEY_PAGE,
    )
    .help_only(),
    on(
        &[code(KeyCode::PageDown)],
        "PgDn",
        ListAction::PageDown,
        t::KEY_PAGE,
    )
    .help_only(),
    on(
        &[code(KeyCode::Home), ch('g')],
        "Home/End",
        ListAction::First,
        t::KEY_ENDS,
    )
    .help_only(),
    on(
        &[code(KeyCode::End), ch('G')],
        "End",
        ListAction::Last,
        t::KEY_ENDS,
    )
    .help_only(),
    on(
        &[code(KeyCode::Enter)],
        "Enter",
        ListAction::Open,
        t::KEY_OPEN,
    ),
    on(&[ch('/')], "/", ListAction::Search, t::KEY_SEARCH),
    on(&[ch('n')], "n", ListAction::Network, t::KEY_NETWORK),
    on(&[ch('p')], "p", ListAction::Plan, t::KEY_PLAN),
    on(&[ch('d')], "d", ListAction::Period, t::KEY_PERIOD),
    on(&[ctrl('p')], "Ctrl-p", ListAction::Private, t::KEY_PRIVATE).help_only(),
    on(&[code(KeyCode::Esc)], "Esc", ListAction::Back, t::KEY_CLEAR).help_only(),
    on(&[ch('e')], "e", ListAction::Export, t::KEY_EXPORT).help_only(),
    on(&[ch('E')], "E", ListAction::ExportHtml, t::KEY_EXPORT_HTML).help_only(),
    on(&[ch('x')], "x", ListAction::Discard, t::KEY_DISCARD).help_only(),
    on(&[ch('?')], "?", ListAction::Help, t::KEY_HELP),
    on(&[ch('q')], "q", ListAction::Quit, t::KEY_QUIT),
];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DetailAction {
    Up,
    Down,
    Back,
    Private,
    Export,
    ExportHtml,
    Discard,
    Help,
    Quit,
}

pub static REVIEW_DETAIL: &[Binding<DetailAction>] = &[
    on(
        &[code(KeyCode::Up), ch('k')],
        "↑↓",
        DetailAction::Up,
        t::KEY_SCROLL,
    ),
    on(
        &[code(KeyCode::Down), ch('j')],
        "↓",
        DetailAction::Down,
        t::KEY_SCROLL,
    )
    .help_only(),
    on(
        &[
            code(KeyCode::Esc),
            code(KeyCode::Left),
            code(KeyCode::Backspace),
        ],
        "Esc",
        DetailAction::Back,
        t::KEY_BACK,
    ),
    on(
        &[ctrl('p')],
        "Ctrl-p",
        DetailAction::Private,
        t::KEY_PRIVATE,
    ),
    on(&[ch('e')], "e", DetailAction::Export, t::KEY_EXPORT),
    on(
        &[ch('E')],
        "E",
        DetailAction::ExportHtml,
        t::KEY_EXPORT_HTML,
    )
    .help_only(),
    on(&[ch('x')], "x", DetailAction::Discard, t::KEY_DISCARD).help_only(),
    on(&[ch('?')], "?", DetailAction::Help, t::KEY_HELP),
    on(&[ch('q')], "q", DetailAction::Quit, t::KEY_QUIT),
];

/// While a search is typed: these, the text field's keys, and letters.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SearchAction {
    /// Stop typing; the hits stay, to choose from.
    Done,
    /// Clear the search and stop typing.
    Clear,
    Private,
}

pub static REVIEW_SEARCH: &[Binding<SearchAction>] = &[
    on(
        &[
            code(KeyCode::Enter),
            code(KeyCode::Tab),
            code(KeyCode::Down),
        ],
        "Enter",
        SearchAction::Done,
        t::KEY_DONE,
    ),
    on(
        &[code(KeyCode::Esc)],
        "Esc",
        SearchAction::Clear,
        t::KEY_CLEAR,
    ),
    on(
        &[ctrl('p')],
        "Ctrl-p",
        SearchAction::Private,
        t::KEY_PRIVATE,
    ),
];
