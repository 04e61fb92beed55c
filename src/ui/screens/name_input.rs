//! The one-line name prompt for a late arrival or someone leaving: finds
//! the member meant from part of a name, and asks before a guest joins.

use super::super::ViewCtx;
use super::super::keys;
use super::super::text_field::{InputOutcome, TextField};
use super::render_footer;
use crate::i18n::live as t;
use crossterm::event::KeyEvent;
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Widget};

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
    /// Why the last name typed was not taken, with the name.
    pub error: Option<(crate::i18n::Phrase, String)>,
}

impl NameInput {
    pub const HEIGHT: u16 = 5;

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
        use crate::model::names::{Found, find};
        let refs: Vec<&str> = self.candidates.iter().map(String::as_str).collect();
        let here: Vec<&str> = self.here.iter().map(String::as_str).collect();
        let typed = typed.trim();
        let confirmed = self.guest.take().is_some_and(|g| g == typed);
        match find(&refs, typed) {
            Found::One(name) => Some(name.to_string()),
            Found::None if self.arriving && !typed.is_empty() => {
                if let Found::One(name) = find(&here, typed) {
                    self.error = Some((t::NAME_HERE, name.to_string()));
                    return None;
                }
                if confirmed {
                    return Some(typed.to_string());
                }
                self.guest = Some(typed.to_string());
                self.error = Some((t::NAME_GUEST, typed.to_string()));
                None
            }
            Found::None => {
                self.error = Some((t::NAME_UNKNOWN, typed.to_string()));
                None
            }
            Found::Several(names) => {
                self.error = Some((t::NAME_SEVERAL, names.join(", ")));
                None
            }
        }
    }

    pub fn handle(&mut self, key: KeyEvent) -> InputOutcome<String> {
        self.field.line_key(&key)
    }

    pub fn render(&self, area: Rect, buf: &mut Buffer, ctx: &ViewCtx) {
        Clear.render(area, buf);
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
        let [about, text, hints] = Layout::vertical([
            Constraint::Length(1),
            Constraint::Fill(1),
            Constraint::Length(1),
        ])
        .areas(inner);
        let line = match &self.error {
            Some((phrase, name)) => Line::styled(phrase.fill(ctx.lang, &[name]), ctx.styles.error),
            None => {
                let who = if self.arriving {
                    t::NOT_HERE_YET
                } else {
                    t::HERE_NOW
                };
                Line::styled(
                    who.fill(ctx.lang, &[&self.candidates.join(", ")]),
                    ctx.styles.muted,
                )
            }
        };
        ratatui::widgets::Paragraph::new(line).render(about, buf);
        self.field.render(text, buf);
        render_footer(keys::LINE_INPUT, hints, buf, ctx);
    }
}
