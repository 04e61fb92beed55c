//! The home screen as drawn: the menu, then what was agreed last time and
//! the open actions of the chosen network.

use super::{HomeScreen, Row, SHOWN_ACTIONS};
use crate::i18n::home as t;
use crate::model::Network;
use crate::model::open_action::OpenCount;
use crate::model::planning::{Headcount, plan_minutes};
use crate::ui::ViewCtx;
use crate::ui::keys;
use crate::ui::popup::Popups;
use crate::ui::screens::{ScreenView, centered, render_footer, render_hints};
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Widget};

impl ScreenView for HomeScreen {
    fn draw(&self, area: Rect, buf: &mut Buffer, ctx: &ViewCtx, popups: &Popups) -> Rect {
        let (s, lang) = (ctx.styles, ctx.lang);
        let [body, footer] =
            Layout::vertical([Constraint::Fill(1), Constraint::Length(1)]).areas(area);
        let mut lines = vec![Line::styled(t::WELCOME.get(lang), s.muted), Line::from("")];
        for row in self.rows() {
            let focused = row == self.focus;
            let (label, value) = match row {
                Row::Network if self.network_undecided() => {
                    (t::NETWORK.get(lang), t::LOADING.get(lang).to_string())
                }
                Row::Network => {
                    let n = self.networks.get(self.network);
                    let value = n.map_or(String::new(), |n| {
                        format!("‹ {} ({}) ›", n.name, n.participants.len())
                    });
                    (t::NETWORK.get(lang), value)
                }
                Row::Plan => {
                    let present = self
                        .networks
                        .get(self.network)
                        .map_or(8, |n| n.participants.len());
                    let value = self.plans.get(self.plan).map_or(String::new(), |p| {
                        // Its length follows the network, once that is known.
                        if self.network_undecided() {
                            return format!("‹ {} ›", p.title.get(lang));
                        }
                        let mins = plan_minutes(p, Headcount::new(present)).round();
                        format!("‹ {} · {mins} min ›", p.title.get(lang))
                    });
                    (t::PLAN.get(lang), value)
                }
                Row::Start if self.undecided() => (t::START.get(lang), t::LOADING.get(lang).into()),
                Row::Start => (t::START.get(lang), String::new()),
                Row::Resume => {
                    let r = self.resumable.as_ref();
                    // The whole line where it fits its box, else the short one.
                    let room = usize::from(72.min(body.width).saturating_sub(2)).saturating_sub(15);
                    let value = r.map_or(String::new(), |r| {
                        let step = (r.live.step + 1).to_string();
                        let steps = r.plan.steps.len().to_string();
                        let when = crate::dates::day_and_clock(r.started, lang);
                        let title = r.plan.title.get(lang);
                        let whole = t::RESUME_WHAT
                            .fill(lang, &[&r.network.name, title, &when, &step, &steps]);
                        if crate::ui::fit::width(&whole) <= room {
                            return whole;
                        }
                        // A long network name gives way, never the day or step.
                        let short =
                            |name: &str| t::RESUME_SHORT.fill(lang, &[name, &when, &step, &steps]);
                        let rest = crate::ui::fit::width(&short(""));
                        short(&crate::ui::fit::ellipsize(
                            &r.network.name,
                            room.saturating_sub(rest),
                        ))
                    });
                    let value = match &self.elsewhere {
                        Some(machine) => format!(
                            "{value} · {}",
                            crate::i18n::share::RUNNING_ELSEWHERE.fill(lang, &[machine])
                        ),
                        None => value,
                    };
                    (t::RESUME.get(lang), value)
                }
                Row::Review => (crate::i18n::review::TITLE.get(lang), String::new()),
            };
            let style = if focused { s.selection } else { s.text };
            let marker = if focused { "▶ " } else { "  " };
            let waiting = match row {
                Row::Network => self.network_undecided(),
                Row::Start => self.undecided(),
                _ => false,
            };
            let value_style = match (waiting, focused) {
                (true, _) => s.muted,
                (false, true) => s.accent,
                (false, false) => s.text,
            };
            lines.push(Line::from(vec![
                Span::styled(format!("{marker}{label:<12}"), style),
                Span::styled(format!(" {value}"), value_style),
            ]));
            if row == Row::Resume && self.resumable_left && self.elsewhere.is_none() {
                let said = t::LEFT_BEHIND.get(lang);
                lines.push(Line::styled(format!("{:15}{said}", ""), s.muted));
            }
        }
        if self.networks.iter().all(|n| *n == Network::demo()) {
            lines.push(Line::from(""));
            lines.push(Line::styled(t::ONLY_DEMO.get(lang), s.muted));
        }
        if let Some(p) = self.loading {
            lines.push(Line::from(""));
            lines.push(Line::styled(crate::i18n::index::progress(p, lang), s.muted));
        }
        self.agreement_lines(&mut lines, ctx);
        let mut tail = Vec::new();
        if let Some(msg) = &self.message {
            tail.push(Line::from(""));
            tail.push(Line::styled(msg.clone(), s.accent));
        }
        for p in self.problems.iter().take(3) {
            tail.push(Line::styled(p.clone(), s.error));
        }
        // As tall as its lines need (long ones wrap), within the screen:
        // the open actions take the rows the rest leaves, one row each,
        // so a message or a problem below them is never pushed off.
        let width = 72.min(body.width);
        let inner_width = usize::from(width.saturating_sub(2)).max(1);
        // Rows as drawn: a long line wraps, hung under its text.
        let rows_of = |lines: &[Line]| -> usize {
            lines
                .iter()
                .map(|l| crate::ui::fit::hang(l.clone(), inner_width).len())
                .sum()
        };
        let room = usize::from(body.height.saturating_sub(2))
            .saturating_sub(rows_of(&lines) + rows_of(&tail));
        self.open_action_lines(&mut lines, room, inner_width, ctx);
        lines.extend(tail);
        let lines: Vec<Line> = lines
            .into_iter()
            .flat_map(|l| crate::ui::fit::hang(l, inner_width))
            .collect();
        let rows = lines.len();
        let height = u16::try_from(rows + 2).unwrap_or(u16::MAX).max(16);
        let panel = centered(body, width, height);
        let block = Block::default()
            .borders(Borders::ALL)
            .border_style(s.border)
            .title(Span::styled(" runde ", s.title));
        let inner = block.inner(panel);
        block.render(panel, buf);
        Paragraph::new(lines).render(inner, buf);
        match popups.footer(ctx.lang) {
            Some(hints) => render_hints(&hints, footer, buf, ctx),
            None => render_footer(keys::HOME, footer, buf, ctx),
        }
        body
    }
}

impl HomeScreen {
    /// What the selected network agreed for this meeting last time.
    fn agreement_lines(&self, lines: &mut Vec<Line>, ctx: &ViewCtx) {
        use crate::i18n::common as c;
        let (s, lang) = (ctx.styles, ctx.lang);
        let Some(network) = self.networks.get(self.network) else {
            return;
        };
        let Some((_, next)) = self
            .agreements
            .iter()
            .find(|(name, _)| crate::names::same(name, &network.name))
        else {
            return;
        };
        use crate::model::record::NextField as F;
        // What the facilitator entered comes under "agreed"; what was only
        // the rotation's suggestion is called so.
        let (mut agreed, mut suggested): (Vec<String>, Vec<String>) = (Vec::new(), Vec::new());
        for (field, who, word) in [
            (F::Facilitator, &next.facilitator, c::FACILITATOR),
            (F::NoteTaker, &next.note_taker, c::NOTE_TAKER),
            (F::CaseGiver, &next.case_giver, c::CASE_GIVER),
            (F::Reserve, &next.reserve, crate::i18n::common::RESERVE),
            (F::Host, &next.host, c::HOST),
        ] {
            if let Some(who) = who {
                let part = format!("{} {who}", word.get(lang));
                match next.is_agreed(field) {
                    true => agreed.push(part),
                    false => suggested.push(part),
                }
            }
        }
        if let Some(theme) = &next.theme {
            agreed.push(t::THEME.fill(lang, &[theme]));
        }
        let when = next
            .date
            .map(|d| format!(" {}", crate::dates::short_day(d)))
            .unwrap_or_default();
        lines.push(Line::from(""));
        if !agreed.is_empty() || next.is_agreed(F::Date) {
            lines.push(Line::styled(t::AGREED.fill(lang, &[&when]), s.muted));
            if !agreed.is_empty() {
                lines.push(Line::styled(format!("  {}", agreed.join(" · ")), s.text));
            }
        }
        if !suggested.is_empty() {
            lines.push(Line::styled(t::SUGGESTED_NEXT.get(lang), s.muted));
            lines.push(Line::styled(format!("  {}", suggested.join(" · ")), s.text));
        }
    }

    /// The selected network's open actions, a few lines under the menu.
    /// The open actions of the chosen network in at most `room` rows of
    /// `width` columns: as many as fit, one row each, and how many more.
    fn open_action_lines(&self, lines: &mut Vec<Line>, room: usize, width: usize, ctx: &ViewCtx) {
        let (s, lang) = (ctx.styles, ctx.lang);
        let Some(network) = self.networks.get(self.network) else {
            return;
        };
        let open: Vec<_> = self
            .open_actions
            .iter()
            .filter(|(name, _)| crate::names::same(name, &network.name))
            .map(|(_, a)| a)
            .collect();
        let count = OpenCount::of(open.iter().copied());
        if count.total() == 0 {
            return;
        }
        // A private action is counted, and its text stays off the screen.
        let shared: Vec<_> = open.iter().filter(|a| a.is_open() && !a.private).collect();
        let private_row = usize::from(count.private > 0);
        // The blank line and the heading, then the actions; the last row
        // says how many more when not all fit.
        let for_items = room.saturating_sub(2 + private_row);
        let shown = if shared.len() <= for_items.min(SHOWN_ACTIONS) {
            shared.len()
        } else {
            for_items.min(SHOWN_ACTIONS + 1).saturating_sub(1)
        };
        lines.push(Line::from(""));
        lines.push(Line::styled(
            crate::i18n::review::OPEN_ACTIONS
                .fill(lang, &[&crate::i18n::number(count.total(), lang)]),
            s.muted,
        ));
        for a in shared.iter().take(shown) {
            let owner = a.owner.as_deref().unwrap_or("–");
            let line = Line::from(vec![
                Span::styled(format!("  • {owner}: "), s.muted),
                Span::styled(a.text.clone(), s.text),
            ]);
            lines.push(crate::ui::fit::ellipsize_line(line, width));
        }
        if shared.len() > shown {
            lines.push(Line::styled(
                crate::i18n::review::MORE_ACTIONS
                    .fill(lang, &[&crate::i18n::number(shared.len() - shown, lang)]),
                s.muted,
            ));
        }
        if count.private > 0 {
            lines.push(Line::styled(
                format!(
                    "  • {}",
                    crate::i18n::common::private_actions(count.private, lang)
                ),
                s.private,
            ));
        }
    }
}
