//! This machine's id, kept in its config folder: a record saved by a live
//! session says which machine saved it, so a meeting running on another
//! laptop (through a shared folder) can be told from an interrupted one.

use super::{Store, atomic};
use crate::model::checked;
use serde::{Deserialize, Deserializer, Serialize};
use std::hash::{BuildHasher, Hasher};

pub const MACHINE_VERSION: u32 = 1;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct MachineFile {
    #[serde(deserialize_with = "machine_version")]
    version: u32,
    /// The host's name and a random part: "annes-laptop-3f9a1c".
    id: String,
}

fn machine_version<'de, D: Deserializer<'de>>(d: D) -> Result<u32, D::Error> {
    checked::version_at_most(d, MACHINE_VERSION)
}

impl Store {
    /// This machine's id: from its config folder, made there the first
    /// time. Where the file cannot be read or written, the host's name
    /// stands in (the same every time), so a save never fails for it.
    pub fn machine_id(&self) -> String {
        let path = self.paths().config_dir.join("machine.ron");
        if path.exists() {
            return match self.read::<MachineFile>(&path) {
                Ok(file) => file.id,
                Err(_) => host_name(),
            };
        }
        let file = MachineFile {
            version: MACHINE_VERSION,
            id: format!("{}-{:06x}", host_name(), random() & 0xff_ffff),
        };
        let written = super::encode_readable(&path, &file)
            .map_err(|e| e.to_string())
            .and_then(|bytes| atomic::write_new(&path, &bytes).map_err(|e| e.to_string()));
        match written {
            Ok(()) => file.id,
            // Another runde made it in between (its id is the one), or the
            // folder cannot be written (the host's name stands in).
            Err(_) => match self.read::<MachineFile>(&path) {
                Ok(there) => there.id,
                Err(_) => host_name(),
            },
        }
    }
}

/// The host's name as a slug ("annes-laptop"), or "runde".
fn host_name() -> String {
    let name = match std::fs::read_to_string("/proc/sys/kernel/hostname")
        .or_else(|_| std::fs::read_to_string("/etc/hostname"))
    {
        Ok(name) => super::slug(name.trim()),
        Err(_) => "unnamed".to_string(),
    };
    if name == "unnamed" {
        "runde".to_string()
    } else {
        name
    }
}

fn random() -> u64 {
    let mut hasher = std::collections::hash_map::RandomState::new().build_hasher();
    hasher.write_u32(std::process::id());
    hasher.finish()
}
