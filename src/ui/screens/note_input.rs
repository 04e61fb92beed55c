//! The note input: a text field, its kind, private or shared, and an
//! action's owner and due date read from the text.

use super::super::ViewCtx;
use super::super::keys::{self, NoteAction};
use super::super::text_field::{InputOutcome, TextField};
use super::owner_choice::{Chosen, OwnerChoice};
use super::render_footer;
use crate::engine::{About, DueProblem, NewNote, read_owner, take_due};
use crate::i18n::corrections as words;
use crate::i18n::{common as c, live as t};
use crate::model::plan::NoteKind;
use crate::model::record::Note;
use crate::text::Lang;
use chrono::{Datelike, NaiveDate};
use crossterm::event::KeyEvent;
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Widget};

#[path = "note_input_view.rs"]
mod view;

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
    /// Whom the note would be about: the one speaking when the input
    /// opened (keys go to the input, so the turn cannot move meanwhile),
    /// or whom a corrected note was about.
    pub speaker: Option<String>,
    /// Cleared with Ctrl-x: the note is about nobody.
    pub about: About,
    /// The text as the input opened with it: Esc asks before throwing
    /// away anything else.
    original: String,
    /// Esc with text typed: the screen asks whether to throw it away (a
    /// question on the popup layer, over the input), see
    /// [`NoteInput::discard_asked`].
    discard: bool,
    /// Enter found an `@name` that fits several or nobody: who owns it?
    pub choosing: Option<OwnerChoice>,
    /// The note as the owner choice finished it, for the screen to save.
    decided: Option<NewNote>,
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
    /// An `@Name` that fits nobody (what follows the `@`).
    pub unknown: Option<String>,
}

impl NoteInput {
    pub fn new(kind: NoteKind, private: bool, names: Vec<String>, today: NaiveDate) -> NoteInput {
        NoteInput {
            field: TextField::default().wrapping(),
            kind,
            private,
            names,
            today,
            editing: None,
            speaker: None,
            about: About::Speaker,
            original: String::new(),
            discard: false,
            choosing: None,
            decided: None,
        }
    }

    /// Esc found text typed: the screen is to ask whether to throw it
    /// away (the input stays open beneath the question).
    pub fn discard_asked(&self) -> bool {
        self.discard
    }

    /// [`NoteInput::discard_asked`], once: the question is asked.
    pub fn take_discard(&mut self) -> bool {
        std::mem::take(&mut self.discard)
    }

    /// An action whose `@name` fits several members or nobody is not
    /// saved as it is: the members it could mean, to choose from.
    fn owner_to_choose(&self) -> Option<OwnerChoice> {
        let read = self.read();
        match (read.which, read.unknown) {
            (Some(names), _) => {
                let typed = mention(&read.text).unwrap_or_default();
                Some(OwnerChoice::several(names, typed))
            }
            (None, Some(typed)) => Some(OwnerChoice::nobody(self.names.clone(), typed)),
            (None, None) => None,
        }
    }

    /// The input for a note taken during `speaker`'s turn.
    pub fn during(mut self, speaker: Option<&str>) -> NoteInput {
        self.speaker = speaker.map(str::to_string);
        self
    }

    /// Whom the note will be about, as the input shows it: none for a
    /// kind that is not about a speaker, or once cleared.
    pub fn about_whom(&self) -> Option<&str> {
        self.speaker
            .as_deref()
            .filter(|_| self.kind.keeps_speaker() && self.about == About::Speaker)
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
            field: TextField::new(&text).wrapping(),
            kind: note.kind,
            private: note.private,
            names,
            today,
            editing: Some(note.id),
            speaker: note.participant.clone(),
            about: About::Speaker,
            original: text,
            discard: false,
            choosing: None,
            decided: None,
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
                unknown: None,
            };
        }
        let (due, text, problem) = take_due(&text, self.today);
        let (owner, text, which) = read_owner(&text, &self.names);
        let unknown = match (&owner, &which) {
            (None, None) => mention(&text),
            _ => None,
        };
        ReadNote {
            text,
            owner,
            due: due.and_then(|d| d.date()),
            problem,
            which,
            unknown,
        }
    }

    /// The note to save once the input is done: as the owner choice left
    /// it, else as typed.
    pub fn finished(&self) -> NewNote {
        self.decided.clone().unwrap_or_else(|| self.note())
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
            about: self.about,
        }
    }

    pub fn handle(&mut self, key: KeyEvent) -> InputOutcome<NewNote> {
        if let Some(choice) = &mut self.choosing {
            return match choice.key(&key) {
                Chosen::Still => InputOutcome::Editing,
                Chosen::Back => {
                    self.choosing = None;
                    InputOutcome::Editing
                }
                Chosen::Owner(owner) => {
                    let mention = choice.mention.clone();
                    self.choosing = None;
                    let mut note = self.note();
                    if owner.is_some() {
                        note.text = without_mention(&note.text, &mention);
                    }
                    note.owner = owner;
                    self.decided = Some(note.clone());
                    InputOutcome::Done(note)
                }
            };
        }
        let Some(action) = keys::lookup(keys::NOTE_INPUT, &key) else {
            self.field.handle(&key);
            return InputOutcome::Editing;
        };
        match action {
            NoteAction::Save => match self.owner_to_choose() {
                Some(choice) => {
                    self.choosing = Some(choice);
                    InputOutcome::Editing
                }
                None => InputOutcome::Done(self.note()),
            },
            NoteAction::Cancel if self.text().trim() != self.original.trim() => {
                self.discard = true;
                InputOutcome::Editing
            }
            NoteAction::Cancel => InputOutcome::Cancelled,
            NoteAction::ClearAbout => {
                self.about = match self.about {
                    About::Speaker => About::Nobody,
                    About::Nobody => About::Speaker,
                };
                InputOutcome::Editing
            }
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

    /// Most rows a long note wraps over before it scrolls.
    const MAX_TEXT_ROWS: u16 = 4;
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

/// What follows the first `@` that starts a word and a name, as typed.
fn mention(text: &str) -> Option<String> {
    text.match_indices('@').find_map(|(at, _)| {
        let starts_word = !text[..at]
            .chars()
            .next_back()
            .is_some_and(char::is_alphanumeric);
        let word: String = text[at + 1..]
            .chars()
            .take_while(|c| !c.is_whitespace())
            .collect();
        (starts_word && word.starts_with(char::is_alphabetic)).then_some(word)
    })
}

/// `text` without its first `@mention`.
fn without_mention(text: &str, mention: &str) -> String {
    let token = format!("@{mention}");
    let out = text.replacen(&token, "", 1);
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// "15/12": a due date as short as the live screen wants it.
pub fn day_month(date: NaiveDate) -> String {
    format!("{}/{}", date.day(), date.month())
}

#[cfg(test)]
#[path = "note_input_tests.rs"]
mod tests;
