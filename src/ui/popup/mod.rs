//! The popup layer: everything drawn over a screen (help, the guidance
//! box, the live screen's inputs, every yes/no question) is a popup on one
//! stack the App holds. A key goes to the top popup first, as in gitui;
//! only with no popup open does the screen get it. A popup that finishes
//! (Enter in an input, yes to a question) goes back to its screen.
//!
//! Each popup kind says whether it may show a note's text or text being
//! typed (`private`); while such a popup is open the App never draws the
//! room view, whatever the screen beneath asks. So a new popup cannot leak
//! a note onto the shared screen by being left off a list: the compiler
//! asks every new kind the question.
//!
//! To add a popup: add a variant to its screen's popup enum (e.g.
//! `LivePopup` in `screens/live_popup.rs`), answer `key`, `private`,
//! `footer`, `rows` and `render` for it there, open it with
//! `popups.open(...)` from the screen's key handling, and take its result
//! in the screen's `popup_done`.
//!
//! A question opened by a key does not take that same key as its answer
//! for `KEY_ECHO` after it opened: a key hit twice (`l l`, `→ →`) asks and
//! then waits, rather than asking and answering at once. The layer keeps
//! the rule, so every question on the stack has it.

pub mod confirm;
pub mod panel;

pub use confirm::{Confirm, Question};
pub use panel::panel;

use super::ViewCtx;
use super::keys::{self, Binding, HelpRow};
use super::screens::help::{TextFields, render_help_rows};
use super::screens::home::HomeQuestion;
use super::screens::live_popup::LivePopup;
use super::screens::network_popup::NetworkPopup;
use super::screens::review::ReviewQuestion;
use crate::text::Lang;
use crossterm::event::KeyEvent;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use std::time::{Duration, Instant};

/// How long after a key opened a question that same key is taken as a
/// second hit of it and swallowed, not as the answer.
pub const KEY_ECHO: Duration = Duration::from_millis(400);

/// What a key did to a popup.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reply {
    /// Still open.
    Stay,
    /// Closed with nothing done (Esc, no, any key on help).
    Close,
    /// Finished: its screen takes what it holds (the text, the yes).
    Done,
}

/// Footer hints: (keys, what they do).
pub type Hints = Vec<(&'static str, &'static str)>;

#[derive(Debug, Clone)]
pub enum Popup {
    Help(Help),
    Live(Box<LivePopup>),
    Network(NetworkPopup),
    /// The home screen's question before it resumes a meeting running on
    /// another machine.
    Home(Confirm<HomeQuestion>),
    /// The review's question before it discards an unfinished meeting
    /// (the review runs its own loop and holds its own stack).
    Review(Confirm<ReviewQuestion>),
}

impl From<Help> for Popup {
    fn from(help: Help) -> Popup {
        Popup::Help(help)
    }
}

impl From<LivePopup> for Popup {
    fn from(popup: LivePopup) -> Popup {
        Popup::Live(Box::new(popup))
    }
}

impl From<Confirm<ReviewQuestion>> for Popup {
    fn from(question: Confirm<ReviewQuestion>) -> Popup {
        Popup::Review(question)
    }
}

impl From<NetworkPopup> for Popup {
    fn from(popup: NetworkPopup) -> Popup {
        Popup::Network(popup)
    }
}

impl Popup {
    pub fn key(&mut self, key: &KeyEvent) -> Reply {
        match self {
            Popup::Help(_) => Reply::Close,
            Popup::Live(p) => p.key(key),
            Popup::Network(p) => p.key(key),
            Popup::Home(c) => c.key(key),
            Popup::Review(c) => c.key(key),
        }
    }

    /// A yes/no question, which a repeat of the key that opened it must
    /// not answer.
    fn asks(&self) -> bool {
        match self {
            Popup::Help(_) => false,
            Popup::Live(p) => matches!(**p, LivePopup::Confirm(_)),
            Popup::Network(NetworkPopup::Confirm(_)) => true,
            Popup::Home(_) | Popup::Review(_) => true,
        }
    }

    /// May show a note's text or text being typed: never over the room view.
    pub fn private(&self) -> bool {
        match self {
            Popup::Help(_) => false,
            Popup::Live(p) => p.private(),
            Popup::Network(p) => p.private(),
            Popup::Home(_) | Popup::Review(_) => false,
        }
    }

    /// The footer while the popup is open; `None`: the screen's own.
    pub fn footer(&self, lang: Lang) -> Option<Hints> {
        match self {
            Popup::Help(_) => None,
            Popup::Live(p) => p.footer(lang),
            Popup::Network(p) => p.footer(lang),
            Popup::Home(_) | Popup::Review(_) => None,
        }
    }

    /// Rows the popup takes at the bottom of the screen's area; 0 for a
    /// box in the middle.
    pub fn rows(&self, width: u16, lang: Lang) -> u16 {
        match self {
            Popup::Help(_) => 0,
            Popup::Live(p) => p.rows(width, lang),
            Popup::Network(p) => p.rows(width, lang),
            Popup::Home(c) => c.rows(width, lang),
            Popup::Review(c) => c.rows(width, lang),
        }
    }

    /// Text pasted while the popup is open.
    fn paste(&mut self, text: &str) {
        match self {
            Popup::Help(_) | Popup::Network(_) | Popup::Home(_) | Popup::Review(_) => {}
            Popup::Live(p) => p.paste(text),
        }
    }

    fn render(&self, area: Rect, buf: &mut Buffer, ctx: &ViewCtx) {
        match self {
            Popup::Help(help) => render_help_rows(&help.rows, help.fields, area, buf, ctx),
            Popup::Live(p) => p.render(area, buf, ctx),
            Popup::Network(p) => p.render(area, buf, ctx),
            Popup::Home(c) => c.render(area, buf, ctx),
            Popup::Review(c) => c.render(area, buf, ctx),
        }
    }
}

/// Every key of the screen beneath; any key closes it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Help {
    pub rows: Vec<HelpRow>,
    pub fields: TextFields,
}

impl Help {
    /// The help for a screen's table (as it stands when help opens).
    pub fn of<A>(table: &[Binding<A>], fields: TextFields) -> Help {
        Help {
            rows: keys::help(table),
            fields,
        }
    }
}

/// Where a key went.
#[derive(Debug)]
pub enum Routed {
    /// No popup is open: the screen's key.
    Screen,
    /// A popup took it and is still open, or closed with nothing done.
    Taken,
    /// A popup finished with it: its screen takes it.
    Done(Popup),
}

/// The stack of open popups; the last one is on top.
#[derive(Debug, Clone, Default)]
pub struct Popups {
    stack: Vec<Open>,
    /// The key being handled and when it came: a popup opened meanwhile
    /// was opened by it.
    pressing: Option<Pressed>,
}

/// A key and when it came.
#[derive(Debug, Clone, Copy)]
struct Pressed {
    key: KeyEvent,
    at: Instant,
}

impl Pressed {
    /// The same key again within `KEY_ECHO`.
    fn echoed_by(&self, key: &KeyEvent, now: Instant) -> bool {
        self.key.code == key.code
            && self.key.modifiers == key.modifiers
            && now.saturating_duration_since(self.at) < KEY_ECHO
    }
}

#[derive(Debug, Clone)]
struct Open {
    popup: Popup,
    /// The key that opened it, if a key did.
    by: Option<Pressed>,
}

impl Popups {
    pub fn open(&mut self, popup: impl Into<Popup>) {
        self.stack.push(Open {
            popup: popup.into(),
            by: self.pressing,
        });
    }

    /// Gives a key that came at `now` to the top popup, if one is open.
    /// A question does not see a second hit of the key that opened it.
    pub fn key(&mut self, key: &KeyEvent, now: Instant) -> Routed {
        self.pressing = Some(Pressed { key: *key, at: now });
        if let Some(top) = self.stack.last()
            && top.popup.asks()
            && top.by.is_some_and(|by| by.echoed_by(key, now))
        {
            return Routed::Taken;
        }
        self.route(key)
    }

    /// [`Popups::key`] for a key whose time is not known (a screen driven
    /// without a clock): a question it opens was opened by no key, so the
    /// next key answers it.
    pub fn key_untimed(&mut self, key: &KeyEvent) -> Routed {
        self.pressing = None;
        self.route(key)
    }

    fn route(&mut self, key: &KeyEvent) -> Routed {
        let Some(top) = self.stack.last_mut() else {
            return Routed::Screen;
        };
        match top.popup.key(key) {
            Reply::Stay => Routed::Taken,
            Reply::Close => {
                self.stack.pop();
                Routed::Taken
            }
            Reply::Done => match self.stack.pop() {
                Some(open) => Routed::Done(open.popup),
                None => Routed::Taken,
            },
        }
    }

    /// The key given to `key` is handled: a popup opened from now on (by
    /// the clock, not a key) was not opened by it.
    pub fn settle(&mut self) {
        self.pressing = None;
    }

    /// Pasted text goes into the top popup's text field, if it has one.
    pub fn paste(&mut self, text: &str) {
        if let Some(top) = self.stack.last_mut() {
            top.popup.paste(text);
        }
    }

    pub fn top(&self) -> Option<&Popup> {
        self.stack.last().map(|open| &open.popup)
    }

    /// Takes the top popup away (a screen closing the input beneath a
    /// question it answered).
    pub fn pop(&mut self) -> Option<Popup> {
        self.stack.pop().map(|open| open.popup)
    }

    pub fn is_empty(&self) -> bool {
        self.stack.is_empty()
    }

    /// False while any open popup may show a note or typed text: then the
    /// room view is not drawn.
    pub fn room_view_allowed(&self) -> bool {
        !self.stack.iter().any(|open| open.popup.private())
    }

    /// The footer the top popup wants instead of the screen's.
    pub fn footer(&self, lang: Lang) -> Option<Hints> {
        self.top().and_then(|p| p.footer(lang))
    }

    /// Rows the popups take at the bottom of the screen's area, one above
    /// the other (see [`Popups::render`]).
    pub fn rows(&self, width: u16, lang: Lang) -> u16 {
        self.stack
            .iter()
            .map(|open| open.popup.rows(width, lang))
            .fold(0, u16::saturating_add)
    }

    /// Draws the popups, lowest first, in the area the screen gives them.
    /// Those at the bottom of it stand one above the other: an input stays
    /// in sight above the question about it.
    pub fn render(&self, area: Rect, buf: &mut Buffer, ctx: &ViewCtx) {
        let mut below = 0u16;
        let mut areas: Vec<Rect> = Vec::with_capacity(self.stack.len());
        for open in self.stack.iter().rev() {
            let rows = open.popup.rows(area.width, ctx.lang);
            let mut own = area;
            if rows > 0 {
                own.height = area.height.saturating_sub(below);
                below = below.saturating_add(rows);
            }
            areas.push(own);
        }
        for (open, own) in self.stack.iter().zip(areas.into_iter().rev()) {
            open.popup.render(own, buf, ctx);
        }
    }
}

/// The bottom `rows` of an area, where an input or a question goes.
pub fn bottom(area: Rect, rows: u16) -> Rect {
    let rows = rows.min(area.height);
    Rect::new(area.x, area.bottom() - rows, area.width, rows)
}

#[cfg(test)]
mod tests;
