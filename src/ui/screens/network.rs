//! The network screen: a network's members in their rotation order, what
//! each has done, and the edits a facilitator makes between meetings (add,
//! remove, move, leave). A new network starts with its name. Every edit is
//! saved at once; a failed save is kept and tried again.

use super::super::keys::{self, Action};
use super::note_input::{InputOutcome, line_input};
use crate::i18n::roster as t;
use crate::model::network::Leave;
use crate::model::{Network, Record};
use crate::rotation::history::{History, records_of};
use crate::rotation::{Signal, roster, signals};
use crate::text::Lang;
use chrono::{Datelike, NaiveDate};
use crossterm::event::{KeyCode, KeyEvent};
use ratatui_textarea::TextArea;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PromptKind {
    Name,
    Rename,
    Add,
    Leave,
}

/// A one-line question at the foot of the screen.
#[derive(Debug, Clone)]
pub struct Prompt {
    pub kind: PromptKind,
    pub editor: TextArea<'static>,
    pub error: Option<String>,
}

impl Prompt {
    fn new(kind: PromptKind, text: &str) -> Prompt {
        let mut editor = TextArea::from([text.to_string()]);
        editor.set_cursor_line_style(ratatui::style::Style::new());
        editor.move_cursor(ratatui_textarea::CursorMove::End);
        Prompt {
            kind,
            editor,
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
    pub confirm_remove: bool,
    pub help: bool,
    /// The last thing said, and whether it was a problem.
    pub message: Option<(String, bool)>,
    /// An edit whose save failed, to try again.
    pub unsaved: bool,
    pub today: NaiveDate,
    pub history: Option<History>,
    pub signals: Vec<Signal>,
    /// The name the network had when the screen opened, once renamed.
    pub renamed_from: Option<String>,
    /// The old name while a rename is not yet saved.
    pub pending_rename: Option<String>,
}

impl NetworkScreen {
    pub fn edit(network: Network, others: Vec<Network>, today: NaiveDate) -> NetworkScreen {
        NetworkScreen {
            network,
            others,
            exists: true,
            selected: 0,
            prompt: None,
            confirm_remove: false,
            help: false,
            message: None,
            unsaved: false,
            today,
            history: None,
            signals: Vec::new(),
            renamed_from: None,
            pending_rename: None,
        }
    }

    /// A new network: the screen opens asking for its name.
    pub fn create(others: Vec<Network>, today: NaiveDate) -> NetworkScreen {
        let mut screen = NetworkScreen::edit(Network::new("", &[]), others, today);
        screen.exists = false;
        screen.prompt = Some(Prompt::new(PromptKind::Name, ""));
        screen.set_history(&[]);
        screen
    }

    /// The network's past sessions, for what each member has done.
    pub fn set_history(&mut self, records: &[Record]) {
        let past = records_of(&self.network, records, None);
        self.history = Some(History::of(&self.network, &past));
        self.signals = signals(&self.network, &past);
    }

    fn selected_name(&self) -> Option<String> {
        self.network
            .participants
            .get(self.selected)
            .map(|p| p.name.clone())
    }

    pub fn handle(&mut self, key: KeyEvent, lang: Lang) -> NetworkOutcome {
        if let Some(mut prompt) = self.prompt.take() {
            return match line_input(&mut prompt.editor, key) {
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
        if self.confirm_remove {
            self.confirm_remove = false;
            let yes = matches!(
                key.code,
                KeyCode::Enter | KeyCode::Char('j' | 'J' | 'y' | 'Y')
            );
            return match self.selected_name() {
                Some(name) if yes => self.apply(roster::remove(self.network.clone(), &name, lang)),
                _ => self.retry(),
            };
        }
        if self.help {
            self.help = false;
            return self.retry();
        }
        let Some(action) = keys::lookup(keys::NETWORK, &key) else {
            return self.retry();
        };
        self.message = None;
        let len = self.network.participants.len();
        match action {
            Action::Up => self.selected = self.selected.saturating_sub(1),
            Action::Down => self.selected = (self.selected + 1).min(len.saturating_sub(1)),
            Action::AddMember => self.prompt = Some(Prompt::new(PromptKind::Add, "")),
            Action::RemoveMember if len == 1 && self.exists => {
                self.message = Some((t::KEEP_ONE.get(lang).to_string(), true));
            }
            Action::RemoveMember if len > 0 => self.confirm_remove = true,
            Action::MoveEarlier | Action::MoveLater => {
                if let Some(name) = self.selected_name() {
                    let earlier = action == Action::MoveEarlier;
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
            Action::Leave => {
                if let Some(p) = self.network.participants.get(self.selected) {
                    let current = roster::current_leave(p, self.today)
                        .map(|l| format!("{} {}", day_text(l.from), day_text(l.to)))
                        .unwrap_or_default();
                    self.prompt = Some(Prompt::new(PromptKind::Leave, &current));
                }
            }
            Action::RenameNetwork => {
                self.prompt = Some(Prompt::new(PromptKind::Rename, &self.network.name));
            }
            Action::Help => self.help = true,
            Action::Quit => return self.back(lang),
            _ => {}
        }
        self.retry()
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
                    self.prompt = Some(Prompt::new(PromptKind::Add, ""));
                    return NetworkOutcome::Stay;
                }
                Err(e) => Err(e),
            },
            PromptKind::Rename => return self.rename(prompt, text, lang),
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
            Some(n) => Err(t::HAS_SESSIONS.fill(lang, &[&n.to_string()])),
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

/// "1/12/2026" as a facilitator would type it back.
fn day_text(day: NaiveDate) -> String {
    format!("{}/{}/{}", day.day(), day.month(), day.year())
}

/// A date as typed: "2026-12-01", "1/12/2026", "1.12.2026", "1-12-2026",
/// or without the year ("1/12", "1.12"), which `year_for` decides.
fn parse_day(text: &str, year_for: impl Fn(u32, u32) -> i32) -> Option<NaiveDate> {
    if let Some(day) = crate::ui::screens::live_next::parse_date(text) {
        return Some(day);
    }
    let (d, m) = text.split_once(['/', '.'])?;
    let (d, m): (u32, u32) = (d.parse().ok()?, m.trim_end_matches('.').parse().ok()?);
    NaiveDate::from_ymd_opt(year_for(d, m), m, d)
}

/// A period of leave typed as two dates, "1/12 28/2" or "1/12/2026 –
/// 28/2/2027". A date without a year is the next one from about a month
/// ago, and the end is the first such date on or after the start.
pub fn parse_period(text: &str, today: NaiveDate) -> Option<Leave> {
    let text = text
        .replace(['–', '—'], " ")
        .replace(" - ", " ")
        .replace("..", " ")
        .replace(" til ", " ")
        .replace(" to ", " ");
    let parts: Vec<&str> = text.split_whitespace().collect();
    let [from, to] = parts.as_slice() else {
        return None;
    };
    let recent = today - chrono::Duration::days(31);
    let from = parse_day(from, |d, m| {
        let this = NaiveDate::from_ymd_opt(today.year(), m, d);
        if this.is_some_and(|day| day < recent) {
            today.year() + 1
        } else {
            today.year()
        }
    })?;
    let to = parse_day(to, |d, m| {
        let this = NaiveDate::from_ymd_opt(from.year(), m, d);
        if this.is_some_and(|day| day < from) {
            from.year() + 1
        } else {
            from.year()
        }
    })?;
    Some(Leave { from, to })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crossterm::event::KeyModifiers;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    fn key(code: KeyCode) -> KeyEvent {
        KeyEvent::new(code, KeyModifiers::NONE)
    }

    fn type_line(screen: &mut NetworkScreen, text: &str) -> NetworkOutcome {
        for c in text.chars() {
            screen.handle(key(KeyCode::Char(c)), Lang::En);
        }
        screen.handle(key(KeyCode::Enter), Lang::En)
    }

    #[test]
    fn periods_in_the_forms_a_facilitator_types() {
        let today = d("2026-11-23");
        let want = Leave {
            from: d("2026-12-01"),
            to: d("2027-02-28"),
        };
        for text in [
            "1/12 28/2",
            "1.12 28.2",
            "1/12/2026 – 28/2/2027",
            "2026-12-01 2027-02-28",
            "1/12 til 28/2",
            "2026-12-01..2027-02-28",
        ] {
            assert_eq!(parse_period(text, today), Some(want.clone()), "{text}");
        }
        let started = parse_period("1/11 30/11", today).unwrap();
        assert_eq!(started.from, d("2026-11-01"), "a leave under way");
        assert_eq!(parse_period("1/12", today), None);
        assert_eq!(parse_period("31/2 1/3", today), None);
        assert_eq!(parse_period("snart senere", today), None);
    }

    #[test]
    fn a_new_network_is_named_then_filled_then_saved() {
        let demo = Network::demo();
        let mut s = NetworkScreen::create(vec![demo.clone()], d("2026-11-23"));
        assert_eq!(s.prompt.as_ref().map(|p| p.kind), Some(PromptKind::Name));
        assert_eq!(type_line(&mut s, &demo.name), NetworkOutcome::Stay);
        assert!(s.prompt.as_ref().unwrap().error.is_some(), "name taken");
        s.prompt = Some(Prompt::new(PromptKind::Name, ""));
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
        let mut s = NetworkScreen::create(Vec::new(), d("2026-11-23"));
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
        let mut s = NetworkScreen::edit(n, Vec::new(), d("2026-11-23"));
        s.handle(key(KeyCode::Down), Lang::En);
        assert_eq!(
            s.handle(key(KeyCode::Char('x')), Lang::En),
            NetworkOutcome::Stay
        );
        assert!(s.confirm_remove);
        assert_eq!(s.handle(key(KeyCode::Esc), Lang::En), NetworkOutcome::Stay);
        assert_eq!(s.network.names(), ["Anne", "Bo"], "Esc keeps Bo");
        s.handle(key(KeyCode::Char('x')), Lang::En);
        let out = s.handle(key(KeyCode::Char('y')), Lang::En);
        assert!(matches!(out, NetworkOutcome::Save(n) if n.names() == ["Anne"]));
        assert_eq!(s.selected, 0);
        s.saved(Ok(()), Lang::En);
        s.handle(key(KeyCode::Char('x')), Lang::En);
        assert!(!s.confirm_remove, "the last member stays");
        assert!(s.message.as_ref().is_some_and(|(_, bad)| *bad));
    }

    #[test]
    fn move_and_leave_edit_the_selected_member() {
        let n = Network::new("Nord", &["Anne", "Bo", "Carla"]);
        let mut s = NetworkScreen::edit(n, Vec::new(), d("2026-11-23"));
        s.handle(key(KeyCode::Down), Lang::En);
        s.handle(key(KeyCode::Char('<')), Lang::En);
        assert_eq!(s.network.names(), ["Bo", "Anne", "Carla"]);
        assert_eq!(s.selected, 0, "the selection follows Bo");
        s.handle(key(KeyCode::Char('o')), Lang::En);
        let out = type_line(&mut s, "1/12 28/2");
        assert!(matches!(out, NetworkOutcome::Save(_)));
        assert!(s.network.participants[0].on_leave(d("2027-01-10")));
        s.handle(key(KeyCode::Char('o')), Lang::En);
        let shown = s.prompt.as_ref().unwrap().editor.lines()[0].clone();
        assert_eq!(shown, "1/12/2026 28/2/2027", "the leave to edit");
        assert_eq!(type_line(&mut s, " bad"), NetworkOutcome::Stay);
        assert!(s.prompt.as_ref().unwrap().error.is_some());
    }

    #[test]
    fn a_network_without_sessions_can_be_renamed_and_one_with_them_cannot() {
        let others = vec![Network::new("Syd", &["Ib"])];
        let n = Network::new("Nrod", &["Anne"]);
        let mut s = NetworkScreen::edit(n.clone(), others.clone(), d("2026-11-23"));
        s.set_history(&[]);
        s.handle(key(KeyCode::Char('r')), Lang::En);
        let shown = s.prompt.as_ref().unwrap().editor.lines()[0].clone();
        assert_eq!(shown, "Nrod");
        for _ in 0..4 {
            s.handle(key(KeyCode::Backspace), Lang::En);
        }
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

        let mut held = NetworkScreen::edit(n.clone(), others, d("2026-11-23"));
        let past = crate::rotation::sample::record(
            &n,
            d("2026-10-01"),
            &crate::rotation::sample::Meeting::default(),
        );
        held.set_history(&[past]);
        held.handle(key(KeyCode::Char('r')), Lang::En);
        assert_eq!(type_line(&mut held, "x"), NetworkOutcome::Stay);
        let error = held.prompt.as_ref().unwrap().error.clone().unwrap();
        assert!(error.contains("1 session"), "{error}");
        assert_eq!(held.network.name, "Nrod");
    }

    #[test]
    fn a_failed_save_is_kept_and_tried_again() {
        let n = Network::new("Nord", &["Anne"]);
        let mut s = NetworkScreen::edit(n, Vec::new(), d("2026-11-23"));
        s.handle(key(KeyCode::Char('a')), Lang::En);
        type_line(&mut s, "Bo");
        s.saved(Err("disk full".into()), Lang::En);
        assert!(s.message.as_ref().unwrap().0.contains("disk full"));
        let out = s.handle(key(KeyCode::Down), Lang::En);
        assert!(matches!(out, NetworkOutcome::Save(n) if n.names() == ["Anne", "Bo"]));
    }
}
