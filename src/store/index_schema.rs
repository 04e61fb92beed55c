//! The index's tables, and opening a file as an index of this version.
//!
//! Lean by design: what is listed and searched (session headers, notes and
//! their text, actions, follow-ups) and the facts the rotation reads, never
//! copies of plans. Step and plan titles are stored once in `titles`, and
//! the people notes are about once in `people`. A note's row id is its
//! file's times 2^16 plus its place in the record (see `NOTE_ROWS`), so a
//! file's notes are one range of the table and need no index of their own;
//! its kind is its place in `NoteKind::ALL`; an action keeps its note's
//! row id (`row`), so the two are joined by one lookup. A follow-up names the session
//! it follows up by the key of its id (`id_key`: a 64-bit hash), not the
//! id's 45 characters twice.
//!
//! An action's `state` is its status after the latest follow-up from any
//! session not discarded (its own `status` when there is none), and
//! `moved_to` the date that follow-up moved it to, both kept current by
//! every write, so the open actions are read from a small index rather
//! than worked out over every follow-up on every look.

use rusqlite::Connection;
use std::path::Path;

/// A record's notes have row ids from `file * NOTE_ROWS` on.
pub(super) const NOTE_ROWS: i64 = 1 << 16;

/// Bump when the tables change; an index of another version is rebuilt.
pub(super) const INDEX_SCHEMA: i64 = 11;

const SCHEMA: &str = "
CREATE TABLE folders(folder TEXT PRIMARY KEY, listed INTEGER) WITHOUT ROWID;
CREATE TABLE files(
    file INTEGER PRIMARY KEY, folder TEXT NOT NULL, name TEXT NOT NULL,
    size INTEGER NOT NULL, mtime INTEGER NOT NULL, hash INTEGER NOT NULL,
    problem TEXT, line INTEGER, col INTEGER, UNIQUE(folder, name));
CREATE TABLE titles(title INTEGER PRIMARY KEY, da TEXT NOT NULL, en TEXT NOT NULL, UNIQUE(da, en));
CREATE TABLE sessions(
    file INTEGER PRIMARY KEY, id TEXT NOT NULL, started TEXT NOT NULL,
    started_utc INTEGER NOT NULL, day TEXT NOT NULL, finished TEXT, network TEXT NOT NULL,
    network_key TEXT NOT NULL, plan TEXT NOT NULL, plan_title INTEGER NOT NULL,
    status TEXT NOT NULL, notes INTEGER NOT NULL, facts BLOB NOT NULL, id_key INTEGER NOT NULL);
CREATE INDEX sessions_by_start ON sessions(started_utc);
CREATE INDEX sessions_by_network ON sessions(network_key, started_utc);
CREATE INDEX sessions_by_id ON sessions(id_key);
CREATE TABLE people(person INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE);
CREATE TABLE notes(
    rowid INTEGER PRIMARY KEY, note INTEGER NOT NULL,
    kind INTEGER NOT NULL, step INTEGER NOT NULL, step_title INTEGER NOT NULL,
    text TEXT NOT NULL, participant INTEGER, private INTEGER NOT NULL, at INTEGER NOT NULL);
CREATE VIRTUAL TABLE notes_fts USING fts5(
    text, content='notes', content_rowid='rowid',
    tokenize='unicode61 remove_diacritics 0', detail=none, columnsize=0);
CREATE TABLE actions(
    file INTEGER NOT NULL, note INTEGER NOT NULL, row INTEGER NOT NULL, owner TEXT, due TEXT,
    status TEXT, state TEXT NOT NULL, moved_to TEXT, PRIMARY KEY(file, note)) WITHOUT ROWID;
CREATE INDEX actions_open ON actions(file, note) WHERE state IN ('Open', 'Moved');
CREATE TABLE follow_ups(
    file INTEGER NOT NULL, target INTEGER NOT NULL, note INTEGER NOT NULL,
    status TEXT NOT NULL, at_utc INTEGER NOT NULL, due TEXT);
CREATE INDEX follow_ups_by_file ON follow_ups(file);
CREATE INDEX follow_ups_by_target ON follow_ups(target, note, at_utc);
";

/// The full-text index follows the notes table through these; a build
/// leaves them out and fills the full-text index once at the end, which is
/// ten times faster than a row at a time.
const TRIGGERS: &str = "
CREATE TRIGGER notes_ai AFTER INSERT ON notes BEGIN
    INSERT INTO notes_fts(rowid, text) VALUES (new.rowid, new.text);
END;
CREATE TRIGGER notes_ad AFTER DELETE ON notes BEGIN
    INSERT INTO notes_fts(notes_fts, rowid, text) VALUES ('delete', old.rowid, old.text);
END;
";

/// What was found at an index's path.
pub(super) enum Opened {
    /// An index of this version, open.
    Current(Connection),
    /// No index yet.
    Missing,
}

/// Opens the index at `path`: `Missing` when there is none, an error (to
/// rebuild for) when the file is not an index of this version.
pub(super) fn open_file(path: &Path) -> Result<Opened, String> {
    if !path.exists() {
        return Ok(Opened::Missing);
    }
    let conn = Connection::open(path).map_err(|e| e.to_string())?;
    let check = || -> rusqlite::Result<Result<(), String>> {
        conn.busy_timeout(std::time::Duration::from_secs(5))?;
        conn.execute_batch(
            "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;
             PRAGMA journal_size_limit = 4194304; PRAGMA cache_size = -8000;",
        )?;
        let version: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
        if version != INDEX_SCHEMA {
            return Ok(Err(format!(
                "index version {version}; expected {INDEX_SCHEMA}"
            )));
        }
        // Reads every table's root page: a file damaged at its start fails here.
        for table in [
            "folders",
            "files",
            "titles",
            "people",
            "sessions",
            "notes",
            "actions",
            "follow_ups",
        ] {
            conn.query_row(
                &format!("SELECT count(*) FROM (SELECT 1 FROM {table} LIMIT 1)"),
                [],
                |_| Ok(()),
            )?;
        }
        Ok(Ok(()))
    };
    match check() {
        Ok(Ok(())) => Ok(Opened::Current(conn)),
        Ok(Err(why)) => Err(why),
        Err(e) => Err(e.to_string()),
    }
}

/// Creates the tables in an empty database, marked as this version.
pub(super) fn create(conn: &Connection) -> rusqlite::Result<()> {
    conn.execute_batch(&format!(
        "BEGIN; {SCHEMA} {TRIGGERS} PRAGMA user_version = {INDEX_SCHEMA}; COMMIT;"
    ))
}

/// A new file to build an index in, readable by the user only. It is
/// written without a journal (it is not in use until it is moved into
/// place), without the full-text triggers, able to give freed pages back, and marked as this version
/// only by [`finish_build`].
pub(super) fn create_file(path: &Path) -> rusqlite::Result<Connection> {
    create_private(path).map_err(|e| {
        rusqlite::Error::SqliteFailure(
            rusqlite::ffi::Error::new(rusqlite::ffi::SQLITE_CANTOPEN),
            Some(e.to_string()),
        )
    })?;
    let conn = Connection::open(path)?;
    conn.execute_batch(&format!(
        "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA cache_size = -32000;
         PRAGMA auto_vacuum = INCREMENTAL; BEGIN; {SCHEMA} COMMIT;"
    ))?;
    Ok(conn)
}

/// Fills the full-text index from the notes, puts the triggers that keep
/// it current in place, gives back the pages the full-text index's merges
/// freed (half a megabyte at 10,000 meetings), and marks a built index complete and of this version.
pub(super) fn finish_build(conn: &Connection) -> rusqlite::Result<()> {
    conn.execute_batch(&format!(
        "BEGIN; INSERT INTO notes_fts(notes_fts) VALUES ('rebuild'); {TRIGGERS} COMMIT;"
    ))?;
    // Gives back a page a step: stepped to its end.
    conn.prepare("PRAGMA incremental_vacuum")?
        .query([])?
        .mapped(|_| Ok(()))
        .collect::<rusqlite::Result<()>>()?;
    conn.execute_batch(&format!(
        "PRAGMA user_version = {INDEX_SCHEMA}; PRAGMA journal_mode = DELETE;"
    ))
}

fn create_private(path: &Path) -> std::io::Result<()> {
    let mut options = std::fs::OpenOptions::new();
    options.create(true).append(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    options.open(path).map(|_| ())
}
