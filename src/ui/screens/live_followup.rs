//! The "since last time" round: the open actions of earlier meetings, the
//! current speaker's first, each marked done, moved or dropped with one key.

use super::super::ViewCtx;
use super::live::LiveScreen;
use crate::engine::Msg;
use crate::export::OpenAction;
use crate::i18n::live as t;
use crate::model::plan::StepPurpose;
use crate::model::record::ActionStatus;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Widget, Wrap};

fn same(a: &str, b: &str) -> bool {
    a.trim().to_lowercase() == b.trim().to_lowercase()
}

impl LiveScreen {
    /// True in a step that follows up earlier actions.
    pub fn following_up(&self) -> bool {
        self.session.step().purpose == Some(StepPurpose::SinceLastTime)
    }

    /// What this session shows and settles: the actions still open, and
    /// those it has marked already.
    pub fn follow_up_list(&self) -> Vec<(&OpenAction, Option<ActionStatus>)> {
        let speaker = self.session.speaker();
        let mut list: Vec<(&OpenAction, Option<ActionStatus>)> = self
            .open_actions
            .iter()
            .map(|a| (a, self.session.followed_up(&a.session, a.note)))
            .filter(|(a, marked)| marked.is_some() || a.status.is_open())
            .filter(|(a, _)| match speaker {
                Some(name) => a.owner.as_deref().is_some_and(|o| same(o, name)),
                None => true,
            })
            .collect();
        list.sort_by_key(|(_, marked)| marked.is_some());
        list
    }

    /// The message that marks the next unmarked action in the list.
    pub fn follow_up_msg(&self, status: ActionStatus) -> Option<Msg> {
        if !self.following_up() {
            return None;
        }
        let (action, _) = self
            .follow_up_list()
            .into_iter()
            .find(|(_, marked)| marked.is_none())?;
        Some(Msg::FollowUp {
            session: action.session.clone(),
            note: action.note,
            status,
        })
    }

    pub fn render_follow_up(&self, area: Rect, buf: &mut Buffer, ctx: &ViewCtx) {
        let (s, lang) = (ctx.styles, ctx.lang);
        let title = match self.session.speaker() {
            Some(name) => t::FOLLOW_UP_OF.fill(lang, &[name]),
            None => t::FOLLOW_UP_ALL.get(lang).to_string(),
        };
        let block = Block::default()
            .borders(Borders::TOP)
            .border_style(s.border)
            .title(Span::styled(format!(" {title} "), s.title));
        let inner = block.inner(area);
        block.render(area, buf);
        let list = self.follow_up_list();
        let mut lines = Vec::new();
        if list.is_empty() {
            lines.push(Line::styled(t::FOLLOW_UP_NONE.get(lang), s.muted));
        }
        for (action, marked) in &list {
            let (mark, style) = match marked {
                Some(ActionStatus::Done) => (t::MARK_DONE.get(lang), s.ahead),
                Some(ActionStatus::Moved) => (t::MARK_MOVED.get(lang), s.accent),
                Some(ActionStatus::Dropped) => (t::MARK_DROPPED.get(lang), s.muted),
                _ => ("·", s.text),
            };
            let owner = action.owner.as_deref().unwrap_or("—");
            let due = action
                .due
                .map(|d| format!(" ({})", d.format("%d/%m")))
                .unwrap_or_default();
            lines.push(Line::from(vec![
                Span::styled(format!("{mark:<9}"), style),
                Span::styled(format!("{owner}: "), s.role),
                Span::styled(format!("{}{due}", action.text), style),
            ]));
        }
        lines.push(Line::styled(t::FOLLOW_UP_KEYS.get(lang), s.muted));
        Paragraph::new(lines)
            .wrap(Wrap { trim: true })
            .render(inner, buf);
    }
}
