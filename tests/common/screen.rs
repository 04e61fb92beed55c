//! A screen's frame as text, the way the snapshot tests take it: on a
//! test terminal, with the default styles and the fake clock's start.

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use runde::clock::{Clock, FakeClock};
use runde::text::Lang;
use runde::ui::ViewCtx;
use runde::ui::style::Styles;

/// What `render` draws at `w`x`h` in `lang`.
pub fn draw(
    lang: Lang,
    (w, h): (u16, u16),
    render: impl FnOnce(Rect, &mut Buffer, &ViewCtx),
) -> String {
    let styles = Styles::default();
    let ctx = ViewCtx {
        lang,
        styles: &styles,
        now: FakeClock::default().now(),
        beat: None,
    };
    let mut terminal = Terminal::new(TestBackend::new(w, h)).unwrap();
    terminal
        .draw(|f| render(f.area(), f.buffer_mut(), &ctx))
        .unwrap();
    terminal.backend().to_string()
}
