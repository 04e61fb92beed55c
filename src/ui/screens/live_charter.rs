//! The network's charter on the live screen: a step that returns to a part
//! of it shows that part as agreed, and the start-up's last step says what
//! will be kept with the network.

use super::ViewCtx;
use super::live::LiveScreen;
use crate::i18n::charter as words;
use crate::model::charter::CharterPart;
use crate::model::plan::StepPurpose;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Widget, Wrap};

impl LiveScreen {
    /// The part of the charter the current step returns to.
    pub(super) fn reviewing(&self) -> Option<CharterPart> {
        match self.session.step().purpose {
            Some(StepPurpose::Review(part)) => Some(part),
            _ => None,
        }
    }

    /// The entries of the part the step returns to, as the network agreed
    /// them (its charter when the meeting began).
    pub(super) fn reviewed_entries(&self) -> Vec<String> {
        let charter = &self.session.record().network.charter;
        self.reviewing()
            .map(|part| charter.part(part).to_vec())
            .unwrap_or_default()
    }

    pub(super) fn render_review(&self, area: Rect, buf: &mut Buffer, ctx: &ViewCtx) {
        let Some(part) = self.reviewing() else {
            return;
        };
        let (s, lang) = (ctx.styles, ctx.lang);
        let title = words::AS_AGREED.fill(lang, &[words::heading(part).get(lang)]);
        let inner = super::section(&title, area, buf, ctx);
        let entries = self.reviewed_entries();
        let lines: Vec<Line> = if entries.is_empty() {
            vec![Line::styled(words::NOTHING_IN_PART.get(lang), s.muted)]
        } else {
            entries
                .iter()
                .enumerate()
                .map(|(i, entry)| Line::styled(format!("{}. {entry}", i + 1), s.text))
                .collect()
        };
        Paragraph::new(lines)
            .wrap(Wrap { trim: true })
            .render(inner, buf);
    }
}
