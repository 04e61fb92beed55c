//! `runde completions SHELL`: the script a shell sources once. It asks
//! runde itself for the words (`RUNDE_COMPLETE=bash runde -- runde show …`),
//! so every subcommand and option clap knows completes, and so do the
//! names on disk where an argument takes one: plan ids, network names,
//! session ids (and `latest`) and theme ids.

use super::Context;
use crate::cli::CompletionShell;
use crate::output_gate::visible;
use crate::store::{Store, slug};
use crate::text::Lang;
use clap::Command;
use clap_complete::engine::{ArgValueCandidates, CompletionCandidate};
use clap_complete::env::Shells;
use std::process::ExitCode;

/// The environment variable that turns a run of runde into a completion
/// request; runde's own, so a `COMPLETE` set for another tool is left alone.
pub const VAR: &str = "RUNDE_COMPLETE";

/// Answers a completion request and ends the process, when the shell's
/// script made one; otherwise returns at once. Runs before anything is
/// printed.
pub fn answer_if_asked(lang: Lang) {
    clap_complete::CompleteEnv::with_factory(move || command(lang))
        .var(VAR)
        .complete();
}

/// The command tree in `lang` with the names on disk attached to the
/// arguments that take one.
pub fn command(lang: Lang) -> Command {
    with_values(crate::cli_lang::command(lang), "")
}

pub fn run(_ctx: &Context, shell: CompletionShell) -> ExitCode {
    let shells = Shells::builtins();
    let Some(completer) = shells.completer(shell.name()) else {
        return crate::print::failed();
    };
    let mut script = Vec::new();
    if let Err(e) = completer.write_registration(VAR, "runde", "runde", &runde_path(), &mut script)
    {
        crate::print::errln!("runde: {e}");
        return crate::print::failed();
    }
    crate::print::out(&String::from_utf8_lossy(&script));
    ExitCode::SUCCESS
}

/// How the script calls runde: as it was called now, made absolute when
/// it was a relative path (`./target/debug/runde`), else by name from PATH.
fn runde_path() -> String {
    let called = std::env::args_os().next().map(std::path::PathBuf::from);
    match called {
        Some(path) if path.components().count() > 1 => {
            let path = match std::env::current_dir() {
                Ok(dir) if path.is_relative() => dir.join(path),
                _ => path,
            };
            path.to_string_lossy().into_owned()
        }
        _ => "runde".to_string(),
    }
}

/// What an argument takes, by its id and the command it belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Takes {
    Plan,
    Network,
    Session,
    SessionOrLatest,
    Theme,
}

fn takes(path: &str, id: &str) -> Option<Takes> {
    Some(match id {
        "plan" => Takes::Plan,
        "network" => Takes::Network,
        "theme" => Takes::Theme,
        "session" if path == "export" => Takes::SessionOrLatest,
        "session" => Takes::Session,
        // A network's name, but not the one a new network is given.
        "name" if !path.ends_with(" new") => Takes::Network,
        _ => return None,
    })
}

fn with_values(mut cmd: Command, path: &str) -> Command {
    let ids: Vec<String> = cmd
        .get_arguments()
        .map(|a| a.get_id().to_string())
        .collect();
    for id in ids {
        if let Some(kind) = takes(path, &id) {
            cmd = cmd.mut_arg(&id, |a| {
                a.add(ArgValueCandidates::new(move || candidates(kind)))
            });
        }
    }
    crate::cli_lang::each_subcommand(cmd, path, with_values)
}

/// The names on disk now; none when the store cannot be found.
fn candidates(kind: Takes) -> Vec<CompletionCandidate> {
    let Ok(store) = Store::from_env() else {
        return Vec::new();
    };
    let ctx = Context::new(store, None);
    let lang = ctx.lang;
    match kind {
        Takes::Plan => ctx
            .store
            .plans()
            .items
            .into_iter()
            .map(|e| word(&e.plan.id, Some(e.plan.title.get(lang))))
            .collect(),
        Takes::Theme => ctx
            .store
            .themes()
            .items
            .into_iter()
            .map(|e| word(&e.theme.id, Some(e.theme.description.get(lang))))
            .collect(),
        Takes::Network => ctx
            .store
            .networks()
            .items
            .into_iter()
            .map(|n| network_word(&n.name))
            .collect(),
        Takes::Session | Takes::SessionOrLatest => {
            let mut ids = ctx.store.record_ids();
            // Newest first, as `runde sessions` lists them.
            ids.reverse();
            let mut words: Vec<CompletionCandidate> = ids.iter().map(|id| word(id, None)).collect();
            if kind == Takes::SessionOrLatest {
                words.insert(0, word("latest", None));
            }
            words
        }
    }
}

/// A network as the shell can take it in one word: its name, or where the
/// name has a space or a character a shell reads, its file name, which
/// runde takes as well ("skoleledere-oest" for "Skoleledere Øst").
fn network_word(name: &str) -> CompletionCandidate {
    let plain = name
        .chars()
        .all(|c| c.is_alphanumeric() || matches!(c, '-' | '_' | '.'));
    if plain {
        word(name, None)
    } else {
        word(&slug(name), Some(name))
    }
}

/// A word and its description, as the output gate lets them through.
fn word(value: &str, help: Option<&str>) -> CompletionCandidate {
    CompletionCandidate::new(visible(value).into_owned())
        .help(help.map(|h| visible(h).into_owned().into()))
}
