//! One module per screen, and the pieces they share.

pub mod attendance;
pub mod attendance_roles;
mod attendance_view;
pub mod help;
pub mod home;
pub mod live;
pub mod live_beat;
mod live_charter;
mod live_followup;
mod live_guidance;
pub mod live_next;
mod live_people;
pub mod live_popup;
mod live_roles;
pub mod live_slips;
mod live_status;
mod live_timebox;
mod live_view;
pub mod moved_input;
pub mod name_input;
pub mod network;
pub mod network_charter;
mod network_charter_view;
pub mod network_popup;
mod network_view;
pub mod note_input;
pub mod notes_box;
pub mod owner_choice;
mod private_actions;
pub mod review;
pub mod roles_popup;
pub mod room;
pub mod rotation;
mod who_line;

use super::keys::{self, Binding};
use super::popup::Popups;
use super::{MIN_HEIGHT, MIN_WIDTH, ViewCtx};
use crate::i18n::common::TOO_SMALL;
use ratatui::buffer::Buffer;
use ratatui::layout::{Alignment, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget, Wrap};

/// A screen of the App, drawn under the popup layer.
pub trait ScreenView {
    /// The screen, in an area large enough, under the open popups (their
    /// footer, the room they need); the area the popups go in.
    fn draw(&self, area: Rect, buf: &mut Buffer, ctx: &ViewCtx, popups: &Popups) -> Rect;

    /// The screen under the open popups, or the too-small message where it
    /// does not fit; the area the popups go in.
    fn render_under(&self, area: Rect, buf: &mut Buffer, ctx: &ViewCtx, popups: &Popups) -> Rect {
        if too_small(area) {
            render_too_small(area, buf, ctx);
            return Rect::default();
        }
        self.draw(area, buf, ctx, popups)
    }

    /// The screen with no popup over it.
    fn render(&self, area: Rect, buf: &mut Buffer, ctx: &ViewCtx) {
        self.render_under(area, buf, ctx, &Popups::default());
    }
}

/// True when the area is too small to draw a screen in.
pub fn too_small(area: Rect) -> bool {
    area.width < MIN_WIDTH || area.height < MIN_HEIGHT
}

/// The message drawn instead of a screen in a too small terminal.
pub fn render_too_small(area: Rect, buf: &mut Buffer, ctx: &ViewCtx) {
    let text = TOO_SMALL.fill(
        ctx.lang,
        &[
            &area.width.to_string(),
            &area.height.to_string(),
            &MIN_WIDTH.to_string(),
            &MIN_HEIGHT.to_string(),
        ],
    );
    let y = area.y + area.height / 2;
    let line = Rect::new(area.x, y.saturating_sub(1), area.width, area.height.min(3));
    Paragraph::new(text)
        .style(ctx.styles.error)
        .alignment(Alignment::Center)
        .wrap(Wrap { trim: true })
        .render(line.intersection(area), buf);
}

/// The footer: the table's hints, as many as fit in the area's rows.
pub fn render_footer<A>(table: &[Binding<A>], area: Rect, buf: &mut Buffer, ctx: &ViewCtx) {
    render_hints(&keys::footer(table, ctx.lang), area, buf, ctx);
}

/// Footer hints, "key what", as many as fit in the area's rows.
pub fn render_hints(
    hints: &[(&'static str, &'static str)],
    area: Rect,
    buf: &mut Buffer,
    ctx: &ViewCtx,
) {
    let mut lines: Vec<Line> = vec![Line::default()];
    let mut width = 0usize;
    for &(key, what) in hints {
        let piece = unicode_width::UnicodeWidthStr::width(key)
            + unicode_width::UnicodeWidthStr::width(what)
            + 3;
        if width + piece > area.width as usize {
            if lines.len() >= area.height as usize {
                break;
            }
            lines.push(Line::default());
            width = 0;
        }
        width += piece;
        if let Some(line) = lines.last_mut() {
            line.push_span(Span::styled(key, ctx.styles.accent));
            line.push_span(Span::styled(format!(" {what}  "), ctx.styles.muted));
        }
    }
    Paragraph::new(lines).render(area, buf);
}

/// Rows the footer of a table needs at a width (one or two).
pub fn footer_rows<A>(table: &[Binding<A>], width: u16, ctx: &ViewCtx) -> u16 {
    hint_rows(&keys::footer(table, ctx.lang), width)
}

/// Rows footer hints need at a width (one or two).
pub fn hint_rows(hints: &[(&'static str, &'static str)], width: u16) -> u16 {
    let total: usize = hints
        .iter()
        .map(|(k, w)| {
            unicode_width::UnicodeWidthStr::width(*k)
                + unicode_width::UnicodeWidthStr::width(*w)
                + 3
        })
        .sum();
    if total > width as usize { 2 } else { 1 }
}

/// A rectangle of at most `width` x `height` in the middle of `area`.
pub fn centered(area: Rect, width: u16, height: u16) -> Rect {
    let w = width.min(area.width);
    let h = height.min(area.height);
    Rect::new(
        area.x + (area.width - w) / 2,
        area.y + (area.height - h) / 2,
        w,
        h,
    )
}

/// A part of the live screen under a titled rule; the area inside, a
/// column in from the left.
pub fn section(title: &str, area: Rect, buf: &mut Buffer, ctx: &ViewCtx) -> Rect {
    let block = ratatui::widgets::Block::default()
        .borders(ratatui::widgets::Borders::TOP)
        .border_style(ctx.styles.border)
        .title(Span::styled(format!(" {title} "), ctx.styles.title));
    let inner = block.inner(area);
    block.render(area, buf);
    Rect::new(
        inner.x + 1,
        inner.y,
        inner.width.saturating_sub(1),
        inner.height,
    )
}
