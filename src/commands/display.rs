//! `runde display`: the room view on a second window (a TV), following the
//! live session run in another terminal with the same RUNDE_HOME.

use super::Context;
use crate::ui::style::{Styles, no_color_requested};
use std::process::ExitCode;

pub fn run(ctx: &Context, theme: Option<&str>) -> ExitCode {
    // A projector needs contrast more than it needs the facilitator's taste.
    let (colours, problems) = ctx
        .store
        .theme_colours(Some(theme.unwrap_or("high-contrast")));
    for problem in &problems {
        eprintln!("{problem}");
    }
    let styles = Styles::from_colours(&colours, no_color_requested(std::env::var_os("NO_COLOR")));
    match crate::display::runtime::run(&ctx.store, &ctx.clock, ctx.lang, &styles) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("runde: {e}");
            ExitCode::FAILURE
        }
    }
}
