//! The review screen's loop: it blocks on input and draws only after a key
//! or a resize. Nothing runs on a timer here, so it never wakes by itself.

use super::{ReviewData, ReviewOutcome, ReviewScreen};
use crate::clock::Clock;
use crate::text::Lang;
use crate::ui::ViewCtx;
use crate::ui::input;
use crate::ui::style::Styles;
use crossterm::event::{Event, KeyEventKind};
use std::io;

/// Runs the review screen in a terminal that is already set up, until the
/// user closes it; the caller (`runde review`, or the home screen) goes on.
pub fn run_screen(
    terminal: &mut crate::ui::terminal::Term,
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
        let Some(event) = input::next_event()? else {
            return Ok(());
        };
        match event {
            Event::Key(key) if key.kind != KeyEventKind::Release => {
                match screen.handle(&key, data) {
                    ReviewOutcome::Quit => return Ok(()),
                    ReviewOutcome::Export(id) => screen.export(&id, data, lang),
                    ReviewOutcome::Stay => {}
                }
                dirty = true;
            }
            Event::Resize(..) => dirty = true,
            _ => {}
        }
    }
}
