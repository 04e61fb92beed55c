//! The one yes/no question. Its rule is `keys::CONFIRM`: `j` (Danish), `y`
//! (English) or Enter says yes; Esc or any other key says no and changes
//! nothing. A question may take one key more as yes (a second → before
//! skipping a running supervision), which its answer line then names.
//!
//! To add a confirmation: add a case to the screen's question enum (e.g.
//! `LiveQuestion`), say its text in `Question::text`, open
//! `Confirm::new(question)` as a popup, and act on it in the screen's
//! `popup_done`, which only a yes reaches.

use super::{Reply, bottom};
use crate::i18n::keys as k;
use crate::text::Lang;
use crate::ui::keys::{self, ConfirmAction, Key};
use crate::ui::{ViewCtx, fit};
use crossterm::event::KeyEvent;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Block, Borders, Paragraph, Widget};

/// What a screen asks: the words of the question.
pub trait Question {
    fn text(&self, lang: Lang) -> String;
    /// Said as a warning (quitting with unsaved notes).
    fn warning(&self) -> bool {
        false
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Confirm<Q> {
    pub question: Q,
    /// Keys of the screen's own that say yes too.
    also: Vec<Key>,
}

impl<Q: Question> Confirm<Q> {
    pub fn new(question: Q) -> Confirm<Q> {
        Confirm {
            question,
            also: Vec::new(),
        }
    }

    /// `key` says yes as well as j/y/Enter.
    pub fn or(mut self, key: Key) -> Confirm<Q> {
        self.also.push(key);
        self
    }

    /// Yes finishes the question; any other key closes it.
    pub fn key(&self, key: &KeyEvent) -> Reply {
        let yes = keys::lookup(keys::CONFIRM, key) == Some(ConfirmAction::Yes)
            || self.also.iter().any(|k| k.matches(key));
        if yes { Reply::Done } else { Reply::Close }
    }

    /// "j/Enter: ja · enhver anden tast: nej", with the question's own key
    /// first.
    pub fn answers(&self, lang: Lang) -> String {
        let also: String = self.also.iter().map(|k| format!("{}/", k.name())).collect();
        k::CONFIRM_ANSWERS.fill(lang, &[&also])
    }

    fn lines(&self, width: u16, lang: Lang) -> Vec<String> {
        let width = usize::from(width.saturating_sub(2)).max(1);
        let mut lines = fit::wrap(&self.question.text(lang), width);
        lines.extend(fit::wrap(&self.answers(lang), width));
        lines
    }

    /// Rows the question takes at a width: its lines and a border.
    pub fn rows(&self, width: u16, lang: Lang) -> u16 {
        self.lines(width, lang).len() as u16 + 2
    }

    /// The question in a box at the bottom of `area`.
    pub fn render(&self, area: Rect, buf: &mut Buffer, ctx: &ViewCtx) {
        let s = ctx.styles;
        let rect = bottom(area, self.rows(area.width, ctx.lang));
        ctx.styles.clear(rect, buf);
        let (border, text) = match self.question.warning() {
            true => (s.error, s.error),
            false => (s.accent, s.text),
        };
        let width = usize::from(rect.width.saturating_sub(2)).max(1);
        let mut lines: Vec<Line> = fit::wrap(&self.question.text(ctx.lang), width)
            .into_iter()
            .map(|l| Line::styled(l, text))
            .collect();
        lines.extend(
            fit::wrap(&self.answers(ctx.lang), width)
                .into_iter()
                .map(|l| Line::styled(l, s.muted)),
        );
        Paragraph::new(lines)
            .block(Block::default().borders(Borders::ALL).border_style(border))
            .render(rect, buf);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crossterm::event::{KeyCode, KeyModifiers};

    struct Leave;

    impl Question for Leave {
        fn text(&self, lang: Lang) -> String {
            match lang {
                Lang::Da => "Gå?".into(),
                Lang::En => "Leave?".into(),
            }
        }
    }

    fn press(c: &Confirm<Leave>, code: KeyCode) -> Reply {
        c.key(&KeyEvent::new(code, KeyModifiers::NONE))
    }

    #[test]
    fn j_y_and_enter_say_yes_and_any_other_key_no() {
        let c = Confirm::new(Leave);
        for code in [KeyCode::Char('j'), KeyCode::Char('y'), KeyCode::Enter] {
            assert_eq!(press(&c, code), Reply::Done, "{code:?}");
        }
        for code in [
            KeyCode::Esc,
            KeyCode::Char('n'),
            KeyCode::Right,
            KeyCode::Char(' '),
        ] {
            assert_eq!(press(&c, code), Reply::Close, "{code:?}");
        }
    }

    #[test]
    fn a_question_may_take_one_key_more_and_says_so() {
        let c = Confirm::new(Leave).or(keys::code(KeyCode::Right));
        assert_eq!(press(&c, KeyCode::Right), Reply::Done);
        assert_eq!(press(&c, KeyCode::Left), Reply::Close);
        assert_eq!(c.answers(Lang::En), "→/y/Enter: yes · any other key: no");
        assert_eq!(
            c.answers(Lang::Da),
            "→/j/Enter: ja · enhver anden tast: nej"
        );
    }

    #[test]
    fn the_danish_answer_names_j_and_not_y() {
        let da = Confirm::new(Leave).answers(Lang::Da);
        assert!(da.contains('j') && !da.contains('y'), "{da}");
        assert_eq!(press(&Confirm::new(Leave), KeyCode::Char('y')), Reply::Done);
    }
}
