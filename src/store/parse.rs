//! Reading runde files from bytes, with every failure as a [`Problem`].

use super::problem::Problem;
use serde::de::DeserializeOwned;
use std::path::Path;

/// Files larger than this are refused before they are read into a value.
pub const MAX_FILE_BYTES: usize = 32 * 1024 * 1024;

/// Parses a runde file of type `T` from its bytes.
pub fn parse<T: DeserializeOwned>(path: &Path, bytes: &[u8]) -> Result<T, Problem> {
    if bytes.len() > MAX_FILE_BYTES {
        return Err(Problem::whole_file(
            path,
            format!(
                "the file is {} MB; expected a runde file under {} MB",
                bytes.len() / 1_000_000,
                MAX_FILE_BYTES / 1_000_000
            ),
        ));
    }
    let text = std::str::from_utf8(bytes).map_err(|e| Problem::from_utf8(path, bytes, &e))?;
    // Notepad and some Mac editors begin a UTF-8 file with a byte-order mark.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(Problem::whole_file(
            path,
            "the file is empty; expected a runde file such as a plan, theme, network, record or config",
        ));
    }
    options()
        .from_str(text)
        .map_err(|e| Problem::from_ron(path, &e))
}

/// How runde reads RON: `Some` may be left out, nesting is bounded.
pub(super) fn options() -> ron::Options {
    ron::Options::default()
        .with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME)
        .with_recursion_limit(64)
}

/// Renders a value as the pretty RON runde writes.
pub fn to_ron<T: serde::Serialize>(value: &T) -> Result<String, ron::Error> {
    let config = ron::ser::PrettyConfig::new()
        .depth_limit(12)
        .struct_names(false)
        .separate_tuple_members(false)
        .enumerate_arrays(false);
    ron::ser::to_string_pretty(value, config).map(|mut s| {
        s.push('\n');
        s
    })
}

/// Where `field:` is written in `text`, as (line, column), both from 1.
pub fn field_position(text: &str, field: &str) -> Option<(usize, usize)> {
    let at = field_at(text, field)?;
    let before = &text[..at];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    Some((line, text[line_start..at].chars().count() + 1))
}

/// The byte where `field` stands as a field name (a whole word before `:`).
fn field_at(text: &str, field: &str) -> Option<usize> {
    text.match_indices(field).map(|(i, _)| i).find(|&i| {
        let before = text[..i].chars().next_back();
        let after = text[i + field.len()..].trim_start().chars().next();
        !before.is_some_and(|c| c.is_alphanumeric() || c == '_') && after == Some(':')
    })
}

/// What kind of runde file a text is, judged by its top-level fields.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileKind {
    Plan,
    Theme,
    Network,
    Record,
    Config,
}

/// Guesses the kind from the fields a file names, so `runde check` can
/// validate any file by its content.
pub fn guess_kind(text: &str) -> Option<FileKind> {
    let has = |field: &str| field_at(text, field).is_some();
    if has("plan") && (has("notes") || has("status") || has("attendance")) {
        Some(FileKind::Record)
    } else if has("steps") {
        Some(FileKind::Plan)
    } else if has("colours") {
        Some(FileKind::Theme)
    } else if has("participants") {
        Some(FileKind::Network)
    } else if has("alerts") || has("language") || has("theme") {
        Some(FileKind::Config)
    } else {
        None
    }
}
