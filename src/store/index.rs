//! The review index: a SQLite file in the machine's cache folder (with FTS5
//! over the notes) derived from the record files, so review, `sessions`,
//! `search`, the network views and the rotation stay instant with thousands
//! of sessions. The RON records stay the truth: every open reconciles the
//! index with the record folders (see `index_refresh`), and an index that
//! is missing, of another version, damaged or cannot be written is built
//! again from the records, in the cache folder, else in memory.

use super::index_schema::{self, Opened};
use super::{RecordFolder, Store};
use rusqlite::Connection;
use std::fmt;
use std::fs;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// The index could not be opened or queried even after a rebuild.
#[derive(Debug, Clone)]
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

/// Trouble with the index that runde mended, to be said once.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum IndexNotice {
    /// The index at `path` could not be used (`why`) and was built again
    /// from the records.
    Rebuilt { path: PathBuf, why: String },
    /// No index could be written at `path` (`why`): this run works from the
    /// records, read into memory.
    InMemory { path: PathBuf, why: String },
    /// The index could not answer (`why`) even after a rebuild: what can
    /// be read from the records was.
    Unusable { path: PathBuf, why: String },
}

/// How far a build or refresh has come: record files read of those to read.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Progress {
    pub done: usize,
    pub total: usize,
}

/// Told of progress while record files are read.
pub type ProgressSink = Arc<dyn Fn(Progress) + Send + Sync>;

/// How hard an open looks for changed record files.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Check {
    /// Trust a record folder whose modification time is the one seen at
    /// the last look (every save renames a file into it, which changes
    /// it): one `stat` per folder. For commands.
    #[default]
    Listing,
    /// Also look at every file's size and modification time, which finds
    /// a file edited in place. For the screens, which do it off the
    /// input path.
    Files,
}

/// How a refresh went.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Refreshed {
    /// Files read and parsed.
    pub read: usize,
    pub removed: usize,
    /// Files found changed by their stamp but not by their content (a copy).
    pub adopted: usize,
}

/// The open index.
pub struct ReviewIndex {
    pub(super) conn: Connection,
    pub(super) path: PathBuf,
    pub(super) folders: Vec<RecordFolder>,
    pub(super) check: Check,
    pub(super) progress: Option<ProgressSink>,
    pub(super) in_memory: bool,
    notice: Option<IndexNotice>,
}

impl ReviewIndex {
    /// Opens the store's index, brought up to date with the record folders
    /// (trusting an unchanged folder listing), building it when needed.
    pub fn open(store: &Store) -> Result<ReviewIndex, IndexError> {
        Self::open_with(store, Check::Listing, None)
    }

    /// [`ReviewIndex::open`] with the check to make and a sink for the
    /// progress of reading record files.
    pub fn open_with(
        store: &Store,
        check: Check,
        progress: Option<ProgressSink>,
    ) -> Result<ReviewIndex, IndexError> {
        let paths = store.paths();
        remove_index_files(&paths.old_index_file());
        let path = paths.index_file();
        let folders = store.record_folders();
        let why = match index_schema::open_file(&path) {
            Ok(Opened::Current(conn)) => {
                let mut index = ReviewIndex {
                    conn,
                    path: path.clone(),
                    folders: folders.clone(),
                    check,
                    progress: progress.clone(),
                    in_memory: false,
                    notice: None,
                };
                match index.refresh() {
                    Ok(_) => return Ok(index),
                    Err(e) => Some(e.message),
                }
            }
            Ok(Opened::Missing) => None,
            Err(e) => Some(e),
        };
        Self::build(path, folders, check, progress, why)
    }

    /// Builds the index anew: in the cache folder, else in memory. `why`
    /// the old one could not be used, if there was one.
    fn build(
        path: PathBuf,
        folders: Vec<RecordFolder>,
        check: Check,
        progress: Option<ProgressSink>,
        why: Option<String>,
    ) -> Result<ReviewIndex, IndexError> {
        let mut index = ReviewIndex {
            conn: Connection::open_in_memory().map_err(|e| IndexError {
                path: path.clone(),
                message: e.to_string(),
            })?,
            path: path.clone(),
            folders,
            check: Check::Files,
            progress,
            in_memory: true,
            notice: None,
        };
        let on_disk = index.build_file();
        match on_disk {
            Ok(conn) => {
                index.conn = conn;
                index.in_memory = false;
                index.notice = why.map(|why| IndexNotice::Rebuilt { path, why });
            }
            Err(e) => {
                index_schema::create(&index.conn).map_err(|e| index.error(e))?;
                index.refresh()?;
                index.notice = Some(IndexNotice::InMemory {
                    path,
                    why: why.unwrap_or(e.message),
                });
            }
        }
        index.check = check;
        Ok(index)
    }

    /// Writes a fresh index beside the old one and moves it into place, so
    /// no other runde ever opens a half-built one.
    fn build_file(&mut self) -> Result<Connection, IndexError> {
        let err = |e: &dyn fmt::Display| IndexError {
            path: self.path.clone(),
            message: e.to_string(),
        };
        let dir = self.path.parent().unwrap_or(Path::new("."));
        super::atomic::private_dir(dir).map_err(|e| err(&e))?;
        clear_killed_builds(dir);
        let temp = dir.join(building_name(std::process::id()));
        remove_index_files(&temp);
        let built = (|| {
            let conn = index_schema::create_file(&temp).map_err(|e| err(&e))?;
            let mut building = ReviewIndex {
                conn,
                path: self.path.clone(),
                folders: self.folders.clone(),
                check: Check::Files,
                progress: self.progress.clone(),
                in_memory: false,
                notice: None,
            };
            building.refresh()?;
            index_schema::finish_build(&building.conn).map_err(|e| err(&e))?;
            drop(building);
            // The old index's write-ahead log must not be applied to the new one.
            remove_index_files(&self.path);
            fs::rename(&temp, &self.path).map_err(|e| err(&e))?;
            match index_schema::open_file(&self.path) {
                Ok(Opened::Current(conn)) => Ok(conn),
                Ok(Opened::Missing) => Err(err(&"the new index vanished")),
                Err(why) => Err(err(&why)),
            }
        })();
        if built.is_err() {
            remove_index_files(&temp);
        }
        built
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// True when no index could be written: this one lives in memory.
    pub fn in_memory(&self) -> bool {
        self.in_memory
    }

    /// What was mended since the last call, to say once.
    pub fn take_notice(&mut self) -> Option<IndexNotice> {
        self.notice.take()
    }

    pub(super) fn error(&self, e: impl fmt::Display) -> IndexError {
        IndexError {
            path: self.path.clone(),
            message: e.to_string(),
        }
    }

    /// Runs `query`; when the index fails it (a damaged page, a file made
    /// read-only), builds the index again from the records and runs it
    /// once more, with a notice to say so.
    pub fn query<T>(
        &mut self,
        query: impl Fn(&ReviewIndex) -> Result<T, IndexError>,
    ) -> Result<T, IndexError> {
        match query(self) {
            Ok(found) => Ok(found),
            Err(first) => {
                let notice = self.notice.take();
                let path = self.path.clone();
                let folders = self.folders.clone();
                // Close this connection before the file is replaced.
                self.conn = Connection::open_in_memory().map_err(|e| self.error(e))?;
                let mut rebuilt = Self::build(
                    path,
                    folders,
                    self.check,
                    self.progress.clone(),
                    Some(first.message),
                )?;
                if rebuilt.notice.is_none() {
                    rebuilt.notice = notice;
                }
                *self = rebuilt;
                query(self)
            }
        }
    }
}

/// The file a build by process `pid` writes before it moves it into place.
fn building_name(pid: u32) -> String {
    format!("index.sqlite.{pid}.building")
}

/// Removes what builds of rundes that were killed left in `dir` (a build of
/// 10,000 sessions is 30 MB): the files of processes no longer running.
fn clear_killed_builds(dir: &Path) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries.filter_map(Result::ok) {
        let name = entry.file_name();
        let Some(pid) = name
            .to_str()
            .and_then(|n| n.strip_prefix("index.sqlite."))
            .and_then(|n| n.split_once('.'))
            .filter(|(_, rest)| rest.starts_with("building"))
            .and_then(|(pid, _)| pid.parse::<u32>().ok())
        else {
            continue;
        };
        if !super::debris::process_alive(pid) {
            remove_index_files(&dir.join(building_name(pid)));
        }
    }
}

/// Removes an index file with its journal files.
pub(super) fn remove_index_files(path: &Path) {
    for suffix in ["", "-wal", "-shm", "-journal"] {
        let mut p = path.as_os_str().to_owned();
        p.push(suffix);
        let _ = fs::remove_file(PathBuf::from(p));
    }
}

/// Network names compare as `names::same` compares them.
pub fn network_key(name: &str) -> String {
    crate::names::fold(name)
}
