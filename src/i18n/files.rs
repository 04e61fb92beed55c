//! What is wrong with a file, in Danish. The readers write their messages
//! in English ("what is wrong; what was expected"), in the forms listed
//! here; [`translate`] matches a message against them and gives the Danish,
//! its parts (a value, a list of names) translated the same way. A message
//! in no listed form stays as it is.

use super::Phrase;
use crate::text::Lang;

/// A form written English first, as the reader writes it.
const fn form(en: &'static str, da: &'static str) -> Phrase {
    Phrase::new(da, en)
}

/// Each form: the English exactly as the reader writes it, `{}` for a part.
/// More specific forms come before more general ones.
static FORMS: &[Phrase] = &[
    // Whole files.
    form(
        "the file is empty; expected a runde file such as a plan, theme, network, record or config",
        "filen er tom; her skulle stå en runde-fil: en plan, et farvetema, et netværk, et mødereferat eller indstillinger",
    ),
    form(
        "the file is {} MB; expected a runde file under {} MB",
        "filen fylder {} MB; en runde-fil fylder under {} MB",
    ),
    form(
        "the file is not valid UTF-8 text; expected a text file saved as UTF-8",
        "filen er ikke gyldig UTF-8-tekst; den skal være en tekstfil gemt som UTF-8",
    ),
    form(
        "cannot read the file ({}); expected a readable runde file",
        "filen kan ikke læses ({}); her skulle være en runde-fil, der kan læses",
    ),
    form(
        "the file ends too early; expected the rest of the value (an empty file, or a missing closing bracket?)",
        "filen slutter for tidligt; resten af værdien mangler (en tom fil eller en manglende slutparentes?)",
    ),
    // Conflict copies (store/conflict_copies.rs).
    form(
        "a conflict copy of {}; it cannot be merged safely ({}), so both files are kept: merge them by hand, then remove this copy",
        "en konfliktkopi af {}; den kan ikke flettes sikkert ({}), så begge filer er bevaret: flet dem i hånden, og slet så denne kopi",
    ),
    form(
        "a conflict copy of {}, which is not there; expected the original beside it: rename this copy to that name",
        "en konfliktkopi af {}, som ikke findes; originalen skulle ligge ved siden af: giv kopien det navn",
    ),
    form(
        "a conflict copy of {}, merged into it, that cannot be removed ({}); remove it by hand",
        "en konfliktkopi af {}, flettet ind i den, som ikke kan slettes ({}); slet den i hånden",
    ),
    form(
        "git's conflict markers (<<<<<<<) are in the file; its two sides cannot be merged safely ({}), so it is kept as it is: merge it by hand",
        "filen rummer gits konfliktmarkeringer (<<<<<<<); de to sider kan ikke flettes sikkert ({}), så filen er bevaret, som den er: flet den i hånden",
    ),
    // The RON reader.
    form(
        "unknown field `{}` in {}; expected {}",
        "ukendt felt `{}` i {}; her kan stå {}",
    ),
    form(
        "unknown field `{}`; expected {}",
        "ukendt felt `{}`; her kan stå {}",
    ),
    form(
        "the field `{}` is missing in {}; expected it to be given",
        "feltet `{}` mangler i {}; det skal være med",
    ),
    form(
        "the field `{}` is missing; expected it to be given",
        "feltet `{}` mangler; det skal være med",
    ),
    form(
        "the field `{}` is given twice in {}; expected it once",
        "feltet `{}` står to gange i {}; det må kun stå én gang",
    ),
    form(
        "the field `{}` is given twice; expected it once",
        "feltet `{}` står to gange; det må kun stå én gang",
    ),
    form(
        "unknown value `{}` in {}; expected {}",
        "ukendt værdi `{}` i {}; her kan stå {}",
    ),
    form(
        "unknown value `{}`; expected {}",
        "ukendt værdi `{}`; her kan stå {}",
    ),
    form(
        "found {} items; expected {}",
        "her står {} elementer; der skulle stå {}",
    ),
    form(
        "found `{}`; expected `{}`",
        "her står `{}`; der skulle stå `{}`",
    ),
    form("found {}; expected {}", "her står {}; der skulle stå {}"),
    form(
        "the number is too large (or too small); expected a number that fits",
        "tallet er for stort (eller for lille); her skal stå et tal, der passer",
    ),
    form(
        "the input is nested too deeply; expected a runde file of ordinary depth",
        "indholdet er lagt for mange lag ind i hinanden; en runde-fil har almindelig dybde",
    ),
    form(
        "there is more text after the end of the value; expected the file to end here",
        "der står mere tekst efter værdiens slutning; filen skulle slutte her",
    ),
    form(
        "this value has the wrong type; expected {}",
        "værdien er af den forkerte slags; her skulle stå {}",
    ),
    form(
        "unexpected character `{}`; expected a RON value",
        "uventet tegn `{}`; her skulle stå en RON-værdi",
    ),
    form(
        "missing comma; expected `,` between items",
        "der mangler et komma; elementerne skal skilles med `,`",
    ),
    form(
        "missing `)`; expected the end of the structure",
        "der mangler `)`; strukturen skal sluttes",
    ),
    form(
        "missing `]`; expected the end of the list",
        "der mangler `]`; listen skal sluttes",
    ),
    form(
        "the string is not closed; expected a closing `\"`",
        "teksten er ikke afsluttet; der mangler et afsluttende `\"`",
    ),
    form(
        "the comment is not closed; expected `*/`",
        "kommentaren er ikke afsluttet; der mangler `*/`",
    ),
    form(
        "{}; expected valid RON for a runde file",
        "{}; her skulle stå gyldig RON til en runde-fil",
    ),
    // runde's own checks.
    form(
        "this is not a real date or time (such as 31 February), or not written as runde writes it; expected a date such as \"2026-12-01\" or a time such as \"2026-12-01T09:00:00+01:00\"",
        "det er ikke en rigtig dato eller et rigtigt tidspunkt (som 31. februar), eller det er ikke skrevet, som runde skriver det; her skal stå en dato som »2026-12-01« eller et tidspunkt som »2026-12-01T09:00:00+01:00«",
    ),
    form(
        "{}; expected a valid value here",
        "{}; her skal stå en gyldig værdi",
    ),
    form(
        "the id \"{}\" differs from the file name; expected id: \"{}\"",
        "id'et »{}« er ikke det samme som filnavnet; id'et skal være »{}«",
    ),
    form(
        "there is no theme `{}`; expected one of {}",
        "der er intet farvetema `{}`; her kan stå en af {}",
    ),
    form(
        "this is none of runde's files; expected a plan (with `steps:`), a theme (`colours:`), a network (`participants:`), a record or a config",
        "det er ingen af rundes filer; her skulle stå en plan (med `steps:`), et farvetema (`colours:`), et netværk (`participants:`), et mødereferat eller indstillinger",
    ),
    form(
        "{} minutes is not a usable duration; expected a number of minutes above 0 and at most {}",
        "{} minutter kan ikke bruges som varighed; her skal stå et antal minutter over 0 og højst {}",
    ),
    form(
        "{} minutes is not a usable duration; expected a number of minutes from 0 to {}",
        "{} minutter kan ikke bruges som varighed; her skal stå et antal minutter fra 0 til {}",
    ),
    form(
        "the list is empty; expected at least one item",
        "listen er tom; der skal stå mindst ét element",
    ),
    form(
        "version 0 does not exist; expected version 1 or later",
        "version 0 findes ikke; versionen skal være 1 eller senere",
    ),
    form(
        "written by a newer runde (format version {}); expected version {} or older – update runde to read it",
        "skrevet af en nyere runde (formatversion {}); denne runde læser version {} og ældre – opdatér runde for at læse filen",
    ),
    form(
        "the name is longer than {} characters; expected a shorter name",
        "navnet er længere end {} tegn; skriv et kortere navn",
    ),
    form(
        "the name is empty; expected a name",
        "navnet er tomt; her skal stå et navn",
    ),
    form(
        "\"{}\" is not a usable id; expected lowercase letters a–z, digits and dashes",
        "»{}« kan ikke bruges som id; brug små bogstaver a–z, tal og bindestreger",
    ),
    form(
        "participant \"{}\" is listed twice; expected each participant once",
        "deltageren »{}« står der to gange; hver deltager skal stå der én gang",
    ),
    form(
        "{}'s leave ends ({}) before it starts ({}); expected from ≤ to",
        "orloven for {} slutter ({}), før den begynder ({}); fra-datoen skal ligge før til-datoen",
    ),
    form(
        "a repeat group that runs {} times; expected 1 to 20 times",
        "en gentagelse, der køres {} gange; den kan køres 1 til 20 gange",
    ),
    form(
        "the phase has both minutes and per_person; expected one of them",
        "fasen har både minutes og per_person; den skal have én af dem",
    ),
    form(
        "the phase has no duration; expected minutes, or per_person with round_among",
        "fasen har ingen varighed; den skal have minutes eller per_person med round_among",
    ),
    form(
        "the phase has per_person but no round_among; expected the roles the round runs among",
        "fasen har per_person, men ingen round_among; skriv de roller, runden går mellem",
    ),
    form(
        "team_includes names {}; expected Facilitator or NoteTaker, the roles a team leaves out",
        "team_includes nævner {}; her kan kun stå Facilitator eller NoteTaker, de roller, et team ellers ikke har med",
    ),
    form(
        "{} both speaks and is silent in the phase; expected each role in one list",
        "{} både taler og lytter i fasen; hver rolle skal stå i én af listerne",
    ),
    form(
        "a check-out score of {}; expected 1 to 5",
        "en tjek-ud-score på {}; scoren skal være fra 1 til 5",
    ),
    form(
        "a role name is empty; expected (\"klient\", \"klienten\"): the name and the name with its article",
        "et rollenavn er tomt; skriv (\"klient\", \"klienten\"): navnet og navnet i bestemt form",
    ),
    form(
        "\"{}\" is not a colour; expected \"#rrggbb\" or one of: {}",
        "»{}« er ikke en farve; skriv \"#rrggbb\" eller en af: {}",
    ),
    form(
        "unknown language \"{}\"; expected \"da\" or \"en\"",
        "ukendt sprog »{}«; skriv \"da\" eller \"en\"",
    ),
    form(
        "the text is empty; expected (da: \"…\", en: \"…\") or a plain string",
        "teksten er tom; skriv (da: \"…\", en: \"…\") eller en almindelig tekst",
    ),
];

/// The parts a message quotes from the reader, in Danish.
static PARTS: &[Phrase] = &[
    // Why a conflict copy is not merged.
    form("one of the two does not load", "en af de to kan ikke læses"),
    form("it holds another network", "den rummer et andet netværk"),
    form("it holds another meeting", "den rummer et andet møde"),
    form("the rotation order differs", "rækkefølgen er forskellig"),
    form("the charter differs", "netværksaftalen er forskellig"),
    form(
        "the initials of {} differ",
        "initialerne for {} er forskellige",
    ),
    form(
        "the markers do not pair up",
        "markeringerne passer ikke sammen",
    ),
    form(
        "the merged file cannot be written: {}",
        "den flettede fil kan ikke skrives: {}",
    ),
    form("cannot read the file ({})", "filen kan ikke læses ({})"),
    form("one of {}", "en af {}"),
    form("nothing here", "intet her"),
    form("true or false", "true eller false"),
    form("a number", "et tal"),
    form("a whole number", "et helt tal"),
    form(
        "a text in double quotes",
        "en tekst i dobbelte anførselstegn",
    ),
    form("a name without quotes", "et navn uden anførselstegn"),
    form("a list in [ ]", "en liste i [ ]"),
    form("a structure in ( )", "en struktur i ( )"),
    form("a map in { }", "en tabel i { }"),
    form("a value or None", "en værdi eller None"),
    form("a sequence", "en liste"),
    form("a map", "en tabel"),
    form("a string", "en tekst"),
    form("a boolean", "true eller false"),
    form("a boolean `{}`", "sandhedsværdien `{}`"),
    form("the unsigned integer `{}`", "det hele tal `{}`"),
    form("the integer `{}`", "det hele tal `{}`"),
    form("the floating point `{}`", "tallet `{}`"),
    form("the string {}", "teksten {}"),
    form("a unit value", "()"),
    form("an option", "en valgfri værdi"),
    form("struct {}", "strukturen {}"),
    form("enum {}", "en af værdierne i {}"),
    form(
        "a string or a pair (da: \"…\", en: \"…\")",
        "en tekst eller et par (da: \"…\", en: \"…\")",
    ),
    form("u8", "et helt tal"),
    form("u32", "et helt tal"),
    form("u64", "et helt tal"),
    form("usize", "et helt tal"),
    form("f64", "et tal"),
];

/// `message` in `lang`: the Danish of its form, else the message as it is.
pub fn translate(message: &str, lang: Lang) -> String {
    match lang {
        Lang::En => message.to_string(),
        Lang::Da => danish(message, FORMS, 0).unwrap_or_else(|| message.to_string()),
    }
}

/// The Danish of `text` by the first form it matches; its parts in Danish
/// too, a few levels deep.
fn danish(text: &str, forms: &[Phrase], depth: usize) -> Option<String> {
    forms.iter().find_map(|form| {
        let parts = matches(form.en, text)?;
        let parts: Vec<String> = parts
            .iter()
            .map(|part| match depth {
                0..=2 => danish(part, PARTS, depth + 1)
                    .or_else(|| danish(part, super::errors::ALL, depth + 1))
                    .unwrap_or_else(|| part.to_string()),
                _ => part.to_string(),
            })
            .collect();
        let parts: Vec<&str> = parts.iter().map(String::as_str).collect();
        Some(form.fill(Lang::Da, &parts))
    })
}

/// The parts of `text` in the places of `form`'s `{}`, if it has that
/// form. A part reaches to the first place where the next fixed text
/// follows (to the end for the last part).
fn matches<'t>(form: &str, text: &'t str) -> Option<Vec<&'t str>> {
    let pieces: Vec<&str> = form.split("{}").collect();
    let (first, rest) = pieces.split_first()?;
    let mut left = text.strip_prefix(first)?;
    let mut parts = Vec::new();
    for (i, piece) in rest.iter().enumerate() {
        let last = i + 1 == rest.len();
        let end = if last {
            if piece.is_empty() {
                left.len()
            } else {
                left.len()
                    .checked_sub(piece.len())
                    .filter(|&e| left[e..] == **piece)?
            }
        } else {
            left.find(piece)?
        };
        parts.push(&left[..end]);
        left = &left[end + piece.len()..];
    }
    (left.is_empty() || rest.is_empty() && left.is_empty()).then_some(parts)
}

#[cfg(test)]
#[path = "files_tests.rs"]
mod tests;
