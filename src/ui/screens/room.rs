//! The room view: big timer, step title, who speaks now and next, today's
//! roles by name (in supervision who speaks and who listens), ahead or
//! behind plan, the time of day, and in a break when it ends. Readable from across a room,
//! and never shows a note: it draws a [`RoomState`], which has no field a
//! note could go in. The live screen's `v` and `runde display` share it.

use super::super::style::Styles;
use super::live_people::discipline;
use super::live_roles::{day_roles_lines, voice_lines};
use super::live_timebox::standing_text;
use crate::dates::{clock, clock_rounded};
use crate::engine::room_state::room_state;
use crate::engine::{Countdown, Session, Standing, TimerState};
use crate::i18n::live as t;
use crate::model::record::Stamp;
use crate::model::role_kind::RoleKind;
use crate::model::roles::RoleNames;
use crate::model::room::{PhaseVoices, RoomState};
use crate::text::Lang;
use ratatui::buffer::Buffer;
use ratatui::layout::{Alignment, Constraint, Layout, Rect};
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget, Wrap};
use std::time::Instant;
use tui_big_text::{BigText, PixelSize};

/// Everything the room may see, ready to draw.
#[derive(Debug, Clone, PartialEq)]
pub struct RoomView<'a> {
    pub step_title: String,
    /// "Step 3/10", or the phase title.
    pub subtitle: String,
    /// The phase's rule in words, in supervision.
    pub discipline: Option<String>,
    pub countdown: Countdown,
    pub speaker: Option<String>,
    pub next: Option<String>,
    /// Today's roles by name.
    pub day_roles: Vec<(RoleKind, String)>,
    /// In supervision: who speaks and who listens, by name.
    pub voices: Option<PhaseVoices>,
    /// What the plan calls its roles here.
    pub role_names: RoleNames,
    /// Seconds the meeting is behind plan (negative: ahead).
    pub behind_secs: i64,
    /// The time of day: "14.19".
    pub time_of_day: String,
    /// In a break: "Vi starter igen kl. 14.19".
    pub back_at: Option<String>,
    pub lang: Lang,
    pub styles: &'a Styles,
    /// Draw the timer in the flash colour: it just reached zero.
    pub flash: bool,
}

impl<'a> RoomView<'a> {
    /// The view of a published room state at wall time `now`.
    pub fn from_state(state: &RoomState, now: Stamp, lang: Lang, styles: &'a Styles) -> Self {
        let remaining = state.timer.remaining_at(state.at, now);
        let planned = state.timer.planned_secs as i64;
        let subtitle = match &state.phase_title {
            Some(title) => title.get(lang).to_string(),
            None => format!(
                "{} {}/{}",
                t::STEP.get(lang),
                state.step_index + 1,
                state.step_count
            ),
        };
        RoomView {
            step_title: state.step_title.get(lang).to_string(),
            subtitle,
            discipline: state
                .discipline
                .as_ref()
                .map(|d| discipline(d, &state.role_names, lang)),
            countdown: Countdown {
                target_secs: state.timer.planned_secs,
                elapsed_secs: (planned - remaining).max(0) as u64,
                paused: !state.timer.running,
            },
            speaker: state.speaker_now.clone(),
            next: state.speaker_next.clone(),
            day_roles: state.day_roles.clone(),
            voices: state.voices.clone(),
            role_names: state.role_names.clone(),
            behind_secs: state.behind_secs,
            time_of_day: clock(now, lang),
            back_at: state
                .back_at
                .map(|end| crate::i18n::timebox::BACK_AT.fill(lang, &[&clock_rounded(end, lang)])),
            lang,
            styles,
            flash: false,
        }
    }

    /// The view of the session in this window.
    pub fn from_session(session: &Session, now: Instant, lang: Lang, styles: &'a Styles) -> Self {
        let wall = session.wall_at(now);
        RoomView::from_state(&room_state(session, now, wall, 0), wall, lang, styles)
    }
}

/// The state of a countdown in words: one, or two when a countdown over
/// its time is paused (»stoppet«, »over tid«), so a frozen overtime
/// says it is paused and still over.
pub fn state_words(c: &Countdown, lang: Lang) -> Vec<&'static str> {
    match c.state() {
        TimerState::Overtime if c.paused => vec![t::PAUSED.get(lang), t::OVERTIME.get(lang)],
        TimerState::Running => vec![t::RUNNING.get(lang)],
        TimerState::Paused => vec![t::PAUSED.get(lang)],
        TimerState::LastMinute => vec![t::LAST_MINUTE.get(lang)],
        TimerState::Overtime => vec![t::OVERTIME.get(lang)],
    }
}

/// The state words on one line, in capitals: "STOPPET · OVER TID".
pub fn state_line(c: &Countdown, lang: Lang) -> String {
    state_words(c, lang).join(" · ").to_uppercase()
}

/// Big digits sized to the area: full cells when there is room, else half.
fn big_clock<'t>(text: String, style: Style, area: Rect) -> BigText<'t> {
    let chars = text.chars().count() as u16;
    let size = if area.height >= 8 && area.width >= chars * 8 {
        PixelSize::Full
    } else if area.width >= chars * 8 {
        PixelSize::HalfHeight
    } else {
        PixelSize::Quadrant
    };
    BigText::builder()
        .pixel_size(size)
        .style(style)
        .centered()
        .lines(vec![Line::from(text)])
        .build()
}

/// The big digits of `text` in `area`, sized to it. Where colour may be
/// drawn, every full block paints its cell's background in the digits'
/// colour too, as tty-clock does: a block glyph is shorter than the cell
/// in many fonts (a stripe between rows) and a bold one is struck twice a
/// pixel apart (a sliver beside it), a painted cell is neither. Digits are
/// never bold for the same reason. Under NO_COLOR the glyphs carry them.
pub fn render_big_clock(text: String, style: Style, area: Rect, buf: &mut Buffer, s: &Styles) {
    let style = style.remove_modifier(Modifier::BOLD);
    big_clock(text, style, area).render(area, buf);
    paint_solid(area, buf, s);
}

/// Gives every full block in `area` a background of its own colour.
fn paint_solid(area: Rect, buf: &mut Buffer, s: &Styles) {
    if !s.colour {
        return;
    }
    for y in area.top()..area.bottom() {
        for x in area.left()..area.right() {
            if let Some(cell) = buf.cell_mut((x, y))
                && cell.symbol() == FULL_BLOCK
            {
                cell.bg = cell.fg;
            }
        }
    }
}

const FULL_BLOCK: &str = "\u{2588}";

/// Rows the big digits take in an area.
pub fn big_rows(area: Rect, chars: u16) -> u16 {
    if area.height >= 8 && area.width >= chars * 8 {
        8
    } else {
        4
    }
}

/// How many times full-size digits fit in `area`, leaving `spare` rows.
fn scale(area: Rect, chars: u16, spare: u16) -> u16 {
    let by_width = area.width / (chars * 8).max(1);
    let by_height = area.height.saturating_sub(spare) / 8;
    by_width.min(by_height).max(1)
}

/// Full-size digits drawn `k` times larger: each pixel becomes k×k cells,
/// so a TV at the back of the room gets digits as big as its window allows.
fn render_scaled(text: &str, style: Style, k: u16, area: Rect, buf: &mut Buffer) {
    let chars = text.chars().count() as u16;
    let small = Rect::new(0, 0, chars * 8, 8);
    let mut scratch = Buffer::empty(small);
    BigText::builder()
        .pixel_size(PixelSize::Full)
        .style(style)
        .lines(vec![Line::from(text.to_string())])
        .build()
        .render(small, &mut scratch);
    let width = small.width * k;
    let x0 = area.x + area.width.saturating_sub(width) / 2;
    for sy in 0..small.height {
        for sx in 0..small.width {
            let Some(cell) = scratch.cell((sx, sy)).cloned() else {
                continue;
            };
            for dy in 0..k {
                for dx in 0..k {
                    let (x, y) = (x0 + sx * k + dx, area.y + sy * k + dy);
                    if x < area.right()
                        && y < area.bottom()
                        && let Some(target) = buf.cell_mut((x, y))
                    {
                        // The screen's background stays where the
                        // digits leave it (the scratch has none).
                        target.set_symbol(cell.symbol());
                        target.fg = cell.fg;
                        target.modifier = cell.modifier;
                        if cell.bg != Color::Reset {
                            target.bg = cell.bg;
                        }
                    }
                }
            }
        }
    }
}

impl RoomView<'_> {
    /// Today's roles, then in supervision who speaks and who listens.
    fn roles_lines(&self, width: u16) -> Vec<Line<'_>> {
        let (s, lang) = (self.styles, self.lang);
        let mut lines = day_roles_lines(&self.day_roles, &self.role_names, width, s, lang);
        if let Some(voices) = &self.voices {
            lines.extend(voice_lines(voices, &self.role_names, width, s, lang));
        }
        lines
    }

    /// "14.19 · 2 min bagud": the time of day and the figure the live
    /// header shows, rounded the same way.
    fn plan_line(&self) -> Line<'_> {
        let s = self.styles;
        let standing = Standing::of(self.behind_secs);
        let style = match standing {
            Standing::Behind(_) => s.behind,
            Standing::Ahead(_) => s.ahead,
            Standing::OnPlan => s.muted,
        };
        Line::from(vec![
            Span::styled(format!("{} · ", self.time_of_day), s.muted),
            Span::styled(standing_text(standing, self.lang), style),
        ])
    }
}

impl Widget for &RoomView<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let s = self.styles;
        let state = self.countdown.state();
        let timer_style = if self.flash { s.flash } else { s.timer(state) };
        let sign = if self.countdown.is_over() { "+" } else { "" };
        let clock = format!("{sign}{}", self.countdown.clock_text());
        let chars = clock.chars().count() as u16 + 1;
        let roles = self.roles_lines(area.width);
        // Title, subtitle, rule, roles, state word, speakers, plan line.
        let roles_rows: u16 = roles
            .iter()
            .map(|line| {
                (line.width() as u16)
                    .div_ceil(area.width.max(1))
                    .clamp(1, 2)
            })
            .sum();
        let text_rows = 8 + roles_rows;
        let k = scale(area, chars, text_rows + 2);
        let digits = if k >= 2 { 8 * k } else { big_rows(area, chars) };
        let [
            title,
            sub,
            rule_row,
            roles_area,
            _,
            big,
            word,
            _,
            now,
            next,
            plan,
        ] = Layout::vertical([
            Constraint::Length(1),
            Constraint::Length(1),
            Constraint::Length(u16::from(self.discipline.is_some())),
            Constraint::Length(roles_rows),
            Constraint::Fill(1),
            Constraint::Length(digits),
            Constraint::Length(1),
            Constraint::Fill(1),
            Constraint::Length(1),
            Constraint::Length(1),
            Constraint::Length(1),
        ])
        .areas(area);
        let centred = |text: Line, area: Rect, buf: &mut Buffer| {
            Paragraph::new(text)
                .alignment(Alignment::Center)
                .wrap(Wrap { trim: true })
                .render(area, buf);
        };
        centred(Line::styled(self.step_title.as_str(), s.title), title, buf);
        centred(Line::styled(self.subtitle.as_str(), s.muted), sub, buf);
        if let Some(rule) = &self.discipline {
            centred(Line::styled(rule.as_str(), s.accent), rule_row, buf);
        }
        Paragraph::new(roles)
            .alignment(Alignment::Center)
            .wrap(Wrap { trim: true })
            .render(roles_area, buf);
        if k >= 2 {
            render_scaled(
                &clock,
                timer_style.remove_modifier(Modifier::BOLD),
                k,
                big,
                buf,
            );
            paint_solid(big, buf, s);
        } else {
            render_big_clock(clock, timer_style, big, buf, s);
        }
        let words = if self.flash {
            t::TIME_UP.get(self.lang).to_string()
        } else if let Some(back) = &self.back_at {
            back.clone()
        } else {
            state_line(&self.countdown, self.lang)
        };
        centred(Line::styled(words, timer_style), word, buf);
        if let Some(name) = &self.speaker {
            let line = Line::from(vec![
                Span::styled(format!("{}: ", t::SPEAKS.get(self.lang)), s.muted),
                Span::styled(name.as_str(), s.speaker_now),
            ]);
            centred(line, now, buf);
        }
        if let Some(name) = &self.next {
            let line = Line::from(vec![
                Span::styled(format!("{}: ", t::UP_NEXT.get(self.lang)), s.muted),
                Span::styled(name.as_str(), s.speaker_next),
            ]);
            centred(line, next, buf);
        }
        centred(self.plan_line(), plan, buf);
    }
}

#[cfg(test)]
#[path = "room_tests.rs"]
mod tests;
