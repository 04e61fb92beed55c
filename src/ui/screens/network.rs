//! The network screen: a network's members in their rotation order, what
//! each has done, and the edits a facilitator makes between meetings (add,
//! remove, move, leave). A new network starts with its name. Every edit is
//! saved at once; a failed save is kept and tried again.

use super::super::keys::{self, NetworkAction};
use super::super::popup::{Confirm, Help, Popups};
use super::super::text_field::{InputOutcome, TextField};
use super::help::TextFields;
use super::network_charter::Slot;
use super::network_popup::{NetworkPopup, NetworkQuestion};
use crate::dates::{day_text, parse_period};
use crate::i18n::roster as t;
use crate::model::{Network, PastMeeting};
use crate::rotation::history::{History, meetings_of};
use crate::rotation::{Day, Signal, Suggestions, agreement, roster, signals, suggest};
use crate::text::Lang;
use chrono::NaiveDate;
use crossterm::event::KeyEvent;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PromptKind {
    Name,
    Rename,
    Add,
    Leave,
    /// An entry of the charter, new or reworded.
    Charter(Slot),
}

/// A one-line question at the foot of the screen.
#[derive(Debug, Clone)]
pub struct Prompt {
    pub kind: PromptKind,
    pub field: TextField,
    pub error: Option<String>,
}

impl Prompt {
    pub(super) fn new(kind: PromptKind, field: TextField) -> Prompt {
        Prompt {
            kind,
            field,
            error: None,
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub enum NetworkOutcome {
    Stay,
    /// Write the network to disk.
    Save(Network),
    /// Write the network under its new name and remove the old file.
    Rename {
        from: String,
        network: Network,
    },
    /// Back to the home screen with the network as it now stands, or
    /// `None` when a new network was given up before it had members.
    Back(Option<Network>),
}

#[derive(Debug, Clone)]
pub struct NetworkScreen {
    pub network: Network,
    /// The other networks, so a new one cannot take their name.
    pub others: Vec<Network>,
    /// False until a new network has been saved with its first members.
    pub exists: bool,
    pub selected: usize,
    pub prompt: Option<Prompt>,
    /// The last thing said, and whether it was a problem.
    pub message: Option<(String, bool)>,
    /// An edit whose save failed, to try again.
    pub unsaved: bool,
    pub today: NaiveDate,
    pub history: Option<History>,
    pub signals: Vec<Signal>,
    /// Who is next for each role at the next meeting, and its date.
    pub next: Option<(NaiveDate, Suggestions)>,
    /// The network's sessions, to suggest the next meeting's roles again
    /// after the roster changes.
    pub records: Vec<PastMeeting>,
    /// The name the network had when the screen opened, once renamed.
    pub renamed_from: Option<String>,
    /// The old name while a rename is not yet saved.
    pub pending_rename: Option<String>,
    /// The charter view is open, its cursor on this slot.
    pub charter_view: Option<usize>,
}

impl NetworkScreen {
    pub fn edit(network: Network, others: Vec<Network>, today: NaiveDate) -> NetworkScreen {
        NetworkScreen {
            network,
            others,
            exists: true,
            selected: 0,
            prompt: None,
            message: None,
            unsaved: false,
            today,
            history: None,
            signals: Vec::new(),
            next: None,
            records: Vec::new(),
            renamed_from: None,
            pending_rename: None,
            charter_view: None,
        }
    }

    /// A new network: the screen opens asking for its name.
    pub fn create(others: Vec<Network>, today: NaiveDate) -> NetworkScreen {
        let mut screen = NetworkScreen::edit(Network::new("", &[]), others, today);
        screen.exists = false;
        screen.prompt = Some(Prompt::new(PromptKind::Name, TextField::default()));
        screen.set_history(&[]);
        screen
    }

    /// The network's past sessions, for what each member has done.
    pub fn set_history(&mut self, records: &[PastMeeting]) {
        self.records = records.to_vec();
        self.recompute();
    }

    /// What each member has done and who is next, from the records kept,
    /// for the roster as it now stands.
    fn recompute(&mut self) {
        let past = meetings_of(&self.network, &self.records, None);
        self.history = Some(History::of(&self.network, &past));
        self.signals = signals(&self.network, &past);
        self.next = None;
        if !self.network.participants.is_empty() {
            // The agreed date when it is still ahead, else today.
            let agreed = agreement(&past).cloned();
            let date = agreed
                .as_ref()
                .and_then(|a| a.date)
                .filter(|d| *d >= self.today)
                .unwrap_or(self.today);
            let day = Day {
                agreed,
                ..Day::new(date)
            };
            self.next = Some((date, suggest(&self.network, &past, &day)));
        }
    }

    fn selected_name(&self) -> Option<String> {
        self.network
            .participants
            .get(self.selected)
            .map(|p| p.name.clone())
    }

    /// A key while no popup is open: to the question at the foot of the
    /// screen if one is asked, else to the screen.
    pub fn handle(&mut self, key: KeyEvent, lang: Lang, popups: &mut Popups) -> NetworkOutcome {
        if let Some(mut prompt) = self.prompt.take() {
            return match prompt.field.line_key(&key) {
                InputOutcome::Editing => {
                    self.prompt = Some(prompt);
                    NetworkOutcome::Stay
                }
                InputOutcome::Cancelled if prompt.kind == PromptKind::Name => {
                    NetworkOutcome::Back(None)
                }
                InputOutcome::Cancelled => self.retry(),
                InputOutcome::Done(text) => self.answer(prompt, &text, lang),
            };
        }
        if self.charter_view.is_some() {
            return match self.charter_key(key, popups) {
                NetworkOutcome::Stay => self.retry(),
                outcome => outcome,
            };
        }
        let Some(action) = keys::lookup(keys::NETWORK, &key) else {
            return self.retry();
        };
        self.message = None;
        let len = self.network.participants.len();
        match action {
            NetworkAction::Up => self.selected = self.selected.saturating_sub(1),
            NetworkAction::Down => self.selected = (self.selected + 1).min(len.saturating_sub(1)),
            NetworkAction::AddMember => {
                self.prompt = Some(Prompt::new(PromptKind::Add, TextField::default()))
            }
            NetworkAction::RemoveMember if len == 1 && self.exists => {
                self.message = Some((t::KEEP_ONE.get(lang).to_string(), true));
            }
            NetworkAction::RemoveMember => {
                if let Some(name) = self.selected_name() {
                    let ask = Confirm::new(NetworkQuestion::Remove(name));
                    popups.open(NetworkPopup::Confirm(ask));
                }
            }
            NetworkAction::MoveEarlier | NetworkAction::MoveLater => {
                if let Some(name) = self.selected_name() {
                    let earlier = action == NetworkAction::MoveEarlier;
                    let out = self.apply(roster::move_member(
                        self.network.clone(),
                        &name,
                        earlier,
                        lang,
                    ));
                    if let Some(i) = self
                        .network
                        .participants
                        .iter()
                        .position(|p| p.name == name)
                    {
                        self.selected = i;
                    }
                    return out;
                }
            }
            NetworkAction::Leave => {
                if let Some(p) = self.network.participants.get(self.selected) {
                    let current = roster::current_leave(p, self.today)
                        .map(|l| format!("{} {}", day_text(l.from), day_text(l.to)))
                        .unwrap_or_default();
                    self.prompt = Some(Prompt::new(PromptKind::Leave, TextField::new(&current)));
                }
            }
            NetworkAction::Rename => {
                // Typing replaces the old name; the arrows keep it to edit.
                let field = TextField::replaceable(&self.network.name);
                self.prompt = Some(Prompt::new(PromptKind::Rename, field));
            }
            NetworkAction::Charter => self.charter_view = Some(0),
            NetworkAction::Help => popups.open(Help::of(keys::NETWORK, TextFields::Some)),
            NetworkAction::Back => return self.back(lang),
        }
        self.retry()
    }

    /// A popup of this screen finished: a yes to its question.
    pub fn popup_done(&mut self, popup: NetworkPopup, lang: Lang) -> NetworkOutcome {
        match popup {
            NetworkPopup::Confirm(confirm) => match confirm.question {
                NetworkQuestion::Remove(name) => {
                    self.apply(roster::remove(self.network.clone(), &name, lang))
                }
                NetworkQuestion::RemoveEntry { part, index, .. } => {
                    self.remove_entry(part, index, lang)
                }
            },
        }
    }

    /// A failed save is tried again at the next key.
    fn retry(&self) -> NetworkOutcome {
        match (&self.pending_rename, self.unsaved && self.exists) {
            (_, false) => NetworkOutcome::Stay,
            (Some(from), true) => NetworkOutcome::Rename {
                from: from.clone(),
                network: self.network.clone(),
            },
            (None, true) => NetworkOutcome::Save(self.network.clone()),
        }
    }

    fn back(&mut self, lang: Lang) -> NetworkOutcome {
        if !self.exists {
            self.message = Some((t::NOT_CREATED.get(lang).to_string(), true));
            return NetworkOutcome::Back(None);
        }
        NetworkOutcome::Back(Some(self.network.clone()))
    }

    fn answer(&mut self, mut prompt: Prompt, text: &str, lang: Lang) -> NetworkOutcome {
        let result = match prompt.kind {
            PromptKind::Name => match roster::new_name(&self.others, text, lang) {
                Ok(name) => {
                    self.network.name = name;
                    self.prompt = Some(Prompt::new(PromptKind::Add, TextField::default()));
                    return NetworkOutcome::Stay;
                }
                Err(e) => Err(e),
            },
            PromptKind::Rename => return self.rename(prompt, text, lang),
            PromptKind::Charter(slot) => return self.charter_answer(slot, text, lang),
            PromptKind::Add => roster::add_many(self.network.clone(), text, lang),
            PromptKind::Leave => match self.selected_name() {
                None => return NetworkOutcome::Stay,
                Some(name) if text.trim().is_empty() => {
                    roster::end_leave(self.network.clone(), &name, self.today, lang)
                }
                Some(name) => match parse_period(text, self.today) {
                    Some(l) => {
                        roster::leave(self.network.clone(), &name, l.from, l.to, self.today, lang)
                    }
                    None => Err(t::BAD_PERIOD.get(lang).to_string()),
                },
            },
        };
        if let Err(e) = &result {
            // Keep what was typed and say what is wrong.
            prompt.error = Some(e.clone());
            self.prompt = Some(prompt);
            return NetworkOutcome::Stay;
        }
        let adding = prompt.kind == PromptKind::Add;
        let out = self.apply(result);
        if adding {
            self.selected = self.network.participants.len().saturating_sub(1);
        }
        out
    }

    /// A new name, while no session is filed under the old one: records
    /// name their network, so a rename would cut the history off.
    fn rename(&mut self, mut prompt: Prompt, text: &str, lang: Lang) -> NetworkOutcome {
        let sessions = self.history.as_ref().map(|h| h.sessions);
        let checked = match sessions {
            Some(0) => roster::new_name(&self.others, text, lang),
            Some(n) => Err(t::HAS_SESSIONS.fill(lang, n, &[])),
            None => Err(t::STILL_LOADING.get(lang).to_string()),
        };
        match checked {
            Ok(name) if name == self.network.name => NetworkOutcome::Stay,
            Ok(name) => {
                let from = std::mem::replace(&mut self.network.name, name.clone());
                self.renamed_from.get_or_insert(from.clone());
                self.message = Some((t::RENAMED.fill(lang, &[&from, &name]), false));
                if !self.exists {
                    return NetworkOutcome::Stay;
                }
                // Renamed twice before a save: the file on disk is the first name's.
                let on_disk = self.pending_rename.get_or_insert(from).clone();
                self.unsaved = true;
                NetworkOutcome::Rename {
                    from: on_disk,
                    network: self.network.clone(),
                }
            }
            Err(e) => {
                prompt.error = Some(e);
                self.prompt = Some(prompt);
                NetworkOutcome::Stay
            }
        }
    }

    fn apply(&mut self, edit: roster::Edit) -> NetworkOutcome {
        match edit {
            Ok((network, message)) => {
                self.network = network;
                if self.history.is_some() {
                    self.recompute();
                }
                self.exists = true;
                self.unsaved = true;
                let last = self.network.participants.len().saturating_sub(1);
                self.selected = self.selected.min(last);
                self.message = Some((message, false));
                NetworkOutcome::Save(self.network.clone())
            }
            Err(e) => {
                self.message = Some((e, true));
                self.retry()
            }
        }
    }

    /// What became of a save the screen asked for.
    pub fn saved(&mut self, result: Result<(), String>, lang: Lang) {
        match result {
            Ok(()) => {
                self.unsaved = false;
                self.pending_rename = None;
            }
            Err(e) => {
                self.unsaved = true;
                self.message = Some((t::NOT_SAVED.fill(lang, &[&e]), true));
            }
        }
    }
}

#[cfg(test)]
#[path = "network_tests.rs"]
mod tests;
