//! The terminal runde draws in: raw mode, the alternate screen, and the
//! lean backend, which writes fewer bytes for the same frames.

use super::backend::LeanBackend;
use ratatui::Terminal;
use ratatui::backend::Backend;
use ratatui::crossterm::cursor::{Hide, Show};
use ratatui::crossterm::event::{DisableBracketedPaste, EnableBracketedPaste};
use ratatui::crossterm::style::{Attribute, SetAttribute};
use ratatui::crossterm::terminal::{EnterAlternateScreen, disable_raw_mode, enable_raw_mode};
use ratatui::layout::Rect;
use std::io;

/// Standard output is line buffered, and the backend moves down a row with
/// a line feed: buffered whole, a frame goes out in one write, not one a
/// row (each a wake-up of the terminal).
pub type Term = Terminal<LeanBackend<io::BufWriter<io::Stdout>>>;

/// As `ratatui::init`, with the lean backend; a panic gives the terminal
/// back before it reports.
pub fn init() -> io::Result<Term> {
    set_panic_hook();
    super::signals::install();
    enable_raw_mode()?;
    // Crossterm listens for resizes (SIGWINCH) from its first poll on, and
    // `Terminal::new` asks the size, kept until a resize event: listening
    // first, a resize before the loop's first poll is not lost.
    if let Err(e) = ratatui::crossterm::event::poll(std::time::Duration::ZERO) {
        restore();
        return Err(e);
    }
    let terminal =
        ratatui::crossterm::execute!(io::stdout(), EnterAlternateScreen, EnableBracketedPaste)
            .and_then(|()| Terminal::new(LeanBackend::new(io::BufWriter::new(io::stdout())).raw()))
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

/// Gives the terminal back: default style, no bracketed paste, raw mode
/// off, the main screen, the cursor shown.
pub fn restore() {
    let _ = ratatui::crossterm::execute!(
        io::stdout(),
        SetAttribute(Attribute::Reset),
        DisableBracketedPaste
    );
    let _ = ratatui::try_restore();
    let _ = ratatui::crossterm::execute!(io::stdout(), Show);
}

/// Ctrl-Z or SIGTSTP: gives the terminal back and stops; when the process
/// runs again (`fg`), takes the terminal back and draws everything anew.
pub fn suspend(terminal: &mut Term) -> io::Result<()> {
    restore();
    super::signals::stop_now();
    super::signals::forget_continue();
    take_back(terminal)
}

/// Raw mode, the alternate screen and a whole new frame, after a stop: the
/// shell may have set the terminal as it likes meanwhile.
pub fn take_back(terminal: &mut Term) -> io::Result<()> {
    // Raw mode off first, so that on again sets it afresh.
    let _ = disable_raw_mode();
    enable_raw_mode()?;
    ratatui::crossterm::execute!(
        io::stdout(),
        EnterAlternateScreen,
        EnableBracketedPaste,
        Hide
    )?;
    // It may have been resized while stopped.
    terminal.backend_mut().forget_size();
    let size = terminal.size()?;
    // A resize clears the screen and forgets what was drawn, so the next
    // frame is drawn whole (without asking the terminal for its cursor).
    terminal.resize(Rect::new(0, 0, size.width, size.height))
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

/// A signal the loops do not end on: a stop, or running again after one.
pub fn on_signal(terminal: &mut Term, signal: super::signals::Signal) -> io::Result<()> {
    use super::signals::Signal;
    match signal {
        Signal::Suspend => suspend(terminal),
        Signal::Continued => take_back(terminal),
        Signal::End(_) => Ok(()),
    }
}

/// Ctrl-Z, which raw mode delivers as a key: does what SIGTSTP does. True
/// when `event` was it (the loop then draws everything anew). A resize
/// makes the next draw ask the terminal's size (it is not asked on every
/// frame).
pub fn suspend_key(terminal: &mut Term, event: &crossterm::event::Event) -> io::Result<bool> {
    use super::keys::{self, GlobalAction};
    if let crossterm::event::Event::Resize(..) = event {
        terminal.backend_mut().forget_size();
    }
    let crossterm::event::Event::Key(key) = event else {
        return Ok(false);
    };
    if keys::lookup(keys::GLOBAL, key) != Some(GlobalAction::Suspend) {
        return Ok(false);
    }
    suspend(terminal)?;
    Ok(true)
}
