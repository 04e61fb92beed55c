//! One count of open actions everywhere (home, live, review, `runde
//! actions`), private actions counted but never shown on the shared screen,
//! and a discarded meeting's actions and follow-ups counting for nothing.
// A test stops on a failed set-up: it may unwrap.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::standard_plan as standard;
use runde::clock::FakeClock;
use runde::engine::{Msg, NewNote, NewSession, Session};
use runde::model::Network;
use runde::model::open_action::OpenCount;
use runde::model::plan::{NoteKind, StepPurpose};
use runde::model::record::{ActionStatus, SessionStatus};
use runde::store::{Paths, Store};
use runde::text::Lang;
use runde::ui::keys::LiveAction;
use runde::ui::popup::Popups;
use runde::ui::screens::ScreenView;
use runde::ui::screens::home::HomeScreen;
use runde::ui::screens::live::LiveScreen;
use runde::ui::screens::review::{IndexData, ReviewData, ReviewScreen};
use std::process::Command;

const NETWORK: &str = "Skoleledere Øst";
const PRIVATE_TEXT: &str = "Tale med min leder om stress";

fn network() -> Network {
    Network::new(NETWORK, &["Anne", "Bo", "Carla"])
}

fn action(text: &str, owner: &str, private: bool) -> Msg {
    Msg::AddNote(NewNote {
        kind: NoteKind::Action,
        text: text.into(),
        private,
        owner: Some(owner.into()),
        due: None,
        about: runde::engine::About::Speaker,
    })
}

/// Three earlier meetings: the first leaves a shared and a private action
/// open and one more; the second marks that one done; the third, abandoned
/// and discarded, drops the shared one and takes an action of its own.
fn history(home: &std::path::Path) -> Store {
    let store = Store::new(Paths::under(home));
    let clock = FakeClock::at("2026-09-01T09:00:00+02:00");
    let mut first = Session::start(NewSession::with_everyone(standard(), network()), &clock);
    first.update(action("Ringe til HR om sygefravær", "Bo", false), &clock);
    first.update(action(PRIVATE_TEXT, "Carla", true), &clock);
    first.update(action("Sende mødeplanen", "Anne", false), &clock);
    first.update(Msg::Finish, &clock);
    store.save_record(first.record()).unwrap();
    let find = |s: &Session, text: &str| {
        s.record()
            .notes
            .iter()
            .find(|n| n.text.starts_with(text))
            .unwrap()
            .id
    };
    let first_id = first.record().id.clone();
    let plan_id = find(&first, "Sende");
    let hr_id = find(&first, "Ringe");
    let clock = FakeClock::at("2026-10-01T09:00:00+02:00");
    let mut second = Session::start(NewSession::with_everyone(standard(), network()), &clock);
    second.update(
        Msg::FollowUp {
            session: first_id.clone(),
            note: plan_id,
            status: ActionStatus::Done,
            due: None,
        },
        &clock,
    );
    second.update(Msg::Finish, &clock);
    store.save_record(second.record()).unwrap();
    let clock = FakeClock::at("2026-10-29T09:00:00+01:00");
    let mut third = Session::start(NewSession::with_everyone(standard(), network()), &clock);
    third.update(
        Msg::FollowUp {
            session: first_id,
            note: hr_id,
            status: ActionStatus::Dropped,
            due: None,
        },
        &clock,
    );
    third.update(action("En falsk start", "Anne", false), &clock);
    let mut third = third.into_record();
    third.status = SessionStatus::Discarded;
    store.save_record(&third).unwrap();
    store
}

#[test]
fn every_screen_and_runde_actions_count_the_same_open_actions() {
    let home = tempfile::tempdir().unwrap();
    let store = history(home.path());
    // Open: the HR call (the discarded drop does not count) and the
    // private step; the plan was sent; the false start's action is gone.
    let expected = OpenCount {
        shared: 1,
        private: 1,
    };

    let data = store.lookup().home_data(&[NETWORK.to_string()]);
    let on_home: Vec<_> = data.open_actions.iter().map(|(_, a)| a.clone()).collect();
    assert_eq!(OpenCount::of(&on_home), expected);
    let mut home_screen = HomeScreen::new(vec![network()], vec![standard()], None);
    home_screen.open_actions = data.open_actions;
    for (lang, head, private) in [
        (Lang::Da, "Åbne aftaler (2):", "1 privat aftale"),
        (Lang::En, "Open actions (2):", "1 private action"),
    ] {
        let screen = common::screen::draw(lang, (80, 24), |a, b, c| home_screen.render(a, b, c));
        assert!(screen.contains(head), "{screen}");
        assert!(screen.contains(private), "{screen}");
        assert!(!screen.contains("Tale med min leder"), "{screen}");
    }

    let clock = FakeClock::at("2026-11-26T09:00:00+01:00");
    let session = Session::start(NewSession::with_everyone(standard(), network()), &clock);
    let mut live = LiveScreen::new(session, true);
    live.open_actions = store.lookup().network_actions(NETWORK);
    while live.session.step().purpose != Some(StepPurpose::SinceLastTime) {
        live.move_on(&clock, &mut Popups::default());
    }
    assert_eq!(live.open_count(), expected);
    assert_eq!(
        live.follow_up_list().len(),
        1,
        "the private one is only counted"
    );
    assert_eq!(live.private_follow_ups().len(), 1);
    for size in [(80, 24), (120, 40)] {
        let screen = common::screen::draw(Lang::Da, size, |a, b, c| live.render(a, b, c));
        assert!(
            screen.contains("Åbne aftaler fra tidligere møder (2)"),
            "{screen}"
        );
        assert!(screen.contains("1 privat aftale"), "{screen}");
        assert!(!screen.contains("Tale med min leder"), "{screen}");
    }
    live.handle_action(LiveAction::Room, &clock, &mut Popups::default());
    let room = common::screen::draw(Lang::Da, (80, 24), |a, b, c| live.render(a, b, c));
    assert!(!room.contains("Tale med min leder"), "{room}");

    let mut index = IndexData::open(store.clone()).unwrap();
    assert_eq!(OpenCount::of(&index.actions(Some(NETWORK))), expected);
    let review = ReviewScreen::new(
        &mut index,
        chrono::NaiveDate::from_ymd_opt(2026, 11, 26).unwrap(),
    );
    let screen = common::screen::draw(Lang::Da, (120, 40), |a, b, c| review.render(a, b, c));
    assert!(screen.contains("2 åbne aftaler"), "{screen}");

    let out = Command::new(env!("CARGO_BIN_EXE_runde"))
        .args(["actions", "--open", "--network", NETWORK, "--lang", "da"])
        .env("RUNDE_HOME", home.path())
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{text}");
    assert!(text.contains("Ringe til HR"), "{text}");
    assert!(!text.contains("Tale med min leder"), "{text}");
    assert!(!text.contains("falsk start"), "{text}");
    assert!(text.contains("+ 1 privat aftale, ikke vist her"), "{text}");
}

#[test]
fn o_opens_the_private_actions_for_the_facilitator_and_marks_them() {
    use crossterm::event::KeyCode;
    let home = tempfile::tempdir().unwrap();
    let store = history(home.path());
    let clock = FakeClock::at("2026-11-26T09:00:00+01:00");
    let mut session = Session::start(NewSession::with_everyone(standard(), network()), &clock);
    while session.step().purpose != Some(StepPurpose::SinceLastTime) {
        session.update(Msg::NextStep, &clock);
    }
    let mut app = common::live::live_app(session, Lang::Da);
    common::live::live(&mut app).open_actions = store.network_actions(NETWORK);
    let shared = common::live::draw(&app, &clock, (80, 24));
    assert!(
        shared.contains("1 privat aftale · o viser den kun for dig"),
        "{shared}"
    );
    assert!(!shared.contains(PRIVATE_TEXT), "{shared}");
    common::live::key(&mut app, &clock, KeyCode::Char('o'));
    let mine = common::live::draw(&app, &clock, (80, 24));
    assert!(
        mine.contains("Private aftaler – kun på din skærm"),
        "{mine}"
    );
    assert!(mine.contains(PRIVATE_TEXT), "{mine}");
    common::live::key(&mut app, &clock, KeyCode::Char('1'));
    let live = common::live::live(&mut app);
    let marks = &live.session.record().follow_ups;
    assert_eq!(marks.len(), 1);
    assert_eq!(marks[0].status, ActionStatus::Done);
    assert_eq!(live.open_count().private, 0);
    assert!(
        app.popups.top().is_some(),
        "the box stays open for the next"
    );
    common::live::key(&mut app, &clock, KeyCode::Esc);
    assert!(app.popups.top().is_none());
}
