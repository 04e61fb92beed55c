//! Today's roles on the live screen and the room view: named on every step,
//! and in each supervision phase beside who speaks and who listens, at
//! 80x24 and 120x40, in Danish and English.

mod common;

use common::live::{draw, key, live_app, plan, send};
use crossterm::event::KeyCode;
use runde::clock::FakeClock;
use runde::engine::{Msg, NewSession, Session};
use runde::model::Network;
use runde::model::record::Roles;
use runde::text::Lang;
use runde::ui::app::App;

const SIZES: [(u16, u16); 2] = [(80, 24), (120, 40)];
const LANGS: [Lang; 2] = [Lang::Da, Lang::En];

/// The demo network with every role of the day given.
fn session(clock: &FakeClock) -> Session {
    let mut new = NewSession::with_everyone(plan(), Network::demo());
    new.roles = Roles {
        facilitator: Some("Anne".into()),
        note_taker: Some("Bo".into()),
        timekeeper: Some("Carla".into()),
        case_givers: vec!["Dorte".into()],
        interviewers: vec!["Erik".into()],
        reserve: Some("Fatima".into()),
        ..Roles::default()
    };
    Session::start(new, clock)
}

/// The supervision step of the frozen standard plan.
const SUPERVISION: usize = 5;

fn at_phase(clock: &FakeClock, phase: usize) -> Session {
    let mut s = session(clock);
    while (s.step_index(), s.phase_index()) != (SUPERVISION, phase) {
        send(&mut s, clock, &[Msg::NextStep]);
    }
    if s.has_turns() {
        send(&mut s, clock, &[Msg::NextSpeaker]);
    }
    clock.advance_secs(30);
    s
}

fn snap_all(state: &str, make: impl Fn(&FakeClock, Lang) -> App) {
    for lang in LANGS {
        for size in SIZES {
            let clock = FakeClock::default();
            let app = make(&clock, lang);
            let name = format!("{state}_{}x{}_{}", size.0, size.1, lang.code());
            let screen = draw(&app, &clock, size);
            insta::assert_snapshot!(name, screen);
        }
    }
}

#[test]
fn a_plain_step_names_every_role_of_the_day() {
    snap_all("roles_check_in", |c, lang| {
        let mut s = session(c);
        send(&mut s, c, &[Msg::NextStep, Msg::NextSpeaker]);
        c.advance_secs(20);
        live_app(s, lang)
    });
    for lang in LANGS {
        let clock = FakeClock::default();
        let mut s = session(&clock);
        send(&mut s, &clock, &[Msg::NextStep]);
        let screen = draw(&live_app(s, lang), &clock, (80, 24));
        for name in ["Anne", "Bo", "Carla", "Dorte", "Erik", "Fatima"] {
            assert!(screen.contains(name), "{name} at 80x24:\n{screen}");
        }
    }
}

#[test]
fn every_supervision_phase_names_who_speaks_and_who_listens() {
    let phases = at_phase(&FakeClock::default(), 0).phases().len();
    for phase in 0..phases {
        snap_all(&format!("roles_phase_{}", phase + 1), |c, lang| {
            live_app(at_phase(c, phase), lang)
        });
    }
    // At 80x24 the interview names its interviewer, case-giver and team.
    let clock = FakeClock::default();
    let screen = draw(&live_app(at_phase(&clock, 1), Lang::Da), &clock, (80, 24));
    assert!(
        screen.contains("Taler: interviewer Erik · fokusperson Dorte"),
        "{screen}"
    );
    assert!(
        screen.contains("Lytter: reflekterende team (Carla, Fatima,"),
        "{screen}"
    );
    assert!(screen.contains(" Helle)"), "{screen}");
}

#[test]
fn the_room_view_names_the_roles() {
    snap_all("room_roles_check_in", |c, lang| {
        let mut s = session(c);
        send(&mut s, c, &[Msg::NextStep, Msg::NextSpeaker]);
        let mut app = live_app(s, lang);
        key(&mut app, c, KeyCode::Char('v'));
        app
    });
    snap_all("room_roles_interview", |c, lang| {
        let mut app = live_app(at_phase(c, 1), lang);
        key(&mut app, c, KeyCode::Char('v'));
        app
    });
}
