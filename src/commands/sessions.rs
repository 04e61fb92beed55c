//! `runde sessions`: past sessions, newest first.

use super::Context;
use super::known;
use super::review_index::{index_failed, lookup, say_notices, say_problems};
use super::table::table;
use crate::cli::SessionsArgs;
use crate::i18n::review as words;
use crate::print::errln;
use crate::store::index_query::{SessionFilter, SessionRow};
use crate::text::Lang;
use chrono::NaiveDate;
use serde::Serialize;
use std::process::ExitCode;

pub fn run(ctx: &Context, args: &SessionsArgs) -> ExitCode {
    let lang = ctx.lang;
    let mut filter = SessionFilter::default();
    for (arg, slot) in [(&args.from, &mut filter.from), (&args.to, &mut filter.to)] {
        if let Some(text) = arg {
            match parse_day(text) {
                Some(day) => *slot = Some(day),
                None => {
                    errln!("runde: {}", words::BAD_DATE.fill(lang, &[text]));
                    return crate::print::failed();
                }
            }
        }
    }
    let mut lookup = lookup(ctx);
    say_problems(&mut lookup, ctx.lang);
    filter.network = match known::network_option(ctx, &mut lookup, args.network.as_deref()) {
        Ok(network) => network,
        Err(code) => return code,
    };
    if let Some(typed) = args.plan.as_deref() {
        match known::plan_filter(ctx, &mut lookup, typed) {
            Ok(plan) => filter.plan = Some(plan),
            Err(message) => {
                say_notices(lang, &mut lookup);
                errln!("runde: {message}");
                return crate::print::failed();
            }
        }
    }
    let found = lookup.query(|ix| ix.sessions(&filter));
    say_notices(lang, &mut lookup);
    match found {
        Ok(rows) if args.out.json => super::json::print_rows(&json_rows(&rows, lang)),
        Ok(rows) => {
            crate::print::out(&render(&rows, lang));
            if rows.is_empty() {
                crate::print::nothing_found()
            } else {
                ExitCode::SUCCESS
            }
        }
        Err(e) => index_failed(lang, e),
    }
}

/// A day as the facilitator types it: "2026-12-14", "14/12/2026",
/// "14.12.2026" or "14-12-2026", read by the one date reader.
pub fn parse_day(text: &str) -> Option<NaiveDate> {
    crate::dates::parse_date(text)
}

/// A session as `runde sessions --json` gives it: the table's columns,
/// the plan's title and the number of notes.
#[derive(Debug, Serialize)]
pub struct SessionJson<'a> {
    pub id: &'a str,
    pub date: NaiveDate,
    pub network: &'a str,
    pub plan: &'a str,
    pub plan_title: &'a str,
    pub status: &'static str,
    pub notes: u32,
}

pub fn json_rows(rows: &[SessionRow], lang: Lang) -> Vec<SessionJson<'_>> {
    rows.iter()
        .map(|r| SessionJson {
            id: &r.id,
            date: r.day,
            network: &r.network,
            plan: &r.plan,
            plan_title: r.plan_title.get(lang),
            status: super::json::session_status(r.status),
            notes: r.notes,
        })
        .collect()
}

/// The table `runde sessions` prints.
pub fn render(rows: &[SessionRow], lang: Lang) -> String {
    if rows.is_empty() {
        return format!("{}\n", words::NO_SESSIONS.get(lang));
    }
    let header = [
        words::ID,
        words::DATE,
        words::NETWORK,
        words::PLAN,
        words::STATUS,
    ];
    let body: Vec<[String; 5]> = rows
        .iter()
        .map(|r| {
            let status = words::session_status(r.status);
            [
                r.id.clone(),
                r.day.to_string(),
                r.network.clone(),
                r.plan.clone(),
                status.get(lang).to_string(),
            ]
        })
        .collect();
    table(lang, header, &body)
}
