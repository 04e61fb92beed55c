//! Where meeting records are, and reading and writing them.

use super::{Loaded, Problem, RecordFolder, Store, StoreError, atomic, location};
use crate::model::Record;
use std::fs;
use std::path::{Path, PathBuf};

impl Store {
    /// The file of record `id`: where it is (a shared network's folder,
    /// or this machine's), else where a new one goes in this machine's.
    pub fn record_path(&self, id: &str) -> Result<PathBuf, StoreError> {
        if !crate::model::checked::is_slug(id) {
            return Err(StoreError::BadId { id: id.to_string() });
        }
        Ok(self
            .root_holding(id)
            .unwrap_or_else(|| self.local_root())
            .record_file(id))
    }

    /// The file `record` is saved to: where it is, else in the folder its
    /// network lives in. A shared folder that is not there is an error,
    /// never made on the local disk.
    pub fn record_path_for(&self, record: &Record) -> Result<PathBuf, StoreError> {
        self.record_target(record).map(|(path, _)| path)
    }

    /// [`Store::record_path_for`], and whether the file is in a shared folder.
    pub(crate) fn record_target(&self, record: &Record) -> Result<(PathBuf, bool), StoreError> {
        if !crate::model::checked::is_slug(&record.id) {
            return Err(StoreError::BadId {
                id: record.id.clone(),
            });
        }
        let root = match self.root_holding(&record.id) {
            Some(root) => root,
            None => self.root_of(&record.network.name),
        };
        root.ready()?;
        Ok((root.record_file(&record.id), root.shared))
    }

    /// The record folders the index covers: this machine's records
    /// folder, then each shared network folder's.
    pub fn record_folders(&self) -> Vec<RecordFolder> {
        self.roots()
            .0
            .into_iter()
            .map(|root| RecordFolder {
                key: match root.shared {
                    true => format!("shared:{}", root.dir.display()),
                    false => "local".to_string(),
                },
                path: root.records_dir(),
                private_notes: root.shared.then(|| self.private_notes_dir()),
            })
            .collect()
    }

    /// Record ids in every folder, oldest first (ids begin with the date
    /// and time), each once.
    pub fn record_ids(&self) -> Vec<String> {
        let mut ids: Vec<String> = self
            .roots()
            .0
            .iter()
            .flat_map(location::NetworkRoot::record_ids)
            .collect();
        ids.sort();
        ids.dedup();
        ids
    }

    /// Record `id` as its file holds it, with this machine's private
    /// notes joined when the file is in a shared folder.
    pub fn load_record(&self, id: &str) -> Result<Record, Problem> {
        let path = self
            .record_path(id)
            .map_err(|e| Problem::whole_file(Path::new(id), e.to_string()))?;
        let shared = self.root_holding(id).is_some_and(|r| r.shared);
        let bytes = fs::read(&path).map_err(|e| {
            Problem::whole_file(
                &path,
                format!("cannot read the file ({e}); expected a readable runde file"),
            )
        })?;
        self.record_from(&path, &bytes, shared)
    }

    pub fn records(&self) -> Loaded<Record> {
        let mut loaded = Loaded {
            items: Vec::new(),
            problems: Vec::new(),
        };
        for id in self.record_ids() {
            match self.load_record(&id) {
                Ok(record) => loaded.items.push(record),
                Err(problem) => loaded.problems.push(problem),
            }
        }
        loaded
    }

    /// Saves a record atomically and durably, readable by the user only,
    /// whatever is on disk: for a record no live session holds. A live
    /// session saves through [`Store::save_held`].
    pub fn save_record(&self, record: &Record) -> Result<(), StoreError> {
        let (path, shared) = self.record_target(record)?;
        let bytes = self.record_bytes(&path, record, shared)?;
        atomic::write(&path, &bytes).map_err(|error| StoreError::Io { path, error })
    }
}
