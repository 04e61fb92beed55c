//! What review asks the index: the sessions, the notes that match a search,
//! and the actions with their follow-ups applied.

use super::index::{IndexError, ReviewIndex, network_key};
pub use super::index_facts::NetworkSummary;
use crate::model::open_action::OpenAction;
use crate::model::plan::NoteKind;
use crate::model::record::{ActionStatus, SessionStatus, Stamp};
use crate::text::Text;
use chrono::NaiveDate;
use rusqlite::{Row, params};

/// One session in the list.
#[derive(Debug, Clone, PartialEq)]
pub struct SessionRow {
    pub id: String,
    pub day: NaiveDate,
    pub started: Stamp,
    pub finished: Option<Stamp>,
    pub network: String,
    pub plan: String,
    pub plan_title: Text,
    pub status: SessionStatus,
    pub notes: u32,
}

/// Which sessions to list; every field narrows, `None` lets all through.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SessionFilter {
    pub network: Option<String>,
    pub plan: Option<String>,
    /// First day included.
    pub from: Option<NaiveDate>,
    /// Last day included.
    pub to: Option<NaiveDate>,
}

/// A search over note text.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SearchQuery {
    pub text: String,
    pub network: Option<String>,
    pub include_private: bool,
    /// At most this many hits, newest sessions first (0: no limit).
    pub limit: usize,
}

/// One note that matched.
#[derive(Debug, Clone, PartialEq)]
pub struct SearchHit {
    pub session: String,
    pub day: NaiveDate,
    pub network: String,
    pub step: usize,
    pub step_title: Text,
    pub kind: NoteKind,
    pub text: String,
    pub participant: Option<String>,
    pub private: bool,
}

/// What a search found: the newest hits up to the query's limit, and
/// whether more notes match than the limit let through (never with no
/// limit). Whoever shows the hits says so from `more`; none asks for one
/// hit extra to find out.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Hits {
    pub hits: Vec<SearchHit>,
    pub more: bool,
}

/// Actions with their session, note and state (see `index_schema`), of one
/// network (`?1`) or all.
/// A moved action is due when its latest follow-up said (none: the next
/// meeting); any other, when it said itself.
const ACTIONS: &str = "SELECT s.id, s.day, s.network, a.note, n.text, a.owner,
        CASE WHEN a.state = 'Moved' THEN a.moved_to ELSE a.due END,
        n.private, a.state
     FROM actions a JOIN sessions s ON s.file = a.file
     JOIN notes n ON n.rowid = a.row
     WHERE s.status != 'Discarded' AND (?1 IS NULL OR s.network_key = ?1)";
const ACTIONS_ORDER: &str = "ORDER BY s.started_utc, s.id, n.at, n.note";

/// An action with the network it belongs to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NetworkAction {
    pub network: String,
    pub action: OpenAction,
}

impl ReviewIndex {
    /// Sessions, newest first.
    pub fn sessions(&self, filter: &SessionFilter) -> Result<Vec<SessionRow>, IndexError> {
        let mut stmt = self
            .conn
            .prepare_cached(
                "SELECT id, day, started, finished, network, plan, t.da, t.en, status, notes
                 FROM sessions JOIN titles t ON t.title = plan_title
                 WHERE (?1 IS NULL OR network_key = ?1) AND (?2 IS NULL OR plan = ?2)
                   AND (?3 IS NULL OR day >= ?3) AND (?4 IS NULL OR day <= ?4)
                 ORDER BY started_utc DESC, id DESC",
            )
            .map_err(|e| self.error(e))?;
        let rows = stmt
            .query_map(
                params![
                    filter.network.as_deref().map(network_key),
                    filter.plan,
                    filter.from.map(|d| d.to_string()),
                    filter.to.map(|d| d.to_string()),
                ],
                session_row,
            )
            .map_err(|e| self.error(e))?;
        rows.collect::<Result<Vec<_>, _>>()
            .map_err(|e| self.error(e))
    }

    /// The networks that have sessions, in Danish order of their names
    /// ([`crate::names::sort_key`]).
    pub fn networks(&self) -> Result<Vec<String>, IndexError> {
        let mut names = self.strings("SELECT min(network) FROM sessions GROUP BY network_key")?;
        names.sort_by_cached_key(|n| crate::names::sort_key(n));
        Ok(names)
    }

    /// The plans that have sessions, by id.
    pub fn plans(&self) -> Result<Vec<String>, IndexError> {
        self.strings("SELECT DISTINCT plan FROM sessions ORDER BY plan")
    }

    fn strings(&self, sql: &str) -> Result<Vec<String>, IndexError> {
        let mut stmt = self.conn.prepare_cached(sql).map_err(|e| self.error(e))?;
        let rows = stmt
            .query_map([], |r| r.get::<_, String>(0))
            .map_err(|e| self.error(e))?;
        rows.collect::<Result<Vec<_>, _>>()
            .map_err(|e| self.error(e))
    }

    /// Every action (of one network, or all), oldest first, with the latest
    /// follow-up from any session applied to its status.
    pub fn actions(&self, network: Option<&str>) -> Result<Vec<NetworkAction>, IndexError> {
        self.actions_where(network, false)
    }

    /// The actions still open (of one network, or all): open or moved
    /// after the latest follow-up, as `ActionStatus::is_open` says.
    pub fn open_actions_of(&self, network: Option<&str>) -> Result<Vec<NetworkAction>, IndexError> {
        self.actions_where(network, true)
    }

    fn actions_where(
        &self,
        network: Option<&str>,
        open_only: bool,
    ) -> Result<Vec<NetworkAction>, IndexError> {
        // Two statements, so the open ones of every network come from the
        // small index of open actions rather than a walk over all of them.
        let sql = if open_only {
            format!("{ACTIONS} AND a.state IN ('Open', 'Moved') {ACTIONS_ORDER}")
        } else {
            format!("{ACTIONS} {ACTIONS_ORDER}")
        };
        let mut stmt = self.conn.prepare_cached(&sql).map_err(|e| self.error(e))?;
        let rows = stmt
            .query_map(params![network.map(network_key)], |r| {
                Ok(NetworkAction {
                    network: r.get(2)?,
                    action: OpenAction {
                        session: r.get(0)?,
                        date: day(r, 1)?,
                        note: r.get(3)?,
                        text: r.get(4)?,
                        owner: r.get(5)?,
                        due: r.get::<_, Option<String>>(6)?.and_then(|d| d.parse().ok()),
                        private: r.get(7)?,
                        status: action_status(&r.get::<_, String>(8)?),
                    },
                })
            })
            .map_err(|e| self.error(e))?;
        rows.collect::<Result<Vec<_>, _>>()
            .map_err(|e| self.error(e))
    }

    /// The latest sessions' networks, newest first (at most `limit`).
    pub fn latest_networks(&self, limit: usize) -> Result<Vec<String>, IndexError> {
        let mut stmt = self
            .conn
            .prepare_cached(
                "SELECT network FROM sessions ORDER BY started_utc DESC, id DESC LIMIT ?1",
            )
            .map_err(|e| self.error(e))?;
        let rows = stmt
            .query_map([limit as i64], |r| r.get::<_, String>(0))
            .map_err(|e| self.error(e))?;
        rows.collect::<Result<Vec<_>, _>>()
            .map_err(|e| self.error(e))
    }

    /// The ids of the sessions still in progress, newest first.
    pub fn in_progress(&self) -> Result<Vec<String>, IndexError> {
        self.strings(
            "SELECT id FROM sessions WHERE status = 'InProgress' ORDER BY started_utc DESC, id DESC",
        )
    }

    /// The open actions of a network from sessions other than `current`.
    pub fn open_actions(
        &self,
        network: &str,
        current: Option<&str>,
    ) -> Result<Vec<OpenAction>, IndexError> {
        Ok(self
            .actions(Some(network))?
            .into_iter()
            .map(|a| a.action)
            .filter(|a| a.is_open() && Some(a.session.as_str()) != current)
            .collect())
    }
}

impl ReviewIndex {
    /// The record files that could not be read, as problems.
    pub fn problems(&self) -> Result<Vec<super::Problem>, IndexError> {
        let mut stmt = self
            .conn
            .prepare_cached(
                "SELECT folder, name, problem, line, col FROM files
                 WHERE problem IS NOT NULL ORDER BY folder, name",
            )
            .map_err(|e| self.error(e))?;
        let rows = stmt
            .query_map([], |r| {
                let folder: String = r.get(0)?;
                let name: String = r.get(1)?;
                let dir = self
                    .folders
                    .iter()
                    .find(|f| f.key == folder)
                    .map_or_else(|| std::path::PathBuf::from(&folder), |f| f.path.clone());
                Ok(super::Problem::new(
                    &dir.join(name),
                    r.get::<_, i64>(3)?.max(1) as usize,
                    r.get::<_, i64>(4)?.max(1) as usize,
                    r.get::<_, String>(2)?,
                ))
            })
            .map_err(|e| self.error(e))?;
        rows.collect::<Result<Vec<_>, _>>()
            .map_err(|e| self.error(e))
    }
}

fn session_row(r: &Row) -> rusqlite::Result<SessionRow> {
    Ok(SessionRow {
        id: r.get(0)?,
        day: day(r, 1)?,
        started: stamp(r, 2)?,
        finished: match r.get::<_, Option<String>>(3)? {
            Some(s) => chrono::DateTime::parse_from_rfc3339(&s).ok(),
            None => None,
        },
        network: r.get(4)?,
        plan: r.get(5)?,
        plan_title: text_pair(r.get(6)?, r.get(7)?),
        status: session_status(&r.get::<_, String>(8)?),
        notes: r.get::<_, i64>(9)?.max(0) as u32,
    })
}

/// A session status as the index stores it.
pub(super) fn session_status(s: &str) -> SessionStatus {
    match s {
        "Finished" => SessionStatus::Finished,
        "Discarded" => SessionStatus::Discarded,
        _ => SessionStatus::InProgress,
    }
}

fn conversion(i: usize, e: impl std::error::Error + Send + Sync + 'static) -> rusqlite::Error {
    rusqlite::Error::FromSqlConversionFailure(i, rusqlite::types::Type::Text, Box::new(e))
}

pub(super) fn day(r: &Row, i: usize) -> rusqlite::Result<NaiveDate> {
    r.get::<_, String>(i)?.parse().map_err(|e| conversion(i, e))
}

fn stamp(r: &Row, i: usize) -> rusqlite::Result<Stamp> {
    chrono::DateTime::parse_from_rfc3339(&r.get::<_, String>(i)?).map_err(|e| conversion(i, e))
}

pub(super) fn text_pair(da: String, en: String) -> Text {
    if da == en {
        if da.is_empty() {
            Text::Empty
        } else {
            Text::Plain(da)
        }
    } else {
        Text::Pair { da, en }
    }
}

/// A note kind as the index stores it: its place in `NoteKind::ALL`.
pub(super) fn note_kind(place: i64) -> NoteKind {
    usize::try_from(place)
        .ok()
        .and_then(|i| NoteKind::ALL.get(i).copied())
        .unwrap_or(NoteKind::Note)
}

fn action_status(s: &str) -> ActionStatus {
    match s {
        "Done" => ActionStatus::Done,
        "Moved" => ActionStatus::Moved,
        "Dropped" => ActionStatus::Dropped,
        _ => ActionStatus::Open,
    }
}

/// The user's words as an FTS5 query: every word must match, each as a
/// prefix; quotes keep FTS5 syntax out of the user's hands.
pub fn fts_query(text: &str) -> Option<String> {
    let words: Vec<String> = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(|w| format!("\"{w}\"*"))
        .collect();
    if words.is_empty() {
        None
    } else {
        Some(words.join(" "))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every action reaches its note by one row-id lookup: at 10,000
    /// sessions a range per action made `actions --open` take seconds.
    #[test]
    fn actions_reach_each_note_by_one_lookup() {
        let conn = rusqlite::Connection::open_in_memory().unwrap();
        crate::store::index_schema::create(&conn).unwrap();
        for sql in [
            format!("{ACTIONS} {ACTIONS_ORDER}"),
            format!("{ACTIONS} AND a.state IN ('Open', 'Moved') {ACTIONS_ORDER}"),
        ] {
            let mut stmt = conn.prepare(&format!("EXPLAIN QUERY PLAN {sql}")).unwrap();
            let plan: Vec<String> = stmt
                .query_map([Option::<String>::None], |r| r.get::<_, String>(3))
                .unwrap()
                .map(Result::unwrap)
                .collect();
            assert!(
                plan.iter()
                    .any(|step| step.contains("SEARCH n USING INTEGER PRIMARY KEY (rowid=?)")),
                "{plan:?}"
            );
        }
    }
}
