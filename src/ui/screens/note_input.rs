//! The note input: a text field, its kind, private or shared, and an
//! action's owner and due date read from the text.

use super::super::ViewCtx;
use super::super::keys::{self, NoteAction};
use super::super::text_field::{InputOutcome, TextField};
use super::render_footer;
use crate::engine::{DueProblem, NewNote, read_owner, take_due};
use crate::i18n::{common as c, live as t};
use crate::model::plan::NoteKind;
use crate::model::record::Note;
use crate::text::Lang;
use chrono::{Datelike, NaiveDate};
use crossterm::event::KeyEvent;
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Widget};

#[derive(Debug, Clone)]
pub struct NoteInput {
    pub field: TextField,
    pub kind: NoteKind,
    pub private: bool,
    /// Everyone who can own an action, for `@Name`: the whole roster,
    /// not only those in the room.
    pub names: Vec<String>,
    /// The meeting's day, for `!15/12` (the next 15 December from it).
    pub today: NaiveDate,
    /// The note being corrected (`I`, Enter), if it is not a new one.
    pub editing: Option<u32>,
}

/// A note as it will be saved: an action's `@Name` and `!date` read and
/// taken out of its text.
#[derive(Debug, Clone, PartialEq)]
pub struct ReadNote {
    pub text: String,
    pub owner: Option<String>,
    pub due: Option<NaiveDate>,
    /// A `!…` that stayed in the text, and why.
    pub problem: Option<DueProblem>,
    /// The members an `@Name` could mean, when it fits several.
    pub which: Option<Vec<String>>,
}

impl NoteInput {
    pub fn new(kind: NoteKind, private: bool, names: Vec<String>, today: NaiveDate) -> NoteInput {
        NoteInput {
            field: TextField::default(),
            kind,
            private,
            names,
            today,
            editing: None,
        }
    }

    /// The input filled with `note` as it would have been typed: its text,
    /// and for an action its `@owner` and `!date`, read again on Enter.
    pub fn editing(note: &Note, names: Vec<String>, today: NaiveDate) -> NoteInput {
        let mut text = note.text.clone();
        if note.kind == NoteKind::Action {
            if let Some(owner) = &note.owner {
                text.push_str(&format!(" @{owner}"));
            }
            if let Some(due) = note.due {
                text.push_str(&format!(" !{}", crate::dates::day_text(due)));
            }
        }
        NoteInput {
            field: TextField::new(&text),
            kind: note.kind,
            private: note.private,
            names,
            today,
            editing: Some(note.id),
        }
    }

    pub fn text(&self) -> String {
        self.field.text()
    }

    /// The owner an action would get from its `@Name`.
    pub fn owner(&self) -> Option<String> {
        self.read().owner
    }

    /// The note as it will be saved: an action's `@Name` becomes its owner
    /// and its `!date` its due date, and both leave the text.
    pub fn read(&self) -> ReadNote {
        let text = self.text();
        if self.kind != NoteKind::Action {
            return ReadNote {
                text,
                owner: None,
                due: None,
                problem: None,
                which: None,
            };
        }
        let (due, text, problem) = take_due(&text, self.today);
        let (owner, text, which) = read_owner(&text, &self.names);
        ReadNote {
            text,
            owner,
            due: due.and_then(|d| d.date()),
            problem,
            which,
        }
    }

    /// The note as it would be saved now.
    pub fn note(&self) -> NewNote {
        let note = self.read();
        NewNote {
            kind: self.kind,
            text: note.text,
            private: self.private,
            owner: note.owner,
            due: note.due,
        }
    }

    pub fn handle(&mut self, key: KeyEvent) -> InputOutcome<NewNote> {
        let Some(action) = keys::lookup(keys::NOTE_INPUT, &key) else {
            self.field.handle(&key);
            return InputOutcome::Editing;
        };
        match action {
            NoteAction::Save => InputOutcome::Done(self.note()),
            NoteAction::Cancel => InputOutcome::Cancelled,
            NoteAction::CycleKind => {
                self.kind = self.kind.next();
                InputOutcome::Editing
            }
            NoteAction::TogglePrivate => {
                self.private = !self.private;
                InputOutcome::Editing
            }
        }
    }

    /// Rows the input takes at the bottom of the live screen: one more
    /// for an action, to say how to give it an owner and a due date.
    pub fn height(&self) -> u16 {
        if self.kind == NoteKind::Action { 6 } else { 5 }
    }

    pub fn render(&self, area: Rect, buf: &mut Buffer, ctx: &ViewCtx) {
        let s = ctx.styles;
        ctx.styles.clear(area, buf);
        let title_text = match self.editing {
            Some(_) => crate::i18n::corrections::EDIT_TITLE,
            None => t::NOTE_TITLE,
        };
        let mut title = vec![
            Span::styled(format!(" {} ", title_text.get(ctx.lang)), s.title),
            Span::styled(
                format!("[{}] ", c::note_kind(self.kind).get(ctx.lang)),
                s.accent,
            ),
        ];
        if self.private {
            title.push(Span::styled(
                format!("[{}] ", c::PRIVATE.get(ctx.lang)),
                s.private,
            ));
        } else {
            title.push(Span::styled(
                format!("[{}] ", t::SHARED.get(ctx.lang)),
                s.muted,
            ));
        }
        let note = self.read();
        if let Some(owner) = &note.owner {
            title.push(Span::styled(
                format!("{}: {owner} ", t::OWNER.get(ctx.lang)),
                s.role,
            ));
        }
        if let Some(due) = note.due {
            title.push(Span::styled(
                format!("· {}: {} ", t::DUE.get(ctx.lang), day_month(due)),
                s.role,
            ));
        }
        let block = Block::default()
            .borders(Borders::ALL)
            .border_style(s.accent)
            .title(Line::from(title));
        let inner = block.inner(area);
        block.render(area, buf);
        let action_rows = u16::from(self.kind == NoteKind::Action);
        let [text, action, hints] = Layout::vertical([
            Constraint::Fill(1),
            Constraint::Length(action_rows),
            Constraint::Length(1),
        ])
        .areas(inner);
        self.field.render(text, buf);
        let (line, style) = match (&note.which, &note.problem) {
            (Some(names), _) => (which_line(names, ctx.lang), s.error),
            (None, Some(DueProblem::NotADate(typed))) => {
                (t::DUE_NOT_A_DATE.fill(ctx.lang, &[typed]), s.error)
            }
            (None, Some(DueProblem::Past(typed))) => {
                (t::DUE_PAST.fill(ctx.lang, &[typed]), s.error)
            }
            (None, None) => (t::ACTION_HINT.get(ctx.lang).to_string(), s.muted),
        };
        Span::styled(line, style).render(action, buf);
        render_footer(keys::NOTE_INPUT, hints, buf, ctx);
    }
}

/// "Anne Holm eller Anne Lund?": which of several members an `@Name`
/// means.
pub fn which_line(names: &[String], lang: Lang) -> String {
    match names.split_last() {
        Some((last, first)) if !first.is_empty() => {
            t::OWNER_WHICH.fill(lang, &[&first.join(", "), last])
        }
        _ => names.join(", "),
    }
}

/// "15/12": a due date as short as the live screen wants it.
pub fn day_month(date: NaiveDate) -> String {
    format!("{}/{}", date.day(), date.month())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crossterm::event::{KeyCode, KeyModifiers};

    fn day() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 23).unwrap()
    }

    fn typed(kind: NoteKind, text: &str) -> NoteInput {
        let names = vec!["Anne".to_string(), "Bo Ørum".to_string()];
        let mut input = NoteInput::new(kind, false, names, day());
        for c in text.chars() {
            press(&mut input, KeyCode::Char(c));
        }
        input
    }

    #[test]
    fn an_action_takes_its_due_date_and_owner_out_of_the_text() {
        let mut input = typed(NoteKind::Action, "Send planen til bestyrelsen !15.12 @bo");
        assert_eq!(input.read().problem, None);
        match press(&mut input, KeyCode::Enter) {
            InputOutcome::Done(note) => {
                assert_eq!(note.text, "Send planen til bestyrelsen");
                assert_eq!(note.owner.as_deref(), Some("Bo Ørum"));
                assert_eq!(note.due, NaiveDate::from_ymd_opt(2026, 12, 15));
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn a_bad_date_stays_in_the_text_and_the_input_says_why() {
        let mut input = typed(NoteKind::Action, "Ring til Anne !31/2");
        assert_eq!(
            input.read().problem,
            Some(DueProblem::NotADate("!31/2".into()))
        );
        match press(&mut input, KeyCode::Enter) {
            InputOutcome::Done(note) => {
                assert_eq!(note.text, "Ring til Anne !31/2");
                assert_eq!(note.due, None);
            }
            other => panic!("{other:?}"),
        }
        // A note that is not an action keeps its "!" as it was.
        let input = typed(NoteKind::Note, "Husk !15/12");
        assert_eq!(input.read().text, "Husk !15/12");
        assert_eq!(input.read().due, None);
    }

    #[test]
    fn a_mention_of_the_first_words_of_a_name_leaves_the_text() {
        let names = vec!["Hans Peter Nielsen".to_string(), "Bo Ørum".to_string()];
        let mut input = NoteInput::new(NoteKind::Action, false, names, day());
        for c in "Send skema til forvaltningen @Hans Peter !15/12".chars() {
            press(&mut input, KeyCode::Char(c));
        }
        match press(&mut input, KeyCode::Enter) {
            InputOutcome::Done(note) => {
                assert_eq!(note.text, "Send skema til forvaltningen");
                assert_eq!(note.owner.as_deref(), Some("Hans Peter Nielsen"));
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn a_shared_first_name_asks_which_one() {
        let names = vec!["Anne Holm".to_string(), "Anne Lund".to_string()];
        let mut input = NoteInput::new(NoteKind::Action, false, names, day());
        for c in "Ring til kommunen @Anne".chars() {
            press(&mut input, KeyCode::Char(c));
        }
        let read = input.read();
        assert_eq!(read.owner, None);
        let which = read.which.unwrap_or_default();
        assert_eq!(
            which_line(&which, Lang::Da),
            "Anne Holm eller Anne Lund? Skriv mere af navnet efter @"
        );
        assert_eq!(
            which_line(&which, Lang::En),
            "Anne Holm or Anne Lund? Type more of the name after @"
        );
        let three = ["A".to_string(), "B".to_string(), "C".to_string()];
        assert!(which_line(&three, Lang::En).starts_with("A, B or C?"));
        for c in " L".chars() {
            press(&mut input, KeyCode::Char(c));
        }
        // "@Anne L" is still Anne Holm or Anne Lund ("L" is not a word of
        // either); "@Anne Lund" is one.
        for c in "und".chars() {
            press(&mut input, KeyCode::Char(c));
        }
        assert_eq!(input.owner().as_deref(), Some("Anne Lund"));
    }

    fn press(input: &mut NoteInput, code: KeyCode) -> InputOutcome<NewNote> {
        input.handle(KeyEvent::new(code, KeyModifiers::NONE))
    }

    #[test]
    fn types_danish_cycles_kind_and_saves_with_owner() {
        let names = vec!["Anne".to_string(), "Bo Ørum".to_string()];
        let mut input = NoteInput::new(NoteKind::Note, false, names, day());
        for c in "Bo: ring til Ærø @bo".chars() {
            press(&mut input, KeyCode::Char(c));
        }
        press(&mut input, KeyCode::Tab);
        press(&mut input, KeyCode::Tab);
        assert_eq!(input.kind, NoteKind::Action);
        match press(&mut input, KeyCode::Enter) {
            InputOutcome::Done(note) => {
                assert_eq!(note.text, "Bo: ring til Ærø");
                assert_eq!(note.owner.as_deref(), Some("Bo Ørum"));
            }
            other => panic!("{other:?}"),
        }
        assert_eq!(press(&mut input, KeyCode::Esc), InputOutcome::Cancelled);
    }

    #[test]
    fn only_an_action_takes_the_mention_out() {
        let names = vec!["Bo".to_string()];
        let mut input = NoteInput::new(NoteKind::Note, false, names, day());
        for c in "Spørg @Bo".chars() {
            press(&mut input, KeyCode::Char(c));
        }
        match press(&mut input, KeyCode::Enter) {
            InputOutcome::Done(note) => {
                assert_eq!(note.text, "Spørg @Bo");
                assert_eq!(note.owner, None);
            }
            other => panic!("{other:?}"),
        }
    }
}
