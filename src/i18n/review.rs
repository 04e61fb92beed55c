//! Words of the review screen and of `runde sessions`, `search`, `export`
//! and `actions`.

use super::{Counted, Phrase};

pub const ID: Phrase = Phrase::new("id", "id");
pub const DATE: Phrase = Phrase::new("dato", "date");
pub const NETWORK: Phrase = Phrase::new("netværk", "network");
pub const PLAN: Phrase = Phrase::new("plan", "plan");
pub const STATUS: Phrase = Phrase::new("status", "status");
pub const STEP: Phrase = Phrase::new("punkt", "step");
pub const KIND: Phrase = Phrase::new("slags", "kind");
pub const TEXT: Phrase = Phrase::new("tekst", "text");
pub const OWNER: Phrase = Phrase::new("ansvarlig", "owner");
pub const DUE: Phrase = Phrase::new("frist", "due");
pub const FINISHED: Phrase = Phrase::new("afsluttet", "finished");
pub const IN_PROGRESS: Phrase = Phrase::new("i gang", "in progress");
pub const DISCARDED: Phrase = Phrase::new("kasseret", "discarded");
pub const KEY_DISCARD: Phrase = Phrase::new(
    "kassér et afbrudt møde (spørger først)",
    "discard a meeting left unfinished (asks first)",
);
/// Date, network.
pub const DISCARD_ASK: Phrase = Phrase::new(
    "Kassér det afbrudte møde {} i {}? Det tæller så ikke med nogen steder; filen bliver liggende.",
    "Discard the unfinished meeting of {} in {}? It then counts nowhere; its file stays.",
);
pub const DISCARDED_DONE: Phrase = Phrase::new(
    "Mødet er kasseret og tæller ikke med.",
    "The meeting is discarded and counts for nothing.",
);
pub const DISCARD_FINISHED: Phrase = Phrase::new(
    "Mødet er afsluttet og tæller med; kun et afbrudt møde kan kasseres.",
    "The meeting finished and counts; only a meeting left unfinished can be discarded.",
);
pub const DISCARD_ALREADY: Phrase = Phrase::new(
    "Mødet er allerede kasseret.",
    "The meeting is discarded already.",
);

/// A session's status in a list.
pub fn session_status(status: crate::model::record::SessionStatus) -> Phrase {
    use crate::model::record::SessionStatus;
    match status {
        SessionStatus::InProgress => IN_PROGRESS,
        SessionStatus::Finished => FINISHED,
        SessionStatus::Discarded => DISCARDED,
    }
}
pub const NEXT_MEETING: Phrase = Phrase::new("næste møde", "next meeting");

pub const NO_SESSIONS: Phrase = Phrase::new(
    "Ingen møder endnu. Start et med `runde start`.",
    "No sessions yet. Start one with `runde start`.",
);
pub const NO_HITS: Phrase = Phrase::new("Ingen noter matcher »{}«.", "No notes match \"{}\".");
pub const MORE_HITS: Phrase = Phrase::new(
    "Her er de {} nyeste; der er flere – --limit 0 viser dem alle.",
    "These are the {} newest; there are more – --limit 0 shows them all.",
);
pub const NO_ACTIONS: Phrase = Phrase::new("Ingen aftaler.", "No actions.");
pub const WROTE: Phrase = Phrase::new("Referatet er gemt i {}", "The minutes are in {}");
pub const INDEX_FAILED: Phrase = Phrase::new(
    "kunne ikke åbne oversigten over møderne: {}",
    "could not open the index of sessions: {}",
);
pub const CANNOT_WRITE: Phrase = Phrase::new("kunne ikke skrive {}: {}", "could not write {}: {}");
pub const BAD_DATE: Phrase = Phrase::new(
    "»{}« er ikke en dato; skriv ÅÅÅÅ-MM-DD",
    "\"{}\" is not a date; write YYYY-MM-DD",
);

// The review screen.
pub const TITLE: Phrase = Phrase::new("Tidligere møder", "Past sessions");
pub const ALL: Phrase = Phrase::new("alle", "all");
pub const PERIOD: Phrase = Phrase::new("periode", "period");
pub const LAST_90: Phrase = Phrase::new("seneste 3 måneder", "last 3 months");
pub const LAST_365: Phrase = Phrase::new("seneste år", "last year");
pub const THIS_YEAR: Phrase = Phrase::new("i år", "this year");
pub const SESSIONS_COUNT: Counted = Counted::new(
    Phrase::new("{} møde", "{} session"),
    Phrase::new("{} møder", "{} sessions"),
);
pub const MORE_TROUBLE: Counted = Counted::new(
    Phrase::new("… og {} problem mere", "… and {} more problem"),
    Phrase::new("… og {} problemer mere", "… and {} more problems"),
);
pub const HITS_COUNT: Counted = Counted::new(
    Phrase::new("{} fund", "{} hit"),
    Phrase::new("{} fund", "{} hits"),
);
/// More notes match than are shown: the newest are.
pub const NEWEST_HITS: Phrase = Phrase::new("de {} nyeste fund", "the {} newest hits");
pub const SEARCH: Phrase = Phrase::new("Søg", "Search");
pub const SEARCH_HINT: Phrase = Phrase::new(
    "tryk / for at søge i noterne",
    "press / to search the notes",
);
pub const PRIVATE_SHOWN: Phrase = Phrase::new("private noter vises", "private notes shown");
pub const PRIVATE_HIDDEN: Phrase = Phrase::new("private noter skjult", "private notes hidden");
pub const NOTES: Phrase = Phrase::new("noter", "notes");
pub const EMPTY_DATA: Phrase = Phrase::new(
    "Her er endnu ingen møder. Når et møde er holdt med runde, kan du finde det her.",
    "No sessions here yet. Once a session has been run with runde, you find it here.",
);
pub const NOTHING_MATCHES: Phrase = Phrase::new(
    "Intet møde passer til filtrene.",
    "No session matches the filters.",
);
pub const PLANNED_VS_ACTUAL: Phrase =
    Phrase::new("Planlagt / faktisk (min)", "Planned / actual (min)");
pub const PLANNED: Phrase = Phrase::new("planlagt", "planned");
pub const ACTUAL: Phrase = Phrase::new("faktisk", "actual");
pub const AIRTIME: Phrase = Phrase::new("Taletid (min)", "Airtime (min)");
pub const NO_TURNS: Phrase = Phrase::new("Ingen ture registreret.", "No turns recorded.");
pub const ACTIONS: Phrase = Phrase::new("Aftaler", "Actions");
pub const PRESENT_COUNT: Phrase = Phrase::new("{} til stede", "{} present");
pub const ABSENT_COUNT: Counted = Counted::new(
    Phrase::new("{} afbud", "{} apology"),
    Phrase::new("{} afbud", "{} apologies"),
);
/// "4,3", "6 svar".
pub const SCORED: Phrase = Phrase::new("tiden værd: {} ({})", "worth the time: {} ({})");
pub const NO_NOTES: Phrase = Phrase::new("Ingen noter.", "No notes.");

// Keys of the review screen.
pub const KEY_MOVE: Phrase = Phrase::new("vælg", "select");
pub const KEY_OPEN: Phrase = Phrase::new("åbn", "open");
pub const KEY_SEARCH: Phrase = Phrase::new("søg", "search");
pub const KEY_NETWORK: Phrase = Phrase::new("netværk", "network");
pub const KEY_PLAN: Phrase = Phrase::new("plan", "plan");
pub const KEY_PERIOD: Phrase = Phrase::new("periode", "period");
pub const KEY_PRIVATE: Phrase = Phrase::new("private", "private");
pub const KEY_BACK: Phrase = Phrase::new("tilbage", "back");
pub const KEY_SCROLL: Phrase = Phrase::new("rul", "scroll");
pub const KEY_PAGE: Phrase = Phrase::new("en side op/ned", "a page up/down");
pub const KEY_ENDS: Phrase = Phrase::new("første/sidste", "first/last");
pub const KEY_DONE: Phrase = Phrase::new("færdig", "done");
pub const KEY_CLEAR: Phrase = Phrase::new("ryd", "clear");
pub const KEY_QUIT: Phrase = Phrase::new("luk", "close");
pub const KEY_HELP: Phrase = Phrase::new("hjælp", "help");
pub const KEY_EXPORT: Phrase = Phrase::new("gem referat", "save minutes");
pub const KEY_EXPORT_HTML: Phrase = Phrase::new(
    "gem referat som HTML (til en mail)",
    "save minutes as HTML (for a mail)",
);
pub const EXPORTED: Phrase = Phrase::new(
    "Referatet (uden private noter) er gemt i {}",
    "The minutes (without private notes) are in {}",
);
pub const EXPORT_FAILED: Phrase = Phrase::new(
    "Referatet blev ikke gemt: {}",
    "The minutes were not saved: {}",
);

// The home screen's list of open actions.
pub const OPEN_COUNT: Counted = Counted::new(
    Phrase::new("{} åben aftale", "{} open action"),
    Phrase::new("{} åbne aftaler", "{} open actions"),
);
/// After the heading of a session's actions: how many are still open.
pub const OPEN_OF_THEM: Counted = Counted::new(
    Phrase::new("{} åben", "{} open"),
    Phrase::new("{} åbne", "{} open"),
);
pub const PRIVATE_NOT_SHOWN: Phrase = Phrase::new(
    "+ {}, ikke vist her (vises med --include-private)",
    "+ {}, not shown here (shown with --include-private)",
);
pub const OPEN_ACTIONS: Phrase = Phrase::new("Åbne aftaler ({}):", "Open actions ({}):");
pub const MORE_ACTIONS: Phrase = Phrase::new("  … og {} mere", "  … and {} more");
/// The file name suggested inside a folder given as `--output`.
pub const MINUTES_FILE: Phrase = Phrase::new("referat.md", "minutes.md");

/// `runde export`: an earlier meeting whose actions this one followed up
/// cannot be read.
pub const FOLLOW_UPS_LEFT_OUT: Phrase = Phrase::new(
    "{} – referatet mangler opfølgningen af dets handlinger",
    "{} – the minutes lack the follow-up of its actions",
);
