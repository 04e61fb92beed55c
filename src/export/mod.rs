//! Minutes as Markdown and HTML, the next meeting as a calendar event, and the open actions that carry over from one
//! session to the next. Pure: records in, text and lists out.

pub mod charter;
pub mod html;
pub mod ics;
pub mod markdown;
mod minutes_header;
mod next_fields;
pub mod pseudonym;
pub mod year_chart;

pub use html::minutes_html;
pub use ics::next_meeting_ics;
pub use markdown::minutes;
pub use pseudonym::Pseudonymiser;

use crate::model::open_action::FollowedAction;
use crate::text::Lang;

/// The two ways minutes are written: Markdown for a text mail or a wiki,
/// HTML for a mail client that shows Markdown as raw asterisks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MinutesFormat {
    Markdown,
    Html,
}

impl MinutesFormat {
    /// The file name's ending: `md` or `html`.
    pub fn extension(self) -> &'static str {
        match self {
            MinutesFormat::Markdown => "md",
            MinutesFormat::Html => "html",
        }
    }

    /// The minutes of `record` in this format, ending in a newline.
    pub fn render(
        self,
        record: &crate::model::Record,
        followed: &[FollowedAction],
        opts: &MinutesOptions,
    ) -> String {
        match self {
            MinutesFormat::Markdown => format!("{}\n", minutes(record, followed, opts)),
            MinutesFormat::Html => minutes_html(record, followed, opts),
        }
    }
}

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
    pub(crate) fn record_with(network: Network) -> Record {
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
            removed_notes: Vec::new(),
            edited_notes: Vec::new(),
            follow_ups: Vec::new(),
            next_meeting: None,
            scores: Vec::new(),
            live: LiveCursor::default(),
        }
    }
}
