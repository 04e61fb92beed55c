//! Bringing the index up to date with the record folders.
//!
//! A record file is known by its folder and name, with its size,
//! modification time and a hash of its content: never its inode, so a
//! folder that was copied, restored or synced keeps its index (a file whose
//! time changed but whose content did not is adopted without a parse).
//! A folder whose modification time is the one seen at the last look has
//! had no file added, removed or renamed into it (every save does that), so
//! a command costs one `stat` per folder; the screens also look at every
//! file, off the input path, to find one edited in place.
//!
//! Files are read and parsed on every core while one transaction writes.

use super::checked_id;
use super::index::{Check, IndexError, Progress, Refreshed, ReviewIndex};
use super::index_facts_codec::encode_facts;
use super::index_schema::NOTE_ROWS;
use super::index_write::Writer;
use super::plan_reuse::PlanReuse;
use super::problem::Problem;
use crate::model::{PastMeeting, Record};
use std::collections::HashMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::mpsc;
use std::time::{Duration, SystemTime};

/// A folder's modification time is trusted only once it is this old, so a
/// change in the same clock tick as the look is never missed.
const SETTLED: Duration = Duration::from_secs(2);

/// What identifies one version of a record file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct FileStamp {
    pub size: i64,
    pub mtime_ns: i64,
}

impl FileStamp {
    pub(super) fn of(meta: &fs::Metadata) -> FileStamp {
        FileStamp {
            size: i64::try_from(meta.len()).unwrap_or(i64::MAX),
            mtime_ns: meta.modified().map_or(0, nanos),
        }
    }
}

fn nanos(t: SystemTime) -> i64 {
    t.duration_since(SystemTime::UNIX_EPOCH)
        .map_or(0, |d| i64::try_from(d.as_nanos()).unwrap_or(i64::MAX))
}

/// A file as the index knows it.
struct Known {
    file: i64,
    stamp: FileStamp,
    hash: i64,
}

/// A file to read.
pub(super) struct Job {
    pub folder: String,
    pub name: String,
    pub path: PathBuf,
    /// Where this machine's private notes of the record are, for a shared folder.
    pub private_notes: Option<PathBuf>,
    pub stamp: FileStamp,
    /// The row of the file's earlier version, with that version's hash.
    pub known: Option<(i64, FileStamp, i64)>,
}

/// What reading one file gave.
pub(super) enum Parsed {
    /// The content is the one indexed: only its stamp changed.
    Same {
        hash: i64,
    },
    Record {
        record: Box<Record>,
        /// The facts column, worked out on the reading thread.
        facts: Vec<u8>,
        hash: i64,
    },
    Problem {
        problem: Problem,
        hash: i64,
    },
}

impl ReviewIndex {
    /// Reconciles the index with every record folder.
    pub fn refresh(&mut self) -> Result<Refreshed, IndexError> {
        let now = crate::clock::Clock::wall(&crate::clock::SystemClock);
        let now = SystemTime::from(now);
        let mut jobs = Vec::new();
        let mut gone = Vec::new();
        let mut listed = Vec::new();
        for folder in self.folders.clone() {
            let seen = folder_mtime(&folder.path);
            if self.check == Check::Listing
                && seen.is_some()
                && self.trusted_listing(&folder.key)? == seen
            {
                continue;
            }
            let known = self.known_files(&folder.key)?;
            let on_disk = list_records(&folder.path);
            for (name, known) in &known {
                if !on_disk.contains_key(name) {
                    gone.push(known.file);
                }
            }
            for (name, (path, stamp)) in on_disk {
                let before = known.get(&name);
                if before.is_some_and(|k| k.stamp == stamp) {
                    continue;
                }
                jobs.push(Job {
                    folder: folder.key.clone(),
                    name,
                    path,
                    private_notes: folder.private_notes.clone(),
                    stamp,
                    known: before.map(|k| (k.file, k.stamp, k.hash)),
                });
            }
            let settled = seen.filter(|t| {
                now.duration_since(SystemTime::UNIX_EPOCH + Duration::from_nanos(*t as u64))
                    .is_ok_and(|age| age >= SETTLED)
            });
            listed.push((folder.key.clone(), settled));
        }
        let mut done = Refreshed::default();
        if jobs.is_empty() && gone.is_empty() && listed.is_empty() {
            return Ok(done);
        }
        let total = jobs.len();
        let progress = self.progress.clone();
        let tell = |n: usize| {
            if let Some(sink) = &progress {
                sink(Progress { done: n, total });
            }
        };
        let path = self.path.clone();
        let err = move |e: rusqlite::Error| IndexError {
            path: path.clone(),
            message: e.to_string(),
        };
        let tx = self.conn.transaction().map_err(&err)?;
        let mut writer = Writer::new(&tx).map_err(&err)?;
        for file in &gone {
            writer.forget_file(*file).map_err(&err)?;
            done.removed += 1;
        }
        tell(0);
        let step = (total / 200).max(25);
        read_all(&jobs, |i, parsed| {
            let job = &jobs[i];
            match parsed {
                Parsed::Same { hash } => {
                    writer.touch(job, hash)?;
                    done.adopted += 1;
                }
                Parsed::Record {
                    record,
                    facts,
                    hash,
                } => {
                    writer.put(job, &record, &facts, hash)?;
                    done.read += 1;
                }
                Parsed::Problem { problem, hash } => {
                    writer.put_problem(job, &problem, hash)?;
                    done.read += 1;
                }
            }
            let n = done.read + done.adopted;
            if n % step == 0 {
                tell(n);
            }
            Ok(())
        })
        .map_err(&err)?;
        writer.finish().map_err(&err)?;
        for (folder, mtime) in listed {
            tx.execute(
                "INSERT INTO folders(folder, listed) VALUES (?1, ?2)
                 ON CONFLICT(folder) DO UPDATE SET listed = excluded.listed",
                rusqlite::params![folder, mtime],
            )
            .map_err(&err)?;
        }
        tx.commit().map_err(&err)?;
        tell(total);
        if total > 500 {
            // A large refresh leaves no large write-ahead log behind.
            let _ = self.conn.execute_batch("PRAGMA wal_checkpoint(TRUNCATE);");
        }
        Ok(done)
    }

    fn trusted_listing(&self, folder: &str) -> Result<Option<i64>, IndexError> {
        use rusqlite::OptionalExtension;
        self.conn
            .query_row(
                "SELECT listed FROM folders WHERE folder = ?1",
                [folder],
                |r| r.get::<_, Option<i64>>(0),
            )
            .optional()
            .map(Option::flatten)
            .map_err(|e| self.error(e))
    }

    fn known_files(&self, folder: &str) -> Result<HashMap<String, Known>, IndexError> {
        let mut stmt = self
            .conn
            .prepare("SELECT name, file, size, mtime, hash FROM files WHERE folder = ?1")
            .map_err(|e| self.error(e))?;
        let rows = stmt
            .query_map([folder], |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    Known {
                        file: r.get(1)?,
                        stamp: FileStamp {
                            size: r.get(2)?,
                            mtime_ns: r.get(3)?,
                        },
                        hash: r.get(4)?,
                    },
                ))
            })
            .map_err(|e| self.error(e))?;
        rows.collect::<Result<HashMap<_, _>, _>>()
            .map_err(|e| self.error(e))
    }
}

/// Reads and parses `jobs` on every core, handing each result to `sink`
/// on this thread (in any order) as it comes.
pub(super) fn read_all(
    jobs: &[Job],
    mut sink: impl FnMut(usize, Parsed) -> rusqlite::Result<()>,
) -> rusqlite::Result<()> {
    let workers = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .min(8);
    if jobs.len() < 32 || workers < 2 {
        let mut plans = PlanReuse::default();
        for (i, job) in jobs.iter().enumerate() {
            sink(i, read_one(job, &mut plans))?;
        }
        return Ok(());
    }
    let next = AtomicUsize::new(0);
    let stop = AtomicBool::new(false);
    std::thread::scope(|scope| {
        let (tx, rx) = mpsc::sync_channel::<(usize, Parsed)>(64);
        for _ in 0..workers {
            let tx = tx.clone();
            let (next, stop) = (&next, &stop);
            scope.spawn(move || {
                let mut plans = PlanReuse::default();
                while !stop.load(Ordering::Relaxed) {
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    let Some(job) = jobs.get(i) else { break };
                    if tx.send((i, read_one(job, &mut plans))).is_err() {
                        break;
                    }
                }
            });
        }
        drop(tx);
        let mut result = Ok(());
        for (i, parsed) in rx.iter() {
            if let Err(e) = sink(i, parsed) {
                stop.store(true, Ordering::Relaxed);
                result = Err(e);
                break;
            }
        }
        result
    })
}

fn read_one(job: &Job, plans: &mut PlanReuse) -> Parsed {
    let bytes = match fs::read(&job.path) {
        Ok(bytes) => bytes,
        Err(e) => {
            return Parsed::Problem {
                problem: Problem::whole_file(&job.path, format!("cannot read the file ({e})")),
                hash: 0,
            };
        }
    };
    let hash = content_hash(&bytes);
    if let Some((_, before, known_hash)) = job.known
        && before.size == job.stamp.size
        && known_hash == hash
    {
        return Parsed::Same { hash };
    }
    let joined = plans.record(&job.path, &bytes).and_then(|mut record| {
        if let Some(dir) = &job.private_notes {
            super::private_notes::join_from(dir, &mut record)?;
        }
        Ok(record)
    });
    match joined {
        Ok(record) if record.notes.len() as i64 >= NOTE_ROWS => Parsed::Problem {
            problem: Problem::whole_file(
                &job.path,
                format!(
                    "the meeting has {} notes; the index of sessions holds at most {}",
                    record.notes.len(),
                    NOTE_ROWS - 1
                ),
            ),
            hash,
        },
        Ok(record) => match encode_facts(&PastMeeting::of(&record)) {
            Ok(facts) => Parsed::Record {
                facts,
                record: Box::new(record),
                hash,
            },
            Err(e) => Parsed::Problem {
                problem: Problem::whole_file(&job.path, format!("cannot be indexed ({e})")),
                hash,
            },
        },
        Err(problem) => Parsed::Problem { problem, hash },
    }
}

/// A fast 64-bit hash of a file's bytes, the same on every machine and in
/// every version, to tell a copied file from a changed one.
pub(super) fn content_hash(bytes: &[u8]) -> i64 {
    const K: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut h: u64 = 0xCBF2_9CE4_8422_2325 ^ (bytes.len() as u64);
    let mut chunks = bytes.chunks_exact(8);
    for chunk in &mut chunks {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        h = (h ^ u64::from_le_bytes(word)).wrapping_mul(K);
        h ^= h >> 29;
    }
    for &b in chunks.remainder() {
        h = (h ^ u64::from(b)).wrapping_mul(K);
    }
    h ^= h >> 32;
    h.wrapping_mul(K) as i64
}

/// The folder's modification time, in nanoseconds; none when it is missing.
fn folder_mtime(dir: &Path) -> Option<i64> {
    fs::metadata(dir).and_then(|m| m.modified()).ok().map(nanos)
}

/// `file name → (path, stamp)` for every record file in `dir`.
fn list_records(dir: &Path) -> HashMap<String, (PathBuf, FileStamp)> {
    let mut out = HashMap::new();
    let Ok(entries) = fs::read_dir(dir) else {
        return out;
    };
    for entry in entries.filter_map(Result::ok) {
        let name = entry.file_name();
        let Some(name) = name.to_str() else { continue };
        if checked_id(name).is_none() {
            continue;
        }
        let Ok(meta) = entry.metadata() else { continue };
        if meta.is_file() {
            out.insert(name.to_string(), (entry.path(), FileStamp::of(&meta)));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::content_hash;

    #[test]
    fn the_hash_tells_contents_apart_and_stays_the_same() {
        assert_eq!(content_hash(b"(version: 1)"), content_hash(b"(version: 1)"));
        assert_ne!(content_hash(b"(version: 1)"), content_hash(b"(version: 2)"));
        assert_ne!(content_hash(b""), content_hash(b"\0"));
        assert_ne!(
            content_hash(b"abcdefgh12345678"),
            content_hash(b"12345678abcdefgh")
        );
    }
}
