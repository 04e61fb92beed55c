//! The roles of the day a person can hold, by name.

use serde::{Deserialize, Serialize};

/// A role someone holds for the day (or for one supervision), as the
/// rotation suggests it and the record keeps it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum RoleKind {
    CaseGiver,
    Reserve,
    Interviewer,
    Facilitator,
    NoteTaker,
    Timekeeper,
}

impl RoleKind {
    /// Today's roles in the order they are announced.
    pub const DAY: [RoleKind; 6] = [
        RoleKind::Facilitator,
        RoleKind::NoteTaker,
        RoleKind::Timekeeper,
        RoleKind::CaseGiver,
        RoleKind::Interviewer,
        RoleKind::Reserve,
    ];

    /// The name stored in `RotationOverride::role`.
    pub fn as_str(self) -> &'static str {
        match self {
            RoleKind::CaseGiver => "case_giver",
            RoleKind::Reserve => "reserve",
            RoleKind::Interviewer => "interviewer",
            RoleKind::Facilitator => "facilitator",
            RoleKind::NoteTaker => "note_taker",
            RoleKind::Timekeeper => "timekeeper",
        }
    }

    /// The role named in a stored `RotationOverride`.
    pub fn parse(name: &str) -> Option<RoleKind> {
        RoleKind::DAY
            .into_iter()
            .find(|r| r.as_str() == name.trim())
    }
}
