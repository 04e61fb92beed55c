//! The room view never shows a note or what is being typed: every kind of
//! popup is opened over it, text is typed where it can be, and no frame
//! that shows the room view holds the text. A popup that can show text
//! puts the live screen (the facilitator's own) in its place until it
//! closes.
// A test stops on a failed set-up: it may unwrap.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::live::{check_in, draw, key, live_app, send};
use crossterm::event::KeyCode;
use runde::clock::FakeClock;
use runde::engine::{Msg, NewNote, NewSession, Session};
use runde::model::Network;
use runde::model::plan::{NoteKind, StepPurpose};
use runde::text::Lang;
use runde::ui::app::App;
use runde::ui::popup::Popup;
use runde::ui::screens::live_popup::LivePopup;

/// Typed into every input that opens.
const TYPED: &str = "Dorte sygemeldt";
/// A note taken before the room view opened.
const NOTE: &str = "Konflikt med forvaltningen";

/// The name of each kind of popup that can be open over the live screen.
/// The match has no wildcard: a new kind does not compile until it is
/// named here, and the test below then fails until it is opened too.
fn kind(popup: &Popup) -> &'static str {
    match popup {
        Popup::Help(_) => "help",
        Popup::Live(live) => match live.as_ref() {
            LivePopup::Note(_) => "note",
            LivePopup::Name(_) => "name",
            LivePopup::NextField(_) => "next meeting field",
            LivePopup::Guidance(_) => "guidance",
            LivePopup::Confirm(_) => "question",
            LivePopup::Roles(_) => "roles",
            LivePopup::HandOver(_) => "hand over",
            LivePopup::Private(_) => "private actions",
            LivePopup::Notes(_) => "today's notes",
            LivePopup::Moved(_) => "moved to when",
        },
        // Not the live screen's: never over the room view.
        Popup::Network(_) => "network",
        Popup::Home(_) => "home",
        Popup::Review(_) => "review",
    }
}

const LIVE_KINDS: [&str; 11] = [
    "help",
    "note",
    "name",
    "next meeting field",
    "guidance",
    "question",
    "roles",
    "hand over",
    "private actions",
    "today's notes",
    "moved to when",
];

/// The check-in with a note taken, in the room view.
fn in_the_room(clock: &FakeClock, lang: Lang) -> App {
    let mut s = check_in(clock, 20);
    let note = NewNote {
        kind: NoteKind::Note,
        text: NOTE.into(),
        private: false,
        owner: None,
        due: None,
        about: runde::engine::About::Speaker,
    };
    send(&mut s, clock, &[Msg::AddNote(note)]);
    let mut app = live_app(s, lang);
    key(&mut app, clock, KeyCode::Char('v'));
    app
}

/// The standard plan's agreement step, where `e` edits the next meeting,
/// in the room view.
fn agreeing_in_the_room(clock: &FakeClock, lang: Lang) -> App {
    let new = NewSession::with_everyone(common::standard_plan(), Network::demo());
    let mut s = Session::start(new, clock);
    let steps = s.record().plan.steps.len();
    for _ in 0..steps * 4 {
        if s.step().purpose == Some(StepPurpose::NextMeeting) {
            break;
        }
        send(&mut s, clock, &[Msg::NextStep]);
    }
    assert_eq!(s.step().purpose, Some(StepPurpose::NextMeeting));
    let mut app = live_app(s, lang);
    key(&mut app, clock, KeyCode::Char('v'));
    app
}

/// "Since last time" with a private action of an earlier meeting, whose
/// text is the note's, in the room view.
fn following_up_in_the_room(clock: &FakeClock, lang: Lang) -> App {
    let new = NewSession::with_everyone(common::standard_plan(), Network::demo());
    let mut s = Session::start(new, clock);
    for _ in 0..s.record().plan.steps.len() * 4 {
        if s.step().purpose == Some(StepPurpose::SinceLastTime) {
            break;
        }
        send(&mut s, clock, &[Msg::NextStep]);
    }
    assert_eq!(s.step().purpose, Some(StepPurpose::SinceLastTime));
    let mut app = live_app(s, lang);
    common::live::live(&mut app).open_actions = vec![runde::model::open_action::OpenAction {
        session: "2026-10-01-0900-demo-standard".into(),
        date: chrono::NaiveDate::from_ymd_opt(2026, 10, 1).unwrap(),
        note: 1,
        text: NOTE.into(),
        owner: Some("Carla".into()),
        due: None,
        private: true,
        status: runde::model::record::ActionStatus::Open,
    }];
    key(&mut app, clock, KeyCode::Char('v'));
    app
}

/// The live screen (not the room view) is drawn: its step list marks the
/// current step.
fn live_screen_drawn(frame: &str) -> bool {
    frame.contains("▶ ")
}

fn type_text(app: &mut App, clock: &FakeClock) {
    for c in TYPED.chars() {
        key(app, clock, KeyCode::Char(c));
    }
}

/// Where a case starts, and the keys that open its popup.
type Start = fn(&FakeClock, Lang) -> App;
type Open = fn(&mut App, &FakeClock);

#[test]
fn no_popup_puts_a_note_or_typed_text_on_the_room_view() {
    let mut opened: Vec<&str> = Vec::new();
    for lang in [Lang::Da, Lang::En] {
        let clock = FakeClock::default();
        let room = draw(&in_the_room(&clock, lang), &clock, (80, 24));
        assert!(!live_screen_drawn(&room), "the room view first:\n{room}");
        assert!(!room.contains(NOTE), "{room}");

        // Each way in: the keys that open a popup, text typed into it.
        let ways: [(Start, Open); 16] = [
            // A private action moved: the date input names it.
            (following_up_in_the_room, |a, c| {
                key(a, c, KeyCode::Char('o'));
                key(a, c, KeyCode::Char('2'));
                type_text(a, c);
            }),
            (in_the_room, |a, c| key(a, c, KeyCode::Char('I'))),
            // Correcting the note: its text is in the input.
            (in_the_room, |a, c| {
                key(a, c, KeyCode::Char('I'));
                key(a, c, KeyCode::Enter);
            }),
            // The question before deleting it quotes it.
            (in_the_room, |a, c| {
                key(a, c, KeyCode::Char('I'));
                key(a, c, KeyCode::Char('x'));
            }),
            (in_the_room, |a, c| key(a, c, KeyCode::Char('R'))),
            (in_the_room, |a, c| {
                key(a, c, KeyCode::Char('R'));
                key(a, c, KeyCode::Enter);
                type_text(a, c);
            }),
            (following_up_in_the_room, |a, c| {
                key(a, c, KeyCode::Char('o'))
            }),
            (in_the_room, |a, c| key(a, c, KeyCode::Char('?'))),
            (in_the_room, |a, c| {
                key(a, c, KeyCode::Char('i'));
                type_text(a, c);
            }),
            (in_the_room, |a, c| {
                key(a, c, KeyCode::Char('a'));
                type_text(a, c);
            }),
            (in_the_room, |a, c| {
                key(a, c, KeyCode::Char('d'));
                type_text(a, c);
            }),
            (agreeing_in_the_room, |a, c| {
                key(a, c, KeyCode::Char('e'));
                type_text(a, c);
            }),
            (in_the_room, |a, c| key(a, c, KeyCode::Char('g'))),
            (in_the_room, |a, c| key(a, c, KeyCode::Char('q'))),
            // Esc with a note typed: the question over the input.
            (in_the_room, |a, c| {
                key(a, c, KeyCode::Char('i'));
                type_text(a, c);
                key(a, c, KeyCode::Esc);
            }),
            // A question over an input: the input's text stays off the
            // room view while the question is asked.
            (in_the_room, |a, c| {
                key(a, c, KeyCode::Char('i'));
                type_text(a, c);
                let ask = runde::ui::popup::Confirm::new(
                    runde::ui::screens::live_popup::LiveQuestion::Finish { charter: None },
                );
                a.popups.open(LivePopup::Confirm(ask));
            }),
        ];
        for (start, open) in ways {
            let mut app = start(&clock, lang);
            open(&mut app, &clock);
            let top = app.popups.top().expect("a popup opened");
            opened.push(kind(top));
            let private = !app.popups.room_view_allowed();
            for size in [(80, 24), (120, 40)] {
                let frame = draw(&app, &clock, size);
                if live_screen_drawn(&frame) {
                    assert!(private, "{}: the room view gave way for nothing", kind(top));
                    continue;
                }
                assert!(
                    !frame.contains(TYPED),
                    "{}: typed text on the room view:\n{frame}",
                    kind(top)
                );
                assert!(
                    !frame.contains(NOTE),
                    "{}: a note on the room view:\n{frame}",
                    kind(top)
                );
            }
        }
    }
    for kind in LIVE_KINDS {
        assert!(
            opened.contains(&kind),
            "{kind} was never opened over the room view"
        );
    }
}

#[test]
fn the_room_view_comes_back_when_the_input_closes() {
    let clock = FakeClock::default();
    let mut app = in_the_room(&clock, Lang::Da);
    key(&mut app, &clock, KeyCode::Char('d'));
    type_text(&mut app, &clock);
    assert!(live_screen_drawn(&draw(&app, &clock, (80, 24))));
    key(&mut app, &clock, KeyCode::Esc);
    let frame = draw(&app, &clock, (80, 24));
    assert!(!live_screen_drawn(&frame), "{frame}");
    assert!(!frame.contains(TYPED), "{frame}");
}
