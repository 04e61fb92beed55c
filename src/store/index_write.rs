//! The index's write path: the rows one record file becomes (its stamp,
//! its session, notes and follow-ups), replaced whole on every change so a
//! record never leaves rows of an older version behind.

use super::index::{FileStamp, IndexError, ReviewIndex, network_key};
use super::problem::Problem;
use crate::model::Record;
use rusqlite::{Transaction, params};

impl ReviewIndex {
    /// Puts one record in the index, as the file at `stamp` holds it.
    pub fn upsert(&mut self, record: &Record, stamp: FileStamp) -> Result<(), IndexError> {
        let path = self.path().to_path_buf();
        let err = |e: rusqlite::Error| IndexError {
            path: path.clone(),
            message: e.to_string(),
        };
        let tx = self.conn.transaction().map_err(err)?;
        put(&tx, &record.id, record, stamp).map_err(err)?;
        tx.commit().map_err(err)
    }
}

pub(super) fn forget(tx: &Transaction, id: &str) -> rusqlite::Result<()> {
    for sql in [
        "DELETE FROM notes WHERE session = ?1",
        "DELETE FROM follow_ups WHERE session = ?1",
        "DELETE FROM sessions WHERE id = ?1",
        "DELETE FROM files WHERE id = ?1",
    ] {
        tx.prepare_cached(sql)?.execute([id])?;
    }
    Ok(())
}

pub(super) fn put_problem(
    tx: &Transaction,
    id: &str,
    problem: &Problem,
    stamp: FileStamp,
) -> rusqlite::Result<()> {
    forget(tx, id)?;
    tx.execute(
        "INSERT INTO files(id, size, mtime, inode, problem, line, col) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        params![
            id,
            stamp.size,
            stamp.mtime_ns,
            stamp.inode,
            problem.message,
            problem.line as i64,
            problem.col as i64
        ],
    )?;
    Ok(())
}

pub(super) fn put(
    tx: &Transaction,
    id: &str,
    record: &Record,
    stamp: FileStamp,
) -> rusqlite::Result<()> {
    forget(tx, id)?;
    tx.prepare_cached("INSERT INTO files(id, size, mtime, inode) VALUES (?1, ?2, ?3, ?4)")?
        .execute(params![id, stamp.size, stamp.mtime_ns, stamp.inode])?;
    tx.prepare_cached(
        "INSERT INTO sessions(id, started, started_utc, day, finished, network, network_key, plan,
             plan_da, plan_en, status, notes)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
    )?
    .execute(params![
        id,
        record.started.to_rfc3339(),
        record.started.timestamp(),
        record.started.date_naive().to_string(),
        record.finished.map(|f| f.to_rfc3339()),
        record.network.name,
        network_key(&record.network.name),
        record.plan.id,
        record.plan.title.get(crate::text::Lang::Da),
        record.plan.title.get(crate::text::Lang::En),
        format!("{:?}", record.status),
        record.notes.len() as i64,
    ])?;
    let mut note_stmt = tx.prepare_cached(
        "INSERT INTO notes(session, note, kind, step, step_da, step_en, text, participant, owner,
             due, private, status, at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)",
    )?;
    for note in &record.notes {
        let step = record.plan.steps.get(note.step);
        let title = |lang| step.map_or("", |s| s.title.get(lang)).to_string();
        note_stmt.execute(params![
            id,
            note.id,
            format!("{:?}", note.kind),
            note.step as i64,
            title(crate::text::Lang::Da),
            title(crate::text::Lang::En),
            note.text,
            note.participant,
            note.owner,
            note.due.map(|d| d.to_string()),
            note.private,
            note.status.map(|s| format!("{s:?}")),
            note.at.to_rfc3339(),
        ])?;
    }
    let mut follow_stmt = tx.prepare_cached(
        "INSERT INTO follow_ups(session, target, note, status, at, at_utc) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    )?;
    for f in &record.follow_ups {
        follow_stmt.execute(params![
            id,
            f.session,
            f.note,
            format!("{:?}", f.status),
            f.at.to_rfc3339(),
            f.at.timestamp(),
        ])?;
    }
    Ok(())
}
