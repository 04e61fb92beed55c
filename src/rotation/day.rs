//! The day the suggestions are for: what is known of it already.

use crate::model::record::NextMeeting;
use chrono::NaiveDate;

/// The session the suggestions are for.
#[derive(Debug, Clone, PartialEq)]
pub struct Day {
    pub date: NaiveDate,
    /// Who is here; `None` before attendance is taken (then everyone not on
    /// leave is expected).
    pub present: Option<Vec<String>>,
    /// Today's facilitator, when already settled.
    pub facilitator: Option<String>,
    /// Today's case-giver, when the facilitator has chosen one by hand.
    pub case_giver: Option<String>,
    /// Today's note-taker, interviewer and timekeeper, where the
    /// facilitator chose them by hand: each holds that role and no other,
    /// and neither brings the case nor stands by for it.
    pub note_taker: Option<String>,
    pub interviewer: Option<String>,
    pub timekeeper: Option<String>,
    /// Those who asked for an urgent case at the start.
    pub urgent_bids: Vec<String>,
    /// What the last meeting agreed for this one (its `next_meeting`).
    pub agreed: Option<NextMeeting>,
}

impl Day {
    /// A day with nothing known yet but its date.
    pub fn new(date: NaiveDate) -> Day {
        Day {
            date,
            present: None,
            facilitator: None,
            case_giver: None,
            note_taker: None,
            interviewer: None,
            timekeeper: None,
            urgent_bids: Vec::new(),
            agreed: None,
        }
    }

    /// The same day without its urgent bids: what the rotation would say
    /// had nobody asked.
    pub(super) fn calm(&self) -> Day {
        Day {
            urgent_bids: Vec::new(),
            ..self.clone()
        }
    }
}
