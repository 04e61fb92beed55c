//! `runde actions`: the actions agreed in past sessions, with their status
//! after every follow-up.

use super::Context;
use super::review_index::{lookup, say_notices, say_problems};
use super::table::table;
use crate::cli::ActionsArgs;
use crate::export::markdown::status_word;
use crate::i18n::{common, review as words};
use crate::print::{errln, outln};
use crate::store::index_query::NetworkAction;
use crate::text::Lang;
use crate::text::one_line;
use chrono::NaiveDate;
use serde::Serialize;
use std::process::ExitCode;

// The review screen names note kinds the same way and takes this from here.

pub fn run(ctx: &Context, args: &ActionsArgs) -> ExitCode {
    let lang = ctx.lang;
    let mut lookup = lookup(ctx);
    say_problems(&mut lookup, ctx.lang);
    let network = match super::known::network_option(ctx, &mut lookup, args.network.as_deref()) {
        Ok(network) => network,
        Err(code) => return code,
    };
    // From the records when the index cannot answer.
    let actions = if args.open {
        lookup.open_actions(network.as_deref())
    } else {
        lookup.actions(network.as_deref())
    };
    say_notices(lang, &mut lookup);
    let (shown, hidden): (Vec<NetworkAction>, Vec<NetworkAction>) = actions
        .into_iter()
        .partition(|a| args.include_private || !a.action.private);
    if args.out.json {
        // Standard output holds JSON only; what was left out is said aside.
        if !hidden.is_empty() {
            let n = common::private_actions(hidden.len(), lang);
            errln!("runde: {}", words::PRIVATE_NOT_SHOWN.fill(lang, &[&n]));
        }
        return super::json::print_rows(&json_rows(&shown, lang));
    }
    crate::print::out(&render(&shown, lang));
    // Counted like everywhere else, the text left out.
    if !hidden.is_empty() {
        let n = common::private_actions(hidden.len(), lang);
        outln!("{}", words::PRIVATE_NOT_SHOWN.fill(lang, &[&n]));
    }
    if shown.is_empty() {
        crate::print::nothing_found()
    } else {
        ExitCode::SUCCESS
    }
}

/// An action as `runde actions --json` gives it: the table's columns,
/// whether it is private and the session it was agreed in. `due` is null
/// where the table says "next meeting".
#[derive(Debug, Serialize)]
pub struct ActionJson<'a> {
    pub session: &'a str,
    pub date: NaiveDate,
    pub network: &'a str,
    pub owner: Option<&'a str>,
    pub due: Option<NaiveDate>,
    pub status: &'static str,
    pub private: bool,
    pub text: &'a str,
}

pub fn json_rows(actions: &[NetworkAction], _lang: Lang) -> Vec<ActionJson<'_>> {
    actions
        .iter()
        .map(|a| ActionJson {
            session: &a.action.session,
            date: a.action.date,
            network: &a.network,
            owner: a.action.owner.as_deref(),
            due: a.action.due,
            status: super::json::action_status(a.action.status),
            private: a.action.private,
            text: &a.action.text,
        })
        .collect()
}

/// Date, network, owner, due, status, text.
pub fn render(actions: &[NetworkAction], lang: Lang) -> String {
    if actions.is_empty() {
        return format!("{}\n", words::NO_ACTIONS.get(lang));
    }
    let header = [
        words::DATE,
        words::NETWORK,
        words::OWNER,
        words::DUE,
        words::STATUS,
        words::TEXT,
    ];
    let body: Vec<[String; 6]> = actions
        .iter()
        .map(|a| {
            let x = &a.action;
            let mut text = one_line(&x.text);
            if x.private {
                text = format!("{text} ({})", common::PRIVATE.get(lang));
            }
            [
                x.date.to_string(),
                a.network.clone(),
                x.owner.clone().unwrap_or_else(|| "–".into()),
                x.due
                    .map(|d| d.to_string())
                    .unwrap_or_else(|| words::NEXT_MEETING.get(lang).into()),
                status_word(x.status).get(lang).to_string(),
                text,
            ]
        })
        .collect();
    table(lang, header, &body)
}
