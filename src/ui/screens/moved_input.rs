//! "Moved" on an action from last time asks to when: a due date as an
//! action's `!date` takes it (`15/1`, `15.1.2027`, `fredag`), or nothing
//! for the next meeting. The input is private (the action may be), so the
//! room view is never drawn under it.

use super::super::ViewCtx;
use super::live::{LiveScreen, Outcome};
use super::live_popup::LivePopup;
use crate::clock::Clock;
use crate::engine::{DueProblem, Msg, take_due};
use crate::i18n::corrections as words;
use crate::model::record::ActionStatus;
use crate::ui::fit;
use crate::ui::popup::{Popup, Popups, Reply};
use crate::ui::text_field::{InputOutcome, TextField};
use chrono::NaiveDate;
use crossterm::event::KeyEvent;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Widget};

#[derive(Debug, Clone)]
pub struct MovedInput {
    pub field: TextField,
    /// The action: its session and note, and its text for the title.
    pub session: String,
    pub note: u32,
    pub text: String,
    /// The meeting's day: `15/1` is the next 15 January from it.
    pub today: NaiveDate,
    /// What was typed and is not a date ahead, and why.
    pub problem: Option<DueProblem>,
    /// The date read on Enter (none: the next meeting).
    pub due: Option<NaiveDate>,
}

impl MovedInput {
    /// Rows the input takes at the bottom of the live screen.
    pub const HEIGHT: u16 = 3;

    pub fn new(session: &str, note: u32, text: &str, today: NaiveDate) -> MovedInput {
        MovedInput {
            field: TextField::default(),
            session: session.to_string(),
            note,
            text: text.replace('\n', " "),
            today,
            problem: None,
            due: None,
        }
    }

    pub fn key(&mut self, key: &KeyEvent) -> Reply {
        match self.field.line_key(key) {
            InputOutcome::Editing => {
                self.problem = None;
                Reply::Stay
            }
            InputOutcome::Cancelled => Reply::Close,
            InputOutcome::Done(typed) => match read(&typed, self.today) {
                Ok(due) => {
                    self.due = due;
                    Reply::Done
                }
                Err(problem) => {
                    self.problem = Some(problem);
                    Reply::Stay
                }
            },
        }
    }

    pub fn render(&self, area: Rect, buf: &mut Buffer, ctx: &ViewCtx) {
        let s = ctx.styles;
        ctx.styles.clear(area, buf);
        let title = words::MOVED_TITLE.fill(
            ctx.lang,
            &[&fit::ellipsize(&self.text, usize::from(area.width / 2))],
        );
        let hint = match &self.problem {
            Some(DueProblem::NotADate(typed)) => {
                Span::styled(words::MOVED_NOT_A_DATE.fill(ctx.lang, &[typed]), s.error)
            }
            Some(DueProblem::Past(typed)) => {
                Span::styled(words::MOVED_PAST.fill(ctx.lang, &[typed]), s.error)
            }
            None => Span::styled(words::MOVED_HINT.get(ctx.lang), s.muted),
        };
        let block = Block::default()
            .borders(Borders::ALL)
            .border_style(s.accent)
            .title(Span::styled(format!(" {title} "), s.title))
            .title_bottom(Line::from(hint));
        let inner = block.inner(area);
        block.render(area, buf);
        self.field.render(inner, buf);
    }
}

/// A new due date as typed: empty or "næste"/"next" is the next meeting.
pub fn read(typed: &str, today: NaiveDate) -> Result<Option<NaiveDate>, DueProblem> {
    let typed = typed.trim().trim_start_matches('!');
    if typed.is_empty() {
        return Ok(None);
    }
    let token = format!("!{typed}");
    // Said as the user typed it, without the `!` an action's line needs.
    match take_due(&token, today) {
        (Some(due), rest, _) if rest.trim().is_empty() || rest.trim() == token => Ok(due.date()),
        (_, _, Some(DueProblem::Past(_))) => Err(DueProblem::Past(typed.to_string())),
        _ => Err(DueProblem::NotADate(typed.to_string())),
    }
}

impl LiveScreen {
    /// `2` on an action of "since last time": to when?
    pub(super) fn ask_moved(&self, session: &str, note: u32, text: &str, popups: &mut Popups) {
        let today = self.session.record().started.date_naive();
        popups.open(LivePopup::Moved(MovedInput::new(
            session, note, text, today,
        )));
    }

    /// The new date given: the action is marked moved, to then. The box
    /// of private actions beneath, if any, shows the mark.
    pub(super) fn moved_done(
        &mut self,
        done: MovedInput,
        clock: &dyn Clock,
        popups: &mut Popups,
    ) -> Vec<Outcome> {
        let msg = Msg::FollowUp {
            session: done.session,
            note: done.note,
            status: ActionStatus::Moved,
            due: done.due,
        };
        self.pin_follow_cursor();
        let out = self.send(msg, clock, popups);
        self.follow_cursor_to_next_unmarked();
        let beneath = match popups.top() {
            Some(Popup::Live(p)) => match p.as_ref() {
                LivePopup::Private(b) => Some(b.selected),
                _ => None,
            },
            _ => None,
        };
        if let Some(selected) = beneath {
            popups.pop();
            popups.open(LivePopup::Private(self.private_box(selected)));
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn a_new_due_date_is_read_as_an_actions_date_is() {
        let today = day(2026, 11, 5);
        assert_eq!(read("", today), Ok(None), "empty: the next meeting");
        assert_eq!(read("næste", today), Ok(None));
        assert_eq!(read("15/1", today), Ok(Some(day(2027, 1, 15))));
        assert_eq!(read("!15.12.2026", today), Ok(Some(day(2026, 12, 15))));
        assert_eq!(read("fredag", today), Ok(Some(day(2026, 11, 6))));
        assert_eq!(read("!fredag", today), Ok(Some(day(2026, 11, 6))));
        assert_eq!(read("friday", today), Ok(Some(day(2026, 11, 6))));
        assert_eq!(read("5/1", today), Ok(Some(day(2027, 1, 5))));
        assert_eq!(read("2027-01-05", today), Ok(Some(day(2027, 1, 5))));
        assert_eq!(
            read("next", today),
            Ok(None),
            "the next meeting, in English"
        );
        assert_eq!(
            read("snart", today),
            Err(DueProblem::NotADate("snart".into()))
        );
        assert!(matches!(read("1/1/2026", today), Err(DueProblem::Past(_))));
        assert!(read("15/1 og 16/1", today).is_err(), "one date only");
    }
}
