//! Keys that mean the same on every screen, looked up before the screen's
//! own table.

use super::{Binding, ctrl, on};
use crate::i18n::keys as k;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GlobalAction {
    /// Ctrl-Z: raw mode delivers it as a key, not as SIGTSTP; it does what
    /// the signal does (the terminal back to the shell, runde stopped
    /// until `fg`).
    Suspend,
}

pub static GLOBAL: &[Binding<GlobalAction>] =
    &[on(&[ctrl('z')], "Ctrl-z", GlobalAction::Suspend, k::SUSPEND).help_only()];
