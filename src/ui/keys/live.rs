//! The live screen's keys.

use super::{Binding, ch, code, ctrl, on};
use crate::i18n::keys as k;
use crossterm::event::KeyCode;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LiveAction {
    TogglePause,
    NextSpeaker,
    Pass,
    /// Give the turn back to whoever lost it by a slip of n or a pass.
    TurnBack,
    NextStep,
    PrevStep,
    More,
    Less,
    Note,
    Room,
    Arrive,
    Depart,
    ToggleAlerts,
    /// Take the time the meeting is behind as proposed: the buffer, the
    /// theme, the rounds (in the footer while there is a proposal).
    KeepTimeBox,
    /// Show all of the step's guidance.
    Guidance,
    /// Edit the next meeting's agreement (in its step).
    EditNext,
    /// Today's roles: hand one on to someone present.
    Roles,
    /// Open the private actions of "since last time", for the facilitator.
    PrivateActions,
    /// Today's notes, to correct or delete one.
    Notes,
    FollowUpDone,
    FollowUpMoved,
    FollowUpDropped,
    /// Choose the action of an earlier meeting that 1/2/3 mark.
    Up,
    Down,
    /// The speaker's check-out score, 1–5 (in the check-out round).
    Score(u8),
    Help,
    Quit,
}

use LiveAction as A;

pub static LIVE: &[Binding<LiveAction>] = &[
    on(&[ch(' ')], "Space", A::TogglePause, k::PAUSE),
    on(&[ch('n')], "n", A::NextSpeaker, k::NEXT_SPEAKER).once(),
    on(&[ch('p')], "p", A::Pass, k::PASS).once(),
    // In the footer only while there is a turn to give back.
    on(&[ch('b')], "b", A::TurnBack, k::TURN_BACK)
        .help_only()
        .once(),
    on(
        &[code(KeyCode::Right), ch('l')],
        "→/l",
        A::NextStep,
        k::NEXT_STEP,
    )
    .once(),
    on(
        &[code(KeyCode::Left), ch('h')],
        "←/h",
        A::PrevStep,
        k::PREV_STEP,
    )
    .once(),
    on(&[ch('+'), ch('=')], "+", A::More, k::MORE),
    on(&[ch('-')], "-", A::Less, k::LESS),
    on(&[ch('i')], "i", A::Note, k::NOTE),
    on(&[ch('I')], "I", A::Notes, k::NOTES_LIST).help_only(),
    on(&[ch('v')], "v", A::Room, k::ROOM),
    on(&[ch('a')], "a", A::Arrive, k::ARRIVE).help_only(),
    on(&[ch('d')], "d", A::Depart, k::DEPART).help_only(),
    on(&[ch('m')], "m", A::ToggleAlerts, k::ALERTS).help_only(),
    on(&[ch('f')], "f", A::KeepTimeBox, k::KEEP_TIME_BOX).help_only(),
    on(&[ch('g')], "g", A::Guidance, k::GUIDANCE).help_only(),
    on(&[ch('e')], "e", A::EditNext, k::EDIT_NEXT).help_only(),
    on(&[ch('R')], "R", A::Roles, k::ROLES).help_only(),
    on(&[ch('o')], "o", A::PrivateActions, k::PRIVATE_ACTIONS).help_only(),
    on(&[ch('1')], "1", A::FollowUpDone, k::FOLLOW_UP_DONE).help_only(),
    on(&[ch('2')], "2", A::FollowUpMoved, k::FOLLOW_UP_MOVED).help_only(),
    on(&[ch('3')], "3", A::FollowUpDropped, k::FOLLOW_UP_DROPPED).help_only(),
    on(
        &[code(KeyCode::Up), ch('k')],
        "↑",
        A::Up,
        k::FOLLOW_UP_CHOOSE,
    )
    .help_only(),
    on(
        &[code(KeyCode::Down), ch('j')],
        "↓",
        A::Down,
        k::FOLLOW_UP_CHOOSE,
    )
    .help_only(),
    on(&[ch('?')], "?", A::Help, k::HELP),
    // Ctrl-C as well: in raw mode it comes as a key, and asks as q does.
    on(&[ch('q'), ctrl('c')], "q", A::Quit, k::QUIT),
];

/// How the live screen's key for `action` is written ("R", "o"), for a
/// hint on the screen that names it: from the table, so that the two
/// never disagree.
pub fn live_label(action: LiveAction) -> &'static str {
    super::label_of(LIVE, action)
}

/// In the check-out round the digits score the day for the speaker,
/// instead of settling earlier actions (the live screen swaps them in).
pub static CHECK_OUT: &[Binding<LiveAction>] = &[
    on(&[ch('1')], "1", A::Score(1), k::SCORE_1),
    on(&[ch('2')], "2", A::Score(2), k::SCORE_2).help_only(),
    on(&[ch('3')], "3", A::Score(3), k::SCORE_3).help_only(),
    on(&[ch('4')], "4", A::Score(4), k::SCORE_4).help_only(),
    on(&[ch('5')], "5", A::Score(5), k::SCORE_5),
];

/// The box of today's roles (`R`): choose one to hand on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RolesAction {
    Up,
    Down,
    HandOn,
    Close,
}

pub static ROLES_BOX: &[Binding<RolesAction>] = &[
    on(
        &[code(KeyCode::Up), ch('k')],
        "↑↓",
        RolesAction::Up,
        k::CHOOSE_ROLE,
    ),
    on(
        &[code(KeyCode::Down), ch('j')],
        "↓",
        RolesAction::Down,
        k::CHOOSE_ROLE,
    )
    .help_only(),
    on(
        &[code(KeyCode::Enter)],
        "Enter",
        RolesAction::HandOn,
        k::HAND_ON,
    ),
    on(
        &[code(KeyCode::Esc), ch('R'), ch('q')],
        "Esc",
        RolesAction::Close,
        k::CLOSE,
    ),
];

/// The private actions of "since last time", open for the facilitator.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PrivateAction {
    Up,
    Down,
    Done,
    Moved,
    Dropped,
    Close,
}

pub static PRIVATE_BOX: &[Binding<PrivateAction>] = &[
    on(&[ch('1')], "1", PrivateAction::Done, k::FOLLOW_UP_DONE),
    on(&[ch('2')], "2", PrivateAction::Moved, k::FOLLOW_UP_MOVED),
    on(
        &[ch('3')],
        "3",
        PrivateAction::Dropped,
        k::FOLLOW_UP_DROPPED,
    ),
    on(
        &[code(KeyCode::Up), ch('k')],
        "↑↓",
        PrivateAction::Up,
        k::FOLLOW_UP_CHOOSE,
    ),
    on(
        &[code(KeyCode::Down), ch('j')],
        "↓",
        PrivateAction::Down,
        k::FOLLOW_UP_CHOOSE,
    )
    .help_only(),
    on(
        &[code(KeyCode::Esc), ch('o'), ch('q')],
        "Esc",
        PrivateAction::Close,
        k::CLOSE,
    ),
];

/// Today's notes (`I`): choose one to correct or delete.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NotesAction {
    Up,
    Down,
    Edit,
    Remove,
    Close,
}

pub static NOTES_BOX: &[Binding<NotesAction>] = &[
    on(
        &[code(KeyCode::Up), ch('k')],
        "↑↓",
        NotesAction::Up,
        k::CHOOSE_NOTE,
    ),
    on(
        &[code(KeyCode::Down), ch('j')],
        "↓",
        NotesAction::Down,
        k::CHOOSE_NOTE,
    )
    .help_only(),
    on(
        &[code(KeyCode::Enter)],
        "Enter",
        NotesAction::Edit,
        k::EDIT_NOTE,
    ),
    on(
        &[ch('x'), code(KeyCode::Delete)],
        "x",
        NotesAction::Remove,
        k::REMOVE_NOTE,
    ),
    on(
        &[code(KeyCode::Esc), ch('I'), ch('q')],
        "Esc",
        NotesAction::Close,
        k::CLOSE,
    ),
];
