//! Where the lean backend's cursor goes next, in the fewest bytes: a
//! relative move, a move within the row, or printing a short gap over.

use super::*;

impl<W: Write> LeanBackend<W> {
    /// Moves the cursor the shortest way the terminal is known to take.
    pub(super) fn move_to(&mut self, x: u16, y: u16) -> io::Result<()> {
        let shortest = self.shortest_move(Position::new(x, y));
        if !shortest.is_empty() {
            queue!(&mut self.writer, Print(shortest))?;
        }
        Ok(())
    }

    /// What to write to move the cursor to `to` (nothing when there).
    pub(super) fn shortest_move(&self, to: Position) -> String {
        let moves = match self.cursor {
            Some(at) if at == to => return String::new(),
            Some(at) => self.moves(at, to),
            None => Vec::new(),
        };
        let absolute = format!("\x1b[{};{}H", to.y + 1, to.x + 1);
        moves
            .into_iter()
            .chain([absolute])
            .min_by_key(String::len)
            .unwrap_or_default()
    }

    /// Ways from `at` to `to` other than the absolute move, each as what to
    /// write. Relative moves only from a cursor inside the screen: one past
    /// the last column it waits to wrap, and moves from there differ
    /// between terminals.
    pub(super) fn moves(&self, at: Position, to: Position) -> Vec<String> {
        let column = format!("\x1b[{}G", to.x + 1);
        let mut ways = Vec::new();
        if at.y == to.y {
            ways.push(column.clone());
        }
        let Some(area) = self.shown.as_ref().map(|s| s.area) else {
            return ways;
        };
        if at.x >= area.width {
            return ways;
        }
        let mut vertical = vec![format!("\x1b[{}d", to.y + 1)];
        match to.y.cmp(&at.y) {
            Ordering::Equal => vertical.push(String::new()),
            Ordering::Less => {
                vertical.push(csi(at.y - to.y, 'A'));
                // A reverse index moves straight up; it scrolls only from
                // the top row, which is never left upwards.
                if at.y - to.y == 1 {
                    vertical.push("\x1bM".to_string());
                }
            }
            Ordering::Greater => {
                let n = to.y - at.y;
                vertical.push(csi(n, 'B'));
                // In raw mode a line feed moves straight down; it scrolls
                // only from the last row, which is never left downwards.
                if self.line_feeds && n <= 3 {
                    vertical.push("\n".repeat(usize::from(n)));
                }
            }
        }
        let Some(vertical) = vertical.into_iter().min_by_key(String::len) else {
            return ways;
        };
        let mut horizontal = vec![column];
        match to.x.cmp(&at.x) {
            Ordering::Equal => horizontal.push(String::new()),
            Ordering::Less => {
                let n = at.x - to.x;
                horizontal.push(csi(n, 'D'));
                if n <= 3 {
                    horizontal.push("\x08".repeat(usize::from(n)));
                }
            }
            Ordering::Greater => {
                horizontal.push(csi(to.x - at.x, 'C'));
                // Printing what is already there, on the row moved to.
                let filler = self
                    .pen
                    .zip(self.shown.as_ref())
                    .and_then(|(pen, shown)| gap_filler(shown, pen, at.x, to.x, to.y));
                horizontal.extend(filler);
            }
        }
        ways.extend(horizontal.into_iter().map(|h| format!("{vertical}{h}")));
        ways
    }
}

/// A cursor move by `n` (`ESC[A` for one, `ESC[5A` for five).
pub(super) fn csi(n: u16, direction: char) -> String {
    match n {
        1 => format!("\x1b[{direction}"),
        n => format!("\x1b[{n}{direction}"),
    }
}

/// The cells from `from` up to `to` on row `y` as the terminal shows them,
/// when printing them costs fewer bytes than a move and changes nothing:
/// each is one column wide and printed with the current pen.
pub(super) fn gap_filler(shown: &Buffer, pen: Pen, from: u16, to: u16, y: u16) -> Option<String> {
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
        if cell.diff_option != CellDiffOption::None || !narrow || !Need::of(cell).fits(pen) {
            return None;
        }
        text.push_str(if blank(cell) { " " } else { symbol });
    }
    Some(text)
}
