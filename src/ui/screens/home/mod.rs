//! The home screen: choose network and plan, resume an interrupted session.

mod arrival;
mod close_left;
mod view;

use crate::model::{Network, Plan, Record};
use crate::ui::keys::{self, HomeAction};
use crate::ui::popup::{Confirm, Help, Popup, Popups, Question};
use crate::ui::screens::help::TextFields;

/// Open actions listed under the menu; the rest are counted.
const SHOWN_ACTIONS: usize = 6;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Row {
    Network,
    Plan,
    Start,
    Resume,
    Review,
}

#[derive(Debug, Clone)]
pub enum HomeOutcome {
    Stay,
    Start {
        plan: Plan,
        network: Network,
    },
    /// Resume the session with this record id: the runtime takes its
    /// lock and reads it then, never what this screen read when it opened.
    Resume(String),
    /// Close the unfinished session with this record id as it stood
    /// (asked and answered yes): the runtime does it under its lock.
    CloseLeft(String),
    Review,
    /// Open the network screen for a new network.
    NewNetwork,
    /// Open the network screen for the selected network.
    EditNetwork(Network),
    Quit,
}

#[derive(Debug, Clone)]
pub struct HomeScreen {
    pub networks: Vec<Network>,
    pub plans: Vec<Plan>,
    /// The most recent unfinished session.
    pub resumable: Option<Record>,
    /// Files that did not load, as "path:line:col: message".
    pub problems: Vec<String>,
    pub network: usize,
    pub plan: usize,
    pub focus: Row,
    pub message: Option<String>,
    /// Open actions of earlier sessions, with their network's name; the
    /// selected network's are shown (private ones never are).
    pub open_actions: Vec<(String, crate::model::open_action::OpenAction)>,
    /// The network was chosen (by the config or a key), so the latest
    /// session's network does not replace it.
    pub network_chosen: bool,
    /// What each network's latest session agreed for the next meeting.
    pub agreements: Vec<(String, crate::model::record::NextMeeting)>,
    /// How far reading the meetings has come, while the data beside the
    /// menu is still loading ("Opbygger mødeoversigten: 3.400 af 10.000
    /// møder"); the menu takes keys meanwhile.
    pub loading: Option<crate::store::index::Progress>,
    /// The other machine the session to resume is running on now:
    /// resuming it asks first.
    pub elsewhere: Option<String>,
    /// The data beside the menu is on its way (see `loaded`): until it
    /// comes, what it may change (the network that met last, the cursor on
    /// Resume) is not offered, so an early Enter never starts a meeting the
    /// screen was about to change.
    pub awaiting: bool,
    /// The facilitator moved the cursor: data arriving leaves it there.
    pub focus_chosen: bool,
    /// The session to resume was left behind (it last ran before today, or
    /// its network has met since): offered, but not chosen for them.
    pub resumable_left: bool,
}

impl HomeScreen {
    pub fn new(networks: Vec<Network>, plans: Vec<Plan>, resumable: Option<Record>) -> HomeScreen {
        let plan = plans.iter().position(|p| p.id == "standard").unwrap_or(0);
        let focus = match resumable {
            Some(_) => Row::Resume,
            None => Row::Start,
        };
        HomeScreen {
            networks,
            plans,
            resumable,
            problems: Vec::new(),
            network: 0,
            plan,
            // After an interruption, resuming is what the facilitator wants.
            focus,
            message: None,
            open_actions: Vec::new(),
            agreements: Vec::new(),
            network_chosen: false,
            loading: None,
            elsewhere: None,
            awaiting: false,
            focus_chosen: false,
            resumable_left: false,
        }
    }

    fn rows(&self) -> Vec<Row> {
        let mut rows = vec![Row::Network, Row::Plan, Row::Start];
        if self.resumable.is_some() {
            rows.push(Row::Resume);
        }
        rows.push(Row::Review);
        rows
    }

    fn step(len: usize, i: usize, forward: bool) -> usize {
        match (len, forward) {
            (0, _) => 0,
            (_, true) => (i + 1) % len,
            (_, false) => (i + len - 1) % len,
        }
    }

    pub fn handle(&mut self, action: HomeAction, popups: &mut Popups) -> HomeOutcome {
        self.message = None;
        let rows = self.rows();
        let at = rows.iter().position(|r| *r == self.focus).unwrap_or(0);
        match action {
            HomeAction::Up | HomeAction::Down => {
                let forward = action == HomeAction::Down;
                self.focus = rows[Self::step(rows.len(), at, forward)];
                self.focus_chosen = true;
            }
            HomeAction::Left | HomeAction::Right => {
                let fwd = action == HomeAction::Right;
                match self.focus {
                    Row::Network => {
                        self.network = Self::step(self.networks.len(), self.network, fwd);
                        self.network_chosen = true;
                    }
                    Row::Plan => self.plan = Self::step(self.plans.len(), self.plan, fwd),
                    _ => {}
                }
            }
            HomeAction::Resume => return self.resume(popups),
            HomeAction::CloseLeft => self.ask_close_left(popups),
            // Nothing is chosen yet: the data may still move the cursor.
            HomeAction::Select if self.undecided() => {}
            HomeAction::Select => match self.focus {
                Row::Resume => return self.resume(popups),
                Row::Review => return HomeOutcome::Review,
                _ => {
                    if let (Some(plan), Some(network)) =
                        (self.plans.get(self.plan), self.networks.get(self.network))
                    {
                        return HomeOutcome::Start {
                            plan: plan.clone(),
                            network: network.clone(),
                        };
                    }
                }
            },
            HomeAction::NewNetwork => return HomeOutcome::NewNetwork,
            HomeAction::EditNetwork => {
                if let Some(network) = self.networks.get(self.network) {
                    return HomeOutcome::EditNetwork(network.clone());
                }
            }
            HomeAction::Help => popups.open(Help::of(keys::HOME, TextFields::None)),
            HomeAction::Quit => return HomeOutcome::Quit,
        }
        HomeOutcome::Stay
    }

    /// Back from the network screen: the network as it now stands is the
    /// one chosen.
    pub fn network_back(&mut self, network: Network, renamed_from: Option<&str>) {
        if let Some(old) = renamed_from {
            // The demo is built in: it stays under its own name.
            self.networks
                .retain(|n| n.name != old || *n == Network::demo());
        }
        let same = |n: &Network| crate::names::same(&n.name, &network.name);
        match self.networks.iter().position(same) {
            Some(i) => {
                self.networks[i] = network;
                self.network = i;
            }
            None => {
                // In its place by name, before the demo, as at the start.
                let key = crate::names::sort_key(&network.name);
                let at = self
                    .networks
                    .iter()
                    .position(|n| *n == Network::demo() || crate::names::sort_key(&n.name) > key)
                    .unwrap_or(self.networks.len());
                self.networks.insert(at, network);
                self.network = at;
            }
        }
        self.focus = Row::Network;
        self.network_chosen = true;
        self.focus_chosen = true;
    }

    /// Resumes the session, asking first when it runs on another machine.
    fn resume(&self, popups: &mut Popups) -> HomeOutcome {
        match (&self.resumable, &self.elsewhere) {
            (Some(r), Some(machine)) => {
                popups.open(Popup::Home(Confirm::new(HomeQuestion::ResumeElsewhere {
                    id: r.id.clone(),
                    machine: machine.clone(),
                })));
                HomeOutcome::Stay
            }
            (Some(r), None) => HomeOutcome::Resume(r.id.clone()),
            (None, _) => HomeOutcome::Stay,
        }
    }

    /// A yes to the home screen's question.
    pub fn popup_done(&mut self, question: HomeQuestion) -> HomeOutcome {
        match question {
            HomeQuestion::ResumeElsewhere { id, .. } => HomeOutcome::Resume(id),
            HomeQuestion::CloseLeft { id, .. } => HomeOutcome::CloseLeft(id),
        }
    }
}

/// What the home screen asks before it acts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum HomeQuestion {
    /// Resume the session `id`, running on `machine` now.
    ResumeElsewhere { id: String, machine: String },
    /// Close the session `id` as it stood: its network, when it began and
    /// when it last ran.
    CloseLeft {
        id: String,
        network: String,
        started: crate::model::record::Stamp,
        last: crate::model::record::Stamp,
    },
}

impl Question for HomeQuestion {
    fn text(&self, lang: crate::text::Lang) -> String {
        match self {
            HomeQuestion::ResumeElsewhere { machine, .. } => {
                crate::i18n::share::RESUME_ELSEWHERE.fill(lang, &[machine])
            }
            HomeQuestion::CloseLeft {
                network,
                started,
                last,
                ..
            } => {
                let day = crate::dates::short_day(started.date_naive());
                let at = crate::dates::clock(*last, lang);
                crate::i18n::home::CLOSE_LEFT_ASK.fill(lang, &[network, &day, &at])
            }
        }
    }

    fn warning(&self) -> bool {
        true
    }
}
