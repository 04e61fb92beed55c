//! A full render of the live screen at 120x40 into a buffer: the check-in
//! round with a speaker and notes, as the facilitator sees it. Target:
//! median ≤ 0.5 ms.
//!
//! `cargo bench --bench render` prints divan's table, then the median of
//! its own timed run against the target.
// A test stops on a failed set-up: it may unwrap.
#![allow(clippy::unwrap_used, clippy::expect_used)]
// Test and bench tools print for the person running them, not for a user.
#![allow(clippy::disallowed_macros)]

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use runde::clock::{Clock, FakeClock};
use runde::engine::{Msg, NewNote, NewSession, Session};
use runde::model::Network;
use runde::model::plan::NoteKind;
use runde::text::Lang;
use runde::ui::app::{App, Screen};
use runde::ui::screens::live::LiveScreen;
use runde::ui::style::Styles;
use std::time::Duration;

const TARGET: Duration = Duration::from_micros(500);
const AREA: Rect = Rect::new(0, 0, 120, 40);

fn standard_plan() -> runde::model::Plan {
    let (_, src) = runde::bundled::PLANS
        .iter()
        .find(|(id, _)| *id == "standard")
        .expect("bundled standard plan");
    runde::store::parse::parse(std::path::Path::new("standard.ron"), src.as_bytes())
        .expect("standard plan parses")
}

/// The check-in round, Bo speaking 40 s into his turn, six notes taken.
fn live_app(clock: &FakeClock) -> App {
    let mut session = Session::start(
        NewSession::with_everyone(standard_plan(), Network::demo()),
        clock,
    );
    for msg in [Msg::NextStep, Msg::NextSpeaker, Msg::NextSpeaker] {
        session.update(msg, clock);
    }
    for i in 0..6 {
        session.update(
            Msg::AddNote(NewNote {
                kind: NoteKind::ALL[i % NoteKind::ALL.len()],
                text: format!("Note {i}: Bo vil prøve makkerpar og tager det op igen næste gang"),
                private: i == 3,
                owner: None,
                due: None,
                about: runde::engine::About::Speaker,
            }),
            clock,
        );
    }
    clock.advance_secs(40);
    App::new(
        Screen::Live(Box::new(LiveScreen::new(session, true))),
        Lang::Da,
        Styles::default(),
        true,
    )
}

#[divan::bench(sample_count = 500)]
fn live_screen_120x40(bencher: divan::Bencher) {
    let clock = FakeClock::default();
    let app = live_app(&clock);
    let mut buf = Buffer::empty(AREA);
    bencher.bench_local(|| {
        buf.reset();
        app.render(AREA, &mut buf, clock.now());
    });
}

/// Times `runs` full renders one by one and returns the median.
#[allow(clippy::disallowed_methods)] // a benchmark measures wall time
fn median_render(runs: usize) -> Duration {
    let clock = FakeClock::default();
    let app = live_app(&clock);
    let mut buf = Buffer::empty(AREA);
    app.render(AREA, &mut buf, clock.now());
    let text: String = buf.content().iter().map(|c| c.symbol()).collect();
    assert!(
        text.contains("Bo") && text.contains("Note 5"),
        "the benchmark must render the live screen with its notes"
    );
    let mut times: Vec<Duration> = (0..runs)
        .map(|_| {
            buf.reset();
            let start = std::time::Instant::now();
            app.render(AREA, &mut buf, clock.now());
            start.elapsed()
        })
        .collect();
    times.sort();
    times[runs / 2]
}

fn main() {
    divan::main();
    let median = median_render(1001);
    let verdict = if median <= TARGET {
        "ok"
    } else {
        "OVER TARGET"
    };
    println!(
        "render/live_screen (120x40, full frame into a buffer): median {:.3} ms, target <= {:.1} ms: {verdict}",
        median.as_secs_f64() * 1e3,
        TARGET.as_secs_f64() * 1e3
    );
}
