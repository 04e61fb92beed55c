//! `runde check FILE...`: validate any runde file by its content.

use super::Context;
use crate::i18n::plans as words;
use crate::model::{Config, Network, Plan, Record, Theme};
use crate::print::outln;
use crate::store::Problem;
use crate::store::parse::{FileKind, guess_kind, parse};
use std::path::Path;
use std::process::ExitCode;

pub fn run(ctx: &Context, files: &[std::path::PathBuf]) -> ExitCode {
    let mut failed = false;
    for path in files {
        match check_file(path) {
            Ok(kind) => outln!(
                "{}: {} ({})",
                path.display(),
                words::VALID.get(ctx.lang),
                words::kind(kind).get(ctx.lang)
            ),
            Err(problem) => {
                failed = true;
                outln!("{}", problem.describe(ctx.lang));
            }
        }
    }
    if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

/// Reads a file, works out which runde format it is, and validates it.
pub fn check_file(path: &Path) -> Result<FileKind, Problem> {
    let bytes = std::fs::read(path).map_err(|e| {
        // The reason in English words the problem's Danish can find again.
        let reason = crate::i18n::errors::io_reason(&e, crate::text::Lang::En);
        Problem::whole_file(
            path,
            format!("cannot read the file ({reason}); expected a readable runde file"),
        )
    })?;
    check_bytes(path, &bytes)
}

/// Validates bytes as whatever runde format they look like.
pub fn check_bytes(path: &Path, bytes: &[u8]) -> Result<FileKind, Problem> {
    let text = String::from_utf8_lossy(bytes);
    let kind = guess_kind(&text).unwrap_or(FileKind::Plan);
    match kind {
        FileKind::Plan => parse::<Plan>(path, bytes).map(|_| kind),
        FileKind::Theme => parse::<Theme>(path, bytes).map(|_| kind),
        FileKind::Network => parse::<Network>(path, bytes).map(|_| kind),
        FileKind::Record => parse::<Record>(path, bytes).map(|_| kind),
        FileKind::Config => parse::<Config>(path, bytes).map(|_| kind),
    }
}
