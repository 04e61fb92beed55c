//! An action's owner is never guessed: when its `@name` fits several
//! members or nobody, Enter in the note input does not save it but offers
//! the members it could mean (↑/↓, Enter), or saving it without an owner
//! on purpose.

use super::super::ViewCtx;
use super::super::keys::{self, OwnerAction};
use crate::i18n::corrections as words;
use crossterm::event::KeyEvent;
use ratatui::text::{Line, Span};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OwnerChoice {
    /// The members the mention could mean; the row after them is "no
    /// owner".
    pub candidates: Vec<String>,
    pub selected: usize,
    /// What was typed after the `@`, to take out of the text when an
    /// owner is chosen.
    pub mention: String,
    /// The mention fits nobody (the candidates are the whole roster), not
    /// several.
    pub fits_nobody: bool,
}

/// What a key did to the choice.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Chosen {
    Still,
    /// Back to the text, to type more of the name.
    Back,
    /// This owner (none: on purpose).
    Owner(Option<String>),
}

impl OwnerChoice {
    /// `candidates` the mention fits equally well.
    pub fn several(candidates: Vec<String>, mention: String) -> OwnerChoice {
        OwnerChoice {
            candidates,
            selected: 0,
            mention,
            fits_nobody: false,
        }
    }

    /// A mention that fits nobody: everyone in `roster` may be meant.
    pub fn nobody(roster: Vec<String>, mention: String) -> OwnerChoice {
        OwnerChoice {
            fits_nobody: true,
            ..OwnerChoice::several(roster, mention)
        }
    }

    /// Rows: one per member, and "no owner".
    pub fn rows(&self) -> u16 {
        u16::try_from(self.candidates.len() + 1).unwrap_or(u16::MAX)
    }

    pub fn key(&mut self, key: &KeyEvent) -> Chosen {
        match keys::lookup(keys::OWNER_CHOICE, key) {
            Some(OwnerAction::Up) => {
                self.selected = self.selected.saturating_sub(1);
                Chosen::Still
            }
            Some(OwnerAction::Down) => {
                self.selected = (self.selected + 1).min(self.candidates.len());
                Chosen::Still
            }
            Some(OwnerAction::Choose) => Chosen::Owner(self.candidates.get(self.selected).cloned()),
            Some(OwnerAction::Back) => Chosen::Back,
            None => Chosen::Still,
        }
    }

    /// The question and its rows, the chosen one marked.
    pub fn lines(&self, typed: &str, ctx: &ViewCtx) -> Vec<Line<'static>> {
        let (s, lang) = (ctx.styles, ctx.lang);
        let question = match self.fits_nobody {
            true => words::OWNER_NOBODY.fill(lang, &[typed]),
            false => words::OWNER_WHO.fill(lang, &[typed]),
        };
        let mut lines = vec![Line::styled(question, s.error)];
        let none = words::NO_OWNER.get(lang).to_string();
        for (i, row) in self.candidates.iter().chain([&none]).enumerate() {
            let chosen = i == self.selected;
            let line = Line::from(vec![
                Span::styled(if chosen { "▸ " } else { "  " }, s.accent),
                Span::styled(
                    row.clone(),
                    if i < self.candidates.len() {
                        s.role
                    } else {
                        s.muted
                    },
                ),
            ]);
            lines.push(if chosen {
                line.style(s.selection)
            } else {
                line
            });
        }
        lines
    }
}
