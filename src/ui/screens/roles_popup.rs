//! Roles that change hands on the live screen: `R` opens today's roles,
//! one is handed on to someone present with a reason; when a role-holder
//! leaves with `d`, runde asks who takes each of their roles over before
//! they leave. The record keeps every change (engine `Msg::HandOver`).

use super::super::ViewCtx;
use super::super::keys::{self, RolesAction};
use super::super::text_field::{InputOutcome, TextField};
use super::live::{LiveScreen, Outcome};
use super::live_popup::LivePopup;
use super::live_roles::day_role_label;
use super::render_footer;
use crate::clock::Clock;
use crate::engine::handover::{clash, may_be_vacant, role_ahead, roles_ahead, successor};
use crate::engine::roles::holder;
use crate::engine::{HandOverReason, Msg};
use crate::i18n::live as t;
use crate::model::role_kind::RoleKind;
use crate::model::roles::RoleNames;
use crate::ui::popup::panel;
use crate::ui::popup::{Popups, Reply};
use crossterm::event::KeyEvent;
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Widget};

/// Today's roles with work ahead, each with its holder (none: vacant).
#[derive(Debug, Clone)]
pub struct RolesBox {
    pub roles: Vec<(RoleKind, Option<String>)>,
    pub selected: usize,
    /// What the plan calls its roles.
    pub names: RoleNames,
}

impl RolesBox {
    pub fn key(&mut self, key: &KeyEvent) -> Reply {
        match keys::lookup(keys::ROLES_BOX, key) {
            Some(RolesAction::Up) => self.selected = self.selected.saturating_sub(1),
            Some(RolesAction::Down) => {
                self.selected = (self.selected + 1).min(self.roles.len().saturating_sub(1))
            }
            Some(RolesAction::HandOn) => return Reply::Done,
            Some(RolesAction::Close) => return Reply::Close,
            None => {}
        }
        Reply::Stay
    }

    pub fn render(&self, area: Rect, buf: &mut Buffer, ctx: &ViewCtx) {
        let (s, lang) = (ctx.styles, ctx.lang);
        let labels: Vec<String> = self
            .roles
            .iter()
            .map(|(r, _)| day_role_label(*r, &self.names, lang))
            .collect();
        let label_width = labels
            .iter()
            .map(|l| crate::ui::fit::width(l))
            .max()
            .unwrap_or(0);
        let rect = panel(area, 60, self.roles.len() as u16 + 4, buf, ctx.styles);
        let block = Block::default()
            .borders(Borders::ALL)
            .border_style(s.accent)
            .title(Span::styled(
                format!(" {} ", t::ROLES_BOX_TITLE.get(lang)),
                s.title,
            ));
        let inner = block.inner(rect);
        block.render(rect, buf);
        let [list, hints] =
            Layout::vertical([Constraint::Fill(1), Constraint::Length(1)]).areas(inner);
        let lines: Vec<Line> = self
            .roles
            .iter()
            .zip(labels)
            .enumerate()
            .map(|(i, ((_, who), label))| {
                let chosen = i == self.selected;
                let pad = label_width.saturating_sub(crate::ui::fit::width(&label));
                Line::from(vec![
                    Span::styled(if chosen { "▸ " } else { "  " }, s.accent),
                    Span::styled(format!("{label}{}  ", " ".repeat(pad)), s.muted),
                    Span::styled(
                        who.clone()
                            .unwrap_or_else(|| t::NOBODY.get(lang).to_string()),
                        if chosen { s.selection } else { s.role },
                    ),
                ])
            })
            .collect();
        Paragraph::new(lines).render(list, buf);
        render_footer(keys::ROLES_BOX, hints, buf, ctx);
    }
}

/// Someone leaving whose roles are being handed on: the choices so far,
/// and the roles still to ask about.
#[derive(Debug, Clone)]
pub struct Leaving {
    pub name: String,
    pub chosen: Vec<(RoleKind, Option<String>)>,
    pub rest: Vec<RoleKind>,
}

/// Who takes a role over: a name (empty: nobody, where the role allows),
/// then, when handed on by hand, why.
#[derive(Debug, Clone)]
pub struct HandOverInput {
    pub role: RoleKind,
    pub from: Option<String>,
    /// Those present who can be meant.
    pub candidates: Vec<String>,
    pub field: TextField,
    /// The name is settled (`Some(to)`): the reason is being typed.
    pub to: Option<Option<String>>,
    pub leaving: Option<Leaving>,
    /// Why the last answer was not taken.
    pub error: Option<String>,
    /// What the plan calls its roles.
    pub names: RoleNames,
}

impl HandOverInput {
    /// Rows the prompt takes in a popup `width` columns wide: the borders,
    /// who can be meant (or why, or why not), the field, the keys.
    pub fn rows(&self, width: u16, lang: crate::text::Lang) -> u16 {
        4 + self.about(width.saturating_sub(2), lang).len() as u16
    }

    /// The line over the field, fitted to `width` columns: why the last
    /// answer was not taken, the reason's hint, or who can be meant.
    fn about(&self, width: u16, lang: crate::text::Lang) -> Vec<String> {
        let fitted = |text: &str| super::who_line::wrapped(text, usize::from(width));
        match (&self.error, &self.to) {
            (Some(why), _) => fitted(why),
            (None, Some(_)) => fitted(t::HAND_ON_REASON_HINT.get(lang)),
            (None, None) => {
                let vacant = may_be_vacant(self.role).then(|| t::EMPTY_IS_NOBODY.get(lang));
                super::who_line::rows(t::HERE_NOW, &self.candidates, vacant, width, lang)
            }
        }
    }

    pub fn key(&mut self, key: &KeyEvent) -> Reply {
        match self.field.line_key(key) {
            InputOutcome::Editing => Reply::Stay,
            InputOutcome::Done(_) => Reply::Done,
            InputOutcome::Cancelled => Reply::Close,
        }
    }

    pub fn render(&self, area: Rect, buf: &mut Buffer, ctx: &ViewCtx) {
        let (s, lang) = (ctx.styles, ctx.lang);
        ctx.styles.clear(area, buf);
        let role = day_role_label(self.role, &self.names, lang);
        let nobody = t::NOBODY.get(lang).to_string();
        let from = self.from.clone().unwrap_or_else(|| nobody.clone());
        let title = match (&self.to, &self.leaving) {
            (Some(to), _) => {
                t::HAND_ON_WHY.fill(lang, &[to.as_deref().unwrap_or(&nobody), &role, &from])
            }
            (None, Some(leaving)) => t::TAKES_OVER_FROM_LEAVING.fill(lang, &[&leaving.name, &role]),
            (None, None) if self.from.is_none() => t::TAKES_VACANT.fill(lang, &[&role]),
            (None, None) => t::TAKES_OVER.fill(lang, &[&role, &from]),
        };
        let block = Block::default()
            .borders(Borders::ALL)
            .border_style(s.accent)
            .title(Span::styled(format!(" {title} "), s.title));
        let inner = block.inner(area);
        block.render(area, buf);
        let about = self.about(inner.width, lang);
        let [about_area, text, hints] = Layout::vertical([
            Constraint::Length(about.len() as u16),
            Constraint::Fill(1),
            Constraint::Length(1),
        ])
        .areas(inner);
        let style = match self.error {
            Some(_) => s.error,
            None => s.muted,
        };
        let lines: Vec<Line> = about.into_iter().map(|r| Line::styled(r, style)).collect();
        Paragraph::new(lines).render(about_area, buf);
        self.field.render(text, buf);
        render_footer(keys::LINE_INPUT, hints, buf, ctx);
    }
}

/// What was wrong with a name typed for a role.
fn refusal(
    screen: &LiveScreen,
    input: &HandOverInput,
    typed: &str,
    lang: crate::text::Lang,
) -> Result<Option<String>, String> {
    use crate::names::{Found, find};
    let typed = typed.trim();
    if typed.is_empty() {
        return match may_be_vacant(input.role) {
            true => Ok(None),
            false => Err(t::ROLE_NEEDS_SOMEONE.get(lang).to_string()),
        };
    }
    let refs: Vec<&str> = input.candidates.iter().map(String::as_str).collect();
    let name = match find(&refs, typed) {
        Found::One(name) => name.to_string(),
        Found::None => return Err(t::NAME_UNKNOWN.fill(lang, &[typed])),
        Found::Several(names) => return Err(t::NAME_SEVERAL.fill(lang, &[&names.join(", ")])),
    };
    let record = screen.session.record();
    let names = record.plan.role_names(None);
    if let Some(c) = clash(record, input.role, &name, screen.session.step_index()) {
        return Err(
            t::HOLDS_OTHER_ROLE.fill(lang, &[&name, &day_role_label(c.holds, &names, lang)])
        );
    }
    // One person takes one of the leaver's roles.
    if let Some((role, _)) = input
        .leaving
        .iter()
        .flat_map(|l| &l.chosen)
        .find(|(_, to)| {
            to.as_deref()
                .is_some_and(|to| crate::names::same(to, &name))
        })
    {
        return Err(t::HOLDS_OTHER_ROLE.fill(lang, &[&name, &day_role_label(*role, &names, lang)]));
    }
    Ok(Some(name))
}

impl LiveScreen {
    /// `R`: today's roles with work still ahead.
    pub fn open_roles(&self, popups: &mut Popups) {
        let record = self.session.record();
        let step = self.session.step_index();
        let roles: Vec<(RoleKind, Option<String>)> = RoleKind::DAY
            .into_iter()
            .filter(|r| role_ahead(record, *r, step))
            .filter(|r| {
                // The case's roles only where a supervision lies ahead.
                !matches!(
                    r,
                    RoleKind::CaseGiver | RoleKind::Interviewer | RoleKind::Reserve
                ) || crate::engine::roles::supervision_in_view(record, step).is_some()
            })
            .filter(|r| *r != RoleKind::Interviewer || holder(record, *r, step).is_some())
            .map(|r| (r, holder(record, r, step).map(str::to_string)))
            .collect();
        popups.open(LivePopup::Roles(RolesBox {
            roles,
            selected: 0,
            names: record.plan.role_names(None),
        }));
    }

    /// The input that asks who takes `role` over (from `from`, or from
    /// someone leaving), suggesting whom the rules would.
    fn hand_over_input(
        &self,
        role: RoleKind,
        from: Option<String>,
        leaving: Option<Leaving>,
    ) -> HandOverInput {
        let record = self.session.record();
        let step = self.session.step_index();
        let gone = leaving
            .as_ref()
            .map(|l| l.name.clone())
            .or(from.clone())
            .unwrap_or_default();
        let candidates: Vec<String> = record
            .present()
            .into_iter()
            .filter(|p| !crate::names::same(p, &gone))
            .collect();
        let offer = successor(record, role, &gone, step).unwrap_or_default();
        HandOverInput {
            role,
            from,
            candidates,
            field: TextField::replaceable(&offer),
            to: None,
            leaving,
            error: None,
            names: record.plan.role_names(None),
        }
    }

    pub(super) fn roles_done(&mut self, roles: RolesBox, popups: &mut Popups) {
        if let Some((role, from)) = roles.roles.get(roles.selected).cloned() {
            popups.open(LivePopup::HandOver(self.hand_over_input(role, from, None)));
        }
    }

    /// Someone chosen to leave: first who takes each of their roles over.
    pub(super) fn leaving(
        &mut self,
        name: String,
        clock: &dyn Clock,
        popups: &mut Popups,
    ) -> Vec<Outcome> {
        let roles = roles_ahead(self.session.record(), &name, self.session.step_index());
        let Some((first, rest)) = roles.split_first() else {
            return self.send_all(vec![Msg::Leave(name)], clock, popups);
        };
        let leaving = Leaving {
            name: name.clone(),
            chosen: Vec::new(),
            rest: rest.to_vec(),
        };
        let input = self.hand_over_input(*first, Some(name), Some(leaving));
        popups.open(LivePopup::HandOver(input));
        Vec::new()
    }

    pub(super) fn hand_over_done(
        &mut self,
        mut input: HandOverInput,
        lang: crate::text::Lang,
        clock: &dyn Clock,
        popups: &mut Popups,
    ) -> Vec<Outcome> {
        let typed = input.field.text();
        if let Some(to) = input.to.take() {
            let msg = Msg::HandOver {
                role: input.role,
                to,
                reason: HandOverReason::Said(typed.trim().to_string()),
            };
            return self.send_all(vec![msg], clock, popups);
        }
        let to = match refusal(self, &input, &typed, lang) {
            Ok(to) => to,
            Err(why) => {
                input.error = Some(why);
                popups.open(LivePopup::HandOver(input));
                return Vec::new();
            }
        };
        let Some(mut leaving) = input.leaving.take() else {
            // By hand: now why.
            input.to = Some(to);
            input.error = None;
            input.field = TextField::default();
            popups.open(LivePopup::HandOver(input));
            return Vec::new();
        };
        leaving.chosen.push((input.role, to));
        if !leaving.rest.is_empty() {
            let next = leaving.rest.remove(0);
            let from = Some(leaving.name.clone());
            popups.open(LivePopup::HandOver(self.hand_over_input(
                next,
                from,
                Some(leaving),
            )));
            return Vec::new();
        }
        // Every role has a new holder: the hand-overs, then the leave.
        let mut msgs: Vec<Msg> = leaving
            .chosen
            .into_iter()
            .map(|(role, to)| Msg::HandOver {
                role,
                to,
                reason: HandOverReason::Left,
            })
            .collect();
        msgs.push(Msg::Leave(leaving.name));
        self.send_all(msgs, clock, popups)
    }
}
