//! Drawing the app: a whole frame, or on a beat the live timer alone.

use super::*;
use crate::ui::screens::live_beat::TimeShown;

impl App {
    pub fn render(&self, area: Rect, buf: &mut Buffer, now: Instant) {
        // A frame on its own: nothing follows it on a beat.
        let _beat = self.draw_frame(area, buf, now);
    }

    /// Renders the whole frame; returns what a beat may redraw alone of
    /// it, if anything (the live timer).
    pub fn draw_frame(&self, area: Rect, buf: &mut Buffer, now: Instant) -> Option<Beat> {
        let noted = std::cell::Cell::new(None);
        let ctx = ViewCtx {
            lang: self.lang,
            styles: &self.styles,
            now,
            beat: Some(&noted),
        };
        let screen: &dyn ScreenView = match &self.screen {
            Screen::Home(home) => home.as_ref(),
            Screen::Attendance(att) => att.as_ref(),
            Screen::Live(live) => live.as_ref(),
            Screen::Network(screen) => screen.as_ref(),
        };
        self.styles.paint_base(area, buf);
        let under = screen.render_under(area, buf, &ctx, &self.popups);
        self.popups.render(under, buf, &ctx);
        Some(Beat {
            area: noted.get()?,
            shown: self.time_shown(&ctx)?,
        })
    }

    /// Brings `buf`, the frame drawn with `beat`, to `now` by redrawing
    /// the timer alone, when nothing else shown has changed since; false
    /// (and `buf` untouched) when the whole frame must be drawn.
    pub fn redraw_beat(&self, beat: &Beat, buf: &mut Buffer, now: Instant) -> bool {
        let ctx = ViewCtx {
            lang: self.lang,
            styles: &self.styles,
            now,
            beat: None,
        };
        let Screen::Live(live) = &self.screen else {
            return false;
        };
        if self.time_shown(&ctx).as_ref() != Some(&beat.shown) {
            return false;
        }
        live.render_beat(beat.area, buf, &ctx);
        true
    }

    fn time_shown(&self, ctx: &ViewCtx) -> Option<TimeShown> {
        match &self.screen {
            Screen::Live(live) => live.time_shown(ctx, &self.popups),
            _ => None,
        }
    }
}

/// What a beat may redraw alone of a frame: the area of the live timer,
/// valid while the rest shows the same of the time.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Beat {
    area: Rect,
    shown: TimeShown,
}

impl Beat {
    /// Where the timer is drawn.
    pub fn area(&self) -> Rect {
        self.area
    }
}
