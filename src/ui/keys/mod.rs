//! Every key runde answers, in one table per screen (and per input): key →
//! that screen's own action, with a short description. The same table
//! answers a key press, draws the footer hints and fills the help overlay,
//! so they can never disagree; each screen has its own action enum, so a
//! handler that forgets an action does not compile.
//!
//! To add a key: add the action to the screen's enum in this folder, bind
//! it in the screen's table beside it, and handle it in the screen's
//! `match` (the compiler points there).

mod display;
mod global;
mod home;
mod input;
mod live;
mod network;
mod review;

pub use display::*;
pub use global::*;
pub use home::*;
pub use input::*;
pub use live::*;
pub use network::*;
pub use review::*;

use crate::i18n::Phrase;
use crate::text::Lang;
use crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

/// A key as a table names it: a code with Ctrl or Alt held or not. Shift
/// is not part of it: it is how `+`, `?` or `K` are typed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Key {
    code: KeyCode,
    ctrl: bool,
    alt: bool,
}

/// A character typed on its own: `ch('n')`.
pub const fn ch(c: char) -> Key {
    code(KeyCode::Char(c))
}

/// A character with Ctrl held: `ctrl('p')`.
pub const fn ctrl(c: char) -> Key {
    Key {
        code: KeyCode::Char(c),
        ctrl: true,
        alt: false,
    }
}

/// A character with Alt held: `alt('b')`.
pub const fn alt(c: char) -> Key {
    Key {
        code: KeyCode::Char(c),
        ctrl: false,
        alt: true,
    }
}

/// A key that is not a character: `code(KeyCode::Enter)`.
pub const fn code(code: KeyCode) -> Key {
    Key {
        code,
        ctrl: false,
        alt: false,
    }
}

/// A non-character key with Ctrl held: `ctrl_code(KeyCode::Left)`.
pub const fn ctrl_code(code: KeyCode) -> Key {
    Key {
        code,
        ctrl: true,
        alt: false,
    }
}

/// A non-character key with Alt held: `alt_code(KeyCode::Backspace)`.
pub const fn alt_code(code: KeyCode) -> Key {
    Key {
        code,
        ctrl: false,
        alt: true,
    }
}

impl Key {
    pub fn matches(self, event: &KeyEvent) -> bool {
        event.code == self.code
            && event.modifiers.contains(KeyModifiers::CONTROL) == self.ctrl
            && event.modifiers.contains(KeyModifiers::ALT) == self.alt
    }

    /// How help writes the key: `n`, `Space`, `Ctrl-p`, `Alt-b`, `←`.
    pub fn name(self) -> String {
        let base = match self.code {
            KeyCode::Char(' ') => "Space".to_string(),
            KeyCode::Char(c) => c.to_string(),
            KeyCode::Up => "↑".into(),
            KeyCode::Down => "↓".into(),
            KeyCode::Left => "←".into(),
            KeyCode::Right => "→".into(),
            KeyCode::Enter => "Enter".into(),
            KeyCode::Esc => "Esc".into(),
            KeyCode::Tab => "Tab".into(),
            KeyCode::Backspace => "Backspace".into(),
            KeyCode::Delete => "Del".into(),
            KeyCode::Home => "Home".into(),
            KeyCode::End => "End".into(),
            KeyCode::PageUp => "PgUp".into(),
            KeyCode::PageDown => "PgDn".into(),
            other => format!("{other}"),
        };
        match (self.ctrl, self.alt) {
            (true, _) => format!("Ctrl-{base}"),
            (false, true) => format!("Alt-{base}"),
            (false, false) => base,
        }
    }
}

/// One line of a key table: the keys, how the footer writes them, the
/// action they mean on this screen, and what it does.
#[derive(Debug, Clone, Copy)]
pub struct Binding<A> {
    pub keys: &'static [Key],
    /// How the footer writes the keys (short; help names every key).
    pub label: &'static str,
    pub action: A,
    pub what: Phrase,
    /// Shown in the footer (the rest only in the help overlay).
    pub footer: bool,
    /// Moves the meeting on (a turn, a step, the start): the same key
    /// again within `popup::KEY_ECHO` is the same press, hit twice or
    /// held, and does nothing.
    pub once: bool,
}

/// A binding shown in the footer and in help.
pub const fn on<A: Copy>(
    keys: &'static [Key],
    label: &'static str,
    action: A,
    what: Phrase,
) -> Binding<A> {
    Binding {
        keys,
        label,
        action,
        what,
        footer: true,
        once: false,
    }
}

impl<A: Copy> Binding<A> {
    /// Shown only in the help overlay, where the footer has no room.
    pub const fn help_only(self) -> Binding<A> {
        Binding {
            footer: false,
            ..self
        }
    }

    /// See [`Binding::once`].
    pub const fn once(self) -> Binding<A> {
        Binding { once: true, ..self }
    }
}

/// The action a key press means in a table.
pub fn lookup<A: Copy>(table: &[Binding<A>], event: &KeyEvent) -> Option<A> {
    if event.kind == KeyEventKind::Release {
        return None;
    }
    table
        .iter()
        .find(|b| b.keys.iter().any(|key| key.matches(event)))
        .map(|b| b.action)
}

/// The binding (by its label, "→/l") a key press is in `table`, when its
/// action moves the meeting on (see [`Binding::once`]).
pub fn moves_on<A: Copy>(table: &[Binding<A>], event: &KeyEvent) -> Option<&'static str> {
    table
        .iter()
        .find(|b| b.keys.iter().any(|key| key.matches(event)))
        .filter(|b| b.once)
        .map(|b| b.label)
}

/// How a table writes the key for `action` ("R", "Ctrl-x"), for a hint
/// on the screen that names it: from the table, so the two never disagree.
pub fn label_of<A: Copy + PartialEq>(table: &[Binding<A>], action: A) -> &'static str {
    table
        .iter()
        .find(|b| b.action == action)
        .map_or("", |b| b.label)
}

/// The footer hints: "Space pause · n next speaker · …".
pub fn footer<A>(table: &[Binding<A>], lang: Lang) -> Vec<(&'static str, &'static str)> {
    table
        .iter()
        .filter(|b| b.footer)
        .map(|b| (b.label, b.what.get(lang)))
        .collect()
}

/// A row of the help overlay: every key that does one thing, and what.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HelpRow {
    pub keys: String,
    pub what: Phrase,
}

/// Every key of a table with its description, for the help overlay: one
/// row per description, so a pair of bindings (↑ and ↓ "move") shows once,
/// naming every key of both.
pub fn help<A>(table: &[Binding<A>]) -> Vec<HelpRow> {
    let mut rows: Vec<HelpRow> = Vec::new();
    for b in table {
        let what = b.what;
        let keys: Vec<String> = b.keys.iter().map(|k| k.name()).collect();
        let keys = keys.join("/");
        match rows.iter_mut().find(|r| r.what == what) {
            Some(row) => {
                row.keys.push(' ');
                row.keys.push_str(&keys);
            }
            None => rows.push(HelpRow { keys, what }),
        }
    }
    rows
}

#[cfg(test)]
pub(crate) mod tests;
