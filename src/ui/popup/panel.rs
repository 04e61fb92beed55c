//! A box over the screen (today's notes, the guidance, help): centred and
//! cleared, with nothing of the screen beneath peeking out beside it. At
//! 80 columns a box four columns narrower left two columns each side,
//! where a cut word of the text beneath read as a stray character beside
//! the border (`└───┘e`).

use crate::ui::screens::centered;
use crate::ui::style::Styles;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use unicode_width::UnicodeWidthStr;

/// A margin beside a box narrower than this is cleared with the box: too
/// narrow to show anything of the screen beneath but a sliver.
pub const SLIVER: u16 = 4;

/// A box of `width` x `height` centred in `area`, cleared with its narrow
/// margins; the rectangle to draw the box in.
pub fn panel(area: Rect, width: u16, height: u16, buf: &mut Buffer, styles: &Styles) -> Rect {
    let rect = centered(area, width, height);
    clear_box(area, rect, buf, styles);
    rect
}

/// Clears `rect` in `area`, and beside it a margin to the area's edge
/// narrower than [`SLIVER`]; a wide character just left of what is
/// cleared, whose right half lay under it, is cleared too (it would draw
/// over the box's border).
pub fn clear_box(area: Rect, rect: Rect, buf: &mut Buffer, styles: &Styles) {
    let rect = rect.intersection(area);
    let left = rect.x - area.x;
    let right = area.right() - rect.right();
    let mut cleared = rect;
    if left < SLIVER {
        cleared.x = area.x;
        cleared.width += left;
    }
    if right < SLIVER {
        cleared.width += right;
    }
    styles.clear(cleared, buf);
    if cleared.x > buf.area.x {
        for y in cleared.top()..cleared.bottom() {
            let cell = &mut buf[(cleared.x - 1, y)];
            if cell.symbol().width() > 1 {
                cell.set_symbol(" ");
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::widgets::{Block, Borders, Widget};

    fn row(buf: &Buffer, y: u16) -> String {
        (buf.area.x..buf.area.right())
            .map(|x| buf[(x, y)].symbol())
            .collect()
    }

    /// A screen of text, a box over it as today's notes draws one.
    fn boxed(width: u16, text: &str) -> Buffer {
        let area = Rect::new(0, 0, width, 5);
        let mut buf = Buffer::empty(area);
        for y in 0..5 {
            buf.set_string(0, y, text, ratatui::style::Style::default());
        }
        let rect = panel(
            area,
            width.saturating_sub(4).min(100),
            3,
            &mut buf,
            &Styles::default(),
        );
        Block::default()
            .borders(Borders::ALL)
            .render(rect, &mut buf);
        buf
    }

    #[test]
    fn nothing_of_the_screen_beneath_peeks_beside_a_box_at_80_columns() {
        let buf = boxed(80, &"vil gerne have ".repeat(6));
        assert!(row(&buf, 3).starts_with("  └"), "{}", row(&buf, 3));
        assert!(row(&buf, 3).ends_with("┘  "), "{}", row(&buf, 3));
        // Rows above and below the box keep the screen beneath.
        assert!(row(&buf, 0).starts_with("vil gerne"));
    }

    #[test]
    fn a_wide_margin_keeps_the_screen_beneath() {
        let buf = boxed(120, &"vil gerne have ".repeat(8));
        assert!(row(&buf, 2).starts_with("vil gerne"), "{}", row(&buf, 2));
        assert!(row(&buf, 2).contains('│'));
    }

    #[test]
    fn a_wide_character_across_the_edge_is_cleared() {
        let area = Rect::new(0, 0, 30, 3);
        let mut buf = Buffer::empty(area);
        // "日" at 9 covers columns 9 and 10; the box begins at 10.
        buf.set_string(9, 1, "日本", ratatui::style::Style::default());
        clear_box(area, Rect::new(10, 0, 10, 3), &mut buf, &Styles::default());
        assert_eq!(buf[(9, 1)].symbol(), " ");
    }
}
