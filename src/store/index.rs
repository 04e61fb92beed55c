//! The review index: a SQLite file (with FTS5 over the notes) derived from
//! the record files, so review, `sessions` and `search` stay instant with
//! thousands of sessions. The RON records stay the truth: every open
//! reconciles the index against the record files' (name, size, mtime,
//! inode), and a missing, older or damaged index is rebuilt from them.

use super::index_write::{forget, put, put_problem};
use super::parse;
use super::paths::Paths;
use super::problem::Problem;
use crate::model::Record;
use rusqlite::{Connection, OptionalExtension};
use std::collections::HashMap;
use std::fmt;
use std::fs;
use std::path::{Path, PathBuf};

#[cfg(unix)]
use std::os::unix::fs::{MetadataExt, OpenOptionsExt};

/// Bump when the tables change; an index of another version is rebuilt.
pub const INDEX_SCHEMA: i64 = 1;

/// The index could not be opened or queried even after a rebuild.
#[derive(Debug)]
pub struct IndexError {
    pub path: PathBuf,
    pub message: String,
}

impl fmt::Display for IndexError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path.display(), self.message)
    }
}

impl std::error::Error for IndexError {}

/// What identifies one version of a record file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FileStamp {
    pub size: i64,
    pub mtime_ns: i64,
    pub inode: i64,
}

impl FileStamp {
    pub fn of(meta: &fs::Metadata) -> FileStamp {
        let mtime_ns = meta
            .modified()
            .ok()
            .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
            .map_or(0, |d| i64::try_from(d.as_nanos()).unwrap_or(i64::MAX));
        #[cfg(unix)]
        let inode = i64::try_from(meta.ino()).unwrap_or(0);
        #[cfg(not(unix))]
        let inode = 0;
        FileStamp {
            size: i64::try_from(meta.len()).unwrap_or(i64::MAX),
            mtime_ns,
            inode,
        }
    }
}

/// How a refresh went.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Refreshed {
    pub read: usize,
    pub removed: usize,
    pub unchanged: usize,
}

/// The open index.
pub struct ReviewIndex {
    pub(super) conn: Connection,
    path: PathBuf,
    records_dir: PathBuf,
}

const SCHEMA: &str = "
CREATE TABLE files(
    id TEXT PRIMARY KEY, size INTEGER NOT NULL, mtime INTEGER NOT NULL, inode INTEGER NOT NULL,
    problem TEXT, line INTEGER, col INTEGER);
CREATE TABLE sessions(
    id TEXT PRIMARY KEY, started TEXT NOT NULL, started_utc INTEGER NOT NULL, day TEXT NOT NULL,
    finished TEXT, network TEXT NOT NULL, network_key TEXT NOT NULL, plan TEXT NOT NULL,
    plan_da TEXT NOT NULL, plan_en TEXT NOT NULL, status TEXT NOT NULL, notes INTEGER NOT NULL);
CREATE INDEX sessions_by_start ON sessions(started_utc);
CREATE INDEX sessions_by_network ON sessions(network_key, started_utc);
CREATE TABLE notes(
    rowid INTEGER PRIMARY KEY, session TEXT NOT NULL, note INTEGER NOT NULL, kind TEXT NOT NULL,
    step INTEGER NOT NULL, step_da TEXT NOT NULL, step_en TEXT NOT NULL, text TEXT NOT NULL,
    participant TEXT, owner TEXT, due TEXT, private INTEGER NOT NULL, status TEXT, at TEXT NOT NULL);
CREATE INDEX notes_by_session ON notes(session);
CREATE INDEX notes_actions ON notes(kind, session) WHERE kind = 'Action';
CREATE VIRTUAL TABLE notes_fts USING fts5(
    text, content='notes', content_rowid='rowid',
    tokenize='unicode61 remove_diacritics 0');
CREATE TRIGGER notes_ai AFTER INSERT ON notes BEGIN
    INSERT INTO notes_fts(rowid, text) VALUES (new.rowid, new.text);
END;
CREATE TRIGGER notes_ad AFTER DELETE ON notes BEGIN
    INSERT INTO notes_fts(notes_fts, rowid, text) VALUES ('delete', old.rowid, old.text);
END;
CREATE TABLE follow_ups(
    session TEXT NOT NULL, target TEXT NOT NULL, note INTEGER NOT NULL,
    status TEXT NOT NULL, at TEXT NOT NULL, at_utc INTEGER NOT NULL);
CREATE INDEX follow_ups_by_session ON follow_ups(session);
CREATE INDEX follow_ups_by_target ON follow_ups(target, note);
";

impl ReviewIndex {
    /// Opens the index at `<data_dir>/index.sqlite`, rebuilding it when it
    /// is missing, of another schema or damaged, and brings it up to date
    /// with the record files.
    pub fn open(paths: &Paths) -> Result<ReviewIndex, IndexError> {
        let path = paths.index_file();
        let records_dir = paths.records_dir();
        match Self::open_checked(&path, &records_dir) {
            Ok(mut index) => match index.refresh() {
                Ok(_) => Ok(index),
                Err(_) => Self::rebuild(&path, &records_dir),
            },
            Err(_) => Self::rebuild(&path, &records_dir),
        }
    }

    fn rebuild(path: &Path, records_dir: &Path) -> Result<ReviewIndex, IndexError> {
        remove_index_files(path);
        let mut index = match Self::open_checked(path, records_dir) {
            Ok(index) => index,
            // A read-only data dir (a shared folder, say): index in memory,
            // slower to open but never wrong.
            Err(_) => Self::in_memory(path, records_dir)?,
        };
        index.refresh()?;
        Ok(index)
    }

    fn in_memory(path: &Path, records_dir: &Path) -> Result<ReviewIndex, IndexError> {
        let err = |e: rusqlite::Error| IndexError {
            path: path.to_path_buf(),
            message: e.to_string(),
        };
        let conn = Connection::open_in_memory().map_err(err)?;
        conn.execute_batch(&format!(
            "BEGIN; {SCHEMA} PRAGMA user_version = {INDEX_SCHEMA}; COMMIT;"
        ))
        .map_err(err)?;
        Ok(ReviewIndex {
            conn,
            path: path.to_path_buf(),
            records_dir: records_dir.to_path_buf(),
        })
    }

    fn open_checked(path: &Path, records_dir: &Path) -> Result<ReviewIndex, IndexError> {
        let err = |e: &dyn fmt::Display| IndexError {
            path: path.to_path_buf(),
            message: e.to_string(),
        };
        if let Some(dir) = path.parent() {
            super::atomic::private_dir(dir).map_err(|e| err(&e))?;
        }
        create_private(path).map_err(|e| err(&e))?;
        let conn = Connection::open(path).map_err(|e| err(&e))?;
        conn.busy_timeout(std::time::Duration::from_secs(5))
            .map_err(|e| err(&e))?;
        conn.execute_batch(
            "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA cache_size = -16000;",
        )
        .map_err(|e| err(&e))?;
        let version: i64 = conn
            .query_row("PRAGMA user_version", [], |r| r.get(0))
            .map_err(|e| err(&e))?;
        let tables: i64 = conn
            .query_row("SELECT count(*) FROM sqlite_master", [], |r| r.get(0))
            .map_err(|e| err(&e))?;
        if tables == 0 {
            conn.execute_batch(&format!(
                "BEGIN; {SCHEMA} PRAGMA user_version = {INDEX_SCHEMA}; COMMIT;"
            ))
            .map_err(|e| err(&e))?;
        } else if version != INDEX_SCHEMA {
            return Err(err(&format!(
                "index schema {version}; expected {INDEX_SCHEMA}"
            )));
        }
        Ok(ReviewIndex {
            conn,
            path: path.to_path_buf(),
            records_dir: records_dir.to_path_buf(),
        })
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    pub(super) fn error(&self, e: impl fmt::Display) -> IndexError {
        IndexError {
            path: self.path.clone(),
            message: e.to_string(),
        }
    }

    /// Reconciles the index with the record files: reads only the files
    /// whose size, mtime or inode changed, drops the ones that are gone.
    pub fn refresh(&mut self) -> Result<Refreshed, IndexError> {
        let on_disk = list_records(&self.records_dir);
        let mut known: HashMap<String, FileStamp> = HashMap::new();
        {
            let mut stmt = self
                .conn
                .prepare("SELECT id, size, mtime, inode FROM files")
                .map_err(|e| self.error(e))?;
            let rows = stmt
                .query_map([], |r| {
                    Ok((
                        r.get::<_, String>(0)?,
                        FileStamp {
                            size: r.get(1)?,
                            mtime_ns: r.get(2)?,
                            inode: r.get(3)?,
                        },
                    ))
                })
                .map_err(|e| self.error(e))?;
            for row in rows {
                let (id, stamp) = row.map_err(|e| self.error(e))?;
                known.insert(id, stamp);
            }
        }
        let mut done = Refreshed::default();
        let changed: Vec<(&String, &(PathBuf, FileStamp))> = on_disk
            .iter()
            .filter(|(id, (_, stamp))| known.get(*id) != Some(stamp))
            .collect();
        let gone: Vec<&String> = known
            .keys()
            .filter(|id| !on_disk.contains_key(*id))
            .collect();
        done.unchanged = on_disk.len() - changed.len();
        if changed.is_empty() && gone.is_empty() {
            return Ok(done);
        }
        let index_path = self.path.clone();
        let err = |e: rusqlite::Error| IndexError {
            path: index_path.clone(),
            message: e.to_string(),
        };
        let tx = self.conn.transaction().map_err(err)?;
        for id in gone {
            forget(&tx, id).map_err(err)?;
            done.removed += 1;
        }
        for (id, (path, stamp)) in changed {
            let parsed = fs::read(path)
                .map_err(|e| Problem::whole_file(path, format!("cannot read the file ({e})")))
                .and_then(|bytes| parse::parse::<Record>(path, &bytes));
            let result = match parsed {
                Ok(record) => put(&tx, id, &record, *stamp),
                Err(problem) => put_problem(&tx, id, &problem, *stamp),
            };
            result.map_err(err)?;
            done.read += 1;
        }
        tx.commit().map_err(err)?;
        Ok(done)
    }

    /// The record files that could not be read, as problems.
    pub fn problems(&self) -> Result<Vec<Problem>, IndexError> {
        let mut stmt = self
            .conn
            .prepare(
                "SELECT id, problem, line, col FROM files WHERE problem IS NOT NULL ORDER BY id",
            )
            .map_err(|e| self.error(e))?;
        let rows = stmt
            .query_map([], |r| {
                Ok(Problem::new(
                    &self
                        .records_dir
                        .join(format!("{}.ron", r.get::<_, String>(0)?)),
                    r.get::<_, i64>(2)?.max(1) as usize,
                    r.get::<_, i64>(3)?.max(1) as usize,
                    r.get::<_, String>(1)?,
                ))
            })
            .map_err(|e| self.error(e))?;
        rows.collect::<Result<Vec<_>, _>>()
            .map_err(|e| self.error(e))
    }
}

/// Tells an existing index that `record` was just saved, so a running
/// review sees it without a re-read. No index yet: nothing to do, the next
/// open builds it. Errors are harmless (the next open reconciles) but are
/// returned so the caller may log them.
pub fn record_saved(paths: &Paths, record: &Record) -> Result<(), IndexError> {
    let path = paths.index_file();
    if !path.exists() {
        return Ok(());
    }
    let file = paths.records_dir().join(format!("{}.ron", record.id));
    let meta = fs::metadata(&file).map_err(|e| IndexError {
        path: file.clone(),
        message: e.to_string(),
    })?;
    let mut index = ReviewIndex::open_checked(&path, &paths.records_dir())?;
    index.upsert(record, FileStamp::of(&meta))
}

fn create_private(path: &Path) -> std::io::Result<()> {
    let mut options = fs::OpenOptions::new();
    options.create(true).append(true);
    #[cfg(unix)]
    options.mode(0o600);
    options.open(path).map(|_| ())
}

fn remove_index_files(path: &Path) {
    for suffix in ["", "-wal", "-shm", "-journal"] {
        let mut p = path.as_os_str().to_owned();
        p.push(suffix);
        let _ = fs::remove_file(PathBuf::from(p));
    }
}

/// `id → (path, stamp)` for every record file.
fn list_records(dir: &Path) -> HashMap<String, (PathBuf, FileStamp)> {
    let mut out = HashMap::new();
    let Ok(entries) = fs::read_dir(dir) else {
        return out;
    };
    for entry in entries.filter_map(Result::ok) {
        let path = entry.path();
        if path.extension().is_none_or(|x| x != "ron") {
            continue;
        }
        let Some(id) = path.file_stem().and_then(|s| s.to_str()) else {
            continue;
        };
        if !crate::model::checked::is_slug(id) {
            continue;
        }
        let Ok(meta) = entry.metadata() else { continue };
        if meta.is_file() {
            out.insert(id.to_string(), (path.clone(), FileStamp::of(&meta)));
        }
    }
    out
}

/// Network names compare as `names::same` compares them.
pub fn network_key(name: &str) -> String {
    crate::names::fold(name)
}

/// Whether the index holds `id`; for tests and diagnostics.
pub fn has_session(index: &ReviewIndex, id: &str) -> bool {
    index
        .conn
        .query_row("SELECT 1 FROM sessions WHERE id = ?1", [id], |_| Ok(()))
        .optional()
        .ok()
        .flatten()
        .is_some()
}
