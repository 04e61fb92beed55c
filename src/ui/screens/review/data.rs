//! Where the review screen's data comes from: the review index and the
//! record files, behind a trait so tests can hand in what they like.

use crate::export::OpenAction;
use crate::model::Record;
use crate::store::Store;
use crate::store::index::ReviewIndex;
use crate::store::index_query::{SearchHit, SearchQuery, SessionFilter, SessionRow};

pub trait ReviewData {
    fn networks(&mut self) -> Vec<String>;
    fn plans(&mut self) -> Vec<String>;
    fn sessions(&mut self, filter: &SessionFilter) -> Vec<SessionRow>;
    fn search(&mut self, query: &SearchQuery) -> Vec<SearchHit>;
    /// The record and its actions (status after follow-ups), or what went wrong.
    fn open(&mut self, id: &str) -> Result<(Record, Vec<OpenAction>), String>;
}

/// The real data: the index for lists and search, the record file for detail.
pub struct IndexData {
    pub index: ReviewIndex,
    pub store: Store,
}

impl IndexData {
    pub fn open(store: Store) -> Result<IndexData, String> {
        let index = ReviewIndex::open(store.paths()).map_err(|e| e.to_string())?;
        Ok(IndexData { index, store })
    }
}

impl ReviewData for IndexData {
    fn networks(&mut self) -> Vec<String> {
        self.index.networks().unwrap_or_default()
    }

    fn plans(&mut self) -> Vec<String> {
        self.index.plans().unwrap_or_default()
    }

    fn sessions(&mut self, filter: &SessionFilter) -> Vec<SessionRow> {
        self.index.sessions(filter).unwrap_or_default()
    }

    fn search(&mut self, query: &SearchQuery) -> Vec<SearchHit> {
        self.index.search(query).unwrap_or_default()
    }

    fn open(&mut self, id: &str) -> Result<(Record, Vec<OpenAction>), String> {
        let record = self.store.load_record(id).map_err(|p| p.to_string())?;
        let actions = self
            .index
            .actions(Some(&record.network.name))
            .map_err(|e| e.to_string())?
            .into_iter()
            .map(|a| a.action)
            .filter(|a| a.session == id)
            .collect();
        Ok((record, actions))
    }
}
