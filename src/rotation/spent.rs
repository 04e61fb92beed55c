//! What a meeting has spent: METHODS.md's "a meeting counts in the rotation
//! only for what actually happened". A case-giver's and an interviewer's
//! turn is spent once their supervision step has begun; the facilitator's,
//! note-taker's and timekeeper's, and everyone's attendance and airtime,
//! once the meeting has finished. A discarded meeting counts for nothing,
//! so a false start quit at check-in changes no suggestion.
//!
//! The rules read model types only, so that the review index can carry
//! the same facts per session (status, when each supervision step began,
//! the roles, hand-overs during the meeting with their step, and which
//! fields of the next meeting were agreed) and count without the records.

use super::reason::RoleKind;
use crate::model::PastMeeting;
use crate::model::record::{NextMeeting, SessionStatus};
use crate::names::same;

/// Who spent which turn at one meeting.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Spent<'r> {
    /// The meeting finished: its facilitator, note-taker and timekeeper
    /// (those holding the role at the end), attendance and airtime count.
    pub held: bool,
    /// A case turn each, for every supervision that began: its case-giver,
    /// and anyone who held the role while it ran and handed it over.
    pub case_givers: Vec<&'r str>,
    /// The same for the interviewers.
    pub interviewers: Vec<&'r str>,
}

/// What `record` counts for in the rotation and the network's history.
pub fn spent(record: &PastMeeting) -> Spent<'_> {
    if record.is_discarded() {
        return Spent::default();
    }
    Spent {
        held: record.is_finished(),
        case_givers: holders(record, RoleKind::CaseGiver, &record.roles.case_givers),
        interviewers: holders(record, RoleKind::Interviewer, &record.roles.interviewers),
    }
}

/// The holders of a supervision role (`names[k]` for the k-th supervision)
/// whose turn is spent. In a finished meeting every named holder counts
/// (a record may name a case its plan has no step for); in one still
/// under way only those whose supervision began.
fn holders<'r>(record: &'r PastMeeting, role: RoleKind, names: &'r [String]) -> Vec<&'r str> {
    let finished = record.is_finished();
    let mut out: Vec<&str> = Vec::new();
    for (k, name) in names.iter().enumerate() {
        let supervision = record.supervisions.get(k);
        let step = supervision.map(|s| s.step);
        let began = supervision.is_some_and(|s| s.began);
        if !(finished || began) {
            continue;
        }
        // Whoever handed the role over while the supervision ran held it too.
        let earlier = record
            .hand_overs
            .iter()
            .filter(|o| o.step.is_some() && o.step == step && o.role == role.as_str())
            .filter_map(|o| o.suggested.as_deref());
        for who in earlier.chain([name.as_str()]) {
            if !out.iter().any(|o| same(o, who)) {
                out.push(who);
            }
        }
    }
    out
}

/// True when `record` settles what the next meeting starts from: it
/// finished, or the facilitator entered an agreement before it was left
/// unfinished. A discarded meeting, or one quit early, settles nothing.
pub fn settles_agreement(record: &PastMeeting) -> bool {
    match record.status {
        SessionStatus::Finished => true,
        // A record from before agreed and suggested were told apart
        // (`agreed: None`) counts as agreed, as everywhere.
        SessionStatus::InProgress => record
            .next_meeting
            .as_ref()
            .is_some_and(|n| n.agreed.as_ref().is_none_or(|fields| !fields.is_empty())),
        SessionStatus::Discarded => false,
    }
}

/// The agreement for the next meeting made at the latest meeting that
/// settles one.
pub fn agreement<'a>(past: &[&'a PastMeeting]) -> Option<&'a NextMeeting> {
    past.iter()
        .filter(|r| settles_agreement(r))
        .max_by_key(|r| r.started)
        .and_then(|r| r.next_meeting.as_ref())
}
