//! Minutes as Markdown, and the open actions that carry over from one
//! session to the next. Pure: records in, text and lists out.

pub mod charter;
pub mod dates;
pub mod followup;
pub mod markdown;
mod minutes_header;
pub mod pseudonym;
pub mod year_chart;

pub use followup::{OpenAction, open_actions, open_actions_by_owner};
pub use markdown::{FollowedAction, minutes};
pub use pseudonym::Pseudonymiser;

use crate::text::Lang;

/// What goes into the minutes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MinutesOptions {
    pub lang: Lang,
    /// Private notes (case notes, the learning log) are left out unless set.
    pub include_private: bool,
    /// Participants' names become initials everywhere, note text included.
    pub pseudonymise: bool,
}

impl MinutesOptions {
    pub fn new(lang: Lang) -> MinutesOptions {
        MinutesOptions {
            lang,
            include_private: false,
            pseudonymise: false,
        }
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use crate::model::record::{LiveCursor, Record, SessionStatus};
    use crate::model::{Network, Plan};

    /// The smallest record for a network, for unit tests.
    pub fn record_with(network: Network) -> Record {
        let plan: Plan = ron::from_str(
            r#"(version: 1, id: "p", title: "P", steps: [(title: "S", kind: Block(minutes: 5))])"#,
        )
        .unwrap();
        Record {
            version: 1,
            id: "2026-03-12-0900-x-p".to_string(),
            status: SessionStatus::Finished,
            started: chrono::DateTime::parse_from_rfc3339("2026-03-12T09:00:00+01:00").unwrap(),
            finished: None,
            network,
            plan,
            attendance: Vec::new(),
            roles: Default::default(),
            urgent_bids: Vec::new(),
            rotation_overrides: Vec::new(),
            steps: Vec::new(),
            notes: Vec::new(),
            follow_ups: Vec::new(),
            next_meeting: None,
            scores: Vec::new(),
            live: LiveCursor::default(),
        }
    }
}
