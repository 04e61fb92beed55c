//! `runde --help` in Danish: the command line's texts, keyed by command
//! path ("network new") and, after a dot, an argument's id. English comes
//! from the doc comments in `cli.rs`; a test keeps the two complete.

use super::Phrase;
use crate::text::Lang;

pub const USAGE: &str = "Brug";
pub const COMMANDS: &str = "Kommandoer";
pub const OPTIONS: &str = "Tilvalg";
pub const ARGUMENTS: &str = "Argumenter";
pub const HELP: &str = "Vis hjælp";
pub const VERSION: &str = "Vis versionen";
pub const LONG_ABOUT: &str = "runde guider tovholderen i et ledernetværk gennem et møde: planens \
punkter med hvad der skal siges, et ur for hver runde og hver taler, en retfærdig tur-rækkefølge, \
hurtige noter, der gemmes i samme øjeblik, de er skrevet, og bagefter referat og åbne aftaler.\n\n\
Uden en kommando åbner runde startskærmen.";
pub const EXIT_HEADING: Phrase = Phrase::new("Afslutningskode", "Exit status");
/// The exit codes and what each means, for `--help` and the manual page.
pub const EXIT_CODES: [(u8, Phrase); 3] = [
    (
        0,
        Phrase::new(
            "fundet eller gjort, som der blev bedt om",
            "found or done what was asked",
        ),
    ),
    (
        1,
        Phrase::new(
            "intet fundet: intet møde, søgeresultat, aftale, afbrudt møde eller aftalt dag",
            "nothing found: no session, search hit, action, interrupted meeting or agreed day",
        ),
    ),
    (
        2,
        Phrase::new(
            "en fejl: et forkert argument, et ukendt navn, en fil, der ikke kan læses, en skrivning, der mislykkedes, eller en `runde sync`, der ikke kom igennem",
            "an error: a bad argument, an unknown name, a file that does not load, a failed write, a `runde sync` that did not get through",
        ),
    ),
];

/// The section headings of `runde man`.
pub mod man {
    use crate::i18n::Phrase;

    pub const NAME: Phrase = Phrase::new("NAVN", "NAME");
    pub const SYNOPSIS: Phrase = Phrase::new("BRUG", "SYNOPSIS");
    pub const DESCRIPTION: Phrase = Phrase::new("BESKRIVELSE", "DESCRIPTION");
    pub const OPTIONS: Phrase = Phrase::new("TILVALG", "OPTIONS");
    pub const COMMANDS: Phrase = Phrase::new("KOMMANDOER", "COMMANDS");
    pub const EXIT_STATUS: Phrase = Phrase::new("AFSLUTNINGSKODE", "EXIT STATUS");
    pub const VERSION: Phrase = Phrase::new("VERSION", "VERSION");
}

/// The exit codes as `runde --help` ends: a heading and a line each.
pub fn exit_status(lang: Lang) -> String {
    let mut out = format!("{}:", EXIT_HEADING.get(lang));
    for (code, meaning) in EXIT_CODES {
        out.push_str(&format!("\n  {code}  {}", meaning.get(lang)));
    }
    out
}

// clap's own messages (cli_errors.rs); English keeps clap's wording.
pub const ERROR_PREFIX: &str = "fejl:";
pub const MORE_HELP: &str = "Se mere med --help.";
pub const OPTIONS_PLACEHOLDER: &str = "[TILVALG]";
pub const COMMAND_PLACEHOLDER: &str = "[KOMMANDO]";
pub const COMMAND_REQUIRED: &str = "<KOMMANDO>";
pub const UNKNOWN_ARGUMENT: &str = "uventet argument {}";
pub const UNKNOWN_COMMAND: &str = "ukendt kommando {}";
pub const MISSING_VALUE: &str = "{} mangler en værdi";
pub const INVALID_VALUE: &str = "{} er ikke en gyldig værdi for {}.";
pub const VALID_VALUES: &str = "Mulige værdier: {}.";
pub const MISSING_ARGUMENTS: &str = "der mangler:";
pub const MISSING_COMMAND: &str = "{} skal have en kommando efter sig";
pub const ARGUMENT_TWICE: &str = "{} må kun gives én gang";
pub const ARGUMENT_CONFLICT: &str = "{} kan ikke bruges sammen med {}";
pub const OTHER_ARGUMENTS: &str = "de andre argumenter";
pub const TOO_MANY_VALUES: &str = "uventet værdi {} til {}; der skal ikke være flere";
pub const WRONG_NUMBER_OF_VALUES: &str = "forkert antal værdier til {}";
pub const NO_EQUALS: &str = "{} skal have sin værdi efter et lighedstegn";
pub const INVALID_UTF8: &str = "et argument er ikke gyldig UTF-8-tekst";
pub const SOMETHING_WRONG: &str = "kommandolinjen kan ikke læses";
pub const TIP_ARG: &str = "tip: mente du »{}«?";
pub const TIP_COMMAND: &str = "tip: mente du kommandoen »{}«?";
pub const TIP_VALUE: &str = "tip: mente du værdien »{}«?";

/// The placeholder for an argument's value, by the argument's id:
/// "<DATO>" where clap would write "<DATE>".
pub fn value_name(id: &str) -> Option<&'static str> {
    Some(match id {
        "at" => "TT.MM",
        "color" => "FARVER",
        "date" | "from" | "to" => "DATO",
        "files" => "FILER",
        "format" => "FORMAT",
        "lang" => "SPROG",
        "name" => "NAVN",
        "network" => "NETVÆRK",
        "output" => "FIL",
        "participants" => "DELTAGERE",
        "person" => "DELTAGER",
        "plan" => "PLAN",
        "session" => "MØDE",
        "shell" => "SKAL",
        "text" => "ORD",
        "theme" => "FARVETEMA",
        "until" => "TT.MM",
        _ => return None,
    })
}

/// `--json`, on every command that lists.
const JSON: &str = "Skriv ét JSON-objekt pr. linje i stedet for tabellen (se docs/json.md).";

/// (key, Danish text). "" is runde itself.
pub static TEXTS: &[(&str, &str)] = &[
    (
        "",
        "En ledsager i terminalen for tovholderen i et ledernetværk",
    ),
    (
        ".lang",
        "Sprog: da eller en (standard: indstillingerne, ellers systemets sprog).",
    ),
    (
        ".color",
        "Farver i udskriften: auto (i en terminal, medmindre NO_COLOR er sat), always eller never.",
    ),
    (
        "plans",
        "Vis alle planer med den planlagte tid for 8 deltagere.",
    ),
    ("plans.json", JSON),
    ("themes", "Vis farvetemaerne."),
    ("themes.json", JSON),
    (
        "check",
        "Kontrollér runde-filer (plan, farvetema, netværk, mødereferat, indstillinger) ud fra indholdet.",
    ),
    ("check.files", "Filerne, der skal kontrolleres."),
    (
        "show",
        "Vis en plans drejebog: dagsorden med klokkeslæt, roller, vejledning og spørgsmål.",
    ),
    ("show.plan", "Planens id (se runde plans)."),
    (
        "show.participants",
        "Antal deltagere, til længden af runderne (standard: netværkets deltagere, der ikke har orlov, ellers 8).",
    ),
    (
        "show.network",
        "Netværket: dagens folk i deres roller, det aftalte tema og de åbne aftaler med ansvarlige.",
    ),
    (
        "show.date",
        "Mødets dag, med --network: 2/12, 2/12/2026 eller 2026-12-02 (standard: datoen, der blev aftalt sidst, ellers i dag).",
    ),
    (
        "show.at",
        "Starttidspunkt, fx 9.00 eller 13.30 (standard: 9.00).",
    ),
    (
        "show.format",
        "text: drejebogen til en terminal eller en printer; md: som Markdown (standard: text).",
    ),
    ("start", "Start et møde."),
    ("start.plan", "Planens id (standard: standard)."),
    (
        "start.network",
        "Netværket (standard: indstillingernes, ellers demonetværket).",
    ),
    (
        "start.participants",
        "Alle nævnte er til stede; mødet åbner på første punkt.",
    ),
    ("start.theme", "Et farvetema-id (se runde themes)."),
    (
        "start.until",
        "Mødets faste slut, TT.MM, fx 11.30 (standard: planens længde fra starten). runde foreslår, hvor tiden skal findes.",
    ),
    ("resume", "Fortsæt det seneste uafsluttede møde."),
    (
        "resume.session",
        "Et møde-id (standard: det seneste uafsluttede).",
    ),
    ("resume.theme", "Et farvetema-id (se runde themes)."),
    (
        "resume.anyway",
        "Fortsæt et møde, der lige nu kører på en anden maskine (gemt der inden for de sidste minutter); går I begge videre, lægges kopierne sammen.",
    ),
    (
        "display",
        "Rumvisningen til en skærm mere (et tv): stort ur, punkt og hvem der taler. Følger mødet i en anden terminal og viser aldrig en note. q, Esc eller Ctrl-c lukker den.",
    ),
    (
        "display.theme",
        "Et farvetema-id (standard: high-contrast, til projektorer).",
    ),
    (
        "sessions",
        "Vis tidligere møder, nyeste først: id, dato, netværk, plan og status.",
    ),
    ("sessions.json", JSON),
    ("sessions.network", "Kun dette netværks møder."),
    (
        "sessions.plan",
        "Kun møder holdt efter denne plan (dens id).",
    ),
    (
        "sessions.from",
        "Kun møder på eller efter denne dag, ÅÅÅÅ-MM-DD.",
    ),
    (
        "sessions.to",
        "Kun møder på eller før denne dag, ÅÅÅÅ-MM-DD.",
    ),
    (
        "search",
        "Søg i noterne fra tidligere møder: en linje pr. fund med dato, netværk, punkt, slags og tekst.",
    ),
    (
        "search.text",
        "Ordene, der skal findes; alle ord skal forekomme, og hvert kan være begyndelsen af et ord.",
    ),
    ("search.json", JSON),
    ("search.network", "Kun dette netværks noter."),
    (
        "search.include_private",
        "Søg også i private noter (sagsnoter, læringsloggen).",
    ),
    (
        "search.limit",
        "Vis højst N noter, de nyeste først (0: dem alle).",
    ),
    (
        "export",
        "Skriv et mødes referat som Markdown eller HTML, klar til at sætte ind i en mail, eller det aftalte næste møde som en kalenderaftale.",
    ),
    (
        "export.session",
        "Et møde-id (se runde sessions) eller latest.",
    ),
    (
        "export.format",
        "md: referatet som Markdown (standard); html: referatet som en side til en mail; ics: næste møde som en kalenderaftale.",
    ),
    (
        "export.output",
        "Skriv referatet til denne fil i stedet for at vise det (- er standardoutput). En fil, der findes, erstattes kun med --force; et link, en mappe eller en enhed aldrig.",
    ),
    ("export.force", "Erstat filen i --output, hvis den findes."),
    (
        "export.include_private",
        "Tag private noter med (de udelades ellers).",
    ),
    (
        "export.pseudonymise",
        "Erstat deltagernes navne med deres initialer overalt, også i noternes tekst.",
    ),
    (
        "actions",
        "Vis aftaler fra tidligere møder med ansvarlig, frist og status.",
    ),
    ("actions.json", JSON),
    ("actions.network", "Kun dette netværks aftaler."),
    (
        "actions.open",
        "Kun aftaler, der stadig er åbne: ikke gjort eller droppet siden (en flyttet aftale er stadig åben).",
    ),
    (
        "actions.include_private",
        "Tag private aftaler med (fra sagsarbejdet).",
    ),
    (
        "review",
        "Gennemse tidligere møder på skærmen: filtre, søgning mens du skriver, et møde i detaljer.",
    ),
    ("review.theme", "Et farvetema-id (se runde themes)."),
    (
        "sync",
        "Hold delte netværk i takt gennem git: gem rundes ændrede filer i netværkets mappe (commit), hent (rebase), send (push), og fortæl, hvad der blev hentet.",
    ),
    (
        "sync.name",
        "Netværket (som standard: alle delte netværk i en git-mappe).",
    ),
    (
        "network",
        "Netværk: opret, vis, ret deltagerlisten, og se historik og hvis tur det er.",
    ),
    (
        "network new",
        "Opret et netværk; deltagernes rækkefølge er rotationens rækkefølge.",
    ),
    ("network new.name", "Netværkets navn."),
    (
        "network new.participants",
        "Deltagerne i rotationens rækkefølge, adskilt af komma: \"Anne,Bo,Carla\".",
    ),
    (
        "network list",
        "Vis netværkene med antal deltagere, seneste møde og hvor hvert ligger.",
    ),
    (
        "network share",
        "Flyt et netværk og dets mødereferater til en mappe for sig selv, delt med git eller en synkroniseringstjeneste (OneDrive, Nextcloud, Dropbox, Syncthing). Private noter bliver på denne maskine.",
    ),
    ("network share.name", "Netværkets navn."),
    (
        "network share.dir",
        "Den delte mappe (oprettes, hvis den ikke findes).",
    ),
    (
        "network join",
        "Brug de netværk, en anden maskine har delt i en mappe.",
    ),
    ("network join.dir", "Den delte mappe."),
    (
        "network show",
        "Pr. deltager: sager, interviews, tovholderopgaver, fremmøde og taletid; advarselstegn; og hvem der står for tur til hver rolle, med begrundelse.",
    ),
    ("network show.name", "Netværkets navn."),
    ("network show.json", JSON),
    ("network list.json", JSON),
    (
        "completions",
        "Skriv scriptet, der lader skallen fuldende rundes kommandoer, tilvalg og navne (planer, netværk, møder, farvetemaer).",
    ),
    (
        "completions.shell",
        "Skallen: bash, zsh, fish, powershell eller elvish.",
    ),
    ("man", "Skriv manualsiden (roff) til man."),
    (
        "network add",
        "Tilføj en deltager sidst i rotationens rækkefølge.",
    ),
    ("network add.name", "Netværkets navn."),
    ("network add.person", "Den nye deltagers navn."),
    (
        "network remove",
        "Tag en deltager ud; gamle mødereferater beholder historikken.",
    ),
    ("network remove.name", "Netværkets navn."),
    ("network remove.person", "Deltageren, der skal tages ud."),
    (
        "network leave",
        "Giv en deltager orlov: ingen roller og ingen sager i perioden. Med --end afsluttes orloven i stedet.",
    ),
    ("network leave.name", "Netværkets navn."),
    ("network leave.person", "Deltageren, der får orlov."),
    (
        "network leave.from",
        "Første orlovsdag: 1/12, 1/12/2026 eller 2026-12-01.",
    ),
    (
        "network leave.to",
        "Sidste orlovsdag: 28/2, 28/2/2027 eller 2027-02-28.",
    ),
    (
        "network leave.end",
        "Afslut orloven: en igangværende slutter i går, planlagte udgår, tidligere bliver stående.",
    ),
];

/// The Danish text for a key, if there is one.
pub fn danish(key: &str) -> Option<&'static str> {
    TEXTS.iter().find(|(k, _)| *k == key).map(|(_, v)| *v)
}
