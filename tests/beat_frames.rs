//! A beat redraws only the live timer: the frame it makes must be the very
//! frame a whole render makes at that second. Every bundled plan is run
//! from its first step to its end, second by second across minute
//! boundaries and the moment a timer reaches zero, at 80x24 and 120x40, in
//! Danish and English; each beat's frame is compared cell by cell (text
//! and style) with a whole render.
// A test stops on a failed set-up: it may unwrap.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::live::{key, live, live_app};
use crossterm::event::KeyCode;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use runde::clock::{Clock, FakeClock};
use runde::engine::{Msg, NewSession, Session};
use runde::model::Network;
use runde::text::Lang;
use runde::ui::app::{App, Beat};

/// Beats redrawn alone and frames drawn whole.
#[derive(Default)]
struct Count {
    beats: usize,
    whole: usize,
}

/// What the screen shows now, as the runtime keeps it.
struct Shown {
    frame: Buffer,
    beat: Option<Beat>,
}

impl Shown {
    fn whole(app: &App, area: Rect, clock: &FakeClock) -> Shown {
        let mut frame = Buffer::empty(area);
        let beat = app.draw_frame(area, &mut frame, clock.now());
        Shown { frame, beat }
    }
}

fn rows(buf: &Buffer) -> Vec<String> {
    let area = buf.area;
    (area.top()..area.bottom())
        .map(|y| {
            (area.left()..area.right())
                .map(|x| buf[(x, y)].symbol().to_string())
                .collect()
        })
        .collect()
}

/// `n` beats `every` seconds apart (the runtime's are one second apart;
/// a longer step crosses the minutes sooner and changes more at once): a
/// beat that asks for nothing is redrawn alone where the app allows it,
/// and must equal the whole frame.
fn beats(
    app: &mut App,
    clock: &FakeClock,
    shown: &mut Shown,
    (n, every): (u64, u64),
    count: &mut Count,
) {
    let area = shown.frame.area;
    for _ in 0..n {
        clock.advance_secs(every);
        let outcomes = app.tick(clock);
        let whole = Shown::whole(app, area, clock);
        let redrawn = outcomes.is_empty()
            && shown
                .beat
                .as_ref()
                .is_some_and(|beat| app.redraw_beat(beat, &mut shown.frame, clock.now()));
        if redrawn {
            count.beats += 1;
            if shown.frame != whole.frame {
                let (beat, full) = (rows(&shown.frame), rows(&whole.frame));
                let diff: Vec<String> = beat
                    .iter()
                    .zip(&full)
                    .enumerate()
                    .filter(|(_, (a, b))| a != b)
                    .map(|(y, (a, b))| format!("row {y}\n beat:  {a}\n whole: {b}"))
                    .collect();
                panic!(
                    "a beat's frame differs from the whole frame (styles too) at {}x{}, {} s:\n{}",
                    area.width,
                    area.height,
                    clock.elapsed().as_secs(),
                    diff.join("\n")
                );
            }
        } else {
            count.whole += 1;
            *shown = whole;
        }
    }
}

/// A change by the facilitator: the next frame is drawn whole.
fn send(app: &mut App, clock: &FakeClock, shown: &mut Shown, msg: Msg) {
    live(app).session.update(msg, clock);
    *shown = Shown::whole(app, shown.frame.area, clock);
}

/// Runs `plan` through every step and phase: some seconds before and in
/// each round, across zero on every other stage, over time on every third
/// and paused on every fourth.
fn meeting(plan_id: &str, src: &str, lang: Lang, (w, h): (u16, u16), count: &mut Count) {
    let plan = runde::store::parse::parse(std::path::Path::new(plan_id), src.as_bytes()).unwrap();
    let clock = FakeClock::default();
    let session = Session::start(NewSession::with_everyone(plan, Network::demo()), &clock);
    let mut app = live_app(session, lang);
    let mut shown = Shown::whole(&app, Rect::new(0, 0, w, h), &clock);
    for stage in 0..60 {
        beats(&mut app, &clock, &mut shown, (13, 5), count);
        send(&mut app, &clock, &mut shown, Msg::NextSpeaker);
        if stage % 2 == 1 {
            // To a few seconds before the running timer's zero, then across it.
            let main = live(&mut app).session.main_countdown(clock.now());
            clock.advance_secs(main.remaining_secs().saturating_sub(3));
            app.tick(&clock);
            shown = Shown::whole(&app, shown.frame.area, &clock);
            beats(&mut app, &clock, &mut shown, (8, 1), count);
        }
        if stage % 3 == 2 {
            // Over time: the meeting falls behind, the proposal changes.
            beats(&mut app, &clock, &mut shown, (30, 5), count);
        }
        if stage % 4 == 3 {
            // Paused: a break's end moves on, nothing else does.
            send(&mut app, &clock, &mut shown, Msg::TogglePause);
            beats(&mut app, &clock, &mut shown, (13, 5), count);
            send(&mut app, &clock, &mut shown, Msg::TogglePause);
        }
        if live(&mut app).session.is_finished() {
            break;
        }
        send(&mut app, &clock, &mut shown, Msg::NextStep);
    }
    beats(&mut app, &clock, &mut shown, (5, 1), count);
}

#[test]
fn a_beat_draws_the_frame_a_whole_render_draws_in_every_plan() {
    let mut count = Count::default();
    for (i, (id, src)) in runde::bundled::PLANS.iter().enumerate() {
        // Every plan once, the sizes and languages in turn.
        let (lang, size) = match i % 2 {
            0 => (Lang::Da, (80, 24)),
            _ => (Lang::En, (120, 40)),
        };
        meeting(id, src, lang, size, &mut count);
    }
    // Most seconds of a meeting change only the timer.
    assert!(
        count.beats > count.whole * 2,
        "beats redrawn alone: {}, whole frames: {}",
        count.beats,
        count.whole
    );
}

#[test]
fn a_beat_draws_the_frame_a_whole_render_draws_in_the_standard_plan_at_three_sizes() {
    let (_, src) = runde::bundled::PLANS
        .iter()
        .find(|(id, _)| *id == "standard")
        .unwrap();
    let mut count = Count::default();
    for (lang, size) in [
        (Lang::En, (80, 24)),
        (Lang::Da, (100, 30)),
        (Lang::Da, (120, 40)),
    ] {
        meeting("standard", src, lang, size, &mut count);
    }
    assert!(count.beats > count.whole * 2);
}

#[test]
fn the_room_view_and_a_popup_are_drawn_whole() {
    let clock = FakeClock::default();
    let mut app = live_app(common::live::check_in(&clock, 10), Lang::Da);
    let area = Rect::new(0, 0, 80, 24);
    let mut frame = Buffer::empty(area);
    assert!(app.draw_frame(area, &mut frame, clock.now()).is_some());
    key(&mut app, &clock, KeyCode::Char('v'));
    assert!(app.draw_frame(area, &mut frame, clock.now()).is_none());
    key(&mut app, &clock, KeyCode::Char('v'));
    key(&mut app, &clock, KeyCode::Char('?'));
    assert!(app.draw_frame(area, &mut frame, clock.now()).is_none());
}

#[test]
fn a_beat_kept_from_before_a_popup_opened_is_not_used_over_it() {
    let clock = FakeClock::default();
    let mut app = live_app(common::live::check_in(&clock, 10), Lang::En);
    let area = Rect::new(0, 0, 80, 24);
    let mut frame = Buffer::empty(area);
    let beat = app.draw_frame(area, &mut frame, clock.now()).unwrap();
    key(&mut app, &clock, KeyCode::Char('?'));
    clock.advance_secs(1);
    assert!(!app.redraw_beat(&beat, &mut frame, clock.now()));
}
