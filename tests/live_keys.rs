//! The live screen driven from the keyboard with a fake clock: saving and
//! its warning, the bell at zero, quitting and finishing, arrivals and
//! departures, the way in from home, and when the loop wakes. The
//! snapshots of every state: `live_screen.rs`.
// A test stops on a failed set-up: it may unwrap.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::live::{check_in, draw, key, live, live_app, session};
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use runde::clock::{Clock, FakeClock};
use runde::engine::Msg;
use runde::model::Network;
use runde::text::Lang;
use runde::ui::app::{App, Screen};
use runde::ui::screens::home::HomeScreen;
use runde::ui::style::Styles;

#[test]
fn a_good_save_clears_the_warning_and_stops_retrying() {
    use runde::ui::screens::live::Outcome;
    let clock = FakeClock::default();
    let mut app = live_app(check_in(&clock, 20), Lang::En);
    app.tick(&clock);
    live(&mut app).saved(Err("read-only".into()), clock.now());
    live(&mut app).saved(Ok(()), clock.now());
    assert!(!draw(&app, &clock, (80, 24)).contains("NOT SAVED"));
    clock.advance_secs(3);
    assert!(!app.tick(&clock).contains(&Outcome::Save));
}

#[test]
fn zero_rings_the_bell_and_flashes_unless_switched_off() {
    use runde::ui::screens::live::Outcome;
    let clock = FakeClock::default();
    let mut app = live_app(check_in(&clock, 74), Lang::En);
    assert!(!app.tick(&clock).contains(&Outcome::Bell));
    clock.advance_secs(1);
    assert!(app.tick(&clock).contains(&Outcome::Bell));
    assert!(draw(&app, &clock, (80, 24)).contains("TIME IS UP"));
    clock.advance_secs(2);
    app.tick(&clock);
    assert!(
        !draw(&app, &clock, (80, 24)).contains("TIME IS UP"),
        "the flash ends"
    );

    key(&mut app, &clock, KeyCode::Char('m'));
    key(&mut app, &clock, KeyCode::Char('n'));
    clock.advance_secs(80);
    assert!(!app.tick(&clock).contains(&Outcome::Bell));
    assert!(draw(&app, &clock, (80, 24)).contains("Alert at zero: off"));
}

#[test]
fn quitting_asks_and_any_other_key_stays() {
    use runde::ui::screens::live::Outcome;
    let clock = FakeClock::default();
    let mut app = live_app(check_in(&clock, 20), Lang::Da);
    key(&mut app, &clock, KeyCode::Char('q'));
    assert!(draw(&app, &clock, (80, 24)).contains("Afslut?"));
    key(&mut app, &clock, KeyCode::Char('x'));
    assert!(!draw(&app, &clock, (80, 24)).contains("Afslut?"));
    key(&mut app, &clock, KeyCode::Char('q'));
    let event = crossterm::event::Event::Key(KeyEvent::new(KeyCode::Char('y'), KeyModifiers::NONE));
    assert_eq!(app.handle_event(event, &clock).0, vec![Outcome::Quit]);
}

#[test]
fn late_arrival_and_leaving_from_the_keyboard() {
    let clock = FakeClock::default();
    let mut app = live_app(check_in(&clock, 20), Lang::En);
    key(&mut app, &clock, KeyCode::Char('a'));
    for ch in "Ida".chars() {
        key(&mut app, &clock, KeyCode::Char(ch));
    }
    key(&mut app, &clock, KeyCode::Enter);
    let asked = draw(&app, &clock, (80, 24));
    assert!(asked.contains("Enter again: joins as a guest"), "{asked}");
    key(&mut app, &clock, KeyCode::Enter);
    assert_eq!(
        live(&mut app).session.queue().last().map(String::as_str),
        Some("Ida")
    );
    key(&mut app, &clock, KeyCode::Char('d'));
    for ch in "anne".chars() {
        key(&mut app, &clock, KeyCode::Char(ch));
    }
    key(&mut app, &clock, KeyCode::Enter);
    // Anne facilitates: who takes over is asked first; the offer is taken.
    let asked = draw(&app, &clock, (80, 24));
    assert!(
        asked.contains("Anne leaves: who takes over as facilitator?"),
        "{asked}"
    );
    key(&mut app, &clock, KeyCode::Enter);
    assert_eq!(live(&mut app).session.speaker(), Some("Bo"));
    assert!(draw(&app, &clock, (80, 24)).contains("8 present"));
}

#[test]
fn finishing_after_the_last_step_asks_first() {
    let clock = FakeClock::default();
    let mut s = session(&clock);
    let last = s.record().plan.steps.len() - 1;
    // supervision phases take a → each too
    while s.step_index() < last {
        s.update(Msg::NextStep, &clock);
    }
    let mut app = live_app(s, Lang::En);
    key(&mut app, &clock, KeyCode::Right);
    assert!(draw(&app, &clock, (80, 24)).contains("Finish the meeting?"));
    key(&mut app, &clock, KeyCode::Char('y'));
    assert!(live(&mut app).session.is_finished());
    assert!(draw(&app, &clock, (80, 24)).contains("The meeting is finished"));
}

#[test]
fn home_enter_then_attendance_enter_opens_the_first_step() {
    let clock = FakeClock::default();
    let home = HomeScreen::new(vec![Network::demo()], vec![common::live::plan()], None);
    let mut app = App::new(
        Screen::Home(Box::new(home)),
        Lang::En,
        Styles::default(),
        true,
    );
    key(&mut app, &clock, KeyCode::Enter);
    assert!(draw(&app, &clock, (80, 24)).contains("Attendance"));
    key(&mut app, &clock, KeyCode::Down);
    key(&mut app, &clock, KeyCode::Char(' '));
    key(&mut app, &clock, KeyCode::Enter);
    let screen = draw(&app, &clock, (80, 24));
    assert!(screen.contains("7 present"), "{screen}");
    assert!(screen.contains("▶ Welcome"), "{screen}");
    let record = app.live().unwrap().session.record();
    assert!(record.roles.case_givers.first().is_some_and(|c| c != "Bo"));
}

#[test]
fn the_loop_sleeps_while_paused_and_wakes_for_the_next_second_while_running() {
    let clock = FakeClock::default();
    let mut app = live_app(check_in(&clock, 20), Lang::En);
    clock.advance(std::time::Duration::from_millis(300));
    let wait = app.next_wake(clock.now()).unwrap();
    assert!(wait <= std::time::Duration::from_millis(700), "{wait:?}");
    key(&mut app, &clock, KeyCode::Char(' '));
    assert_eq!(app.next_wake(clock.now()), None);
}

#[test]
fn before_the_first_turn_the_queue_lists_everyone_in_order() {
    let clock = FakeClock::default();
    let mut s = session(&clock);
    s.update(Msg::NextStep, &clock);
    let queue = s.queue().to_vec();
    assert!(queue.len() > 2);
    for (lang, label) in [(Lang::Da, "Kø: "), (Lang::En, "Queue: ")] {
        let app = live_app(s.clone(), lang);
        let frame = draw(&app, &clock, (120, 40));
        let line = frame
            .lines()
            .find_map(|l| l.split_once(label).map(|(_, rest)| rest.to_string()))
            .unwrap_or_else(|| panic!("no queue line in\n{frame}"));
        assert!(
            line.trim_start()
                .starts_with(&format!("{}, {}", queue[0], queue[1])),
            "{line}"
        );
    }
}

fn type_text(app: &mut App, clock: &FakeClock, text: &str) {
    for ch in text.chars() {
        key(app, clock, KeyCode::Char(ch));
    }
    key(app, clock, KeyCode::Enter);
}

#[test]
fn a_late_arrival_is_found_by_first_name_and_an_unknown_leaver_is_asked_again() {
    use runde::model::record::Presence;
    let clock = FakeClock::default();
    let network = Network::new("Nord", &["Anne Holm", "Bo Jensen", "Dorte Østergaard"]);
    let mut new = runde::engine::NewSession::with_everyone(common::live::plan(), network);
    new.attendance[2].presence = Presence::Absent;
    let mut app = live_app(runde::engine::Session::start(new, &clock), Lang::En);

    key(&mut app, &clock, KeyCode::Char('a'));
    assert!(draw(&app, &clock, (80, 24)).contains("Not here yet: Dorte Østergaard"));
    type_text(&mut app, &clock, "dorte");
    let attendance = &live(&mut app).session.record().attendance;
    assert_eq!(attendance.len(), 3, "no new person: {attendance:?}");
    key(&mut app, &clock, KeyCode::Char('a'));
    type_text(&mut app, &clock, "anne");
    let screen = draw(&app, &clock, (80, 24));
    assert!(screen.contains("Anne Holm is here already"), "{screen}");
    key(&mut app, &clock, KeyCode::Esc);
    let attendance = &live(&mut app).session.record().attendance;
    assert_eq!(attendance.len(), 3, "no new person: {attendance:?}");
    assert_eq!(attendance[2].presence, Presence::Late);

    key(&mut app, &clock, KeyCode::Char('d'));
    type_text(&mut app, &clock, "hans");
    let screen = draw(&app, &clock, (80, 24));
    assert!(screen.contains("‘hans’ is not here now"), "{screen}");
    key(&mut app, &clock, KeyCode::Esc);
    key(&mut app, &clock, KeyCode::Char('d'));
    type_text(&mut app, &clock, "bo");
    // Bo interviews: someone takes over (the offer) before he leaves.
    assert!(live(&mut app).session.record().attendance[1].left.is_none());
    key(&mut app, &clock, KeyCode::Enter);
    let bo = &live(&mut app).session.record().attendance[1];
    assert!(bo.left.is_some(), "Bo Jensen left: {bo:?}");
}

#[test]
fn a_late_guest_needs_a_name_of_one_person_with_letters() {
    let clock = FakeClock::default();
    let network = Network::new("Nord", &["Anne Holm", "Bo Jensen"]);
    let new = runde::engine::NewSession::with_everyone(common::live::plan(), network);
    let mut app = live_app(runde::engine::Session::start(new, &clock), Lang::En);
    for (typed, why) in [
        ("0", "\"0\" is not a name"),
        ("Hans, Ida", "\"Hans, Ida\" is several names in one"),
    ] {
        key(&mut app, &clock, KeyCode::Char('a'));
        type_text(&mut app, &clock, typed);
        type_text(&mut app, &clock, "");
        let screen = draw(&app, &clock, (120, 40));
        assert!(screen.contains(why), "{typed}:\n{screen}");
        key(&mut app, &clock, KeyCode::Esc);
        let attendance = &live(&mut app).session.record().attendance;
        assert_eq!(attendance.len(), 2, "{typed} joined: {attendance:?}");
    }
    key(&mut app, &clock, KeyCode::Char('a'));
    type_text(&mut app, &clock, " Ida   Holm ");
    type_text(&mut app, &clock, "");
    let attendance = &live(&mut app).session.record().attendance;
    assert_eq!(attendance[2].participant, "Ida Holm", "a guest, tidied");
}

#[test]
fn a_note_taken_in_the_room_view_is_typed_on_the_live_screen_and_the_room_view_comes_back() {
    let clock = FakeClock::default();
    let mut app = live_app(check_in(&clock, 20), Lang::En);
    key(&mut app, &clock, KeyCode::Char('v'));
    let room = draw(&app, &clock, (80, 24));
    assert!(!room.contains("▶ Check-in"), "the room view:\n{room}");
    key(&mut app, &clock, KeyCode::Char('i'));
    for c in "Anne er presset".chars() {
        key(&mut app, &clock, KeyCode::Char(c));
    }
    let typing = draw(&app, &clock, (80, 24));
    assert!(
        typing.contains("▶ Check-in"),
        "not the room view:\n{typing}"
    );
    assert!(typing.contains("Anne er presset"), "{typing}");
    key(&mut app, &clock, KeyCode::Enter);
    let back = draw(&app, &clock, (80, 24));
    assert!(!back.contains("▶ Check-in"), "the room view again:\n{back}");
    assert!(!back.contains("Anne er presset"), "{back}");
    assert_eq!(live(&mut app).session.record().notes.len(), 1);
}

#[test]
fn the_header_never_runs_the_count_into_the_plan_state() {
    use runde::engine::{NewSession, Session};
    let names = [
        "Anne Holm",
        "Bo Berg",
        "Carla Dahl",
        "Dorte Lund",
        "Erik Møller",
        "Fatima Ali",
        "Gustav Krogh",
        "Hans Peter Kristensen",
    ];
    let network = Network::new("Skoleledere Nord i Østjylland", &names);
    let clock = FakeClock::default();
    let mut s = Session::start(
        NewSession::with_everyone(common::live::plan(), network),
        &clock,
    );
    // Skipping ahead leaves the session well ahead of the plan.
    for _ in 0..3 {
        s.update(Msg::NextStep, &clock);
    }
    for (lang, count, state) in [
        (Lang::Da, "8 til stede", "min foran"),
        (Lang::En, "8 present", "min ahead"),
    ] {
        for size in [(80, 24), (120, 40)] {
            let frame = draw(&live_app(s.clone(), lang), &clock, size);
            let header = frame.lines().next().unwrap();
            assert!(header.contains(&format!("{count} ")), "{header}");
            assert!(header.contains(state), "{header}");
        }
    }
}

#[test]
fn in_supervision_the_arrows_say_they_go_through_the_phases() {
    let clock = FakeClock::default();
    let mut s = session(&clock);
    for (lang, step, phase) in [
        (Lang::Da, "næste punkt", "næste punkt / fase"),
        (Lang::En, "next step", "next step / phase"),
    ] {
        let app = live_app(s.clone(), lang);
        let screen = draw(&app, &clock, (120, 40));
        assert!(screen.contains(step) && !screen.contains(phase), "{screen}");
    }
    while s.phase().is_none() {
        s.update(Msg::NextStep, &clock);
    }
    for (lang, phase, back) in [
        (Lang::Da, "→/l næste punkt / fase", "forrige punkt / fase"),
        (Lang::En, "→/l next step / phase", "previous step / phase"),
    ] {
        let mut app = live_app(s.clone(), lang);
        let screen = draw(&app, &clock, (120, 40));
        assert!(screen.contains(phase), "{screen}");
        key(&mut app, &clock, KeyCode::Char('?'));
        assert!(draw(&app, &clock, (120, 40)).contains(back));
    }
}

/// One beat: while a countdown runs for a minute and more, the seconds on screen, the periodic
/// save, the flash at zero and a save tried again after a failure all
/// share the wake once a second; nothing wakes between two seconds.
#[test]
fn a_minute_across_zero_with_a_failed_save_wakes_once_a_second() {
    use runde::ui::screens::live::Outcome;
    use std::time::Duration;
    /// What the runtime adds to each wait.
    const MARGIN: Duration = Duration::from_millis(3);
    let clock = FakeClock::default();
    // 30 s of the check-in left: zero comes half-way through the minute.
    let mut app = live_app(check_in(&clock, 30), Lang::En);
    // A save 0.4 s into a second (after a key) fails: its retry must
    // wait for a beat, not wake 2 s after the key.
    clock.advance(Duration::from_millis(400));
    live(&mut app).saved(Err("read-only".into()), clock.now());
    let (mut wakes, mut bells, mut saves) = (0, 0, 0);
    let start = clock.elapsed();
    loop {
        let wait = app
            .next_wake(clock.now())
            .expect("a running countdown wakes");
        if clock.elapsed() + wait + MARGIN - start > Duration::from_secs(65) {
            break;
        }
        clock.advance(wait + MARGIN);
        wakes += 1;
        for outcome in app.tick(&clock) {
            match outcome {
                Outcome::Bell => bells += 1,
                Outcome::Save => {
                    saves += 1;
                    live(&mut app).saved(Ok(()), clock.now());
                }
                _ => {}
            }
        }
    }
    assert_eq!(bells, 1, "zero rang once");
    assert!(
        saves >= 2,
        "the retry and the save of the clocks at a minute: {saves}"
    );
    assert!(
        !draw(&app, &clock, (80, 24)).contains("TIME IS UP"),
        "the flash ended on a beat"
    );
    assert!(wakes <= 65, "{wakes} wakes in 65 seconds");
}

#[test]
fn the_header_keeps_its_words_as_the_meeting_falls_behind() {
    // The trial: `Standardnetværksmøde · Demo · 7 til stede 06.43` on
    // plan, `Demo · 7 til stede` once behind, and no gap before the clock.
    let clock = FakeClock::default();
    let s = session(&clock);
    for lang in [Lang::Da, Lang::En] {
        for size in [(80, 24), (120, 40)] {
            let on_plan = draw(&live_app(s.clone(), lang), &clock, size);
            let later = FakeClock::default();
            later.advance_secs(12 * 60);
            let behind = draw(&live_app(s.clone(), lang), &later, size);
            let left = |frame: &str| {
                let header = frame.lines().next().unwrap().to_string();
                let (left, _) = header.split_once("   ").expect("a gap before the clock");
                left.trim().to_string()
            };
            let header = behind.lines().next().unwrap();
            assert!(
                header.contains("bagud") || header.contains("behind"),
                "{header}"
            );
            assert_eq!(left(&on_plan), left(&behind), "{lang:?} {size:?}");
        }
    }
}
