//! The list: filters, the search field, and sessions or search hits.

use super::ReviewScreen;
use super::snippet::snippet;
use crate::i18n::common::note_kind;
use crate::i18n::{common, review as t};
use crate::text::one_line;
use crate::ui::ViewCtx;
use crate::ui::fit::{self, ellipsize};
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{
    Block, Borders, Cell, Paragraph, Row, StatefulWidget, Table, TableState, Widget, Wrap,
};

pub(super) fn render(screen: &ReviewScreen, area: Rect, buf: &mut Buffer, ctx: &ViewCtx) {
    let s = ctx.styles;
    let lang = ctx.lang;
    let [main, footer] =
        Layout::vertical([Constraint::Min(3), Constraint::Length(screen.footer_rows())])
            .areas(area);
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(s.border)
        .title(Span::styled(format!(" {} ", t::TITLE.get(lang)), s.title));
    let inner = block.inner(main);
    block.render(main, buf);
    screen.render_footer(footer, buf, ctx);

    if screen.empty && !screen.trouble.is_empty() {
        // Not "no sessions yet" when the index or a record is the trouble.
        render_trouble(screen, inner, buf, ctx);
        return;
    }
    if screen.empty {
        let [_, middle, _] = Layout::vertical([
            Constraint::Fill(1),
            Constraint::Length(3),
            Constraint::Fill(1),
        ])
        .areas(inner);
        Paragraph::new(t::EMPTY_DATA.get(lang))
            .style(s.muted)
            .alignment(ratatui::layout::Alignment::Center)
            .wrap(Wrap { trim: true })
            .render(middle, buf);
        return;
    }

    let trouble_rows = trouble_height(screen, inner.width, ctx);
    let [filters, search, trouble, _, table_area] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Length(trouble_rows),
        Constraint::Length(1),
        Constraint::Min(1),
    ])
    .areas(inner);
    render_trouble(screen, trouble, buf, ctx);

    let all = t::ALL.get(lang);
    let period = match screen.period {
        super::Period::All => all,
        super::Period::Last90 => t::LAST_90.get(lang),
        super::Period::Last365 => t::LAST_365.get(lang),
        super::Period::ThisYear => t::THIS_YEAR.get(lang),
    };
    let count = if screen.searching() && screen.more_hits {
        t::NEWEST_HITS.fill(lang, &[&crate::i18n::number(screen.hits.len(), lang)])
    } else if screen.searching() {
        t::HITS_COUNT.fill(lang, screen.hits.len(), &[])
    } else {
        t::SESSIONS_COUNT.fill(lang, screen.sessions.len(), &[])
    };
    let network = screen
        .network_name()
        .map_or_else(|| all.to_string(), |n| common::network_label(n, lang));
    // The plan as its title, as the list shows it, not its file name.
    let plan = screen.plan_name().map_or(all, |id| {
        screen
            .sessions
            .iter()
            .find(|r| r.plan == id)
            .map_or(id, |r| r.plan_title.get(lang))
    });
    let mut spans = Vec::new();
    for (label, value) in [
        (t::NETWORK, network.as_str()),
        (t::PLAN, plan),
        (t::PERIOD, period),
    ] {
        spans.push(Span::styled(format!(" {}: ", label.get(lang)), s.muted));
        spans.push(Span::styled(value.to_string(), s.accent));
        spans.push(Span::styled("  ", s.muted));
    }
    let filters_line = Line::from(spans);
    // The open actions, counted as the home screen and `runde actions` do;
    // left out before the filters are cut, and the filters are cut with
    // "…" before they run into the count.
    let open = t::OPEN_COUNT.fill(lang, screen.open.total(), &[]);
    let room = usize::from(filters.width);
    let mut counts = format!("{count} · {open} ");
    if filters_line.width() + fit::width(&counts) > room {
        counts = format!("{count} ");
    }
    let left = room.saturating_sub(fit::width(&counts) + 1);
    Paragraph::new(fit::ellipsize_line(filters_line, left)).render(filters, buf);
    Paragraph::new(Line::from(Span::styled(counts, s.muted)))
        .alignment(ratatui::layout::Alignment::Right)
        .render(filters, buf);

    let private = if screen.include_private {
        Span::styled(format!("{} ", t::PRIVATE_SHOWN.get(lang)), s.private)
    } else {
        Span::styled(format!("{} ", t::PRIVATE_HIDDEN.get(lang)), s.muted)
    };
    let search_line = if screen.typing || screen.searching() {
        let query = screen.query();
        // The cursor where the next letter goes.
        let at = match screen.typing {
            true => screen.search.cursor().1,
            false => query.chars().count(),
        };
        let before: String = query.chars().take(at).collect();
        let after: String = query.chars().skip(at).collect();
        let mut spans = vec![
            Span::styled(format!(" {}: ", t::SEARCH.get(lang)), s.muted),
            Span::styled(before, s.text),
        ];
        if screen.typing {
            spans.push(Span::styled("▏", s.accent));
        }
        spans.push(Span::styled(after, s.text));
        Line::from(spans)
    } else {
        Line::from(Span::styled(
            format!(" {}", t::SEARCH_HINT.get(lang)),
            s.muted,
        ))
    };
    Paragraph::new(search_line).render(search, buf);
    Paragraph::new(Line::from(private))
        .alignment(ratatui::layout::Alignment::Right)
        .render(search, buf);

    if let Some(message) = &screen.message {
        Paragraph::new(Span::styled(format!(" {message}"), s.error))
            .wrap(Wrap { trim: true })
            .render(table_area, buf);
        return;
    }
    if screen.searching() {
        render_hits(screen, table_area, buf, ctx);
    } else {
        render_sessions(screen, table_area, buf, ctx);
    }
}

/// The most rows the trouble takes above the list; the rest is counted.
const TROUBLE_ROWS: usize = 4;

/// Rows the trouble needs at `width`, each line wrapped, at most
/// [`TROUBLE_ROWS`].
fn trouble_height(screen: &ReviewScreen, width: u16, ctx: &ViewCtx) -> u16 {
    let width = usize::from(width.max(1));
    let rows: usize = screen
        .trouble
        .iter()
        .map(|found| (found.line(ctx.lang).chars().count() + 1).div_ceil(width))
        .sum();
    rows.min(TROUBLE_ROWS) as u16
}

/// Index trouble and unreadable records, one row each (the last row counts
/// what does not fit), so a damaged index never passes for an empty one.
fn render_trouble(screen: &ReviewScreen, area: Rect, buf: &mut Buffer, ctx: &ViewCtx) {
    let rows = usize::from(area.height);
    if rows == 0 {
        return;
    }
    let total = screen.trouble.len();
    let shown = if total > rows { rows - 1 } else { total };
    let mut lines: Vec<Line> = screen.trouble[..shown]
        .iter()
        .map(|found| {
            Line::from(Span::styled(
                format!(" {}", found.line(ctx.lang)),
                ctx.styles.error,
            ))
        })
        .collect();
    if shown < total {
        lines.push(Line::from(Span::styled(
            format!(" {}", t::MORE_TROUBLE.fill(ctx.lang, total - shown, &[])),
            ctx.styles.error,
        )));
    }
    Paragraph::new(lines)
        .wrap(Wrap { trim: false })
        .render(area, buf);
}

fn render_sessions(screen: &ReviewScreen, area: Rect, buf: &mut Buffer, ctx: &ViewCtx) {
    let s = ctx.styles;
    let lang = ctx.lang;
    if screen.sessions.is_empty() {
        Paragraph::new(Span::styled(
            format!(" {}", t::NOTHING_MATCHES.get(lang)),
            s.muted,
        ))
        .render(area, buf);
        return;
    }
    let header = Row::new(vec![
        Cell::from(t::DATE.get(lang)),
        Cell::from(t::NETWORK.get(lang)),
        Cell::from(t::PLAN.get(lang)),
        Cell::from(t::STATUS.get(lang)),
        Cell::from(t::NOTES.get(lang)),
    ])
    .style(s.muted);
    let widths = [
        Constraint::Length(10),
        Constraint::Fill(2),
        Constraint::Fill(3),
        Constraint::Length(10),
        Constraint::Length(5),
    ];
    let cols = columns(area, &widths, 2);
    let rows = screen.sessions.iter().map(|r| {
        let status = t::session_status(r.status);
        Row::new(vec![
            Cell::from(r.day.to_string()),
            Cell::from(ellipsize(&r.network, cols[1])),
            Cell::from(ellipsize(r.plan_title.get(lang), cols[2])),
            Cell::from(ellipsize(status.get(lang), cols[3])),
            Cell::from(format!("{:>5}", r.notes)),
        ])
        .style(s.text)
    });
    let table = Table::new(rows, widths).header(header).column_spacing(2);
    render_selectable(table, screen.selected, area, buf, s);
}

fn render_hits(screen: &ReviewScreen, area: Rect, buf: &mut Buffer, ctx: &ViewCtx) {
    let s = ctx.styles;
    let lang = ctx.lang;
    if screen.hits.is_empty() {
        Paragraph::new(Span::styled(
            format!(" {}", t::NO_HITS.fill(lang, &[screen.query().trim()])),
            s.muted,
        ))
        .render(area, buf);
        return;
    }
    let wide = area.width >= 110;
    let mut head = vec![
        Cell::from(t::DATE.get(lang)),
        Cell::from(t::NETWORK.get(lang)),
    ];
    if wide {
        head.push(Cell::from(t::STEP.get(lang)));
    }
    head.push(Cell::from(t::KIND.get(lang)));
    head.push(Cell::from(t::TEXT.get(lang)));
    let mut widths = vec![Constraint::Length(10), Constraint::Length(16)];
    if wide {
        widths.push(Constraint::Length(22));
    }
    widths.push(Constraint::Length(14));
    widths.push(Constraint::Fill(1));
    let cols = columns(area, &widths, 1);
    // Network, step (when wide), kind and text: each cut with "…".
    let fit = |text: &str, col: usize| ellipsize(text, cols[col]);
    let rows = screen.hits.iter().map(|h| {
        let mut kind = note_kind(h.kind).get(lang).to_string();
        if h.private {
            kind = format!("{kind} ({})", common::PRIVATE.get(lang));
        }
        let style = if h.private { s.private } else { s.text };
        let mut cells = vec![
            Cell::from(h.day.to_string()),
            Cell::from(fit(&h.network, 1)),
        ];
        if wide {
            cells.push(Cell::from(fit(h.step_title.get(lang), 2)));
        }
        let last = cols.len() - 1;
        cells.push(Cell::from(fit(&kind, last - 1)));
        // The word that matched in view, the text cut round it.
        let text = snippet(&one_line(&h.text), &screen.searched, cols[last]);
        cells.push(Cell::from(text));
        Row::new(cells).style(style)
    });
    let table = Table::new(rows, widths)
        .header(Row::new(head).style(s.muted))
        .column_spacing(1);
    render_selectable(table, screen.selected, area, buf, s);
}

/// The "› " that marks the selected row.
const SELECTION_MARK: &str = "› ";

/// The width of each column of a list table drawn in `area` (see
/// [`render_selectable`]).
fn columns(area: Rect, widths: &[Constraint], spacing: u16) -> Vec<usize> {
    let inner = area.inner(ratatui::layout::Margin::new(1, 0));
    fit::table_columns(
        inner.width,
        fit::width(SELECTION_MARK) as u16,
        widths,
        spacing,
    )
}

/// A list table with the selected row marked, a column in from the edge.
fn render_selectable(
    table: Table,
    selected: usize,
    area: Rect,
    buf: &mut Buffer,
    s: &crate::ui::style::Styles,
) {
    let table = table
        .row_highlight_style(s.selection)
        .highlight_symbol(SELECTION_MARK)
        .highlight_spacing(ratatui::widgets::HighlightSpacing::Always);
    let mut state = TableState::default().with_selected(Some(selected));
    StatefulWidget::render(
        table,
        area.inner(ratatui::layout::Margin::new(1, 0)),
        buf,
        &mut state,
    );
}
