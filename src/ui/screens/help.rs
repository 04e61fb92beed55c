//! The help overlay: every key of the current screen, from its key table,
//! and on a screen with text fields the keys every text field shares.

use super::super::ViewCtx;
use super::super::keys::{self, Binding, HelpRow};
use crate::i18n::{keys as k, live as t};
use crate::ui::fit;
use crate::ui::popup::panel;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Widget};

/// Whether the screen under the help has text fields, whose keys help
/// then lists too.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TextFields {
    None,
    Some,
}

/// The help box for a screen's table.
pub fn render_help<A>(
    table: &[Binding<A>],
    fields: TextFields,
    area: Rect,
    buf: &mut Buffer,
    ctx: &ViewCtx,
) {
    render_help_rows(&keys::help(table), fields, area, buf, ctx);
}

/// The help box for rows of (keys, what they do).
pub fn render_help_rows(
    rows: &[HelpRow],
    fields: TextFields,
    area: Rect,
    buf: &mut Buffer,
    ctx: &ViewCtx,
) {
    let s = ctx.styles;
    let edit = match fields {
        TextFields::Some => keys::help(keys::EDIT),
        TextFields::None => Vec::new(),
    };
    // A guess at the rows the text fields' keys take, to choose columns.
    let edit_rows = if edit.is_empty() { 0 } else { 5 };
    let columns = if rows.len() + 4 + edit_rows > area.height as usize {
        2
    } else {
        1
    };
    let per_column = rows.len().div_ceil(columns);
    let column_width = |col: usize| {
        let part = rows.iter().skip(col * per_column).take(per_column);
        part.fold((1, 1), |(kw, ww), r| {
            (
                kw.max(fit::width(&r.keys)),
                ww.max(fit::width(r.what.get(ctx.lang))),
            )
        })
    };
    let widths: Vec<(usize, usize)> = (0..columns).map(column_width).collect();
    let cell = |row: &HelpRow, (kw, ww): (usize, usize)| {
        vec![
            Span::styled(format!(" {:<kw$}  ", row.keys), s.accent),
            Span::styled(format!("{:<ww$}", row.what.get(ctx.lang)), s.text),
        ]
    };
    let mut lines: Vec<Line> = (0..per_column)
        .map(|i| {
            let mut spans = cell(&rows[i], widths[0]);
            if let Some(right) = rows.get(i + per_column).filter(|_| columns == 2) {
                spans.push(Span::raw("  "));
                spans.extend(cell(right, widths[1]));
            }
            Line::from(spans)
        })
        .collect();
    let keys_width = lines.iter().map(Line::width).max().unwrap_or(20);
    let widest = usize::from(area.width.saturating_sub(4));
    let mut width = keys_width.max(26).min(widest);
    if !edit.is_empty() {
        // The text fields' keys run as text across the box, made wider
        // where the screen has not the rows for them.
        let heading = k::IN_TEXT_FIELDS.get(ctx.lang);
        width = keys_width.max(48).min(widest);
        let mut text = flow(heading, &edit, width, ctx);
        if lines.len() + text.len() + 5 > usize::from(area.height) {
            width = widest;
            text = flow(heading, &edit, width, ctx);
        }
        lines.push(Line::from(""));
        lines.extend(text);
    }
    lines.push(Line::from(""));
    lines.push(Line::from(Span::styled(
        format!(" {}", t::HELP_CLOSE.get(ctx.lang)),
        s.muted,
    )));
    // Where the screen is short of rows, the blank rows go first, so that
    // the last key and the way out still show.
    if lines.len() + 2 > usize::from(area.height) {
        lines.retain(|l| l.width() > 0);
    }
    let rect = panel(
        area,
        width as u16 + 4,
        lines.len() as u16 + 2,
        buf,
        ctx.styles,
    );
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

/// Rows as running text after a heading, "keys what   keys what",
/// broken between rows.
fn flow(heading: &str, rows: &[HelpRow], width: usize, ctx: &ViewCtx) -> Vec<Line<'static>> {
    let s = ctx.styles;
    let mut lines = vec![Line::styled(format!(" {heading}: "), s.muted)];
    for row in rows {
        let what = row.what.get(ctx.lang);
        let piece = fit::width(&row.keys) + 1 + fit::width(what) + 3;
        let Some(line) = lines.last_mut() else {
            continue;
        };
        if line.width() + piece > width && line.width() > 1 {
            lines.push(Line::from(" "));
        }
        if let Some(line) = lines.last_mut() {
            line.push_span(Span::styled(row.keys.clone(), s.accent));
            line.push_span(Span::styled(format!(" {what}   "), s.text));
        }
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::Lang;
    use crate::ui::keys::tests::every_table;
    use crate::ui::style::Styles;

    /// At 80x24, the smallest screen runde promises, every key's text is
    /// read whole in every table's help, in both languages: a text too
    /// long for two columns side by side is cut at the box's edge.
    #[test]
    fn every_help_text_is_whole_at_80x24() {
        let styles = Styles::default();
        let area = Rect::new(0, 0, 80, 24);
        for lang in [Lang::Da, Lang::En] {
            let ctx = ViewCtx {
                lang,
                styles: &styles,
                now: crate::clock::Clock::now(&crate::clock::FakeClock::default()),
                beat: None,
            };
            for table in every_table() {
                let mut buf = Buffer::empty(area);
                render_help_rows(&table.help, TextFields::Some, area, &mut buf, &ctx);
                let screen: String = (0..area.height)
                    .map(|y| {
                        (0..area.width)
                            .map(|x| buf[(x, y)].symbol())
                            .collect::<String>()
                    })
                    .collect::<Vec<_>>()
                    .join("\n");
                for row in &table.help {
                    let what = row.what.get(lang);
                    assert!(
                        screen.contains(what),
                        "{} ({lang:?}): »{what}« is cut:\n{screen}",
                        table.name
                    );
                }
            }
        }
    }
}
