//! The display's loop: looks at the room file twice a second (a stat, no
//! read unless it changed), redraws when what is shown changes or the
//! shown second does, and closes on a key of `keys::DISPLAY`. It never
//! writes anything.

use super::follow::{Follower, Following};
use super::screen;
use crate::clock::Clock;
use crate::store::Store;
use crate::text::Lang;
use crate::ui::input::{self, Input};
use crate::ui::keys::{self, DisplayAction};
use crate::ui::signals::Signal;
use crate::ui::style::Styles;
use crossterm::event::{Event, KeyEventKind};
use std::io;
use std::time::Duration;

/// How often the room file is looked at: well inside the one second the
/// display has to follow a change.
const LOOK_EVERY: Duration = Duration::from_millis(500);

pub fn run(store: &Store, clock: &dyn Clock, lang: Lang, styles: &Styles) -> io::Result<()> {
    crate::ui::require_terminal(lang)?;
    let mut terminal = crate::ui::terminal::init()?;
    let result = run_loop(&mut terminal, store, clock, lang, styles);
    if input::hung_up() {
        // Nothing to restore on a terminal that is gone, nobody to tell.
        crate::ui::terminal::forget(terminal);
        return Ok(());
    }
    crate::ui::terminal::restore();
    result
}

fn run_loop(
    terminal: &mut crate::ui::terminal::Term,
    store: &Store,
    clock: &dyn Clock,
    lang: Lang,
    styles: &Styles,
) -> io::Result<()> {
    let mut follower = Follower::default();
    follower.refresh(store);
    let mut dirty = true;
    let mut shown_second = None;
    loop {
        let now = clock.wall();
        let second = now.timestamp();
        let ticking = matches!(&follower.current, Following::Live(s) if s.timer.running);
        if dirty || (ticking && shown_second != Some(second)) {
            terminal.draw(|frame| {
                let area = frame.area();
                screen::render(
                    &follower.current,
                    now,
                    lang,
                    styles,
                    area,
                    frame.buffer_mut(),
                );
            })?;
            shown_second = Some(second);
            dirty = false;
        }
        match input::next(Some(LOOK_EVERY))? {
            Input::Gone | Input::Signal(Signal::End(_)) => return Ok(()),
            Input::Signal(signal) => {
                crate::ui::terminal::on_signal(terminal, signal)?;
                dirty = true;
            }
            Input::Timeout => {}
            Input::Event(event) if crate::ui::terminal::suspend_key(terminal, &event)? => {
                dirty = true;
            }
            Input::Event(event) => match event {
                Event::Key(key) if key.kind != KeyEventKind::Release => {
                    match keys::lookup(keys::DISPLAY, &key) {
                        Some(DisplayAction::Close) => return Ok(()),
                        None => {}
                    }
                }
                Event::Resize(..) => dirty = true,
                _ => {}
            },
        }
        dirty |= follower.refresh(store);
    }
}
