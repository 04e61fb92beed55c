//! What the command line says about its own output: a failed write, a file
//! it will not replace.

use super::Phrase;

pub const STDOUT_FAILED: Phrase = Phrase::new(
    "kunne ikke skrive til standardoutput: {}",
    "could not write to standard output: {}",
);
pub const EXISTS: Phrase = Phrase::new(
    "{} findes allerede; tilføj --force for at erstatte den",
    "{} exists already; add --force to replace it",
);
pub const IS_LINK: Phrase = Phrase::new(
    "{} er et link, og runde erstatter aldrig et link; angiv filen, det peger på, eller skriv --output - for standardoutput",
    "{} is a link, and runde never replaces a link; name the file it points to, or write --output - for standard output",
);
pub const HARD_LINKED: Phrase = Phrase::new(
    "{} har {} navne (hårde links), og runde erstatter den ikke, for så ville navnene skilles; angiv et nyt filnavn",
    "{} has {} names (hard links), and runde does not replace it, as that would part them; name a new file",
);
pub const IS_FOLDER: Phrase = Phrase::new(
    "{} er en mappe; angiv en fil i den, fx {}",
    "{} is a folder; name a file in it, such as {}",
);
pub const NOT_A_FILE: Phrase = Phrase::new(
    "{} er ikke en almindelig fil (men en enhed, et rør eller en sokkel), og runde erstatter den ikke; skriv --output - for standardoutput",
    "{} is not a regular file (but a device, a pipe or a socket), and runde does not replace it; write --output - for standard output",
);
