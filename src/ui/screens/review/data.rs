//! Where the review screen's data comes from: the review index and the
//! record files, behind a trait so tests can hand in what they like.

use crate::export::OpenAction;
use crate::model::Record;
use crate::store::Store;
use crate::store::index::ReviewIndex;
use crate::store::index_query::{SearchHit, SearchQuery, SessionFilter, SessionRow};
use crate::text::Lang;
use std::path::PathBuf;

pub trait ReviewData {
    fn networks(&mut self) -> Vec<String>;
    fn plans(&mut self) -> Vec<String>;
    fn sessions(&mut self, filter: &SessionFilter) -> Vec<SessionRow>;
    fn search(&mut self, query: &SearchQuery) -> Vec<SearchHit>;
    /// Every action of one network (all networks: `None`), status after
    /// follow-ups, for the count of those still open.
    fn actions(&mut self, network: Option<&str>) -> Vec<OpenAction>;
    /// The record and its actions (status after follow-ups), or what went wrong.
    fn open(&mut self, id: &str) -> Result<(Record, Vec<OpenAction>), String>;
    /// Marks an unfinished session discarded; what went wrong, in `lang`.
    fn discard(&mut self, id: &str, lang: Lang) -> Result<(), String>;
    /// Saves the session's minutes (as `runde export`: no private notes)
    /// in the exports folder; where they went, or what went wrong.
    fn export(&mut self, id: &str, lang: Lang) -> Result<PathBuf, String>;
}

/// The real data: the index for lists and search, the record file for detail.
pub struct IndexData {
    pub index: ReviewIndex,
    pub store: Store,
}

impl IndexData {
    pub fn open(store: Store) -> Result<IndexData, String> {
        let index = ReviewIndex::open(&store).map_err(|e| e.to_string())?;
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

    fn actions(&mut self, network: Option<&str>) -> Vec<OpenAction> {
        self.index
            .actions(network)
            .map(|rows| rows.into_iter().map(|a| a.action).collect())
            .unwrap_or_default()
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

    fn discard(&mut self, id: &str, lang: Lang) -> Result<(), String> {
        self.store
            .discard_record(id)
            .map_err(|e| e.describe(lang))?;
        // The lists come from the index: it learns of the change now.
        self.index.refresh().map(|_| ()).map_err(|e| e.to_string())
    }

    fn export(&mut self, id: &str, lang: Lang) -> Result<PathBuf, String> {
        let record = self.store.load_record(id).map_err(|p| p.to_string())?;
        let opts = crate::export::MinutesOptions {
            lang,
            include_private: false,
            pseudonymise: false,
        };
        let followed = crate::commands::export::followed(&self.store, &record);
        let text = crate::export::minutes(&record, &followed, &opts);
        self.store
            .save_export(id, &format!("{text}\n"))
            .map_err(|e| e.describe(lang))
    }
}
