//! Words of `runde plans` and `runde check`.

use super::Phrase;

pub const SOURCE: Phrase = Phrase::new("kilde", "source");
pub const TITLE: Phrase = Phrase::new("titel", "title");
pub const VALID: Phrase = Phrase::new("gyldig", "valid");

/// A kind of runde file, as `runde check` names it.
pub fn kind(kind: crate::store::parse::FileKind) -> Phrase {
    use crate::store::parse::FileKind;
    match kind {
        FileKind::Plan => Phrase::new("plan", "plan"),
        FileKind::Theme => Phrase::new("farvetema", "theme"),
        FileKind::Network => Phrase::new("netværk", "network"),
        FileKind::Record => Phrase::new("mødereferat", "session record"),
        FileKind::Config => Phrase::new("indstillinger", "config"),
    }
}
