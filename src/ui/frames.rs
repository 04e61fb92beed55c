//! The frame on the screen and how the next one is made: whole after
//! anything happened, or, on a beat where only time passed, the timer's
//! area alone, written straight to the terminal. A running countdown then
//! costs a few hundred cells a second instead of a whole screen laid out,
//! copied and compared anew.

use super::app::{App, Beat};
use ratatui::Terminal;
use ratatui::backend::Backend;
use ratatui::buffer::Buffer;
use ratatui::layout::{Position, Rect};
use std::time::Instant;

/// The terminal, with a copy of what it shows. A beat writes past
/// ratatui's own copy of the last frame; anything else that uses the
/// terminal gets it through [`Frames::terminal`], which first brings that
/// copy up to what the screen shows.
pub struct Frames<'t, B: Backend> {
    terminal: &'t mut Terminal<B>,
    /// What the screen shows.
    frame: Buffer,
    /// What a beat may redraw alone of `frame`.
    beat: Option<Beat>,
    /// Beats wrote past ratatui's copy of the last frame.
    behind: bool,
    /// The beat's area before and after it, for the cells to write.
    before: Buffer,
    after: Buffer,
}

impl<'t, B: Backend> Frames<'t, B> {
    pub fn new(terminal: &'t mut Terminal<B>) -> Self {
        Self {
            terminal,
            frame: Buffer::empty(Rect::default()),
            beat: None,
            behind: false,
            before: Buffer::empty(Rect::default()),
            after: Buffer::empty(Rect::default()),
        }
    }

    /// Draws `app` at `now`. `time_only`: since the last frame drawn here,
    /// nothing but time passed (no key, no change of state); the timer is
    /// then redrawn alone where the app says that is enough.
    pub fn draw(&mut self, app: &App, now: Instant, time_only: bool) -> Result<(), B::Error> {
        if time_only && self.beat_alone(app, now)? {
            return Ok(());
        }
        self.settle();
        let mut beat = None;
        let done = self
            .terminal
            .draw(|frame| beat = app.draw_frame(frame.area(), frame.buffer_mut(), now))?;
        self.frame.resize(done.area);
        self.frame.content.clone_from_slice(&done.buffer.content);
        self.beat = beat;
        Ok(())
    }

    /// The terminal, for anything else that draws on it or resets it.
    pub fn terminal(&mut self) -> &mut Terminal<B> {
        self.settle();
        self.terminal
    }

    /// Redraws the beat's area alone and writes the cells that changed;
    /// false where the whole frame must be drawn (no beat, another size,
    /// or more than the timer changed).
    fn beat_alone(&mut self, app: &App, now: Instant) -> Result<bool, B::Error> {
        let Some(beat) = &self.beat else {
            return Ok(false);
        };
        let size = self.terminal.size()?;
        if Rect::from((Position::ORIGIN, size)) != self.frame.area {
            return Ok(false);
        }
        let area = beat.area().intersection(self.frame.area);
        self.after.resize(area);
        if !app.redraw_beat(beat, &mut self.after, now) {
            return Ok(false);
        }
        self.before.resize(area);
        copy(&self.frame, &mut self.before);
        let backend = self.terminal.backend_mut();
        backend.draw(self.before.diff(&self.after).into_iter())?;
        backend.flush()?;
        copy(&self.after, &mut self.frame);
        self.behind = true;
        Ok(true)
    }

    /// Gives ratatui's copy of the last frame what the screen shows, so
    /// that its next diff starts from the truth.
    fn settle(&mut self) {
        if !std::mem::take(&mut self.behind) {
            return;
        }
        let current = self.terminal.current_buffer_mut();
        // Beats keep the size of the whole frame before them.
        if current.area == self.frame.area {
            current.content.clone_from_slice(&self.frame.content);
            self.terminal.swap_buffers();
        }
    }
}

/// Copies the cells of `from` that lie in `to`'s area, a row at a time.
fn copy(from: &Buffer, to: &mut Buffer) {
    let area = from.area.intersection(to.area);
    let width = usize::from(area.width);
    for y in area.top()..area.bottom() {
        let (f, t) = (from.index_of(area.x, y), to.index_of(area.x, y));
        to.content[t..t + width].clone_from_slice(&from.content[f..f + width]);
    }
}

#[cfg(test)]
#[path = "frames_tests.rs"]
mod tests;
