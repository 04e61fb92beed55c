//! One key table per screen: key → Action with a short description. The
//! same table answers a key press, draws the footer hints and fills the
//! help overlay, so they can never disagree.

use crate::i18n::Phrase;
use crate::text::Lang;
use crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    TogglePause,
    NextSpeaker,
    Pass,
    NextStep,
    PrevStep,
    More,
    Less,
    Note,
    Room,
    Arrive,
    Depart,
    ToggleAlerts,
    Help,
    /// Show all of the step's guidance.
    Guidance,
    Quit,
    Save,
    Cancel,
    CycleKind,
    TogglePrivate,
    Up,
    Down,
    Left,
    Right,
    Select,
    Toggle,
    SetFacilitator,
    SetNoteTaker,
    SetCaseGiver,
    SetInterviewer,
    UrgentBid,
    EditNext,
    FollowUpDone,
    FollowUpMoved,
    FollowUpDropped,
    Resume,
    NewNetwork,
    EditNetwork,
    AddMember,
    RemoveMember,
    MoveEarlier,
    MoveLater,
    Leave,
    RenameNetwork,
}

/// A key as a table names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Key {
    Char(char),
    Ctrl(char),
    Code(KeyCode),
}

impl Key {
    fn matches(self, event: &KeyEvent) -> bool {
        let ctrl = event.modifiers.contains(KeyModifiers::CONTROL);
        let alt = event.modifiers.contains(KeyModifiers::ALT);
        match self {
            Key::Char(c) => !ctrl && !alt && event.code == KeyCode::Char(c),
            Key::Ctrl(c) => ctrl && event.code == KeyCode::Char(c),
            Key::Code(code) => !ctrl && !alt && event.code == code,
        }
    }
}

#[derive(Debug, Clone, Copy)]
pub struct Binding {
    pub keys: &'static [Key],
    /// How the keys are written in hints and help.
    pub label: &'static str,
    pub action: Action,
    pub what: Phrase,
    /// Shown in the footer (the rest only in the help overlay).
    pub footer: bool,
}

const fn bind(
    keys: &'static [Key],
    label: &'static str,
    action: Action,
    what: Phrase,
    footer: bool,
) -> Binding {
    Binding {
        keys,
        label,
        action,
        what,
        footer,
    }
}

mod tables;
pub use tables::*;

/// The action a key press means in a table.
pub fn lookup(table: &[Binding], event: &KeyEvent) -> Option<Action> {
    if event.kind == KeyEventKind::Release {
        return None;
    }
    table
        .iter()
        .find(|b| b.keys.iter().any(|key| key.matches(event)))
        .map(|b| b.action)
}

/// The footer hints: "Space pause · n next speaker · …".
pub fn footer(table: &[Binding], lang: Lang) -> Vec<(&'static str, &'static str)> {
    table
        .iter()
        .filter(|b| b.footer)
        .map(|b| (b.label, b.what.get(lang)))
        .collect()
}

/// Every key with its description, for the help overlay: one line per
/// description, so a pair of bindings ("</>" and ">") shows once, under the
/// first one's label, which names both.
pub fn help(table: &[Binding], lang: Lang) -> Vec<(&'static str, &'static str)> {
    let mut rows: Vec<(&'static str, &'static str)> = Vec::new();
    for b in table {
        let what = b.what.get(lang);
        if !rows.iter().any(|(_, w)| *w == what) {
            rows.push((b.label, what));
        }
    }
    rows
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(code: KeyCode) -> KeyEvent {
        KeyEvent::new(code, KeyModifiers::NONE)
    }

    #[test]
    fn live_keys_match_the_issue() {
        let cases = [
            (KeyCode::Char(' '), Action::TogglePause),
            (KeyCode::Char('n'), Action::NextSpeaker),
            (KeyCode::Char('p'), Action::Pass),
            (KeyCode::Right, Action::NextStep),
            (KeyCode::Char('l'), Action::NextStep),
            (KeyCode::Left, Action::PrevStep),
            (KeyCode::Char('h'), Action::PrevStep),
            (KeyCode::Char('+'), Action::More),
            (KeyCode::Char('-'), Action::Less),
            (KeyCode::Char('i'), Action::Note),
            (KeyCode::Char('v'), Action::Room),
            (KeyCode::Char('?'), Action::Help),
            (KeyCode::Char('q'), Action::Quit),
        ];
        for (code, action) in cases {
            assert_eq!(lookup(LIVE, &key(code)), Some(action), "{code:?}");
        }
        assert_eq!(lookup(LIVE, &key(KeyCode::Char('z'))), None);
    }

    #[test]
    fn shifted_symbols_still_match_but_ctrl_does_not() {
        let plus = KeyEvent::new(KeyCode::Char('+'), KeyModifiers::SHIFT);
        assert_eq!(lookup(LIVE, &plus), Some(Action::More));
        let ctrl_n = KeyEvent::new(KeyCode::Char('n'), KeyModifiers::CONTROL);
        assert_eq!(lookup(LIVE, &ctrl_n), None);
        let ctrl_p = KeyEvent::new(KeyCode::Char('p'), KeyModifiers::CONTROL);
        assert_eq!(lookup(NOTE_INPUT, &ctrl_p), Some(Action::TogglePrivate));
    }

    #[test]
    fn no_key_is_bound_twice_in_a_table() {
        for table in [LIVE, NOTE_INPUT, NAME_INPUT, HOME, ATTENDANCE, NETWORK] {
            let keys: Vec<Key> = table.iter().flat_map(|b| b.keys.iter().copied()).collect();
            for (i, a) in keys.iter().enumerate() {
                assert!(!keys[i + 1..].contains(a), "{a:?} twice");
            }
        }
    }

    #[test]
    fn footer_and_help_come_from_the_table() {
        let f = footer(LIVE, Lang::En);
        assert!(f.contains(&("n", "next speaker")));
        assert!(!f.iter().any(|(key, _)| *key == "a"), "a is only in help");
        assert_eq!(help(LIVE, Lang::Da).len(), LIVE.len() - 1, "↑↓ once");
    }

    #[test]
    fn help_shows_a_pair_of_bindings_once() {
        for lang in [Lang::Da, Lang::En] {
            for table in [LIVE, HOME, ATTENDANCE, NETWORK] {
                let rows = help(table, lang);
                for (i, (_, what)) in rows.iter().enumerate() {
                    assert!(
                        !rows[i + 1..].iter().any(|(_, w)| w == what),
                        "{what} twice"
                    );
                }
            }
        }
        let network = help(NETWORK, Lang::En);
        let moves: Vec<_> = network.iter().filter(|(k, _)| k.contains('>')).collect();
        assert_eq!(moves.len(), 1);
        assert_eq!(moves[0].0, "</>");
    }
}
