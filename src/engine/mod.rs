//! The live session engine: pure, driven by messages and an injected clock.
//!
//! A [`Session`] owns the [`Record`](crate::model::Record) and writes its
//! position into `record.live` with every change, so that
//! [`Session::resume`] continues at the same step, speaker and elapsed times.

mod adjust;
mod attendance;
pub mod due;
mod follow_up;
pub mod handover;
mod left;
mod note_edits;
mod note_text;
pub mod order;
mod query;
pub mod roles;
pub mod room_state;
mod round;
mod scores;
mod session;
mod steps;
#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_beat;
#[cfg(test)]
mod tests_left;
#[cfg(test)]
mod tests_note_edits;
#[cfg(test)]
mod tests_people;
#[cfg(test)]
mod tests_resume;
#[cfg(test)]
mod tests_timebox;
#[cfg(test)]
mod tests_timers;
#[cfg(test)]
mod tests_turn_back;
mod timebox;
pub mod timer;
mod turn_back;

pub use due::{Due, DueProblem, take_due};
pub use handover::HandOverReason;
pub use note_text::{owner_from_text, read_owner, take_owner};
pub use roles::{Holder, SupervisionRoles};
pub use session::{NewSession, PendingOverride, Session};
pub use timebox::Standing;
pub use timer::{Countdown, TimerState};

use crate::model::plan::NoteKind;

/// What the facilitator (or the screen) asks the session to do.
#[derive(Debug, Clone, PartialEq)]
pub enum Msg {
    TogglePause,
    /// Start the round, or give the turn to the next speaker.
    NextSpeaker,
    /// The speaker passes: to the end of the queue; a second pass skips
    /// them, and so does a pass by the last one waiting.
    Pass,
    /// Undo the last `NextSpeaker` or `Pass` of this round or phase: the
    /// one who lost the turn has it again, with the time they had left.
    TurnBack,
    /// The next phase of a supervision, else the next step.
    NextStep,
    /// The previous phase of a supervision, else the previous step.
    PrevStep,
    /// Minutes more (positive) or less (negative) on the current timer.
    Extend(i8),
    AddNote(NewNote),
    /// Correct a note taken earlier (`I`, Enter): it keeps its number,
    /// time, step and whom it was about.
    EditNote {
        id: u32,
        note: NewNote,
    },
    /// Delete a note taken earlier (`I`, `x`, confirmed).
    RemoveNote(u32),
    ArriveLate(String),
    Leave(String),
    /// Someone present (none: nobody) takes a role over, for a reason the
    /// record keeps: during the meeting, or when its holder leaves.
    HandOver {
        role: crate::model::role_kind::RoleKind,
        to: Option<String>,
        reason: handover::HandOverReason,
    },
    /// Settle an action from an earlier session: done, moved or dropped.
    FollowUp {
        session: String,
        note: u32,
        status: crate::model::record::ActionStatus,
        /// Moved: to when (none: the next meeting).
        due: Option<chrono::NaiveDate>,
    },
    /// Set the next meeting's agreement.
    SetNextMeeting(crate::model::record::NextMeeting),
    /// The speaker's check-out score, 1–5: "was today worth the time?".
    Score(u8),
    /// Take the time the meeting is behind from where the time box says:
    /// the buffer, the theme, the rounds (see [`Session::proposal`]).
    KeepTimeBox,
    /// End the session (after the last step).
    Finish,
}

/// A note as the note input hands it over.
#[derive(Debug, Clone, PartialEq)]
pub struct NewNote {
    pub kind: NoteKind,
    pub text: String,
    pub private: bool,
    pub owner: Option<String>,
    /// For an action: by when; none is the next meeting.
    pub due: Option<chrono::NaiveDate>,
    /// Whom the note is about, for the kinds that keep it (see
    /// `NoteKind::keeps_speaker`).
    pub about: About,
}

/// Whom a note is about: the speaker (the note input shows "om: Anne"), or
/// nobody, when the facilitator cleared it so that nothing is credited
/// to the speaker silently.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum About {
    /// The one speaking now; a corrected note keeps whom it was about.
    #[default]
    Speaker,
    Nobody,
}

/// What the runtime must do after a message or a tick.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Effect {
    /// The record changed: save it.
    Save,
    /// A timer reached zero: bell and flash.
    Alert(AlertKind),
    /// `NextStep` on the last step: ask whether to finish.
    AtLastStep,
    /// The session is finished.
    Finished,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AlertKind {
    Turn,
    Phase,
    Step,
}
