//! The review screen's loop: it blocks on input and draws only after a key
//! or a resize, and wakes by itself only once, when a search typed is due
//! after a pause in the typing.

use super::{ReviewData, ReviewOutcome, ReviewScreen};
use crate::clock::Clock;
use crate::text::Lang;
use crate::ui::ViewCtx;
use crate::ui::input::{self, Input};
use crate::ui::signals::Signal;
use crate::ui::style::Styles;
use crate::ui::terminal;
use crossterm::event::{Event, KeyEventKind};
use std::io;

/// Runs the review screen in a terminal that is already set up, until the
/// user closes it; the caller (`runde review`, or the home screen) goes on.
pub fn run_screen(
    terminal: &mut terminal::Term,
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
                beat: None,
            };
            terminal.draw(|f| screen.render(f.area(), f.buffer_mut(), &ctx))?;
            dirty = false;
        }
        // Asleep until a key, or until a search typed is due.
        let event = match input::next(screen.pause.wait(clock.now()))? {
            Input::Event(event) if terminal::suspend_key(terminal, &event)? => {
                dirty = true;
                continue;
            }
            Input::Event(event) => event,
            Input::Timeout => {
                dirty |= screen.tick(data, clock.now());
                continue;
            }
            // The caller ends on it too (an end by a signal stays asked for).
            Input::Gone | Input::Signal(Signal::End(_)) => return Ok(()),
            Input::Signal(signal) => {
                terminal::on_signal(terminal, signal)?;
                dirty = true;
                continue;
            }
        };
        match event {
            Event::Key(key) if key.kind != KeyEventKind::Release => {
                match screen.handle_at(&key, data, clock.now()) {
                    ReviewOutcome::Quit => return Ok(()),
                    ReviewOutcome::Export(id, format) => screen.export(&id, format, data, lang),
                    ReviewOutcome::Discard(id) => screen.discard(&id, data, lang),
                    ReviewOutcome::Stay => {}
                }
                dirty = true;
            }
            Event::Resize(..) => dirty = true,
            _ => {}
        }
    }
}
