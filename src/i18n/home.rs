//! The home screen and the attendance check.

use super::Phrase;

pub const WELCOME: Phrase = Phrase::new(
    "Vælg netværk og plan, og tryk Enter for at starte mødet.",
    "Choose network and plan, and press Enter to start the meeting.",
);
pub const NETWORK: Phrase = Phrase::new("Netværk", "Network");
pub const PLAN: Phrase = Phrase::new("Plan", "Plan");
pub const START: Phrase = Phrase::new("Start mødet", "Start");
pub const RESUME: Phrase = Phrase::new("Genoptag", "Resume");
/// Under the Resume row, for a meeting left behind.
pub const LEFT_BEHIND: Phrase = Phrase::new(
    "Ikke afsluttet. x afslutter det, som det stod.",
    "Never finished. x closes it as it stood.",
);
/// Network, day, clock time of its last run.
pub const CLOSE_LEFT_ASK: Phrase = Phrase::new(
    "Afslut mødet i {} fra {}, som det stod kl. {}? Noter, aftaler og fremmøde tæller med. En falsk start kasseres i stedet under Tidligere møder (x).",
    "Close the meeting of {} from {} as it stood at {}? Its notes, actions and attendance count. A false start is discarded under Past sessions (x) instead.",
);
/// Network, day.
pub const CLOSED_LEFT: Phrase = Phrase::new(
    "Mødet i {} fra {} er afsluttet, som det stod.",
    "The meeting of {} from {} is closed as it stood.",
);
/// Beside a row whose choice waits for the meetings to be read: Enter
/// does nothing until then.
pub const LOADING: Phrase = Phrase::new("henter …", "loading …");
pub const RESUME_WHAT: Phrase = Phrase::new(
    "{}: {} fra {}, punkt {} af {}",
    "{}: {} from {}, step {} of {}",
);
/// The session to resume where the full line would wrap (80 columns).
pub const RESUME_SHORT: Phrase = Phrase::new("{} · {} · punkt {}/{}", "{} · {} · step {}/{}");
pub const ATTENDANCE: Phrase = Phrase::new("Fremmøde", "Attendance");
pub const ATTENDANCE_HINT: Phrase = Phrase::new(
    "Hvem er her i dag? Rollerne følger turen; ret dem med f, r, t, c og i.",
    "Who is here today? Roles follow the rotation; change with f, r, t, c and i.",
);
pub const NOT_HERE: Phrase = Phrase::new(
    "{} er ikke her i dag og kan ikke have en rolle.",
    "{} is not here today and cannot take a role.",
);
pub const NO_SUPERVISION: Phrase = Phrase::new(
    "Planen har ingen supervision, så der er ingen fokusperson i dag.",
    "The plan has no supervision, so there is no case-giver today.",
);
pub const ROLE_CLASH: Phrase = Phrase::new(
    "{} har allerede en rolle, der ikke går sammen med den.",
    "{} already holds a role that does not go with that one.",
);
pub const URGENT: Phrase = Phrase::new("akut", "urgent");
pub const PRESENT: Phrase = Phrase::new("til stede", "present");
pub const NOTIFIED: Phrase = Phrase::new("afbud", "sent apologies");
pub const ABSENT: Phrase = Phrase::new("udeblevet", "absent");
pub const NO_SESSION: Phrase = Phrase::new(
    "Der er intet afbrudt møde at genoptage.",
    "There is no interrupted session to resume.",
);
/// After naming the record files that could not be read.
pub const NO_SESSION_UNREAD: Phrase = Phrase::new(
    "Der er intet afbrudt møde at genoptage blandt dem, der kan læses; et af møderne ovenfor kan være det – ret filen, og prøv igen.",
    "There is no interrupted session to resume among those that can be read; one of the sessions above may be it – mend the file and try again.",
);
/// The line after quitting an unfinished meeting; {} is the command.
pub const SAVED_RESUME: Phrase = Phrase::new("Gemt. Fortsæt med `{}`", "Saved. Resume with `{}`");
/// After quitting a meeting whose last save failed; {} is why.
pub const QUIT_UNSAVED: Phrase = Phrase::new(
    "Mødet blev ikke gemt helt: {}",
    "The session was not fully saved: {}",
);
pub const LOCKED: Phrase = Phrase::new(
    "Mødet er åbent i et andet vindue: {}",
    "The session is open in another window: {}",
);
/// `--until` that is not a time of day, or one already past.
pub const BAD_UNTIL: Phrase = Phrase::new(
    "--until »{}« er ikke et klokkeslæt; skriv fx 11.30 eller 11:30.",
    "--until \"{}\" is not a time of day; write e.g. 11:30 or 11.30.",
);
pub const UNTIL_PASSED: Phrase = Phrase::new(
    "--until {}: det tidspunkt er gået (klokken er {}).",
    "--until {}: that time has passed (it is {}).",
);
pub const NO_PARTICIPANTS: Phrase = Phrase::new(
    "--participants skal nævne mindst én deltager, fx \"Anne,Bo\".",
    "--participants must name at least one participant, e.g. \"Anne,Bo\".",
);
pub const REASON_TITLE: Phrase = Phrase::new(
    "{} som {} i stedet for {}: hvorfor?",
    "{} as {} instead of {}: why?",
);
pub const REASON_HINT: Phrase = Phrase::new(
    "fx byttet efter aftale, akut sag · Enter gem · tom: valgt af tovholderen",
    "e.g. swapped by agreement, urgent case · Enter save · empty: chosen by hand",
);
pub const ONLY_DEMO: Phrase = Phrase::new(
    "Her er kun demonetværket. Tryk n for at oprette jeres eget netværk.",
    "Only the demo network is here. Press n to create your own network.",
);
pub const AGREED: Phrase = Phrase::new(
    "Aftalt sidst for mødet{}:",
    "Agreed last time for the meeting{}:",
);
pub const DISCARDED_NOT_RESUMED: Phrase = Phrase::new(
    "Mødet {} er kasseret og kan ikke genoptages.",
    "The session {} was discarded and cannot be resumed.",
);
pub const SUGGESTED_NEXT: Phrase = Phrase::new(
    "Foreslået efter tur (ikke aftalt):",
    "Suggested by the rotation (not agreed):",
);
pub const THEME: Phrase = Phrase::new("tema: {}", "theme: {}");

/// After the first of several problems on the attendance check.
pub const MORE_PROBLEMS: Phrase = Phrase::new("(og {} til)", "(and {} more)");

/// A plan of the user's own that cannot be read, at `runde start`.
pub const BUNDLED_INSTEAD: Phrase = Phrase::new(
    "runde bruger den indbyggede plan, for din egen kan ikke læses: {}",
    "runde runs the bundled plan, as your own cannot be read: {}",
);

/// The home screen's data could not be read (the thread failed to start or ended without it).
pub const NOT_LOADED: Phrase = Phrase::new(
    "Mødeoversigten kunne ikke læses: {}. Møder at genoptage og åbne aftaler vises ikke.",
    "The meeting overview could not be read: {}. Meetings to resume and open actions are not shown.",
);
