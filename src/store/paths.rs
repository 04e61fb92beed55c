//! Where runde keeps its files.

use std::path::{Path, PathBuf};

/// The folders runde reads and writes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Paths {
    /// Settings, the user's own plans and themes.
    pub config_dir: PathBuf,
    /// Networks and session records: what may be shared.
    pub data_dir: PathBuf,
    /// What belongs to this machine only and can be made again: the
    /// review index.
    pub cache_dir: PathBuf,
}

impl Paths {
    /// Both folders under one home (`RUNDE_HOME`).
    pub fn under(home: &Path) -> Paths {
        Paths {
            config_dir: home.join("config"),
            data_dir: home.join("data"),
            cache_dir: home.join("cache"),
        }
    }

    /// `RUNDE_HOME` when set, else the platform's folders.
    pub fn from_env() -> Option<Paths> {
        match std::env::var_os("RUNDE_HOME") {
            Some(home) if !home.is_empty() => Some(Paths::under(Path::new(&home))),
            _ => directories::ProjectDirs::from("dk", "runde", "runde").map(|dirs| Paths {
                config_dir: dirs.config_dir().to_path_buf(),
                data_dir: dirs.data_dir().to_path_buf(),
                cache_dir: dirs.cache_dir().to_path_buf(),
            }),
        }
    }

    pub fn config_file(&self) -> PathBuf {
        self.config_dir.join("config.ron")
    }

    pub fn user_plans_dir(&self) -> PathBuf {
        self.config_dir.join("plans")
    }

    pub fn user_themes_dir(&self) -> PathBuf {
        self.config_dir.join("themes")
    }

    pub fn networks_dir(&self) -> PathBuf {
        self.data_dir.join("networks")
    }

    pub fn records_dir(&self) -> PathBuf {
        self.data_dir.join("records")
    }

    /// Where the locks of live sessions are: one place to change when they
    /// move to a machine-local folder (a shared network's records folder
    /// is no place for one laptop's locks).
    pub fn locks_dir(&self) -> PathBuf {
        self.records_dir()
    }

    /// The lock a live session holds on record `id` (a slug).
    pub fn lock_file(&self, id: &str) -> PathBuf {
        self.locks_dir().join(format!("{id}.lock"))
    }

    /// Every folder runde writes files in, for clearing what a killed
    /// write left behind.
    pub fn written_dirs(&self) -> Vec<PathBuf> {
        vec![
            self.config_dir.clone(),
            self.user_plans_dir(),
            self.user_themes_dir(),
            self.data_dir.clone(),
            self.networks_dir(),
            self.records_dir(),
            self.exports_dir(),
        ]
    }

    /// What the room may see of the live session, for `runde display`.
    pub fn room_file(&self) -> PathBuf {
        self.data_dir.join("room.ron")
    }

    /// Minutes saved from the review screen.
    pub fn exports_dir(&self) -> PathBuf {
        self.data_dir.join("exports")
    }

    /// The review index, machine-local: never in a folder that is shared.
    pub fn index_file(&self) -> PathBuf {
        self.cache_dir.join("index.sqlite")
    }

    /// Where the index lived before it moved to the cache folder; runde
    /// removes it (with its -wal and -shm) when it finds it.
    pub fn old_index_file(&self) -> PathBuf {
        self.data_dir.join("index.sqlite")
    }
}

// The file-name rule is one of the name rules (`crate::names`).
pub use crate::names::slug;
