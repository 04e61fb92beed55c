//! The terminal runde draws in: raw mode, the alternate screen, and the
//! lean backend, which writes fewer bytes for the same frames.

use super::backend::LeanBackend;
use ratatui::Terminal;
use ratatui::backend::Backend;
use ratatui::crossterm::style::{Attribute, SetAttribute};
use ratatui::crossterm::terminal::{EnterAlternateScreen, enable_raw_mode};
use std::io;

pub type Term = Terminal<LeanBackend<io::Stdout>>;

/// As `ratatui::init`, with the lean backend; a panic gives the terminal
/// back before it reports.
pub fn init() -> io::Result<Term> {
    set_panic_hook();
    super::input::catch_hangup();
    enable_raw_mode()?;
    let terminal = ratatui::crossterm::execute!(io::stdout(), EnterAlternateScreen)
        .and_then(|()| Terminal::new(LeanBackend::new(io::stdout())))
        .and_then(|mut terminal| {
            // From a known blank screen the backend knows every cell it
            // shows. (Not `Terminal::clear`: it asks the terminal where its
            // cursor is and waits for the answer.)
            terminal.backend_mut().clear()?;
            Ok(terminal)
        });
    if terminal.is_err() {
        restore();
    }
    terminal
}

/// Gives the terminal back: default style, raw mode off, the main screen.
pub fn restore() {
    let _ = ratatui::crossterm::execute!(io::stdout(), SetAttribute(Attribute::Reset));
    let _ = ratatui::try_restore();
}

/// Lets go of a terminal that is gone without its drop, which would show
/// the cursor there and, failing, report it on a standard error that is
/// gone too: a panic, then an abort, as the process ends.
pub fn forget(terminal: Term) {
    std::mem::forget(terminal);
}

fn set_panic_hook() {
    let hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        restore();
        hook(info);
    }));
}
