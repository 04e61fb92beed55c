//! Drawing the network screen: members in rotation order with what each has
//! done and any leave, the network's health signals, and the open question.

use super::super::ViewCtx;
use super::super::keys;
use super::ScreenView;
use super::network::{NetworkScreen, PromptKind};
use super::render_footer;
use super::rotation::RotationPanel;
use crate::dates::day_month;
use crate::i18n::roster as t;
// The columns `runde network show` has too.
use crate::i18n::rotation as columns;
use crate::rotation::roster::current_leave;
use crate::ui::fit::{ellipsize, padded};
use crate::ui::popup::Popups;
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Widget, Wrap};
use unicode_width::UnicodeWidthStr;

/// "83 %" in Danish, "83%" in English.
fn percent(rate: f64, lang: crate::text::Lang) -> String {
    let n = (rate * 100.0).round();
    match lang {
        crate::text::Lang::Da => format!("{n} %"),
        crate::text::Lang::En => format!("{n}%"),
    }
}

impl ScreenView for NetworkScreen {
    fn draw(&self, area: Rect, buf: &mut Buffer, ctx: &ViewCtx, popups: &Popups) -> Rect {
        let question_rows = match &self.prompt {
            Some(_) => 3,
            None => popups.rows(area.width, ctx.lang),
        };
        let message_rows = match &self.message {
            Some((text, _)) if text.as_str().width() > area.width as usize => 2,
            _ => 1,
        };
        let [body, question, message, footer] = Layout::vertical([
            Constraint::Fill(1),
            Constraint::Length(question_rows),
            Constraint::Length(message_rows),
            Constraint::Length(1),
        ])
        .areas(area);
        if self.charter_view.is_some() {
            self.render_charter(body, buf, ctx);
        } else {
            let members = self.render_next(body, buf, ctx);
            self.render_members(members, buf, ctx);
        }
        if self.prompt.is_some() {
            self.render_question(question, buf, ctx);
        }
        if let Some((text, bad)) = &self.message {
            let style = if *bad {
                ctx.styles.error
            } else {
                ctx.styles.ahead
            };
            Paragraph::new(Line::styled(text.clone(), style))
                .wrap(Wrap { trim: true })
                .render(message, buf);
        }
        if self.charter_view.is_some() {
            render_footer(keys::CHARTER, footer, buf, ctx);
        } else {
            render_footer(keys::NETWORK, footer, buf, ctx);
        }
        body.union(question)
    }
}

impl NetworkScreen {
    /// The next meeting's roles beside the members on a wide screen, or
    /// under them when there is room; the area left for the members.
    fn render_next(&self, body: Rect, buf: &mut Buffer, ctx: &ViewCtx) -> Rect {
        let Some((date, suggestions)) = &self.next else {
            return body;
        };
        let when = crate::i18n::rotation::NEXT_MEETING
            .fill(ctx.lang, &[&day_month(*date, self.today, ctx.lang)]);
        let panel = RotationPanel {
            suggestions,
            today: self.today,
            network: &self.network.name,
            when: Some(&when),
        };
        if body.width >= 150 {
            let [members, side] =
                Layout::horizontal([Constraint::Fill(1), Constraint::Length(60)]).areas(body);
            panel.render(side, buf, ctx);
            return members;
        }
        // The members' rows: intro (2), blank, header, people, blank,
        // sessions, signals, borders.
        let wanted = self.network.participants.len() + self.signals.len() + 9;
        let left = (body.height as usize).saturating_sub(wanted) as u16;
        let height = panel.height(body.width, ctx);
        if left < height.min(8) {
            return body;
        }
        let [members, below] =
            Layout::vertical([Constraint::Fill(1), Constraint::Length(left.min(height))])
                .areas(body);
        panel.render(below, buf, ctx);
        members
    }

    fn render_members(&self, area: Rect, buf: &mut Buffer, ctx: &ViewCtx) {
        let (s, lang) = (ctx.styles, ctx.lang);
        let title = if self.network.name.is_empty() {
            t::NEW_TITLE.get(lang).to_string()
        } else {
            t::TITLE.fill(lang, &[&self.network.name])
        };
        let block = Block::default()
            .borders(Borders::ALL)
            .border_style(s.border)
            .title(Span::styled(format!(" {title} "), s.title));
        let inner = block.inner(area);
        block.render(area, buf);
        let mut lines = vec![Line::styled(t::INTRO.get(lang), s.muted), Line::from("")];
        let people = &self.network.participants;
        if people.is_empty() {
            lines.push(Line::styled(t::EMPTY.get(lang), s.text));
        }
        let name_width = people
            .iter()
            .map(|p| p.name.as_str().width())
            .chain([columns::COL_MEMBER.get(lang).width()])
            .max()
            .unwrap_or(8)
            .min(22);
        if !people.is_empty() {
            lines.push(Line::styled(
                format!(
                    "  {:<3} {}  {:>5}  {} {:>5}  {:>8}  {}",
                    t::COL_NR.get(lang),
                    padded(columns::COL_MEMBER.get(lang), name_width),
                    columns::COL_CASES.get(lang),
                    padded(columns::COL_LAST_CASE.get(lang), 12),
                    columns::COL_FACILITATED.get(lang),
                    columns::COL_ATTENDANCE.get(lang),
                    t::COL_LEAVE.get(lang),
                ),
                s.muted,
            ));
        }
        // Keep the selected member in view on a short screen.
        let room = (inner.height as usize)
            .saturating_sub(lines.len() + 3)
            .max(1);
        let first = self.selected.saturating_sub(room - 1);
        for (i, p) in people.iter().enumerate().skip(first).take(room) {
            let done = self.history.as_ref().and_then(|h| h.member(&p.name));
            let cases = done.map_or("–".into(), |m| m.cases.to_string());
            let last = done
                .and_then(|m| m.last_case)
                .map_or("–".into(), |d| day_month(d, self.today, lang));
            let facilitated = done.map_or("–".into(), |m| m.facilitations.to_string());
            let attended = done
                .and_then(|m| m.attendance_rate())
                .map_or("–".into(), |r| percent(r, lang));
            let leave = current_leave(p, self.today).map_or(String::new(), |l| {
                t::LEAVE_SPAN.fill(
                    lang,
                    &[
                        &day_month(l.from, self.today, lang),
                        &day_month(l.to, self.today, lang),
                    ],
                )
            });
            let (marker, style) = if i == self.selected {
                ("▶ ", s.selection)
            } else {
                ("  ", s.text)
            };
            lines.push(Line::from(vec![
                Span::styled(format!("{marker}{:<3} ", i + 1), style),
                Span::styled(padded(&p.name, name_width), style),
                Span::styled(
                    format!(
                        "  {cases:>5}  {} {facilitated:>5}  {attended:>8}  ",
                        padded(&last, 12)
                    ),
                    s.text,
                ),
                // The rest of the row, so a long leave never wraps into the names.
                Span::styled(
                    ellipsize(
                        &leave,
                        usize::from(inner.width).saturating_sub(name_width + 45),
                    ),
                    s.behind,
                ),
            ]));
        }
        if let Some(h) = &self.history {
            // The stage of the meeting to come: 2 held means the third is next.
            let stage = match h.sessions + 1 {
                0..=2 => t::STAGE_LED,
                3..=6 => t::STAGE_SHARED,
                _ => t::STAGE_OWN,
            }
            .get(lang);
            let said = match h.sessions {
                0 => t::NO_SESSIONS.get(lang).to_string(),
                1 => t::ONE_SESSION.fill(lang, &[stage]),
                n => t::SESSIONS.fill(lang, &[&n.to_string(), stage]),
            };
            lines.push(Line::from(""));
            lines.push(Line::styled(said, s.muted));
        }
        for signal in &self.signals {
            lines.push(Line::styled(format!("! {}", signal.render(lang)), s.behind));
        }
        Paragraph::new(lines)
            .wrap(Wrap { trim: false })
            .render(inner, buf);
    }

    fn render_question(&self, area: Rect, buf: &mut Buffer, ctx: &ViewCtx) {
        let (s, lang) = (ctx.styles, ctx.lang);
        ctx.styles.clear(area, buf);
        let name = self
            .network
            .participants
            .get(self.selected)
            .map_or("", |p| p.name.as_str());
        let block = Block::default()
            .borders(Borders::ALL)
            .border_style(s.accent);
        let Some(prompt) = &self.prompt else {
            return;
        };
        let title = match prompt.kind {
            PromptKind::Name => t::NAME_PROMPT.get(lang).to_string(),
            PromptKind::Rename => t::RENAME_PROMPT.get(lang).to_string(),
            PromptKind::Add => t::ADD_PROMPT.get(lang).to_string(),
            PromptKind::Leave => t::LEAVE_PROMPT.fill(lang, &[name]),
            PromptKind::Charter(slot) => crate::i18n::charter::heading(slot.part())
                .get(lang)
                .to_string(),
        };
        let hint = match (&prompt.error, prompt.kind) {
            (Some(e), _) => Span::styled(format!(" {e} "), s.error),
            (None, PromptKind::Leave) => {
                Span::styled(format!(" {} ", t::LEAVE_HINT.get(lang)), s.muted)
            }
            (None, _) => Span::styled(format!(" {} ", t::INPUT_HINT.get(lang)), s.muted),
        };
        let block = block
            .title(Span::styled(format!(" {title} "), s.title))
            .title_bottom(Line::from(hint));
        let inner = block.inner(area);
        block.render(area, buf);
        prompt.field.render(inner, buf);
    }
}
