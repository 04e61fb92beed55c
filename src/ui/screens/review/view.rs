//! The review as drawn: the list or a meeting, then the footer with the
//! keys or the question asked.

use super::*;

impl ReviewScreen {
    /// The footer: the notice of the last key, else the keys.
    pub(super) fn render_footer(
        &self,
        area: ratatui::layout::Rect,
        buf: &mut ratatui::buffer::Buffer,
        ctx: &super::super::ViewCtx,
    ) {
        use crate::i18n::review as t;
        use ratatui::widgets::{Paragraph, Widget, Wrap};
        let (text, style) = match &self.notice {
            // The path on a row of its own where it is long: cut in the
            // middle of its folders, the file's name whole.
            Some(Notice::Exported(path)) => (
                t::EXPORTED.fill(
                    ctx.lang,
                    &[&crate::ui::fit::path(
                        &path.display().to_string(),
                        usize::from(area.width),
                    )],
                ),
                ctx.styles.accent,
            ),
            Some(Notice::ExportFailed(why)) => {
                (t::EXPORT_FAILED.fill(ctx.lang, &[why]), ctx.styles.error)
            }
            Some(Notice::Discarded) => (
                t::DISCARDED_DONE.get(ctx.lang).to_string(),
                ctx.styles.accent,
            ),
            Some(Notice::DiscardFailed(why)) => (why.clone(), ctx.styles.error),
            Some(Notice::Refused(phrase)) => (phrase.get(ctx.lang).to_string(), ctx.styles.error),
            None => {
                crate::ui::screens::render_hints(&self.footer_hints(ctx.lang), area, buf, ctx);
                return;
            }
        };
        Paragraph::new(text)
            .style(style)
            .wrap(Wrap { trim: true })
            .render(area, buf);
    }

    /// Rows the footer takes: two for a notice (a path is long).
    pub(super) fn footer_rows(&self) -> u16 {
        if self.notice.is_some() { 2 } else { 1 }
    }

    /// The footer's hints for the current state.
    pub fn footer_hints(&self, lang: crate::text::Lang) -> Vec<(&'static str, &'static str)> {
        if self.typing {
            keys::footer(keys::REVIEW_SEARCH, lang)
        } else if self.detail.is_some() {
            keys::footer(keys::REVIEW_DETAIL, lang)
        } else {
            keys::footer(keys::REVIEW_LIST, lang)
        }
    }

    pub fn render(
        &self,
        area: ratatui::layout::Rect,
        buf: &mut ratatui::buffer::Buffer,
        ctx: &super::super::ViewCtx,
    ) {
        ctx.styles.paint_base(area, buf);
        if crate::ui::screens::too_small(area) {
            crate::ui::screens::render_too_small(area, buf, ctx);
            return;
        }
        match &self.detail {
            Some(detail) => detail::render(self, detail, area, buf, ctx),
            None => list::render(self, area, buf, ctx),
        }
        self.popups.render(area, buf, ctx);
        if self.help {
            use crate::ui::screens::help::{TextFields, render_help};
            match self.detail {
                Some(_) => render_help(keys::REVIEW_DETAIL, TextFields::None, area, buf, ctx),
                None => render_help(keys::REVIEW_LIST, TextFields::Some, area, buf, ctx),
            }
        }
    }
}
