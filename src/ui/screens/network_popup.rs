//! The network screen's popups: the question before a member is removed.

use crate::i18n::roster as t;
use crate::text::Lang;
use crate::ui::ViewCtx;
use crate::ui::popup::{Confirm, Hints, Question, Reply};
use crossterm::event::KeyEvent;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

#[derive(Debug, Clone)]
pub enum NetworkPopup {
    Confirm(Confirm<NetworkQuestion>),
}

/// What the network screen asks before it acts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NetworkQuestion {
    /// Take this member out of the network.
    Remove(String),
    /// Delete this entry of the charter.
    RemoveEntry {
        part: crate::model::charter::CharterPart,
        index: usize,
        text: String,
    },
}

impl Question for NetworkQuestion {
    fn text(&self, lang: Lang) -> String {
        match self {
            NetworkQuestion::Remove(name) => t::CONFIRM_REMOVE.fill(lang, &[name]),
            NetworkQuestion::RemoveEntry { part, text, .. } => crate::i18n::charter::CONFIRM_REMOVE
                .fill(
                    lang,
                    &[
                        text,
                        &crate::i18n::charter::heading(*part)
                            .get(lang)
                            .to_lowercase(),
                    ],
                ),
        }
    }
}

impl NetworkPopup {
    pub fn key(&mut self, key: &KeyEvent) -> Reply {
        match self {
            NetworkPopup::Confirm(c) => c.key(key),
        }
    }

    pub fn private(&self) -> bool {
        match self {
            NetworkPopup::Confirm(_) => false,
        }
    }

    pub fn footer(&self, _lang: Lang) -> Option<Hints> {
        match self {
            NetworkPopup::Confirm(_) => None,
        }
    }

    pub fn rows(&self, width: u16, lang: Lang) -> u16 {
        match self {
            NetworkPopup::Confirm(c) => c.rows(width, lang),
        }
    }

    pub fn render(&self, area: Rect, buf: &mut Buffer, ctx: &ViewCtx) {
        match self {
            NetworkPopup::Confirm(c) => c.render(area, buf, ctx),
        }
    }
}
