//! `runde network share NAME DIR` and `runde network join DIR`: a network
//! in a folder of its own, shared between the facilitators' machines.

use super::Context;
use crate::i18n::share as t;
use crate::print::{errln, outln};
use std::path::Path;
use std::process::ExitCode;

pub(super) fn share(ctx: &Context, name: &str, dir: &Path) -> ExitCode {
    let lang = ctx.lang;
    match ctx.store.share_network(name, dir) {
        Ok(shared) => {
            let dir = shared.dir.display().to_string();
            let records = t::SESSIONS_MOVED.fill(lang, shared.records, &[]);
            let private = t::PRIVATE_STAY.fill(lang, shared.private_notes, &[]);
            outln!(
                "{}",
                t::SHARED.fill(lang, &[&shared.network, &dir, &records, &private])
            );
            if !shared.left.is_empty() {
                let count = shared.left.len().to_string();
                errln!("runde: {}", t::LEFT_BEHIND.fill(lang, &[&count]));
                for problem in &shared.left {
                    errln!("{}", problem.describe(lang));
                }
            }
            ExitCode::SUCCESS
        }
        Err(e) => {
            errln!("runde: {}", e.describe(lang));
            ExitCode::FAILURE
        }
    }
}

pub(super) fn join(ctx: &Context, dir: &Path) -> ExitCode {
    let lang = ctx.lang;
    match ctx.store.join_folder(dir) {
        Ok(names) => {
            let shown = dir.display().to_string();
            outln!("{}", t::JOINED.fill(lang, &[&shown, &names.join(", ")]));
            ExitCode::SUCCESS
        }
        Err(e) => {
            errln!("runde: {}", e.describe(lang));
            ExitCode::FAILURE
        }
    }
}
