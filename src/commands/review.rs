//! `runde review`: the review screen in the terminal.

use super::Context;
use crate::i18n::review as words;
use crate::print::errln;
use crate::ui::screens::review::{IndexData, run_screen};
use std::process::ExitCode;

pub fn run(ctx: &Context, theme: Option<&str>) -> ExitCode {
    if let Err(code) = super::known::theme(ctx, theme) {
        return code;
    }
    let styles = ctx.styles(theme.or(ctx.config.theme.as_deref()));
    // The first run on a folder builds the index: its progress shows on
    // stderr, before the screen takes the terminal.
    let opened = super::review_index::with_progress(ctx.lang, |sink| {
        IndexData::open_with(ctx.store.clone(), sink)
    });
    let mut data = match opened {
        Ok(data) => data,
        Err(e) => {
            errln!("runde: {}", words::INDEX_FAILED.fill(ctx.lang, &[&e]));
            return crate::print::failed();
        }
    };
    if let Err(e) = crate::ui::require_terminal(ctx.lang) {
        errln!("runde: {e}");
        return crate::print::failed();
    }
    let mut terminal = match crate::ui::terminal::init() {
        Ok(terminal) => terminal,
        Err(e) => {
            errln!("runde: {e}");
            return crate::print::failed();
        }
    };
    let result = run_screen(&mut terminal, &mut data, ctx.lang, &styles, &ctx.clock);
    if crate::ui::input::hung_up() {
        // The terminal went away: nothing to restore, nobody to tell.
        crate::ui::terminal::forget(terminal);
        return ExitCode::SUCCESS;
    }
    crate::ui::terminal::restore();
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            errln!("runde: {e}");
            crate::print::failed()
        }
    }
}
