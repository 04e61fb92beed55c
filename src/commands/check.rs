//! `runde check FILE...`: validate any runde file as runde would load it.

use super::Context;
use crate::i18n::plans as words;
use crate::print::outln;
use std::process::ExitCode;

// The content-only check, for the fuzzers and the README's examples.
pub use crate::store::check::{check_bytes, check_file};

pub fn run(ctx: &Context, files: &[std::path::PathBuf]) -> ExitCode {
    let mut failed = false;
    for path in files {
        match ctx.store.check_file(path) {
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
        crate::print::failed()
    } else {
        ExitCode::SUCCESS
    }
}
