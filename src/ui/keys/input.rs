//! The keys of the inputs: a note, a one-line answer, the readline keys
//! every text field shares, and the one rule for a yes/no question.

use super::{Binding, alt, ch, code, ctrl, on};
use crate::i18n::keys as k;
use crossterm::event::KeyCode;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NoteAction {
    Save,
    Cancel,
    CycleKind,
    TogglePrivate,
    /// The note is about the speaker, or about nobody.
    ClearAbout,
}

pub static NOTE_INPUT: &[Binding<NoteAction>] = &[
    on(
        &[code(KeyCode::Enter)],
        "Enter",
        NoteAction::Save,
        k::SAVE_NOTE,
    ),
    on(&[code(KeyCode::Esc)], "Esc", NoteAction::Cancel, k::CANCEL),
    on(&[code(KeyCode::Tab)], "Tab", NoteAction::CycleKind, k::KIND),
    on(
        &[ctrl('p')],
        "Ctrl-p",
        NoteAction::TogglePrivate,
        k::PRIVATE,
    ),
    on(&[ctrl('x')], "Ctrl-x", NoteAction::ClearAbout, k::ABOUT).help_only(),
];

/// A one-line answer: a name, a reason, a date, a field.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LineAction {
    Done,
    Cancel,
}

pub static LINE_INPUT: &[Binding<LineAction>] = &[
    on(&[code(KeyCode::Enter)], "Enter", LineAction::Done, k::OK),
    on(&[code(KeyCode::Esc)], "Esc", LineAction::Cancel, k::CANCEL),
];

/// What a key does to the text in any text field, readline-style.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EditAction {
    Back,
    Forward,
    WordBack,
    WordForward,
    LineStart,
    LineEnd,
    DeleteBack,
    DeleteForward,
    DeleteWordBack,
    DeleteToStart,
    DeleteToEnd,
    /// Put back what the last Ctrl-w, Ctrl-u or Ctrl-k took.
    Yank,
}

use EditAction as E;

/// Every text field answers these (typed characters go in as text), the
/// habits of a shell. They are listed in the help of each screen with a
/// text field.
pub static EDIT: &[Binding<EditAction>] = &[
    on(&[code(KeyCode::Left)], "←", E::Back, k::CURSOR).help_only(),
    on(&[code(KeyCode::Right)], "→", E::Forward, k::CURSOR).help_only(),
    on(&[alt('b')], "Alt-b", E::WordBack, k::WORD).help_only(),
    on(&[alt('f')], "Alt-f", E::WordForward, k::WORD).help_only(),
    on(
        &[ctrl('a'), code(KeyCode::Home)],
        "Ctrl-a",
        E::LineStart,
        k::START_END,
    )
    .help_only(),
    on(
        &[ctrl('e'), code(KeyCode::End)],
        "Ctrl-e",
        E::LineEnd,
        k::START_END,
    )
    .help_only(),
    // Ctrl-h is how some terminals send Backspace.
    on(
        &[code(KeyCode::Backspace), ctrl('h')],
        "Backspace",
        E::DeleteBack,
        k::DELETE_CHAR,
    )
    .help_only(),
    on(
        &[code(KeyCode::Delete)],
        "Del",
        E::DeleteForward,
        k::DELETE_CHAR,
    )
    .help_only(),
    on(&[ctrl('w')], "Ctrl-w", E::DeleteWordBack, k::DELETE_WORD).help_only(),
    on(&[ctrl('u')], "Ctrl-u", E::DeleteToStart, k::DELETE_TO).help_only(),
    on(&[ctrl('k')], "Ctrl-k", E::DeleteToEnd, k::DELETE_TO).help_only(),
    on(&[ctrl('y')], "Ctrl-y", E::Yank, k::YANK).help_only(),
];

/// The one rule for every yes/no question: `j` (Danish), `y` (English)
/// or Enter says yes; Esc or any other key says no and changes nothing.
/// A question may add one key of its own (see `ui::popup::Confirm`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ConfirmAction {
    Yes,
}

pub static CONFIRM: &[Binding<ConfirmAction>] = &[on(
    &[ch('j'), ch('J'), ch('y'), ch('Y'), code(KeyCode::Enter)],
    "j/y/Enter",
    ConfirmAction::Yes,
    k::YES,
)];

/// Choosing an action's owner when its `@name` fits several or nobody.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OwnerAction {
    Up,
    Down,
    Choose,
    Back,
}

pub static OWNER_CHOICE: &[Binding<OwnerAction>] = &[
    on(&[code(KeyCode::Up)], "↑↓", OwnerAction::Up, k::CHOOSE_OWNER),
    on(
        &[code(KeyCode::Down)],
        "↓",
        OwnerAction::Down,
        k::CHOOSE_OWNER,
    )
    .help_only(),
    on(
        &[code(KeyCode::Enter)],
        "Enter",
        OwnerAction::Choose,
        k::SAVE_NOTE,
    ),
    on(
        &[code(KeyCode::Esc)],
        "Esc",
        OwnerAction::Back,
        k::BACK_TO_TEXT,
    ),
];
