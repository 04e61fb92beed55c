//! Why a typed name is not taken (see `crate::names`).

use super::Phrase;
use crate::names::{MAX_CHARS, NameProblem};
use crate::text::Lang;

pub const EMPTY_NAME: Phrase =
    Phrase::new("Navnet må ikke være tomt", "The name must not be empty");
pub const NAME_TOO_LONG: Phrase = Phrase::new(
    "Navnet er for langt; højst {} tegn",
    "The name is too long; at most {} characters",
);
pub const NO_LETTER: Phrase = Phrase::new(
    "»{}« er ikke et navn; et navn har bogstaver",
    "\"{}\" is not a name; a name has letters",
);
pub const SEPARATOR: Phrase = Phrase::new(
    "»{}« er flere navne i ét: komma og semikolon skiller navne ad, så skriv dem hver for sig",
    "\"{}\" is several names in one: commas and semicolons separate names, so give them one by one",
);
pub const CONTROL: Phrase = Phrase::new(
    "Navnet indeholder et styretegn; skriv det igen uden",
    "The name holds a control character; type it again without",
);
pub const LISTED_TWICE: Phrase = Phrase::new(
    "{} er allerede nævnt (store og små bogstaver og mellemrum tæller ikke)",
    "{} is named already (case and spacing do not count)",
);

/// The problem as the user reads it.
pub fn problem(problem: &NameProblem, lang: Lang) -> String {
    match problem {
        NameProblem::Empty => EMPTY_NAME.get(lang).to_string(),
        NameProblem::TooLong => NAME_TOO_LONG.fill(lang, &[&MAX_CHARS.to_string()]),
        NameProblem::NoLetter(name) => NO_LETTER.fill(lang, &[name]),
        NameProblem::Separator(name) => SEPARATOR.fill(lang, &[name]),
        NameProblem::Control => CONTROL.get(lang).to_string(),
        NameProblem::Twice(name) => LISTED_TWICE.fill(lang, &[name]),
    }
}
