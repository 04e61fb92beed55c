//! The only way text reaches standard output or standard error outside a
//! full-screen view: through the output gate ([`crate::output_gate`]),
//! then anstream, which keeps our colours for a terminal and strips them
//! for a pipe, a file, `NO_COLOR` or `--color never`.
//!
//! A failed write does not panic (as `println!` does): the first failure
//! is remembered, and [`finish`] turns it into a message and exit code 2.
//! A closed pipe is not a failure: runde dies of SIGPIPE there, quietly,
//! as every Unix tool does.

use crate::output_gate::{Painted, visible};
use crate::text::Lang;
use std::io::{self, Write};
use std::process::ExitCode;
use std::sync::Mutex;

/// The exit code of an error (a bad argument, an unknown name, a file
/// that does not load, an index that cannot answer, a failed write).
pub const ERROR: u8 = 2;

/// The exit code of a command that ran well and found nothing: no
/// session, hit, action or agreed day to show. 0 is "done, found".
pub const NOTHING_FOUND: u8 = 1;

/// [`ERROR`] as an exit code.
pub fn failed() -> ExitCode {
    ExitCode::from(ERROR)
}

/// [`NOTHING_FOUND`] as an exit code.
pub fn nothing_found() -> ExitCode {
    ExitCode::from(NOTHING_FOUND)
}

/// The first write to stdout that failed, and whether stderr failed too.
static FAILED: Mutex<Failed> = Mutex::new(Failed {
    stdout: None,
    stderr: false,
});

struct Failed {
    stdout: Option<io::Error>,
    stderr: bool,
}

/// Whether command output is coloured: `--color`, else anstream's own
/// rule (a terminal, and neither `NO_COLOR` nor `CLICOLOR=0`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum ColourChoice {
    #[default]
    Auto,
    Always,
    Never,
}

pub fn set_colour(choice: ColourChoice) {
    anstream::ColorChoice::write_global(match choice {
        ColourChoice::Auto => anstream::ColorChoice::Auto,
        ColourChoice::Always => anstream::ColorChoice::Always,
        ColourChoice::Never => anstream::ColorChoice::Never,
    });
}

/// True when stdout gets colours.
pub fn stdout_coloured() -> bool {
    anstream::AutoStream::choice(&io::stdout()) != anstream::ColorChoice::Never
}

/// Writes `text` to stdout through the gate.
pub fn out(text: &str) {
    write_out(&visible(text));
}

/// Writes text whose lines end in CRLF (a calendar file) to stdout through
/// the gate, line by line, keeping each line's CRLF.
pub fn out_crlf(text: &str) {
    let lines: Vec<_> = text.split("\r\n").map(visible).collect();
    write_out(&lines.join("\r\n"));
}

/// Writes `text` to stderr through the gate.
pub fn err(text: &str) {
    write_err(&visible(text));
}

/// Writes text that passed the gate, with its colours, to stdout.
pub fn out_painted(text: &Painted) {
    write_out(text.ansi());
}

/// Writes text that passed the gate, with its colours, to stderr.
pub fn err_painted(text: &Painted) {
    write_err(text.ansi());
}

fn write_out(text: &str) {
    // Flushed at once: a failure belongs to this write, and stdout keeps
    // nothing that a full-screen view's own writes could fail on later.
    let mut stdout = anstream::stdout();
    let result = stdout
        .write_all(text.as_bytes())
        .and_then(|()| stdout.flush());
    if let Err(e) = result {
        remember(|f| {
            f.stdout.get_or_insert(e);
        });
    }
}

fn write_err(text: &str) {
    if anstream::stderr().write_all(text.as_bytes()).is_err() {
        remember(|f| f.stderr = true);
    }
}

fn remember(record: impl FnOnce(&mut Failed)) {
    let mut failed = FAILED
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    record(&mut failed);
}

/// The command's exit code, unless a write failed: then the failure is
/// said on stderr and the exit code is [`ERROR`].
pub fn finish(code: ExitCode, lang: Lang) -> ExitCode {
    let mut failed = FAILED
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    let stderr_failed = failed.stderr;
    match failed.stdout.take() {
        Some(e) => {
            drop(failed);
            let reason = crate::i18n::errors::io_reason(&e, lang);
            err(&format!(
                "runde: {}\n",
                crate::i18n::output::STDOUT_FAILED.fill(lang, &[&reason])
            ));
            ExitCode::from(ERROR)
        }
        None if stderr_failed => ExitCode::from(ERROR),
        None => code,
    }
}

/// `println!` through the gate.
macro_rules! outln {
    ($($arg:tt)*) => {{
        let mut text = format!($($arg)*);
        text.push('\n');
        $crate::print::out(&text)
    }};
}

/// `eprintln!` through the gate.
macro_rules! errln {
    ($($arg:tt)*) => {{
        let mut text = format!($($arg)*);
        text.push('\n');
        $crate::print::err(&text)
    }};
}

pub(crate) use {errln, outln};
