//! Where each network lives: in this machine's data folder, or in a
//! folder of its own that git or a file-sync service shares between the
//! facilitators' laptops. The registry of shared folders is this
//! machine's (in its config folder), never in a shared one.
//!
//! A folder that holds networks, local or shared, has the same layout:
//! `networks/<name>.ron` and `records/<id>.ron`. Every lookup of a
//! network's file and of its session records goes through [`NetworkRoot`].

use super::{Problem, Store, StoreError, checked_id, slug};
use crate::model::checked;
use serde::{Deserialize, Deserializer, Serialize};
use std::path::{Path, PathBuf};

pub const LOCATIONS_VERSION: u32 = 1;

/// The registry: the shared folders this machine knows.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Locations {
    #[serde(deserialize_with = "locations_version")]
    pub version: u32,
    #[serde(default)]
    pub shared: Vec<SharedFolder>,
}

impl Default for Locations {
    fn default() -> Locations {
        Locations {
            version: LOCATIONS_VERSION,
            shared: Vec::new(),
        }
    }
}

fn locations_version<'de, D: Deserializer<'de>>(d: D) -> Result<u32, D::Error> {
    checked::version_at_most(d, LOCATIONS_VERSION)
}

/// A shared folder, and the networks last seen in it (named when the
/// folder is not there: not mounted, not synced yet).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SharedFolder {
    pub dir: PathBuf,
    #[serde(default)]
    pub networks: Vec<String>,
}

impl Locations {
    /// Adds `dir` (once) with `network` among the names seen there.
    pub fn add(&mut self, dir: &Path, network: Option<&str>) {
        let slot = match self.shared.iter().position(|f| f.dir == dir) {
            Some(i) => &mut self.shared[i],
            None => {
                self.shared.push(SharedFolder {
                    dir: dir.to_path_buf(),
                    networks: Vec::new(),
                });
                let last = self.shared.len() - 1;
                &mut self.shared[last]
            }
        };
        if let Some(name) = network
            && !slot.networks.iter().any(|n| crate::names::same(n, name))
        {
            slot.networks.push(name.to_string());
        }
    }
}

/// Where one network lives.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Location {
    /// This machine's data folder.
    Local,
    /// A folder of its own, shared with other machines.
    Shared { dir: PathBuf },
}

/// A folder holding networks and their session records.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NetworkRoot {
    pub dir: PathBuf,
    pub shared: bool,
}

impl NetworkRoot {
    pub fn shared(dir: &Path) -> NetworkRoot {
        NetworkRoot {
            dir: dir.to_path_buf(),
            shared: true,
        }
    }

    pub fn networks_dir(&self) -> PathBuf {
        self.dir.join("networks")
    }

    pub fn records_dir(&self) -> PathBuf {
        self.dir.join("records")
    }

    /// The file of the network called `name` here.
    pub fn network_file(&self, name: &str) -> PathBuf {
        self.networks_dir().join(format!("{}.ron", slug(name)))
    }

    /// The file of record `id` here (`id` must be a slug).
    pub fn record_file(&self, id: &str) -> PathBuf {
        self.records_dir().join(format!("{id}.ron"))
    }

    pub fn location(&self) -> Location {
        match self.shared {
            true => Location::Shared {
                dir: self.dir.clone(),
            },
            false => Location::Local,
        }
    }

    /// The record ids whose files are here.
    pub fn record_ids(&self) -> Vec<String> {
        super::ron_files(&self.records_dir())
            .iter()
            .filter_map(|p| {
                p.file_name()?
                    .to_str()
                    .and_then(checked_id)
                    .map(str::to_string)
            })
            .collect()
    }

    /// A shared folder must be there before runde writes into it: one
    /// that is not mounted or synced yet is never made on the local disk.
    pub fn ready(&self) -> Result<(), StoreError> {
        if !self.shared || self.dir.is_dir() {
            return Ok(());
        }
        Err(StoreError::Io {
            path: self.dir.clone(),
            error: std::io::Error::new(
                std::io::ErrorKind::NotFound,
                "the shared folder is not there",
            ),
        })
    }
}

/// What `runde network share` and `join` found wrong before changing anything.
#[derive(Debug)]
pub enum ShareError {
    Store(StoreError),
    Unreadable(Problem),
}

impl Store {
    /// The registry file, in this machine's config folder.
    pub fn locations_file(&self) -> PathBuf {
        self.paths().config_dir.join("locations.ron")
    }

    /// The registry: empty when there is no file yet.
    pub fn locations(&self) -> Result<Locations, Problem> {
        let path = self.locations_file();
        if !path.exists() {
            return Ok(Locations::default());
        }
        self.read::<Locations>(&path)
    }

    /// Writes the registry, never over a registry file that does not load.
    pub fn save_locations(&self, locations: &Locations) -> Result<(), StoreError> {
        let path = self.locations_file();
        self.readable_before_write::<Locations>(&path)?;
        self.write_ron(&path, locations)
    }

    /// This machine's data folder as a root of networks.
    pub fn local_root(&self) -> NetworkRoot {
        NetworkRoot {
            dir: self.paths().data_dir.clone(),
            shared: false,
        }
    }

    /// Every folder that holds networks: the local one first, then each
    /// shared one, with what is wrong (a registry that does not load, a
    /// shared folder that is not there).
    pub fn roots(&self) -> (Vec<NetworkRoot>, Vec<Problem>) {
        let mut roots = vec![self.local_root()];
        let mut problems = Vec::new();
        match self.locations() {
            Ok(locations) => {
                for folder in locations.shared {
                    if !folder.dir.is_dir() {
                        problems.push(Problem::whole_file(
                            &folder.dir,
                            format!(
                                "the shared folder of {} is not there; expected the folder `runde network share` or `join` named (mounted, or synced to this machine)",
                                names_or_network(&folder.networks)
                            ),
                        ));
                    }
                    roots.push(NetworkRoot {
                        dir: folder.dir,
                        shared: true,
                    });
                }
            }
            Err(problem) => problems.push(problem),
        }
        (roots, problems)
    }

    /// The folder network `name` lives in: the shared folder whose
    /// network file it has (or that last held it, when the folder is not
    /// there now), else this machine's data folder.
    pub fn root_of(&self, name: &str) -> NetworkRoot {
        // A registry that does not load is said where networks are
        // listed; meanwhile what is not found there is local.
        let shared = match self.locations() {
            Ok(locations) => locations.shared,
            Err(_) => Vec::new(),
        };
        shared
            .into_iter()
            .find(|folder| match folder.dir.is_dir() {
                true => NetworkRoot::shared(&folder.dir)
                    .network_file(name)
                    .is_file(),
                false => folder.networks.iter().any(|n| crate::names::same(n, name)),
            })
            .map(|folder| NetworkRoot::shared(&folder.dir))
            .unwrap_or_else(|| self.local_root())
    }

    /// Where network `name` lives (see [`Store::root_of`]).
    pub fn location_of(&self, name: &str) -> Location {
        self.root_of(name).location()
    }

    /// The folder that holds record `id`'s file: the shared folders are
    /// looked in first (a network being shared has its copy there), then
    /// this machine's. None when no folder has it.
    pub fn root_holding(&self, id: &str) -> Option<NetworkRoot> {
        let (mut roots, _) = self.roots();
        roots.rotate_left(1);
        roots.into_iter().find(|r| r.record_file(id).is_file())
    }
}

/// "Nord, Syd" or "a network".
fn names_or_network(names: &[String]) -> String {
    match names.is_empty() {
        true => "a network".to_string(),
        false => names.join(", "),
    }
}
