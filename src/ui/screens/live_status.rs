//! The live screen's status line: a failed save, a merge with a newer copy
//! on disk, the end of the meeting, where the time would come from when
//! the meeting runs past its time box
//! and what became of the charter, and whether alerts are off.

use super::live::LiveScreen;
use super::live_timebox::proposal_text;
use crate::i18n::live as t;
use crate::text::Lang;
use crate::ui::ViewCtx;
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::widgets::{Paragraph, Widget, Wrap};

impl LiveScreen {
    pub(super) fn status_text(&self, ctx: &ViewCtx) -> (String, ratatui::style::Style) {
        let s = ctx.styles;
        if self.save_error.is_none()
            && let Some(notice) = &self.notice
        {
            return (notice.clone(), s.accent);
        }
        match &self.save_error {
            Some(err) => (t::SAVE_FAILED.fill(ctx.lang, &[err]), s.error),
            None if !self.problems.is_empty() => (self.problems.join(" · "), s.error),
            _ if self.session.is_finished() => match &self.charter {
                Some(Err(err)) => (
                    crate::i18n::charter::NOT_KEPT.fill(ctx.lang, &[err]),
                    s.error,
                ),
                Some(Ok(_)) => (crate::i18n::charter::KEPT.get(ctx.lang).into(), s.accent),
                None => (t::FINISHED.get(ctx.lang).into(), s.accent),
            },
            // A slip said (no turn to give back …) wins over the proposal.
            _ => match self
                .said
                .map(|said| (said.get(ctx.lang).to_string(), s.accent))
                .or_else(|| {
                    // Behind the time box: where the time would come from, and f.
                    proposal_text(&self.session.proposal(ctx.now), ctx.lang)
                        .map(|text| (text, s.behind))
                }) {
                Some(shown) => shown,
                None => (String::new(), s.text),
            },
        }
    }

    /// Room for "alerts off" at the status line's end, when they are off.
    pub(super) fn alerts_off_width(&self, lang: Lang) -> u16 {
        if self.alerts {
            0
        } else {
            t::ALERTS_OFF.get(lang).chars().count() as u16 + 1
        }
    }

    pub(super) fn render_status(&self, area: Rect, buf: &mut Buffer, ctx: &ViewCtx) {
        let s = ctx.styles;
        let (text, style) = self.status_text(ctx);
        let off = t::ALERTS_OFF.get(ctx.lang);
        let [left, right] = Layout::horizontal([
            Constraint::Fill(1),
            Constraint::Length(self.alerts_off_width(ctx.lang)),
        ])
        .areas(area);
        Paragraph::new(text)
            .style(style)
            .wrap(Wrap { trim: true })
            .render(left, buf);
        Paragraph::new(off).style(s.muted).render(right, buf);
    }
}
