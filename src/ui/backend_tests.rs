//! The lean backend against the stock one: both byte streams through a
//! terminal emulator must leave the same screen, the lean one in fewer bytes.

use super::LeanBackend;
use crate::clock::{Clock, FakeClock};
use crate::engine::{Msg, NewSession, Session};
use crate::model::Network;
use crate::store::{Paths, Store};
use crate::text::Lang;
use crate::ui::app::{App, Screen};
use crate::ui::screens::live::LiveScreen;
use crate::ui::style::Styles;
use ratatui::backend::{Backend, CrosstermBackend};
use ratatui::buffer::Buffer;
use ratatui::layout::{Rect, Size};
use ratatui::style::{Color, Modifier, Style};
use std::cell::RefCell;
use std::io::{self, Write};
use std::rc::Rc;
use std::time::Duration;

/// A writer both the test and a backend hold.
#[derive(Clone, Default)]
struct Shared(Rc<RefCell<Vec<u8>>>);

impl Write for Shared {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.0.borrow_mut().extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

/// How a cell looks: a cell never written shows as a plain space.
fn looks(screen: &vt100::Parser, row: u16, col: u16) -> String {
    let Some(c) = screen.screen().cell(row, col) else {
        return String::new();
    };
    let text = if c.has_contents() || c.is_wide_continuation() {
        c.contents()
    } else {
        " "
    };
    // Reverse video swaps the colours shown (the default ones too: the
    // default background then shows as the glyph's colour).
    let name = |colour: vt100::Color, default: &str| match colour {
        vt100::Color::Default => default.to_string(),
        colour => format!("{colour:?}"),
    };
    let (fg, bg) = match c.inverse() {
        false => (name(c.fgcolor(), "fg"), name(c.bgcolor(), "bg")),
        true => (name(c.bgcolor(), "bg"), name(c.fgcolor(), "fg")),
    };
    // A blank shows its background only: a space, or a full block in its
    // background colour, in any foreground looks the same (underlined it
    // is no blank).
    let blank = (text == " " || (text == "█" && fg == bg)) && !c.underline();
    match blank {
        // Nor does it show boldness or slant, which change how a glyph is
        // drawn; but in reverse video some terminals brighten or dim the
        // colour that shows.
        true if c.inverse() && (c.bold() || c.dim()) => {
            format!("\" \" any {bg}, reversed bold or dim")
        }
        true => format!("\" \" any {bg}"),
        false => format!(
            "{text:?} {fg} {bg} b{} d{} i{} u{}",
            c.bold(),
            c.dim(),
            c.italic(),
            c.underline(),
        ),
    }
}

/// Draws each frame's changes through both backends into two emulated
/// terminals, checks that they show the same after every frame, and
/// returns the bytes each wrote (stock, lean), the first frame left out.
fn compare(frames: &[Buffer]) -> (usize, usize) {
    let area = frames[0].area;
    let stock_out = Shared::default();
    let mut stock = CrosstermBackend::new(stock_out.clone());
    let mut lean = LeanBackend::sized(Vec::new(), Size::new(area.width, area.height)).raw();
    let mut stock_screen = vt100::Parser::new(area.height, area.width, 0);
    let mut lean_screen = vt100::Parser::new(area.height, area.width, 0);
    stock.clear().unwrap();
    lean.clear().unwrap();
    let mut previous = Buffer::empty(area);
    let mut bytes = (0, 0);
    for (i, frame) in frames.iter().enumerate() {
        let changes = previous.diff(frame);
        stock
            .draw(changes.iter().map(|(x, y, c)| (*x, *y, *c)))
            .unwrap();
        stock.hide_cursor().unwrap();
        lean.draw(changes.iter().map(|(x, y, c)| (*x, *y, *c)))
            .unwrap();
        lean.hide_cursor().unwrap();
        let s = std::mem::take(&mut *stock_out.0.borrow_mut());
        let l = std::mem::take(lean.writer_mut());
        if i > 0 {
            bytes.0 += s.len();
            bytes.1 += l.len();
        }
        stock_screen.process(&s);
        lean_screen.process(&l);
        for row in 0..area.height {
            for col in 0..area.width {
                assert_eq!(
                    looks(&stock_screen, row, col),
                    looks(&lean_screen, row, col),
                    "frame {i}, row {row}, column {col}: {:?}",
                    frame.cell((col, row))
                );
            }
        }
        previous = frame.clone();
    }
    (bytes.0, bytes.1)
}

/// The live screen once a second for a minute and a half of a turn.
fn live_frames(width: u16, height: u16) -> Vec<Buffer> {
    let clock = FakeClock::default();
    let plan = Store::new(Paths::under(std::path::Path::new("/nonexistent")))
        .plans()
        .items
        .into_iter()
        .find(|e| e.plan.id == "standard")
        .unwrap()
        .plan;
    let mut session = Session::start(
        NewSession::with_everyone(plan, Network::new("T", &["Anne", "Bo", "Carla"])),
        &clock,
    );
    session.update(Msg::NextStep, &clock);
    clock.advance(Duration::from_millis(400));
    session.update(Msg::NextSpeaker, &clock);
    let (colours, _) =
        Store::new(Paths::under(std::path::Path::new("/nonexistent"))).theme_colours(None);
    let app = App::new(
        Screen::Live(Box::new(LiveScreen::new(session, true))),
        Lang::En,
        Styles::from_colours(&colours, false),
        true,
    );
    let area = Rect::new(0, 0, width, height);
    (0..90)
        .map(|_| {
            let mut buf = Buffer::empty(area);
            app.render(area, &mut buf, clock.now());
            clock.advance_secs(1);
            buf
        })
        .collect()
}

#[test]
fn a_running_timer_looks_the_same_in_far_fewer_bytes() {
    for (w, h) in [(120, 40), (80, 24)] {
        let (stock, lean) = compare(&live_frames(w, h));
        assert!(
            lean * 10 <= stock * 7,
            "{w}x{h}: {lean} bytes against the stock backend's {stock}"
        );
    }
}

/// Frames of random text in random styles, wide symbols among them.
fn random_frames() -> Vec<Buffer> {
    let mut seed: u64 = 0x2545_f491_4f6c_dd1d;
    let mut next = move |n: u64| {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed % n
    };
    let area = Rect::new(0, 0, 30, 8);
    let colours = [
        Color::Reset,
        Color::Red,
        Color::Indexed(200),
        Color::Rgb(1, 2, 3),
    ];
    let modifiers = [
        Modifier::empty(),
        Modifier::BOLD,
        Modifier::DIM,
        Modifier::BOLD | Modifier::ITALIC,
        Modifier::REVERSED | Modifier::UNDERLINED,
    ];
    let words = ["a", "bb", " ", "   ", "█", "ø", "世界", "x y", "──"];
    let mut frame = Buffer::empty(area);
    (0..200)
        .map(|_| {
            for _ in 0..next(6) {
                let x = next(u64::from(area.width)) as u16;
                let y = next(u64::from(area.height)) as u16;
                // Exactly these modifiers (bold and dim together look
                // different in each terminal).
                let modifier = modifiers[next(5) as usize];
                let style = Style::default()
                    .fg(colours[next(4) as usize])
                    .bg(colours[next(4) as usize])
                    .add_modifier(modifier)
                    .remove_modifier(Modifier::all() - modifier);
                frame.set_string(x, y, words[next(9) as usize], style);
            }
            frame.clone()
        })
        .collect()
}

#[test]
fn random_frames_look_the_same() {
    compare(&random_frames());
}

/// One beat's output: a running turn in the default theme, as bytes a
/// second. Issue 19.7 asks for at most 100; the default theme's 24-bit
/// colours (19 bytes a change of colour, three a half block) make that
/// tight. 80x24 / 120x40: 134 / 149 with a pass per style in the order
/// met and absolute moves; 115 / 106 with blanks printed in any boldness,
/// passes ordered for the fewest changes of style, one sequence a change,
/// and relative moves (line feeds, backspaces); 109 / 106 with coloured
/// blanks in reverse video beside half blocks of their colour; 97 / 96 with
/// runs of cells printed nearest first; 95 / 93 moving up a row with a
/// reverse index.
#[test]
fn a_running_turn_writes_at_most_100_bytes_a_second() {
    for (w, h) in [(80, 24), (120, 40)] {
        let frames = live_frames(w, h);
        let (_, lean) = compare(&frames);
        let per_second = lean / (frames.len() - 1);
        assert!(per_second <= 100, "{w}x{h}: {per_second} B/s");
    }
}

/// A popup's frame: blanks in six colours. Ordering its styles must not
/// take long (an exhaustive search over them froze the screen: each
/// coloured blank can be printed two ways).
#[test]
fn many_styles_in_one_frame_draw_at_once() {
    let area = Rect::new(0, 0, 40, 12);
    let mut frame = Buffer::empty(area);
    for i in 0..6u8 {
        let style = Style::default()
            .fg(Color::Rgb(i, 100, 200))
            .bg(Color::Rgb(200, i, 100));
        frame.set_string(u16::from(i), u16::from(i), "      ", style);
    }
    #[allow(clippy::disallowed_methods)]
    let started = std::time::Instant::now();
    compare(&[Buffer::empty(area), frame]);
    assert!(started.elapsed() < Duration::from_secs(5));
}
