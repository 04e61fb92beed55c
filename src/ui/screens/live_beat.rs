//! A beat of the live screen: while a countdown runs, most seconds change
//! only the timer's digits. Drawing the whole screen for them (the
//! guidance wrapped, every list laid out, every cell compared) is what a
//! running countdown cost; a beat redraws only the timer's area when
//! nothing else the screen shows of the time has changed.

use super::live::LiveScreen;
use super::live_timebox::back_at;
use super::live_view::{plan_state, render_timer, step_times};
use crate::ui::ViewCtx;
use crate::ui::popup::Popups;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;

/// Everything the live screen shows of the time outside its timer: the
/// header's time of day, standing and end, the steps' minutes, the
/// break's end and the status line (where the time would come from). While
/// it stays the same, the rest of the frame (its layout too) stays the
/// same; the timer's flash is the timer's own.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TimeShown {
    header: (String, Style),
    steps: Vec<String>,
    back: Option<String>,
    status: (String, Style),
}

impl LiveScreen {
    /// What the screen shows of the time outside its timer; `None` where a
    /// beat cannot redraw the timer alone: the room view (drawn whole) or
    /// a popup over the screen.
    pub fn time_shown(&self, ctx: &ViewCtx, popups: &Popups) -> Option<TimeShown> {
        if self.room || !popups.is_empty() {
            return None;
        }
        let session = &self.session;
        let steps = (0..session.record().plan.steps.len())
            .map(|i| step_times(session, i, ctx))
            .collect();
        Some(TimeShown {
            header: plan_state(session, ctx),
            steps,
            back: back_at(session, ctx.now, ctx.lang),
            status: self.status_text(ctx),
        })
    }

    /// The timer alone, into `area` (where the last whole frame drew it),
    /// over the base style as a whole frame paints it.
    pub fn render_beat(&self, area: Rect, buf: &mut Buffer, ctx: &ViewCtx) {
        let area = area.intersection(buf.area);
        for y in area.top()..area.bottom() {
            for x in area.left()..area.right() {
                buf[(x, y)].reset();
            }
        }
        ctx.styles.paint_base(area, buf);
        render_timer(&self.session, area, buf, ctx, self.flashing(ctx.now));
    }
}
