//! The terminal layer: the runtime loop, the app that routes keys to the
//! active screen, key tables, the text field every input shares, styles
//! and one module per screen.

pub mod app;
pub mod backend;
pub mod fit;
pub mod frames;
pub mod hangup_guard;
pub mod home_loader;
pub mod input;
pub mod keys;
pub mod popup;
pub mod runtime;
pub mod screens;
pub mod signals;
pub mod style;
pub mod terminal;
pub mod text_field;

use crate::text::Lang;
use std::time::Instant;
use style::Styles;

/// A clear error instead of a panic when runde is started without a
/// terminal (piped, or from a script).
pub fn require_terminal(lang: crate::text::Lang) -> std::io::Result<()> {
    use std::io::IsTerminal;
    if std::io::stdin().is_terminal() && std::io::stdout().is_terminal() {
        Ok(())
    } else {
        Err(std::io::Error::other(
            crate::i18n::common::NEEDS_TERMINAL.get(lang),
        ))
    }
}

/// The smallest terminal runde draws in.
pub const MIN_WIDTH: u16 = 80;
pub const MIN_HEIGHT: u16 = 24;

/// What every render reads besides the screen's own state.
#[derive(Debug, Clone, Copy)]
pub struct ViewCtx<'a> {
    pub lang: Lang,
    pub styles: &'a Styles,
    pub now: Instant,
    /// Where a frame notes the area of what follows the second (the live
    /// timer), so that a beat redraws only that (`App::redraw_beat`).
    pub beat: Option<&'a std::cell::Cell<Option<ratatui::layout::Rect>>>,
}

impl ViewCtx<'_> {
    /// Notes `area` as what follows the second in this frame.
    pub fn note_beat_area(&self, area: ratatui::layout::Rect) {
        if let Some(cell) = self.beat {
            cell.set(Some(area));
        }
    }
}
