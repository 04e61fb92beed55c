//! What the "agreements and next meeting" step settles, and which of it
//! the facilitator agreed rather than took from the rotation.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// What the "agreements and next meeting" step settles.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NextMeeting {
    #[serde(default)]
    pub date: Option<NaiveDate>,
    #[serde(default)]
    pub host: Option<String>,
    #[serde(default)]
    pub facilitator: Option<String>,
    #[serde(default)]
    pub note_taker: Option<String>,
    #[serde(default)]
    pub case_giver: Option<String>,
    #[serde(default)]
    pub reserve: Option<String>,
    #[serde(default)]
    pub theme: Option<String>,
    /// The fields the facilitator entered in the agreements step; the
    /// others are the rotation's suggestions. `None` in a record written
    /// before runde told the two apart: every field counts as agreed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub agreed: Option<Vec<NextField>>,
}

/// One field of the next meeting's agreement.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum NextField {
    Date,
    Host,
    Facilitator,
    NoteTaker,
    CaseGiver,
    Reserve,
    Theme,
}

impl NextField {
    /// In the order the agreements step asks for them.
    pub const ALL: [NextField; 7] = [
        NextField::Date,
        NextField::Host,
        NextField::Facilitator,
        NextField::NoteTaker,
        NextField::CaseGiver,
        NextField::Reserve,
        NextField::Theme,
    ];
}

impl NextMeeting {
    /// True when the facilitator entered `field` (not only suggested).
    pub fn is_agreed(&self, field: NextField) -> bool {
        self.agreed
            .as_ref()
            .is_none_or(|list| list.contains(&field))
    }

    /// Marks `field` as entered by the facilitator.
    pub fn agree(&mut self, field: NextField) {
        let list = self.agreed.get_or_insert_with(Vec::new);
        if !list.contains(&field) {
            list.push(field);
        }
    }

    /// What a field holds, agreed or only suggested: the host, a role's
    /// name or the theme, trimmed; `None` when empty (and for the date).
    pub fn value(&self, field: NextField) -> Option<&str> {
        let value = match field {
            NextField::Host => &self.host,
            NextField::Facilitator => &self.facilitator,
            NextField::NoteTaker => &self.note_taker,
            NextField::CaseGiver => &self.case_giver,
            NextField::Reserve => &self.reserve,
            NextField::Theme => &self.theme,
            NextField::Date => return None,
        };
        value.as_deref().map(str::trim).filter(|v| !v.is_empty())
    }

    /// A name agreed for a role, `None` where it is only a suggestion.
    pub fn agreed_name(&self, field: NextField) -> Option<&str> {
        match field {
            NextField::Theme => None,
            _ => self.value(field).filter(|_| self.is_agreed(field)),
        }
    }
}
