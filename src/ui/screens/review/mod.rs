//! The review screen: past sessions with filters, search as you type, and
//! one session in detail. State and key handling here; drawing in `list`
//! and `detail`; where the data comes from in `data`.

pub mod data;
mod detail;
mod discard;
mod list;
mod period;
mod run;
mod search;
mod search_pause;
mod snippet;
mod view;

use crate::export::MinutesFormat;
use crate::model::Record;
use crate::model::open_action::OpenAction;
use crate::model::open_action::OpenCount;
use crate::store::index_query::{SearchHit, SessionFilter, SessionRow};
use crate::ui::keys::{self, DetailAction, ListAction};
use crate::ui::text_field::TextField;
use chrono::NaiveDate;
use crossterm::event::KeyEvent;
pub use data::{IndexData, ReviewData};
pub use discard::ReviewQuestion;
pub use period::Period;
pub use run::run_screen;
pub use search_pause::{PAUSE, SearchPause};
use std::path::PathBuf;

/// One session opened in detail.
#[derive(Debug, Clone)]
pub struct Detail {
    pub record: Record,
    /// This session's actions with their status after later follow-ups.
    pub actions: Vec<OpenAction>,
    pub scroll: u16,
    /// How far the notes can scroll before the last one leaves the view, as
    /// measured at the last draw (the keys do not know the screen's size).
    pub scroll_max: std::cell::Cell<u16>,
    /// The network's year up to this meeting, for the chart under the notes.
    pub year: Vec<crate::rotation::scores::YearPoint>,
}

#[derive(Debug, Clone)]
pub struct ReviewScreen {
    pub today: NaiveDate,
    pub networks: Vec<String>,
    pub plans: Vec<String>,
    /// Index into `networks` + 1; 0 is all.
    pub network: usize,
    pub plan: usize,
    pub period: Period,
    pub sessions: Vec<SessionRow>,
    /// What is searched for, as typed.
    pub search: TextField,
    /// Keys go into the search field.
    pub typing: bool,
    pub hits: Vec<SearchHit>,
    /// The search found more notes than [`HIT_LIMIT`]: the newest are shown.
    pub more_hits: bool,
    /// The search `hits` answer: the list stays as it is while a search
    /// typed since waits for a pause in the typing.
    pub searched: String,
    /// When the search typed so far is due.
    pub pause: SearchPause,
    pub include_private: bool,
    pub selected: usize,
    pub detail: Option<Detail>,
    pub help: bool,
    pub message: Option<String>,
    /// What the last key did, shown in place of the footer until the next.
    pub notice: Option<Notice>,
    /// True when the data dir holds no session at all.
    pub empty: bool,
    /// Index trouble and unreadable records, said above the list (or in
    /// place of "no sessions yet") instead of an emptier list.
    pub trouble: Vec<data::Trouble>,
    /// The open actions of the network chosen (all networks: every one).
    pub open: OpenCount,
    /// The questions asked before acting (discard a meeting), on the
    /// popup layer as every question: see [`ReviewScreen::handle_at`].
    pub popups: crate::ui::popup::Popups,
}

/// What the caller must do after a key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReviewOutcome {
    Stay,
    Quit,
    /// Save this session's minutes, in the UI's language and this format:
    /// see [`ReviewScreen::export`].
    Export(String, MinutesFormat),
    /// Discard this unfinished session (asked and answered yes): see
    /// [`ReviewScreen::discard`].
    Discard(String),
}

/// A line in place of the footer, until the next key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Notice {
    Exported(PathBuf),
    /// Why the minutes were not saved, in the UI's language.
    ExportFailed(String),
    Discarded,
    /// Why the session was not discarded, in the UI's language.
    DiscardFailed(String),
    /// Why a key did nothing.
    Refused(crate::i18n::Phrase),
}

/// `e` writes Markdown, `E` HTML.
fn format_of(markdown: bool) -> MinutesFormat {
    if markdown {
        MinutesFormat::Markdown
    } else {
        MinutesFormat::Html
    }
}

/// The most hits the screen asks for.
pub const HIT_LIMIT: usize = 200;
/// Rows a page key moves: about the list's height at 80x24.
const PAGE: usize = 15;

/// The longest search, in characters.
const QUERY_LIMIT: usize = 80;

impl ReviewScreen {
    /// A fresh screen over `data`, as seen on `today`.
    pub fn new(data: &mut dyn ReviewData, today: NaiveDate) -> ReviewScreen {
        let mut screen = ReviewScreen {
            today,
            networks: data.networks(),
            plans: data.plans(),
            network: 0,
            plan: 0,
            period: Period::All,
            sessions: Vec::new(),
            search: TextField::default(),
            typing: false,
            hits: Vec::new(),
            more_hits: false,
            searched: String::new(),
            pause: SearchPause::default(),
            include_private: false,
            selected: 0,
            detail: None,
            help: false,
            message: None,
            notice: None,
            empty: false,
            trouble: Vec::new(),
            open: OpenCount::default(),
            popups: crate::ui::popup::Popups::default(),
        };
        screen.reload(data);
        screen.empty = screen.sessions.is_empty();
        screen
    }

    pub fn filter(&self) -> SessionFilter {
        SessionFilter {
            network: self.network_name().map(str::to_string),
            plan: self.plan_name().map(str::to_string),
            from: self.period.from(self.today),
            to: None,
        }
    }

    pub fn network_name(&self) -> Option<&str> {
        self.network
            .checked_sub(1)
            .and_then(|i| self.networks.get(i))
            .map(String::as_str)
    }

    pub fn plan_name(&self) -> Option<&str> {
        self.plan
            .checked_sub(1)
            .and_then(|i| self.plans.get(i))
            .map(String::as_str)
    }

    fn rows(&self) -> usize {
        if self.searching() {
            self.hits.len()
        } else {
            self.sessions.len()
        }
    }

    fn reload(&mut self, data: &mut dyn ReviewData) {
        self.sessions = data.sessions(&self.filter());
        self.open = OpenCount::of(&data.actions(self.network_name()));
        self.run_search(data);
    }

    /// A key whose time is not known (see [`ReviewScreen::handle_at`]):
    /// an open question takes it first.
    pub fn handle(&mut self, key: &KeyEvent, data: &mut dyn ReviewData) -> ReviewOutcome {
        let routed = self.popups.key_untimed(key);
        self.routed(routed, key, data)
    }

    /// A key the popups left to the screen, or the question it answered.
    fn routed(
        &mut self,
        routed: crate::ui::popup::Routed,
        key: &KeyEvent,
        data: &mut dyn ReviewData,
    ) -> ReviewOutcome {
        use crate::ui::popup::{Popup, Routed};
        self.message = None;
        self.notice = None;
        match routed {
            Routed::Screen => self.screen_key(key, data),
            Routed::Done(Popup::Review(confirm)) => self.answered(confirm.question),
            Routed::Done(_) | Routed::Taken => ReviewOutcome::Stay,
        }
    }

    fn screen_key(&mut self, key: &KeyEvent, data: &mut dyn ReviewData) -> ReviewOutcome {
        if self.help {
            self.help = false;
            return ReviewOutcome::Stay;
        }
        if self.typing {
            return self.handle_typing(key, data);
        }
        if self.detail.is_some() {
            return match keys::lookup(keys::REVIEW_DETAIL, key) {
                Some(action) => self.handle_detail(action, data),
                None => ReviewOutcome::Stay,
            };
        }
        let Some(action) = keys::lookup(keys::REVIEW_LIST, key) else {
            return ReviewOutcome::Stay;
        };
        match action {
            ListAction::Up => self.selected = self.selected.saturating_sub(1),
            ListAction::Down => {
                self.selected = (self.selected + 1).min(self.rows().saturating_sub(1))
            }
            ListAction::PageUp => self.selected = self.selected.saturating_sub(PAGE),
            ListAction::PageDown => {
                self.selected = (self.selected + PAGE).min(self.rows().saturating_sub(1))
            }
            ListAction::First => self.selected = 0,
            ListAction::Last => self.selected = self.rows().saturating_sub(1),
            ListAction::Open => self.open_selected(data),
            ListAction::Export | ListAction::ExportHtml => {
                if let Some(id) = self.selected_id() {
                    return ReviewOutcome::Export(id, format_of(action == ListAction::Export));
                }
            }
            ListAction::Discard => self.ask_discard(self.selected_id()),
            ListAction::Search => self.typing = true,
            ListAction::Network => {
                self.network = (self.network + 1) % (self.networks.len() + 1);
                self.selected = 0;
                self.reload(data);
            }
            ListAction::Plan => {
                self.plan = (self.plan + 1) % (self.plans.len() + 1);
                self.selected = 0;
                self.reload(data);
            }
            ListAction::Period => {
                self.period = self.period.next();
                self.selected = 0;
                self.reload(data);
            }
            ListAction::Private => {
                self.include_private = !self.include_private;
                self.reload(data);
            }
            ListAction::Back if self.searching() => {
                self.search = TextField::default();
                self.selected = 0;
                self.reload(data);
            }
            ListAction::Back | ListAction::Quit => return ReviewOutcome::Quit,
            ListAction::Help => self.help = true,
        }
        ReviewOutcome::Stay
    }

    fn handle_detail(&mut self, action: DetailAction, data: &mut dyn ReviewData) -> ReviewOutcome {
        let Some(detail) = self.detail.as_mut() else {
            return ReviewOutcome::Stay;
        };
        match action {
            DetailAction::Up => {
                detail.scroll = detail.scroll.min(detail.scroll_max.get()).saturating_sub(1)
            }
            DetailAction::Down => {
                detail.scroll = detail.scroll.saturating_add(1).min(detail.scroll_max.get())
            }
            DetailAction::Private => {
                self.include_private = !self.include_private;
                self.reload(data);
            }
            DetailAction::Back => self.detail = None,
            DetailAction::Export | DetailAction::ExportHtml => {
                let format = format_of(action == DetailAction::Export);
                return ReviewOutcome::Export(detail.record.id.clone(), format);
            }
            DetailAction::Discard => {
                let id = detail.record.id.clone();
                self.ask_discard(Some(id));
            }
            DetailAction::Quit => return ReviewOutcome::Quit,
            DetailAction::Help => self.help = true,
        }
        ReviewOutcome::Stay
    }

    /// The session under the cursor (of a search hit while searching).
    fn selected_id(&self) -> Option<String> {
        if self.searching() {
            self.hits.get(self.selected).map(|h| h.session.clone())
        } else {
            self.sessions.get(self.selected).map(|s| s.id.clone())
        }
    }

    /// Saves the session's minutes through `data` and says where they went.
    pub fn export(
        &mut self,
        id: &str,
        format: MinutesFormat,
        data: &mut dyn ReviewData,
        lang: crate::text::Lang,
    ) {
        self.notice = Some(match data.export(id, format, lang) {
            Ok(path) => Notice::Exported(path),
            Err(why) => Notice::ExportFailed(why),
        });
    }

    fn open_selected(&mut self, data: &mut dyn ReviewData) {
        let Some(id) = self.selected_id() else { return };
        match data.open(&id) {
            Ok((record, actions)) => {
                let year = data.year(&record);
                self.detail = Some(Detail {
                    record,
                    actions,
                    scroll: 0,
                    scroll_max: std::cell::Cell::new(u16::MAX),
                    year,
                })
            }
            Err(message) => self.message = Some(message),
        }
    }
}
