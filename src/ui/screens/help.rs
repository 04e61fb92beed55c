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
    render_help_rows(&keys::help(table, ctx.lang), area, buf, ctx);
}

/// The help box for rows of (keys, what they do), from any key table.
pub fn render_help_rows(
    rows: &[(&'static str, &'static str)],
    area: Rect,
    buf: &mut Buffer,
    ctx: &ViewCtx,
) {
    let s = ctx.styles;
    let key_width = rows
        .iter()
        .map(|(k, _)| k.chars().count())
        .max()
        .unwrap_or(1);
    let what_width = rows
        .iter()
        .map(|(_, w)| w.chars().count())
        .max()
        .unwrap_or(1);
    let cell = |(key, what): &(&'static str, &'static str)| {
        vec![
            Span::styled(format!(" {key:<key_width$}  "), s.accent),
            Span::styled(format!("{what:<what_width$}"), s.text),
        ]
    };
    // Too tall for the screen (80x24): two columns side by side.
    let columns = if rows.len() + 4 > area.height as usize {
        2
    } else {
        1
    };
    let per_column = rows.len().div_ceil(columns);
    let lines: Vec<Line> = (0..per_column)
        .map(|i| {
            let mut spans = cell(&rows[i]);
            if let Some(right) = rows.get(i + per_column).filter(|_| columns == 2) {
                spans.push(Span::raw("  "));
                spans.extend(cell(right));
            }
            Line::from(spans)
        })
        .collect();
    let mut lines = lines;
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
