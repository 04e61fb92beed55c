//! The network screen's keys.

use super::{Binding, ch, code, on};
use crate::i18n::keys as k;
use crossterm::event::KeyCode;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NetworkAction {
    AddMember,
    RemoveMember,
    MoveEarlier,
    MoveLater,
    Leave,
    Rename,
    /// Show the network's charter and its year, and edit the charter.
    Charter,
    Up,
    Down,
    Help,
    Back,
}

use NetworkAction as A;

pub static NETWORK: &[Binding<NetworkAction>] = &[
    on(&[ch('a')], "a", A::AddMember, k::ADD_MEMBER),
    on(
        &[ch('x'), code(KeyCode::Delete)],
        "x",
        A::RemoveMember,
        k::REMOVE_MEMBER,
    ),
    on(&[ch('<'), ch('K')], "</>", A::MoveEarlier, k::MOVE_MEMBER),
    on(&[ch('>'), ch('J')], ">", A::MoveLater, k::MOVE_MEMBER).help_only(),
    on(&[ch('o')], "o", A::Leave, k::LEAVE),
    on(&[ch('r')], "r", A::Rename, k::RENAME),
    on(&[ch('n')], "n", A::Charter, k::CHARTER),
    on(&[code(KeyCode::Up), ch('k')], "↑/k", A::Up, k::UP).help_only(),
    on(&[code(KeyCode::Down), ch('j')], "↓/j", A::Down, k::DOWN).help_only(),
    on(&[ch('?')], "?", A::Help, k::HELP),
    on(&[code(KeyCode::Esc), ch('q')], "Esc", A::Back, k::BACK),
];

/// The network screen's charter view.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CharterAction {
    Up,
    Down,
    /// Edit the chosen entry, or add one where "add" is chosen.
    Edit,
    /// Add an entry to the chosen part.
    Add,
    Remove,
    Help,
    Back,
}

pub static CHARTER: &[Binding<CharterAction>] = &[
    on(
        &[code(KeyCode::Up), ch('k')],
        "↑/k",
        CharterAction::Up,
        k::UP,
    )
    .help_only(),
    on(
        &[code(KeyCode::Down), ch('j')],
        "↓/j",
        CharterAction::Down,
        k::DOWN,
    )
    .help_only(),
    on(
        &[code(KeyCode::Enter), ch('e')],
        "Enter",
        CharterAction::Edit,
        k::CHARTER_EDIT,
    ),
    on(&[ch('a')], "a", CharterAction::Add, k::ADD_MEMBER),
    on(
        &[ch('x'), code(KeyCode::Delete)],
        "x",
        CharterAction::Remove,
        k::CHARTER_REMOVE,
    ),
    on(&[ch('?')], "?", CharterAction::Help, k::HELP),
    on(
        &[code(KeyCode::Esc), ch('q'), ch('n')],
        "Esc",
        CharterAction::Back,
        k::BACK,
    ),
];
