//! Words of `runde plans` and `runde check`.

use super::Phrase;

pub const SOURCE: Phrase = Phrase::new("kilde", "source");
pub const TITLE: Phrase = Phrase::new("titel", "title");
pub const VALID: Phrase = Phrase::new("gyldig", "valid");
