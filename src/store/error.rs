//! A write that failed, and how to say why in the UI's language.

use super::*;

/// A write that failed.
#[derive(Debug)]
pub enum StoreError {
    Io {
        path: PathBuf,
        error: std::io::Error,
    },
    Encode {
        path: PathBuf,
        error: String,
    },
    /// What would be written does not pass the reader's checks (a name
    /// too long, an empty list, a bad duration): writing it would leave a
    /// file runde cannot read back, so nothing is written.
    WouldNotLoad {
        problem: Box<Problem>,
    },
    /// Another runde has the record open.
    Locked {
        path: PathBuf,
    },
    /// A name that cannot become a file name.
    BadId {
        id: String,
    },
    /// The file there does not load: runde does not write over it.
    Unreadable {
        problem: Box<Problem>,
    },
    /// The file there holds another network whose name makes the same
    /// file name.
    Occupied {
        path: PathBuf,
        holder: String,
    },
}

impl fmt::Display for StoreError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            // The reason first: a status line cut at the screen's edge
            // must still say why (the path can be long).
            StoreError::Io { path, error } => write!(f, "{error}: {}", path.display()),
            StoreError::Encode { path, error } => {
                write!(f, "{}: could not write RON: {error}", path.display())
            }
            StoreError::Locked { path } => write!(
                f,
                "{}: another runde has this session open; close it there first",
                path.display()
            ),
            StoreError::BadId { id } => write!(f, "\"{id}\" is not a usable session id"),
            StoreError::Unreadable { .. }
            | StoreError::Occupied { .. }
            | StoreError::WouldNotLoad { .. } => {
                write!(f, "{}", self.describe(crate::text::Lang::En))
            }
        }
    }
}

impl std::error::Error for StoreError {}

impl StoreError {
    /// The error in the UI's language, the reason before the path (a status
    /// line cut at the screen's edge must still say why).
    pub fn describe(&self, lang: crate::text::Lang) -> String {
        use crate::i18n::errors;
        match self {
            StoreError::Io { path, error } => {
                format!("{}: {}", errors::io_reason(error, lang), path.display())
            }
            StoreError::Locked { path } => {
                format!("{}: {}", errors::LOCKED.get(lang), path.display())
            }
            StoreError::Unreadable { problem } => {
                format!(
                    "{} – {}",
                    problem.describe(lang),
                    errors::NOT_WRITTEN_OVER.get(lang)
                )
            }
            StoreError::WouldNotLoad { problem } => format!(
                "{} – {}",
                problem.describe(lang),
                errors::NOT_WRITTEN_UNREADABLE.get(lang)
            ),
            StoreError::Occupied { path, holder } => format!(
                "{}: {}",
                path.display(),
                errors::OCCUPIED.fill(lang, &[holder])
            ),
            StoreError::Encode { .. } | StoreError::BadId { .. } => self.to_string(),
        }
    }
}
