//! How far back the review list reaches.

use chrono::{Datelike, NaiveDate};

/// How far back the list reaches.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Period {
    #[default]
    All,
    Last90,
    Last365,
    ThisYear,
}

impl Period {
    pub(super) fn next(self) -> Period {
        match self {
            Period::All => Period::Last90,
            Period::Last90 => Period::Last365,
            Period::Last365 => Period::ThisYear,
            Period::ThisYear => Period::All,
        }
    }

    /// The first day the period includes, seen from `today`.
    pub fn from(self, today: NaiveDate) -> Option<NaiveDate> {
        match self {
            Period::All => None,
            Period::Last90 => today.checked_sub_days(chrono::Days::new(90)),
            Period::Last365 => today.checked_sub_days(chrono::Days::new(365)),
            Period::ThisYear => NaiveDate::from_ymd_opt(today.year(), 1, 1),
        }
    }
}
