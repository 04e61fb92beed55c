//! The only code that touches files: where they live, reading them with
//! errors that name the file, line and column, and writing them atomically.

pub mod atomic;
pub mod bundled_themes;
pub mod check;
pub mod conflict_copies;
mod conflict_markers;
mod conflict_names;
mod debris;
pub mod discard;
mod error;
pub mod export_file;
mod followed;
pub mod git_sync;
mod held;
mod home_data;
pub mod index;
mod index_facts;
mod index_facts_codec;
pub mod index_query;
mod index_refresh;
mod index_schema;
mod index_search;
mod index_write;
pub mod location;
pub mod lock;
mod lookup;
pub mod machine;
mod network_files;
pub use network_files::NetworkUpdateError;
mod network_lookups;
pub mod parse;
pub mod paths;
mod plan_lookup;
mod plan_reuse;
pub mod private_notes;
pub mod problem;
mod records;
pub mod share;

use crate::model::theme::ThemeColours;
use crate::model::{Config, Plan, Theme};
pub use error::StoreError;
pub use held::{HeldRecord, LOCK_WAIT, Saved};
pub use home_data::HomeData;
pub use lock::{LockError, RecordLock};
pub use lookup::Lookup;
pub use paths::{Paths, slug};
pub use problem::Problem;
use serde::de::DeserializeOwned;
use std::fmt;
use std::fs;
use std::path::{Path, PathBuf};

/// Items that loaded, and the problems with those that did not.
#[derive(Debug, Clone)]
pub struct Loaded<T> {
    pub items: Vec<T>,
    pub problems: Vec<Problem>,
}

/// A folder of session records the index covers, with the key its files
/// are known by in the index (so the folder may move with its home).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RecordFolder {
    pub key: String,
    pub path: PathBuf,
    /// For a shared folder: where this machine keeps the private notes of
    /// its records, joined to them when they are read.
    pub private_notes: Option<PathBuf>,
}

/// Where a plan or theme came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    Bundled,
    User(PathBuf),
}

impl Source {
    pub fn is_user(&self) -> bool {
        matches!(self, Source::User(_))
    }
}

#[derive(Debug, Clone)]
pub struct PlanEntry {
    pub plan: Plan,
    pub source: Source,
}

#[derive(Debug, Clone)]
pub struct ThemeEntry {
    pub theme: Theme,
    pub source: Source,
}

#[derive(Debug, Clone)]
pub struct Store {
    paths: Paths,
}

impl Store {
    pub fn new(paths: Paths) -> Store {
        Store { paths }
    }

    /// The store at `RUNDE_HOME`, or the platform's folders.
    pub fn from_env() -> Result<Store, String> {
        Paths::from_env().map(Store::new).ok_or_else(|| {
            "no home folder found; set RUNDE_HOME to the folder runde may use".to_string()
        })
    }

    pub fn paths(&self) -> &Paths {
        &self.paths
    }

    /// Reads a file of any runde format; never writes to it.
    pub fn read<T: DeserializeOwned>(&self, path: &Path) -> Result<T, Problem> {
        let bytes = fs::read(path).map_err(|e| {
            Problem::whole_file(
                path,
                format!("cannot read the file ({e}); expected a readable runde file"),
            )
        })?;
        parse::parse(path, &bytes)
    }

    /// The settings, or the defaults with the problem when the file is bad.
    pub fn config(&self) -> (Config, Vec<Problem>) {
        let path = self.paths.config_file();
        if !path.exists() {
            return (Config::default(), Vec::new());
        }
        let read = fs::read(&path).map_err(|e| {
            Problem::whole_file(
                &path,
                format!("cannot read the file ({e}); expected a readable runde file"),
            )
        });
        match read.and_then(|bytes| parse::parse::<Config>(&path, &bytes).map(|c| (c, bytes))) {
            Ok((mut config, bytes)) => {
                let text = String::from_utf8_lossy(&bytes);
                match self.config_problem(&config, &path, &text) {
                    // Said once, here, where the config names it; the
                    // default theme stands in.
                    Some(problem) => {
                        config.theme = None;
                        (config, vec![problem])
                    }
                    None => (config, Vec::new()),
                }
            }
            Err(problem) => (Config::default(), vec![problem]),
        }
    }

    /// What loading finds wrong in a config that reads: a theme that does
    /// not exist, said at the place the config names it.
    pub(crate) fn config_problem(
        &self,
        config: &Config,
        path: &Path,
        text: &str,
    ) -> Option<Problem> {
        let wanted = config.theme.as_deref()?;
        let ids: Vec<String> = self
            .themes()
            .items
            .into_iter()
            .map(|e| e.theme.id)
            .collect();
        if ids.iter().any(|id| id == wanted) {
            return None;
        }
        let (line, col) = parse::field_position(text, "theme").unwrap_or((1, 1));
        let list: Vec<String> = ids.iter().map(|id| format!("`{id}`")).collect();
        Some(Problem::new(
            path,
            line,
            col,
            format!(
                "there is no theme `{wanted}`; expected one of {}",
                list.join(", ")
            ),
        ))
    }

    /// Writes the settings, never over a config file that does not load.
    pub fn save_config(&self, config: &Config) -> Result<(), StoreError> {
        let path = self.paths.config_file();
        self.readable_before_write::<Config>(&path)?;
        self.write_ron(&path, config)
    }

    /// What is in the file at `path` before runde writes there: nothing,
    /// or what loads from it. A file that does not load is an error: runde
    /// never writes over what it could not read (a hand-edited file with a
    /// typo, a file from a newer runde).
    pub fn readable_before_write<T: DeserializeOwned>(
        &self,
        path: &Path,
    ) -> Result<Option<T>, StoreError> {
        match fs::symlink_metadata(path) {
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
            Err(error) => Err(StoreError::Io {
                path: path.to_path_buf(),
                error,
            }),
            Ok(_) => self
                .read::<T>(path)
                .map(Some)
                .map_err(StoreError::unreadable),
        }
    }

    /// Bundled plans, then the user's, which override by id or add new ones.
    pub fn plans(&self) -> Loaded<PlanEntry> {
        let mut loaded = Loaded {
            items: Vec::new(),
            problems: Vec::new(),
        };
        for (id, source) in crate::bundled::PLANS {
            let path = PathBuf::from(format!("sessions/{id}.ron"));
            match parse::parse::<Plan>(&path, source.as_bytes()) {
                Ok(plan) => loaded.items.push(PlanEntry {
                    plan,
                    source: Source::Bundled,
                }),
                Err(problem) => loaded.problems.push(problem),
            }
        }
        for path in ron_files(&self.paths.user_plans_dir()) {
            match self
                .read::<Plan>(&path)
                .and_then(|p| id_matches_file(&path, p, |p| &p.id))
            {
                Ok(plan) => upsert(
                    &mut loaded.items,
                    PlanEntry {
                        plan,
                        source: Source::User(path),
                    },
                    |e| e.plan.id.clone(),
                ),
                Err(problem) => loaded.problems.push(problem),
            }
        }
        loaded
    }

    /// Bundled themes, then the user's, which override by id or add new ones.
    pub fn themes(&self) -> Loaded<ThemeEntry> {
        let mut loaded = Loaded {
            items: Vec::new(),
            problems: Vec::new(),
        };
        for (id, source) in bundled_themes::THEMES {
            let path = PathBuf::from(format!("themes/{id}.ron"));
            match parse::parse::<Theme>(&path, source.as_bytes()) {
                Ok(theme) => loaded.items.push(ThemeEntry {
                    theme,
                    source: Source::Bundled,
                }),
                Err(problem) => loaded.problems.push(problem),
            }
        }
        for path in ron_files(&self.paths.user_themes_dir()) {
            match self
                .read::<Theme>(&path)
                .and_then(|t| id_matches_file(&path, t, |t| &t.id))
            {
                Ok(theme) => upsert(
                    &mut loaded.items,
                    ThemeEntry {
                        theme,
                        source: Source::User(path),
                    },
                    |e| e.theme.id.clone(),
                ),
                Err(problem) => loaded.problems.push(problem),
            }
        }
        loaded
    }

    /// The colours of theme `id` (default: the config's, else "default"),
    /// every role it leaves unset taken from the embedded default theme.
    /// An unknown id falls back to the default, with a problem to show.
    pub fn theme_colours(&self, id: Option<&str>) -> (ThemeColours, Vec<Problem>) {
        let loaded = self.themes();
        let mut problems = loaded.problems;
        let base = loaded
            .items
            .iter()
            .find(|e| e.theme.id == "default" && e.source == Source::Bundled)
            .map(|e| e.theme.colours.clone())
            .or_else(|| {
                bundled_themes::THEMES.first().and_then(|(_, src)| {
                    parse::parse::<Theme>(Path::new("themes/default.ron"), src.as_bytes())
                        .ok()
                        .map(|t| t.colours)
                })
            })
            .unwrap_or_default();
        let wanted = id.unwrap_or("default");
        match loaded.items.iter().find(|e| e.theme.id == wanted) {
            Some(entry) => (entry.theme.colours.over(&base), problems),
            None => {
                problems.push(Problem::whole_file(
                    &self.paths.user_themes_dir().join(format!("{}.ron", slug(wanted))),
                    format!("there is no theme \"{wanted}\"; expected one of the ids `runde themes` lists"),
                ));
                (base, problems)
            }
        }
    }

    fn write_ron<T: serde::Serialize + DeserializeOwned>(
        &self,
        path: &Path,
        value: &T,
    ) -> Result<(), StoreError> {
        let bytes = encode_readable(path, value)?;
        atomic::write(path, &bytes).map_err(|error| StoreError::Io {
            path: path.to_path_buf(),
            error,
        })
    }
}

/// `value` as the RON runde writes, read back through the same checks a
/// load runs (names, counts, durations, versions), so that what runde
/// writes, runde reads: a value that would not load is refused unwritten.
pub(crate) fn encode_readable<T: serde::Serialize + DeserializeOwned>(
    path: &Path,
    value: &T,
) -> Result<Vec<u8>, StoreError> {
    let text = parse::to_ron(value).map_err(|e| StoreError::Encode {
        path: path.to_path_buf(),
        error: e.to_string(),
    })?;
    match parse::parse::<T>(path, text.as_bytes()) {
        Ok(_) => Ok(text.into_bytes()),
        Err(problem) => Err(StoreError::WouldNotLoad {
            problem: Box::new(problem),
        }),
    }
}

/// The record id a file name `<id>.ron` stands for, if it is one.
pub(crate) fn checked_id(file_name: &str) -> Option<&str> {
    file_name
        .strip_suffix(".ron")
        .filter(|id| crate::model::checked::is_slug(id))
}

/// The `.ron` files in a folder, by name; none when the folder is missing.
fn ron_files(dir: &Path) -> Vec<PathBuf> {
    let Ok(entries) = fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut files: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "ron") && p.is_file())
        .collect();
    files.sort();
    files
}

pub(crate) fn id_matches_file<T>(
    path: &Path,
    value: T,
    id: impl Fn(&T) -> &String,
) -> Result<T, Problem> {
    let stem = path.file_stem().and_then(|s| s.to_str()).unwrap_or("");
    if id(&value) != stem {
        return Err(Problem::whole_file(
            path,
            format!(
                "the id \"{}\" differs from the file name; expected id: \"{stem}\"",
                id(&value)
            ),
        ));
    }
    Ok(value)
}

fn upsert<T>(items: &mut Vec<T>, item: T, key: impl Fn(&T) -> String) {
    let k = key(&item);
    match items.iter_mut().find(|i| key(i) == k) {
        Some(slot) => *slot = item,
        None => items.push(item),
    }
}
