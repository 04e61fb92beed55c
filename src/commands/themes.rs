//! `runde themes`: the colour themes, bundled and the user's.

use super::Context;
use crate::i18n::common;
use crate::print::outln;
use serde::Serialize;
use std::process::ExitCode;

/// A theme as `runde themes --json` gives it: the table's columns.
#[derive(Debug, Serialize)]
pub struct ThemeJson<'a> {
    pub id: &'a str,
    /// `bundled` or `user`.
    pub source: &'static str,
    pub description: &'a str,
}

pub fn run(ctx: &Context, json: bool) -> ExitCode {
    let loaded = ctx.store.themes();
    let code = if json {
        let rows: Vec<ThemeJson> = loaded
            .items
            .iter()
            .map(|entry| ThemeJson {
                id: &entry.theme.id,
                source: super::json::source(entry.source.is_user()),
                description: entry.theme.description.get(ctx.lang),
            })
            .collect();
        super::json::print_rows(&rows)
    } else {
        table(ctx, &loaded.items);
        ExitCode::SUCCESS
    };
    super::say_problems(ctx, &loaded.problems, code)
}

fn table(ctx: &Context, items: &[crate::store::ThemeEntry]) {
    for entry in items {
        let source = if entry.source.is_user() {
            common::USER
        } else {
            common::BUNDLED
        };
        outln!(
            "{:<16} {:<9} {}",
            entry.theme.id,
            source.get(ctx.lang),
            entry.theme.description.get(ctx.lang)
        );
    }
}
