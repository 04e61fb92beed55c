//! Network files: the embedded demo, the user's networks, saving and
//! renaming one.

use super::{Loaded, Store, StoreError, ron_files, upsert};
use crate::model::Network;
use crate::model::charter::Charter;
use std::fs;
use std::path::PathBuf;

impl Store {
    /// The embedded demo network, then the user's networks in Danish
    /// order of their names ([`crate::names::sort_key`]; one may replace
    /// the demo by using its name). Conflict copies in shared folders are
    /// merged on the way (`conflict_copies`).
    pub fn networks(&self) -> Loaded<Network> {
        let mut loaded = Loaded {
            items: vec![Network::demo()],
            problems: Vec::new(),
        };
        let (roots, problems) = self.roots();
        loaded.problems.extend(problems);
        for root in roots {
            // A shared folder's conflict copies merged first (never
            // ignored); what cannot be merged is named and not read.
            let kept = if root.shared {
                let settled = self.settle_conflict_copies(&root);
                loaded.problems.extend(settled.problems);
                settled.kept
            } else {
                Vec::new()
            };
            for path in ron_files(&root.networks_dir()) {
                if kept.contains(&path) {
                    continue;
                }
                match self.read::<Network>(&path) {
                    Ok(network) => {
                        upsert(&mut loaded.items, network, |n| crate::names::fold(&n.name))
                    }
                    Err(problem) => loaded.problems.push(problem),
                }
            }
        }
        // By name, not by file name: »Ældreplejeledere« (aeldre…) last.
        if let Some(users) = loaded.items.get_mut(1..) {
            users.sort_by_cached_key(|n| crate::names::sort_key(&n.name));
        }
        loaded
    }

    /// The file of network `name`, in the folder it lives in.
    pub fn network_path(&self, name: &str) -> PathBuf {
        self.root_of(name).network_file(name)
    }

    /// Writes a network to its file: a new one, or one read from there.
    /// A file there that does not load, or holds another network (whose
    /// name makes the same file name), is never written over.
    pub fn save_network(&self, network: &Network) -> Result<(), StoreError> {
        self.save_network_over(network, &network.name)
    }

    /// Writes `network` in the folder the network called `may_replace`
    /// lives in (its old name, when it is renamed).
    fn save_network_over(&self, network: &Network, may_replace: &str) -> Result<(), StoreError> {
        let root = self.root_of(may_replace);
        root.ready()?;
        let path = root.network_file(&network.name);
        if let Some(there) = self.readable_before_write::<Network>(&path)? {
            let mine = |name: &str| name.trim().to_lowercase();
            if mine(&there.name) != mine(&network.name) && mine(&there.name) != mine(may_replace) {
                return Err(StoreError::Occupied {
                    path,
                    holder: there.name,
                });
            }
        }
        self.write_ron(&path, network)
    }

    /// Saves `network` under its new name, then removes the file of its
    /// old one (kept if the new one could not be written).
    pub fn rename_network(&self, old_name: &str, network: &Network) -> Result<(), StoreError> {
        let root = self.root_of(old_name);
        self.save_network_over(network, old_name)?;
        let old = root.network_file(old_name);
        if old == root.network_file(&network.name) {
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

/// Why a network could not take in what a meeting agreed.
#[derive(Debug)]
pub enum NetworkUpdateError {
    /// The network's file is there but cannot be read: it is left alone.
    Unreadable(super::Problem),
    Save(StoreError),
}

impl NetworkUpdateError {
    pub fn describe(&self, lang: crate::text::Lang) -> String {
        match self {
            NetworkUpdateError::Unreadable(problem) => problem.describe(lang),
            NetworkUpdateError::Save(error) => error.describe(lang),
        }
    }
}

impl Store {
    /// Takes what a meeting agreed into its network's charter. The
    /// network's file is read as it is now, so changes made since the
    /// meeting began are kept; a network with no file yet (the demo) starts
    /// from the meeting's copy. A file that cannot be read is not written over.
    pub fn adopt_charter(
        &self,
        at_meeting: &Network,
        agreed: &Charter,
    ) -> Result<Network, NetworkUpdateError> {
        let path = self.network_path(&at_meeting.name);
        let mut network = if path.exists() {
            self.read::<Network>(&path)
                .map_err(NetworkUpdateError::Unreadable)?
        } else {
            at_meeting.clone()
        };
        network.charter.adopt(agreed);
        self.save_network(&network)
            .map_err(NetworkUpdateError::Save)?;
        Ok(network)
    }
}
