//! `runde man`: the manual page, in roff, for `man`. One page holds it
//! all: runde's own options, then every command with its synopsis,
//! description and options (walking clap's tree, so a command added later
//! is in it too), and the exit codes. Headings in the user's language.

use super::Context;
use crate::i18n::cli::man;
use crate::text::Lang;
use clap::Command;
use clap_mangen::Man;
use std::process::ExitCode;

pub fn run(ctx: &Context) -> ExitCode {
    match page(ctx.lang) {
        Ok(page) => {
            crate::print::out(&page);
            ExitCode::SUCCESS
        }
        Err(e) => {
            crate::print::errln!("runde: {e}");
            crate::print::failed()
        }
    }
}

/// The whole page in `lang`.
pub fn page(lang: Lang) -> std::io::Result<String> {
    // Unbuilt, so a command's options are its own: runde's global ones
    // (--lang, --color) are said once, at the top.
    let cmd = crate::cli_lang::command(lang);
    let man = Man::new(cmd.clone()).date("").manual("runde");
    let mut out = roff(|w| man.render_title(w))?;
    out.push_str(&section(
        man::NAME.get(lang),
        roff(|w| man.render_name_section(w))?,
    ));
    out.push_str(&section(
        man::SYNOPSIS.get(lang),
        roff(|w| man.render_synopsis_section(w))?,
    ));
    out.push_str(&section(
        man::DESCRIPTION.get(lang),
        roff(|w| man.render_description_section(w))?,
    ));
    out.push_str(&section(man::OPTIONS.get(lang), options(&cmd)?));
    out.push_str(&format!(".SH {}\n", man::COMMANDS.get(lang)));
    for sub in cmd.get_subcommands().filter(|s| !s.is_hide_set()) {
        command(&mut out, sub, "runde")?;
    }
    out.push_str(&format!(".SH {}\n", man::EXIT_STATUS.get(lang)));
    for (code, meaning) in crate::i18n::cli::EXIT_CODES {
        out.push_str(&format!(
            ".TP\n\\fB{code}\\fR\n{}\n",
            escape(meaning.get(lang))
        ));
    }
    out.push_str(&section(
        man::VERSION.get(lang),
        roff(|w| man.render_version_section(w))?,
    ));
    Ok(out)
}

/// One command and the commands under it: its name as a subheading, the
/// synopsis, the description and its options.
fn command(out: &mut String, cmd: &Command, parent: &str) -> std::io::Result<()> {
    let name = format!("{parent} {}", cmd.get_name());
    out.push_str(&format!(".SS \"{}\"\n", escape(&name)));
    let man = Man::new(cmd.clone().bin_name(&name));
    if cmd.get_subcommands().next().is_none() {
        out.push_str(&body(roff(|w| man.render_synopsis_section(w))?));
        out.push_str(".PP\n");
    }
    out.push_str(&body(roff(|w| man.render_description_section(w))?));
    out.push_str(&options(cmd)?);
    for sub in cmd.get_subcommands().filter(|s| !s.is_hide_set()) {
        command(out, sub, &name)?;
    }
    Ok(())
}

/// A command's options and arguments, without clap_mangen's headings
/// (the page says whose options they are).
fn options(cmd: &Command) -> std::io::Result<String> {
    let man = Man::new(cmd.clone());
    Ok(body(roff(|w| man.render_options_section(w))?))
}

/// `text` under the heading `.SH name`, in place of clap_mangen's own.
fn section(name: &str, text: String) -> String {
    format!(".SH {name}\n{}", body(text))
}

/// A section clap_mangen rendered, without its headings and without the
/// string definition it repeats before each (the title has it once).
fn body(text: String) -> String {
    text.lines()
        .filter(|line| {
            !line.starts_with(".SH")
                && !line.starts_with(".ie \\n(.g .ds Aq")
                && !line.starts_with(".el .ds Aq")
        })
        .map(|line| format!("{line}\n"))
        .collect()
}

fn escape(text: &str) -> String {
    text.replace('\\', "\\\\")
        .replace('-', "\\-")
        .replace('"', "\\(dq")
}

fn roff(render: impl FnOnce(&mut Vec<u8>) -> std::io::Result<()>) -> std::io::Result<String> {
    let mut buf = Vec::new();
    render(&mut buf)?;
    String::from_utf8(buf).map_err(std::io::Error::other)
}
