// A test stops on a failed set-up: it may unwrap.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use super::*;
use crate::clock::{Clock, FakeClock};
use crate::engine::{Msg, NewSession, Session};
use crate::model::Network;
use crate::text::Lang;
use crate::ui::app::Screen;
use crate::ui::screens::live::LiveScreen;
use crate::ui::style::Styles;
use crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use ratatui::backend::TestBackend;
use ratatui::buffer::Cell;

/// The check-in round, Anne's turn running.
fn app(clock: &FakeClock) -> App {
    let (_, src) = crate::bundled::PLANS
        .iter()
        .find(|(id, _)| *id == "standard")
        .unwrap();
    let plan =
        crate::store::parse::parse(std::path::Path::new("standard"), src.as_bytes()).unwrap();
    let mut session = Session::start(NewSession::with_everyone(plan, Network::demo()), clock);
    session.update(Msg::NextStep, clock);
    session.update(Msg::NextSpeaker, clock);
    App::new(
        Screen::Live(Box::new(LiveScreen::new(session, true))),
        Lang::Da,
        Styles::default(),
        true,
    )
}

/// The frame a whole render makes, as the terminal shows it.
fn whole(app: &App, clock: &FakeClock, (w, h): (u16, u16)) -> Buffer {
    let mut terminal = Terminal::new(TestBackend::new(w, h)).unwrap();
    terminal
        .draw(|f| app.render(f.area(), f.buffer_mut(), clock.now()))
        .unwrap();
    terminal.backend().buffer().clone()
}

fn press(app: &mut App, clock: &FakeClock, c: char) {
    let key = KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE);
    app.handle_event(Event::Key(key), clock);
}

#[test]
fn what_the_terminal_shows_after_beats_is_the_whole_frame() {
    let clock = FakeClock::default();
    let mut app = app(&clock);
    let mut terminal = Terminal::new(TestBackend::new(80, 24)).unwrap();
    let mut screen = Frames::new(&mut terminal);
    screen.draw(&app, clock.now(), false).unwrap();
    let mut beats = 0;
    for second in 1..=150 {
        clock.advance_secs(1);
        // The periodic save asks for something: that frame is drawn whole.
        let time_only = app.tick(&clock).is_empty();
        beats += usize::from(time_only);
        screen.draw(&app, clock.now(), time_only).unwrap();
        assert_eq!(
            screen.terminal.backend().buffer(),
            &whole(&app, &clock, (80, 24)),
            "at {second} s"
        );
        assert_eq!(screen.frame, whole(&app, &clock, (80, 24)));
    }
    assert!(beats > 140, "{beats} beats of 150 s");
    assert!(screen.beat.is_some());
}

#[test]
fn a_beat_writes_only_the_timers_cells() {
    let clock = FakeClock::default();
    let app = app(&clock);
    let mut terminal = Terminal::new(TestBackend::new(120, 40)).unwrap();
    let mut screen = Frames::new(&mut terminal);
    screen.draw(&app, clock.now(), false).unwrap();
    let timer = screen.beat.as_ref().unwrap().area();
    // Marks every cell outside the timer: a beat must leave them be.
    let marked = Cell::new("#");
    let outside: Vec<(u16, u16)> = screen
        .frame
        .area
        .positions()
        .filter(|p| !timer.contains(*p))
        .map(|p| (p.x, p.y))
        .collect();
    let marks = outside.iter().map(|&(x, y)| (x, y, &marked));
    screen.terminal.backend_mut().draw(marks).unwrap();
    clock.advance_secs(1);
    screen.draw(&app, clock.now(), true).unwrap();
    let shows = screen.terminal.backend().buffer().clone();
    assert!(outside.iter().all(|&(x, y)| shows[(x, y)] == marked));
    let expected = whole(&app, &clock, (120, 40));
    assert!(timer.positions().all(|p| shows[p] == expected[p]));
    assert!(timer.positions().any(|p| shows[p].symbol() != "#"));
}

#[test]
fn whatever_draws_after_beats_starts_from_what_the_screen_shows() {
    let clock = FakeClock::default();
    let app = app(&clock);
    let start = clock.now();
    let mut terminal = Terminal::new(TestBackend::new(80, 24)).unwrap();
    let mut screen = Frames::new(&mut terminal);
    screen.draw(&app, start, false).unwrap();
    let first = whole(&app, &clock, (80, 24));
    clock.advance_secs(3);
    screen.draw(&app, clock.now(), true).unwrap();
    // Another draw (the review, a frame of its own) of the first frame
    // again: the timer's cells written by the beat must be written back.
    screen
        .terminal()
        .draw(|f| app.render(f.area(), f.buffer_mut(), start))
        .unwrap();
    assert_eq!(screen.terminal.backend().buffer(), &first);
}

#[test]
fn a_resize_or_a_popup_between_beats_draws_the_whole_frame() {
    let clock = FakeClock::default();
    let mut app = app(&clock);
    let mut terminal = Terminal::new(TestBackend::new(80, 24)).unwrap();
    let mut screen = Frames::new(&mut terminal);
    screen.draw(&app, clock.now(), false).unwrap();
    // The terminal grows; the next beat finds a frame of the old size.
    screen.terminal.backend_mut().resize(120, 40);
    clock.advance_secs(1);
    screen.draw(&app, clock.now(), true).unwrap();
    assert_eq!(
        screen.terminal.backend().buffer(),
        &whole(&app, &clock, (120, 40))
    );
    // Help opens over the screen: a beat draws it, not the timer over it.
    press(&mut app, &clock, '?');
    screen.draw(&app, clock.now(), false).unwrap();
    clock.advance_secs(1);
    screen.draw(&app, clock.now(), true).unwrap();
    assert_eq!(
        screen.terminal.backend().buffer(),
        &whole(&app, &clock, (120, 40))
    );
    assert!(screen.beat.is_none());
}
