//! One module per command. Each takes the shared [`Context`] and its
//! arguments and returns the process exit code.

pub mod actions;
pub mod check;
pub mod completions;
pub mod display;
pub mod export;
mod json;
mod known;
pub mod man;
pub mod network;
mod network_share;
pub mod network_show;
pub mod plans;
pub mod resume;
pub mod review;
mod review_index;
pub mod search;
pub mod sessions;
pub mod show;
mod show_network;
pub mod start;
pub mod sync;
mod table;
pub mod themes;

use crate::cli::{Cli, Command, LangArg};
use crate::clock::SystemClock;
use crate::model::Config;
use crate::print::errln;
use crate::store::{Problem, Store};
use crate::text::Lang;
use crate::ui::style::{Styles, no_color_requested, theme_for_terminal};
use std::process::ExitCode;

/// What every command needs.
pub struct Context {
    pub store: Store,
    pub config: Config,
    pub lang: Lang,
    pub clock: SystemClock,
    /// Problems found while reading the config.
    pub problems: Vec<Problem>,
}

impl Context {
    pub fn new(store: Store, lang_arg: Option<LangArg>) -> Context {
        let (config, problems) = store.config();
        let lang = resolve_lang(lang_arg, &config, &locale());
        Context {
            store,
            config,
            lang,
            clock: SystemClock,
            problems,
        }
    }

    /// The styles of theme `id` (none named: `light` where COLORFGBG says
    /// the terminal is light, else the default), plain when NO_COLOR asks
    /// for it; problems with the theme files go to stderr.
    pub fn styles(&self, id: Option<&str>) -> Styles {
        let colorfgbg = std::env::var("COLORFGBG").ok();
        let id = id.or_else(|| theme_for_terminal(colorfgbg.as_deref()));
        let (colours, problems) = self.store.theme_colours(id);
        for problem in &problems {
            errln!("{}", problem.describe(self.lang));
        }
        Styles::from_colours(&colours, no_color_requested(std::env::var_os("NO_COLOR")))
    }
}

/// Says the files that did not load on stderr, after the list of those
/// that did: then the command failed (exit code 2), else it ends on `code`.
pub fn say_problems(ctx: &Context, problems: &[Problem], code: ExitCode) -> ExitCode {
    for problem in problems {
        errln!("{}", problem.describe(ctx.lang));
    }
    if problems.is_empty() {
        code
    } else {
        crate::print::failed()
    }
}

/// `--lang`, else the config, else the locale (da* → Danish).
pub fn resolve_lang(arg: Option<LangArg>, config: &Config, locale: &str) -> Lang {
    match arg {
        Some(LangArg::Da) => Lang::Da,
        Some(LangArg::En) => Lang::En,
        None => config.language.unwrap_or_else(|| Lang::from_locale(locale)),
    }
}

/// The language for the command line's own help and errors: `--lang` as
/// typed, else the config, else the locale.
pub fn lang_before_parsing(args: &[std::ffi::OsString]) -> Lang {
    let arg = crate::cli_lang::lang_arg(args);
    let config = Store::from_env()
        .map(|store| store.config().0)
        .unwrap_or_default();
    resolve_lang(arg, &config, &locale())
}

fn locale() -> String {
    ["LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .filter_map(|k| std::env::var(k).ok())
        .find(|v| !v.is_empty())
        .unwrap_or_default()
}

/// Runs the command line.
/// Whatever the command printed, a failed write ends it with exit code 2
/// and a message (see [`crate::print::finish`]).
pub fn run(cli: Cli) -> ExitCode {
    crate::print::set_colour(cli.color);
    let store = match Store::from_env() {
        Ok(store) => store,
        Err(message) => {
            errln!("runde: {message}");
            return crate::print::finish(crate::print::failed(), Lang::En);
        }
    };
    let ctx = Context::new(store, cli.lang);
    for problem in &ctx.problems {
        errln!("{}", problem.describe(ctx.lang));
    }
    // What a killed runde left behind (half-written temp files, locks of
    // sessions nobody holds) goes before anything is read or written. The
    // home screen does it on its loader thread after its first frame
    // (listing 10,000 records is no work for before it): all it reads
    // before is networks and plans, and temp files are never read.
    if cli.command.is_some() {
        use crate::clock::Clock;
        ctx.store
            .clear_debris(std::time::SystemTime::from(ctx.clock.wall()));
    }
    let code = dispatch(&ctx, cli.command);
    crate::print::finish(code, ctx.lang)
}

fn dispatch(ctx: &Context, command: Option<Command>) -> ExitCode {
    match command {
        Some(Command::Plans { out }) => plans::run(ctx, out.json),
        Some(Command::Themes { out }) => themes::run(ctx, out.json),
        Some(Command::Check { files }) => check::run(ctx, &files),
        Some(Command::Show(args)) => show::run(ctx, &args),
        Some(Command::Sessions(args)) => sessions::run(ctx, &args),
        Some(Command::Search(args)) => search::run(ctx, &args),
        Some(Command::Export(args)) => export::run(ctx, &args),
        Some(Command::Actions(args)) => actions::run(ctx, &args),
        Some(Command::Review { theme }) => review::run(ctx, theme.as_deref()),
        Some(Command::Network(cmd)) => network::run(ctx, &cmd),
        Some(Command::Start(args)) => start::run(ctx, &args),
        Some(Command::Resume(args)) => resume::run(ctx, &args),
        Some(Command::Display { theme }) => display::run(ctx, theme.as_deref()),
        Some(Command::Completions { shell }) => completions::run(ctx, shell),
        Some(Command::Man) => man::run(ctx),
        Some(Command::Sync { name }) => sync::run(ctx, name.as_deref()),
        None => start::home(ctx),
    }
}
