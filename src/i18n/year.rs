//! The network's year: attendance and check-out scores per meeting.

use super::{Counted, Phrase};

pub const TITLE: Phrase = Phrase::new(
    "Fremmøde og tjek-ud det seneste år",
    "Attendance and check-out over the year",
);
pub const NONE: Phrase = Phrase::new("Ingen møder i år.", "No meetings this year.");
pub const DATE: Phrase = Phrase::new("Dato", "Date");
pub const ATTENDANCE: Phrase = Phrase::new("Fremmøde", "Attendance");
pub const SCORE: Phrase = Phrase::new("Var det tiden værd?", "Worth the time?");
/// "7 af 8": came of expected.
pub const OF: Phrase = Phrase::new("{} af {}", "{} of {}");
pub const ANSWERS: Counted = Counted::new(
    Phrase::new("{} svar", "{} answer"),
    Phrase::new("{} svar", "{} answers"),
);
