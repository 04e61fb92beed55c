//! An action of an earlier meeting as it stands, and the one definition of
//! an open action that the home screen, the live screen, the review and
//! `runde actions` all count by.

use super::record::ActionStatus;
use chrono::NaiveDate;

/// One action as it stands now: its own status with the latest follow-up
/// from any meeting that counts applied (a discarded meeting's actions and
/// follow-ups are left out where the actions are read).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OpenAction {
    /// The record id of the session the action was taken in.
    pub session: String,
    pub date: NaiveDate,
    /// The note id within that record.
    pub note: u32,
    pub text: String,
    pub owner: Option<String>,
    pub due: Option<NaiveDate>,
    pub private: bool,
    /// After every follow-up so far.
    pub status: ActionStatus,
}

impl OpenAction {
    /// Still to be done: open, or moved to a later meeting.
    pub fn is_open(&self) -> bool {
        self.status.is_open()
    }
}

/// An action of an earlier session whose status this session changed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FollowedAction {
    pub text: String,
    pub owner: Option<String>,
    pub status: ActionStatus,
    pub private: bool,
    /// Moved: the new due date (none: the next meeting).
    pub due: Option<chrono::NaiveDate>,
}

/// How many actions are open, and how many of those are private: a private
/// action is counted everywhere and its text shown nowhere shared.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct OpenCount {
    pub shared: usize,
    pub private: usize,
}

impl OpenCount {
    /// The open ones among `actions`.
    pub fn of<'a>(actions: impl IntoIterator<Item = &'a OpenAction>) -> OpenCount {
        actions
            .into_iter()
            .filter(|a| a.is_open())
            .fold(OpenCount::default(), |mut c, a| {
                match a.private {
                    true => c.private += 1,
                    false => c.shared += 1,
                }
                c
            })
    }

    pub fn total(self) -> usize {
        self.shared + self.private
    }
}
