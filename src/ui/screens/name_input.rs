//! The one-line name prompt for a late arrival or someone leaving: finds
//! the member meant from part of a name, and asks before a guest joins.

use super::super::ViewCtx;
use super::super::keys;
use super::super::text_field::{InputOutcome, TextField};
use super::render_footer;
use crate::i18n::live as t;
use crate::names::NameProblem;
use crossterm::event::KeyEvent;
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Widget};

/// Who arrives or leaves: a one-line name prompt.
#[derive(Debug, Clone)]
pub struct NameInput {
    pub field: TextField,
    pub arriving: bool,
    /// Who can be meant: those not here yet, or those here.
    pub candidates: Vec<String>,
    /// Arriving: those already here, so a name of theirs is not a guest.
    pub here: Vec<String>,
    /// A new name typed once: Enter again adds them as a guest.
    pub guest: Option<String>,
    /// Why the last name typed was not taken.
    pub error: Option<Refused>,
}

/// Why a typed name was not taken.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refused {
    /// A phrase about the name (or names) given.
    Said(crate::i18n::Phrase, String),
    /// Not a name runde takes in (a number, two names in one, …).
    Name(NameProblem),
}

impl Refused {
    fn text(&self, lang: crate::text::Lang) -> String {
        match self {
            Refused::Said(phrase, name) => phrase.fill(lang, &[name]),
            Refused::Name(problem) => crate::i18n::names::problem(problem, lang),
        }
    }
}

impl NameInput {
    /// Rows the prompt takes in a popup `width` columns wide: the borders,
    /// who can be meant (or why a name was not taken), the field, the keys.
    pub fn rows(&self, width: u16, lang: crate::text::Lang) -> u16 {
        4 + self.about(width.saturating_sub(2), lang).len() as u16
    }

    /// Who can be meant, or why the last name was not taken, fitted to
    /// `width` columns.
    fn about(&self, width: u16, lang: crate::text::Lang) -> Vec<String> {
        match &self.error {
            Some(why) => super::who_line::wrapped(&why.text(lang), usize::from(width)),
            None => {
                let who = if self.arriving {
                    t::NOT_HERE_YET
                } else {
                    t::HERE_NOW
                };
                super::who_line::rows(who, &self.candidates, None, width, lang)
            }
        }
    }

    pub fn new(arriving: bool, candidates: Vec<String>, here: Vec<String>) -> NameInput {
        NameInput {
            field: TextField::default(),
            arriving,
            candidates,
            here,
            guest: None,
            error: None,
        }
    }

    /// The member meant by `typed`; `None` keeps the input open and says
    /// why. A new name arriving is a guest once Enter confirms it; a name
    /// of someone already here is not.
    pub fn resolve(&mut self, typed: &str) -> Option<String> {
        use crate::names::{Found, find};
        let refs: Vec<&str> = self.candidates.iter().map(String::as_str).collect();
        let here: Vec<&str> = self.here.iter().map(String::as_str).collect();
        let typed = typed.trim();
        let confirmed = self
            .guest
            .take()
            .is_some_and(|g| crate::names::same(&g, typed));
        match find(&refs, typed) {
            Found::One(name) => Some(name.to_string()),
            Found::None if self.arriving && !typed.is_empty() => {
                if let Found::One(name) = find(&here, typed) {
                    self.error = Some(Refused::Said(t::NAME_HERE, name.to_string()));
                    return None;
                }
                let typed = match crate::names::check_new(typed, refs.iter().chain(&here).copied())
                {
                    Ok(name) => name,
                    Err(problem) => {
                        self.error = Some(Refused::Name(problem));
                        return None;
                    }
                };
                if confirmed {
                    return Some(typed);
                }
                self.guest = Some(typed.clone());
                self.error = Some(Refused::Said(t::NAME_GUEST, typed));
                None
            }
            Found::None => {
                self.error = Some(Refused::Said(t::NAME_UNKNOWN, typed.to_string()));
                None
            }
            Found::Several(names) => {
                self.error = Some(Refused::Said(t::NAME_SEVERAL, names.join(", ")));
                None
            }
        }
    }

    pub fn handle(&mut self, key: KeyEvent) -> InputOutcome<String> {
        self.field.line_key(&key)
    }

    pub fn render(&self, area: Rect, buf: &mut Buffer, ctx: &ViewCtx) {
        ctx.styles.clear(area, buf);
        let title = if self.arriving {
            t::ARRIVE_TITLE
        } else {
            t::DEPART_TITLE
        };
        let block = Block::default()
            .borders(Borders::ALL)
            .border_style(ctx.styles.accent)
            .title(Span::styled(
                format!(" {} ", title.get(ctx.lang)),
                ctx.styles.title,
            ));
        let inner = block.inner(area);
        block.render(area, buf);
        let about = self.about(inner.width, ctx.lang);
        let [about_area, text, hints] = Layout::vertical([
            Constraint::Length(about.len() as u16),
            Constraint::Fill(1),
            Constraint::Length(1),
        ])
        .areas(inner);
        let style = match self.error {
            Some(_) => ctx.styles.error,
            None => ctx.styles.muted,
        };
        let lines: Vec<Line> = about.into_iter().map(|r| Line::styled(r, style)).collect();
        ratatui::widgets::Paragraph::new(lines).render(about_area, buf);
        self.field.render(text, buf);
        render_footer(keys::LINE_INPUT, hints, buf, ctx);
    }
}
