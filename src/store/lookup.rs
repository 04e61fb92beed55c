//! Reading across sessions for commands and screens: through the review
//! index when it can be opened (mending it on the way, with a notice), and
//! from the record files when it cannot, for everything that can be
//! answered from them: the session to resume, a network's past meetings
//! and its actions.

use super::index::{Check, IndexError, IndexNotice, ProgressSink, ReviewIndex};
use super::index_query::NetworkAction;
use super::{Loaded, Store};
use crate::model::{PastMeeting, Record};

/// The index of one command or screen, or why there is none.
pub struct Lookup {
    store: Store,
    index: Result<ReviewIndex, IndexError>,
    notices: Vec<IndexNotice>,
    /// Records a lookup wanted and could not read, not yet taken.
    unread: Vec<super::Problem>,
}

impl Lookup {
    /// Opens the store's index (see [`ReviewIndex::open_with`]).
    pub fn open(store: &Store, check: Check, progress: Option<ProgressSink>) -> Lookup {
        let mut lookup = Lookup {
            store: store.clone(),
            index: ReviewIndex::open_with(store, check, progress),
            notices: Vec::new(),
            unread: Vec::new(),
        };
        lookup.collect_notice();
        lookup
    }

    fn collect_notice(&mut self) {
        if let Ok(index) = &mut self.index
            && let Some(notice) = index.take_notice()
        {
            self.notices.push(notice);
        }
    }

    /// What was mended, or why runde answered from the records, since the
    /// last call.
    pub fn take_notices(&mut self) -> Vec<IndexNotice> {
        std::mem::take(&mut self.notices)
    }

    /// Records a lookup wanted and could not read, since the last call:
    /// a meeting to resume that is damaged is said, never passed over.
    pub fn take_unread(&mut self) -> Vec<super::Problem> {
        std::mem::take(&mut self.unread)
    }

    /// Every record file known not to load: the index's list, and those
    /// this lookup met itself. When the index cannot answer, its notice
    /// says so, and the records met on the way are still named.
    pub fn unreadable(&mut self) -> Vec<super::Problem> {
        let mut problems = self.query(|ix| ix.problems()).unwrap_or_default();
        for problem in self.take_unread() {
            if !problems.iter().any(|p| p.path == problem.path) {
                problems.push(problem);
            }
        }
        problems
    }

    /// The index, when it could be opened.
    pub fn index(&mut self) -> Result<&mut ReviewIndex, &IndexError> {
        self.index.as_mut().map_err(|e| &*e)
    }

    /// Runs `query` on the index, mending it once if it fails.
    pub fn query<T>(
        &mut self,
        query: impl Fn(&ReviewIndex) -> Result<T, IndexError>,
    ) -> Result<T, IndexError> {
        let found = match &mut self.index {
            Ok(index) => index.query(query),
            Err(e) => Err(e.clone()),
        };
        self.collect_notice();
        if let Err(e) = &found {
            self.unusable(e);
        }
        found
    }

    /// Says that the index could not answer, because of `e`.
    fn unusable(&mut self, e: &IndexError) {
        let notice = IndexNotice::Unusable {
            path: e.path.clone(),
            why: e.message.clone(),
        };
        if !self.notices.contains(&notice) {
            self.notices.push(notice);
        }
    }

    /// The past meetings of `network`, oldest first. Ad-hoc sessions share
    /// a name but not a group: they have no history.
    pub fn meetings(&mut self, network: &str) -> Loaded<PastMeeting> {
        if crate::model::network::is_ad_hoc_name(network) {
            return Loaded {
                items: Vec::new(),
                problems: Vec::new(),
            };
        }
        match self.query(|ix| ix.meetings(network)) {
            // A record that cannot be read names no network: each one may
            // be a meeting of this one, left out of the rotation's count.
            Ok(items) => Loaded {
                items,
                // Failing here leaves a notice of its own (see `query`).
                problems: self
                    .query(|ix| ix.problems())
                    .unwrap_or_else(|_| Vec::new()),
            },
            Err(_) => {
                let key = super::index::network_key(network);
                let mut loaded = self.store.records();
                loaded
                    .items
                    .retain(|r| super::index::network_key(&r.network.name) == key);
                loaded.items.sort_by_key(|r| r.started);
                Loaded {
                    items: PastMeeting::all(&loaded.items),
                    problems: loaded.problems,
                }
            }
        }
    }

    /// The most recent session that can be resumed: found through the
    /// index (one record read), else by reading the records newest first.
    /// A record that cannot be read is kept for [`Lookup::take_unread`].
    pub fn latest_unfinished(&mut self) -> Option<Record> {
        let ids = match self.query(ReviewIndex::in_progress) {
            Ok(ids) => ids,
            Err(_) => self.store.record_ids().into_iter().rev().collect(),
        };
        for id in ids {
            match self.store.load_record(&id) {
                Ok(record) if record.is_resumable() => return Some(record),
                Ok(_) => {}
                Err(problem) => {
                    if !self.unread.contains(&problem) {
                        self.unread.push(problem);
                    }
                }
            }
        }
        None
    }

    /// Every action (of one network, or all) with its network's name,
    /// oldest first, with the latest follow-up applied; from the records
    /// when the index cannot be read.
    pub fn actions(&mut self, network: Option<&str>) -> Vec<NetworkAction> {
        match self.query(|ix| ix.actions(network)) {
            Ok(rows) => rows,
            Err(_) => {
                let records = self.store.records().items;
                let mut names: Vec<String> = records
                    .iter()
                    .map(|r| r.network.name.clone())
                    .filter(|n| network.is_none_or(|want| same(n, want)))
                    .collect();
                names.sort_by_key(|n| super::index::network_key(n));
                names.dedup_by(|a, b| same(a, b));
                let mut out: Vec<NetworkAction> = names
                    .iter()
                    .flat_map(|name| {
                        crate::model::follow_ups::all_actions(&records, name)
                            .into_iter()
                            .map(|action| NetworkAction {
                                network: name.clone(),
                                action,
                            })
                    })
                    .collect();
                out.sort_by(|a, b| a.action.session.cmp(&b.action.session));
                out
            }
        }
    }

    /// The actions still open (of one network, or all), as
    /// [`Lookup::actions`] finds them, through the index's list of open
    /// actions when it can answer.
    pub fn open_actions(&mut self, network: Option<&str>) -> Vec<NetworkAction> {
        match self.query(|ix| ix.open_actions_of(network)) {
            Ok(rows) => rows,
            Err(_) => self
                .actions(network)
                .into_iter()
                .filter(|a| a.action.is_open())
                .collect(),
        }
    }

    /// The network's actions, ad-hoc sessions having none to carry over.
    pub fn network_actions(&mut self, network: &str) -> Vec<crate::model::open_action::OpenAction> {
        if crate::model::network::is_ad_hoc_name(network) {
            return Vec::new();
        }
        self.actions(Some(network))
            .into_iter()
            .map(|a| a.action)
            .collect()
    }
}

fn same(a: &str, b: &str) -> bool {
    crate::names::same(a, b)
}

impl Store {
    /// The index for a command: a folder listing that has not changed is
    /// trusted.
    pub fn lookup(&self) -> Lookup {
        Lookup::open(self, Check::Listing, None)
    }

    /// The most recent session that can be resumed (see
    /// [`Lookup::latest_unfinished`]).
    pub fn latest_unfinished(&self) -> Option<Record> {
        self.lookup().latest_unfinished()
    }

    /// The network's actions (see [`Lookup::network_actions`]).
    pub fn network_actions(&self, network: &str) -> Vec<crate::model::open_action::OpenAction> {
        self.lookup().network_actions(network)
    }
}
