//! Where the review screen's data comes from: the review index and the
//! record files, behind a trait so tests can hand in what they like.

use crate::export::MinutesFormat;
use crate::i18n::index as index_words;
use crate::model::Record;
use crate::model::open_action::OpenAction;
use crate::rotation::scores::{YearPoint, year_points};
use crate::store::Store;
use crate::store::index::{Check, IndexError, IndexNotice, ProgressSink, ReviewIndex};
use crate::store::index_query::{Hits, SearchQuery, SessionFilter, SessionRow};
use crate::text::Lang;
use std::path::PathBuf;

pub trait ReviewData {
    fn networks(&mut self) -> Vec<String>;
    fn plans(&mut self) -> Vec<String>;
    fn sessions(&mut self, filter: &SessionFilter) -> Vec<SessionRow>;
    /// The newest hits up to the query's limit, and whether more match.
    fn search(&mut self, query: &SearchQuery) -> Hits;
    /// Every action of one network (all networks: `None`), status after
    /// follow-ups, for the count of those still open.
    fn actions(&mut self, network: Option<&str>) -> Vec<OpenAction>;
    /// The record and its actions (status after follow-ups), or what went wrong.
    fn open(&mut self, id: &str) -> Result<(Record, Vec<OpenAction>), String>;
    /// The year of `record`'s network up to that meeting: attendance and
    /// check-out scores per meeting (none for an ad-hoc session).
    fn year(&mut self, record: &Record) -> Vec<YearPoint>;
    /// Marks an unfinished session discarded; what went wrong, in `lang`.
    fn discard(&mut self, id: &str, lang: Lang) -> Result<(), String>;
    /// Saves the session's minutes (as `runde export`: no private notes)
    /// in the exports folder, in `format`; where they went, or what went wrong.
    fn export(&mut self, id: &str, format: MinutesFormat, lang: Lang) -> Result<PathBuf, String>;
    /// What stands between the lists and the records: trouble with the
    /// index (mended or not) and record files that could not be read.
    /// Empty when all is well.
    fn trouble(&mut self) -> Vec<Trouble> {
        Vec::new()
    }
}

/// One thing the review must say instead of quietly showing less.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Trouble {
    /// The index was mended (rebuilt, kept in memory) or could not answer.
    Index(IndexNotice),
    /// A record file that could not be read: `path:line:col: what`.
    Unreadable(String),
    /// A query the index failed: its message.
    Failed(String),
}

impl Trouble {
    /// One line in `lang`.
    pub fn line(&self, lang: Lang) -> String {
        match self {
            Trouble::Index(notice) => index_words::notice(notice, lang),
            Trouble::Unreadable(problem) => index_words::UNREADABLE.fill(lang, &[problem]),
            Trouble::Failed(why) => {
                index_words::QUERY_FAILED.fill(lang, &[&index_words::reason(why, lang)])
            }
        }
    }
}

/// The real data: the index for lists and search, the record file for detail.
pub struct IndexData {
    pub index: ReviewIndex,
    pub store: Store,
    /// Queries that failed since the last look, as their messages.
    failed: Vec<String>,
}

impl IndexData {
    pub fn open(store: Store) -> Result<IndexData, String> {
        Self::open_with(store, None)
    }

    /// [`IndexData::open`], telling `progress` how reading the records goes.
    pub fn open_with(store: Store, progress: Option<ProgressSink>) -> Result<IndexData, String> {
        let index =
            ReviewIndex::open_with(&store, Check::Listing, progress).map_err(|e| e.to_string())?;
        Ok(IndexData {
            index,
            store,
            failed: Vec::new(),
        })
    }

    /// The rows of a query, or none with its failure kept for
    /// [`ReviewData::trouble`]: an index that cannot answer must not look
    /// like a folder with no sessions.
    fn rows<T>(&mut self, rows: Result<Vec<T>, IndexError>) -> Vec<T> {
        rows.unwrap_or_else(|e| {
            self.keep_failure(e);
            Vec::new()
        })
    }

    /// Keeps a query's failure for [`ReviewData::trouble`], once.
    fn keep_failure(&mut self, e: IndexError) {
        let message = e.to_string();
        if !self.failed.contains(&message) {
            self.failed.push(message);
        }
    }
}

impl ReviewData for IndexData {
    fn networks(&mut self) -> Vec<String> {
        let rows = self.index.networks();
        self.rows(rows)
    }

    fn plans(&mut self) -> Vec<String> {
        let rows = self.index.plans();
        self.rows(rows)
    }

    fn sessions(&mut self, filter: &SessionFilter) -> Vec<SessionRow> {
        let rows = self.index.sessions(filter);
        self.rows(rows)
    }

    fn search(&mut self, query: &SearchQuery) -> Hits {
        match self.index.search(query) {
            Ok(hits) => hits,
            Err(e) => {
                self.keep_failure(e);
                Hits::default()
            }
        }
    }

    fn actions(&mut self, network: Option<&str>) -> Vec<OpenAction> {
        let rows = self.index.actions(network);
        self.rows(rows).into_iter().map(|a| a.action).collect()
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

    fn year(&mut self, record: &Record) -> Vec<YearPoint> {
        if record.network.is_ad_hoc() {
            return Vec::new();
        }
        let rows = self.index.meetings(&record.network.name);
        let past = self.rows(rows);
        let refs: Vec<&crate::model::PastMeeting> = past.iter().collect();
        year_points(&record.network, &refs, record.started.date_naive())
    }

    fn discard(&mut self, id: &str, lang: Lang) -> Result<(), String> {
        self.store
            .discard_record(id)
            .map_err(|e| e.describe(lang))?;
        // The lists come from the index: it learns of the change now.
        self.index.refresh().map(|_| ()).map_err(|e| e.to_string())
    }

    fn export(&mut self, id: &str, format: MinutesFormat, lang: Lang) -> Result<PathBuf, String> {
        let record = self.store.load_record(id).map_err(|p| p.to_string())?;
        let opts = crate::export::MinutesOptions {
            lang,
            include_private: false,
            pseudonymise: false,
        };
        // A record it cannot read is said above the list (`trouble`).
        let followed = self.store.followed(&record).items;
        let text = format.render(&record, &followed, &opts);
        self.store
            .save_export(id, format.extension(), &text)
            .map_err(|e| e.describe(lang))
    }

    fn trouble(&mut self) -> Vec<Trouble> {
        let mut found: Vec<Trouble> = self
            .index
            .take_notice()
            .into_iter()
            .map(Trouble::Index)
            .collect();
        let problems = self.index.problems();
        let unreadable = self.rows(problems);
        found.extend(
            unreadable
                .iter()
                .map(|p| Trouble::Unreadable(p.to_string())),
        );
        found.extend(self.failed.drain(..).map(Trouble::Failed));
        found
    }
}
