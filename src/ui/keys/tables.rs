//! The key tables, one per screen.

use super::{Action, Binding, Key, bind};
use crate::i18n::keys as k;
use crossterm::event::KeyCode;

use Key::{Char, Code, Ctrl};

// Bindings several screens share, so that they read and work the same on
// every screen.
const UP: Binding = bind(
    &[Code(KeyCode::Up), Char('k')],
    "↑/k",
    Action::Up,
    k::UP,
    false,
);
const DOWN: Binding = bind(
    &[Code(KeyCode::Down), Char('j')],
    "↓/j",
    Action::Down,
    k::DOWN,
    false,
);
const HELP: Binding = bind(&[Char('?')], "?", Action::Help, k::HELP, true);
const QUIT_OR_ESC: Binding = bind(
    &[Char('q'), Code(KeyCode::Esc)],
    "q",
    Action::Quit,
    k::QUIT,
    true,
);
const CANCEL: Binding = bind(
    &[Code(KeyCode::Esc)],
    "Esc",
    Action::Cancel,
    k::CANCEL,
    true,
);

pub static LIVE: &[Binding] = &[
    bind(&[Char(' ')], "Space", Action::TogglePause, k::PAUSE, true),
    bind(
        &[Char('n')],
        "n",
        Action::NextSpeaker,
        k::NEXT_SPEAKER,
        true,
    ),
    bind(&[Char('p')], "p", Action::Pass, k::PASS, true),
    bind(
        &[Code(KeyCode::Right), Char('l')],
        "→/l",
        Action::NextStep,
        k::NEXT_STEP,
        true,
    ),
    bind(
        &[Code(KeyCode::Left), Char('h')],
        "←/h",
        Action::PrevStep,
        k::PREV_STEP,
        true,
    ),
    bind(&[Char('+'), Char('=')], "+", Action::More, k::MORE, true),
    bind(&[Char('-')], "-", Action::Less, k::LESS, true),
    bind(&[Char('i')], "i", Action::Note, k::NOTE, true),
    bind(&[Char('v')], "v", Action::Room, k::ROOM, true),
    bind(&[Char('a')], "a", Action::Arrive, k::ARRIVE, false),
    bind(&[Char('d')], "d", Action::Depart, k::DEPART, false),
    bind(&[Char('b')], "b", Action::ToggleAlerts, k::ALERTS, false),
    bind(&[Char('g')], "g", Action::Guidance, k::GUIDANCE, false),
    bind(&[Char('e')], "e", Action::EditNext, k::EDIT_NEXT, false),
    bind(
        &[Char('1')],
        "1",
        Action::FollowUpDone,
        k::FOLLOW_UP_DONE,
        false,
    ),
    bind(
        &[Char('2')],
        "2",
        Action::FollowUpMoved,
        k::FOLLOW_UP_MOVED,
        false,
    ),
    bind(
        &[Char('3')],
        "3",
        Action::FollowUpDropped,
        k::FOLLOW_UP_DROPPED,
        false,
    ),
    bind(
        &[Code(KeyCode::Up), Char('k')],
        "↑↓",
        Action::Up,
        k::FOLLOW_UP_CHOOSE,
        false,
    ),
    bind(
        &[Code(KeyCode::Down), Char('j')],
        "↓",
        Action::Down,
        k::FOLLOW_UP_CHOOSE,
        false,
    ),
    HELP,
    bind(&[Char('q')], "q", Action::Quit, k::QUIT, true),
];

pub static NOTE_INPUT: &[Binding] = &[
    bind(
        &[Code(KeyCode::Enter)],
        "Enter",
        Action::Save,
        k::SAVE_NOTE,
        true,
    ),
    CANCEL,
    bind(
        &[Code(KeyCode::Tab)],
        "Tab",
        Action::CycleKind,
        k::KIND,
        true,
    ),
    bind(
        &[Ctrl('p')],
        "Ctrl-p",
        Action::TogglePrivate,
        k::PRIVATE,
        true,
    ),
];

pub static NAME_INPUT: &[Binding] = &[
    bind(&[Code(KeyCode::Enter)], "Enter", Action::Save, k::OK, true),
    CANCEL,
];

pub static HOME: &[Binding] = &[
    bind(
        &[Code(KeyCode::Enter)],
        "Enter",
        Action::Select,
        k::START,
        true,
    ),
    UP,
    DOWN,
    bind(
        &[Code(KeyCode::Left), Char('h')],
        "←→",
        Action::Left,
        k::CHOOSE,
        true,
    ),
    bind(
        &[Code(KeyCode::Right), Char('l')],
        "→",
        Action::Right,
        k::CHOOSE,
        false,
    ),
    bind(&[Char('r')], "r", Action::Resume, k::RESUME, false),
    bind(&[Char('n')], "n", Action::NewNetwork, k::NEW_NETWORK, true),
    bind(
        &[Char('e')],
        "e",
        Action::EditNetwork,
        k::EDIT_NETWORK,
        true,
    ),
    HELP,
    QUIT_OR_ESC,
];

pub static ATTENDANCE: &[Binding] = &[
    bind(
        &[Code(KeyCode::Enter)],
        "Enter",
        Action::Select,
        k::BEGIN,
        true,
    ),
    UP,
    DOWN,
    bind(&[Char(' ')], "Space", Action::Toggle, k::PRESENCE, true),
    bind(
        &[Char('f')],
        "f",
        Action::SetFacilitator,
        k::SET_FACILITATOR,
        true,
    ),
    bind(
        &[Char('r')],
        "r",
        Action::SetNoteTaker,
        k::SET_NOTE_TAKER,
        true,
    ),
    bind(
        &[Char('c')],
        "c",
        Action::SetCaseGiver,
        k::SET_CASE_GIVER,
        true,
    ),
    bind(
        &[Char('i')],
        "i",
        Action::SetInterviewer,
        k::SET_INTERVIEWER,
        true,
    ),
    bind(&[Char('u')], "u", Action::UrgentBid, k::URGENT_BID, true),
    HELP,
    QUIT_OR_ESC,
];

pub static NETWORK: &[Binding] = &[
    bind(&[Char('a')], "a", Action::AddMember, k::ADD_MEMBER, true),
    bind(
        &[Char('x'), Code(KeyCode::Delete)],
        "x",
        Action::RemoveMember,
        k::REMOVE_MEMBER,
        true,
    ),
    bind(
        &[Char('<'), Char('K')],
        "</>",
        Action::MoveEarlier,
        k::MOVE_MEMBER,
        true,
    ),
    bind(
        &[Char('>'), Char('J')],
        ">",
        Action::MoveLater,
        k::MOVE_MEMBER,
        false,
    ),
    bind(&[Char('o')], "o", Action::Leave, k::LEAVE, true),
    bind(&[Char('r')], "r", Action::RenameNetwork, k::RENAME, true),
    UP,
    DOWN,
    HELP,
    bind(
        &[Code(KeyCode::Esc), Char('q')],
        "Esc",
        Action::Quit,
        k::BACK,
        true,
    ),
];
