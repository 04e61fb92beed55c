//! Today's roles on the live screen and the room view: named on every step,
//! and in each supervision phase beside who speaks and who listens, at
//! 80x24 and 120x40, in Danish and English.
// A test stops on a failed set-up: it may unwrap.
#![allow(clippy::unwrap_used, clippy::expect_used)]

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

fn keys(app: &mut App, clock: &FakeClock, text: &str) {
    for c in text.chars() {
        key(app, clock, KeyCode::Char(c));
    }
}

fn record(app: &mut App) -> runde::model::record::Record {
    common::live::live(app).session.record().clone()
}

#[test]
fn r_hands_a_role_on_with_a_reason_kept_in_the_record() {
    let clock = FakeClock::default();
    let mut app = live_app(at_phase(&clock, 0), Lang::Da);
    key(&mut app, &clock, KeyCode::Char('R'));
    let boxed = draw(&app, &clock, (80, 24));
    assert!(boxed.contains("▸ tovholder"), "{boxed}");
    insta::assert_snapshot!("roles_box_80x24_da", boxed);
    // Down to the interviewer: facilitator, note-taker, timekeeper, case-giver.
    for _ in 0..4 {
        key(&mut app, &clock, KeyCode::Down);
    }
    key(&mut app, &clock, KeyCode::Enter);
    insta::assert_snapshot!("hand_over_80x24_da", draw(&app, &clock, (80, 24)));
    keys(&mut app, &clock, "Gus");
    key(&mut app, &clock, KeyCode::Enter);
    keys(&mut app, &clock, "Erik er hæs");
    key(&mut app, &clock, KeyCode::Enter);
    let r = record(&mut app);
    assert_eq!(r.roles.interviewers, ["Gustav"]);
    let o = r.rotation_overrides.last().unwrap();
    assert_eq!(
        (
            o.role.as_str(),
            o.suggested.as_deref(),
            o.chosen.as_str(),
            o.reason.as_str()
        ),
        ("interviewer", Some("Erik"), "Gustav", "Erik er hæs")
    );
    assert!(app.popups.top().is_none());
}

#[test]
fn d_asks_who_takes_over_before_anyone_leaves() {
    let clock = FakeClock::default();
    let mut app = live_app(at_phase(&clock, 1), Lang::Da);
    key(&mut app, &clock, KeyCode::Char('d'));
    keys(&mut app, &clock, "Erik");
    key(&mut app, &clock, KeyCode::Enter);
    let asked = draw(&app, &clock, (80, 24));
    assert!(
        asked.contains("Erik går: hvem tager over som interviewer?"),
        "{asked}"
    );
    assert!(
        record(&mut app).present().contains(&"Erik".to_string()),
        "not yet"
    );
    // The case-giver cannot ask her own questions: said, and the question
    // stays (typing replaces the offer).
    keys(&mut app, &clock, "Dorte");
    key(&mut app, &clock, KeyCode::Enter);
    let refused = draw(&app, &clock, (80, 24));
    assert!(
        refused.contains("Dorte er allerede fokusperson"),
        "{refused}"
    );
    // Esc: nothing happened, Erik is still here and still interviews.
    key(&mut app, &clock, KeyCode::Esc);
    let r = record(&mut app);
    assert!(r.present().contains(&"Erik".to_string()));
    assert_eq!(r.roles.interviewers, ["Erik"]);
    // Again, taking the offer (Gustav holds no role today).
    key(&mut app, &clock, KeyCode::Char('d'));
    keys(&mut app, &clock, "Erik");
    key(&mut app, &clock, KeyCode::Enter);
    key(&mut app, &clock, KeyCode::Enter);
    let r = record(&mut app);
    assert!(!r.present().contains(&"Erik".to_string()));
    assert_eq!(r.roles.interviewers, ["Gustav"]);
    let o = r.rotation_overrides.last().unwrap();
    // Kept as a fact, told in the language of whoever reads it.
    assert_eq!(o.cause, Some(runde::model::record::HandOverCause::Left));
    assert_eq!(o.reason, "");
    let screen = draw(&app, &clock, (80, 24));
    assert!(screen.contains("Taler: interviewer Gustav"), "{screen}");
}

#[test]
fn a_case_giver_who_leaves_is_offered_the_reserve() {
    let clock = FakeClock::default();
    let mut s = session(&clock);
    send(&mut s, &clock, &[Msg::NextStep]);
    let mut app = live_app(s, Lang::En);
    key(&mut app, &clock, KeyCode::Char('d'));
    keys(&mut app, &clock, "Dorte");
    key(&mut app, &clock, KeyCode::Enter);
    let asked = draw(&app, &clock, (80, 24));
    assert!(
        asked.contains("Dorte leaves: who takes over as case-giver?"),
        "{asked}"
    );
    assert!(asked.contains("Fatima"), "the reserve is offered: {asked}");
    key(&mut app, &clock, KeyCode::Enter);
    let r = record(&mut app);
    assert_eq!(r.roles.case_givers, ["Fatima"]);
    assert_eq!(r.roles.reserve, None);
}

/// At 80 columns the prompts that ask for a name list everyone who can be
/// meant: first names where whole names do not fit, never cut off.
#[test]
fn the_name_prompts_list_everyone_present_at_80x24() {
    let clock = FakeClock::default();
    let names = [
        "Anna Holm",
        "Bo Jensen",
        "Carl Berg",
        "Dorte Østergaard",
        "Erik Lund",
        "Frida Møller",
        "Gustav Krogh",
        "Hanne Bech",
    ];
    let mut new = NewSession::with_everyone(plan(), Network::new("Ledere", &names));
    new.roles = Roles {
        facilitator: Some("Anna Holm".into()),
        note_taker: Some("Hanne Bech".into()),
        case_givers: vec!["Bo Jensen".into()],
        interviewers: vec!["Dorte Østergaard".into()],
        ..Roles::default()
    };
    let mut app = live_app(Session::start(new, &clock), Lang::Da);
    key(&mut app, &clock, KeyCode::Char('d'));
    let asked = draw(&app, &clock, (80, 24));
    assert!(
        asked.contains("Her nu: Anna, Bo, Carl, Dorte, Erik, Frida, Gustav, Hanne"),
        "{asked}"
    );
    keys(&mut app, &clock, "Dorte");
    key(&mut app, &clock, KeyCode::Enter);
    let take_over = draw(&app, &clock, (80, 24));
    assert!(
        take_over.contains("Her nu: Anna, Bo, Carl, Erik, Frida, Gustav, Hanne"),
        "{take_over}"
    );
}

#[test]
fn a_role_handed_on_in_a_danish_meeting_reads_in_english_minutes() {
    // The trial: »(Gustav gik kl. 06.44)« in English minutes.
    let clock = FakeClock::default();
    let mut app = live_app(at_phase(&clock, 1), Lang::Da);
    key(&mut app, &clock, KeyCode::Char('d'));
    keys(&mut app, &clock, "Erik");
    key(&mut app, &clock, KeyCode::Enter);
    key(&mut app, &clock, KeyCode::Enter);
    let r = record(&mut app).clone();
    assert!(!r.present().contains(&"Erik".to_string()));
    let minutes = |lang| runde::export::minutes(&r, &[], &runde::export::MinutesOptions::new(lang));
    let en = minutes(Lang::En);
    assert!(en.contains("(Erik left at 09:00)"), "{en}");
    assert!(!en.contains(" gik "), "{en}");
    let da = minutes(Lang::Da);
    assert!(da.contains("(Erik gik kl. 09.00)"), "{da}");
}
