//! What each key does, as the footer and the help overlay say it.

use super::Phrase;

pub const PAUSE: Phrase = Phrase::new("pause", "pause");
pub const NEXT_SPEAKER: Phrase = Phrase::new("næste taler", "next speaker");
pub const PASS: Phrase = Phrase::new("pas", "pass");
pub const NEXT_STEP: Phrase = Phrase::new("næste punkt", "next step");
pub const PREV_STEP: Phrase = Phrase::new("forrige punkt", "previous step");
pub const MORE: Phrase = Phrase::new("+1 min", "+1 min");
pub const LESS: Phrase = Phrase::new("−1 min", "−1 min");
pub const NOTE: Phrase = Phrase::new("note", "note");
pub const ROOM: Phrase = Phrase::new("rumvisning", "room view");
pub const ARRIVE: Phrase = Phrase::new("en kommer (for sent)", "someone arrives (late)");
pub const DEPART: Phrase = Phrase::new("en går", "someone leaves");
pub const ALERTS: Phrase = Phrase::new("signal ved nul til/fra", "alert at zero on/off");
pub const HELP: Phrase = Phrase::new("hjælp", "help");
pub const QUIT: Phrase = Phrase::new("afslut", "quit");
pub const SAVE_NOTE: Phrase = Phrase::new("gem", "save");
pub const CANCEL: Phrase = Phrase::new("fortryd", "cancel");
pub const KIND: Phrase = Phrase::new("slags", "kind");
pub const PRIVATE: Phrase = Phrase::new("privat til/fra", "private on/off");
pub const OK: Phrase = Phrase::new("ok", "ok");
pub const START: Phrase = Phrase::new("start", "start");
pub const UP: Phrase = Phrase::new("op", "up");
pub const DOWN: Phrase = Phrase::new("ned", "down");
pub const CHOOSE: Phrase = Phrase::new("vælg", "choose");
pub const RESUME: Phrase = Phrase::new("genoptag", "resume");
pub const PRESENCE: Phrase = Phrase::new("til stede / afbud", "present / absent");
pub const SET_FACILITATOR: Phrase = Phrase::new("tovholder", "facilitator");
pub const SET_NOTE_TAKER: Phrase = Phrase::new("referent", "note-taker");
pub const SET_CASE_GIVER: Phrase = Phrase::new("fokusperson", "case-giver");
pub const SET_INTERVIEWER: Phrase = Phrase::new("interviewer", "interviewer");
pub const URGENT_BID: Phrase = Phrase::new("akut sag", "urgent case");
pub const BEGIN: Phrase = Phrase::new("begynd mødet", "begin the meeting");
pub const FOLLOW_UP_DONE: Phrase = Phrase::new("aftale gjort", "action done");
pub const FOLLOW_UP_MOVED: Phrase = Phrase::new("aftale flyttet", "action moved");
pub const FOLLOW_UP_DROPPED: Phrase = Phrase::new("aftale droppet", "action dropped");
pub const EDIT_NEXT: Phrase = Phrase::new("ret næste møde", "edit next meeting");
