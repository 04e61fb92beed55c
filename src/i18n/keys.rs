//! What each key does, as the footer and the help overlay say it.

use super::Phrase;

pub const PAUSE: Phrase = Phrase::new("stop/start", "pause");
pub const NEXT_SPEAKER: Phrase = Phrase::new("næste taler", "next speaker");
pub const PASS: Phrase = Phrase::new("pas", "pass");
/// `b`: the turn back to whoever lost it by a slip of `n` or a pass.
pub const TURN_BACK: Phrase = Phrase::new("giv ordet tilbage", "give the turn back");
/// `I`: today's notes, to correct or delete one.
pub const NOTES_LIST: Phrase = Phrase::new("ret dagens noter", "correct today's notes");
pub const NEXT_STEP: Phrase = Phrase::new("næste punkt", "next step");
pub const PREV_STEP: Phrase = Phrase::new("forrige punkt", "previous step");
/// In supervision the arrows go through the phases first.
pub const NEXT_STEP_PHASE: Phrase = Phrase::new("næste punkt / fase", "next step / phase");
pub const PREV_STEP_PHASE: Phrase = Phrase::new("forrige punkt / fase", "previous step / phase");
pub const MORE: Phrase = Phrase::new("+1 min", "+1 min");
pub const LESS: Phrase = Phrase::new("−1 min", "−1 min");
pub const NOTE: Phrase = Phrase::new("note", "note");
pub const ROOM: Phrase = Phrase::new("rumvisning", "room view");
pub const ARRIVE: Phrase = Phrase::new("en kommer (for sent)", "someone arrives (late)");
pub const DEPART: Phrase = Phrase::new("en går", "someone leaves");
pub const KEEP_TIME_BOX: Phrase = Phrase::new("hold tiden", "keep to time");
pub const ALERTS: Phrase = Phrase::new("signal ved nul til/fra", "alert at zero on/off");
pub const HELP: Phrase = Phrase::new("hjælp", "help");
pub const QUIT: Phrase = Phrase::new("afslut", "quit");
pub const SUSPEND: Phrase = Phrase::new(
    "sæt runde på pause i skallen (fg henter den frem igen)",
    "stop runde for now, back to the shell (fg brings it back)",
);
pub const SAVE_NOTE: Phrase = Phrase::new("gem", "save");
pub const CANCEL: Phrase = Phrase::new("fortryd", "cancel");
pub const KIND: Phrase = Phrase::new("slags", "kind");
pub const PRIVATE: Phrase = Phrase::new("privat til/fra", "private on/off");
/// Choosing an action's owner when `@name` fits several or nobody.
pub const CHOOSE_OWNER: Phrase = Phrase::new("vælg ansvarlig", "choose the owner");
pub const BACK_TO_TEXT: Phrase = Phrase::new("tilbage til teksten", "back to the text");
/// Ctrl-x in the note input: the note is about the speaker, or nobody.
pub const ABOUT: Phrase = Phrase::new("om taleren til/fra", "about the speaker on/off");
pub const OK: Phrase = Phrase::new("ok", "ok");
pub const START: Phrase = Phrase::new("start", "start");
pub const UP: Phrase = Phrase::new("op", "up");
pub const DOWN: Phrase = Phrase::new("ned", "down");
pub const CHOOSE: Phrase = Phrase::new("vælg", "choose");
pub const RESUME: Phrase = Phrase::new("genoptag", "resume");
pub const CLOSE_LEFT: Phrase = Phrase::new(
    "afslut det afbrudte møde, som det stod (spørger først)",
    "close the unfinished meeting as it stood (asks first)",
);
pub const PRESENCE: Phrase = Phrase::new("fremmøde", "attendance");
pub const SET_FACILITATOR: Phrase = Phrase::new("tovholder", "facilitator");
pub const SET_NOTE_TAKER: Phrase = Phrase::new("referent", "note-taker");
pub const SET_CASE_GIVER: Phrase = Phrase::new("fokusperson", "case-giver");
pub const SET_TIMEKEEPER: Phrase = Phrase::new("tidtager", "timekeeper");
pub const SET_INTERVIEWER: Phrase = Phrase::new("interviewer", "interviewer");
pub const URGENT_BID: Phrase = Phrase::new("akut sag", "urgent case");
pub const BEGIN: Phrase = Phrase::new("begynd", "begin");
pub const FOLLOW_UP_DONE: Phrase = Phrase::new("aftale gjort", "action done");
pub const FOLLOW_UP_MOVED: Phrase = Phrase::new("aftale flyttet", "action moved");
pub const FOLLOW_UP_DROPPED: Phrase = Phrase::new("aftale droppet", "action dropped");
pub const GUIDANCE: Phrase = Phrase::new("læs hele vejledningen", "read all the guidance");
pub const FOLLOW_UP_CHOOSE: Phrase = Phrase::new("vælg aftale", "choose action");
pub const EDIT_NEXT: Phrase = Phrase::new("ret næste møde", "edit next meeting");
pub const NEW_NETWORK: Phrase = Phrase::new("nyt netværk", "new network");
pub const EDIT_NETWORK: Phrase = Phrase::new("ret netværk", "edit network");
pub const ADD_MEMBER: Phrase = Phrase::new("tilføj", "add");
pub const REMOVE_MEMBER: Phrase = Phrase::new("fjern", "remove");
pub const MOVE_MEMBER: Phrase = Phrase::new("flyt i rækken", "move in the order");
pub const LEAVE: Phrase = Phrase::new("orlov", "leave");
pub const BACK: Phrase = Phrase::new("tilbage", "back");
pub const RENAME: Phrase = Phrase::new("omdøb", "rename");
pub const CLOSE: Phrase = Phrase::new("luk", "close");
pub const YES: Phrase = Phrase::new("ja", "yes");
pub const CURSOR: Phrase = Phrase::new("flyt markøren", "move the cursor");
pub const WORD: Phrase = Phrase::new("et ord tilbage / frem", "back / forward a word");
pub const START_END: Phrase = Phrase::new("til starten / slutningen", "to the start / end");
pub const DELETE_CHAR: Phrase = Phrase::new("slet et tegn", "delete a character");
pub const DELETE_WORD: Phrase = Phrase::new("slet ordet før", "delete the word before");
pub const DELETE_TO: Phrase =
    Phrase::new("slet til starten / slutningen", "delete to the start / end");
pub const YANK: Phrase = Phrase::new("indsæt det slettede igen", "put back what was deleted");
/// The heading over the text fields' keys in help.
pub const IN_TEXT_FIELDS: Phrase = Phrase::new("I et tekstfelt", "In a text field");
/// The answer line of every yes/no question; `{}` is a key of the
/// question's own ("→/"), or nothing. `y` says yes in Danish too, unsaid.
pub const CONFIRM_ANSWERS: Phrase = Phrase::new(
    "{}j/Enter: ja · enhver anden tast: nej",
    "{}y/Enter: yes · any other key: no",
);
// The check-out score: "was today worth the time?".
pub const SCORE_1: Phrase = Phrase::new("score 1: ikke tiden værd", "score 1: not worth the time");
pub const SCORE_2: Phrase = Phrase::new("score 2", "score 2");
pub const SCORE_3: Phrase = Phrase::new("score 3", "score 3");
pub const SCORE_4: Phrase = Phrase::new("score 4", "score 4");
pub const SCORE_5: Phrase = Phrase::new("score 5: helt tiden værd", "score 5: well worth the time");
// The network's charter on the network screen.
pub const CHARTER: Phrase = Phrase::new("netværksaftale og år", "charter and year");
pub const CHARTER_EDIT: Phrase = Phrase::new("ret", "edit");
pub const CHARTER_REMOVE: Phrase = Phrase::new("slet", "delete");
pub const ROLES: Phrase = Phrase::new(
    "dagens roller: giv en rolle videre",
    "today's roles: hand one on",
);
pub const PRIVATE_ACTIONS: Phrase = Phrase::new(
    "dine private aftaler fra sidst",
    "your private actions from last time",
);
pub const CHOOSE_NOTE: Phrase = Phrase::new("vælg note", "choose a note");
pub const EDIT_NOTE: Phrase = Phrase::new("ret", "edit");
pub const REMOVE_NOTE: Phrase = Phrase::new("slet", "delete");
pub const CHOOSE_ROLE: Phrase = Phrase::new("vælg rolle", "choose a role");
pub const HAND_ON: Phrase = Phrase::new("giv videre", "hand on");
