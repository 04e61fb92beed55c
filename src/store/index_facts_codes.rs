//! The one-byte codes the facts keep for a presence and an action's
//! state: fixed numbers, so that a new variant in the model never changes
//! what an index already holds.

use crate::model::record::{ActionStatus, Presence};

pub(super) fn presence_code(p: Presence) -> u8 {
    match p {
        Presence::Present => 0,
        Presence::Late => 1,
        Presence::NotifiedAbsence => 2,
        Presence::Absent => 3,
        Presence::OnLeave => 4,
    }
}

pub(super) fn presence(code: u8) -> Result<Presence, String> {
    Ok(match code {
        0 => Presence::Present,
        1 => Presence::Late,
        2 => Presence::NotifiedAbsence,
        3 => Presence::Absent,
        4 => Presence::OnLeave,
        _ => return Err(format!("presence code {code}; expected 0 to 4")),
    })
}

pub(super) fn status_code(s: ActionStatus) -> u8 {
    match s {
        ActionStatus::Open => 0,
        ActionStatus::Done => 1,
        ActionStatus::Moved => 2,
        ActionStatus::Dropped => 3,
    }
}

pub(super) fn status(code: u8) -> Result<ActionStatus, String> {
    Ok(match code {
        0 => ActionStatus::Open,
        1 => ActionStatus::Done,
        2 => ActionStatus::Moved,
        3 => ActionStatus::Dropped,
        _ => return Err(format!("action status code {code}; expected 0 to 3")),
    })
}
