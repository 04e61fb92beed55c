//! A live session as the screen tests set it up: a frozen plan, the demo
//! network with fixed roles, the app around it, keys and a drawn frame.

use crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use runde::clock::{Clock, FakeClock};
use runde::engine::{Msg, NewSession, Session};
use runde::model::{Network, Plan};
use runde::text::Lang;
use runde::ui::app::{App, Screen};
use runde::ui::screens::live::LiveScreen;
use runde::ui::style::Styles;

/// A frozen copy of the standard plan, so the plan's wording can change
/// without moving these snapshots.
pub fn plan() -> Plan {
    let src = include_str!("../fixtures/live_plan.ron");
    runde::store::parse::parse(std::path::Path::new("live_plan.ron"), src.as_bytes()).unwrap()
}

/// The demo network, everyone present: Anne facilitates, Carla gives the
/// case, Bo interviews.
pub fn session(clock: &FakeClock) -> Session {
    let mut new = NewSession::with_everyone(plan(), Network::demo());
    new.roles.facilitator = Some("Anne".into());
    new.roles.case_givers = vec!["Carla".into()];
    new.roles.interviewers = vec!["Bo".into()];
    Session::start(new, clock)
}

pub fn send(s: &mut Session, clock: &FakeClock, msgs: &[Msg]) {
    for m in msgs {
        s.update(m.clone(), clock);
    }
}

/// The check-in round with Anne speaking `secs` into her turn.
pub fn check_in(clock: &FakeClock, secs: u64) -> Session {
    let mut s = session(clock);
    send(&mut s, clock, &[Msg::NextStep, Msg::NextSpeaker]);
    clock.advance_secs(secs);
    s
}

pub fn live_app(session: Session, lang: Lang) -> App {
    App::new(
        Screen::Live(Box::new(LiveScreen::new(session, true))),
        lang,
        Styles::default(),
        true,
    )
}

/// The frame `app` draws at `w`x`h`, as text.
pub fn draw(app: &App, clock: &FakeClock, (w, h): (u16, u16)) -> String {
    let mut terminal = Terminal::new(TestBackend::new(w, h)).unwrap();
    terminal
        .draw(|f| app.render(f.area(), f.buffer_mut(), clock.now()))
        .unwrap();
    terminal.backend().to_string()
}

pub fn key(app: &mut App, clock: &FakeClock, code: KeyCode) {
    let event = Event::Key(KeyEvent::new(code, KeyModifiers::NONE));
    app.handle_event(event, clock);
}

/// A key with Ctrl held (Ctrl-x, Ctrl-w …).
pub fn ctrl(app: &mut App, clock: &FakeClock, c: char) {
    let event = Event::Key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL));
    app.handle_event(event, clock);
}

pub fn live(app: &mut App) -> &mut LiveScreen {
    app.live_mut().unwrap()
}
