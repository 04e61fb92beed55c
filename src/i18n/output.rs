//! What the command line says about its own output: a failed write, a file
//! it will not replace.

use super::Phrase;

pub const STDOUT_FAILED: Phrase = Phrase::new(
    "kunne ikke skrive til standardoutput: {}",
    "could not write to standard output: {}",
);
