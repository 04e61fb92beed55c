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
    on(&[code(KeyCode::Up), ch('k')], "↑/k", A::Up, k::UP).help_only(),
    on(&[code(KeyCode::Down), ch('j')], "↓/j", A::Down, k::DOWN).help_only(),
    on(&[ch('?')], "?", A::Help, k::HELP),
    on(&[code(KeyCode::Esc), ch('q')], "Esc", A::Back, k::BACK),
];
