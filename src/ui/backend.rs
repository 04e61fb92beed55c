//! A crossterm backend that writes fewer bytes for the same frames.
//!
//! ratatui already sends only the cells that changed. The stock crossterm
//! backend then moves the cursor with a full `ESC[row;colH` before every run
//! of changed cells, sets the style afresh each frame, resets it at the end
//! of each frame and hides the cursor again on every draw. While a timer
//! runs that is most of what a frame costs. This backend remembers what the
//! terminal shows, where its cursor stands and which style it prints with,
//! so it can
//! - step over a short gap by printing the cells already there (a space is
//!   one byte, a move six or more),
//! - move within a row with `ESC[colG`,
//! - keep the style from one frame to the next,
//! - print a blank cell (which shows only its background) in whatever
//!   foreground, boldness or slant the terminal has, so it never costs a
//!   change of style of its own,
//! - draw the cells in passes, one per style, each in reading order, the
//!   next style being the one cheapest to change to, and change it with
//!   one escape sequence holding only what differs,
//! - hide a hidden cursor only once.
//!
//! The style is reset before a clear (which paints with the current
//! background) and when the terminal is given back (see `ui::terminal`).

use ratatui::backend::{Backend, ClearType, WindowSize};
use ratatui::buffer::{Buffer, Cell, CellDiffOption};
use ratatui::crossterm::cursor::{Hide, MoveTo, Show};
use ratatui::crossterm::style::{Attribute, Print, SetAttribute};
use ratatui::crossterm::{queue, terminal};
use ratatui::layout::{Position, Rect, Size};
use std::cmp::Ordering;
use std::io::{self, Write};

#[path = "backend_moves.rs"]
mod moves;
#[path = "backend_pen.rs"]
mod pen;
use pen::{Need, Pen, blank, next_pen, sgr};

/// Up to this many runs of cells of one style are printed nearest first,
/// more in reading order.
const NEAREST_FIRST: usize = 32;

/// Gaps longer than this are always moved over.
const MAX_GAP: u16 = 6;

pub struct LeanBackend<W: Write> {
    writer: W,
    /// What the terminal shows, as far as this backend drew it since the
    /// last full clear; `None` when not known (before the first clear).
    shown: Option<Buffer>,
    /// Where the terminal's cursor stands, when known.
    cursor: Option<Position>,
    /// The style the terminal prints with, when known.
    pen: Option<Pen>,
    cursor_hidden: Option<bool>,
    /// True when a line feed moves the cursor straight down (raw mode: no
    /// carriage return is added to it).
    line_feeds: bool,
    /// The size to assume instead of asking the terminal (tests).
    size: Option<Size>,
    /// The terminal's size as last asked (crossterm opens /dev/tty for
    /// each ask): asked again only after [`LeanBackend::forget_size`], on
    /// a resize or when the terminal is taken back.
    asked: std::cell::Cell<Option<Size>>,
}

impl<W: Write> LeanBackend<W> {
    pub fn new(writer: W) -> LeanBackend<W> {
        LeanBackend {
            writer,
            shown: None,
            cursor: None,
            pen: None,
            cursor_hidden: None,
            line_feeds: false,
            size: None,
            asked: std::cell::Cell::new(None),
        }
    }

    /// A backend for a terminal of `size`, without asking it.
    pub fn sized(writer: W, size: Size) -> LeanBackend<W> {
        LeanBackend {
            size: Some(size),
            ..LeanBackend::new(writer)
        }
    }

    /// The terminal is in raw mode whenever this draws: a line feed then
    /// moves the cursor one row down and nothing else, a one-byte move.
    pub fn raw(self) -> LeanBackend<W> {
        LeanBackend {
            line_feeds: true,
            ..self
        }
    }

    /// The terminal may have another size now: ask it at the next draw.
    pub fn forget_size(&mut self) {
        self.asked.set(None);
    }

    pub fn writer_mut(&mut self) -> &mut W {
        &mut self.writer
    }

    /// Reset the style, so what comes next starts from the defaults.
    pub fn reset_style(&mut self) -> io::Result<()> {
        queue!(&mut self.writer, SetAttribute(Attribute::Reset))?;
        self.pen = Some(Pen::RESET);
        Ok(())
    }

    /// Prints `cells` (in reading order) with the current pen, which fits
    /// them all, a run of side-by-side cells at a time: in reading order,
    /// or, when there are few (a beat's changes), each next the run the
    /// cursor gets to in the fewest bytes (a line of text beside a timer's
    /// digits is then visited once, not between two rows of them).
    fn print_all(&mut self, cells: Vec<(u16, u16, &Cell)>, pen: Pen) -> io::Result<()> {
        let mut runs: Vec<Vec<(u16, u16, &Cell)>> = Vec::new();
        for (x, y, cell) in cells {
            match runs.last_mut() {
                Some(run) if run.last().is_some_and(|(rx, ry, rc)| {
                    *ry == y && rx.saturating_add(ratatui::text::Span::raw(rc.symbol()).width() as u16) == x
                }) => run.push((x, y, cell)),
                _ => runs.push(vec![(x, y, cell)]),
            }
        }
        let nearest_first = runs.len() <= NEAREST_FIRST;
        while !runs.is_empty() {
            let next = match nearest_first {
                true => (0..runs.len())
                    .min_by_key(|&i| {
                        let (x, y, _) = runs[i][0];
                        self.shortest_move(Position::new(x, y)).len()
                    })
                    .unwrap_or(0),
                false => 0,
            };
            for (x, y, cell) in runs.remove(next) {
                self.print(x, y, cell, pen)?;
            }
        }
        Ok(())
    }

    fn set_pen(&mut self, pen: Pen) -> io::Result<()> {
        let change = sgr(self.pen, pen);
        if !change.is_empty() {
            queue!(&mut self.writer, Print(change))?;
        }
        self.pen = Some(pen);
        Ok(())
    }

    /// Prints one cell with the terminal's current pen, which fits it.
    fn print(&mut self, x: u16, y: u16, cell: &Cell, pen: Pen) -> io::Result<()> {
        self.move_to(x, y)?;
        let symbol = if blank(cell) { " " } else { cell.symbol() };
        queue!(&mut self.writer, Print(symbol))?;
        // What the terminal now shows there.
        let mut shown = cell.clone();
        shown.set_symbol(symbol);
        shown.fg = pen.fg;
        shown.bg = pen.bg;
        shown.underline_color = pen.underline;
        shown.modifier = pen.modifier;
        let width = ratatui::text::Span::raw(symbol).width() as u16;
        self.cursor = Some(Position::new(x.saturating_add(width), y));
        if let Some(known) = &mut self.shown {
            match known.cell_mut(Position::new(x, y)) {
                Some(c) => *c = shown,
                // Drawn outside what is known: nothing is known.
                None => self.shown = None,
            }
        }
        // The columns a wide symbol covers are never printed over to
        // step across them.
        for covered in 1..width {
            if let Some(c) = self
                .shown
                .as_mut()
                .and_then(|s| s.cell_mut(Position::new(x.saturating_add(covered), y)))
            {
                c.set_symbol("");
            }
        }
        Ok(())
    }
}

impl<W: Write> Backend for LeanBackend<W> {
    type Error = io::Error;

    fn draw<'a, I>(&mut self, content: I) -> io::Result<()>
    where
        I: Iterator<Item = (u16, u16, &'a Cell)>,
    {
        // In passes: each prints, in reading order, every cell left that
        // the terminal's current style can print; then the style changes
        // to the one, of those the cells left need, cheapest to change to.
        // A timer's digits, the blanks between them and a line of text
        // beside them then cost one or two changes of style, not one a row.
        // Every cell is still printed once, so the order does not change
        // what the screen ends up showing.
        let mut left: Vec<(u16, u16, &Cell)> = content.collect();
        while !left.is_empty() {
            let mut needs: Vec<Need> = Vec::new();
            for (_, _, cell) in &left {
                let need = Need::of(cell);
                if !needs.contains(&need) {
                    needs.push(need);
                }
            }
            let pen = match self.pen {
                Some(pen) if needs.iter().any(|n| n.fits(pen)) => pen,
                current => {
                    let Some(pen) = next_pen(current, &needs) else {
                        break;
                    };
                    self.set_pen(pen)?;
                    pen
                }
            };
            let (now, later): (Vec<_>, Vec<_>) = left
                .into_iter()
                .partition(|(_, _, cell)| Need::of(cell).fits(pen));
            self.print_all(now, pen)?;
            left = later;
        }
        Ok(())
    }

    fn hide_cursor(&mut self) -> io::Result<()> {
        if self.cursor_hidden != Some(true) {
            queue!(&mut self.writer, Hide)?;
            self.cursor_hidden = Some(true);
        }
        self.flush()
    }

    fn show_cursor(&mut self) -> io::Result<()> {
        if self.cursor_hidden != Some(false) {
            queue!(&mut self.writer, Show)?;
            self.cursor_hidden = Some(false);
        }
        self.flush()
    }

    fn get_cursor_position(&mut self) -> io::Result<Position> {
        let (x, y) = ratatui::crossterm::cursor::position()?;
        let at = Position::new(x, y);
        self.cursor = Some(at);
        Ok(at)
    }

    fn set_cursor_position<P: Into<Position>>(&mut self, position: P) -> io::Result<()> {
        let at = position.into();
        queue!(&mut self.writer, MoveTo(at.x, at.y))?;
        self.cursor = Some(at);
        self.flush()
    }

    fn clear(&mut self) -> io::Result<()> {
        self.clear_region(ClearType::All)
    }

    fn clear_region(&mut self, clear_type: ClearType) -> io::Result<()> {
        // A clear paints with the current background.
        self.reset_style()?;
        let clear = match clear_type {
            ClearType::All => terminal::ClearType::All,
            ClearType::AfterCursor => terminal::ClearType::FromCursorDown,
            ClearType::BeforeCursor => terminal::ClearType::FromCursorUp,
            ClearType::CurrentLine => terminal::ClearType::CurrentLine,
            ClearType::UntilNewLine => terminal::ClearType::UntilNewLine,
        };
        queue!(self.writer, terminal::Clear(clear))?;
        self.flush()?;
        self.shown = match clear_type {
            ClearType::All => self
                .size()
                .ok()
                .map(|size| Buffer::empty(Rect::from((Position::ORIGIN, size)))),
            _ => None,
        };
        Ok(())
    }

    fn append_lines(&mut self, n: u16) -> io::Result<()> {
        self.cursor = None;
        self.shown = None;
        for _ in 0..n {
            queue!(self.writer, Print("\n"))?;
        }
        self.flush()
    }

    fn size(&self) -> io::Result<Size> {
        if let Some(size) = self.size.or(self.asked.get()) {
            return Ok(size);
        }
        let (width, height) = terminal::size()?;
        let size = Size { width, height };
        self.asked.set(Some(size));
        Ok(size)
    }

    fn window_size(&mut self) -> io::Result<WindowSize> {
        let terminal::WindowSize {
            columns,
            rows,
            width,
            height,
        } = terminal::window_size()?;
        Ok(WindowSize {
            columns_rows: Size {
                width: columns,
                height: rows,
            },
            pixels: Size { width, height },
        })
    }

    fn flush(&mut self) -> io::Result<()> {
        self.writer.flush()
    }
}

#[cfg(test)]
#[path = "backend_tests.rs"]
mod tests;
