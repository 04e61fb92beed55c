//! Moving a network into a folder of its own (`runde network share`) and
//! adding a network found in such a folder (`runde network join`).
//!
//! Sharing copies, verifies by reading back, remembers the folder, and
//! only then removes the old files: interrupted at any point, running it
//! again finishes the job and loses nothing.

use super::location::{Location, NetworkRoot};
use super::private_notes::split;
use super::{Problem, Store, StoreError, atomic};
use crate::model::record_merge::merge;
use crate::model::{Network, Record};
use std::fs;
use std::io;
use std::path::{Path, PathBuf};

/// What sharing did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Shared {
    pub network: String,
    pub dir: PathBuf,
    /// Session records now in the shared folder.
    pub records: usize,
    /// Private notes kept on this machine.
    pub private_notes: usize,
    /// Records of this machine that could not be read, so not moved: they
    /// stay where they are.
    pub left: Vec<Problem>,
}

/// Why a network could not be shared or joined; nothing was removed.
#[derive(Debug)]
pub enum ShareError {
    /// No network of that name has a file on this machine.
    NoSuchNetwork(String),
    /// The network lives in another shared folder already.
    SharedElsewhere {
        network: String,
        dir: PathBuf,
    },
    /// The folder holds a different network of the same name.
    OtherNetworkThere {
        network: String,
        path: PathBuf,
    },
    /// The folder is inside runde's own folders.
    InsideRunde(PathBuf),
    /// The folder holds no network.
    NoNetworkThere(PathBuf),
    /// A copy read back differs from what was written.
    CopyDiffers(PathBuf),
    Unreadable(Problem),
    Store(StoreError),
}

impl From<StoreError> for ShareError {
    fn from(e: StoreError) -> ShareError {
        ShareError::Store(e)
    }
}

fn io_error(path: &Path) -> impl FnOnce(io::Error) -> ShareError + '_ {
    move |error| {
        ShareError::Store(StoreError::Io {
            path: path.to_path_buf(),
            error,
        })
    }
}

impl Store {
    /// Moves network `name` and its session records into `dir` (see the
    /// module's comment). Private notes stay in this machine's data folder.
    pub fn share_network(&self, name: &str, dir: &Path) -> Result<Shared, ShareError> {
        let dir = self.usable_folder(dir, true)?;
        let target = NetworkRoot::shared(&dir);
        let local = self.local_root();
        let network = match self.root_of(name).location() {
            Location::Shared { dir: there } if there != dir => {
                return Err(ShareError::SharedElsewhere {
                    network: name.to_string(),
                    dir: there,
                });
            }
            _ => self.network_at(&local, name, &target)?,
        };
        let network_file = local.network_file(&network.name);
        let shared_file = target.network_file(&network.name);
        if let Some(there) = self
            .readable_before_write::<Network>(&shared_file)
            .map_err(ShareError::Store)?
            && (!crate::names::same(&there.name, &network.name)
                || (network_file.exists() && there != network))
        {
            return Err(ShareError::OtherNetworkThere {
                network: there.name,
                path: shared_file,
            });
        }
        // Copy, then read back through the loader.
        let mut moved = Vec::new();
        let mut left = Vec::new();
        let mut private_notes = 0;
        for id in local.record_ids() {
            let path = local.record_file(&id);
            let record: Record = match self.read(&path) {
                Ok(record) => record,
                Err(problem) => {
                    left.push(problem);
                    continue;
                }
            };
            if !crate::names::same(&record.network.name, &network.name) {
                continue;
            }
            let copy = target.record_file(&id);
            let record = match self.readable_before_write::<Record>(&copy)? {
                // Both copies of an interrupted share, or a session saved
                // on both sides: every note kept.
                Some(there) if there != split(&record).0 => merge(&record, &there),
                _ => record,
            };
            let (public, private) = split(&record);
            private_notes += private.notes.len();
            self.save_private_notes(&id, private)?;
            let bytes = super::encode_readable(&copy, &public)?;
            atomic::write(&copy, &bytes).map_err(io_error(&copy))?;
            if self.read::<Record>(&copy).map_err(ShareError::Unreadable)? != public {
                return Err(ShareError::CopyDiffers(copy));
            }
            moved.push(path);
        }
        if network_file.exists() {
            let bytes = super::encode_readable(&shared_file, &network)?;
            atomic::write(&shared_file, &bytes).map_err(io_error(&shared_file))?;
            if self
                .read::<Network>(&shared_file)
                .map_err(ShareError::Unreadable)?
                != network
            {
                return Err(ShareError::CopyDiffers(shared_file));
            }
        }
        let mut locations = self.locations().map_err(ShareError::Unreadable)?;
        locations.add(&dir, Some(&network.name));
        self.save_locations(&locations)?;
        // Only now the old files go.
        for path in moved.iter().chain([&network_file]) {
            match fs::remove_file(path) {
                Err(e) if e.kind() != io::ErrorKind::NotFound => return Err(io_error(path)(e)),
                _ => {}
            }
        }
        Ok(Shared {
            network: network.name,
            dir: dir.clone(),
            records: target
                .record_ids()
                .iter()
                .filter(|id| {
                    self.read::<Record>(&target.record_file(id))
                        .is_ok_and(|r| crate::names::same(&r.network.name, name))
                })
                .count(),
            private_notes,
            left,
        })
    }

    /// The network `name` to share: from this machine's file, else (a
    /// share that was interrupted after the copy) from the shared folder's.
    fn network_at(
        &self,
        local: &NetworkRoot,
        name: &str,
        target: &NetworkRoot,
    ) -> Result<Network, ShareError> {
        for root in [local, target] {
            let path = root.network_file(name);
            if path.is_file() {
                let network: Network = self.read(&path).map_err(ShareError::Unreadable)?;
                if crate::names::same(&network.name, name) {
                    return Ok(network);
                }
            }
        }
        Err(ShareError::NoSuchNetwork(name.to_string()))
    }

    /// Adds the networks found in `dir` to this machine; their names.
    pub fn join_folder(&self, dir: &Path) -> Result<Vec<String>, ShareError> {
        let dir = self.usable_folder(dir, false)?;
        let root = NetworkRoot::shared(&dir);
        let mut names = Vec::new();
        for path in super::ron_files(&root.networks_dir()) {
            let network: Network = self.read(&path).map_err(ShareError::Unreadable)?;
            names.push(network.name);
        }
        if names.is_empty() {
            return Err(ShareError::NoNetworkThere(dir));
        }
        let local = self.local_root();
        let mut locations = self.locations().map_err(ShareError::Unreadable)?;
        for name in &names {
            let mine = local.network_file(name);
            if mine.is_file() {
                // This machine has a network of that name of its own.
                return Err(ShareError::OtherNetworkThere {
                    network: name.clone(),
                    path: mine,
                });
            }
            locations.add(&dir, Some(name));
        }
        self.save_locations(&locations)?;
        Ok(names)
    }

    /// `dir` as an absolute path, made when sharing into a folder that is
    /// not there yet; never inside runde's own folders.
    fn usable_folder(&self, dir: &Path, make: bool) -> Result<PathBuf, ShareError> {
        if make && !dir.exists() {
            atomic::private_dir(dir).map_err(io_error(dir))?;
        }
        let dir = fs::canonicalize(dir).map_err(io_error(dir))?;
        let paths = self.paths();
        for own in [&paths.data_dir, &paths.config_dir, &paths.cache_dir] {
            let own = fs::canonicalize(own).unwrap_or_else(|_| own.clone());
            if dir.starts_with(&own) || own.starts_with(&dir) {
                return Err(ShareError::InsideRunde(dir));
            }
        }
        Ok(dir)
    }
}

impl ShareError {
    /// The error in the UI's language.
    pub fn describe(&self, lang: crate::text::Lang) -> String {
        use crate::i18n::share as t;
        let shown = |p: &Path| p.display().to_string();
        match self {
            ShareError::NoSuchNetwork(name) => t::NO_SUCH_NETWORK.fill(lang, &[name]),
            ShareError::SharedElsewhere { network, dir } => {
                t::SHARED_ELSEWHERE.fill(lang, &[network, &shown(dir)])
            }
            ShareError::OtherNetworkThere { network, path } => {
                t::OTHER_NETWORK_THERE.fill(lang, &[&shown(path), network])
            }
            ShareError::InsideRunde(dir) => t::INSIDE_RUNDE.fill(lang, &[&shown(dir)]),
            ShareError::NoNetworkThere(dir) => t::NO_NETWORK_THERE.fill(lang, &[&shown(dir)]),
            ShareError::CopyDiffers(path) => t::COPY_DIFFERS.fill(lang, &[&shown(path)]),
            ShareError::Unreadable(problem) => {
                format!("{} – {}", problem.describe(lang), t::NOT_SHARED.get(lang))
            }
            ShareError::Store(error) => {
                format!("{} – {}", error.describe(lang), t::NOT_SHARED.get(lang))
            }
        }
    }
}
