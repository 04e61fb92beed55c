//! Before the first step: who is present, who sent word, and today's
//! facilitator and note-taker.

use super::super::ViewCtx;
use super::super::keys::{self, Action};
use super::{centered, render_footer, render_too_small, too_small};
use crate::engine::NewSession;
use crate::i18n::{common as c, home as t};
use crate::model::record::{Attendance, Presence, Roles};
use crate::model::{Network, Plan};
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Widget};

#[derive(Debug, Clone)]
pub enum AttendanceOutcome {
    Stay,
    Begin(Box<NewSession>),
    Quit,
}

#[derive(Debug, Clone)]
pub struct AttendanceScreen {
    pub plan: Plan,
    pub network: Network,
    pub presence: Vec<Presence>,
    pub cursor: usize,
    pub facilitator: Option<usize>,
    pub note_taker: Option<usize>,
    pub help: bool,
}

impl AttendanceScreen {
    pub fn new(plan: Plan, network: Network) -> AttendanceScreen {
        let n = network.participants.len();
        AttendanceScreen {
            plan,
            network,
            presence: vec![Presence::Present; n],
            cursor: 0,
            facilitator: None,
            note_taker: None,
            help: false,
        }
    }

    pub fn handle(&mut self, action: Action) -> AttendanceOutcome {
        if self.help {
            self.help = false;
            return AttendanceOutcome::Stay;
        }
        let n = self.presence.len().max(1);
        match action {
            Action::Up => self.cursor = (self.cursor + n - 1) % n,
            Action::Down => self.cursor = (self.cursor + 1) % n,
            Action::Toggle => {
                if let Some(p) = self.presence.get_mut(self.cursor) {
                    *p = match p {
                        Presence::Present => Presence::NotifiedAbsence,
                        Presence::NotifiedAbsence => Presence::Absent,
                        _ => Presence::Present,
                    };
                }
            }
            Action::SetFacilitator => self.facilitator = Some(self.cursor),
            Action::SetNoteTaker => self.note_taker = Some(self.cursor),
            Action::Select => return AttendanceOutcome::Begin(Box::new(self.new_session())),
            Action::Help => self.help = true,
            Action::Quit => return AttendanceOutcome::Quit,
            _ => {}
        }
        AttendanceOutcome::Stay
    }

    pub fn new_session(&self) -> NewSession {
        let name = |i: Option<usize>| {
            i.and_then(|i| self.network.participants.get(i))
                .map(|p| p.name.clone())
        };
        NewSession {
            plan: self.plan.clone(),
            network: self.network.clone(),
            attendance: self
                .network
                .participants
                .iter()
                .zip(&self.presence)
                .map(|(p, presence)| Attendance {
                    participant: p.name.clone(),
                    presence: *presence,
                    arrived: None,
                    left: None,
                })
                .collect(),
            roles: Roles {
                facilitator: name(self.facilitator),
                note_taker: name(self.note_taker),
                ..Roles::default()
            },
        }
    }

    pub fn render(&self, area: Rect, buf: &mut Buffer, ctx: &ViewCtx) {
        if too_small(area) {
            render_too_small(area, buf, ctx);
            return;
        }
        let (s, lang) = (ctx.styles, ctx.lang);
        let [body, footer] =
            Layout::vertical([Constraint::Fill(1), Constraint::Length(1)]).areas(area);
        let height = self.presence.len() as u16 + 5;
        let panel = centered(body, 64, height);
        let block = Block::default()
            .borders(Borders::ALL)
            .border_style(s.border)
            .title(Span::styled(
                format!(" {} — {} ", t::ATTENDANCE.get(lang), self.network.name),
                s.title,
            ));
        let inner = block.inner(panel);
        block.render(panel, buf);
        let mut lines = vec![Line::styled(t::ATTENDANCE_HINT.get(lang), s.muted)];
        for (i, (p, presence)) in self
            .network
            .participants
            .iter()
            .zip(&self.presence)
            .enumerate()
        {
            let mark = match presence {
                Presence::Present | Presence::Late => ("✓", t::PRESENT.get(lang), s.ahead),
                Presence::NotifiedAbsence => ("–", t::NOTIFIED.get(lang), s.muted),
                Presence::Absent => ("✗", t::ABSENT.get(lang), s.behind),
            };
            let mut roles = Vec::new();
            if self.facilitator == Some(i) {
                roles.push(c::FACILITATOR.get(lang));
            }
            if self.note_taker == Some(i) {
                roles.push(c::NOTE_TAKER.get(lang));
            }
            let row_style = if i == self.cursor {
                s.selection
            } else {
                s.text
            };
            lines.push(Line::from(vec![
                Span::styled(format!(" {} ", mark.0), mark.2),
                Span::styled(format!("{:<24}", p.name), row_style),
                Span::styled(format!("{:<14}", mark.1), mark.2),
                Span::styled(roles.join(", "), s.role),
            ]));
        }
        Paragraph::new(lines).render(inner, buf);
        render_footer(keys::ATTENDANCE, footer, buf, ctx);
        if self.help {
            super::help::render_help(keys::ATTENDANCE, body, buf, ctx);
        }
    }
}
