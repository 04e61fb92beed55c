//! The review screen: past sessions with filters, search as you type, and
//! one session in detail. State and key handling here; drawing in `list`
//! and `detail`; where the data comes from in `data`.

pub mod data;
mod detail;
pub mod keys;
mod list;
mod period;
mod run;

use crate::export::OpenAction;
use crate::model::Record;
use crate::store::index_query::{SearchHit, SearchQuery, SessionFilter, SessionRow};
use chrono::NaiveDate;
use crossterm::event::KeyEvent;
pub use data::{IndexData, ReviewData};
use keys::ReviewKey;
pub use period::Period;
pub use run::run_screen;
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
    pub query: String,
    /// Keys go into the search field.
    pub typing: bool,
    pub hits: Vec<SearchHit>,
    pub include_private: bool,
    pub selected: usize,
    pub detail: Option<Detail>,
    pub help: bool,
    pub message: Option<String>,
    /// What the last key did, shown in place of the footer until the next.
    pub notice: Option<Notice>,
    /// True when the data dir holds no session at all.
    pub empty: bool,
}

/// What the caller must do after a key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReviewOutcome {
    Stay,
    Quit,
    /// Save this session's minutes, in the UI's language: see [`ReviewScreen::export`].
    Export(String),
}

/// A line in place of the footer, until the next key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Notice {
    Exported(PathBuf),
    /// Why the minutes were not saved, in the UI's language.
    ExportFailed(String),
}

/// The most hits the screen asks for.
pub const HIT_LIMIT: usize = 200;

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
            query: String::new(),
            typing: false,
            hits: Vec::new(),
            include_private: false,
            selected: 0,
            detail: None,
            help: false,
            message: None,
            notice: None,
            empty: false,
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

    /// Search results are shown while there is a query.
    pub fn searching(&self) -> bool {
        !self.query.trim().is_empty()
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
        if self.searching() {
            let filter = self.filter();
            self.hits = data
                .search(&SearchQuery {
                    text: self.query.clone(),
                    network: filter.network,
                    include_private: self.include_private,
                    limit: HIT_LIMIT,
                })
                .into_iter()
                .filter(|h| {
                    filter.from.is_none_or(|from| h.day >= from)
                        && self.plan_name().is_none_or(|p| {
                            self.sessions
                                .iter()
                                .any(|s| s.id == h.session && s.plan == p)
                        })
                })
                .collect();
        } else {
            self.hits.clear();
        }
        self.selected = self.selected.min(self.rows().saturating_sub(1));
    }

    pub fn handle(&mut self, key: &KeyEvent, data: &mut dyn ReviewData) -> ReviewOutcome {
        self.message = None;
        self.notice = None;
        if self.help {
            self.help = false;
            return ReviewOutcome::Stay;
        }
        if self.typing {
            return self.handle_typing(key, data);
        }
        let Some(action) = keys::lookup(self.table(), key) else {
            return ReviewOutcome::Stay;
        };
        if self.detail.is_some() {
            return self.handle_detail(action, data);
        }
        match action {
            ReviewKey::Up => self.selected = self.selected.saturating_sub(1),
            ReviewKey::Down => {
                self.selected = (self.selected + 1).min(self.rows().saturating_sub(1))
            }
            ReviewKey::Open => self.open_selected(data),
            ReviewKey::Export => {
                if let Some(id) = self.selected_id() {
                    return ReviewOutcome::Export(id);
                }
            }
            ReviewKey::Search => self.typing = true,
            ReviewKey::Network => {
                self.network = (self.network + 1) % (self.networks.len() + 1);
                self.selected = 0;
                self.reload(data);
            }
            ReviewKey::Plan => {
                self.plan = (self.plan + 1) % (self.plans.len() + 1);
                self.selected = 0;
                self.reload(data);
            }
            ReviewKey::Period => {
                self.period = self.period.next();
                self.selected = 0;
                self.reload(data);
            }
            ReviewKey::Private => {
                self.include_private = !self.include_private;
                self.reload(data);
            }
            ReviewKey::Back if self.searching() => {
                self.query.clear();
                self.selected = 0;
                self.reload(data);
            }
            ReviewKey::Back | ReviewKey::Quit => return ReviewOutcome::Quit,
            ReviewKey::Help => self.help = true,
            _ => {}
        }
        ReviewOutcome::Stay
    }

    fn handle_typing(&mut self, key: &KeyEvent, data: &mut dyn ReviewData) -> ReviewOutcome {
        use crossterm::event::{KeyCode, KeyModifiers};
        let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
        match key.code {
            KeyCode::Esc => {
                self.typing = false;
                self.query.clear();
            }
            KeyCode::Enter | KeyCode::Down | KeyCode::Tab => self.typing = false,
            KeyCode::Backspace => {
                self.query.pop();
            }
            KeyCode::Char('u') if ctrl => self.query.clear(),
            KeyCode::Char('p') if ctrl => self.include_private = !self.include_private,
            KeyCode::Char(c) if !ctrl && !c.is_control() => {
                if self.query.chars().count() < 80 {
                    self.query.push(c);
                }
            }
            _ => return ReviewOutcome::Stay,
        }
        self.selected = 0;
        self.reload(data);
        ReviewOutcome::Stay
    }

    fn handle_detail(&mut self, action: ReviewKey, data: &mut dyn ReviewData) -> ReviewOutcome {
        let Some(detail) = self.detail.as_mut() else {
            return ReviewOutcome::Stay;
        };
        match action {
            ReviewKey::Up => {
                detail.scroll = detail.scroll.min(detail.scroll_max.get()).saturating_sub(1)
            }
            ReviewKey::Down => {
                detail.scroll = detail.scroll.saturating_add(1).min(detail.scroll_max.get())
            }
            ReviewKey::Private => {
                self.include_private = !self.include_private;
                self.reload(data);
            }
            ReviewKey::Back => self.detail = None,
            ReviewKey::Export => return ReviewOutcome::Export(detail.record.id.clone()),
            ReviewKey::Quit => return ReviewOutcome::Quit,
            ReviewKey::Help => self.help = true,
            _ => {}
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
    pub fn export(&mut self, id: &str, data: &mut dyn ReviewData, lang: crate::text::Lang) {
        self.notice = Some(match data.export(id, lang) {
            Ok(path) => Notice::Exported(path),
            Err(why) => Notice::ExportFailed(why),
        });
    }

    /// The footer: the notice of the last key, else the keys.
    fn render_footer(
        &self,
        area: ratatui::layout::Rect,
        buf: &mut ratatui::buffer::Buffer,
        ctx: &super::super::ViewCtx,
    ) {
        use crate::i18n::review as t;
        use ratatui::widgets::{Paragraph, Widget, Wrap};
        let (text, style) = match &self.notice {
            Some(Notice::Exported(path)) => (
                t::EXPORTED.fill(ctx.lang, &[&path.display().to_string()]),
                ctx.styles.accent,
            ),
            Some(Notice::ExportFailed(why)) => {
                (t::EXPORT_FAILED.fill(ctx.lang, &[why]), ctx.styles.error)
            }
            None => {
                Paragraph::new(keys::footer_line(self.table(), ctx.lang, Some(ctx)))
                    .render(area, buf);
                return;
            }
        };
        Paragraph::new(text)
            .style(style)
            .wrap(Wrap { trim: true })
            .render(area, buf);
    }

    /// Rows the footer takes: two for a notice (a path is long).
    fn footer_rows(&self) -> u16 {
        if self.notice.is_some() { 2 } else { 1 }
    }

    fn open_selected(&mut self, data: &mut dyn ReviewData) {
        let Some(id) = self.selected_id() else { return };
        match data.open(&id) {
            Ok((record, actions)) => {
                self.detail = Some(Detail {
                    record,
                    actions,
                    scroll: 0,
                    scroll_max: std::cell::Cell::new(u16::MAX),
                })
            }
            Err(message) => self.message = Some(message),
        }
    }

    /// The key table for the current state (drives keys, footer and help).
    pub fn table(&self) -> &'static [keys::ReviewBinding] {
        if self.typing {
            keys::TYPING
        } else if self.detail.is_some() {
            keys::DETAIL
        } else {
            keys::LIST
        }
    }

    pub fn render(
        &self,
        area: ratatui::layout::Rect,
        buf: &mut ratatui::buffer::Buffer,
        ctx: &super::super::ViewCtx,
    ) {
        if super::too_small(area) {
            super::render_too_small(area, buf, ctx);
            return;
        }
        match &self.detail {
            Some(detail) => detail::render(self, detail, area, buf, ctx),
            None => list::render(self, area, buf, ctx),
        }
        if self.help {
            keys::render_help(self.table(), area, buf, ctx);
        }
    }
}
