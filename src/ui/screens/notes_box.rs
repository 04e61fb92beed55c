//! Today's notes (`I` on the live screen), to correct one (Enter: the note
//! input, filled with it) or delete one (`x`, after a question). Notes are
//! shown here in full detail, so the box is private: the room view is never
//! drawn under it.

use super::super::ViewCtx;
use super::super::keys::{self, NotesAction};
use super::live::{LiveScreen, Outcome};
use super::live_popup::{LivePopup, LiveQuestion};
use super::live_view::note_line;
use super::note_input::NoteInput;
use super::render_footer;
use crate::clock::Clock;
use crate::engine::Msg;
use crate::i18n::corrections as t;
use crate::model::record::Note;
use crate::ui::fit;
use crate::ui::popup::panel;
use crate::ui::popup::{Confirm, Popups, Reply};
use crossterm::event::KeyEvent;
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Widget};

#[derive(Debug, Clone)]
pub struct NotesBox {
    /// Today's notes as they stood when the box opened.
    pub notes: Vec<Note>,
    pub selected: usize,
    /// What was asked for the selected note, for the screen to do.
    pub chosen: Option<NotesAction>,
}

impl NotesBox {
    pub fn new(notes: Vec<Note>, selected: usize) -> NotesBox {
        NotesBox {
            selected: selected.min(notes.len().saturating_sub(1)),
            notes,
            chosen: None,
        }
    }

    pub fn key(&mut self, key: &KeyEvent) -> Reply {
        match keys::lookup(keys::NOTES_BOX, key) {
            Some(NotesAction::Up) => {
                self.selected = self.selected.saturating_sub(1);
                Reply::Stay
            }
            Some(NotesAction::Down) => {
                self.selected = (self.selected + 1).min(self.notes.len().saturating_sub(1));
                Reply::Stay
            }
            Some(NotesAction::Close) => Reply::Close,
            Some(action @ (NotesAction::Edit | NotesAction::Remove)) if !self.notes.is_empty() => {
                self.chosen = Some(action);
                Reply::Done
            }
            _ => Reply::Stay,
        }
    }

    /// The note the cursor is on.
    pub fn note(&self) -> Option<&Note> {
        self.notes.get(self.selected)
    }

    pub fn render(&self, area: Rect, buf: &mut Buffer, ctx: &ViewCtx) {
        let (s, lang) = (ctx.styles, ctx.lang);
        let width = area.width.saturating_sub(4).min(100);
        let line_width = width.saturating_sub(4) as usize;
        // As many notes as fit, the chosen one always among them.
        let room = area.height.saturating_sub(6).max(1) as usize;
        let first = (self.selected + 1).saturating_sub(room);
        let mut lines: Vec<Line> = Vec::new();
        for (i, note) in self.notes.iter().enumerate().skip(first).take(room) {
            let chosen = i == self.selected;
            let head = format!(
                "{} {} ",
                if chosen { "▸" } else { " " },
                crate::dates::clock(note.at, lang)
            );
            let rest = line_width.saturating_sub(fit::width(&head));
            let mut spans = vec![Span::styled(head, s.accent)];
            spans.extend(note_line(note, rest, ctx).spans);
            let line = Line::from(spans);
            lines.push(if chosen {
                line.style(s.selection)
            } else {
                line
            });
        }
        if lines.is_empty() {
            lines.push(Line::styled(t::NOTES_BOX_EMPTY.get(lang), s.muted));
        }
        let rect = panel(area, width, lines.len() as u16 + 4, buf, ctx.styles);
        let title = match self.notes.len() {
            0 => format!(" {} ", t::NOTES_BOX_TITLE.get(lang)),
            n => format!(
                " {} ({}/{n}) ",
                t::NOTES_BOX_TITLE.get(lang),
                self.selected + 1
            ),
        };
        let block = Block::default()
            .borders(Borders::ALL)
            .border_style(s.private)
            .title(Span::styled(title, s.title));
        let inner = block.inner(rect);
        block.render(rect, buf);
        let [list, hints] =
            Layout::vertical([Constraint::Fill(1), Constraint::Length(1)]).areas(inner);
        Paragraph::new(lines).render(list, buf);
        render_footer(keys::NOTES_BOX, hints, buf, ctx);
    }
}

impl LiveScreen {
    fn notes_box(&self, selected: usize) -> NotesBox {
        NotesBox::new(self.session.record().notes.clone(), selected)
    }

    /// `I`: today's notes.
    pub(super) fn open_notes(&self, popups: &mut Popups) {
        let last = self.session.record().notes.len().saturating_sub(1);
        popups.open(LivePopup::Notes(self.notes_box(last)));
    }

    /// Enter or `x` in today's notes. The box stays beneath the input or
    /// the question, so Esc there goes back to it.
    pub(super) fn notes_done(&mut self, done: NotesBox, popups: &mut Popups) {
        let Some(note) = done.note().cloned() else {
            return;
        };
        let chosen = done.chosen;
        popups.open(LivePopup::Notes(NotesBox {
            chosen: None,
            ..done
        }));
        match chosen {
            Some(NotesAction::Edit) => {
                let record = self.session.record();
                popups.open(LivePopup::Note(NoteInput::editing(
                    &note,
                    record.roster(),
                    record.started.date_naive(),
                )));
            }
            Some(NotesAction::Remove) => {
                let start = fit::ellipsize(&note.text.replace('\n', " "), 40);
                popups.open(LivePopup::Confirm(Confirm::new(LiveQuestion::RemoveNote {
                    id: note.id,
                    start,
                })));
            }
            _ => {}
        }
    }

    /// A correction or a deletion was made: saved like a new note, said,
    /// and the box beneath shows the notes as they are now.
    pub(super) fn note_corrected(
        &mut self,
        msg: Msg,
        clock: &dyn Clock,
        popups: &mut Popups,
    ) -> Vec<Outcome> {
        let said = match msg {
            Msg::RemoveNote(_) => t::NOTE_REMOVED,
            _ => t::NOTE_CORRECTED,
        };
        let out = self.send(msg, clock, popups);
        let selected = match popups.top() {
            Some(crate::ui::popup::Popup::Live(p)) => match p.as_ref() {
                LivePopup::Notes(list) => Some(list.selected),
                _ => None,
            },
            _ => None,
        };
        if let Some(selected) = selected {
            popups.pop();
            popups.open(LivePopup::Notes(self.notes_box(selected)));
        }
        self.said = Some(said);
        out
    }
}
