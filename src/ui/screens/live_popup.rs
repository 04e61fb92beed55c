//! The live screen's popups: the note, name and next-meeting inputs, the
//! guidance box and its yes/no questions. What each may show decides
//! whether the room view can be drawn beneath it (see `ui::popup`).

use super::live_guidance::GuidanceBox;
use super::live_next::NextFieldInput;
use super::name_input::NameInput;
use super::note_input::NoteInput;
use super::notes_box::NotesBox;
use super::private_actions::PrivateBox;
use super::roles_popup::{HandOverInput, RolesBox};
use crate::i18n::{charter as words, live as t};
use crate::output_gate::pasted;
use crate::text::Lang;
use crate::ui::ViewCtx;
use crate::ui::keys;
use crate::ui::popup::{Confirm, Hints, Question, Reply, bottom};
use crate::ui::text_field::InputOutcome;
use crossterm::event::KeyEvent;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

#[derive(Debug, Clone)]
pub enum LivePopup {
    Note(NoteInput),
    /// Who arrives late or leaves.
    Name(NameInput),
    /// A field of the next meeting's agreement.
    NextField(NextFieldInput),
    /// All of the step's guidance, where the screen has no room for it.
    Guidance(GuidanceBox),
    Confirm(Confirm<LiveQuestion>),
    /// Today's roles, to hand one on (`R`).
    Roles(RolesBox),
    /// Who takes a role over, and why.
    HandOver(HandOverInput),
    /// The private actions of "since last time", for the facilitator (`o`).
    Private(PrivateBox),
    /// Today's notes, to correct or delete one (`I`).
    Notes(NotesBox),
    /// An action from last time moved: to when (`2`).
    Moved(super::moved_input::MovedInput),
}

/// What the live screen asks before it acts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LiveQuestion {
    /// Quit; `unsaved` when the last save failed.
    Quit { unsaved: bool },
    /// The last step is over: finish the meeting, keeping what it agreed
    /// for the network's charter (how many entries of each part).
    Finish { charter: Option<[usize; 4]> },
    /// `→` would leave someone without a turn or cut a supervision short.
    Skip(super::live_slips::Skip),
    /// Delete note `id`, which begins `start`.
    RemoveNote { id: u32, start: String },
    /// Esc in the note input with text typed: throw it away? (`editing`:
    /// a correction of a note saved before.)
    DiscardNote { editing: bool },
}

impl Question for LiveQuestion {
    fn text(&self, lang: Lang) -> String {
        match self {
            LiveQuestion::Quit { unsaved: false } => t::QUIT_ASK.get(lang).to_string(),
            LiveQuestion::Quit { unsaved: true } => t::QUIT_UNSAVED.get(lang).to_string(),
            LiveQuestion::Finish { charter: None } => t::FINISH_ASK.get(lang).to_string(),
            // On a start-up: what it keeps for the network's charter.
            LiveQuestion::Finish {
                charter: Some(counts),
            } => format!(
                "{} {}",
                t::FINISH_ASK.get(lang),
                words::OFFER.fill(lang, &[&words::summary(*counts, lang)])
            ),
            LiveQuestion::Skip(skip) => skip.text(lang),
            LiveQuestion::RemoveNote { start, .. } => {
                crate::i18n::corrections::REMOVE_ASK.fill(lang, &[start])
            }
            LiveQuestion::DiscardNote { editing: true } => {
                crate::i18n::corrections::DISCARD_CORRECTION
                    .get(lang)
                    .to_string()
            }
            LiveQuestion::DiscardNote { editing: false } => {
                crate::i18n::corrections::DISCARD_NOTE.get(lang).to_string()
            }
        }
    }

    fn warning(&self) -> bool {
        matches!(self, LiveQuestion::Quit { unsaved: true })
    }
}

/// An input's answer to a key, as the popup layer takes it.
fn reply<T>(outcome: InputOutcome<T>) -> Reply {
    match outcome {
        InputOutcome::Editing => Reply::Stay,
        InputOutcome::Done(_) => Reply::Done,
        InputOutcome::Cancelled => Reply::Close,
    }
}

impl LivePopup {
    pub fn key(&mut self, key: &KeyEvent) -> Reply {
        match self {
            LivePopup::Note(input) => match input.handle(*key) {
                // Esc with text typed: the screen asks, over the input.
                InputOutcome::Editing if input.discard_asked() => Reply::Done,
                outcome => reply(outcome),
            },
            LivePopup::Name(input) => reply(input.handle(*key)),
            LivePopup::NextField(input) => reply(input.handle(*key)),
            LivePopup::Guidance(_) => Reply::Close,
            LivePopup::Confirm(c) => c.key(key),
            LivePopup::Roles(roles) => roles.key(key),
            LivePopup::HandOver(input) => input.key(key),
            LivePopup::Private(private) => private.key(key),
            LivePopup::Notes(notes) => notes.key(key),
            LivePopup::Moved(input) => input.key(key),
        }
    }

    /// Inputs show what is typed: never over the room view.
    pub fn private(&self) -> bool {
        match self {
            // A private action's text, and a reason being typed.
            LivePopup::Note(_)
            | LivePopup::Name(_)
            | LivePopup::NextField(_)
            | LivePopup::HandOver(_)
            | LivePopup::Private(_)
            | LivePopup::Notes(_)
            | LivePopup::Moved(_) => true,
            // The question before a note is deleted quotes it.
            LivePopup::Confirm(c) => matches!(c.question, LiveQuestion::RemoveNote { .. }),
            // Names of today's roles only.
            LivePopup::Guidance(_) | LivePopup::Roles(_) => false,
        }
    }

    pub fn footer(&self, lang: Lang) -> Option<Hints> {
        match self {
            LivePopup::Note(input) if input.choosing.is_some() => {
                Some(keys::footer(keys::OWNER_CHOICE, lang))
            }
            LivePopup::Note(_) => Some(keys::footer(keys::NOTE_INPUT, lang)),
            LivePopup::Name(_)
            | LivePopup::NextField(_)
            | LivePopup::HandOver(_)
            | LivePopup::Moved(_) => Some(keys::footer(keys::LINE_INPUT, lang)),
            LivePopup::Roles(_) => Some(keys::footer(keys::ROLES_BOX, lang)),
            LivePopup::Private(_) => Some(keys::footer(keys::PRIVATE_BOX, lang)),
            LivePopup::Notes(_) => Some(keys::footer(keys::NOTES_BOX, lang)),
            LivePopup::Guidance(_) | LivePopup::Confirm(_) => None,
        }
    }

    pub fn rows(&self, width: u16, lang: Lang) -> u16 {
        match self {
            LivePopup::Note(input) => input.rows(width),
            LivePopup::Name(input) => input.rows(width, lang),
            LivePopup::NextField(_) => NextFieldInput::HEIGHT,
            LivePopup::Moved(_) => super::moved_input::MovedInput::HEIGHT,
            LivePopup::HandOver(input) => input.rows(width, lang),
            LivePopup::Guidance(_)
            | LivePopup::Roles(_)
            | LivePopup::Private(_)
            | LivePopup::Notes(_) => 0,
            LivePopup::Confirm(c) => c.rows(width, lang),
        }
    }

    pub fn paste(&mut self, text: &str) {
        match self {
            LivePopup::Note(input) => input.field.insert(&pasted(text, true)),
            LivePopup::Name(input) => input.field.insert(&pasted(text, false)),
            LivePopup::NextField(input) => input.text.insert(&pasted(text, false)),
            LivePopup::HandOver(input) => input.field.insert(&pasted(text, false)),
            LivePopup::Moved(input) => input.field.insert(&pasted(text, false)),
            LivePopup::Guidance(_)
            | LivePopup::Confirm(_)
            | LivePopup::Roles(_)
            | LivePopup::Private(_)
            | LivePopup::Notes(_) => {}
        }
    }

    pub fn render(&self, area: Rect, buf: &mut Buffer, ctx: &ViewCtx) {
        let rect = bottom(area, self.rows(area.width, ctx.lang));
        match self {
            LivePopup::Note(input) => input.render(rect, buf, ctx),
            LivePopup::Name(input) => input.render(rect, buf, ctx),
            LivePopup::NextField(input) => input.render(rect, buf, ctx),
            LivePopup::Guidance(guidance) => guidance.render(area, buf, ctx),
            LivePopup::Confirm(c) => c.render(area, buf, ctx),
            LivePopup::Roles(roles) => roles.render(area, buf, ctx),
            LivePopup::HandOver(input) => input.render(rect, buf, ctx),
            LivePopup::Private(private) => private.render(area, buf, ctx),
            LivePopup::Notes(notes) => notes.render(area, buf, ctx),
            LivePopup::Moved(input) => input.render(rect, buf, ctx),
        }
    }
}
