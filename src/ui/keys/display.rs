//! The keys of `runde display`, the room view in a window of its own.

use super::{Binding, ch, code, ctrl, on};
use crate::i18n::keys as k;
use crossterm::event::KeyCode;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DisplayAction {
    Close,
}

/// The display shows no footer (it is the room's screen): `runde display
/// --help` names these keys.
pub static DISPLAY: &[Binding<DisplayAction>] = &[on(
    &[ch('q'), code(KeyCode::Esc), ctrl('c')],
    "q",
    DisplayAction::Close,
    k::CLOSE,
)];
