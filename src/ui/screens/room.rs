//! The room view: big timer, step title, who speaks now and next. Readable
//! from across a room, and never shows a note. `runde display` reuses it.

use super::super::style::Styles;
use crate::engine::{Countdown, Session, TimerState};
use crate::i18n::live as t;
use crate::text::Lang;
use ratatui::buffer::Buffer;
use ratatui::layout::{Alignment, Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget};
use std::time::Instant;
use tui_big_text::{BigText, PixelSize};

/// Everything the room may see; built from a session, or from a record
/// that another window follows.
#[derive(Debug, Clone, PartialEq)]
pub struct RoomView<'a> {
    pub step_title: String,
    /// "Step 3 of 10" or the phase title.
    pub subtitle: String,
    pub countdown: Countdown,
    pub speaker: Option<String>,
    pub next: Option<String>,
    pub lang: Lang,
    pub styles: &'a Styles,
    /// Draw the timer inverted: it just reached zero.
    pub flash: bool,
}

impl<'a> RoomView<'a> {
    pub fn from_session(
        session: &Session,
        now: Instant,
        lang: Lang,
        styles: &'a Styles,
    ) -> RoomView<'a> {
        let step = session.step();
        let subtitle = match session.phase() {
            Some((phase, _)) => phase.title.get(lang).to_string(),
            None => format!(
                "{} {}/{}",
                t::STEP.get(lang),
                session.step_index() + 1,
                session.record().plan.steps.len()
            ),
        };
        RoomView {
            step_title: step.title.get(lang).to_string(),
            subtitle,
            countdown: session.main_countdown(now),
            speaker: session.speaker().map(str::to_string),
            next: session.up_next().map(str::to_string),
            lang,
            styles,
            flash: false,
        }
    }
}

/// The state of a countdown in words.
pub fn state_word(state: TimerState, lang: Lang) -> &'static str {
    match state {
        TimerState::Running => t::RUNNING.get(lang),
        TimerState::Paused => t::PAUSED.get(lang),
        TimerState::LastMinute => t::LAST_MINUTE.get(lang),
        TimerState::Overtime => t::OVERTIME.get(lang),
    }
}

/// Big digits sized to the area: full cells when there is room, else half.
pub fn big_clock<'t>(text: String, style: ratatui::style::Style, area: Rect) -> BigText<'t> {
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

/// Rows the big digits take in an area.
pub fn big_rows(area: Rect, chars: u16) -> u16 {
    if area.height >= 8 && area.width >= chars * 8 {
        8
    } else {
        4
    }
}

impl Widget for &RoomView<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let s = self.styles;
        let state = self.countdown.state();
        let timer_style = if self.flash { s.flash } else { s.timer(state) };
        let clock = self.countdown.clock_text();
        let digits = big_rows(area, clock.chars().count() as u16 + 1);
        let [title, sub, _, big, word, _, now, next] = Layout::vertical([
            Constraint::Length(1),
            Constraint::Length(1),
            Constraint::Fill(1),
            Constraint::Length(digits),
            Constraint::Length(1),
            Constraint::Fill(1),
            Constraint::Length(1),
            Constraint::Length(1),
        ])
        .areas(area);
        Paragraph::new(self.step_title.as_str())
            .style(s.title)
            .alignment(Alignment::Center)
            .render(title, buf);
        Paragraph::new(self.subtitle.as_str())
            .style(s.muted)
            .alignment(Alignment::Center)
            .render(sub, buf);
        let sign = if self.countdown.is_over() { "+" } else { "" };
        big_clock(format!("{sign}{clock}"), timer_style, big).render(big, buf);
        let mut words = state_word(state, self.lang).to_uppercase();
        if self.flash {
            words = t::TIME_UP.get(self.lang).to_string();
        }
        Paragraph::new(words)
            .style(timer_style)
            .alignment(Alignment::Center)
            .render(word, buf);
        if let Some(name) = &self.speaker {
            Paragraph::new(Line::from(vec![
                Span::styled(format!("{}: ", t::SPEAKS.get(self.lang)), s.muted),
                Span::styled(name.as_str(), s.speaker_now),
            ]))
            .alignment(Alignment::Center)
            .render(now, buf);
        }
        if let Some(name) = &self.next {
            Paragraph::new(Line::from(vec![
                Span::styled(format!("{}: ", t::UP_NEXT.get(self.lang)), s.muted),
                Span::styled(name.as_str(), s.speaker_next),
            ]))
            .alignment(Alignment::Center)
            .render(next, buf);
        }
    }
}
