//! The network screen's edits, key by key.

use super::*;
use crossterm::event::{KeyCode, KeyModifiers};

fn d(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

fn key(code: KeyCode) -> KeyEvent {
    KeyEvent::new(code, KeyModifiers::NONE)
}

/// The screen with the popup layer over it, keys routed as the App does.
struct Screen {
    s: NetworkScreen,
    popups: Popups,
    /// A second between keys: no key is a second hit of the one before.
    clock: crate::clock::FakeClock,
}

impl Screen {
    fn handle(&mut self, key: KeyEvent, lang: Lang) -> NetworkOutcome {
        use crate::clock::Clock;
        use crate::ui::popup::{Popup, Routed};
        self.clock.advance_secs(1);
        match self.popups.key(&key, self.clock.now()) {
            Routed::Screen => self.s.handle(key, lang, &mut self.popups),
            Routed::Done(Popup::Network(popup)) => self.s.popup_done(popup, lang),
            Routed::Done(_) | Routed::Taken => NetworkOutcome::Stay,
        }
    }

    /// A question is open over the screen.
    fn asking(&self) -> bool {
        matches!(self.popups.top(), Some(crate::ui::popup::Popup::Network(_)))
    }
}

impl std::ops::Deref for Screen {
    type Target = NetworkScreen;
    fn deref(&self) -> &NetworkScreen {
        &self.s
    }
}

impl std::ops::DerefMut for Screen {
    fn deref_mut(&mut self) -> &mut NetworkScreen {
        &mut self.s
    }
}

fn screen(s: NetworkScreen) -> Screen {
    Screen {
        s,
        popups: Popups::default(),
        clock: crate::clock::FakeClock::default(),
    }
}

fn type_line(screen: &mut Screen, text: &str) -> NetworkOutcome {
    for c in text.chars() {
        screen.handle(key(KeyCode::Char(c)), Lang::En);
    }
    screen.handle(key(KeyCode::Enter), Lang::En)
}

#[test]
fn a_new_network_is_named_then_filled_then_saved() {
    let demo = Network::demo();
    let mut s = screen(NetworkScreen::create(vec![demo.clone()], d("2026-11-23")));
    assert_eq!(s.prompt.as_ref().map(|p| p.kind), Some(PromptKind::Name));
    assert_eq!(type_line(&mut s, &demo.name), NetworkOutcome::Stay);
    assert!(s.prompt.as_ref().unwrap().error.is_some(), "name taken");
    s.prompt = Some(Prompt::new(PromptKind::Name, TextField::default()));
    assert_eq!(type_line(&mut s, "Nord"), NetworkOutcome::Stay);
    assert_eq!(s.prompt.as_ref().map(|p| p.kind), Some(PromptKind::Add));
    let out = type_line(&mut s, "Anne, Bo, Carla");
    let NetworkOutcome::Save(saved) = out else {
        panic!("{out:?}")
    };
    assert_eq!(saved.name, "Nord");
    assert_eq!(saved.names(), ["Anne", "Bo", "Carla"]);
    assert!(s.exists && s.unsaved);
    s.saved(Ok(()), Lang::En);
    assert_eq!(
        s.handle(key(KeyCode::Esc), Lang::En),
        NetworkOutcome::Back(Some(saved))
    );
}

#[test]
fn a_new_network_without_members_is_given_up() {
    let mut s = screen(NetworkScreen::create(Vec::new(), d("2026-11-23")));
    type_line(&mut s, "Nord");
    assert_eq!(
        s.handle(key(KeyCode::Esc), Lang::En),
        NetworkOutcome::Stay,
        "Esc closes the add prompt"
    );
    assert_eq!(
        s.handle(key(KeyCode::Esc), Lang::En),
        NetworkOutcome::Back(None)
    );
}

#[test]
fn remove_asks_first_and_keeps_one_member() {
    let n = Network::new("Nord", &["Anne", "Bo"]);
    let mut s = screen(NetworkScreen::edit(n, Vec::new(), d("2026-11-23")));
    s.handle(key(KeyCode::Down), Lang::En);
    assert_eq!(
        s.handle(key(KeyCode::Char('x')), Lang::En),
        NetworkOutcome::Stay
    );
    assert!(s.asking());
    assert_eq!(s.handle(key(KeyCode::Esc), Lang::En), NetworkOutcome::Stay);
    assert_eq!(s.network.names(), ["Anne", "Bo"], "Esc keeps Bo");
    s.handle(key(KeyCode::Char('x')), Lang::En);
    let out = s.handle(key(KeyCode::Char('y')), Lang::En);
    assert!(matches!(out, NetworkOutcome::Save(n) if n.names() == ["Anne"]));
    assert_eq!(s.selected, 0);
    s.saved(Ok(()), Lang::En);
    s.handle(key(KeyCode::Char('x')), Lang::En);
    assert!(!s.asking(), "the last member stays");
    assert!(s.message.as_ref().is_some_and(|(_, bad)| *bad));
}

#[test]
fn move_and_leave_edit_the_selected_member() {
    let n = Network::new("Nord", &["Anne", "Bo", "Carla"]);
    let mut s = screen(NetworkScreen::edit(n, Vec::new(), d("2026-11-23")));
    s.handle(key(KeyCode::Down), Lang::En);
    s.handle(key(KeyCode::Char('<')), Lang::En);
    assert_eq!(s.network.names(), ["Bo", "Anne", "Carla"]);
    assert_eq!(s.selected, 0, "the selection follows Bo");
    s.handle(key(KeyCode::Char('o')), Lang::En);
    let out = type_line(&mut s, "1/12 28/2");
    assert!(matches!(out, NetworkOutcome::Save(_)));
    assert!(s.network.participants[0].on_leave(d("2027-01-10")));
    s.handle(key(KeyCode::Char('o')), Lang::En);
    let shown = s.prompt.as_ref().unwrap().field.text();
    assert_eq!(shown, "1/12/2026 28/2/2027", "the leave to edit");
    assert_eq!(type_line(&mut s, " bad"), NetworkOutcome::Stay);
    assert!(s.prompt.as_ref().unwrap().error.is_some());
}

#[test]
fn a_network_without_sessions_can_be_renamed_and_one_with_them_cannot() {
    let others = vec![Network::new("Syd", &["Ib"])];
    let n = Network::new("Nrod", &["Anne"]);
    let mut s = screen(NetworkScreen::edit(
        n.clone(),
        others.clone(),
        d("2026-11-23"),
    ));
    s.set_history(&[]);
    s.handle(key(KeyCode::Char('r')), Lang::En);
    let shown = s.prompt.as_ref().unwrap().field.text();
    assert_eq!(shown, "Nrod");
    assert_eq!(type_line(&mut s, "syd"), NetworkOutcome::Stay, "taken");
    assert!(s.prompt.as_ref().unwrap().error.is_some());
    for _ in 0..3 {
        s.handle(key(KeyCode::Backspace), Lang::En);
    }
    let out = type_line(&mut s, "Nord");
    let NetworkOutcome::Rename { from, network } = out else {
        panic!("{out:?}")
    };
    assert_eq!((from.as_str(), network.name.as_str()), ("Nrod", "Nord"));
    assert_eq!(s.renamed_from.as_deref(), Some("Nrod"));

    let mut held = screen(NetworkScreen::edit(n.clone(), others, d("2026-11-23")));
    let past = crate::rotation::sample::record(
        &n,
        d("2026-10-01"),
        &crate::rotation::sample::Meeting::default(),
    );
    held.set_history(&[crate::model::PastMeeting::of(&past)]);
    held.handle(key(KeyCode::Char('r')), Lang::En);
    assert_eq!(type_line(&mut held, "x"), NetworkOutcome::Stay);
    let error = held.prompt.as_ref().unwrap().error.clone().unwrap();
    assert!(error.contains("has 1 session under"), "{error}");
    assert_eq!(held.network.name, "Nrod");
}

#[test]
fn the_next_meeting_s_roles_follow_the_edited_order() {
    let n = Network::new("Nord", &["Anne", "Bo", "Carla"]);
    let mut s = screen(NetworkScreen::edit(n, Vec::new(), d("2026-11-23")));
    s.set_history(&[]);
    let facilitator = |s: &Screen| {
        let (_, next) = s.next.as_ref().unwrap();
        next.facilitator.as_ref().unwrap().name.clone()
    };
    assert_eq!(facilitator(&s), "Anne");
    s.selected = 2;
    s.handle(key(KeyCode::Char('<')), Lang::En);
    s.handle(key(KeyCode::Char('<')), Lang::En);
    assert_eq!(s.network.names(), ["Carla", "Anne", "Bo"]);
    assert_eq!(facilitator(&s), "Carla");
}

#[test]
fn a_failed_save_is_kept_and_tried_again() {
    let n = Network::new("Nord", &["Anne"]);
    let mut s = screen(NetworkScreen::edit(n, Vec::new(), d("2026-11-23")));
    s.handle(key(KeyCode::Char('a')), Lang::En);
    type_line(&mut s, "Bo");
    s.saved(Err("disk full".into()), Lang::En);
    assert!(s.message.as_ref().unwrap().0.contains("disk full"));
    let out = s.handle(key(KeyCode::Down), Lang::En);
    assert!(matches!(out, NetworkOutcome::Save(n) if n.names() == ["Anne", "Bo"]));
}

#[test]
fn a_member_is_named_once_with_letters() {
    let mut s = screen(NetworkScreen::create(Vec::new(), d("2026-11-23")));
    type_line(&mut s, "Nord");
    for typed in ["0", "Åse, ÅSE", "Ib;  ib"] {
        assert_eq!(type_line(&mut s, typed), NetworkOutcome::Stay, "{typed}");
        assert!(s.prompt.as_ref().unwrap().error.is_some(), "{typed}");
        assert!(s.network.participants.is_empty(), "{typed}");
        s.prompt = Some(Prompt::new(PromptKind::Add, TextField::default()));
    }
}
