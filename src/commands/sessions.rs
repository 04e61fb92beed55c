//! `runde sessions`: past sessions, newest first.

use super::Context;
use crate::cli::SessionsArgs;
use crate::i18n::review as words;
use crate::store::index::ReviewIndex;
use crate::store::index_query::{SessionFilter, SessionRow};
use crate::text::Lang;
use chrono::NaiveDate;
use std::process::ExitCode;
use unicode_width::UnicodeWidthStr;

pub fn run(ctx: &Context, args: &SessionsArgs) -> ExitCode {
    let lang = ctx.lang;
    let mut filter = SessionFilter {
        network: args.network.clone(),
        plan: args.plan.clone(),
        ..Default::default()
    };
    for (arg, slot) in [(&args.from, &mut filter.from), (&args.to, &mut filter.to)] {
        if let Some(text) = arg {
            match parse_day(text) {
                Some(day) => *slot = Some(day),
                None => {
                    eprintln!("runde: {}", words::BAD_DATE.fill(lang, &[text]));
                    return ExitCode::from(2);
                }
            }
        }
    }
    let Some(index) = open_index(ctx) else {
        return ExitCode::FAILURE;
    };
    match index.sessions(&filter) {
        Ok(rows) => {
            print!("{}", render(&rows, lang));
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!(
                "runde: {}",
                words::INDEX_FAILED.fill(lang, &[&e.to_string()])
            );
            ExitCode::FAILURE
        }
    }
}

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
            eprintln!(
                "runde: {}",
                words::INDEX_FAILED.fill(ctx.lang, &[&e.to_string()])
            );
            None
        }
    }
}

pub fn parse_day(text: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d").ok()
}

/// The table `runde sessions` prints.
pub fn render(rows: &[SessionRow], lang: Lang) -> String {
    if rows.is_empty() {
        return format!("{}\n", words::NO_SESSIONS.get(lang));
    }
    let header = [
        words::ID.get(lang).to_string(),
        words::DATE.get(lang).to_string(),
        words::NETWORK.get(lang).to_string(),
        words::PLAN.get(lang).to_string(),
        words::STATUS.get(lang).to_string(),
    ];
    let body: Vec<[String; 5]> = rows
        .iter()
        .map(|r| {
            let status = if r.status == crate::model::record::SessionStatus::Finished {
                words::FINISHED
            } else {
                words::IN_PROGRESS
            };
            [
                r.id.clone(),
                r.day.to_string(),
                r.network.clone(),
                r.plan.clone(),
                status.get(lang).to_string(),
            ]
        })
        .collect();
    table(&header, &body)
}

/// Columns padded by display width, two spaces apart; the last unpadded.
pub fn table<const N: usize>(header: &[String; N], body: &[[String; N]]) -> String {
    let mut widths = [0usize; N];
    for row in std::iter::once(header).chain(body.iter()) {
        for (w, cell) in widths.iter_mut().zip(row.iter()) {
            *w = (*w).max(cell.width());
        }
    }
    let mut out = String::new();
    for row in std::iter::once(header).chain(body.iter()) {
        let mut line = String::new();
        for (i, cell) in row.iter().enumerate() {
            line.push_str(cell);
            if i + 1 < N {
                line.push_str(&" ".repeat(widths[i] - cell.width() + 2));
            }
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}
