//! Fair rotation across meetings: who brings the case, who is reserve, who
//! interviews, facilitates and takes notes, and why. Pure: the caller hands
//! in the network, its past records and what is known about the day.
//!
//! The rules are those of METHODS.md, "Rotation across meetings":
//! - case-giver and reserve: an urgent bid first, then fewest cases, then
//!   longest since the last case, then roster order; never the facilitator
//!   of the day; people on leave or away excluded, and since nothing is
//!   counted for them, an absent person keeps their place;
//! - interviewer: among the non-case-givers, those who have not held the
//!   role first;
//! - facilitator in the fixed roster order, note-taker one place behind;
//! - what the last meeting agreed (`next_meeting`) comes first where the
//!   person is here.

mod day;
pub mod health;
pub mod history;
pub mod overrides;
mod pick;
pub mod reason;
pub mod roster;
pub mod sample;
pub mod scores;
pub mod session;
pub mod spent;
pub mod suggest;

pub use day::Day;
pub use health::{Signal, signals};
pub use history::{History, MemberHistory, meetings_of, session_date};
pub use overrides::record_override;
pub use reason::{CaseTally, Reason, RoleKind, TieBreak, Warning};
pub use session::{fill_roles, for_new_session, next_meeting_defaults};
pub use spent::{Spent, agreement, spent};
pub use suggest::{Absence, Suggestion, Suggestions, fairness, suggest};

#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_roles;
#[cfg(test)]
mod tests_spent;
