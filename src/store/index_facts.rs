//! The facts of each past meeting that the rotation, the network's history
//! and its health signals read, kept in the index beside the session's
//! header (a compact tuple per session: see `index_facts_codec`), so the network views never
//! parse a record.

use super::index::{IndexError, ReviewIndex, network_key};
use super::index_facts_codec::decode_facts;
use crate::model::PastMeeting;
use chrono::NaiveDate;
use rusqlite::params;

/// One network's line in `runde network list`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NetworkSummary {
    /// The name as the latest session wrote it.
    pub network: String,
    pub sessions: usize,
    pub latest: Option<NaiveDate>,
}

impl ReviewIndex {
    /// The past meetings of `network` (any case), oldest first.
    pub fn meetings(&self, network: &str) -> Result<Vec<PastMeeting>, IndexError> {
        let mut stmt = self
            .conn
            .prepare_cached(
                "SELECT id, started, status, network, facts FROM sessions
                 WHERE network_key = ?1 ORDER BY started_utc, id",
            )
            .map_err(|e| self.error(e))?;
        let rows = stmt
            .query_map(params![network_key(network)], |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, String>(2)?,
                    r.get::<_, String>(3)?,
                    r.get::<_, Vec<u8>>(4)?,
                ))
            })
            .map_err(|e| self.error(e))?;
        let mut out = Vec::new();
        for row in rows {
            let (id, started, status, name, facts) = row.map_err(|e| self.error(e))?;
            out.push(decode_facts(id, &started, &status, name, &facts).map_err(|e| self.error(e))?);
        }
        Ok(out)
    }

    /// Each network's count of sessions and latest day, by the network's key.
    pub fn network_summaries(&self) -> Result<Vec<NetworkSummary>, IndexError> {
        let mut stmt = self
            .conn
            .prepare_cached(
                "SELECT max(network), count(*), max(day) FROM sessions GROUP BY network_key",
            )
            .map_err(|e| self.error(e))?;
        let rows = stmt
            .query_map([], |r| {
                Ok(NetworkSummary {
                    network: r.get(0)?,
                    sessions: r.get::<_, i64>(1)?.max(0) as usize,
                    latest: r.get::<_, Option<String>>(2)?.and_then(|d| d.parse().ok()),
                })
            })
            .map_err(|e| self.error(e))?;
        rows.collect::<Result<Vec<_>, _>>()
            .map_err(|e| self.error(e))
    }
}
