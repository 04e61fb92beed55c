//! Words of the review screen and of `runde sessions`, `search`, `export`
//! and `actions`.

use super::Phrase;

pub const ID: Phrase = Phrase::new("id", "id");
pub const DATE: Phrase = Phrase::new("dato", "date");
pub const NETWORK: Phrase = Phrase::new("netværk", "network");
pub const PLAN: Phrase = Phrase::new("program", "plan");
pub const STATUS: Phrase = Phrase::new("status", "status");
pub const STEP: Phrase = Phrase::new("punkt", "step");
pub const KIND: Phrase = Phrase::new("slags", "kind");
pub const TEXT: Phrase = Phrase::new("tekst", "text");
pub const OWNER: Phrase = Phrase::new("ansvarlig", "owner");
pub const DUE: Phrase = Phrase::new("frist", "due");
pub const FINISHED: Phrase = Phrase::new("afsluttet", "finished");
pub const IN_PROGRESS: Phrase = Phrase::new("i gang", "in progress");
pub const NEXT_MEETING: Phrase = Phrase::new("næste møde", "next meeting");

pub const NO_SESSIONS: Phrase = Phrase::new(
    "Ingen møder endnu. Start et med `runde start`.",
    "No sessions yet. Start one with `runde start`.",
);
pub const NO_HITS: Phrase = Phrase::new("Ingen noter matcher »{}«.", "No notes match \"{}\".");
pub const NO_ACTIONS: Phrase = Phrase::new("Ingen aftaler.", "No actions.");
pub const NO_SUCH_SESSION: Phrase = Phrase::new(
    "der er intet møde med id »{}«; se `runde sessions`",
    "there is no session with the id \"{}\"; see `runde sessions`",
);
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
