//! Drawing the live screen: a pure function of its state and the context.

use super::ScreenView;
use super::live::LiveScreen;
use super::live_guidance::{guidance_text_rows, prompt_rows, render_guidance};
use super::live_people::people_lines;
use super::live_roles::{day_roles_rows, render_day_roles};
use super::live_timebox::{back_at, shortened_text, standing_text, time_of_day};
use super::note_input::day_month;
use super::room::{RoomView, render_big_clock, state_line, state_words};
use super::{hint_rows, render_hints};
use crate::dates::clock_rounded;
use crate::dates::mm_ss;
use crate::engine::timer::minutes;
use crate::engine::{Countdown, Session, Standing};
use crate::i18n::{common as c, live as t};
use crate::text::Lang;
use crate::ui::keys;
use crate::ui::popup::Popups;
use crate::ui::{ViewCtx, fit};
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Widget, Wrap};
#[path = "live_timer_view.rs"]
mod timer_view;
pub(super) use timer_view::render_timer;
#[path = "live_rows.rs"]
mod rows;

impl ScreenView for LiveScreen {
    fn draw(&self, area: Rect, buf: &mut Buffer, ctx: &ViewCtx, popups: &Popups) -> Rect {
        let hints = popups
            .footer(ctx.lang)
            .unwrap_or_else(|| keys::footer(&self.table(), ctx.lang));
        // A status longer than the screen is wide (the start-up's last
        // question, a failed save) wraps onto a second row.
        let (status_text, _) = self.status_text(ctx);
        let room_for_status = area.width.saturating_sub(self.alerts_off_width(ctx.lang));
        let status_rows = if fit::width(&status_text) > room_for_status as usize {
            2
        } else {
            1
        };
        let [body, status, footer] = Layout::vertical([
            Constraint::Fill(1),
            Constraint::Length(status_rows),
            Constraint::Length(hint_rows(&hints, area.width)),
        ])
        .areas(area);
        let flash = self.flashing(ctx.now);
        if self.room && popups.room_view_allowed() {
            let mut room = RoomView::from_session(&self.session, ctx.now, ctx.lang, ctx.styles);
            room.flash = flash;
            room.render(body, buf);
        } else {
            self.render_main(body, buf, ctx, flash);
        }
        self.render_status(status, buf, ctx);
        render_hints(&hints, footer, buf, ctx);
        body
    }
}

impl LiveScreen {
    fn render_main(&self, area: Rect, buf: &mut Buffer, ctx: &ViewCtx, flash: bool) {
        let wide = area.width >= 110;
        let [header, rest] =
            Layout::vertical([Constraint::Length(1), Constraint::Fill(1)]).areas(area);
        render_header(&self.session, header, buf, ctx);
        let list_width = if wide {
            steps_width(&self.session, ctx.lang).clamp(40, area.width.saturating_sub(70).max(40))
        } else {
            26
        };
        let [list, right] =
            Layout::horizontal([Constraint::Length(list_width), Constraint::Fill(1)]).areas(rest);
        // Today's roles under the steps, on every step.
        let [steps, roles] = Layout::vertical([
            Constraint::Fill(1),
            Constraint::Length(day_roles_rows(&self.session)),
        ])
        .areas(list);
        render_steps(&self.session, steps, buf, ctx);
        render_day_roles(&self.session, roles, buf, ctx);
        let timer_rows = if area.height >= 36 { 9 } else { 5 };
        let roomy = area.height >= 36;
        let text_width = right.width.saturating_sub(1).max(1) as usize;
        let mut people = people_lines(
            &self.session,
            ctx.styles,
            ctx.lang,
            (right.width < 80, text_width as u16),
        );
        if let Some(back) = back_at(&self.session, ctx.now, ctx.lang) {
            people.insert(0, Line::styled(back, ctx.styles.accent));
        }
        // Rows as the paragraph wraps them: at spaces, so a name is never
        // split, and a long queue may need a row more than its width says.
        let people_rows: usize = people
            .iter()
            .map(|l| {
                let text: String = l.spans.iter().map(|s| s.content.as_ref()).collect();
                fit::wrap(&text, text_width).len()
            })
            .sum();
        // The rows left under the queue, shared as live_rows.rs says:
        // the questions to ask and the guidance's first line before the
        // step's list, a note under the notes' title or no notes box.
        let (list_floor, list_full) = if self.agreeing_next() {
            // Its fields and title; the hint can go into the title.
            let fields = super::live_next::FIELDS as u16;
            (fields + 1, fields + 2)
        } else if self.reviewing().is_some() {
            let full = self.reviewed_entries().len().max(1) as u16 + 2;
            (full, full)
        } else if self.following_up() {
            // Its title, the chosen action, its keys and the private count.
            let private = u16::from(!self.private_follow_ups().is_empty());
            let full = self.follow_up_list().len().max(1) as u16 + 2 + private;
            (3 + private, full)
        } else {
            (0, 0)
        };
        let left = right
            .height
            .saturating_sub(timer_rows + people_rows as u16 + u16::from(roomy));
        let shares = rows::share(
            left,
            rows::Asks {
                guide_base: prompt_rows(&self.session, right.width, ctx),
                guide_text: guidance_text_rows(&self.session, right.width, ctx),
                list_floor,
                list_full,
                notes: if area.height >= 36 { 8 } else { 4 },
            },
        );
        let [timer, who, guide, list, notes] = Layout::vertical([
            Constraint::Length(timer_rows),
            Constraint::Length(people_rows as u16 + u16::from(roomy)),
            Constraint::Length(shares.guide),
            Constraint::Length(shares.list),
            Constraint::Length(shares.notes),
        ])
        .areas(right);
        render_timer(&self.session, timer, buf, ctx, flash);
        ctx.note_beat_area(timer);
        Paragraph::new(people)
            .wrap(Wrap { trim: true })
            .render(pad(who), buf);
        render_guidance(&self.session, guide, buf, ctx);
        if self.agreeing_next() {
            self.render_next_meeting(list, buf, ctx);
        } else if self.reviewing().is_some() {
            self.render_review(list, buf, ctx);
        } else if self.following_up() {
            self.render_follow_up(list, buf, ctx);
        }
        render_notes(&self.session, notes, buf, ctx);
    }
}

fn pad(area: Rect) -> Rect {
    Rect::new(
        area.x + 1,
        area.y,
        area.width.saturating_sub(1),
        area.height,
    )
}

/// The header's right part: the time of day, ahead or behind, and where
/// the meeting now looks to end; in the style of its standing.
pub(super) fn plan_state(session: &Session, ctx: &ViewCtx) -> (String, ratatui::style::Style) {
    let s = ctx.styles;
    let standing = session.standing(ctx.now);
    let style = match standing {
        Standing::Behind(_) => s.behind,
        _ => s.ahead,
    };
    (plan_state_at(session, standing, ctx), style)
}

/// The header's right part as it reads at `standing`: the time of day
/// first, then the one figure both screens show, then where the meeting
/// now looks to end.
fn plan_state_at(session: &Session, standing: Standing, ctx: &ViewCtx) -> String {
    let time = time_of_day(session, ctx.now, ctx.lang);
    let mut text = format!("{time} · {}", standing_text(standing, ctx.lang));
    if !session.is_finished() {
        let end = clock_rounded(session.projected_end(ctx.now), ctx.lang);
        text = format!("{text} · {}", t::ENDS_AT.fill(ctx.lang, &[&end]));
    }
    text
}

fn render_header(session: &Session, area: Rect, buf: &mut Buffer, ctx: &ViewCtx) {
    let s = ctx.styles;
    let record = session.record();
    let (plan_state, style) = plan_state(session, ctx);
    let [l, r] = Layout::horizontal([
        Constraint::Fill(1),
        Constraint::Length(fit::width(&plan_state) as u16 + 1),
    ])
    .areas(area);
    // The left part is chosen against the plan state as wide as it
    // commonly gets, so that it keeps its words while the meeting falls
    // behind and catches up, and stands apart from the clock by a gap.
    const GAP: usize = 3;
    let widest = fit::width(&plan_state).max(fit::width(&plan_state_at(
        session,
        Standing::Behind(99),
        ctx,
    )));
    let mut present = t::PRESENT_COUNT.fill(ctx.lang, &[&record.present().len().to_string()]);
    if let Some(short) = shortened_text(session, ctx.lang) {
        present = format!("{present} · {short}");
    }
    let (plan, network) = (record.plan.title.get(ctx.lang), &record.network.name);
    // Where the line is short, the plan's title goes first, then the
    // network's name is cut: the count and what was shortened never run
    // into the plan state.
    let room = (area.width as usize).saturating_sub(widest + 1 + GAP);
    let left = [
        format!(" {plan} · {network} · {present}"),
        format!(" {network} · {present}"),
        format!(" {present}"),
    ]
    .into_iter()
    .find(|text| fit::width(text) <= room)
    .unwrap_or_else(|| {
        let tail = format!(" · {present}");
        let name = fit::ellipsize(network, room.saturating_sub(fit::width(&tail) + 1));
        fit::ellipsize(&format!(" {name}{tail}"), room)
    });
    Paragraph::new(left).style(s.title).render(l, buf);
    Paragraph::new(plan_state).style(style).render(r, buf);
}

/// Columns the step list needs for its longest title: mark, title, times
/// ("12/35") and the border.
fn steps_width(session: &Session, lang: Lang) -> u16 {
    let longest = session
        .record()
        .plan
        .steps
        .iter()
        .map(|step| fit::width(step.title.get(lang)))
        .max()
        .unwrap_or(0);
    (longest + 2 + 1 + 7 + 1) as u16
}

fn render_steps(session: &Session, area: Rect, buf: &mut Buffer, ctx: &ViewCtx) {
    let s = ctx.styles;
    let block = Block::default()
        .borders(Borders::RIGHT)
        .border_style(s.border);
    let inner = block.inner(area);
    block.render(area, buf);
    let steps = &session.record().plan.steps;
    let current = session.step_index();
    let visible = inner.height as usize;
    let first = current.saturating_sub(visible.saturating_sub(1) / 3);
    let first = first.min(steps.len().saturating_sub(visible));
    let width = inner.width as usize;
    let lines: Vec<Line> = (first..steps.len())
        .take(visible)
        .map(|i| {
            let times = step_times(session, i, ctx);
            let (mark, style) = if i == current {
                ("▶", s.step_current)
            } else if session.step_done(i) {
                ("✓", s.step_done)
            } else {
                (" ", s.step_next)
            };
            let title = steps[i].title.get(ctx.lang);
            let room = width.saturating_sub(fit::width(&times) + 3);
            let title = fit::ellipsize(title, room);
            let gap = width.saturating_sub(fit::width(&title) + fit::width(&times) + 2);
            Line::styled(format!("{mark} {title}{}{times}", " ".repeat(gap)), style)
        })
        .collect();
    Paragraph::new(lines).render(inner, buf);
}

/// A step's minutes in the list: used of planned ("12/35") once it has
/// begun, else the planned ("35").
pub(super) fn step_times(session: &Session, i: usize, ctx: &ViewCtx) -> String {
    let planned = minutes(session.step_planned_secs(i));
    let actual_secs = session.step_actual_secs(i, ctx.now);
    let begun = i == session.step_index() || session.step_done(i) || actual_secs > 0;
    match begun {
        true => format!("{}/{planned}", minutes(actual_secs)),
        false => format!("{planned}"),
    }
}

fn render_notes(session: &Session, area: Rect, buf: &mut Buffer, ctx: &ViewCtx) {
    if area.height == 0 {
        return;
    }
    let (s, lang) = (ctx.styles, ctx.lang);
    let notes: Vec<_> = session.notes_shown_in_step(session.step_index()).collect();
    let all = session.record().notes.len();
    // Where the step shows only some of the day's notes, the title says
    // so: a note of an earlier step is not taken for lost.
    let mut count = format!("{} ({})", t::NOTES.get(lang), notes.len());
    if notes.len() != all {
        let today = t::NOTES_TODAY.fill(lang, &[&all.to_string()]);
        count = format!("{count} · {today}");
    }
    let block = Block::default()
        .borders(Borders::TOP)
        .border_style(s.border)
        .title(Span::styled(
            match all {
                0 => format!(" {count} "),
                // How to correct one, in the keymap's own words.
                _ => format!(
                    " {count} · {} {} ",
                    keys::live_label(keys::LiveAction::Notes),
                    crate::i18n::keys::EDIT_NOTE.get(lang)
                ),
            },
            s.muted,
        ));
    let rows = area.height.saturating_sub(1) as usize;
    let width = pad(area).width as usize;
    let mut lines: Vec<Line> = notes
        .iter()
        .skip(notes.len().saturating_sub(rows))
        .map(|n| note_line(n, width, ctx))
        .collect();
    if lines.is_empty() {
        let none = match all {
            0 => t::NO_NOTES,
            _ => t::NO_NOTES_HERE,
        };
        lines.push(Line::styled(none.get(lang), s.muted));
    }
    Paragraph::new(lines).block(block).render(pad(area), buf);
}

/// One note in a line of `width` columns: its kind, privacy, text, owner
/// and due date; a long text gives way first. (Also today's notes, `I`.)
pub(super) fn note_line<'a>(
    n: &'a crate::model::record::Note,
    width: usize,
    ctx: &ViewCtx,
) -> Line<'a> {
    let (s, lang) = (ctx.styles, ctx.lang);
    let mut head = vec![Span::styled(
        format!("[{}] ", crate::i18n::common::note_kind(n.kind).get(lang)),
        s.accent,
    )];
    if n.private {
        head.push(Span::styled(
            format!("({}) ", c::PRIVATE.get(lang)),
            s.private,
        ));
    }
    let mut tail = Vec::new();
    if let Some(owner) = &n.owner {
        tail.push(Span::styled(format!(" → {owner}"), s.role));
    }
    if let Some(due) = n.due {
        tail.push(Span::styled(
            format!(" · {} {}", t::DUE.get(lang), day_month(due)),
            s.role,
        ));
    }
    // A long text gives way, so the owner and due date still show;
    // whatever is cut ends in "…".
    let fixed: usize = head.iter().chain(&tail).map(Span::width).sum();
    let mut text = n.text.replace('\n', " ");
    if width.saturating_sub(fixed) >= 16 {
        text = fit::ellipsize(&text, width - fixed);
    }
    head.push(Span::styled(text, s.text));
    head.extend(tail);
    fit::ellipsize_line(Line::from(head), width)
}
