//! The review index as the list commands (`sessions`, `search`,
//! `actions`) open it: broken record files reported on stderr, a failed
//! open or query said once, in the user's language.

use super::Context;
use crate::i18n::review as words;
use crate::store::index::ReviewIndex;
use crate::text::Lang;
use std::fmt::Display;
use std::process::ExitCode;

/// Opens the review index, reporting broken record files on stderr.
pub(crate) fn open_index(ctx: &Context) -> Option<ReviewIndex> {
    match ReviewIndex::open(ctx.store.paths()) {
        Ok(index) => {
            for problem in index.problems().unwrap_or_default() {
                eprintln!("{problem}");
            }
            Some(index)
        }
        Err(e) => {
            index_failed(ctx.lang, e);
            None
        }
    }
}

/// Says on stderr that the index failed, and fails the command.
pub(crate) fn index_failed(lang: Lang, e: impl Display) -> ExitCode {
    eprintln!(
        "runde: {}",
        words::INDEX_FAILED.fill(lang, &[&e.to_string()])
    );
    ExitCode::FAILURE
}
