//! Words of the minutes (`runde export`).

use super::Phrase;

pub const MINUTES: Phrase = Phrase::new("Referat", "Minutes");
pub const DATE: Phrase = Phrase::new("Dato", "Date");
pub const TIME: Phrase = Phrase::new("Tid", "Time");
pub const PLAN: Phrase = Phrase::new("Plan", "Plan");
pub const PRESENT: Phrase = Phrase::new("Til stede", "Present");
pub const NOTIFIED_ABSENCE: Phrase = Phrase::new("Afbud", "Apologies");
pub const ABSENT: Phrase = Phrase::new("Fraværende uden afbud", "Absent without notice");
pub const ON_LEAVE: Phrase = Phrase::new("Orlov", "On leave");
pub const ROLES: Phrase = Phrase::new("Roller", "Roles");
pub const ARRIVED: Phrase = Phrase::new("kom kl. {}", "arrived {}");
pub const LEFT: Phrase = Phrase::new("gik kl. {}", "left {}");
/// Why a role was handed on: who left, at what time.
pub const HOLDER_LEFT: Phrase = Phrase::new("{} gik kl. {}", "{} left at {}");
pub const NOBODY: Phrase = Phrase::new("ingen", "nobody");
pub const IN_PROGRESS: Phrase = Phrase::new(
    "Mødet er ikke afsluttet i runde endnu.",
    "The meeting has not been finished in runde yet.",
);

pub const DECISIONS: Phrase = Phrase::new("Beslutninger", "Decisions");
pub const ACTIONS: Phrase = Phrase::new("Aftaler", "Actions");
pub const LEARNING: Phrase = Phrase::new("Læringspunkter", "Learning points");
pub const PARKED: Phrase = Phrase::new("Parkerede emner", "Parked topics");
pub const EVALUATION: Phrase = Phrase::new("Evaluering", "Evaluation");
/// How many scored, and the mean: "6", "4,2".
pub const SCORES: Phrase = Phrase::new(
    "Var det tiden værd (1–5)? {} har svaret, i gennemsnit {}:",
    "Was it worth the time (1–5)? {} answered, {} on average:",
);
pub const NOTES: Phrase = Phrase::new("Øvrige noter", "Other notes");
pub const FOLLOW_UP: Phrase = Phrase::new("Opfølgning fra sidst", "Follow-up from last time");
pub const NEXT_MEETING: Phrase = Phrase::new("Næste møde", "Next meeting");

pub const OWNER: Phrase = Phrase::new("Ansvarlig", "Owner");
pub const DUE: Phrase = Phrase::new("Frist", "Due");
pub const DUE_NEXT_MEETING: Phrase = Phrase::new("næste møde", "next meeting");
pub const PROPOSED_BY: Phrase = Phrase::new("foreslået af {}", "proposed by {}");
pub const PRIVATE_MARK: Phrase = Phrase::new("(privat)", "(private)");
pub const THEME: Phrase = Phrase::new("Tema", "Theme");
pub const ROLE_CHANGES: Phrase = Phrase::new("Rolleskift", "Roles handed on");
/// Time, who took over, from whom, the role.
pub const ROLE_CHANGE: Phrase = Phrase::new(
    "kl. {} {} i stedet for {} som {}",
    "at {} {} took over from {} as {}",
);
pub const ROLE_TAKEN: Phrase = Phrase::new("kl. {} blev {} {}", "at {} {} became {}");
pub const SUGGESTED: Phrase = Phrase::new("forslag", "suggested");
pub const NOT_SET: Phrase = Phrase::new("ikke aftalt", "not agreed");

pub const OPEN: Phrase = Phrase::new("åben", "open");
pub const DONE: Phrase = Phrase::new("gjort", "done");
pub const MOVED: Phrase = Phrase::new("flyttet", "moved");
/// After "moved" in the minutes: "{}" is the new due date.
pub const MOVED_TO: Phrase = Phrase::new("til {}", "to {}");
pub const NEXT_MEETING_LOWER: Phrase = Phrase::new("næste møde", "the next meeting");
pub const DROPPED: Phrase = Phrase::new("droppet", "dropped");

/// Step titles whose notes are the meeting's evaluation.
pub const EVALUATION_STEP_WORDS: &[&str] = &[
    "tjek-ud",
    "tjek ud",
    "check-out",
    "check out",
    "checkout",
    "evaluering",
    "evaluation",
];

pub const WEEKDAYS: [Phrase; 7] = [
    Phrase::new("mandag", "Monday"),
    Phrase::new("tirsdag", "Tuesday"),
    Phrase::new("onsdag", "Wednesday"),
    Phrase::new("torsdag", "Thursday"),
    Phrase::new("fredag", "Friday"),
    Phrase::new("lørdag", "Saturday"),
    Phrase::new("søndag", "Sunday"),
];

pub const MONTHS: [Phrase; 12] = [
    Phrase::new("januar", "January"),
    Phrase::new("februar", "February"),
    Phrase::new("marts", "March"),
    Phrase::new("april", "April"),
    Phrase::new("maj", "May"),
    Phrase::new("juni", "June"),
    Phrase::new("juli", "July"),
    Phrase::new("august", "August"),
    Phrase::new("september", "September"),
    Phrase::new("oktober", "October"),
    Phrase::new("november", "November"),
    Phrase::new("december", "December"),
];

// The next meeting as a calendar event (`runde export --format ics`).
/// The network's name.
pub const ICS_SUMMARY: Phrase = Phrase::new("Netværksmøde: {}", "Network meeting: {}");
/// The host's name.
pub const ICS_PLACE: Phrase = Phrase::new("Hos {}", "Hosted by {}");
/// The plan's title and its length in minutes.
pub const ICS_PLAN: Phrase = Phrase::new("Plan: {} ({} min.)", "Plan: {} ({} min)");
/// The day of the meeting that agreed it.
pub const ICS_AGREED: Phrase = Phrase::new(
    "Aftalt på mødet {} (runde).",
    "Agreed at the meeting on {} (runde).",
);
/// The session's id.
pub const NO_NEXT_DATE: Phrase = Phrase::new(
    "mødet {} aftalte ingen dato for næste møde; der er ingen kalenderaftale at skrive.",
    "session {} agreed no date for the next meeting: there is no calendar event to write.",
);
