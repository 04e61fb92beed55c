//! Names typed on the command line that must name something that exists:
//! a network, plan, theme or session. An unknown one is an error (exit 2)
//! with the one message of [`crate::unknown`], never an empty answer.

use super::Context;
use super::review_index::say_notices;
use crate::names::same;
use crate::print::errln;
use crate::store::index_query::{SessionFilter, SessionRow};
use crate::store::{Lookup, slug};
use crate::unknown::{Kind, message};
use std::process::ExitCode;

/// The sessions the index knows, newest first; `None` when it cannot say
/// (then nothing is refused for want of knowing it).
fn past(lookup: &mut Lookup) -> Option<Vec<SessionRow>> {
    lookup
        .query(|ix| ix.sessions(&SessionFilter::default()))
        .ok()
}

fn network_names(ctx: &Context) -> Vec<String> {
    let networks = ctx.store.networks().items;
    networks.into_iter().map(|n| n.name).collect()
}

fn plan_ids(ctx: &Context) -> Vec<String> {
    let plans = ctx.store.plans().items;
    plans.into_iter().map(|e| e.plan.id).collect()
}

fn theme_ids(ctx: &Context) -> Vec<String> {
    let themes = ctx.store.themes().items;
    themes.into_iter().map(|e| e.theme.id).collect()
}

/// `typed` among `names`, by name (any case and spacing) or file name
/// ("skoleledere-nord").
fn pick<'a>(names: &'a [String], typed: &str) -> Option<&'a String> {
    names
        .iter()
        .find(|n| same(n, typed))
        .or_else(|| names.iter().find(|n| slug(n) == typed.trim()))
}

fn refuse(kind: Kind, typed: &str, names: &[String], ctx: &Context) -> String {
    let refs: Vec<&str> = names.iter().map(String::as_str).collect();
    message(kind, typed, &refs, ctx.lang)
}

/// `names` and, after them, what past sessions name that they lack.
fn with_past(mut names: Vec<String>, from_past: impl Iterator<Item = String>) -> Vec<String> {
    for name in from_past {
        if !crate::names::contains(&names, &name) {
            names.push(name);
        }
    }
    names
}

/// The network a filter (`--network`) names, as spelt in its file or its
/// sessions: a network file's, or one that only past sessions name (a
/// network since removed).
pub(super) fn network_filter(
    ctx: &Context,
    lookup: &mut Lookup,
    typed: &str,
) -> Result<String, String> {
    let Some(rows) = past(lookup) else {
        return Ok(typed.to_string());
    };
    let names = with_past(network_names(ctx), rows.into_iter().map(|r| r.network));
    pick(&names, typed)
        .cloned()
        .ok_or_else(|| refuse(Kind::Network, typed, &names, ctx))
}

/// `--network` of a listing command, checked: the network's name, or the
/// exit code after the message is said.
pub(super) fn network_option(
    ctx: &Context,
    lookup: &mut Lookup,
    typed: Option<&str>,
) -> Result<Option<String>, ExitCode> {
    let Some(typed) = typed else {
        return Ok(None);
    };
    network_filter(ctx, lookup, typed)
        .map(Some)
        .map_err(|message| {
            say_notices(ctx.lang, lookup);
            errln!("runde: {message}");
            crate::print::failed()
        })
}

/// The plan id a filter (`--plan`) names: a plan there is, or one past
/// sessions ran.
pub(super) fn plan_filter(
    ctx: &Context,
    lookup: &mut Lookup,
    typed: &str,
) -> Result<String, String> {
    let Some(rows) = past(lookup) else {
        return Ok(typed.to_string());
    };
    let ids = with_past(plan_ids(ctx), rows.into_iter().map(|r| r.plan));
    match ids.iter().find(|id| id.as_str() == typed.trim()) {
        Some(id) => Ok(id.clone()),
        None => Err(refuse(Kind::Plan, typed, &ids, ctx)),
    }
}

/// The message for a plan id that names no plan.
pub(super) fn unknown_plan(ctx: &Context, typed: &str) -> String {
    refuse(Kind::Plan, typed, &plan_ids(ctx), ctx)
}

/// The message for a network name that names no network file.
pub(super) fn unknown_network(ctx: &Context, typed: &str) -> String {
    refuse(Kind::Network, typed, &network_names(ctx), ctx)
}

/// `Ok` when `theme` (given with `--theme`) is a theme there is, else
/// the exit code after the message is said.
pub(super) fn theme(ctx: &Context, theme: Option<&str>) -> Result<(), ExitCode> {
    let Some(typed) = theme else {
        return Ok(());
    };
    let ids = theme_ids(ctx);
    if ids.iter().any(|id| id == typed.trim()) {
        return Ok(());
    }
    errln!("runde: {}", refuse(Kind::Theme, typed, &ids, ctx));
    Err(crate::print::failed())
}

/// The message for a session id that names no record, with the newest
/// sessions named.
pub(super) fn unknown_session(ctx: &Context, typed: &str) -> String {
    let mut ids = ctx.store.record_ids();
    ids.reverse();
    refuse(Kind::Session, typed, &ids, ctx)
}
