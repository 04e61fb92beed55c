//! The terminal layer: the runtime loop, the app that routes keys to the
//! active screen, key tables, styles and one module per screen.

pub mod app;
pub mod keys;
pub mod runtime;
pub mod screens;
pub mod style;

use crate::text::Lang;
use std::time::Instant;
use style::Styles;

/// The smallest terminal runde draws in.
pub const MIN_WIDTH: u16 = 80;
pub const MIN_HEIGHT: u16 = 24;

/// What every render reads besides the screen's own state.
#[derive(Debug, Clone, Copy)]
pub struct ViewCtx<'a> {
    pub lang: Lang,
    pub styles: &'a Styles,
    pub now: Instant,
}
