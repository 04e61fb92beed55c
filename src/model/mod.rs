//! The file formats, as plain data: no terminal, no files.

pub mod charter;
pub mod checked;
pub mod config;
pub mod follow_ups;
pub mod left;
pub mod live_cursor;
pub mod network;
pub mod network_merge;
pub mod next_meeting;
pub mod open_action;
pub mod past;
pub mod phase;
pub mod plan;
pub mod planning;
pub mod record;
pub mod record_merge;
pub mod removed_note;
pub mod role_kind;
pub mod roles;
pub mod room;
pub mod team;
pub mod theme;
pub mod timebox;

pub use config::Config;
pub use network::{Network, Participant};
pub use past::PastMeeting;
pub use plan::{NoteKind, Phase, PhaseItem, Plan, Role, Step, StepKind};
pub use record::Record;
pub use theme::Theme;
