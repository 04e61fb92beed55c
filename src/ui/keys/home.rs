//! The home screen's keys and the attendance check's.

use super::{Binding, ch, code, ctrl, on};
use crate::i18n::keys as k;
use crossterm::event::KeyCode;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HomeAction {
    /// Start, resume or review: what the focused row says.
    Select,
    Up,
    Down,
    /// Choose another network or plan in the focused row.
    Left,
    Right,
    Resume,
    /// Close the unfinished meeting as it stood (a meeting left behind).
    CloseLeft,
    NewNetwork,
    EditNetwork,
    Help,
    Quit,
}

pub static HOME: &[Binding<HomeAction>] = &[
    on(
        &[code(KeyCode::Enter)],
        "Enter",
        HomeAction::Select,
        k::START,
    )
    .once(),
    on(&[code(KeyCode::Up), ch('k')], "↑/k", HomeAction::Up, k::UP).help_only(),
    on(
        &[code(KeyCode::Down), ch('j')],
        "↓/j",
        HomeAction::Down,
        k::DOWN,
    )
    .help_only(),
    on(
        &[code(KeyCode::Left), ch('h')],
        "←→",
        HomeAction::Left,
        k::CHOOSE,
    ),
    on(
        &[code(KeyCode::Right), ch('l')],
        "→",
        HomeAction::Right,
        k::CHOOSE,
    )
    .help_only(),
    on(&[ch('r')], "r", HomeAction::Resume, k::RESUME).help_only(),
    on(&[ch('x')], "x", HomeAction::CloseLeft, k::CLOSE_LEFT).help_only(),
    on(&[ch('n')], "n", HomeAction::NewNetwork, k::NEW_NETWORK),
    on(&[ch('e')], "e", HomeAction::EditNetwork, k::EDIT_NETWORK),
    on(&[ch('?')], "?", HomeAction::Help, k::HELP),
    on(
        &[ch('q'), code(KeyCode::Esc), ctrl('c')],
        "q",
        HomeAction::Quit,
        k::QUIT,
    ),
];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AttendanceAction {
    Begin,
    Up,
    Down,
    /// Present, sent word, absent.
    Presence,
    SetFacilitator,
    SetNoteTaker,
    SetTimekeeper,
    SetCaseGiver,
    SetInterviewer,
    UrgentBid,
    Help,
    Back,
}

use AttendanceAction as A;

pub static ATTENDANCE: &[Binding<AttendanceAction>] = &[
    on(&[code(KeyCode::Enter)], "Enter", A::Begin, k::BEGIN).once(),
    on(&[code(KeyCode::Up), ch('k')], "↑/k", A::Up, k::UP).help_only(),
    on(&[code(KeyCode::Down), ch('j')], "↓/j", A::Down, k::DOWN).help_only(),
    on(&[ch(' ')], "Space", A::Presence, k::PRESENCE),
    on(&[ch('f')], "f", A::SetFacilitator, k::SET_FACILITATOR),
    on(&[ch('r')], "r", A::SetNoteTaker, k::SET_NOTE_TAKER),
    on(&[ch('t')], "t", A::SetTimekeeper, k::SET_TIMEKEEPER),
    on(&[ch('c')], "c", A::SetCaseGiver, k::SET_CASE_GIVER),
    on(&[ch('i')], "i", A::SetInterviewer, k::SET_INTERVIEWER),
    on(&[ch('u')], "u", A::UrgentBid, k::URGENT_BID),
    on(&[ch('?')], "?", A::Help, k::HELP),
    on(&[ch('q'), code(KeyCode::Esc)], "q", A::Back, k::QUIT),
];
