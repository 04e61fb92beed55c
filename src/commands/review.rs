//! `runde review`: the review screen in the terminal. A small loop of its
//! own: it blocks on input and draws only after a key or a resize.

use super::Context;
use crate::clock::Clock;
use crate::i18n::review as words;
use crate::text::Lang;
use crate::ui::ViewCtx;
use crate::ui::screens::review::{IndexData, ReviewData, ReviewOutcome, ReviewScreen};
use crate::ui::style::{Styles, no_color_requested};
use crossterm::event::{self, Event, KeyEventKind};
use std::io;
use std::process::ExitCode;

pub fn run(ctx: &Context, theme: Option<&str>) -> ExitCode {
    let (colours, problems) = ctx
        .store
        .theme_colours(theme.or(ctx.config.theme.as_deref()));
    for problem in &problems {
        eprintln!("{problem}");
    }
    let styles = Styles::from_colours(&colours, no_color_requested(std::env::var_os("NO_COLOR")));
    let mut data = match IndexData::open(ctx.store.clone()) {
        Ok(data) => data,
        Err(e) => {
            eprintln!("runde: {}", words::INDEX_FAILED.fill(ctx.lang, &[&e]));
            return ExitCode::FAILURE;
        }
    };
    let mut terminal = ratatui::init();
    let result = run_screen(&mut terminal, &mut data, ctx.lang, &styles, &ctx.clock);
    ratatui::restore();
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("runde: {e}");
            ExitCode::FAILURE
        }
    }
}

/// Runs the review screen in a terminal that is already set up, until the
/// user closes it; the caller (`runde review`, or the home screen) goes on.
pub fn run_screen(
    terminal: &mut ratatui::DefaultTerminal,
    data: &mut dyn ReviewData,
    lang: Lang,
    styles: &Styles,
    clock: &dyn Clock,
) -> io::Result<()> {
    let mut screen = ReviewScreen::new(data, clock.wall().date_naive());
    let mut dirty = true;
    loop {
        if dirty {
            let ctx = ViewCtx {
                lang,
                styles,
                now: clock.now(),
            };
            terminal.draw(|f| screen.render(f.area(), f.buffer_mut(), &ctx))?;
            dirty = false;
        }
        match event::read()? {
            Event::Key(key) if key.kind != KeyEventKind::Release => {
                if screen.handle(&key, data) == ReviewOutcome::Quit {
                    return Ok(());
                }
                dirty = true;
            }
            Event::Resize(..) => dirty = true,
            _ => {}
        }
    }
}
