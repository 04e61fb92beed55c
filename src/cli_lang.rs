//! The command line in the user's language: `runde --help` in Danish when
//! the language is Danish (from `--lang`, the config or the locale).

use crate::cli::Cli;
use crate::i18n::cli as da;
use crate::text::Lang;
use clap::{Arg, ArgAction, Command, CommandFactory, FromArgMatches};
use std::ffi::OsString;

/// Parses the command line; help and usage in `lang`.
/// Help, version and errors are printed through the output gate (an
/// invalid value is quoted back as typed) and end the process.
pub fn parse(args: Vec<OsString>, lang: Lang) -> Cli {
    let args = help_subcommand_as_flag(args);
    let parsed = command(lang)
        .try_get_matches_from(args)
        .and_then(|matches| Cli::from_arg_matches(&matches));
    match parsed {
        Ok(cli) => cli,
        Err(e) => std::process::exit(say_clap_error(e, lang)),
    }
}

/// Prints clap's help, version or error through the gate; the exit code.
fn say_clap_error(e: clap::Error, lang: Lang) -> i32 {
    let (text, stderr, code) = match lang {
        // An error in Danish words; help with clap's placeholders in Danish.
        Lang::Da if e.use_stderr() => {
            let (stderr, code) = (e.use_stderr(), e.exit_code());
            let e = e.apply::<crate::cli_errors::Danish>();
            (e.render().to_string(), stderr, code)
        }
        Lang::Da => (
            crate::cli_errors::danish_usage(&e.render().to_string()),
            e.use_stderr(),
            e.exit_code(),
        ),
        Lang::En => (e.render().to_string(), e.use_stderr(), e.exit_code()),
    };
    if stderr {
        crate::print::err(&text);
    } else {
        crate::print::out(&text);
    }
    match crate::print::finish(std::process::ExitCode::SUCCESS, lang) {
        failed if failed != std::process::ExitCode::SUCCESS => i32::from(crate::print::ERROR),
        _ => code,
    }
}

/// The language asked for with `--lang` before the command line is parsed,
/// so the help can be in it.
pub fn lang_arg(args: &[OsString]) -> Option<crate::cli::LangArg> {
    let args: Vec<String> = args
        .iter()
        .map(|a| a.to_string_lossy().into_owned())
        .collect();
    let value = args
        .iter()
        .enumerate()
        .find_map(|(i, a)| match a.as_str() {
            "--lang" => args.get(i + 1).cloned(),
            _ => a.strip_prefix("--lang=").map(str::to_string),
        })?;
    match value.as_str() {
        "da" => Some(crate::cli::LangArg::Da),
        "en" => Some(crate::cli::LangArg::En),
        _ => None,
    }
}

/// `runde help network new` is `runde network new --help`: the Danish
/// command tree has no generated help subcommand to translate.
/// Global options may come first: `runde --lang da help start`.
fn help_subcommand_as_flag(mut args: Vec<OsString>) -> Vec<OsString> {
    let mut i = 1;
    while let Some(arg) = args.get(i).and_then(|a| a.to_str()) {
        match arg {
            // A global option and its value.
            "--lang" | "--color" => i += 2,
            _ if arg.starts_with('-') => i += 1,
            "help" => {
                args.remove(i);
                args.push("--help".into());
                break;
            }
            _ => break,
        }
    }
    args
}

/// The clap command, its texts in `lang`.
pub fn command(lang: Lang) -> Command {
    let cmd = Cli::command().after_help(da::exit_status(lang));
    match lang {
        Lang::En => cmd,
        Lang::Da => danish(cmd, "")
            .disable_version_flag(true)
            .arg(
                Arg::new("version")
                    .short('V')
                    .long("version")
                    .action(ArgAction::Version)
                    .help(da::VERSION)
                    .help_heading(da::OPTIONS),
            )
            .long_about(da::LONG_ABOUT)
            .disable_help_subcommand(true),
    }
}

/// `cmd` with `change` made to each of its subcommands, which is given the
/// subcommand's path ("network new").
pub fn each_subcommand(
    mut cmd: Command,
    path: &str,
    change: impl Fn(Command, &str) -> Command,
) -> Command {
    let subs: Vec<String> = cmd
        .get_subcommands()
        .map(|s| s.get_name().to_string())
        .collect();
    for name in subs {
        let sub_path = if path.is_empty() {
            name.clone()
        } else {
            format!("{path} {name}")
        };
        cmd = cmd.mut_subcommand(&name, |s| change(s, &sub_path));
    }
    cmd
}

fn danish(mut cmd: Command, path: &str) -> Command {
    if let Some(about) = da::danish(path) {
        cmd = cmd.about(about).long_about(None::<&str>);
    }
    let ids: Vec<(String, bool)> = cmd
        .get_arguments()
        .map(|a| (a.get_id().to_string(), a.is_positional()))
        .collect();
    for (id, positional) in ids {
        if let Some(help) = da::danish(&format!("{path}.{id}")) {
            cmd = cmd.mut_arg(&id, |a| a.help(help).long_help(None::<&str>));
        }
        let heading = if positional {
            da::ARGUMENTS
        } else {
            da::OPTIONS
        };
        // The Danish texts name the values and defaults themselves, where
        // clap would add "[possible values: …]" and "[default: …]".
        cmd = cmd.mut_arg(&id, |a| {
            let takes_value = a.get_action().takes_values();
            let a = a
                .help_heading(heading)
                .hide_possible_values(takes_value)
                .hide_default_value(takes_value);
            match da::value_name(&id) {
                Some(name) if takes_value => a.value_name(name),
                _ => a,
            }
        });
    }
    cmd = each_subcommand(cmd, path, danish);
    cmd.disable_help_flag(true)
        .arg(
            Arg::new("help")
                .short('h')
                .long("help")
                .action(ArgAction::Help)
                .help(da::HELP)
                .help_heading(da::OPTIONS),
        )
        .subcommand_help_heading(da::COMMANDS)
        .subcommand_value_name("KOMMANDO")
        .help_template(format!(
            "{{before-help}}{{about-with-newline}}\n{}: {{usage}}\n\n{{all-args}}{{after-help}}",
            da::USAGE
        ))
}
