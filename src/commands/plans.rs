//! `runde plans`: every plan with its planned minutes for 8 participants.

use super::Context;
use crate::i18n::{common, plans as words};
use crate::model::planning::{Headcount, plan_minutes};
use crate::print::{errln, outln};
use std::process::ExitCode;

pub fn run(ctx: &Context) -> ExitCode {
    let loaded = ctx.store.plans();
    let lang = ctx.lang;
    let id_width = loaded
        .items
        .iter()
        .map(|e| e.plan.id.chars().count())
        .max()
        .unwrap_or(2)
        .max(2);
    outln!(
        "{:<id_width$}  {:>5}  {:<9}  {}",
        "id",
        common::MINUTES_SHORT.get(lang),
        words::SOURCE.get(lang),
        words::TITLE.get(lang),
    );
    for entry in &loaded.items {
        let minutes = plan_minutes(&entry.plan, Headcount::new(8)).round();
        let source = if entry.source.is_user() {
            common::USER
        } else {
            common::BUNDLED
        };
        outln!(
            "{:<id_width$}  {:>5}  {:<9}  {}",
            entry.plan.id,
            minutes,
            source.get(lang),
            entry.plan.title.get(lang),
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
