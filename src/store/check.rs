//! `runde check`: a file read as runde would load it. The kind comes from
//! the file's place (`config.ron`, a `plans`, `sessions`, `themes`,
//! `networks` or `records` folder), else from its fields, else from which
//! kind it reads as; then [`Store::check_file`] makes every check loading
//! makes (a plan's or theme's id against its file name, a theme the config
//! names), so a file `check` calls valid loads.

use super::parse::{FileKind, guess_kind, parse};
use super::{Problem, Store, id_matches_file};
use crate::model::{Config, Network, Plan, Record, Theme};
use std::path::Path;

/// The kinds tried, in order, for a file whose place and fields say
/// nothing: a config holds the fewest fields.
const TRY_IN_ORDER: [FileKind; 5] = [
    FileKind::Config,
    FileKind::Network,
    FileKind::Theme,
    FileKind::Plan,
    FileKind::Record,
];

/// What runde says of a file it cannot place.
pub const UNKNOWN_KIND: &str = "this is none of runde's files; expected a plan (with `steps:`), a theme (`colours:`), a network (`participants:`), a record or a config";

impl Store {
    /// Reads `path`, works out which runde file it is, and says what
    /// loading it would say.
    pub fn check_file(&self, path: &Path) -> Result<FileKind, Problem> {
        let bytes = read(path)?;
        let kind = check_bytes(path, &bytes)?;
        match kind {
            FileKind::Plan => {
                parse::<Plan>(path, &bytes).and_then(|p| id_matches_file(path, p, |p| &p.id))?;
            }
            FileKind::Theme => {
                parse::<Theme>(path, &bytes).and_then(|t| id_matches_file(path, t, |t| &t.id))?;
            }
            FileKind::Config => {
                let config = parse::<Config>(path, &bytes)?;
                let text = String::from_utf8_lossy(&bytes);
                if let Some(problem) = self.config_problem(&config, path, &text) {
                    return Err(problem);
                }
            }
            FileKind::Network | FileKind::Record => {}
        }
        Ok(kind)
    }
}

/// Reads a file and validates its content as whatever runde file it is,
/// without the checks that need the rest of runde's files.
pub fn check_file(path: &Path) -> Result<FileKind, Problem> {
    check_bytes(path, &read(path)?)
}

fn read(path: &Path) -> Result<Vec<u8>, Problem> {
    std::fs::read(path).map_err(|e| {
        // The reason in English words the problem's Danish can find again.
        let reason = crate::i18n::errors::io_reason(&e, crate::text::Lang::En);
        Problem::whole_file(
            path,
            format!("cannot read the file ({reason}); expected a readable runde file"),
        )
    })
}

/// Validates bytes as the runde file its place, fields or content say.
pub fn check_bytes(path: &Path, bytes: &[u8]) -> Result<FileKind, Problem> {
    let text = String::from_utf8_lossy(bytes);
    if let Some(kind) = kind_by_place(path).or_else(|| guess_kind(&text)) {
        return parse_as(kind, path, bytes);
    }
    let mut first = None;
    for kind in TRY_IN_ORDER {
        match parse_as(kind, path, bytes) {
            Ok(kind) => return Ok(kind),
            Err(problem) => {
                first.get_or_insert(problem);
            }
        }
    }
    // RON that breaks before its fields tell the kind: the reader's words
    // say where. An empty file, one too big or not UTF-8: the reader's
    // words too. Anything else (Markdown, RON with fields no kind has):
    // what runde's files look like.
    let ron_like = text
        .trim_start_matches('\u{feff}')
        .trim_start()
        .starts_with('(');
    match first {
        Some(problem) if problem.message.starts_with("the file is") => Err(problem),
        Some(problem) if ron_like && !problem.message.starts_with("unknown field") => Err(problem),
        _ => Err(Problem::whole_file(path, UNKNOWN_KIND)),
    }
}

fn parse_as(kind: FileKind, path: &Path, bytes: &[u8]) -> Result<FileKind, Problem> {
    match kind {
        FileKind::Plan => parse::<Plan>(path, bytes).map(|_| kind),
        FileKind::Theme => parse::<Theme>(path, bytes).map(|_| kind),
        FileKind::Network => parse::<Network>(path, bytes).map(|_| kind),
        FileKind::Record => parse::<Record>(path, bytes).map(|_| kind),
        FileKind::Config => parse::<Config>(path, bytes).map(|_| kind),
    }
}

/// The kind a file's place says: `config.ron`, or the folder runde keeps
/// that kind in (`sessions` is where the bundled plans live).
pub fn kind_by_place(path: &Path) -> Option<FileKind> {
    if path.file_name().is_some_and(|n| n == "config.ron") {
        return Some(FileKind::Config);
    }
    let folder = path.parent()?.file_name()?.to_str()?;
    match folder {
        "plans" | "sessions" => Some(FileKind::Plan),
        "themes" => Some(FileKind::Theme),
        "networks" => Some(FileKind::Network),
        "records" => Some(FileKind::Record),
        _ => None,
    }
}
