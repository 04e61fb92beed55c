//! `runde search TEXT`: one line per matching note.

use super::Context;
use super::review_index::{index_failed, lookup, say_notices, say_problems};
use super::table::table;
use crate::cli::SearchArgs;
use crate::i18n::{common, review as words};
use crate::print::errln;
use crate::store::index_query::{SearchHit, SearchQuery};
use crate::text::Lang;
use chrono::NaiveDate;
use serde::Serialize;
use std::process::ExitCode;

// The review screen lists hits the same way and takes this from here.
use crate::text::one_line;

pub fn run(ctx: &Context, args: &SearchArgs) -> ExitCode {
    let lang = ctx.lang;
    let text = args.text.join(" ");
    let mut lookup = lookup(ctx);
    say_problems(&mut lookup, ctx.lang);
    let network = match super::known::network_option(ctx, &mut lookup, args.network.as_deref()) {
        Ok(network) => network,
        Err(code) => return code,
    };
    let query = SearchQuery {
        text: text.clone(),
        network,
        include_private: args.include_private,
        limit: args.limit,
    };
    let found = lookup.query(|ix| ix.search(&query));
    say_notices(lang, &mut lookup);
    if let Ok(found) = &found
        && found.more
    {
        errln!(
            "{}",
            words::MORE_HITS.fill(lang, &[&crate::i18n::number(args.limit, lang)])
        );
    }
    match found.map(|found| found.hits) {
        Ok(hits) if hits.is_empty() => {
            errln!("{}", words::NO_HITS.fill(lang, &[&text]));
            crate::print::nothing_found()
        }
        Ok(hits) if args.out.json => super::json::print_rows(&json_rows(&hits, lang)),
        Ok(hits) => {
            crate::print::out(&render(&hits, lang));
            ExitCode::SUCCESS
        }
        Err(e) => index_failed(lang, e),
    }
}

/// A hit as `runde search --json` gives it: the table's columns (the step
/// as its number and title), whether the note is private, who it is
/// about and the session it is from.
#[derive(Debug, Serialize)]
pub struct HitJson<'a> {
    pub session: &'a str,
    pub date: NaiveDate,
    pub network: &'a str,
    pub step: usize,
    pub step_title: &'a str,
    pub kind: &'static str,
    pub private: bool,
    pub participant: Option<&'a str>,
    pub text: &'a str,
}

pub fn json_rows(hits: &[SearchHit], lang: Lang) -> Vec<HitJson<'_>> {
    hits.iter()
        .map(|h| HitJson {
            session: &h.session,
            date: h.day,
            network: &h.network,
            step: h.step + 1,
            step_title: h.step_title.get(lang),
            kind: super::json::note_kind(h.kind),
            private: h.private,
            participant: h.participant.as_deref(),
            text: &h.text,
        })
        .collect()
}

/// Date, network, step, kind, text; private hits marked.
pub fn render(hits: &[SearchHit], lang: Lang) -> String {
    let header = [
        words::DATE,
        words::NETWORK,
        words::STEP,
        words::KIND,
        words::TEXT,
    ];
    let body: Vec<[String; 5]> = hits
        .iter()
        .map(|h| {
            let mut kind = common::note_kind(h.kind).get(lang).to_string();
            if h.private {
                kind = format!("{kind} ({})", common::PRIVATE.get(lang));
            }
            [
                h.day.to_string(),
                h.network.clone(),
                format!("{}. {}", h.step + 1, h.step_title.get(lang)),
                kind,
                one_line(&h.text),
            ]
        })
        .collect();
    table(lang, header, &body)
}
