//! The help overlay: every key of the current screen, from its key table.

use super::super::ViewCtx;
use super::super::keys::{self, Binding};
use super::centered;
use crate::i18n::live as t;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph, Widget};

pub fn render_help(table: &[Binding], area: Rect, buf: &mut Buffer, ctx: &ViewCtx) {
    let s = ctx.styles;
    let rows = keys::help(table, ctx.lang);
    let key_width = rows
        .iter()
        .map(|(k, _)| k.chars().count())
        .max()
        .unwrap_or(1);
    let mut lines: Vec<Line> = rows
        .iter()
        .map(|(key, what)| {
            Line::from(vec![
                Span::styled(format!(" {key:<key_width$}  "), s.accent),
                Span::styled(*what, s.text),
            ])
        })
        .collect();
    lines.push(Line::from(""));
    lines.push(Line::from(Span::styled(
        format!(" {}", t::HELP_CLOSE.get(ctx.lang)),
        s.muted,
    )));
    let width = lines.iter().map(|l| l.width()).max().unwrap_or(20) as u16 + 4;
    let rect = centered(area, width.max(30), lines.len() as u16 + 2);
    Clear.render(rect, buf);
    Paragraph::new(lines)
        .block(
            Block::default()
                .borders(Borders::ALL)
                .border_style(s.accent)
                .title(Span::styled(
                    format!(" {} ", t::HELP_TITLE.get(ctx.lang)),
                    s.title,
                )),
        )
        .render(rect, buf);
}
