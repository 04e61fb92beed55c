//! The network's charter (netværksaftale): its parts, as headings and as
//! counts, on the live screen, the network screen and in print.

use super::{Counted, Phrase};
use crate::model::charter::CharterPart;
use crate::text::Lang;

pub const TITLE: Phrase = Phrase::new("Netværksaftale", "Charter");
/// "(aftalt 2. december 2026)": the date as the dates module writes it.
pub const AGREED_ON: Phrase = Phrase::new("aftalt {}", "agreed {}");
pub const NONE_YET: Phrase = Phrase::new(
    "Ingen netværksaftale endnu: den bliver til på opstartsmødet.",
    "No charter yet: it is made at the start-up meeting.",
);
pub const NOTHING_IN_PART: Phrase = Phrase::new("ikke aftalt", "not agreed");

/// The heading of a part.
pub fn heading(part: CharterPart) -> Phrase {
    match part {
        CharterPart::Purpose => Phrase::new("Formål", "Purpose"),
        CharterPart::Goals => Phrase::new("Mål", "Goals"),
        CharterPart::SuccessCriteria => Phrase::new("Succeskriterier", "Success criteria"),
        CharterPart::GroundRules => Phrase::new("Spilleregler", "Ground rules"),
    }
}

/// A part's entries counted: "1 succeskriterium", "3 spilleregler".
pub fn counted(part: CharterPart) -> Counted {
    match part {
        CharterPart::Purpose => Counted::new(
            Phrase::new("{} formål", "{} purpose"),
            Phrase::new("{} formål", "{} purposes"),
        ),
        CharterPart::Goals => Counted::new(
            Phrase::new("{} mål", "{} goal"),
            Phrase::new("{} mål", "{} goals"),
        ),
        CharterPart::SuccessCriteria => Counted::new(
            Phrase::new("{} succeskriterium", "{} success criterion"),
            Phrase::new("{} succeskriterier", "{} success criteria"),
        ),
        CharterPart::GroundRules => Counted::new(
            Phrase::new("{} spilleregel", "{} ground rule"),
            Phrase::new("{} spilleregler", "{} ground rules"),
        ),
    }
}

/// "1 formål, 3 mål og 4 spilleregler": the parts that have entries.
pub fn summary(counts: [usize; 4], lang: Lang) -> String {
    let items: Vec<String> = CharterPart::ALL
        .iter()
        .zip(counts)
        .filter(|(_, n)| *n > 0)
        .map(|(part, n)| counted(*part).fill(lang, n, &[]))
        .collect();
    match items.as_slice() {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} {} {last}", rest.join(", "), AND.get(lang)),
    }
}

const AND: Phrase = Phrase::new("og", "and");

/// Asked before the start-up ends: "1 formål, 3 mål og 4 spilleregler".
pub const OFFER: Phrase = Phrase::new(
    "Netværksaftalen gemmes hos netværket: {}.",
    "The charter will be kept with the network: {}.",
);
/// The end of a start-up meeting, instead of the usual "finished".
pub const KEPT: Phrase = Phrase::new(
    "Mødet er slut og gemt, og netværksaftalen er gemt hos netværket. Tak for i dag! q lukker.",
    "The meeting is finished and saved, and the charter is kept with the network. Thank you! q quits.",
);
pub const NOT_KEPT: Phrase = Phrase::new(
    "Mødet er gemt, men netværksaftalen blev ikke gemt hos netværket: {}",
    "The meeting is saved, but the charter was not kept with the network: {}",
);
/// "Afbud i god tid", "spilleregler".
pub const CONFIRM_REMOVE: Phrase = Phrase::new(
    "Slet »{}« fra netværksaftalens {}?",
    "Delete ‘{}’ from the charter's {}?",
);
pub const SAVED: Phrase = Phrase::new("Netværksaftalen er gemt.", "The charter is saved.");
pub const ADD_LINE: Phrase = Phrase::new("+ tilføj", "+ add");
/// Above a step that returns to a part of the charter: "Succeskriterier".
pub const AS_AGREED: Phrase = Phrase::new("{} som aftalt", "{} as agreed");

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_summary_counts_the_parts_that_have_entries() {
        assert_eq!(
            summary([1, 3, 0, 4], Lang::Da),
            "1 formål, 3 mål og 4 spilleregler"
        );
        assert_eq!(
            summary([0, 1, 2, 0], Lang::En),
            "1 goal and 2 success criteria"
        );
        assert_eq!(summary([0, 0, 1, 0], Lang::Da), "1 succeskriterium");
    }
}
