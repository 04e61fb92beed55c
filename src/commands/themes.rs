//! `runde themes`: the colour themes, bundled and the user's.

use super::Context;
use crate::i18n::common;
use crate::print::{errln, outln};
use std::process::ExitCode;

pub fn run(ctx: &Context) -> ExitCode {
    let loaded = ctx.store.themes();
    for entry in &loaded.items {
        let source = if entry.source.is_user() {
            common::USER
        } else {
            common::BUNDLED
        };
        outln!(
            "{:<16} {:<9} {}",
            entry.theme.id,
            source.get(ctx.lang),
            entry.theme.description
        );
    }
    for problem in &loaded.problems {
        errln!("{}", problem.describe(ctx.lang));
    }
    if loaded.problems.is_empty() {
        ExitCode::SUCCESS
    } else {
        crate::print::failed()
    }
}
