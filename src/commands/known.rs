//! Names typed on the command line that must name something that exists:
//! a network, plan, theme or session. An unknown one is an error (exit 2)
//! with the one message of [`crate::unknown`], never an empty answer.

use super::Context;
use crate::names::same;
use crate::store::index_query::{SessionFilter, SessionRow};
use crate::store::{Lookup, slug};
use crate::unknown::{Kind, message};

/// The sessions the index knows, newest first; `None` when it cannot say
/// (then nothing is refused for want of knowing it).
fn past(lookup: &mut Lookup) -> Option<Vec<SessionRow>> {
    lookup
        .query(|ix| ix.sessions(&SessionFilter::default()))
        .ok()
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

/// The network a filter (`--network`) names, as spelt in its file or its
/// sessions: a network file's, or one that only past sessions name (a
/// network since removed).
pub fn network_filter(ctx: &Context, lookup: &mut Lookup, typed: &str) -> Result<String, String> {
    let mut names: Vec<String> = ctx
        .store
        .networks()
        .items
        .into_iter()
        .map(|n| n.name)
        .collect();
    let Some(rows) = past(lookup) else {
        return Ok(typed.to_string());
    };
    for row in rows {
        if !crate::names::contains(&names, &row.network) {
            names.push(row.network);
        }
    }
    pick(&names, typed)
        .cloned()
        .ok_or_else(|| refuse(Kind::Network, typed, &names, ctx))
}

/// The plan id a filter (`--plan`) names: a plan there is, or one past
/// sessions ran.
pub fn plan_filter(ctx: &Context, lookup: &mut Lookup, typed: &str) -> Result<String, String> {
    let mut ids: Vec<String> = ctx
        .store
        .plans()
        .items
        .into_iter()
        .map(|e| e.plan.id)
        .collect();
    let Some(rows) = past(lookup) else {
        return Ok(typed.to_string());
    };
    for row in rows {
        if !ids.contains(&row.plan) {
            ids.push(row.plan);
        }
    }
    match ids.iter().find(|id| id.as_str() == typed.trim()) {
        Some(id) => Ok(id.clone()),
        None => Err(refuse(Kind::Plan, typed, &ids, ctx)),
    }
}

/// The message for a plan id that names no plan.
pub fn unknown_plan(ctx: &Context, typed: &str) -> String {
    let ids: Vec<String> = ctx
        .store
        .plans()
        .items
        .into_iter()
        .map(|e| e.plan.id)
        .collect();
    refuse(Kind::Plan, typed, &ids, ctx)
}

/// The message for a network name that names no network file.
pub fn unknown_network(ctx: &Context, typed: &str) -> String {
    let names: Vec<String> = ctx
        .store
        .networks()
        .items
        .into_iter()
        .map(|n| n.name)
        .collect();
    refuse(Kind::Network, typed, &names, ctx)
}

/// `Ok` when `theme` (given with `--theme`) is a theme there is.
pub fn theme(ctx: &Context, theme: Option<&str>) -> Result<(), String> {
    let Some(typed) = theme else {
        return Ok(());
    };
    let ids: Vec<String> = ctx
        .store
        .themes()
        .items
        .into_iter()
        .map(|e| e.theme.id)
        .collect();
    if ids.iter().any(|id| id == typed.trim()) {
        Ok(())
    } else {
        Err(refuse(Kind::Theme, typed, &ids, ctx))
    }
}

/// The message for a session id that names no record, with the newest
/// sessions named.
pub fn unknown_session(ctx: &Context, typed: &str) -> String {
    let mut ids = ctx.store.record_ids();
    ids.reverse();
    refuse(Kind::Session, typed, &ids, ctx)
}
