//! `runde display`: the room view on a second window (a TV), following the
//! live session run in another terminal with the same RUNDE_HOME.

use super::Context;
use crate::print::errln;
use std::process::ExitCode;

pub fn run(ctx: &Context, theme: Option<&str>) -> ExitCode {
    if let Err(code) = super::known::theme(ctx, theme) {
        return code;
    }
    // A projector needs contrast more than it needs the facilitator's taste.
    let styles = ctx.styles(Some(theme.unwrap_or("high-contrast")));
    match crate::display::runtime::run(&ctx.store, &ctx.clock, ctx.lang, &styles) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            errln!("runde: {e}");
            crate::print::failed()
        }
    }
}
