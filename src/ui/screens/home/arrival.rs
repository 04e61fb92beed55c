//! The home screen's data arriving after its first frame: the session to
//! resume, the network that met last, open actions and agreements. What
//! the facilitator chose by a key is never changed by it.

use super::{HomeScreen, Row};
use crate::model::{Network, Record};

impl HomeScreen {
    /// Before the data came and before any key moved the cursor: Enter
    /// does nothing yet, and the rows it may change say they are loading.
    pub fn undecided(&self) -> bool {
        self.awaiting && !self.focus_chosen
    }

    /// The network row may still change (another network met last).
    pub fn network_undecided(&self) -> bool {
        self.awaiting && !self.network_chosen && self.networks.len() > 1
    }

    /// The data did not come (the loader failed): the menu is what it is.
    pub fn not_loaded(&mut self, message: String) {
        self.awaiting = false;
        self.loading = None;
        self.message = Some(message);
    }

    /// What the loader found, beside the menu: the session to resume (unless
    /// one is known already), open actions, agreements, the network that
    /// met last, and any trouble reading them. A session left behind is
    /// offered but not chosen.
    pub fn loaded(&mut self, data: crate::store::HomeData, lang: crate::text::Lang) {
        self.loading = None;
        self.awaiting = false;
        if self.resumable.is_none() {
            self.resumable = data.resumable.clone();
            self.resumable_left = data.resumable_left;
            // The cursor goes to Resume unless the facilitator moved it.
            let interrupted = self.resumable.is_some() && !self.resumable_left;
            if interrupted && !self.focus_chosen && self.focus == Row::Start {
                self.focus = Row::Resume;
            }
        }
        let same = |r: &Record| {
            data.running_elsewhere.is_some()
                && self.resumable.as_ref().is_some_and(|mine| mine.id == r.id)
        };
        if data.resumable.as_ref().is_some_and(same) {
            self.elsewhere = data.running_elsewhere;
        }
        if let Some(name) = &data.latest_network {
            self.latest_network(name);
        }
        self.open_actions = data.open_actions;
        self.agreements = data.agreements;
        self.problems.extend(
            data.notices
                .iter()
                .map(|n| crate::i18n::index::notice(n, lang)),
        );
        self.problems
            .extend(data.problems.iter().map(|p| p.describe(lang)));
    }

    /// Chooses the network of the latest session, unless one was chosen.
    pub fn latest_network(&mut self, name: &str) {
        if self.network_chosen {
            return;
        }
        let same = |n: &Network| crate::names::same(&n.name, name);
        if let Some(i) = self.networks.iter().position(same) {
            self.network = i;
        }
    }
}
