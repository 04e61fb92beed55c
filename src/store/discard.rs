//! Discarding an abandoned meeting from the review: its record stays on
//! disk (nothing said in it is lost) with the status `Discarded`, and the
//! meeting counts for nothing from then on.

use super::problem::Problem;
use super::{Store, StoreError};
use crate::model::record::SessionStatus;

/// Why a meeting was not discarded.
#[derive(Debug)]
pub enum DiscardError {
    /// Only a meeting left unfinished can be discarded.
    Finished,
    Already,
    Unreadable(Problem),
    Store(StoreError),
}

impl DiscardError {
    pub fn describe(&self, lang: crate::text::Lang) -> String {
        use crate::i18n::review as t;
        match self {
            DiscardError::Finished => t::DISCARD_FINISHED.get(lang).to_string(),
            DiscardError::Already => t::DISCARD_ALREADY.get(lang).to_string(),
            DiscardError::Unreadable(problem) => problem.describe(lang),
            DiscardError::Store(e) => e.describe(lang),
        }
    }
}

impl Store {
    /// Marks the unfinished meeting `id` discarded, under its lock (never
    /// while a live runde holds it), rewriting only the record just read.
    pub fn discard_record(&self, id: &str) -> Result<(), DiscardError> {
        let _lock = self.lock_record(id).map_err(DiscardError::Store)?;
        let mut record = self.load_record(id).map_err(DiscardError::Unreadable)?;
        match record.status {
            SessionStatus::InProgress => {}
            SessionStatus::Finished => return Err(DiscardError::Finished),
            SessionStatus::Discarded => return Err(DiscardError::Already),
        }
        record.status = SessionStatus::Discarded;
        self.save_record(&record).map_err(DiscardError::Store)
    }
}
