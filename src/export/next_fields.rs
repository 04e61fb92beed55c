//! The next meeting's host, roles and theme as the minutes and the
//! calendar event both say them: a capitalised label and the value, names
//! through the pseudonymiser, and "(forslag)" / "(suggested)" after one
//! the rotation only suggested.

use super::pseudonym::Pseudonymiser;
use crate::i18n::{Phrase, common, export as words};
use crate::model::next_meeting::{NextField, NextMeeting};
use crate::text::{Lang, capitalised};

/// The fields in the order they are said, with their labels.
const FIELDS: [(NextField, Phrase); 6] = [
    (NextField::Host, common::HOST),
    (NextField::Facilitator, common::FACILITATOR),
    (NextField::NoteTaker, common::NOTE_TAKER),
    (NextField::CaseGiver, common::CASE_GIVER),
    (NextField::Reserve, common::RESERVE),
    (NextField::Theme, words::THEME),
];

/// (label, value) for each field that holds something.
pub(super) fn next_fields(
    next: &NextMeeting,
    names: &Pseudonymiser,
    lang: Lang,
) -> Vec<(String, String)> {
    FIELDS
        .into_iter()
        .filter_map(|(field, label)| {
            let value = next.value(field)?;
            let mut value = match field {
                NextField::Theme => names.text(value),
                _ => names.name(value),
            };
            if !next.is_agreed(field) {
                value.push_str(&format!(" ({})", words::SUGGESTED.get(lang)));
            }
            Some((capitalised(label.get(lang)), value))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// One list for the minutes and the calendar: in order, empty fields
    /// left out, a suggestion marked, the label capitalised.
    #[test]
    fn fields_in_order_with_suggestions_marked() {
        let next = NextMeeting {
            host: Some(" Carla ".into()),
            facilitator: Some("Bo".into()),
            note_taker: Some("  ".into()),
            theme: Some("Trivsel".into()),
            agreed: Some(vec![NextField::Host, NextField::Theme]),
            ..NextMeeting::default()
        };
        let da = next_fields(&next, &Pseudonymiser::off(), Lang::Da);
        let labels: Vec<&str> = da.iter().map(|(l, _)| l.as_str()).collect();
        assert_eq!(labels.len(), 3, "{da:?}");
        assert!(
            labels.iter().all(|l| l.starts_with(char::is_uppercase)),
            "{da:?}"
        );
        assert_eq!(da[0].1, "Carla");
        assert_eq!(da[1].1, "Bo (forslag)");
        assert_eq!(da[2].1, "Trivsel");
        let en = next_fields(&next, &Pseudonymiser::off(), Lang::En);
        assert_eq!(en[1].1, "Bo (suggested)");
    }
}
