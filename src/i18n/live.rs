//! The live screen, the room view and the note input.

use super::{Counted, Phrase};

pub const RUNNING: Phrase = Phrase::new("kører", "running");
pub const PAUSED: Phrase = Phrase::new("stoppet", "paused");
pub const LAST_MINUTE: Phrase = Phrase::new("sidste minut", "last minute");
pub const OVERTIME: Phrase = Phrase::new("over tid", "overtime");
pub const TURN: Phrase = Phrase::new("taletid", "turn");
pub const STEP: Phrase = Phrase::new("punkt", "step");
pub const PHASE: Phrase = Phrase::new("fase", "phase");
pub const LEFT: Phrase = Phrase::new("{} tilbage", "{} left");
pub const OVER_BY: Phrase = Phrase::new("{} over", "{} over");
pub const ON_PLAN: Phrase = Phrase::new("følger planen", "on plan");
pub const AHEAD: Phrase = Phrase::new("{} min foran", "{} min ahead");
pub const BEHIND: Phrase = Phrase::new("{} min bagud", "{} min behind");
pub const ENDS_AT: Phrase = Phrase::new("slut ca. {}", "ends about {}");
pub const NOW: Phrase = Phrase::new("Nu", "Now");
pub const NEXT: Phrase = Phrase::new("Næste", "Next");
pub const QUEUE: Phrase = Phrase::new("Kø", "Queue");
pub const PASSED: Phrase = Phrase::new("Har meldt pas", "Passed");
pub const SKIPPED: Phrase = Phrase::new("Sprunget over", "Skipped");
pub const FRAMING: Phrase = Phrase::new(
    "Indled runden – tryk n, når første taler begynder",
    "Frame the round – press n when the first speaker begins",
);
pub const ROUND_DONE: Phrase = Phrase::new(
    "Alle har talt – afrund, og gå videre med →",
    "Everyone has spoken – close and move on with →",
);
pub const GUIDANCE: Phrase = Phrase::new("Sådan gør du", "What to do");
pub const GUIDANCE_MORE: Phrase = Phrase::new("{}: læs resten", "{}: read the rest");
pub const NOTES: Phrase = Phrase::new("Noter", "Notes");
/// The last row of today's roles where not all of them fit: how many
/// more (never one: its row would hold it), and the key that shows them.
pub const ROLES_MORE: Phrase = Phrase::new("+{} roller mere · {}", "+{} more roles · {}");
pub const NO_NOTES: Phrase = Phrase::new("Ingen noter endnu – tryk i", "No notes yet – press i");
/// After the notes box's count where the step shows only some of the
/// day's notes: "Noter (0) · 1 i dag", so a note of an earlier step is not
/// taken for lost.
pub const NOTES_TODAY: Phrase = Phrase::new("{} i dag", "{} today");
pub const NO_NOTES_HERE: Phrase = Phrase::new(
    "Ingen i dette punkt endnu – tryk i",
    "None in this step yet – press i",
);
pub const ROLES: Phrase = Phrase::new("Roller", "Roles");
pub const PRESENT_COUNT: Phrase = Phrase::new("{} til stede", "{} present");
pub const NOTE_TITLE: Phrase = Phrase::new("Ny note", "New note");
pub const OWNER: Phrase = Phrase::new("ansvarlig", "owner");
pub const DUE: Phrase = Phrase::new("frist", "due");
pub const ACTION_HINT: Phrase = Phrase::new(
    "@navn = ansvarlig · !15/12 eller !fredag = frist (også !15.12.2026)",
    "@name = owner · !15/12 or !friday = due date (also !15.12.2026)",
);
pub const DUE_NOT_A_DATE: Phrase = Phrase::new(
    "»{}« er ikke en dato og bliver i teksten – skriv fx !15/12",
    "\"{}\" is not a date and stays in the text – write e.g. !15/12",
);
/// `@Anne` when two members are called Anne: "{}" is the first of them,
/// "{}" the last ("Anne Holm, Anne Lund eller Anne Berg?").
pub const OWNER_WHICH: Phrase = Phrase::new(
    "{} eller {}? Skriv mere af navnet efter @, eller vælg med Enter",
    "{} or {}? Type more of the name after @, or choose with Enter",
);
pub const DUE_PAST: Phrase = Phrase::new(
    "»{}« er allerede gået og bliver i teksten",
    "\"{}\" has already passed and stays in the text",
);
pub const SHARED: Phrase = Phrase::new("deles", "shared");
pub const ARRIVE_TITLE: Phrase = Phrase::new("Hvem kommer?", "Who arrives?");
pub const DEPART_TITLE: Phrase = Phrase::new("Hvem går?", "Who leaves?");
pub const NOT_HERE_YET: Phrase = Phrase::new(
    "Ikke her endnu: {} · et nyt navn kan komme med som gæst",
    "Not here yet: {} · a new name can join as a guest",
);
pub const HERE_NOW: Phrase = Phrase::new("Her nu: {}", "Here now: {}");
pub const NAME_UNKNOWN: Phrase = Phrase::new("»{}« er ikke her nu", "‘{}’ is not here now");
pub const NAME_HERE: Phrase = Phrase::new("{} er her allerede", "{} is here already");
pub const NAME_GUEST: Phrase = Phrase::new(
    "»{}« er ikke med i netværket · Enter igen: kommer med som gæst",
    "‘{}’ is not in the network · Enter again: joins as a guest",
);
pub const NAME_SEVERAL: Phrase = Phrase::new(
    "Det kan være flere: {} · skriv mere af navnet",
    "That could be several: {} · type more of the name",
);
pub const HELP_TITLE: Phrase = Phrase::new("Taster", "Keys");
pub const HELP_CLOSE: Phrase = Phrase::new("Tryk en tast for at lukke", "Press any key to close");
pub const QUIT_ASK: Phrase = Phrase::new(
    "Afslut? Mødet er gemt og kan genoptages.",
    "Quit? The session is saved and can be resumed.",
);
pub const QUIT_UNSAVED: Phrase = Phrase::new(
    "IKKE GEMT! Afslutter du, mister du det seneste. Afslut alligevel?",
    "NOT SAVED! Quitting loses the latest changes. Quit anyway?",
);
pub const FINISH_ASK: Phrase = Phrase::new(
    "Det var sidste punkt. Afslut mødet?",
    "That was the last step. Finish the meeting?",
);
pub const FINISHED: Phrase = Phrase::new(
    "Mødet er slut og gemt. Tak for i dag! q lukker.",
    "The meeting is finished and saved. Thank you! q quits.",
);
/// Said when the record had changed on disk and the two copies were merged.
pub const MERGED: Counted = Counted::new(
    Phrase::new(
        "Mødet var ændret på disken af en anden runde: du fortsætter fra den nyeste udgave, og {} note herfra, som manglede dér, er med",
        "Another runde had changed this session on disk: carrying on from the newer copy, with {} note of ours it lacked kept",
    ),
    Phrase::new(
        "Mødet var ændret på disken af en anden runde: du fortsætter fra den nyeste udgave, og {} noter herfra, som manglede dér, er med",
        "Another runde had changed this session on disk: carrying on from the newer copy, with {} notes of ours it lacked kept",
    ),
);
pub const SAVE_FAILED: Phrase = Phrase::new(
    "IKKE GEMT, prøver igen (alt er i hukommelsen): {}",
    "NOT SAVED, retrying (everything is kept in memory): {}",
);
pub const ALERTS_OFF: Phrase = Phrase::new("Signal ved nul: fra", "Alert at zero: off");
pub const TIME_UP: Phrase = Phrase::new("TIDEN ER GÅET", "TIME IS UP");
pub const SPEAKS: Phrase = Phrase::new("Taler", "Speaking");
pub const UP_NEXT: Phrase = Phrase::new("Derefter", "Up next");
pub const DISC_QUESTIONS_ONLY: Phrase =
    Phrase::new("kun spørgsmål – ingen råd", "questions only – no advice");
pub const DISC_OPEN_QUESTIONS: Phrase = Phrase::new(
    "åbne spørgsmål (hvad, hvordan, hvornår, hvem) – ingen hvorfor, ingen råd",
    "open questions (what, how, when, who) – no why, no advice",
);
/// The case-giver, with the article. Said of a phase where the team
/// reflects in turn as well as of one where it reflects freely, so it
/// names neither (METHODS.md: the reflection may start as a round).
pub const DISC_REFLECTIONS_ONLY: Phrase = Phrase::new(
    "kun refleksioner – {} lytter",
    "reflections only – {} listens",
);
pub const DISC_CASE_GIVER_LISTENS: Phrase = Phrase::new(
    "{} lytter og skriver – siger ingenting",
    "{} listens and writes – says nothing",
);
pub const DISC_APPRECIATION_ONLY: Phrase = Phrase::new(
    "kun anerkendelse – {} siger bare tak",
    "appreciation only – {} just says thanks",
);
pub const DISC_CASE_GIVER_SPEAKS: Phrase = Phrase::new(
    "{} taler – de andre lytter",
    "{} speaks – the others listen",
);
pub const DISC_DIALOGUE: Phrase = Phrase::new("fri dialog", "open dialogue");
pub const VOICES_SPEAKING: Phrase = Phrase::new("Taler", "Speaking");
pub const VOICES_LISTENING: Phrase = Phrase::new("Lytter", "Listening");
pub const OBSERVERS: Phrase = Phrase::new("observatører", "observers");
/// After the name of a role-holder who has left the meeting.
pub const HAS_LEFT: Phrase = Phrase::new("gået", "left");
/// A repeat group's pass, by the plan's word for the client: "klient 2 af 4".
pub const PASS_OF: Phrase = Phrase::new("{} {} af {}", "{} {} of {}");
pub const FOLLOW_UP_OF: Phrase = Phrase::new("{} aftaler fra sidst", "{} actions from last time");
pub const FOLLOW_UP_ALL: Phrase = Phrase::new(
    "Åbne aftaler fra tidligere møder ({})",
    "Open actions from earlier meetings ({})",
);
pub const FOLLOW_UP_NONE: Phrase = Phrase::new("Ingen åbne aftaler.", "No open actions.");
pub const FOLLOW_UP_KEYS: Phrase = Phrase::new(
    "1 gjort · 2 flyttet · 3 droppet · ↑↓ vælg",
    "1 done · 2 moved · 3 dropped · ↑↓ choose",
);
pub const MARK_DONE: Phrase = Phrase::new("✓ gjort", "✓ done");
pub const MARK_MOVED: Phrase = Phrase::new("→ flyttet", "→ moved");
pub const MARK_DROPPED: Phrase = Phrase::new("✗ droppet", "✗ dropped");
pub const NEXT_TITLE: Phrase = Phrase::new("Næste møde", "Next meeting");
pub const NEXT_DATE: Phrase = Phrase::new("dato", "date");
pub const NEXT_THEME: Phrase = Phrase::new("tema", "theme");
pub const NEXT_SUGGESTED: Phrase = Phrase::new(
    "Forslag efter tur – e retter og gemmer.",
    "Suggested by the rotation – e edits and saves.",
);
pub const NEXT_SAVED: Phrase = Phrase::new("Aftalt – e retter.", "Agreed – e edits.");
/// The two above in the next meeting's title, where there is no row for
/// them (80x24).
pub const NEXT_SUGGESTED_SHORT: Phrase = Phrase::new(
    "forslag efter tur – e retter",
    "suggested by rotation – e edits",
);
pub const NEXT_SAVED_SHORT: Phrase = Phrase::new("aftalt – e retter", "agreed – e edits");
/// After a field the facilitator has not entered, once others are agreed.
pub const NEXT_ONLY_SUGGESTED: Phrase = Phrase::new("(forslag)", "(suggested)");
pub const NEXT_EDIT_HINT: Phrase = Phrase::new(
    "Enter gemmer og går videre · Esc lukker",
    "Enter saves and moves on · Esc closes",
);
pub const NEXT_BAD_DATE: Phrase = Phrase::new(
    "Datoen kan ikke læses – skriv fx 14/12 eller 14-12-2026",
    "The date cannot be read – write e.g. 14/12 or 2026-12-14",
);
pub const ENDED: Phrase = Phrase::new("slut", "ended");

// The check-out score.
pub const SCORE_ASK: Phrase = Phrase::new("Var det tiden værd (1–5)?", "Worth the time (1–5)?");
pub const SCORE_PRESS: Phrase = Phrase::new("tryk 1–5", "press 1–5");
pub const SCORES_GIVEN: super::Counted = super::Counted::new(
    Phrase::new("{} har svaret", "{} has answered"),
    Phrase::new("{} har svaret", "{} have answered"),
);
pub const ROLES_BOX_TITLE: Phrase = Phrase::new("Roller i dag", "Today's roles");
pub const NOBODY: Phrase = Phrase::new("ingen", "nobody");
/// Role, from whom.
pub const TAKES_OVER: Phrase =
    Phrase::new("Hvem er {} i stedet for {}?", "Who is {} instead of {}?");
pub const TAKES_VACANT: Phrase = Phrase::new("Hvem er {}?", "Who is {}?");
/// Role, who leaves.
pub const TAKES_OVER_FROM_LEAVING: Phrase = Phrase::new(
    "{} går: hvem tager over som {}?",
    "{} leaves: who takes over as {}?",
);
/// Who, role, instead of whom.
pub const HAND_ON_WHY: Phrase = Phrase::new(
    "{} som {} i stedet for {}: hvorfor?",
    "{} as {} instead of {}: why?",
);
pub const HAND_ON_REASON_HINT: Phrase = Phrase::new(
    "Grunden gemmes i referatet; Enter uden grund er også fint.",
    "The reason goes into the minutes; Enter with none is fine too.",
);
pub const EMPTY_IS_NOBODY: Phrase = Phrase::new("tomt: ingen", "empty: nobody");
pub const ROLE_NEEDS_SOMEONE: Phrase = Phrase::new(
    "Den rolle skal nogen have: skriv et navn.",
    "Someone must hold that role: type a name.",
);
/// Who, the role they hold.
pub const HOLDS_OTHER_ROLE: Phrase = Phrase::new(
    "{} er allerede {}; det går ikke sammen.",
    "{} is {} already; the two do not go together.",
);
/// After the count of private actions in "since last time".
/// The key, then: one private action, or several.
pub const PRIVATE_OPEN_KEY_ONE: Phrase =
    Phrase::new("{} viser den kun for dig", "{} shows it to you only");
pub const PRIVATE_OPEN_KEY: Phrase =
    Phrase::new("{} viser dem kun for dig", "{} shows them to you only");
pub const PRIVATE_BOX_TITLE: Phrase = Phrase::new(
    "Private aftaler – kun på din skærm",
    "Private actions – on your screen only",
);
