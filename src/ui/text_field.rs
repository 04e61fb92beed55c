//! The one text field every input uses (a note, a name, a reason, a date,
//! a search): typed characters go in, and the readline keys of
//! `keys::EDIT` move and delete the same way everywhere. A key the field
//! does not know is left to the input around it.

use super::keys::{self, EditAction, LineAction};
use crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::widgets::Widget;
use ratatui_textarea::{CursorMove, TextArea, WrapMode};

/// What a key did to an input.
#[derive(Debug, Clone, PartialEq)]
pub enum InputOutcome<T> {
    Editing,
    Done(T),
    Cancelled,
}

#[derive(Debug, Clone)]
pub struct TextField {
    editor: TextArea<'static>,
}

impl Default for TextField {
    fn default() -> TextField {
        TextField::new("")
    }
}

impl TextField {
    /// A field holding `text`, the cursor at its end.
    pub fn new(text: &str) -> TextField {
        let mut editor = TextArea::from([text.to_string()]);
        editor.set_cursor_line_style(Style::new());
        editor.move_cursor(CursorMove::End);
        TextField { editor }
    }

    /// A field holding `text` all selected: typing replaces it, a cursor
    /// key keeps it to edit.
    pub fn replaceable(text: &str) -> TextField {
        let mut field = TextField::new(text);
        field.editor.select_all();
        field
    }

    /// The field wraps its text at words over the rows it is given,
    /// instead of scrolling one line sideways.
    pub fn wrapping(mut self) -> TextField {
        self.editor.set_wrap_mode(WrapMode::WordOrGlyph);
        self
    }

    /// Rows the text takes wrapped at `width` columns (at least one).
    pub fn rows_at(&self, width: u16) -> u16 {
        let width = usize::from(width.max(1));
        let rows: usize = self
            .editor
            .lines()
            .iter()
            .map(|line| {
                let words = super::fit::wrap(line, width).len();
                let glyphs = super::fit::width(line).div_ceil(width);
                // The cursor after a full row takes the next one.
                let cursor = usize::from(super::fit::width(line).is_multiple_of(width));
                words.max(glyphs).max(1) + cursor * usize::from(!line.is_empty())
            })
            .sum();
        u16::try_from(rows.max(1)).unwrap_or(u16::MAX)
    }

    /// The text, its lines joined by `\n`.
    pub fn text(&self) -> String {
        self.editor.lines().join("\n")
    }

    /// Text put in at the cursor (a paste).
    pub fn insert(&mut self, text: &str) {
        self.editor.insert_str(text);
    }

    /// Applies a key meant for the text; false when the field does not
    /// know it (the input around it may).
    pub fn handle(&mut self, key: &KeyEvent) -> bool {
        if key.kind == KeyEventKind::Release {
            return false;
        }
        if let Some(action) = keys::lookup(keys::EDIT, key) {
            self.edit(action);
            return true;
        }
        match typed_char(key) {
            Some(c) => {
                self.editor.insert_char(c);
                true
            }
            None => false,
        }
    }

    fn edit(&mut self, action: EditAction) {
        let e = &mut self.editor;
        let mut go = |to: CursorMove| {
            e.cancel_selection();
            e.move_cursor(to);
        };
        match action {
            EditAction::Back => go(CursorMove::Back),
            EditAction::Forward => go(CursorMove::Forward),
            EditAction::WordBack => go(CursorMove::WordBack),
            EditAction::WordForward => go(CursorMove::WordForward),
            EditAction::LineStart => go(CursorMove::Head),
            EditAction::LineEnd => go(CursorMove::End),
            EditAction::DeleteBack => {
                e.delete_char();
            }
            EditAction::DeleteForward => {
                e.delete_next_char();
            }
            EditAction::DeleteWordBack => {
                e.delete_word();
            }
            EditAction::DeleteToStart => {
                e.delete_line_by_head();
            }
            EditAction::DeleteToEnd => {
                e.delete_line_by_end();
            }
            EditAction::Yank => {
                e.paste();
            }
        }
    }

    /// A key in a one-line answer (`keys::LINE_INPUT`): Enter gives the
    /// text, Esc cancels, the rest edits.
    pub fn line_key(&mut self, key: &KeyEvent) -> InputOutcome<String> {
        match keys::lookup(keys::LINE_INPUT, key) {
            Some(LineAction::Done) => InputOutcome::Done(self.text().replace('\n', " ")),
            Some(LineAction::Cancel) => InputOutcome::Cancelled,
            None => {
                self.handle(key);
                InputOutcome::Editing
            }
        }
    }

    pub fn render(&self, area: Rect, buf: &mut Buffer) {
        self.editor.render(area, buf);
    }

    /// Where the cursor is: (line, character).
    pub fn cursor(&self) -> (usize, usize) {
        let ratatui_textarea::DataCursor(line, at) = self.editor.cursor();
        (line, at)
    }
}

/// The character a key types, if it types one. Ctrl and Alt together are
/// AltGr on some terminals (a Danish `@` is AltGr-2), so that types too.
fn typed_char(key: &KeyEvent) -> Option<char> {
    let KeyCode::Char(c) = key.code else {
        return None;
    };
    let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
    let alt = key.modifiers.contains(KeyModifiers::ALT);
    (ctrl == alt && !c.is_control()).then_some(c)
}

#[cfg(test)]
#[path = "text_field_tests.rs"]
mod tests;
