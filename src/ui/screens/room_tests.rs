use super::*;
use crate::model::theme::{ColourName, ThemeColours};

fn styles(no_color: bool) -> Styles {
    let c = ThemeColours {
        background: Some(ColourName("#000000".into())),
        timer_ok: Some(ColourName("#00ff00".into())),
        ..ThemeColours::default()
    };
    Styles::from_colours(&c, no_color)
}

/// Every full block of the digits is a painted cell in colour (its
/// glyph only under NO_COLOR), never bold, and the cells between keep
/// the screen's background.
fn assert_solid(buf: &Buffer, no_color: bool) {
    let blocks: Vec<_> = buf
        .content()
        .iter()
        .filter(|c| c.symbol() == FULL_BLOCK)
        .collect();
    assert!(blocks.len() > 20, "{} blocks", blocks.len());
    for cell in blocks {
        assert!(!cell.modifier.contains(Modifier::BOLD), "{cell:?}");
        if no_color {
            assert_eq!(cell.bg, Color::Reset, "{cell:?}");
        } else {
            assert_eq!(
                (cell.fg, cell.bg),
                (Color::Rgb(0, 255, 0), Color::Rgb(0, 255, 0))
            );
        }
    }
    for cell in buf.content().iter().filter(|c| c.symbol() == " ") {
        let bg = if no_color {
            Color::Reset
        } else {
            Color::Rgb(0, 0, 0)
        };
        assert_eq!(cell.bg, bg, "{cell:?}");
    }
}

/// Digits drawn by `draw` on a painted screen of `area`, with and
/// without colour, are solid.
fn check(area: Rect, draw: impl Fn(&Styles, &mut Buffer)) {
    for no_color in [false, true] {
        let s = styles(no_color);
        let mut buf = Buffer::empty(area);
        s.paint_base(area, &mut buf);
        draw(&s, &mut buf);
        assert_solid(&buf, no_color);
    }
}

#[test]
fn big_digits_paint_solid_cells_where_colour_is_allowed() {
    let area = Rect::new(0, 0, 60, 8);
    check(area, |s, buf| {
        render_big_clock("12:34".into(), s.timer_ok, area, buf, s);
    });
}

#[test]
fn digits_drawn_larger_for_a_tv_are_solid_too() {
    let area = Rect::new(0, 0, 100, 16);
    check(area, |s, buf| {
        let style = s.timer_ok.remove_modifier(Modifier::BOLD);
        render_scaled("4:59", style, 2, area, buf);
        paint_solid(area, buf, s);
    });
}
