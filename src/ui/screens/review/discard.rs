//! `x` in the review: discard a meeting that was left unfinished (a false
//! start), after a yes. The record stays on disk, marked discarded, and
//! counts for nothing from then on: no turn, no attendance, no action.

use super::{Notice, ReviewData, ReviewOutcome, ReviewScreen};
use crate::i18n::review as t;
use crate::model::record::SessionStatus;
use crate::text::Lang;
use crate::ui::popup::{Confirm, Question};
use chrono::NaiveDate;

/// What the review asks before it acts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReviewQuestion {
    Discard {
        id: String,
        day: NaiveDate,
        network: String,
    },
}

impl Question for ReviewQuestion {
    fn text(&self, lang: Lang) -> String {
        match self {
            ReviewQuestion::Discard { day, network, .. } => {
                t::DISCARD_ASK.fill(lang, &[&crate::dates::day_text(*day), network])
            }
        }
    }

    fn warning(&self) -> bool {
        true
    }
}

impl ReviewScreen {
    /// `x`: ask about the session under the cursor, or say why not.
    pub(super) fn ask_discard(&mut self, id: Option<String>) {
        let Some(id) = id else { return };
        let Some(row) = self.sessions.iter().find(|s| s.id == id) else {
            return;
        };
        match row.status {
            SessionStatus::InProgress => self.popups.open(Confirm::new(ReviewQuestion::Discard {
                id: row.id.clone(),
                day: row.day,
                network: row.network.clone(),
            })),
            SessionStatus::Finished => self.notice = Some(Notice::Refused(t::DISCARD_FINISHED)),
            SessionStatus::Discarded => self.notice = Some(Notice::Refused(t::DISCARD_ALREADY)),
        }
    }

    /// Yes to a question (any other key closed it with nothing done).
    pub(super) fn answered(&mut self, question: ReviewQuestion) -> ReviewOutcome {
        match question {
            ReviewQuestion::Discard { id, .. } => ReviewOutcome::Discard(id),
        }
    }

    /// Discards the session through `data` and says how it went.
    pub fn discard(&mut self, id: &str, data: &mut dyn ReviewData, lang: Lang) {
        self.notice = Some(match data.discard(id, lang) {
            Ok(()) => Notice::Discarded,
            Err(why) => Notice::DiscardFailed(why),
        });
        self.detail = None;
        self.reload(data);
    }
}
