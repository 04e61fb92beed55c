//! Follow-up across two sessions, through the live screen: an action taken
//! in one meeting is on screen in the next meeting's "since last time"
//! round during its owner's turn, is marked done with one key, and is gone
//! from the open list.
// A test stops on a failed set-up: it may unwrap.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::standard_plan as standard;
use runde::clock::FakeClock;
use runde::engine::{Msg, NewNote, NewSession, Session};
use runde::model::Network;
use runde::model::plan::{NoteKind, StepPurpose};
use runde::model::record::ActionStatus;
use runde::store::{Paths, Store};
use runde::ui::keys::LiveAction;
use runde::ui::popup::Popups;
use runde::ui::screens::ScreenView;
use runde::ui::screens::live::LiveScreen;

fn network() -> Network {
    Network::new("Skoleledere Øst", &["Anne", "Bo", "Carla"])
}

#[test]
fn an_action_is_followed_up_by_its_owner_in_the_next_meeting() {
    let clock = FakeClock::at("2026-11-05T09:00:00+01:00");
    let (home, mut live) = after_actions(&clock, &[("sender mødeplanen ud", "Bo")]);
    let store = Store::new(Paths::under(home.path()));
    assert_eq!(live.open_actions.len(), 1);

    // Before anyone speaks every open action shows; during a turn, the speaker's.
    assert_eq!(live.follow_up_list().len(), 1);
    while live.session.speaker() != Some("Bo") {
        live.handle_action(LiveAction::NextSpeaker, &clock, &mut Popups::default());
    }
    assert_eq!(live.follow_up_list().len(), 1);
    live.handle_action(LiveAction::FollowUpDone, &clock, &mut Popups::default());
    assert_eq!(live.follow_up_list()[0].1, Some(ActionStatus::Done));
    store.save_record(live.session.record()).unwrap();

    let open: Vec<_> = store
        .lookup()
        .network_actions("Skoleledere Øst")
        .into_iter()
        .filter(|a| a.status == ActionStatus::Open)
        .collect();
    assert!(open.is_empty(), "{open:?}");
}

#[test]
fn the_keys_do_nothing_outside_the_since_last_time_step() {
    let clock = FakeClock::default();
    let session = Session::start(NewSession::with_everyone(standard(), network()), &clock);
    let mut live = LiveScreen::new(session, true);
    assert!(!live.following_up());
    live.handle_action(LiveAction::FollowUpDone, &clock, &mut Popups::default());
    assert!(live.session.record().follow_ups.is_empty());
}

#[test]
fn the_next_meeting_is_agreed_from_the_rotation_and_edited_by_hand() {
    use crossterm::event::KeyCode;
    use runde::model::record::NextField;
    let clock = FakeClock::default();
    let session = Session::start(NewSession::with_everyone(standard(), network()), &clock);
    let mut app = common::live::live_app(session, runde::text::Lang::En);
    let live = app.live_mut().unwrap();
    live.next_past = Some(Vec::new());
    while live.session.step().purpose != Some(StepPurpose::NextMeeting) {
        live.move_on(&clock, &mut Popups::default());
    }
    let suggested = live.next_meeting();
    assert!(suggested.facilitator.is_some() && suggested.case_giver.is_some());
    common::live::key(&mut app, &clock, KeyCode::Char('e'));
    for c in "14-12-2026".chars() {
        common::live::key(&mut app, &clock, KeyCode::Char(c));
    }
    common::live::key(&mut app, &clock, KeyCode::Enter);
    common::live::key(&mut app, &clock, KeyCode::Esc);
    let next = app
        .live()
        .unwrap()
        .session
        .record()
        .next_meeting
        .clone()
        .unwrap();
    assert_eq!(next.date, chrono::NaiveDate::from_ymd_opt(2026, 12, 14));
    assert_eq!(next.facilitator, suggested.facilitator);
    assert_eq!(next.case_giver, suggested.case_giver);
    assert_eq!(
        next.agreed,
        Some(vec![NextField::Date]),
        "the rest suggested"
    );
}

#[test]
fn a_finished_meeting_says_so_instead_of_running() {
    let clock = FakeClock::default();
    let mut session = Session::start(NewSession::with_everyone(standard(), network()), &clock);
    session.update(Msg::Finish, &clock);
    let live = LiveScreen::new(session, true);
    let screen = common::screen::draw(runde::text::Lang::En, (120, 40), |area, buf, ctx| {
        live.render(area, buf, ctx)
    });
    assert!(screen.contains("ENDED"), "{screen}");
    assert!(!screen.contains("RUNNING"), "{screen}");
}

fn action(text: &str, owner: &str) -> Msg {
    Msg::AddNote(NewNote {
        kind: NoteKind::Action,
        text: text.into(),
        private: false,
        owner: Some(owner.into()),
        due: None,
        about: runde::engine::About::Speaker,
    })
}

/// A meeting after one that left these actions (text, owner) open, at
/// "since last time"; the home folder holds both records' store.
fn after_actions(clock: &FakeClock, actions: &[(&str, &str)]) -> (tempfile::TempDir, LiveScreen) {
    let home = tempfile::tempdir().unwrap();
    let store = Store::new(Paths::under(home.path()));
    let first_clock = FakeClock::at("2026-10-01T09:00:00+02:00");
    let mut first = Session::start(
        NewSession::with_everyone(standard(), network()),
        &first_clock,
    );
    for (text, owner) in actions {
        first.update(action(text, owner), &first_clock);
    }
    first.update(Msg::Finish, &first_clock);
    store.save_record(first.record()).unwrap();
    let second = Session::start(NewSession::with_everyone(standard(), network()), clock);
    let mut live = LiveScreen::new(second, true);
    live.open_actions = store.lookup().network_actions("Skoleledere Øst");
    while live.session.step().purpose != Some(StepPurpose::SinceLastTime) {
        live.move_on(clock, &mut Popups::default());
    }
    (home, live)
}

/// A meeting after one that left two actions open, at "since last time".
fn two_open_actions(clock: &FakeClock) -> (tempfile::TempDir, LiveScreen) {
    after_actions(
        clock,
        &[
            (
                "Undersøge, om HR kan komme på næste møde og fortælle om den nye aftale",
                "Carla",
            ),
            (
                "Erik deler sin tjekliste til sygefraværssamtaler med alle",
                "Bo",
            ),
        ],
    )
}

/// `2` on the chosen action, `typed` in the date input that asks to when,
/// and Enter: the follow-up's new due date.
fn move_to(live: &mut LiveScreen, clock: &FakeClock, typed: &str) -> Option<chrono::NaiveDate> {
    use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
    use runde::clock::Clock;
    use runde::ui::popup::{Popup, Routed};
    let mut popups = Popups::default();
    live.handle_action(LiveAction::FollowUpMoved, clock, &mut popups);
    assert!(popups.top().is_some(), "2 asks to when");
    let keys = typed.chars().map(KeyCode::Char).chain([KeyCode::Enter]);
    for code in keys {
        if let Routed::Done(Popup::Live(done)) =
            popups.key(&KeyEvent::new(code, KeyModifiers::NONE), clock.now())
        {
            live.popup_done(*done, runde::text::Lang::Da, clock, &mut popups);
        }
    }
    live.session.record().follow_ups.last().and_then(|f| f.due)
}

#[test]
fn moved_asks_to_when_and_the_date_reaches_the_next_meeting_and_the_minutes() {
    let clock = FakeClock::at("2026-11-05T09:00:00+01:00");
    let (home, mut live) = two_open_actions(&clock);
    // Not a date, or one gone by: asked again, nothing marked.
    let mut popups = Popups::default();
    live.handle_action(LiveAction::FollowUpMoved, &clock, &mut popups);
    for c in "snart\r".chars() {
        let code = match c {
            '\r' => crossterm::event::KeyCode::Enter,
            c => crossterm::event::KeyCode::Char(c),
        };
        popups.key(
            &crossterm::event::KeyEvent::new(code, crossterm::event::KeyModifiers::NONE),
            runde::clock::Clock::now(&clock),
        );
    }
    assert!(popups.top().is_some(), "still asking");
    assert!(live.session.record().follow_ups.is_empty());
    let screen = common::screen::draw(runde::text::Lang::Da, (80, 24), |area, buf, ctx| {
        let under = live.render_under(area, buf, ctx, &popups);
        popups.render(under, buf, ctx);
    });
    assert!(screen.contains("»snart« er ikke en dato"), "{screen}");

    // 15/1 is the next 15 January from the meeting's day.
    let due = move_to(&mut live, &clock, "15/1");
    assert_eq!(due, chrono::NaiveDate::from_ymd_opt(2027, 1, 15));
    assert_eq!(live.follow_up_list()[0].1, Some(ActionStatus::Moved));
    let screen = common::screen::draw(runde::text::Lang::Da, (120, 40), |area, buf, ctx| {
        live.render(area, buf, ctx)
    });
    assert!(
        screen.contains("aftale (15/1)"),
        "the list shows the new date:\n{screen}"
    );
    // At 80x24 the text is cut to one line; the new date stays.
    let screen = common::screen::draw(runde::text::Lang::Da, (80, 24), |area, buf, ctx| {
        live.render(area, buf, ctx)
    });
    assert!(
        screen.contains("Carla: Undersøge, om HR kan komme… (15/1)"),
        "the list shows the new date at 80x24:\n{screen}"
    );

    // The meeting after: the action is open, due then.
    live.session.update(Msg::Finish, &clock);
    let store = Store::new(Paths::under(home.path()));
    store.save_record(live.session.record()).unwrap();
    let open = store.lookup().network_actions("Skoleledere Øst");
    let moved = open
        .iter()
        .find(|a| a.owner.as_deref() == Some("Carla"))
        .unwrap();
    assert_eq!(moved.status, ActionStatus::Moved);
    assert_eq!(moved.due, chrono::NaiveDate::from_ymd_opt(2027, 1, 15));
    // And the minutes say to when.
    let followed = store.followed(live.session.record()).items;
    let minutes = runde::export::markdown::minutes(
        live.session.record(),
        &followed,
        &runde::export::MinutesOptions::new(runde::text::Lang::Da),
    );
    assert!(
        minutes.contains("flyttet til fredag den 15. januar 2027"),
        "{minutes}"
    );
}

#[test]
fn arrows_choose_the_action_the_keys_mark() {
    let clock = FakeClock::at("2026-11-05T09:00:00+01:00");
    let (_home, mut live) = two_open_actions(&clock);
    assert_eq!(live.follow_up_selected(), Some(0));
    live.handle_action(LiveAction::Down, &clock, &mut Popups::default());
    assert_eq!(move_to(&mut live, &clock, ""), None, "the next meeting");
    let marks: Vec<_> = live
        .follow_up_list()
        .iter()
        .map(|(a, m)| (a.owner.clone().unwrap(), *m))
        .collect();
    assert_eq!(
        marks,
        vec![
            ("Carla".to_string(), None),
            ("Bo".to_string(), Some(ActionStatus::Moved))
        ]
    );
    // After a mark the choice goes on to the next action not yet marked.
    assert_eq!(live.follow_up_selected(), Some(0));
    live.handle_action(LiveAction::FollowUpDone, &clock, &mut Popups::default());
    assert_eq!(live.follow_up_list()[0].1, Some(ActionStatus::Done));
    // Up at the top stays there; marking again replaces the mark.
    live.handle_action(LiveAction::Up, &clock, &mut Popups::default());
    live.handle_action(LiveAction::Down, &clock, &mut Popups::default());
    live.handle_action(LiveAction::FollowUpDropped, &clock, &mut Popups::default());
    assert_eq!(live.follow_up_list()[1].1, Some(ActionStatus::Dropped));
    assert_eq!(live.session.record().follow_ups.len(), 2);
}

#[test]
fn both_actions_their_marks_and_the_keys_show_at_80x24() {
    use runde::text::Lang;
    let clock = FakeClock::at("2026-11-05T09:00:00+01:00");
    let (_home, mut live) = two_open_actions(&clock);
    live.handle_action(LiveAction::Down, &clock, &mut Popups::default());
    move_to(&mut live, &clock, "");
    for (lang, moved, keys) in [
        (Lang::Da, "→ flyttet Bo:", "1 gjort · 2 flyttet · 3 droppet"),
        (Lang::En, "→ moved Bo:", "1 done · 2 moved · 3 dropped"),
    ] {
        for size in [(80, 24), (120, 40)] {
            let screen =
                common::screen::draw(lang, size, |area, buf, ctx| live.render(area, buf, ctx));
            assert!(
                screen.contains("▸ ·"),
                "the chosen action is marked:\n{screen}"
            );
            assert!(screen.contains("Carla:"), "{screen}");
            assert!(screen.contains(moved), "{screen}");
            assert!(screen.contains(keys), "{screen}");
        }
    }
}

#[test]
fn at_80x24_the_next_meeting_shows_every_field_and_the_guidance_says_there_is_more() {
    use runde::text::Lang;
    let clock = FakeClock::default();
    let session = Session::start(NewSession::with_everyone(standard(), network()), &clock);
    let mut live = LiveScreen::new(session, true);
    while live.session.step().purpose != Some(StepPurpose::NextMeeting) {
        live.move_on(&clock, &mut Popups::default());
    }
    for (lang, last, more) in [
        (Lang::Da, "tema", "g: læs resten"),
        (Lang::En, "theme", "g: read the rest"),
    ] {
        let screen =
            common::screen::draw(lang, (80, 24), |area, buf, ctx| live.render(area, buf, ctx));
        // The last field, beside the step list or the roles box.
        assert!(
            screen.contains(&format!("│ {last} ")) || screen.contains(&format!("┐ {last} ")),
            "{screen}"
        );
        assert!(screen.contains(" e "), "the hint names e:\n{screen}");
        assert!(screen.contains(more), "{screen}");
        let mut popups = Popups::default();
        live.handle_action(LiveAction::Guidance, &clock, &mut popups);
        let all = common::screen::draw(lang, (80, 24), |area, buf, ctx| {
            let under = live.render_under(area, buf, ctx, &popups);
            popups.render(under, buf, ctx);
        });
        let prompt = live
            .session
            .step()
            .prompts
            .last()
            .unwrap()
            .get(lang)
            .to_string();
        let tail: String = prompt.split_whitespace().last().unwrap().to_string();
        assert!(all.contains(&tail), "g shows the last prompt:\n{all}");
    }
}

#[test]
fn many_actions_at_80x24_keep_the_chosen_one_and_the_keys_in_view() {
    use runde::text::Lang;
    let clock = FakeClock::at("2026-11-05T09:00:00+01:00");
    let tasks: Vec<String> = (1..=6).map(|i| format!("Opgave nummer {i}")).collect();
    let actions: Vec<(&str, &str)> = tasks.iter().map(|t| (t.as_str(), "Bo")).collect();
    let (_home, mut live) = after_actions(&clock, &actions);
    for _ in 0..10 {
        live.handle_action(LiveAction::Down, &clock, &mut Popups::default());
    }
    let screen = common::screen::draw(Lang::Da, (80, 24), |area, buf, ctx| {
        live.render(area, buf, ctx)
    });
    assert!(screen.contains("▸ · Bo: Opgave nummer 6"), "{screen}");
    assert!(screen.contains("(6/6)"), "{screen}");
    assert!(screen.contains("1 gjort"), "{screen}");
}

#[test]
fn a_mark_on_the_first_of_three_moves_the_choice_to_the_second() {
    let clock = FakeClock::at("2026-11-05T09:00:00+01:00");
    let (_home, mut live) = after_actions(
        &clock,
        &[("Første", "Anne"), ("Anden", "Bo"), ("Tredje", "Carla")],
    );
    assert_eq!(live.follow_up_list().len(), 3);
    assert_eq!(live.follow_up_selected(), Some(0));
    live.handle_action(LiveAction::FollowUpDone, &clock, &mut Popups::default());
    assert_eq!(live.follow_up_selected(), Some(1));
    live.handle_action(LiveAction::FollowUpDone, &clock, &mut Popups::default());
    assert_eq!(live.follow_up_selected(), Some(2));
    live.handle_action(LiveAction::FollowUpDone, &clock, &mut Popups::default());
    // All marked: the choice stays on the last one marked.
    assert_eq!(live.follow_up_selected(), Some(2));
    let texts: Vec<_> = live
        .follow_up_list()
        .iter()
        .map(|(a, m)| (a.text.clone(), *m))
        .collect();
    assert!(
        texts.iter().all(|(_, m)| *m == Some(ActionStatus::Done)),
        "{texts:?}"
    );
}

#[test]
fn the_agreement_step_lists_the_day_s_shared_decisions_and_actions() {
    let clock = FakeClock::at("2026-11-23T09:00:00+01:00");
    let mut s = Session::start(NewSession::with_everyone(standard(), network()), &clock);
    let note = |kind, text: &str, private| {
        Msg::AddNote(NewNote {
            kind,
            text: text.into(),
            private,
            owner: None,
            due: None,
            about: runde::engine::About::Speaker,
        })
    };
    s.update(Msg::NextStep, &clock);
    s.update(note(NoteKind::Decision, "We meet at 8.30", false), &clock);
    s.update(note(NoteKind::Action, "Private follow-up", true), &clock);
    s.update(note(NoteKind::Note, "Anne is tired", false), &clock);
    let agreeing = s
        .record()
        .plan
        .steps
        .iter()
        .position(|st| st.purpose == Some(StepPurpose::NextMeeting))
        .expect("the standard plan agrees on the next meeting");
    let shown: Vec<&str> = s
        .notes_shown_in_step(agreeing)
        .map(|n| n.text.as_str())
        .collect();
    assert_eq!(shown, ["We meet at 8.30"]);
    let elsewhere = s.notes_shown_in_step(2).count();
    assert_eq!(elsewhere, 0, "other steps list only their own notes");
}

#[test]
fn the_question_to_when_at_80x24_and_120x40() {
    use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
    for lang in [runde::text::Lang::Da, runde::text::Lang::En] {
        for size in [(80, 24), (120, 40)] {
            let clock = FakeClock::at("2026-11-05T09:00:00+01:00");
            let (_home, mut live) = two_open_actions(&clock);
            let mut popups = Popups::default();
            live.handle_action(LiveAction::FollowUpMoved, &clock, &mut popups);
            for c in "15/1".chars() {
                let now = runde::clock::Clock::now(&clock);
                popups.key(&KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE), now);
            }
            let screen = common::screen::draw(lang, size, |area, buf, ctx| {
                let under = live.render_under(area, buf, ctx, &popups);
                popups.render(under, buf, ctx);
            });
            let name = format!("moved_to_when_{}x{}_{}", size.0, size.1, lang.code());
            insta::assert_snapshot!(name, screen);
        }
    }
}
