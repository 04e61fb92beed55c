//! Network files: the embedded demo, the user's networks, saving and
//! renaming one.

use super::{Loaded, Store, StoreError, ron_files, slug, upsert};
use crate::model::Network;
use std::fs;
use std::path::PathBuf;

impl Store {
    /// The embedded demo network, then the user's networks (one may
    /// replace the demo by using its name).
    pub fn networks(&self) -> Loaded<Network> {
        let mut loaded = Loaded {
            items: vec![Network::demo()],
            problems: Vec::new(),
        };
        for path in ron_files(&self.paths.networks_dir()) {
            match self.read::<Network>(&path) {
                Ok(network) => upsert(&mut loaded.items, network, |n| crate::names::fold(&n.name)),
                Err(problem) => loaded.problems.push(problem),
            }
        }
        loaded
    }

    pub fn network_path(&self, name: &str) -> PathBuf {
        self.paths
            .networks_dir()
            .join(format!("{}.ron", slug(name)))
    }

    pub fn save_network(&self, network: &Network) -> Result<(), StoreError> {
        self.write_ron(&self.network_path(&network.name), network)
    }

    /// Saves `network` under its new name, then removes the file of its
    /// old one (kept if the new one could not be written).
    pub fn rename_network(&self, old_name: &str, network: &Network) -> Result<(), StoreError> {
        self.save_network(network)?;
        let old = self.network_path(old_name);
        if old == self.network_path(&network.name) {
            return Ok(());
        }
        match fs::remove_file(&old) {
            Err(error) if error.kind() != std::io::ErrorKind::NotFound => {
                Err(StoreError::Io { path: old, error })
            }
            _ => Ok(()),
        }
    }
}
