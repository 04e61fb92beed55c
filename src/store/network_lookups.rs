//! Reading across a network's sessions through the review index, and the
//! room state the live session publishes for `runde display`.

use super::{Loaded, Problem, Store, StoreError, index, index_query};
use crate::model::Record;
use crate::model::room::RoomState;
use std::fs;
use std::path::Path;

impl Store {
    /// The records of one network, oldest first. Found through the review
    /// index so that only that network's files are read; without a usable
    /// index every record is read and filtered.
    ///
    /// Ad-hoc sessions share a name but not a group: they have no history.
    pub fn network_records(&self, network: &str) -> Loaded<Record> {
        if crate::model::network::is_ad_hoc_name(network) {
            return Loaded {
                items: Vec::new(),
                problems: Vec::new(),
            };
        }
        let ids = index::ReviewIndex::open(&self.paths)
            .ok()
            .and_then(|mut ix| {
                ix.refresh().ok()?;
                let filter = index_query::SessionFilter {
                    network: Some(network.to_string()),
                    ..Default::default()
                };
                ix.sessions(&filter).ok()
            });
        let mut loaded = match ids {
            Some(rows) => {
                let mut loaded = Loaded {
                    items: Vec::new(),
                    problems: Vec::new(),
                };
                for row in rows {
                    match self.load_record(&row.id) {
                        Ok(record) => loaded.items.push(record),
                        Err(problem) => loaded.problems.push(problem),
                    }
                }
                loaded
            }
            None => self.records(),
        };
        loaded
            .items
            .retain(|r| crate::names::same(&r.network.name, network));
        loaded.items.sort_by_key(|r| r.started);
        loaded
    }

    /// The facts of one network's past meetings, oldest first.
    pub fn network_meetings(&self, network: &str) -> Loaded<crate::model::PastMeeting> {
        let loaded = self.network_records(network);
        Loaded {
            items: crate::model::PastMeeting::all(&loaded.items),
            problems: loaded.problems,
        }
    }

    /// The most recent session not finished, to resume. Found through the
    /// review index (one record read); without a usable index the records
    /// are read newest first until one is unfinished.
    pub fn latest_unfinished(&self) -> Option<Record> {
        let mut ix = index::ReviewIndex::open(&self.paths)
            .ok()
            .and_then(|mut ix| ix.refresh().ok().map(|_| ix));
        match ix.as_mut() {
            Some(ix) => self.unfinished_in(ix),
            None => self
                .record_ids()
                .iter()
                .rev()
                .filter_map(|id| self.load_record(id).ok())
                .find(Record::is_resumable),
        }
    }

    /// Every action taken in the network's sessions, oldest first, with the
    /// latest follow-up applied; empty when the index cannot be read.
    /// None for ad-hoc sessions: one ad-hoc meeting does not follow up another's.
    pub fn network_actions(&self, network: &str) -> Vec<crate::export::OpenAction> {
        if crate::model::network::is_ad_hoc_name(network) {
            return Vec::new();
        }
        self.actions(Some(network))
            .into_iter()
            .map(|(_, action)| action)
            .collect()
    }

    /// Every action with its network's name (all networks when `None`).
    pub fn actions(&self, network: Option<&str>) -> Vec<(String, crate::export::OpenAction)> {
        index::ReviewIndex::open(&self.paths)
            .ok()
            .and_then(|mut ix| {
                ix.refresh().ok()?;
                ix.actions(network).ok()
            })
            .map(|rows| rows.into_iter().map(|r| (r.network, r.action)).collect())
            .unwrap_or_default()
    }

    /// Publishes what the room may see, for `runde display`.
    pub fn save_room_state(&self, state: &RoomState) -> Result<(), StoreError> {
        self.write_ron(&self.paths.room_file(), state)
    }

    /// The last published room state; `None` when no session has published.
    pub fn room_state(&self) -> Option<Result<RoomState, Problem>> {
        let path = self.paths.room_file();
        path.exists().then(|| self.read::<RoomState>(&path))
    }

    /// A cheap change check for the display: the room file's modification time.
    pub fn room_state_changed_at(&self) -> Option<std::time::SystemTime> {
        fs::metadata(self.paths.room_file())
            .and_then(|m| m.modified())
            .ok()
    }

    /// True while the process with this id runs (Linux: /proc).
    pub fn process_alive(pid: u32) -> bool {
        Path::new(&format!("/proc/{pid}")).exists()
    }
}
