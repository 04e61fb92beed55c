//! What went wrong with a file, said in the UI's language. The operating
//! system's own text is English (and cryptic: "os error 28"), so the common
//! kinds get a phrase; the OS text is kept only for the rare kinds without one.

use super::Phrase;
use crate::text::Lang;
use std::io::{self, ErrorKind};

pub const STORAGE_FULL: Phrase = Phrase::new("disken er fuld", "the disk is full");
pub const QUOTA: Phrase = Phrase::new("din diskkvote er brugt op", "your disk quota is used up");
pub const PERMISSION: Phrase = Phrase::new("ingen adgang til at skrive", "no permission to write");
pub const READ_ONLY: Phrase = Phrase::new("drevet er skrivebeskyttet", "the drive is read-only");
pub const NOT_FOUND: Phrase = Phrase::new(
    "mappen eller filen findes ikke",
    "the folder or file does not exist",
);
pub const ALREADY_EXISTS: Phrase = Phrase::new("filen findes allerede", "the file already exists");
pub const IN_USE: Phrase = Phrase::new(
    "filen er i brug af et andet program (eller en anden runde)",
    "the file is in use by another program (or another runde)",
);
pub const TOO_LARGE: Phrase = Phrase::new("filen er for stor", "the file is too large");
pub const NETWORK_DRIVE: Phrase = Phrase::new(
    "netværksdrevet svarer ikke",
    "the network drive does not answer",
);
pub const NOT_A_FOLDER: Phrase = Phrase::new(
    "en fil står, hvor der skulle være en mappe",
    "a file is where a folder should be",
);
pub const OTHER: Phrase = Phrase::new(
    "filen kunne ikke skrives ({})",
    "the file could not be written ({})",
);
pub const NOT_WRITTEN_OVER: Phrase = Phrase::new(
    "runde skriver ikke oven i en fil, den ikke kan læse: ret fejlen (runde check viser den) eller flyt filen væk, og prøv igen",
    "runde does not write over a file it cannot read: fix the problem (runde check shows it) or move the file away, and try again",
);
pub const NOT_WRITTEN_UNREADABLE: Phrase = Phrase::new(
    "runde ville ikke kunne læse det tilbage, så intet er gemt: ret det, meldingen nævner, og prøv igen",
    "runde could not read it back, so nothing was saved: fix what the message names and try again",
);
pub const OCCUPIED: Phrase = Phrase::new(
    "filen hører til netværket »{}«, hvis navn giver samme filnavn; vælg et andet navn",
    "the file belongs to the network \"{}\", whose name makes the same file name; choose another name",
);
pub const LOCKED: Phrase = Phrase::new(
    "en anden runde har mødet åbent; luk det dér først",
    "another runde has this session open; close it there first",
);

/// Every phrase for an I/O error, so a message that quotes one in English
/// can be given in Danish.
pub static ALL: &[Phrase] = &[
    STORAGE_FULL,
    QUOTA,
    PERMISSION,
    READ_ONLY,
    NOT_FOUND,
    ALREADY_EXISTS,
    IN_USE,
    TOO_LARGE,
    NETWORK_DRIVE,
    NOT_A_FOLDER,
];

/// The phrase for a kind of I/O error, when it has one.
pub fn kind_phrase(kind: ErrorKind) -> Option<Phrase> {
    Some(match kind {
        ErrorKind::StorageFull => STORAGE_FULL,
        ErrorKind::QuotaExceeded => QUOTA,
        ErrorKind::PermissionDenied => PERMISSION,
        ErrorKind::ReadOnlyFilesystem => READ_ONLY,
        ErrorKind::NotFound => NOT_FOUND,
        ErrorKind::AlreadyExists => ALREADY_EXISTS,
        ErrorKind::WouldBlock | ErrorKind::ResourceBusy => IN_USE,
        ErrorKind::FileTooLarge => TOO_LARGE,
        ErrorKind::StaleNetworkFileHandle
        | ErrorKind::NetworkDown
        | ErrorKind::NetworkUnreachable
        | ErrorKind::HostUnreachable
        | ErrorKind::TimedOut => NETWORK_DRIVE,
        ErrorKind::NotADirectory => NOT_A_FOLDER,
        _ => return None,
    })
}

/// An I/O error as the user reads it: the phrase for its kind, else the
/// operating system's text in brackets.
pub fn io_reason(error: &io::Error, lang: Lang) -> String {
    match kind_phrase(error.kind()) {
        Some(phrase) => phrase.get(lang).to_string(),
        None => OTHER.fill(lang, &[&error.to_string()]),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn common_kinds_are_said_in_danish_without_the_os_text() {
        let full = io::Error::from_raw_os_error(28); // ENOSPC on Linux
        if full.kind() == ErrorKind::StorageFull {
            assert_eq!(io_reason(&full, Lang::Da), "disken er fuld");
            assert_eq!(io_reason(&full, Lang::En), "the disk is full");
        }
        for (kind, da) in [
            (ErrorKind::StorageFull, "disken er fuld"),
            (ErrorKind::PermissionDenied, "ingen adgang til at skrive"),
            (ErrorKind::ReadOnlyFilesystem, "drevet er skrivebeskyttet"),
            (ErrorKind::NotFound, "mappen eller filen findes ikke"),
            (
                ErrorKind::WouldBlock,
                "filen er i brug af et andet program (eller en anden runde)",
            ),
        ] {
            let error = io::Error::new(kind, "No space left on device");
            assert_eq!(io_reason(&error, Lang::Da), da);
            assert!(!io_reason(&error, Lang::En).contains("No space"));
        }
    }

    #[test]
    fn a_rare_kind_keeps_the_os_text() {
        let error = io::Error::other("the disk caught fire");
        assert_eq!(
            io_reason(&error, Lang::Da),
            "filen kunne ikke skrives (the disk caught fire)"
        );
    }
}
