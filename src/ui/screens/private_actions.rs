//! The private actions of "since last time", opened by the facilitator for
//! themself with `o`: their text is shown here only, never on the shared
//! screen or the room view (the popup is private, so the room view is not
//! drawn under it), and each can be marked done, moved or dropped.

use super::super::ViewCtx;
use super::super::keys::{self, PrivateAction};
use super::live::{LiveScreen, Outcome};
use super::live_popup::LivePopup;
use super::render_footer;
use crate::clock::Clock;
use crate::engine::Msg;
use crate::i18n::live as t;
use crate::model::open_action::OpenAction;
use crate::model::record::ActionStatus;
use crate::ui::fit;
use crate::ui::popup::panel;
use crate::ui::popup::{Popups, Reply};
use crossterm::event::KeyEvent;
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Widget, Wrap};

#[derive(Debug, Clone)]
pub struct PrivateBox {
    /// The private actions as this meeting has marked them so far.
    pub actions: Vec<(OpenAction, Option<ActionStatus>)>,
    pub selected: usize,
    /// The mark asked for with 1/2/3, for the screen to record.
    pub mark: Option<ActionStatus>,
}

impl PrivateBox {
    pub fn key(&mut self, key: &KeyEvent) -> Reply {
        let mark = |status| (Some(status), Reply::Done);
        let (status, reply) = match keys::lookup(keys::PRIVATE_BOX, key) {
            Some(PrivateAction::Up) => {
                self.selected = self.selected.saturating_sub(1);
                (None, Reply::Stay)
            }
            Some(PrivateAction::Down) => {
                self.selected = (self.selected + 1).min(self.actions.len().saturating_sub(1));
                (None, Reply::Stay)
            }
            Some(PrivateAction::Done) => mark(ActionStatus::Done),
            Some(PrivateAction::Moved) => mark(ActionStatus::Moved),
            Some(PrivateAction::Dropped) => mark(ActionStatus::Dropped),
            Some(PrivateAction::Close) => (None, Reply::Close),
            None => (None, Reply::Stay),
        };
        if self.actions.is_empty() && reply == Reply::Done {
            return Reply::Stay;
        }
        self.mark = status;
        reply
    }

    pub fn render(&self, area: Rect, buf: &mut Buffer, ctx: &ViewCtx) {
        let (s, lang) = (ctx.styles, ctx.lang);
        let width = area.width.saturating_sub(4).min(72);
        let text_width = width.saturating_sub(6) as usize;
        let mut lines: Vec<Line> = Vec::new();
        for (i, (action, marked)) in self.actions.iter().enumerate() {
            let cursor = if i == self.selected { "▸ " } else { "  " };
            let mark = match marked {
                Some(ActionStatus::Done) => t::MARK_DONE.get(lang),
                Some(ActionStatus::Moved) => t::MARK_MOVED.get(lang),
                Some(ActionStatus::Dropped) => t::MARK_DROPPED.get(lang),
                _ => "·",
            };
            let owner = action.owner.as_deref().unwrap_or("–");
            let text = format!("{owner}: {}", action.text.replace('\n', " "));
            for (k, part) in fit::wrap(&text, text_width).into_iter().enumerate() {
                let head = if k == 0 {
                    format!("{cursor}{mark} ")
                } else {
                    " ".repeat(fit::width(cursor) + fit::width(mark) + 1)
                };
                lines.push(Line::from(vec![
                    Span::styled(head, s.accent),
                    Span::styled(part, s.private),
                ]));
            }
        }
        if lines.is_empty() {
            lines.push(Line::styled(t::FOLLOW_UP_NONE.get(lang), s.muted));
        }
        let rect = panel(area, width, lines.len() as u16 + 4, buf, ctx.styles);
        let block = Block::default()
            .borders(Borders::ALL)
            .border_style(s.private)
            .title(Span::styled(
                format!(" {} ", t::PRIVATE_BOX_TITLE.get(lang)),
                s.title,
            ));
        let inner = block.inner(rect);
        block.render(rect, buf);
        let [list, hints] =
            Layout::vertical([Constraint::Fill(1), Constraint::Length(1)]).areas(inner);
        Paragraph::new(lines)
            .wrap(Wrap { trim: false })
            .render(list, buf);
        render_footer(keys::PRIVATE_BOX, hints, buf, ctx);
    }
}

impl LiveScreen {
    pub(super) fn private_box(&self, selected: usize) -> PrivateBox {
        let actions: Vec<(OpenAction, Option<ActionStatus>)> = self
            .private_follow_ups()
            .into_iter()
            .map(|(a, marked)| (a.clone(), marked))
            .collect();
        PrivateBox {
            selected: selected.min(actions.len().saturating_sub(1)),
            actions,
            mark: None,
        }
    }

    /// `o` in "since last time": the private actions, for the facilitator.
    pub(super) fn open_private_actions(&self, popups: &mut Popups) {
        if self.following_up() {
            popups.open(LivePopup::Private(self.private_box(0)));
        }
    }

    /// A mark in the box: recorded, and the box stays open on the same row.
    pub(super) fn private_done(
        &mut self,
        done: PrivateBox,
        clock: &dyn Clock,
        popups: &mut Popups,
    ) -> Vec<Outcome> {
        let (Some(status), Some((action, _))) = (done.mark, done.actions.get(done.selected)) else {
            return Vec::new();
        };
        if status == ActionStatus::Moved {
            // To when: asked over the box, which stays beneath.
            let (session, note, text) = (action.session.clone(), action.note, action.text.clone());
            popups.open(LivePopup::Private(self.private_box(done.selected)));
            self.ask_moved(&session, note, &text, popups);
            return Vec::new();
        }
        let msg = Msg::FollowUp {
            session: action.session.clone(),
            note: action.note,
            status,
            due: None,
        };
        let out = self.send_all(vec![msg], clock, popups);
        popups.open(LivePopup::Private(self.private_box(done.selected)));
        out
    }
}
