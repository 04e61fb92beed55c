//! Drawing the attendance check: the roster with presence and roles, the
//! rotation's suggestions with their reasons, and why a key was refused.

use super::super::ViewCtx;
use super::super::keys;
use super::ScreenView;
use super::attendance::AttendanceScreen;
use super::attendance_roles::ReasonPrompt;
use super::render_footer;
use super::rotation::RotationPanel;
use crate::i18n::home as t;
use crate::model::record::Presence;
use crate::ui::popup::Popups;
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Widget, Wrap};
use unicode_width::UnicodeWidthStr;

/// "Dorte as case-giver instead of Bo: why?" with a line to answer in.
fn render_reason(prompt: &ReasonPrompt, area: Rect, buf: &mut Buffer, ctx: &ViewCtx) {
    let (s, lang) = (ctx.styles, ctx.lang);
    ctx.styles.clear(area, buf);
    let title = t::REASON_TITLE.fill(
        lang,
        &[&prompt.chosen, prompt.role.label(lang), &prompt.suggested],
    );
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(s.accent)
        .title(Span::styled(format!(" {title} "), s.title))
        .title_bottom(Line::styled(
            format!(" {} ", t::REASON_HINT.get(lang)),
            s.muted,
        ));
    let inner = block.inner(area);
    block.render(area, buf);
    prompt.field.render(inner, buf);
}

impl ScreenView for AttendanceScreen {
    fn draw(&self, area: Rect, buf: &mut Buffer, ctx: &ViewCtx, popups: &Popups) -> Rect {
        let asking = if self.reason.is_some() { 3 } else { 0 };
        let footer_rows = super::footer_rows(keys::ATTENDANCE, area.width, ctx);
        let problems = self.problem_lines(area.width, ctx);
        let [body, said, question, footer] = Layout::vertical([
            Constraint::Fill(1),
            Constraint::Length(problems.len() as u16),
            Constraint::Length(asking),
            Constraint::Length(footer_rows),
        ])
        .areas(area);
        Paragraph::new(problems).render(said, buf);
        // Borders, the hint (one row or two) and a row per member, and not
        // a row more: at 80x24 the roles panel below needs every row.
        let list_inner = if body.width >= 110 {
            60
        } else {
            body.width.saturating_sub(2)
        };
        let hint_rows = crate::ui::fit::wrap(t::ATTENDANCE_HINT.get(ctx.lang), list_inner as usize)
            .len() as u16;
        let list_height = (self.presence.len() as u16 + 2 + hint_rows).min(body.height);
        let (list, panel) = if body.width >= 110 {
            let [list, panel] =
                Layout::horizontal([Constraint::Length(62), Constraint::Fill(1)]).areas(body);
            (
                Rect {
                    height: list_height,
                    ..list
                },
                panel,
            )
        } else {
            let [list, panel] =
                Layout::vertical([Constraint::Length(list_height), Constraint::Fill(1)])
                    .areas(body);
            (list, panel)
        };
        self.render_list(list, buf, ctx);
        if let (Some(suggestions), Some(today)) = (&self.suggestions, self.today)
            && panel.height >= 3
        {
            RotationPanel {
                suggestions,
                today,
                network: &self.network.name,
                when: None,
            }
            .render(panel, buf, ctx);
        }
        if let Some(prompt) = &self.reason {
            render_reason(prompt, question, buf, ctx);
            render_footer(keys::LINE_INPUT, footer, buf, ctx);
            return body;
        }
        match popups.footer(ctx.lang) {
            Some(hints) => super::render_hints(&hints, footer, buf, ctx),
            None => render_footer(keys::ATTENDANCE, footer, buf, ctx),
        }
        body
    }
}

impl AttendanceScreen {
    /// The first problem in two rows at the most, with how many more
    /// there are: enough to know the suggestions may be unfair and which
    /// file to mend, while the roles keep their rows.
    fn problem_lines(&self, width: u16, ctx: &ViewCtx) -> Vec<Line<'static>> {
        let Some(first) = self.problems.first() else {
            return Vec::new();
        };
        let more = match self.problems.len() - 1 {
            0 => String::new(),
            n => format!(" {}", t::MORE_PROBLEMS.fill(ctx.lang, &[&n.to_string()])),
        };
        let width = usize::from(width).max(1);
        let mut rows = crate::ui::fit::wrap(&format!("⚠ {first}{more}"), width);
        if rows.len() > 2 {
            // Cut in the second row; the count of the others stays in sight.
            let cut = crate::ui::fit::wrap(&format!("⚠ {first}"), width);
            // wrap gives one row at least, so this slice is never out of range.
            let rest = cut[1..].join(" ");
            let room = width.saturating_sub(more.width());
            rows = cut.into_iter().take(1).collect();
            rows.push(crate::ui::fit::ellipsize(&rest, room) + &more);
        }
        rows.into_iter()
            .map(|row| Line::styled(row, ctx.styles.error))
            .collect()
    }

    fn render_list(&self, area: Rect, buf: &mut Buffer, ctx: &ViewCtx) {
        let (s, lang) = (ctx.styles, ctx.lang);
        let mut block = Block::default()
            .borders(Borders::ALL)
            .border_style(s.border)
            .title(Span::styled(
                format!(" {} – {} ", t::ATTENDANCE.get(lang), self.network.name),
                s.title,
            ));
        // The fixed end given with --until, where the check begins.
        if let Some(until) = self.until {
            let end = crate::i18n::timebox::UNTIL.fill(lang, &[&crate::dates::clock(until, lang)]);
            block = block.title(Line::styled(format!(" {end} "), s.accent).right_aligned());
        }
        // Why a key was refused, under the list it is about: no row of
        // its own, so that at 80x24 the roles panel keeps every role.
        if let Some((phrase, name)) = &self.message {
            block = block.title_bottom(Span::styled(
                format!(" {} ", phrase.fill(lang, &[name])),
                s.error,
            ));
        }
        let inner = block.inner(area);
        block.render(area, buf);
        let mut lines = vec![Line::styled(t::ATTENDANCE_HINT.get(lang), s.muted)];
        let reserve = self.reserve();
        let name_width = self
            .network
            .participants
            .iter()
            .map(|p| unicode_width::UnicodeWidthStr::width(p.name.as_str()))
            .max()
            .unwrap_or(8)
            .clamp(17, 26);
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
                Presence::OnLeave => ("–", crate::i18n::common::ON_LEAVE.get(lang), s.muted),
            };
            let mut roles = Vec::new();
            for (role, choice) in self.choices() {
                if choice.index == Some(i) {
                    roles.push(role.label(lang));
                }
            }
            if reserve == Some(i) && self.case_giver.index != Some(i) {
                roles.push(crate::i18n::common::RESERVE.get(lang));
            }
            if self.urgent.get(i).copied().unwrap_or(false) {
                roles.push(t::URGENT.get(lang));
            }
            let row_style = if i == self.cursor {
                s.selection
            } else {
                s.text
            };
            lines.push(Line::from(vec![
                Span::styled(format!(" {} ", mark.0), mark.2),
                Span::styled(
                    format!("{} ", crate::ui::fit::padded(&p.name, name_width)),
                    row_style,
                ),
                Span::styled(format!("{:<11}", mark.1), mark.2),
                Span::styled(roles.join(", "), s.role),
            ]));
        }
        Paragraph::new(lines)
            .wrap(Wrap { trim: false })
            .render(inner, buf);
    }
}
