//! Words of the run-sheet (`runde show`).

use super::{Counted, Phrase};

pub const PARTICIPANTS: Counted = Counted::new(
    Phrase::new("{} deltager", "{} participant"),
    Phrase::new("{} deltagere", "{} participants"),
);
pub const PREPARE: Phrase = Phrase::new("Før mødet", "Before the meeting");
pub const TODAYS_ROLES: Phrase = Phrase::new("Dagens roller", "Today's roles");
pub const AGENDA: Phrase = Phrase::new("Program", "Agenda");
pub const CLOCK: Phrase = Phrase::new("Kl.", "Time");
pub const ITEM: Phrase = Phrase::new("Punkt", "Item");
pub const MINUTES: Phrase = Phrase::new("Min.", "Min");
pub const END: Phrase = Phrase::new("Slut", "End");
pub const ASK: Phrase = Phrase::new("Spørg:", "Ask:");
pub const ROUND: Phrase = Phrase::new("Runde: {} min hver × {}", "Round: {} min each × {}");
pub const ROUND_FRAME: Phrase = Phrase::new(
    ", plus {} min til indledning og afslutning",
    ", plus {} min to open and close",
);
pub const FACILITATOR_FIRST: Phrase =
    Phrase::new("Tovholderen starter.", "The facilitator goes first.");
pub const SHUFFLED: Phrase = Phrase::new("Tilfældig rækkefølge.", "Random order.");
pub const ROSTER: Phrase = Phrase::new(
    "Rækkefølgen følger deltagerlisten.",
    "The order follows the roster.",
);
pub const PASS: Phrase = Phrase::new(
    "Man må sige pas og tage sin tur til sidst.",
    "Anyone may pass and speak at the end.",
);
pub const NO_PASS: Phrase = Phrase::new(
    "Alle tager deres tur; ingen siger pas.",
    "Everyone takes their turn; no passing.",
);
pub const SUPERVISION: Phrase = Phrase::new(
    "{} faser med faste roller; hver fase har sin regel.",
    "{} phases with fixed roles; each phase has its rule.",
);
pub const SPEAKS: Phrase = Phrase::new("Taler:", "Speaks:");
pub const SILENT: Phrase = Phrase::new("Lytter:", "Listens:");
pub const RULE: Phrase = Phrase::new("Regel:", "Rule:");
pub const ROUND_AMONG: Phrase = Phrase::new(
    "Runde: {} min hver × {} ({}).",
    "Round: {} min each × {} ({}).",
);
/// "3", "klient", "09.40, 09.50 og 10.00".
pub const REPEAT: Phrase = Phrase::new(
    "De næste faser køres {} gange, én gang for hver {}. Start kl. {}.",
    "The next phases run {} times, once for each {}. Starts at {}.",
);
/// Troika's groups: "3".
pub const GROUPS_OF: Phrase = Phrase::new(
    "I arbejder i grupper på {}, side om side.",
    "You work in groups of {}, side by side.",
);
/// "3", "4", "3": the number present does not divide into groups of three.
pub const GROUPS_OF_MORE: Phrase = Phrase::new(
    "Antallet går ikke op i grupper på {}, så nogle grupper er på {}, og alle kører runden én gang mere; en gruppe på {} bruger den sidste gang til at samle op på, hvad hver især tager med.",
    "The number present does not split into groups of {}, so some groups have {}, and every group runs once more; a group of {} uses the last turn to gather what each of them takes away.",
);
pub const NOTES: Phrase = Phrase::new("Noter:", "Notes:");
pub const PRIVATE_NOTES: Phrase = Phrase::new("(private)", "(private)");
pub const AND: Phrase = Phrase::new("og", "and");

pub const QUESTIONS_ONLY: Phrase =
    Phrase::new("Kun spørgsmål, ingen råd.", "Questions only, no advice.");
pub const OPEN_QUESTIONS: Phrase = Phrase::new(
    "Kun åbne spørgsmål (hvad, hvordan, hvornår, hvem). Ingen hvorfor, ingen råd.",
    "Open questions only (what, how, when, who). No why, no advice.",
);
/// The case-giver with the article: "fokuspersonen".
pub const REFLECTIONS_ONLY: Phrase = Phrase::new(
    "Kun refleksioner: I taler med hinanden, ikke til {}, som lytter. Sig »hun« eller »han«, ikke »du«.",
    "Reflections only: talk to each other, not to {}, who listens. Say ‘she’ or ‘he’, not ‘you’.",
);
pub const CASE_GIVER_LISTENS: Phrase = Phrase::new(
    "{} lytter og skriver og siger ingenting.",
    "{} listens and writes, and says nothing.",
);
pub const APPRECIATION_ONLY: Phrase = Phrase::new(
    "Kun anerkendelse; {} siger bare tak.",
    "Appreciation only; {} just says thank you.",
);
pub const CASE_GIVER_SPEAKS: Phrase = Phrase::new(
    "{} taler; de andre lytter.",
    "{} speaks; the others listen.",
);
pub const DIALOGUE: Phrase = Phrase::new("Fri samtale.", "Open conversation.");

pub const BAD_TIME: Phrase = Phrase::new(
    "»{}« er ikke et klokkeslæt; skriv fx 9.00.",
    "‘{}’ is not a time of day; write e.g. 09:00.",
);
pub const BAD_DATE: Phrase = Phrase::new(
    "»{}« er ikke en dato; skriv fx 2/12, 2/12/2026 eller 2026-12-02.",
    "‘{}’ is not a date; write e.g. 2/12, 2/12/2026 or 2026-12-02.",
);
pub const BAD_PARTICIPANTS: Phrase = Phrase::new(
    "{} deltagere går ikke; skriv et tal fra 1 til 100.",
    "{} participants will not do; give a number from 1 to 100.",
);
