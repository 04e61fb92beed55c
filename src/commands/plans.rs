//! `runde plans`: every plan with its planned minutes for 8 participants.

use super::Context;
use crate::i18n::{common, plans as words};
use crate::model::planning::{Headcount, plan_minutes};
use crate::print::outln;
use serde::Serialize;
use std::process::ExitCode;

/// A plan as `runde plans --json` gives it: the table's columns.
#[derive(Debug, Serialize)]
pub struct PlanJson<'a> {
    pub id: &'a str,
    /// Planned minutes for 8 participants.
    pub minutes: u32,
    /// `bundled` or `user`.
    pub source: &'static str,
    pub title: &'a str,
}

pub fn run(ctx: &Context, json: bool) -> ExitCode {
    let loaded = ctx.store.plans();
    let lang = ctx.lang;
    let code = if json {
        let rows: Vec<PlanJson> = loaded
            .items
            .iter()
            .map(|entry| PlanJson {
                id: &entry.plan.id,
                minutes: minutes(&entry.plan),
                source: super::json::source(entry.source.is_user()),
                title: entry.plan.title.get(lang),
            })
            .collect();
        super::json::print_rows(&rows)
    } else {
        table(ctx, &loaded.items);
        ExitCode::SUCCESS
    };
    super::say_problems(ctx, &loaded.problems, code)
}

/// Planned minutes for 8 participants, whole.
fn minutes(plan: &crate::model::Plan) -> u32 {
    plan_minutes(plan, Headcount::new(8)).round().max(0.0) as u32
}

fn table(ctx: &Context, items: &[crate::store::PlanEntry]) {
    let lang = ctx.lang;
    let id_width = items
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
    for entry in items {
        let minutes = minutes(&entry.plan);
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
}
