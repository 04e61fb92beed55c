//! `runde --help` speaks the user's language: every command and option has
//! a Danish text, no Danish text is left over from a removed one, and the
//! real binary picks the language from --lang, else the locale.
// A test stops on a failed set-up: it may unwrap.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use clap::{Command, CommandFactory};
use runde::cli::Cli;
use runde::i18n::cli::{TEXTS, danish};
use std::process::Command as Process;

/// Every key the command tree has: "" and "network new" for commands,
/// "start.network" for their arguments.
fn keys(cmd: &Command, path: &str, out: &mut Vec<String>) {
    out.push(path.to_string());
    for arg in cmd.get_arguments() {
        out.push(format!("{path}.{}", arg.get_id()));
    }
    for sub in cmd.get_subcommands() {
        let sub_path = if path.is_empty() {
            sub.get_name().to_string()
        } else {
            format!("{path} {}", sub.get_name())
        };
        keys(sub, &sub_path, out);
    }
}

#[test]
fn every_command_and_option_has_a_danish_text_and_none_is_stale() {
    let mut all = Vec::new();
    keys(&Cli::command(), "", &mut all);
    let missing: Vec<&String> = all.iter().filter(|k| danish(k).is_none()).collect();
    assert!(missing.is_empty(), "no Danish text for {missing:?}");
    let stale: Vec<&str> = TEXTS
        .iter()
        .map(|(k, _)| *k)
        .filter(|k| !all.iter().any(|a| a == k))
        .collect();
    assert!(stale.is_empty(), "Danish texts for nothing: {stale:?}");
}

#[test]
fn both_command_trees_pass_clap_s_own_checks() {
    // clap checks a tree only as far as it is parsed; this walks all of it.
    runde::cli_lang::command(runde::text::Lang::Da).debug_assert();
    runde::cli_lang::command(runde::text::Lang::En).debug_assert();
}

fn help(args: &[&str], lang_env: &str) -> String {
    let home = tempfile::tempdir().expect("home");
    let out = Process::new(env!("CARGO_BIN_EXE_runde"))
        .args(args)
        .env("RUNDE_HOME", home.path())
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", lang_env)
        .output()
        .expect("runde runs");
    assert!(out.status.success(), "{args:?}: {out:?}");
    String::from_utf8(out.stdout).expect("utf-8")
}

#[test]
fn the_help_follows_lang_then_the_locale() {
    let da = help(&["--help", "--lang", "da"], "C");
    assert!(da.contains("Brug: runde"), "{da}");
    assert!(
        da.contains("Kommandoer:") && da.contains("Start et møde."),
        "{da}"
    );
    assert!(!da.contains("Usage:"), "{da}");

    let en = help(&["--help", "--lang=en"], "da_DK.UTF-8");
    assert!(
        en.contains("Usage: runde") && en.contains("Start a live session"),
        "{en}"
    );

    let from_locale = help(&["network", "leave", "--help"], "da_DK.UTF-8");
    assert!(from_locale.contains("Første orlovsdag"), "{from_locale}");
    assert!(from_locale.contains("Argumenter:"), "{from_locale}");

    let show = help(&["show", "--help", "--lang", "da"], "C");
    assert!(show.contains("(standard: 9.00)"), "{show}");
    assert!(!show.contains("[default"), "no English defaults:\n{show}");

    let help_command = help(&["help", "start", "--lang", "da"], "C");
    assert!(help_command.contains("Brug: runde start"), "{help_command}");
}

/// `runde --lang da help start`: the help subcommand after a global option,
/// with Danish placeholders ([TILVALG], <NETVÆRK>) and no English heading.
#[test]
fn help_after_a_global_option_is_the_command_s_danish_help() {
    let da = help(&["--lang", "da", "help", "start"], "C");
    assert!(da.starts_with("Start et møde."), "{da}");
    assert!(da.contains("Brug: runde start [TILVALG] [PLAN]"), "{da}");
    assert!(da.contains("--network <NETVÆRK>"), "{da}");
    for english in ["Usage", "[OPTIONS]", "Options:", "<NETWORK>"] {
        assert!(!da.contains(english), "{english}: {da}");
    }
    let en = help(&["--lang", "en", "help", "start"], "C");
    assert!(en.contains("Usage: runde start [OPTIONS] [PLAN]"), "{en}");
}
