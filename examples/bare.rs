//! The baseline for `bench/run`: a bare ratatui program that draws one
//! paragraph and waits for a key. runde's start to first full frame is
//! measured against this, side by side.
// A test stops on a failed set-up: it may unwrap.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use ratatui::widgets::{Block, Paragraph};

fn main() -> std::io::Result<()> {
    let mut terminal = ratatui::init();
    let drawn = terminal.draw(|frame| {
        let text = Paragraph::new("bare ratatui: one paragraph. Press any key to quit.")
            .block(Block::bordered().title("bare"));
        frame.render_widget(text, frame.area());
    });
    let waited = drawn.and_then(|_| crossterm::event::read().map(|_| ()));
    ratatui::restore();
    waited
}
