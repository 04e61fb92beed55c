//! The network screen: a network's members in their rotation order.

use super::Phrase;

pub const TITLE: Phrase = Phrase::new("Netværk: {}", "Network: {}");
pub const NEW_TITLE: Phrase = Phrase::new("Nyt netværk", "New network");
pub const INTRO: Phrase = Phrase::new(
    "Deltagerne står i den faste rækkefølge, som tovholder og referent går på omgang i.",
    "Members stand in the fixed order in which facilitator and note-taker rotate.",
);
pub const EMPTY: Phrase = Phrase::new(
    "Ingen deltagere endnu. Tryk a og skriv navnene, adskilt af komma.",
    "No members yet. Press a and type the names, separated by commas.",
);
pub const COL_NR: Phrase = Phrase::new("Nr.", "No.");
pub const COL_LEAVE: Phrase = Phrase::new("Orlov", "Leave");
pub const LEAVE_SPAN: Phrase = Phrase::new("{} – {}", "{} – {}");
pub const SESSIONS: Phrase = Phrase::new(
    "{} møder i alt: {}. Tidligere deltagere beholder deres historik.",
    "{} sessions in all: {}. Former members keep their history.",
);
pub const ONE_SESSION: Phrase = Phrase::new(
    "1 møde i alt: {}. Tidligere deltagere beholder deres historik.",
    "1 session in all: {}. Former members keep their history.",
);
pub const NO_SESSIONS: Phrase = Phrase::new(
    "Netværket har ingen møder endnu: de første møder leder konsulenten typisk.",
    "The network has no sessions yet: a consultant usually leads the first ones.",
);
/// The stages a network moves through (METHODS.md, "Rotation across meetings").
pub const STAGE_LED: Phrase = Phrase::new(
    "konsulentledet fase (møde 1–2)",
    "consultant-led stage (meetings 1–2)",
);
pub const STAGE_SHARED: Phrase = Phrase::new(
    "fase med fælles tovholderskab (møde 3–6)",
    "co-facilitated stage (meetings 3–6)",
);
pub const STAGE_OWN: Phrase = Phrase::new(
    "netværket kører selv (møde 7 og frem)",
    "the network runs itself (meeting 7 on)",
);
pub const NAME_PROMPT: Phrase = Phrase::new("Netværkets navn", "The network's name");
pub const ADD_PROMPT: Phrase = Phrase::new(
    "Tilføj deltagere (adskilt af komma)",
    "Add members (separated by commas)",
);
pub const LEAVE_PROMPT: Phrase = Phrase::new("Orlov for {}", "Leave for {}");
pub const LEAVE_HINT: Phrase = Phrase::new(
    "fra og til, fx 1/12 28/2 · tom linje: orloven slutter",
    "from and to, e.g. 1/12 28/2 · an empty line ends the leave",
);
pub const BAD_PERIOD: Phrase = Phrase::new(
    "Skriv to datoer, fra og til, fx 1/12 28/2",
    "Type two dates, from and to, e.g. 1/12 28/2",
);
pub const INPUT_HINT: Phrase = Phrase::new("Enter gem · Esc fortryd", "Enter save · Esc cancel");
pub const CONFIRM_REMOVE: Phrase = Phrase::new(
    "Tag {} ud af netværket? Tidligere møder beholder historikken.",
    "Remove {} from the network? Earlier sessions keep the history.",
);
pub const NOT_CREATED: Phrase = Phrase::new(
    "Netværket blev ikke oprettet: det har ingen deltagere.",
    "The network was not created: it has no members.",
);
pub const SAVED: Phrase = Phrase::new("Gemt.", "Saved.");
pub const NOT_SAVED: Phrase = Phrase::new(
    "Ikke gemt: {}. Ændringen er husket og gemmes igen ved næste tast.",
    "Not saved: {}. The change is kept and saved again at the next key.",
);
pub const KEEP_ONE: Phrase = Phrase::new(
    "Et netværk skal have mindst én deltager.",
    "A network needs at least one member.",
);
pub const RENAME_PROMPT: Phrase =
    Phrase::new("Nyt navn til netværket", "A new name for the network");
pub const RENAMED: Phrase = Phrase::new("{} hedder nu {}", "{} is now called {}");
pub const HAS_SESSIONS: super::Counted = super::Counted::new(
    Phrase::new(
        "Netværket har {} møde under dette navn, og det kender det kun under det; navnet bliver",
        "The network has {} session under this name, which knows it by that name only; the name stays",
    ),
    Phrase::new(
        "Netværket har {} møder under dette navn, og de kender det kun under det; navnet bliver",
        "The network has {} sessions under this name, which know it by that name only; the name stays",
    ),
);
pub const STILL_LOADING: Phrase = Phrase::new(
    "Netværkets møder er ikke læst endnu; prøv igen om et øjeblik",
    "The network's sessions are not read yet; try again in a moment",
);
