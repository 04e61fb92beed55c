//! When the facilitator chooses someone else than suggested, or two
//! members swap by consent, the record keeps who, instead of whom, and why.

use super::reason::RoleKind;
use crate::model::record::{Record, RotationOverride, Stamp};
use crate::names::same;

/// Logs that `chosen` takes `role` instead of `suggested`, for `reason`.
/// Returns false (and logs nothing) when the choice is the suggestion.
pub fn record_override(
    record: &mut Record,
    role: RoleKind,
    suggested: Option<&str>,
    chosen: &str,
    reason: &str,
    at: Stamp,
) -> bool {
    if suggested.is_some_and(|s| same(s, chosen)) {
        return false;
    }
    record.rotation_overrides.push(RotationOverride {
        role: role.as_str().to_string(),
        suggested: suggested.map(|s| s.trim().to_string()),
        chosen: chosen.trim().to_string(),
        reason: reason.trim().to_string(),
        at,
        step: None,
        cause: None,
    });
    true
}
