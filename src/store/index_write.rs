//! The index's write path: the rows one record file becomes (its stamp,
//! its session with the facts the rotation reads, notes, actions and
//! follow-ups), replaced whole on every change so a record never leaves
//! rows of an older version behind.

use super::index::network_key;
use super::index_refresh::{Job, content_hash};
use super::index_schema::NOTE_ROWS;
use super::problem::Problem;
use crate::model::Record;
use crate::model::plan::NoteKind;
use crate::text::Lang;
use rusqlite::{OptionalExtension, Transaction, params};
use std::collections::{HashMap, HashSet};

/// Writes record files' rows inside one transaction, with the titles it
/// has stored so far at hand.
pub(super) struct Writer<'t> {
    tx: &'t Transaction<'t>,
    titles: HashMap<(String, String), i64>,
    people: HashMap<String, i64>,
    /// Actions whose state may have changed, by (session id, note); all of
    /// them when there are too many to look up one by one.
    touched: HashSet<(i64, u32)>,
}

/// A session id as follow-ups name it in the index.
fn id_key(id: &str) -> i64 {
    content_hash(id.as_bytes())
}

/// More actions touched than this and [`Writer::finish`] works out every
/// action's state in one statement (a build), not one at a time.
const TOUCHED_ONE_BY_ONE: usize = 2_000;

/// An action's state and, when it was moved, the date it was moved to:
/// from its latest follow-up from a session not discarded, else its own
/// status. `?1` the session's `id_key`, `?2` the note, `?3` own status.
const STATE_OF: &str = "(state, moved_to) = (
    SELECT coalesce(l.status, ?3, 'Open'), CASE WHEN l.status = 'Moved' THEN l.due END
    FROM (SELECT 1) LEFT JOIN (
        SELECT f.status, f.due FROM follow_ups f JOIN sessions fs ON fs.file = f.file
        WHERE f.target = ?1 AND f.note = ?2 AND fs.status != 'Discarded'
        ORDER BY f.at_utc DESC, f.rowid DESC LIMIT 1) l)";

impl<'t> Writer<'t> {
    pub(super) fn new(tx: &'t Transaction<'t>) -> rusqlite::Result<Writer<'t>> {
        Ok(Writer {
            tx,
            titles: HashMap::new(),
            people: HashMap::new(),
            touched: HashSet::new(),
        })
    }

    /// Brings the state of every action touched up to date; call once
    /// after the last write, before the transaction commits.
    pub(super) fn finish(self) -> rusqlite::Result<()> {
        if self.touched.len() > TOUCHED_ONE_BY_ONE {
            let every = STATE_OF
                .replace(
                    "?1",
                    "(SELECT id_key FROM sessions s WHERE s.file = actions.file)",
                )
                .replace("?2", "actions.note")
                .replace("?3", "actions.status");
            self.tx
                .execute(&format!("UPDATE actions SET {every}"), [])?;
            return Ok(());
        }
        let sql = format!(
            "UPDATE actions SET {} WHERE note = ?2
                 AND file IN (SELECT file FROM sessions WHERE id_key = ?1)",
            STATE_OF.replace("?3", "actions.status")
        );
        let mut update = self.tx.prepare_cached(&sql)?;
        for (session, note) in &self.touched {
            update.execute(params![session, note])?;
        }
        Ok(())
    }

    /// Removes what one file's record put in the index, keeping its file
    /// row; the actions its follow-ups spoke of are looked at again.
    fn forget_rows(&mut self, file: i64) -> rusqlite::Result<()> {
        let targets = self
            .tx
            .prepare_cached("SELECT target, note FROM follow_ups WHERE file = ?1")?
            .query_map([file], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, u32>(1)?)))?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        self.touched.extend(targets);
        self.tx
            .prepare_cached("DELETE FROM notes WHERE rowid >= ?1 * ?2 AND rowid < (?1 + 1) * ?2")?
            .execute([file, NOTE_ROWS])?;
        for sql in [
            "DELETE FROM actions WHERE file = ?1",
            "DELETE FROM follow_ups WHERE file = ?1",
            "DELETE FROM sessions WHERE file = ?1",
        ] {
            self.tx.prepare_cached(sql)?.execute([file])?;
        }
        Ok(())
    }

    /// Removes a file that is gone, and all its rows.
    pub(super) fn forget_file(&mut self, file: i64) -> rusqlite::Result<()> {
        self.forget_rows(file)?;
        self.tx
            .prepare_cached("DELETE FROM files WHERE file = ?1")?
            .execute([file])?;
        Ok(())
    }

    /// The file's row (made or updated), its old rows gone.
    fn file_row(
        &mut self,
        job: &Job,
        hash: i64,
        problem: Option<&Problem>,
    ) -> rusqlite::Result<i64> {
        if let Some((file, _, _)) = job.known {
            self.forget_rows(file)?;
        }
        self.tx
            .prepare_cached(
                "INSERT INTO files(folder, name, size, mtime, hash, problem, line, col)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)
                 ON CONFLICT(folder, name) DO UPDATE SET size = excluded.size,
                     mtime = excluded.mtime, hash = excluded.hash, problem = excluded.problem,
                     line = excluded.line, col = excluded.col
                 RETURNING file",
            )?
            .query_row(
                params![
                    job.folder,
                    job.name,
                    job.stamp.size,
                    job.stamp.mtime_ns,
                    hash,
                    problem.map(|p| p.message.as_str()),
                    problem.map(|p| p.line as i64),
                    problem.map(|p| p.col as i64),
                ],
                |r| r.get(0),
            )
    }

    /// A file whose content is the one indexed: only its stamp is new.
    pub(super) fn touch(&mut self, job: &Job, hash: i64) -> rusqlite::Result<()> {
        self.tx
            .prepare_cached(
                "UPDATE files SET size = ?3, mtime = ?4, hash = ?5 WHERE folder = ?1 AND name = ?2",
            )?
            .execute(params![
                job.folder,
                job.name,
                job.stamp.size,
                job.stamp.mtime_ns,
                hash
            ])?;
        Ok(())
    }

    pub(super) fn put_problem(
        &mut self,
        job: &Job,
        problem: &Problem,
        hash: i64,
    ) -> rusqlite::Result<()> {
        self.file_row(job, hash, Some(problem)).map(|_| ())
    }

    /// The rows of `record`, with its `facts` column (see `encode_facts`).
    pub(super) fn put(
        &mut self,
        job: &Job,
        record: &Record,
        facts: &[u8],
        hash: i64,
    ) -> rusqlite::Result<()> {
        let file = self.file_row(job, hash, None)?;
        let plan_title = self.title(
            record.plan.title.get(Lang::Da),
            record.plan.title.get(Lang::En),
        )?;
        self.tx
            .prepare_cached(
                "INSERT INTO sessions(file, id, started, started_utc, day, finished, network,
                     network_key, plan, plan_title, status, notes, facts, id_key)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)",
            )?
            .execute(params![
                file,
                record.id,
                record.started.to_rfc3339(),
                record.started.timestamp(),
                record.started.date_naive().to_string(),
                record.finished.map(|f| f.to_rfc3339()),
                record.network.name,
                network_key(&record.network.name),
                record.plan.id,
                plan_title,
                format!("{:?}", record.status),
                record.notes.len() as i64,
                facts,
                id_key(&record.id),
            ])?;
        if record.notes.len() as i64 >= NOTE_ROWS {
            return Err(rusqlite::Error::ToSqlConversionFailure(
                format!(
                    "{} notes in one record; at most {NOTE_ROWS}",
                    record.notes.len()
                )
                .into(),
            ));
        }
        for (place, note) in record.notes.iter().enumerate() {
            let step = record.plan.steps.get(note.step);
            let da = step.map_or("", |s| s.title.get(Lang::Da));
            let en = step.map_or("", |s| s.title.get(Lang::En));
            let step_title = self.title(da, en)?;
            let participant = match &note.participant {
                Some(name) => Some(self.person(name)?),
                None => None,
            };
            let kind = NoteKind::ALL
                .iter()
                .position(|k| *k == note.kind)
                .unwrap_or(0);
            let row = file * NOTE_ROWS + place as i64;
            self.tx
                .prepare_cached(
                    "INSERT INTO notes(rowid, note, kind, step, step_title, text, participant,
                         private, at)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
                )?
                .execute(params![
                    row,
                    note.id,
                    kind as i64,
                    note.step as i64,
                    step_title,
                    note.text,
                    participant,
                    note.private,
                    note.at.timestamp(),
                ])?;
            if note.kind == NoteKind::Action {
                self.tx
                    .prepare_cached(
                        "INSERT OR REPLACE INTO actions(file, note, row, owner, due, status, state)
                         VALUES (?1, ?2, ?6, ?3, ?4, ?5, coalesce(?5, 'Open'))",
                    )?
                    .execute(params![
                        file,
                        note.id,
                        note.owner,
                        note.due.map(|d| d.to_string()),
                        note.status.map(|s| format!("{s:?}")),
                        row,
                    ])?;
                // Follow-ups of it may already be indexed.
                self.touched.insert((id_key(&record.id), note.id));
            }
        }
        for f in &record.follow_ups {
            self.tx
                .prepare_cached(
                    "INSERT INTO follow_ups(file, target, note, status, at_utc, due)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                )?
                .execute(params![
                    file,
                    id_key(&f.session),
                    f.note,
                    format!("{:?}", f.status),
                    f.at.timestamp(),
                    f.due.map(|d| d.to_string())
                ])?;
            self.touched.insert((id_key(&f.session), f.note));
        }
        Ok(())
    }

    /// The id of a person's name, stored once.
    fn person(&mut self, name: &str) -> rusqlite::Result<i64> {
        if let Some(id) = self.people.get(name) {
            return Ok(*id);
        }
        let found: Option<i64> = self
            .tx
            .prepare_cached("SELECT person FROM people WHERE name = ?1")?
            .query_row([name], |r| r.get(0))
            .optional()?;
        let id = match found {
            Some(id) => id,
            None => self
                .tx
                .prepare_cached("INSERT INTO people(name) VALUES (?1) RETURNING person")?
                .query_row([name], |r| r.get(0))?,
        };
        self.people.insert(name.to_string(), id);
        Ok(id)
    }

    /// The id of a (Danish, English) title, stored once.
    fn title(&mut self, da: &str, en: &str) -> rusqlite::Result<i64> {
        let key = (da.to_string(), en.to_string());
        if let Some(id) = self.titles.get(&key) {
            return Ok(*id);
        }
        let found: Option<i64> = self
            .tx
            .prepare_cached("SELECT title FROM titles WHERE da = ?1 AND en = ?2")?
            .query_row(params![da, en], |r| r.get(0))
            .optional()?;
        let id = match found {
            Some(id) => id,
            None => self
                .tx
                .prepare_cached("INSERT INTO titles(da, en) VALUES (?1, ?2) RETURNING title")?
                .query_row(params![da, en], |r| r.get(0))?,
        };
        self.titles.insert(key, id);
        Ok(id)
    }
}
