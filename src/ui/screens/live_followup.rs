//! The "since last time" round: the open actions of earlier meetings, the
//! current speaker's first, each marked done, moved or dropped with one key.

use super::super::ViewCtx;
use super::live::LiveScreen;
use crate::engine::Msg;
use crate::i18n::live as t;
use crate::model::open_action::OpenAction;
use crate::model::open_action::OpenCount;
use crate::model::plan::StepPurpose;
use crate::model::record::ActionStatus;
use crate::names::same;
use crate::ui::fit;
use crate::ui::keys::{LiveAction, live_label};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget};

impl LiveScreen {
    /// True in a step that follows up earlier actions.
    pub fn following_up(&self) -> bool {
        self.session.step().purpose == Some(StepPurpose::SinceLastTime)
    }

    /// What this session shows and settles: the shared actions still
    /// open, and those it has marked already, in the order they were taken.
    /// Private ones are only counted here (see `private_follow_ups`).
    pub fn follow_up_list(&self) -> Vec<(&OpenAction, Option<ActionStatus>)> {
        self.follow_ups(false)
    }

    /// The private actions of the same list: never on the shared screen,
    /// only opened by the facilitator for themself.
    pub fn private_follow_ups(&self) -> Vec<(&OpenAction, Option<ActionStatus>)> {
        self.follow_ups(true)
    }

    fn follow_ups(&self, private: bool) -> Vec<(&OpenAction, Option<ActionStatus>)> {
        let speaker = self.session.speaker();
        self.open_actions
            .iter()
            .filter(|a| a.private == private)
            .map(|a| (a, self.session.followed_up(&a.session, a.note)))
            .filter(|(a, marked)| marked.is_some() || a.is_open())
            .filter(|(a, _)| match speaker {
                Some(name) => a.owner.as_deref().is_some_and(|o| same(o, name)),
                None => true,
            })
            .collect()
    }

    /// The earlier meetings' actions still open as this meeting has marked
    /// them so far: the count every screen gives.
    pub fn open_count(&self) -> OpenCount {
        let now: Vec<OpenAction> = self
            .open_actions
            .iter()
            .map(|a| OpenAction {
                status: self
                    .session
                    .followed_up(&a.session, a.note)
                    .unwrap_or(a.status),
                ..a.clone()
            })
            .collect();
        OpenCount::of(&now)
    }

    /// Where in the list 1/2/3 act: the chosen action while it is listed,
    /// else the first one not yet marked, else the first.
    pub fn follow_up_selected(&self) -> Option<usize> {
        let list = self.follow_up_list();
        if list.is_empty() {
            return None;
        }
        let chosen = self.follow_cursor.as_ref().and_then(|(session, note)| {
            list.iter()
                .position(|(a, _)| a.session == *session && a.note == *note)
        });
        chosen
            .or_else(|| list.iter().position(|(_, marked)| marked.is_none()))
            .or(Some(0))
    }

    /// ↑/↓ in "since last time": choose the action the keys act on.
    pub fn move_follow_cursor(&mut self, down: bool) {
        if !self.following_up() {
            return;
        }
        let Some(i) = self.follow_up_selected() else {
            return;
        };
        let list = self.follow_up_list();
        let j = if down {
            (i + 1).min(list.len() - 1)
        } else {
            i.saturating_sub(1)
        };
        self.follow_cursor = Some((list[j].0.session.clone(), list[j].0.note));
    }

    /// Before a mark: hold the choice on the action being marked, so the
    /// step after it counts from there (with no choice made, the chosen
    /// one is "the first unmarked", which the mark itself moves on).
    pub fn pin_follow_cursor(&mut self) {
        let Some(i) = self.follow_up_selected() else {
            return;
        };
        let list = self.follow_up_list();
        self.follow_cursor = Some((list[i].0.session.clone(), list[i].0.note));
    }

    /// After a mark, on to the next action not yet marked (none: stay).
    pub fn follow_cursor_to_next_unmarked(&mut self) {
        let Some(i) = self.follow_up_selected() else {
            return;
        };
        let list = self.follow_up_list();
        let next = (i + 1..list.len())
            .chain(0..i)
            .find(|&j| list[j].1.is_none())
            .unwrap_or(i);
        self.follow_cursor = Some((list[next].0.session.clone(), list[next].0.note));
    }

    /// The message that marks the chosen action (a second mark replaces
    /// the first, so a slip is put right by marking again).
    pub fn follow_up_msg(&self, status: ActionStatus) -> Option<Msg> {
        if !self.following_up() {
            return None;
        }
        let i = self.follow_up_selected()?;
        let (action, _) = self.follow_up_list().into_iter().nth(i)?;
        Some(Msg::FollowUp {
            session: action.session.clone(),
            note: action.note,
            status,
            due: None,
        })
    }

    /// To when this meeting moved an earlier action, if it did (the inner
    /// none: the next meeting).
    fn moved_to(&self, session: &str, note: u32) -> Option<Option<chrono::NaiveDate>> {
        self.session
            .record()
            .follow_ups
            .iter()
            .rev()
            .find(|f| f.session == session && f.note == note)
            .filter(|f| f.status == ActionStatus::Moved)
            .map(|f| f.due)
    }

    /// The text of the action from last time `session`'s note `note`.
    pub(super) fn follow_up_text(&self, session: &str, note: u32) -> String {
        self.open_actions
            .iter()
            .find(|a| a.session == session && a.note == note)
            .map(|a| a.text.clone())
            .unwrap_or_default()
    }

    pub fn render_follow_up(&self, area: Rect, buf: &mut Buffer, ctx: &ViewCtx) {
        let (s, lang) = (ctx.styles, ctx.lang);
        let title = match self.session.speaker() {
            Some(name) => t::FOLLOW_UP_OF.fill(lang, &[&crate::names::possessive(name, lang)]),
            None => t::FOLLOW_UP_ALL.fill(
                lang,
                &[&crate::i18n::number(self.open_count().total(), lang)],
            ),
        };
        let inner = super::section(&title, area, buf, ctx);
        let list = self.follow_up_list();
        // A private action shows as a count, its text never on this screen.
        let private = self.private_follow_ups().len();
        let private_line = (private > 0).then(|| {
            Line::from(vec![
                Span::styled(
                    format!("  {}", crate::i18n::common::private_actions(private, lang)),
                    s.private,
                ),
                Span::styled(
                    format!(
                        " · {}",
                        match private {
                            1 => t::PRIVATE_OPEN_KEY_ONE,
                            _ => t::PRIVATE_OPEN_KEY,
                        }
                        .fill(lang, &[live_label(LiveAction::PrivateActions)])
                    ),
                    s.muted,
                ),
            ])
        });
        let inner = match &private_line {
            Some(line) if inner.height > 1 => {
                let last = Rect {
                    y: inner.bottom() - 1,
                    height: 1,
                    ..inner
                };
                Paragraph::new(line.clone()).render(last, buf);
                Rect {
                    height: inner.height - 1,
                    ..inner
                }
            }
            _ => inner,
        };
        if list.is_empty() {
            if private_line.is_none() {
                Paragraph::new(Line::styled(t::FOLLOW_UP_NONE.get(lang), s.muted))
                    .render(inner, buf);
            }
            return;
        }
        let selected = self.follow_up_selected().unwrap_or(0);
        let mut hint = t::FOLLOW_UP_KEYS.get(lang).to_string();
        if list.len() > 1 {
            hint.push_str(&format!("  ({}/{})", selected + 1, list.len()));
        }
        // The keys' hint always has the last row; the actions share the rest.
        let rows = (inner.height as usize).saturating_sub(1).max(1);
        let width = inner.width as usize;
        // As wide as the widest mark shown, so the texts line up.
        let mark_width = list
            .iter()
            .map(|(_, marked)| fit::width(mark_of(*marked, ctx).0))
            .max()
            .unwrap_or(1)
            + 1;
        let item = |i: usize, wrapped: bool| -> Vec<Line> {
            let (action, marked) = &list[i];
            // Moved: shown due when it was moved to.
            let mut action = (*action).clone();
            if let Some(due) = self.moved_to(&action.session, action.note) {
                action.due = due;
            }
            follow_up_lines(
                &action,
                *marked,
                i == selected,
                mark_width,
                width,
                wrapped,
                ctx,
            )
        };
        let all_wrapped: Vec<Line> = (0..list.len()).flat_map(|i| item(i, true)).collect();
        let mut lines = if all_wrapped.len() <= rows {
            all_wrapped
        } else {
            // Too many to wrap: one line each, the chosen one in full if it
            // fits, and the window follows the choice.
            let first = selected.saturating_sub(rows.saturating_sub(1));
            let shown: Vec<usize> = (first..list.len()).take(rows).collect();
            let full = item(selected, true).len();
            let wrap_selected = shown.len() - 1 + full <= rows;
            shown
                .into_iter()
                .flat_map(|i| item(i, i == selected && wrap_selected))
                .collect()
        };
        lines.truncate(rows);
        lines.push(Line::styled(fit::ellipsize(&hint, width), s.muted));
        Paragraph::new(lines).render(inner, buf);
    }
}

/// One action: the choice marker, how it was marked, the owner and the text
/// (wrapped under itself, or cut with "…" on one line).
fn follow_up_lines<'a>(
    action: &OpenAction,
    marked: Option<ActionStatus>,
    chosen: bool,
    mark_width: usize,
    width: usize,
    wrapped: bool,
    ctx: &ViewCtx,
) -> Vec<Line<'a>> {
    let s = ctx.styles;
    let (mark, style) = mark_of(marked, ctx);
    let owner = format!("{}: ", action.owner.as_deref().unwrap_or("–"));
    let due = action
        .due
        .map(|d| format!(" ({})", crate::dates::short_day(d)))
        .unwrap_or_default();
    let said = format!("{owner}{}", action.text.replace('\n', " "));
    let indent = 2 + mark_width;
    let room = width.saturating_sub(indent).max(1);
    // On one line the text gives way, not its date (a moved action's new one).
    let parts = if wrapped {
        fit::wrap(&format!("{said}{due}"), room)
    } else {
        let text_room = room.saturating_sub(fit::width(&due)).max(1);
        vec![format!("{}{due}", fit::ellipsize(&said, text_room))]
    };
    let cursor = if chosen { "▸ " } else { "  " };
    let pad = mark_width.saturating_sub(fit::width(mark));
    parts
        .into_iter()
        .enumerate()
        .map(|(i, part)| {
            let mut spans = if i == 0 {
                vec![
                    Span::styled(cursor, s.accent),
                    Span::styled(format!("{mark}{}", " ".repeat(pad)), style),
                ]
            } else {
                vec![Span::raw(" ".repeat(indent))]
            };
            match part.strip_prefix(owner.as_str()).filter(|_| i == 0) {
                Some(rest) => {
                    spans.push(Span::styled(owner.clone(), s.role));
                    spans.push(Span::styled(rest.to_string(), style));
                }
                None => spans.push(Span::styled(part, style)),
            }
            Line::from(spans)
        })
        .collect()
}

fn mark_of(marked: Option<ActionStatus>, ctx: &ViewCtx) -> (&'static str, ratatui::style::Style) {
    let (s, lang) = (ctx.styles, ctx.lang);
    match marked {
        Some(ActionStatus::Done) => (t::MARK_DONE.get(lang), s.ahead),
        Some(ActionStatus::Moved) => (t::MARK_MOVED.get(lang), s.accent),
        Some(ActionStatus::Dropped) => (t::MARK_DROPPED.get(lang), s.muted),
        _ => ("·", s.text),
    }
}
