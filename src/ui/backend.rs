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
//! - hide a hidden cursor only once.
//!
//! The style is reset before a clear (which paints with the current
//! background) and when the terminal is given back (see `ui::terminal`).

use ratatui::backend::{Backend, ClearType, IntoCrossterm, WindowSize};
use ratatui::buffer::{Buffer, Cell, CellDiffOption};
use ratatui::crossterm::cursor::{Hide, MoveTo, MoveToColumn, Show};
use ratatui::crossterm::style::{
    Attribute, Colors, Print, SetAttribute, SetBackgroundColor, SetColors, SetForegroundColor,
    SetUnderlineColor,
};
use ratatui::crossterm::{queue, terminal};
use ratatui::layout::{Position, Rect, Size};
use ratatui::style::{Color, Modifier};
use std::io::{self, Write};

/// Gaps longer than this are always moved over.
const MAX_GAP: u16 = 6;

/// The style the terminal prints with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Pen {
    fg: Color,
    bg: Color,
    underline: Color,
    modifier: Modifier,
}

impl Pen {
    const RESET: Pen = Pen {
        fg: Color::Reset,
        bg: Color::Reset,
        underline: Color::Reset,
        modifier: Modifier::empty(),
    };

    fn of(cell: &Cell) -> Pen {
        Pen {
            fg: cell.fg,
            bg: cell.bg,
            underline: cell.underline_color,
            modifier: cell.modifier,
        }
    }
}

const ATTRIBUTES: [(Modifier, Attribute); 9] = [
    (Modifier::BOLD, Attribute::Bold),
    (Modifier::DIM, Attribute::Dim),
    (Modifier::ITALIC, Attribute::Italic),
    (Modifier::UNDERLINED, Attribute::Underlined),
    (Modifier::SLOW_BLINK, Attribute::SlowBlink),
    (Modifier::RAPID_BLINK, Attribute::RapidBlink),
    (Modifier::REVERSED, Attribute::Reverse),
    (Modifier::HIDDEN, Attribute::Hidden),
    (Modifier::CROSSED_OUT, Attribute::CrossedOut),
];

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

    fn move_to(&mut self, x: u16, y: u16) -> io::Result<()> {
        let cursor = self.cursor;
        let w = &mut self.writer;
        match cursor {
            Some(at) if at == Position::new(x, y) => {}
            Some(at) if at.y == y && x > at.x => {
                let filler = self.pen.zip(self.shown.as_ref()).and_then(|(pen, shown)| {
                    gap_filler(shown, pen, at.x, x, y, column_move_len(x))
                });
                match filler {
                    Some(text) => queue!(w, Print(text))?,
                    None => queue!(w, MoveToColumn(x))?,
                }
            }
            Some(at) if at.y == y => queue!(w, MoveToColumn(x))?,
            _ => queue!(w, MoveTo(x, y))?,
        }
        Ok(())
    }

    fn set_pen(&mut self, pen: Pen) -> io::Result<()> {
        if self.pen == Some(pen) {
            return Ok(());
        }
        let w = &mut self.writer;
        // Modifiers can only be taken away one by one with codes that
        // differ per modifier (bold and dim share one): reset instead.
        let from = match self.pen {
            Some(p) if (p.modifier - pen.modifier).is_empty() => p,
            _ => {
                queue!(w, SetAttribute(Attribute::Reset))?;
                Pen::RESET
            }
        };
        for (modifier, attribute) in ATTRIBUTES {
            if pen.modifier.contains(modifier) && !from.modifier.contains(modifier) {
                queue!(w, SetAttribute(attribute))?;
            }
        }
        match (from.fg != pen.fg, from.bg != pen.bg) {
            (true, true) => queue!(
                w,
                SetColors(Colors::new(
                    pen.fg.into_crossterm(),
                    pen.bg.into_crossterm()
                ))
            )?,
            (true, false) => queue!(w, SetForegroundColor(pen.fg.into_crossterm()))?,
            (false, true) => queue!(w, SetBackgroundColor(pen.bg.into_crossterm()))?,
            (false, false) => {}
        }
        if from.underline != pen.underline {
            queue!(w, SetUnderlineColor(pen.underline.into_crossterm()))?;
        }
        self.pen = Some(pen);
        Ok(())
    }
}

/// Styles that draw over a blank cell (a line through it, or its colours
/// swapped).
const DRAWN_ON_BLANK: Modifier = Modifier::UNDERLINED
    .union(Modifier::CROSSED_OUT)
    .union(Modifier::REVERSED);

/// True when `cell` shows only its background: a space, or a full block in
/// its own background colour (which prints as a space, one byte not three).
/// Its foreground never shows, so any will do.
fn blank(cell: &Cell) -> bool {
    let symbol = cell.symbol();
    (symbol == " " || (symbol == "█" && cell.fg == cell.bg))
        && !cell.modifier.intersects(DRAWN_ON_BLANK)
}

/// Bytes of `ESC[colG` for 0-based column `x`.
fn column_move_len(x: u16) -> usize {
    3 + (x + 1).to_string().len()
}

/// The cells from `from` up to `to` on row `y` as the terminal shows them,
/// when printing them costs fewer bytes than a move and changes nothing:
/// each is one column wide and printed with the current pen.
fn gap_filler(
    shown: &Buffer,
    pen: Pen,
    from: u16,
    to: u16,
    y: u16,
    limit: usize,
) -> Option<String> {
    if to - from > MAX_GAP {
        return None;
    }
    let mut text = String::new();
    for x in from..to {
        let cell = shown.cell(Position::new(x, y))?;
        let symbol = cell.symbol();
        let narrow = symbol.chars().count() == 1
            && symbol.chars().all(|c| !c.is_control())
            && ratatui::text::Span::raw(symbol).width() == 1;
        if cell.diff_option != CellDiffOption::None || !narrow || Pen::of(cell) != pen {
            return None;
        }
        text.push_str(symbol);
        if text.len() >= limit {
            return None;
        }
    }
    Some(text)
}

impl<W: Write> Backend for LeanBackend<W> {
    type Error = io::Error;

    fn draw<'a, I>(&mut self, content: I) -> io::Result<()>
    where
        I: Iterator<Item = (u16, u16, &'a Cell)>,
    {
        // All cells of one style together, the terminal's current style
        // first, each group in reading order: a timer's digits and a line
        // of text beside them then cost one change of style, not one a row.
        // Every cell is still printed once, so the order does not change
        // what the screen ends up showing.
        let mut cells: Vec<(u16, u16, &Cell)> = content.collect();
        let mut pens: Vec<Pen> = self.pen.into_iter().collect();
        for (_, _, cell) in &cells {
            let pen = Pen::of(cell);
            if !pens.contains(&pen) {
                pens.push(pen);
            }
        }
        cells.sort_by_key(|(_, _, cell)| pens.iter().position(|p| *p == Pen::of(cell)));
        for (x, y, cell) in cells {
            self.move_to(x, y)?;
            let (symbol, pen) = if blank(cell) {
                // No foreground shows: keep the terminal's.
                let fg = self.pen.map_or(cell.fg, |p| p.fg);
                (
                    " ",
                    Pen {
                        fg,
                        ..Pen::of(cell)
                    },
                )
            } else {
                (cell.symbol(), Pen::of(cell))
            };
            self.set_pen(pen)?;
            queue!(&mut self.writer, Print(symbol))?;
            // What the terminal now shows there.
            let mut cell = cell.clone();
            cell.set_symbol(symbol);
            cell.fg = pen.fg;
            let cell = &cell;
            let width = ratatui::text::Span::raw(symbol).width() as u16;
            self.cursor = Some(Position::new(x.saturating_add(width), y));
            if let Some(shown) = &mut self.shown {
                match shown.cell_mut(Position::new(x, y)) {
                    Some(c) => *c = cell.clone(),
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
