//! The review's search: typed into a field, run after a pause in the
//! typing (or at once on Enter), the newest hits shown.

use super::{HIT_LIMIT, QUERY_LIMIT, ReviewData, ReviewOutcome, ReviewScreen};
use crate::store::index_query::SearchQuery;
use crate::ui::keys::{self, SearchAction};
use crate::ui::text_field::TextField;
use crossterm::event::KeyEvent;

impl ReviewScreen {
    /// The text searched for.
    pub fn query(&self) -> String {
        self.search.text()
    }

    /// Search results are shown once a search ran.
    pub fn searching(&self) -> bool {
        !self.searched.trim().is_empty()
    }

    /// Runs the search as typed now (only the search: the sessions and
    /// the open count stay), and takes in any trouble on the way.
    pub fn run_search(&mut self, data: &mut dyn ReviewData) {
        self.pause.clear();
        self.searched = self.query();
        if self.searching() {
            let filter = self.filter();
            let found = data.search(&SearchQuery {
                text: self.query(),
                network: filter.network,
                include_private: self.include_private,
                limit: HIT_LIMIT,
            });
            self.more_hits = found.more;
            self.hits = found
                .hits
                .into_iter()
                .filter(|h| {
                    filter.from.is_none_or(|from| h.day >= from)
                        && self.plan_name().is_none_or(|p| {
                            self.sessions
                                .iter()
                                .any(|s| s.id == h.session && s.plan == p)
                        })
                })
                .collect();
        } else {
            self.hits.clear();
            self.more_hits = false;
        }
        for found in data.trouble() {
            if !self.trouble.contains(&found) {
                self.trouble.push(found);
            }
        }
        self.selected = self.selected.min(self.rows().saturating_sub(1));
    }

    /// A key at `now`: an open question takes it first (not a second hit
    /// of the key that asked it, see `popup::KEY_ECHO`), then the screen;
    /// a search typed waits for a pause in the typing ([`PAUSE`]) before
    /// it runs.
    pub fn handle_at(
        &mut self,
        key: &KeyEvent,
        data: &mut dyn ReviewData,
        now: std::time::Instant,
    ) -> ReviewOutcome {
        let routed = self.popups.key(key, now);
        let outcome = self.routed(routed, key, data);
        self.popups.settle();
        if self.query() != self.searched {
            self.pause.typed(now);
        }
        outcome
    }

    /// The loop woke at `now` without a key: runs the search when the
    /// typing has rested. True when the list changed.
    pub fn tick(&mut self, data: &mut dyn ReviewData, now: std::time::Instant) -> bool {
        if !self.pause.due(now) {
            return false;
        }
        self.selected = 0;
        self.run_search(data);
        true
    }

    /// A key while the search is typed: the search's own keys, else the
    /// text field's. A change of the text waits for a pause in the typing
    /// (see [`ReviewScreen::handle_at`] and [`ReviewScreen::tick`]); Enter
    /// and Ctrl-p search at once, an emptied search shows the list at once.
    pub(super) fn handle_typing(
        &mut self,
        key: &KeyEvent,
        data: &mut dyn ReviewData,
    ) -> ReviewOutcome {
        match keys::lookup(keys::REVIEW_SEARCH, key) {
            Some(SearchAction::Done) => self.typing = false,
            Some(SearchAction::Clear) => {
                self.typing = false;
                self.search = TextField::default();
            }
            Some(SearchAction::Private) => self.include_private = !self.include_private,
            None => {
                let before = self.search.clone();
                if !self.search.handle(key) {
                    return ReviewOutcome::Stay;
                }
                if self.search.text().chars().count() > QUERY_LIMIT {
                    self.search = before;
                }
                if !self.search.text().trim().is_empty() {
                    return ReviewOutcome::Stay;
                }
            }
        }
        self.selected = 0;
        self.run_search(data);
        ReviewOutcome::Stay
    }
}
