//! The app: which screen is active, the popup layer over it, and routing
//! a key: to the top popup first, else to the screen.

use super::ViewCtx;
use super::keys;
use super::popup::{KEY_ECHO, Popup, Popups, Routed};
use super::screens::ScreenView;
use super::screens::attendance::{AttendanceOutcome, AttendanceScreen};
use super::screens::home::{HomeOutcome, HomeScreen};
use super::screens::live::{LiveScreen, Outcome};
use super::screens::network::{NetworkOutcome, NetworkScreen};
use super::style::Styles;
use crate::clock::Clock;
use crate::engine::{NewSession, Session};
use crate::text::Lang;
use crossterm::event::{Event, KeyEvent, KeyEventKind};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use std::time::{Duration, Instant};

#[path = "app_draw.rs"]
mod draw;
pub use draw::Beat;

#[derive(Debug, Clone)]
pub enum Screen {
    Home(Box<HomeScreen>),
    Attendance(Box<AttendanceScreen>),
    Live(Box<LiveScreen>),
    Network(Box<NetworkScreen>),
}

#[derive(Debug, Clone)]
pub struct App {
    pub screen: Screen,
    pub lang: Lang,
    pub styles: Styles,
    /// Bell and flash at zero (config; `b` toggles in a session).
    pub alerts: bool,
    /// The home screen while the attendance check or the network screen
    /// is open, for going back.
    pub home: Option<Box<HomeScreen>>,
    /// What is open over the screen; it takes the keys first.
    pub popups: Popups,
    /// The last key a screen took that moved the meeting on (its
    /// binding's label, "→/l") and when, for the same key hit twice or
    /// held (see `keys::Binding::once`).
    moved_on: Option<(&'static str, Instant)>,
}

impl App {
    pub fn new(screen: Screen, lang: Lang, styles: Styles, alerts: bool) -> App {
        App {
            screen,
            lang,
            styles,
            alerts,
            home: None,
            popups: Popups::default(),
            moved_on: None,
        }
    }

    /// A live session that starts now; the runtime puts it on disk at once,
    /// under an id no other session has.
    pub fn start(&mut self, new: NewSession, clock: &dyn Clock) -> Vec<Outcome> {
        let session = Session::start(new, clock);
        self.screen = Screen::Live(Box::new(LiveScreen::new(session, self.alerts)));
        vec![Outcome::Save]
    }

    /// The live screen on a record read under its lock.
    pub fn resume(&mut self, record: crate::model::Record, clock: &dyn Clock) {
        let session = Session::resume(record, clock);
        self.screen = Screen::Live(Box::new(LiveScreen::new(session, self.alerts)));
    }

    pub fn live(&self) -> Option<&LiveScreen> {
        match &self.screen {
            Screen::Live(live) => Some(live),
            _ => None,
        }
    }

    pub fn live_mut(&mut self) -> Option<&mut LiveScreen> {
        match &mut self.screen {
            Screen::Live(live) => Some(live),
            _ => None,
        }
    }

    /// The home screen, shown or kept for going back to.
    pub fn home_screen_mut(&mut self) -> Option<&mut HomeScreen> {
        match &mut self.screen {
            Screen::Home(home) => Some(home),
            _ => self.home.as_deref_mut(),
        }
    }

    /// Returns what the runtime must do, and whether anything may look different.
    pub fn handle_event(&mut self, event: Event, clock: &dyn Clock) -> (Vec<Outcome>, bool) {
        let key = match event {
            Event::Key(key) if key.kind != KeyEventKind::Release => key,
            Event::Resize(..) => return (Vec::new(), true),
            Event::Paste(text) => {
                self.popups.paste(&text);
                return (Vec::new(), true);
            }
            _ => return (Vec::new(), false),
        };
        let outcomes = match self.popups.key(&key, clock.now()) {
            Routed::Taken => {
                self.moved_on = None;
                Vec::new()
            }
            Routed::Done(popup) => {
                self.moved_on = None;
                self.popup_done(popup, clock)
            }
            Routed::Screen => {
                let now = clock.now();
                let binding = self.moves_on(&key);
                let echo = self.moved_on.is_some_and(|(last, at)| {
                    Some(last) == binding && now.saturating_duration_since(at) < KEY_ECHO
                });
                if echo {
                    // The same press, hit twice.
                    self.popups.settle();
                    return (Vec::new(), false);
                }
                self.moved_on = binding.map(|label| (label, now));
                match self.screen_key(key, clock) {
                    Some(outcomes) => outcomes,
                    None => {
                        self.popups.settle();
                        return (Vec::new(), false);
                    }
                }
            }
        };
        self.popups.settle();
        (outcomes, true)
    }

    /// The binding `key` is in the screen's table, when it moves the
    /// meeting on.
    fn moves_on(&self, key: &KeyEvent) -> Option<&'static str> {
        match &self.screen {
            Screen::Live(live) => keys::moves_on(&live.table(), key),
            Screen::Home(_) => keys::moves_on(keys::HOME, key),
            Screen::Attendance(_) => keys::moves_on(keys::ATTENDANCE, key),
            Screen::Network(_) => None,
        }
    }

    /// A popup finished: its screen takes what it holds.
    fn popup_done(&mut self, popup: Popup, clock: &dyn Clock) -> Vec<Outcome> {
        match (popup, &mut self.screen) {
            (Popup::Help(_), _) => Vec::new(),
            (Popup::Live(popup), Screen::Live(live)) => {
                live.popup_done(*popup, self.lang, clock, &mut self.popups)
            }
            (Popup::Network(popup), Screen::Network(screen)) => {
                let outcome = screen.popup_done(popup, self.lang);
                self.network_outcome(outcome)
            }
            (Popup::Home(confirm), Screen::Home(home)) => match home.popup_done(confirm.question) {
                HomeOutcome::Resume(id) => vec![Outcome::Resume(id)],
                HomeOutcome::CloseLeft(id) => vec![Outcome::CloseLeft(id)],
                _ => Vec::new(),
            },
            // Keys reach a screen only with no popup open, so the screen
            // a popup belongs to is still there when it finishes. The
            // review's questions are on its own stack, never on this one.
            (Popup::Live(_) | Popup::Network(_) | Popup::Home(_) | Popup::Review(_), _) => {
                Vec::new()
            }
        }
    }

    /// A key no popup took; `None` when it means nothing here.
    fn screen_key(&mut self, key: KeyEvent, clock: &dyn Clock) -> Option<Vec<Outcome>> {
        let outcomes = match &mut self.screen {
            Screen::Live(live) => live.handle_key(key, clock, &mut self.popups),
            Screen::Home(home) => {
                let action = keys::lookup(keys::HOME, &key)?;
                match home.handle(action, &mut self.popups) {
                    HomeOutcome::Stay => Vec::new(),
                    HomeOutcome::Quit => vec![Outcome::Quit],
                    HomeOutcome::Review => vec![Outcome::OpenReview],
                    HomeOutcome::Start { plan, network } => {
                        self.home = Some(home.clone());
                        let name = network.name.clone();
                        self.screen =
                            Screen::Attendance(Box::new(AttendanceScreen::new(plan, network)));
                        vec![Outcome::LoadHistory(name)]
                    }
                    HomeOutcome::NewNetwork => {
                        let today = clock.wall().date_naive();
                        let screen = NetworkScreen::create(home.networks.clone(), today);
                        self.home = Some(home.clone());
                        self.screen = Screen::Network(Box::new(screen));
                        Vec::new()
                    }
                    HomeOutcome::EditNetwork(network) => {
                        let today = clock.wall().date_naive();
                        let others = home
                            .networks
                            .iter()
                            .filter(|n| n.name != network.name)
                            .cloned()
                            .collect();
                        let name = network.name.clone();
                        let screen = NetworkScreen::edit(network, others, today);
                        self.home = Some(home.clone());
                        self.screen = Screen::Network(Box::new(screen));
                        vec![Outcome::LoadHistory(name)]
                    }
                    HomeOutcome::Resume(id) => vec![Outcome::Resume(id)],
                    HomeOutcome::CloseLeft(id) => vec![Outcome::CloseLeft(id)],
                }
            }
            Screen::Attendance(att) if att.reason.is_some() => {
                att.reason_key(key);
                Vec::new()
            }
            Screen::Attendance(att) => {
                let action = keys::lookup(keys::ATTENDANCE, &key)?;
                match att.handle(action, &mut self.popups) {
                    AttendanceOutcome::Stay => Vec::new(),
                    AttendanceOutcome::Back => match self.home.take() {
                        Some(home) => {
                            self.screen = Screen::Home(home);
                            Vec::new()
                        }
                        None => vec![Outcome::Quit],
                    },
                    AttendanceOutcome::Begin(new) => self.start(*new, clock),
                }
            }
            Screen::Network(screen) => {
                let outcome = screen.handle(key, self.lang, &mut self.popups);
                self.network_outcome(outcome)
            }
        };
        Some(outcomes)
    }

    /// What the network screen asked for, for the runtime.
    fn network_outcome(&mut self, outcome: NetworkOutcome) -> Vec<Outcome> {
        let Screen::Network(screen) = &self.screen else {
            return Vec::new();
        };
        match outcome {
            NetworkOutcome::Stay => Vec::new(),
            NetworkOutcome::Save(network) => vec![Outcome::SaveNetwork(network)],
            NetworkOutcome::Rename { from, network } => {
                vec![Outcome::RenameNetwork { from, network }]
            }
            NetworkOutcome::Back(network) => {
                let unsaved = screen.unsaved;
                let renamed_from = screen.renamed_from.clone();
                let said = screen.message.clone().filter(|_| network.is_none());
                let mut home = self
                    .home
                    .take()
                    .unwrap_or_else(|| Box::new(HomeScreen::new(Vec::new(), Vec::new(), None)));
                let mut outcomes = Vec::new();
                if let Some(network) = network {
                    home.network_back(network.clone(), renamed_from.as_deref());
                    if unsaved {
                        outcomes.push(Outcome::SaveNetwork(network));
                    }
                }
                home.message = said.map(|(text, _)| text);
                self.screen = Screen::Home(home);
                outcomes
            }
        }
    }

    /// The network's past sessions, for the attendance check's rotation
    /// or the network screen.
    /// Records that could not be read are said on that screen: each may be
    /// a meeting of the network the rotation does not count.
    pub fn history_loaded(
        &mut self,
        history: crate::store::Loaded<crate::model::PastMeeting>,
        today: chrono::NaiveDate,
    ) {
        let unread = crate::i18n::rotation::unread_meetings(&history.problems, self.lang);
        match &mut self.screen {
            Screen::Attendance(att) => {
                att.set_history(history.items, today);
                att.problems.extend(unread);
            }
            Screen::Network(screen) => {
                screen.set_history(&history.items);
                if let Some(unread) = unread {
                    screen.message = Some((unread, true));
                }
            }
            _ => {}
        }
    }

    /// Notices of the index met while the history was read, on the
    /// screen that asked for it.
    pub fn history_notices(&mut self, notices: Vec<String>) {
        let Some(first) = notices.first() else {
            return;
        };
        match &mut self.screen {
            Screen::Attendance(att) => att.problems.extend(notices),
            Screen::Network(screen) if screen.message.is_none() => {
                screen.message = Some((first.clone(), true));
            }
            _ => {}
        }
    }

    /// What became of writing a network to disk.
    pub fn network_saved(&mut self, result: Result<(), String>) {
        match &mut self.screen {
            Screen::Network(screen) => screen.saved(result, self.lang),
            Screen::Home(home) => {
                if let Err(e) = result {
                    home.message = Some(crate::i18n::roster::NOT_SAVED.fill(self.lang, &[&e]));
                }
            }
            _ => {}
        }
    }

    pub fn tick(&mut self, clock: &dyn Clock) -> Vec<Outcome> {
        match &mut self.screen {
            Screen::Live(live) => live.tick(clock, &mut self.popups),
            _ => Vec::new(),
        }
    }

    pub fn next_wake(&self, now: Instant) -> Option<Duration> {
        self.live().and_then(|live| live.next_wake(now))
    }
}
