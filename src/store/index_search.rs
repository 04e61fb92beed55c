//! Searching the notes' text: the newest hits first, as the user types.

use super::index::{IndexError, ReviewIndex, network_key};
use super::index_query::{Hits, SearchHit, SearchQuery, day, fts_query, note_kind, text_pair};
use super::index_schema::NOTE_ROWS;
use rusqlite::params;

impl ReviewIndex {
    /// Notes whose text matches every word of the query (a word matches as
    /// a prefix, so results come as the user types), the newest up to the
    /// query's limit, and whether more match. Private notes only when
    /// asked for.
    pub fn search(&self, query: &SearchQuery) -> Result<Hits, IndexError> {
        let Some(fts) = fts_query(&query.text) else {
            return Ok(Hits::default());
        };
        if query.limit == 0 {
            let hits = self.search_among(&fts, query, None)?.0;
            return Ok(Hits { hits, more: false });
        }
        // One hit past the limit tells whether there are more.
        let wanted = query.limit.saturating_add(1);
        // Private notes are left out after the newest matches are picked:
        // twice as many mostly leave enough; when not, all are looked at.
        let picked = match query.include_private {
            true => wanted,
            false => wanted.saturating_mul(2),
        };
        let (mut hits, cut) = self.search_among(&fts, query, Some(picked))?;
        if cut && hits.len() < wanted {
            hits = self.search_among(&fts, query, None)?.0;
        }
        let more = hits.len() > query.limit;
        hits.truncate(query.limit);
        Ok(Hits { hits, more })
    }

    /// The hits among the newest `picked` matches (all: None), newest
    /// session first, each session's in the order they were written; and
    /// whether there were more matches than were picked.
    ///
    /// The matches are picked by their session's start before any note is
    /// read: a common word or a first letter matches most of 250,000
    /// notes, and reading each to sort them took twice as long. The
    /// oldest session picked may have more matches than were picked: all
    /// of its matches are taken, so the order within it stays exact.
    fn search_among(
        &self,
        fts: &str,
        query: &SearchQuery,
        picked: Option<usize>,
    ) -> Result<(Vec<SearchHit>, bool), IndexError> {
        let network = query.network.as_deref().map(network_key);
        let mut stmt = self
            .conn
            .prepare_cached(
                "SELECT notes_fts.rowid, m.started_utc
                 FROM notes_fts JOIN sessions m ON m.file = notes_fts.rowid / ?3
                 WHERE notes_fts MATCH ?1 AND (?2 IS NULL OR m.network_key = ?2)
                 ORDER BY m.started_utc DESC, notes_fts.rowid",
            )
            .map_err(|e| self.error(e))?;
        let mut found = stmt
            .query(params![fts, network, NOTE_ROWS])
            .map_err(|e| self.error(e))?;
        // Read on past the `picked`th match to the end of its start time:
        // meetings that began together are taken whole.
        let mut rows: Vec<(i64, i64)> = Vec::new();
        let mut cut = false;
        while let Some(r) = found.next().map_err(|e| self.error(e))? {
            let (row, started): (i64, i64) = (
                r.get(0).map_err(|e| self.error(e))?,
                r.get(1).map_err(|e| self.error(e))?,
            );
            if picked.is_some_and(|n| rows.len() >= n)
                && rows.last().is_some_and(|&(_, last)| last != started)
            {
                cut = true;
                break;
            }
            rows.push((row, started));
        }
        let mut note = self
            .conn
            .prepare_cached(
                "SELECT s.id, s.day, s.network, n.step, t.da, t.en, n.kind, n.text,
                        p.name, n.private, n.at, n.note
                 FROM notes n JOIN sessions s ON s.file = n.rowid / ?2
                 JOIN titles t ON t.title = n.step_title
                 LEFT JOIN people p ON p.person = n.participant
                 WHERE n.rowid = ?1",
            )
            .map_err(|e| self.error(e))?;
        let mut hits = Vec::with_capacity(rows.len());
        for (row, started) in rows {
            let (hit, at, id) = note
                .query_row(params![row, NOTE_ROWS], |r| {
                    Ok((
                        SearchHit {
                            session: r.get(0)?,
                            day: day(r, 1)?,
                            network: r.get(2)?,
                            step: r.get::<_, i64>(3)?.max(0) as usize,
                            step_title: text_pair(r.get(4)?, r.get(5)?),
                            kind: note_kind(r.get(6)?),
                            text: r.get(7)?,
                            participant: r.get(8)?,
                            private: r.get(9)?,
                        },
                        r.get::<_, i64>(10)?,
                        r.get::<_, i64>(11)?,
                    ))
                })
                .map_err(|e| self.error(e))?;
            if query.include_private || !hit.private {
                hits.push(((std::cmp::Reverse(started), at, id), hit));
            }
        }
        hits.sort_by_key(|(key, _)| *key);
        Ok((hits.into_iter().map(|(_, hit)| hit).collect(), cut))
    }
}
