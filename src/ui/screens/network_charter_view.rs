//! Drawing the network screen's charter view: each part with its entries
//! and a line to add one, the chosen one marked, then the network's year
//! of attendance and check-out scores.

use super::super::ViewCtx;
use super::network::NetworkScreen;
use super::network_charter::{Slot, slots};
use crate::i18n::charter as words;
use crate::model::charter::CharterPart;
use crate::rotation::history::meetings_of;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Widget, Wrap};

impl NetworkScreen {
    pub(super) fn render_charter(&self, area: Rect, buf: &mut Buffer, ctx: &ViewCtx) {
        let (s, lang) = (ctx.styles, ctx.lang);
        let title = format!(
            " {} – {} ",
            crate::export::charter::title(&self.network.charter, self.today, lang),
            self.network.name
        );
        let block = Block::default()
            .borders(Borders::ALL)
            .border_style(s.border)
            .title(Span::styled(title, s.title));
        let inner = block.inner(area);
        block.render(area, buf);
        let cursor = self.charter_view.unwrap_or(0);
        let mut lines: Vec<Line> = Vec::new();
        let mut cursor_row = 0;
        let mut part_before: Option<CharterPart> = None;
        for (i, slot) in slots(&self.network.charter).into_iter().enumerate() {
            if part_before != Some(slot.part()) {
                if part_before.is_some() {
                    lines.push(Line::from(""));
                }
                lines.push(Line::styled(words::heading(slot.part()).get(lang), s.title));
                part_before = Some(slot.part());
            }
            let chosen = i == cursor;
            if chosen {
                cursor_row = lines.len();
            }
            let mark = if chosen { "› " } else { "  " };
            let (text, style) = match slot {
                Slot::Entry(part, n) => (
                    format!("{mark}{}. {}", n + 1, self.network.charter.part(part)[n]),
                    s.text,
                ),
                Slot::Add(_) => (format!("{mark}{}", words::ADD_LINE.get(lang)), s.muted),
            };
            lines.push(Line::styled(text, if chosen { s.selection } else { style }));
        }
        lines.push(Line::from(""));
        let past = meetings_of(&self.network, &self.records, None);
        let year = crate::rotation::scores::year_points(&self.network, &past, self.today);
        for line in crate::export::year_chart::lines(&year, self.today, lang) {
            lines.push(Line::styled(line, s.text));
        }
        // Keep the chosen line in view on a short screen.
        let scroll = cursor_row.saturating_sub(inner.height.saturating_sub(3) as usize);
        Paragraph::new(lines)
            .wrap(Wrap { trim: false })
            .scroll((scroll.min(u16::MAX as usize) as u16, 0))
            .render(inner, buf);
    }
}
