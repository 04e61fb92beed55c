//! Snapshots of the live screen in every state, at 80x24 and 120x40, in
//! Danish and English, with a fake clock. The screen driven from the
//! keyboard: `live_keys.rs`.
// A test stops on a failed set-up: it may unwrap.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::live::{check_in, draw, key, live, live_app, plan, send, session};
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use runde::clock::{Clock, FakeClock};
use runde::engine::{Msg, NewNote};
use runde::model::Network;
use runde::model::plan::NoteKind;
use runde::text::Lang;
use runde::ui::app::{App, Screen};
use runde::ui::screens::home::HomeScreen;
use runde::ui::style::Styles;

const SIZES: [(u16, u16); 2] = [(80, 24), (120, 40)];
const LANGS: [Lang; 2] = [Lang::Da, Lang::En];

/// Snapshot one state at both sizes in both languages.
fn snap_all(state: &str, make: impl Fn(&FakeClock, Lang) -> App) {
    for lang in LANGS {
        for size in SIZES {
            let clock = FakeClock::default();
            let app = make(&clock, lang);
            let name = format!("{state}_{}x{}_{}", size.0, size.1, lang.code());
            insta::assert_snapshot!(name, draw(&app, &clock, size));
        }
    }
}

#[test]
fn running() {
    snap_all("running", |c, lang| live_app(check_in(c, 20), lang));
}

#[test]
fn paused() {
    snap_all("paused", |c, lang| {
        let mut s = check_in(c, 20);
        send(&mut s, c, &[Msg::TogglePause]);
        c.advance_secs(300);
        live_app(s, lang)
    });
}

#[test]
fn last_minute() {
    snap_all("last_minute", |c, lang| {
        let mut s = session(c);
        c.advance_secs(4 * 60 + 15);
        send(&mut s, c, &[]);
        live_app(s, lang)
    });
}

#[test]
fn overtime() {
    snap_all("overtime", |c, lang| {
        live_app(check_in(c, 3 * 60 + 5), lang)
    });
}

/// Paused with the turn over its time: it says both, and stands there.
#[test]
fn paused_in_overtime() {
    snap_all("paused_overtime", |c, lang| {
        let mut s = check_in(c, 3 * 60 + 14);
        send(&mut s, c, &[Msg::TogglePause]);
        c.advance_secs(300);
        live_app(s, lang)
    });
    let clock = FakeClock::default();
    let mut s = check_in(&clock, 3 * 60 + 14);
    send(&mut s, &clock, &[Msg::TogglePause]);
    let screen = draw(&live_app(s, Lang::Da), &clock, (80, 24));
    assert!(
        screen.contains("STOPPET") && screen.contains("OVER TID"),
        "{screen}"
    );
}

#[test]
fn round_with_queue_and_passes() {
    snap_all("round_passes", |c, lang| {
        let mut s = check_in(c, 30);
        send(&mut s, c, &[Msg::Pass, Msg::NextSpeaker, Msg::Pass]);
        send(&mut s, c, &[Msg::NextSpeaker, Msg::NextSpeaker]);
        c.advance_secs(12);
        live_app(s, lang)
    });
}

#[test]
fn supervision_with_roles() {
    snap_all("supervision", |c, lang| {
        let mut s = session(c);
        for _ in 0..5 {
            send(&mut s, c, &[Msg::NextStep]);
        }
        send(&mut s, c, &[Msg::NextStep, Msg::NextStep, Msg::NextSpeaker]);
        c.advance_secs(40);
        live_app(s, lang)
    });
}

#[test]
fn note_input() {
    snap_all("note_input", |c, lang| {
        let mut s = check_in(c, 20);
        s.update(
            Msg::AddNote(NewNote {
                kind: NoteKind::Decision,
                text: "Næste møde hos Bo i Ærøskøbing".into(),
                private: false,
                owner: None,
                due: None,
                about: runde::engine::About::Speaker,
            }),
            c,
        );
        let mut app = live_app(s, lang);
        key(&mut app, c, KeyCode::Char('i'));
        for ch in "Send dagsorden @Bo !15/12".chars() {
            key(&mut app, c, KeyCode::Char(ch));
        }
        // the check-in opens on "parked": three steps on to an action
        for _ in 0..3 {
            key(&mut app, c, KeyCode::Tab);
        }
        app
    });
}

#[test]
fn note_input_bad_date() {
    snap_all("note_input_bad_date", |c, lang| {
        let mut app = live_app(check_in(c, 20), lang);
        key(&mut app, c, KeyCode::Char('i'));
        for _ in 0..3 {
            key(&mut app, c, KeyCode::Tab);
        }
        for ch in "Ring til Anne !31/2".chars() {
            key(&mut app, c, KeyCode::Char(ch));
        }
        app
    });
}

#[test]
fn an_action_shows_its_owner_and_due_date_in_the_notes() {
    for (lang, due) in [(Lang::Da, "frist 15/12"), (Lang::En, "due 15/12")] {
        let clock = FakeClock::default();
        let mut app = live_app(check_in(&clock, 20), lang);
        key(&mut app, &clock, KeyCode::Char('i'));
        for _ in 0..3 {
            key(&mut app, &clock, KeyCode::Tab);
        }
        for ch in "Send dagsorden @Bo !15/12".chars() {
            key(&mut app, &clock, KeyCode::Char(ch));
        }
        key(&mut app, &clock, KeyCode::Enter);
        let screen = draw(&app, &clock, (80, 24));
        assert!(
            screen.contains(&format!("Send dagsorden → Bo · {due}")),
            "{screen}"
        );
    }
}

#[test]
fn help_overlay() {
    snap_all("help", |c, lang| {
        let mut app = live_app(check_in(c, 20), lang);
        key(&mut app, c, KeyCode::Char('?'));
        app
    });
}

#[test]
fn room_view() {
    snap_all("room", |c, lang| {
        let mut s = check_in(c, 20);
        s.update(
            Msg::AddNote(NewNote {
                kind: NoteKind::Note,
                text: "FORTROLIGT".into(),
                private: true,
                owner: None,
                due: None,
                about: runde::engine::About::Speaker,
            }),
            c,
        );
        let mut app = live_app(s, lang);
        key(&mut app, c, KeyCode::Char('v'));
        app
    });
}

#[test]
fn room_view_never_shows_a_note() {
    let clock = FakeClock::default();
    let mut s = check_in(&clock, 20);
    s.update(
        Msg::AddNote(NewNote {
            kind: NoteKind::Note,
            text: "FORTROLIGT".into(),
            private: false,
            owner: None,
            due: None,
            about: runde::engine::About::Speaker,
        }),
        &clock,
    );
    let mut app = live_app(s, Lang::En);
    assert!(draw(&app, &clock, (120, 40)).contains("FORTROLIGT"));
    key(&mut app, &clock, KeyCode::Char('v'));
    for size in SIZES {
        assert!(!draw(&app, &clock, size).contains("FORTROLIGT"));
    }
}

#[test]
fn too_small() {
    for lang in LANGS {
        let clock = FakeClock::default();
        let app = live_app(check_in(&clock, 20), lang);
        let text = draw(&app, &clock, (60, 20));
        insta::assert_snapshot!(format!("too_small_{}", lang.code()), text);
        for size in [(79, 40), (120, 23), (1, 1), (3, 200)] {
            let _ = draw(&app, &clock, size);
        }
    }
}

#[test]
fn home() {
    snap_all("home", |_, lang| {
        let plans = vec![plan()];
        App::new(
            Screen::Home(Box::new(HomeScreen::new(
                vec![Network::demo()],
                plans,
                None,
            ))),
            lang,
            Styles::default(),
            true,
        )
    });
}

/// After an interruption the cursor is on Resume, and the meeting to
/// resume is said on one line of the box, at 80 columns too.
#[test]
fn home_with_a_meeting_to_resume() {
    let make = |clock: &FakeClock, lang| {
        let record = check_in(clock, 20).record().clone();
        App::new(
            Screen::Home(Box::new(HomeScreen::new(
                vec![Network::demo()],
                vec![plan()],
                Some(record),
            ))),
            lang,
            Styles::default(),
            true,
        )
    };
    for lang in LANGS {
        for size in SIZES {
            let clock = FakeClock::default();
            let frame = draw(&make(&clock, lang), &clock, size);
            let (resume, step) = match lang {
                Lang::Da => ("▶ Genoptag", "punkt 2"),
                _ => ("▶ Resume", "step 2"),
            };
            let line = frame.lines().find(|l| l.contains(resume));
            assert!(
                line.is_some_and(|l| l.contains(step)),
                "{size:?} {lang:?}: the cursor on Resume, the meeting on its line:\n{frame}"
            );
        }
    }
    snap_all("home_resume", make);
}

#[test]
fn state_colours_follow_the_timer() {
    use ratatui::style::Color;
    let styles = Styles::default();
    let colour_at = |secs: u64, paused: bool| {
        let clock = FakeClock::default();
        let mut s = check_in(&clock, secs);
        if paused {
            s.update(Msg::TogglePause, &clock);
        }
        let app = live_app(s, Lang::En);
        let mut terminal = Terminal::new(TestBackend::new(120, 40)).unwrap();
        terminal
            .draw(|f| app.render(f.area(), f.buffer_mut(), clock.now()))
            .unwrap();
        let buf = terminal.backend().buffer().clone();
        // the first drawn cell of the big digits
        (0..40u16)
            .flat_map(|y| (40..100u16).map(move |x| (x, y)))
            .find(|&(x, y)| buf[(x, y)].symbol().contains('█'))
            .map(|(x, y)| buf[(x, y)].fg)
            .unwrap()
    };
    assert_eq!(colour_at(10, false), styles.timer_ok.fg.unwrap());
    assert_eq!(colour_at(30, false), styles.timer_warn.fg.unwrap());
    assert_eq!(colour_at(200, false), styles.timer_over.fg.unwrap());
    assert_eq!(colour_at(10, true), styles.timer_paused.fg.unwrap());
    assert_ne!(styles.timer_over.fg, Some(Color::Reset));
}

#[test]
fn a_failed_save_is_shown_at_once_retried_and_quitting_asks() {
    use runde::ui::screens::live::{Outcome, RETRY};
    for lang in LANGS {
        let clock = FakeClock::default();
        let mut app = live_app(check_in(&clock, 20), lang);
        let full = runde::store::StoreError::Io {
            path: "/data/records/x.ron".into(),
            error: std::io::Error::new(std::io::ErrorKind::StorageFull, "No space left on device"),
        };
        live(&mut app).saved(Err(full.describe(lang)), clock.now());
        let name = format!("save_failed_80x24_{}", lang.code());
        insta::assert_snapshot!(name, draw(&app, &clock, (80, 24)));
        clock.advance(RETRY);
        assert!(app.tick(&clock).contains(&Outcome::Save), "retried");
        key(&mut app, &clock, KeyCode::Char('q'));
        let name = format!("quit_unsaved_80x24_{}", lang.code());
        insta::assert_snapshot!(name, draw(&app, &clock, (80, 24)));
        let event =
            crossterm::event::Event::Key(KeyEvent::new(KeyCode::Char('y'), KeyModifiers::NONE));
        assert_eq!(app.handle_event(event, &clock).0, vec![Outcome::Quit]);
    }
}

/// Troika has a client and consultants, not a case-giver and a reflecting
/// team: the live screen and the room view speak the method's language.
/// The trios work side by side and everyone is client once, so nobody is
/// named as the client: the roles go round in each group.
#[test]
fn troika_names_its_client_and_consultants() {
    let troika = runde::bundled::PLANS
        .iter()
        .find(|(id, _)| *id == "troika")
        .map(|(_, src)| ron::from_str::<runde::model::Plan>(src).unwrap())
        .unwrap();
    let clock = FakeClock::default();
    let mut new = runde::engine::NewSession::with_everyone(troika, Network::demo());
    new.roles.facilitator = Some("Anne".into());
    // A case-giver from an older record or a hand: still nobody's role here.
    new.roles.case_givers = vec!["Carla".into()];
    let mut s = runde::engine::Session::start(new, &clock);
    // Past the silent thinking, into "the client explains".
    send(&mut s, &clock, &[Msg::NextStep]);
    let mut app = live_app(s, Lang::Da);
    let screen = draw(&app, &clock, (120, 40));
    let lines: Vec<&str> = screen
        .lines()
        .map(|l| l.trim_matches('"').trim_end())
        .collect();
    assert!(
        lines.iter().any(|l| l.ends_with("│ Taler: klient")),
        "{screen}"
    );
    assert!(
        lines.iter().any(|l| l.ends_with("│ Lytter: konsulenter")),
        "{screen}"
    );
    assert!(screen.contains("(klient 1 af 4)"), "{screen}");
    assert!(!screen.contains("Carla"), "nobody is the client: {screen}");
    assert!(
        screen.contains("⚑ klienten taler – de andre lytter"),
        "{screen}"
    );
    assert!(!screen.contains("fokusperson"), "{screen}");
    key(&mut app, &clock, KeyCode::Char('v'));
    let room = draw(&app, &clock, (120, 40));
    assert!(room.contains("klienten taler – de andre lytter"), "{room}");
    assert!(room.contains("Taler: klient"), "{room}");
    assert!(!room.contains("Carla"), "{room}");
}
