//! The command line, as clap types. Each command's work lives in
//! `commands/<name>.rs`.

use crate::print::ColourChoice;
use clap::{Args, Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

#[derive(Debug, Parser)]
#[command(
    name = "runde",
    version,
    about = "A terminal companion for the facilitator of a leader network",
    long_about = "runde guides the facilitator of a leader network (ledernetværk) through a live \
meeting: the plan's steps with what to say, a timer per round and per speaker, fair turn order, \
quick notes saved the moment they are typed, and afterwards minutes and open actions.\n\n\
Without a command it opens the home screen."
)]
pub struct Cli {
    /// UI language: da or en (default: the config, else the locale).
    #[arg(long, global = true, value_enum)]
    pub lang: Option<LangArg>,

    /// Colour the output: auto (in a terminal, unless NO_COLOR is set), always or never.
    #[arg(long, global = true, value_enum, default_value_t = ColourChoice::Auto, value_name = "WHEN")]
    pub color: ColourChoice,

    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum LangArg {
    Da,
    En,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, ValueEnum)]
pub enum OutputFormat {
    #[default]
    Text,
    Md,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// List every plan with its planned minutes for 8 participants.
    Plans {
        #[command(flatten)]
        out: JsonFlag,
    },
    /// List the colour themes.
    Themes {
        #[command(flatten)]
        out: JsonFlag,
    },
    /// Validate runde files (plan, theme, network, record, config) by their content.
    Check {
        /// The files to check.
        #[arg(required = true, value_hint = clap::ValueHint::FilePath)]
        files: Vec<PathBuf>,
    },
    /// Print a plan's run-sheet: the agenda with clock times, roles, guidance and prompts.
    Show(ShowArgs),
    /// Start a live session.
    Start(StartArgs),
    /// Continue the most recent unfinished session.
    Resume(ResumeArgs),
    /// The room view for a second window (a TV): big timer, step, who speaks.
    /// Follows the live session in another terminal; never shows a note.
    /// q, Esc or Ctrl-c closes it.
    Display {
        /// A theme id (default: high-contrast, for projectors).
        #[arg(long)]
        theme: Option<String>,
    },
    /// List past sessions, newest first: id, date, network, plan, status.
    Sessions(SessionsArgs),
    /// Search the notes of past sessions: one line per hit with date, network, step, kind and text.
    Search(SearchArgs),
    /// Print a session's minutes as Markdown or HTML, ready to paste into a
    /// mail, or its agreed next meeting as a calendar event.
    Export(ExportArgs),
    /// List the actions agreed in past sessions, with owner, due date and status.
    Actions(ActionsArgs),
    /// Browse past sessions on screen: filters, search as you type, one session in detail.
    Review {
        /// A theme id (see `runde themes`).
        #[arg(long)]
        theme: Option<String>,
    },
    /// Keep shared networks in step through git: commit runde's changed files
    /// in the network's folder, pull (rebase), push, and say what came in.
    Sync {
        /// The network (default: every shared network in a git folder).
        name: Option<String>,
    },
    /// Networks: create, list, edit the roster, and show history and whose turn it is.
    #[command(subcommand)]
    Network(NetworkCommand),
    /// Print the script that lets a shell complete runde's commands, options
    /// and names (plans, networks, sessions, themes).
    Completions {
        /// The shell: bash, zsh, fish, powershell or elvish.
        #[arg(value_enum)]
        shell: CompletionShell,
    },
    /// Print the manual page (roff), for `man`.
    Man,
}

/// `--json`, on the commands that list.
#[derive(Debug, Clone, Copy, Default, Args)]
pub struct JsonFlag {
    /// Print one JSON object a line instead of the table (see docs/json.md).
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum CompletionShell {
    Bash,
    Zsh,
    Fish,
    Powershell,
    Elvish,
}

impl CompletionShell {
    /// The name clap_complete knows the shell by.
    pub fn name(self) -> &'static str {
        match self {
            CompletionShell::Bash => "bash",
            CompletionShell::Zsh => "zsh",
            CompletionShell::Fish => "fish",
            CompletionShell::Powershell => "powershell",
            CompletionShell::Elvish => "elvish",
        }
    }
}

#[derive(Debug, Subcommand)]
pub enum NetworkCommand {
    /// Create a network; the order of the participants is the rotation order.
    New {
        /// The network's name.
        name: String,
        /// The participants in rotation order, comma-separated: "Anne,Bo,Carla".
        #[arg(long, short = 'p')]
        participants: String,
    },
    /// List the networks with their size, latest session and where each lives.
    List {
        #[command(flatten)]
        out: JsonFlag,
    },
    /// Move a network and its session records into a folder of its own,
    /// shared through git or a file-sync service (OneDrive, Nextcloud,
    /// Dropbox, Syncthing). Private notes stay on this machine.
    Share {
        /// The network's name.
        name: String,
        /// The shared folder (made if it is not there).
        dir: std::path::PathBuf,
    },
    /// Use the networks another machine shared into a folder.
    Join {
        /// The shared folder.
        dir: std::path::PathBuf,
    },
    /// Per member: cases, interviews, facilitations, attendance and airtime;
    /// health signals; and who is next for each role, with the reason.
    Show {
        /// The network's name.
        name: String,
        #[command(flatten)]
        out: JsonFlag,
    },
    /// Add a participant at the end of the rotation order.
    Add {
        /// The network's name.
        name: String,
        /// The new participant's name.
        person: String,
    },
    /// Remove a participant; old session records keep their history.
    Remove {
        /// The network's name.
        name: String,
        /// The participant to remove.
        person: String,
    },
    /// Put a participant on leave: no roles and no cases in that period.
    /// With --end, end the leave instead.
    Leave {
        /// The network's name.
        name: String,
        /// The participant going on leave.
        person: String,
        /// First day of leave: 1/12, 1/12/2026 or 2026-12-01.
        #[arg(long, required_unless_present = "end")]
        from: Option<String>,
        /// Last day of leave: 28/2, 28/2/2027 or 2027-02-28.
        #[arg(long, required_unless_present = "end")]
        to: Option<String>,
        /// End the leave: one under way ends yesterday, planned ones go,
        /// past ones stay.
        #[arg(long, conflicts_with_all = ["from", "to"])]
        end: bool,
    },
}

#[derive(Debug, Args)]
pub struct ShowArgs {
    /// The plan's id (see `runde plans`).
    pub plan: String,
    /// Participants present, for the length of rounds (default: the
    /// network's members not on leave, else 8).
    #[arg(long, short = 'n')]
    pub participants: Option<usize>,
    /// Start time, HH:MM.
    #[arg(long, default_value = "09:00")]
    pub at: String,
    /// text: the run-sheet for a terminal or a printer; md: as Markdown.
    #[arg(long, value_enum, default_value_t = OutputFormat::Text)]
    pub format: OutputFormat,
    /// The network: today's people in their roles, the agreed theme and the
    /// open actions with their owners.
    #[arg(long)]
    pub network: Option<String>,
    /// The meeting's day, with --network: 2/12, 2/12/2026 or 2026-12-02
    /// (default: the date agreed last time, else today).
    #[arg(long, requires = "network")]
    pub date: Option<String>,
}

#[derive(Debug, Args)]
pub struct StartArgs {
    /// The plan's id (default: standard).
    pub plan: Option<String>,
    /// The network (default: the config's, else the demo network).
    #[arg(long, conflicts_with = "participants")]
    pub network: Option<String>,
    /// Everyone named is present; the session opens on the first step.
    #[arg(long)]
    pub participants: Option<String>,
    /// A theme id (see `runde themes`).
    #[arg(long)]
    pub theme: Option<String>,
    /// The meeting's fixed end, HH:MM, e.g. 11:30 (default: the plan's
    /// length from the start). Runde proposes where the time comes from.
    #[arg(long)]
    pub until: Option<String>,
}

#[derive(Debug, Args)]
pub struct ResumeArgs {
    /// A session id (default: the most recent unfinished one).
    pub session: Option<String>,
    /// A theme id (see `runde themes`).
    #[arg(long)]
    pub theme: Option<String>,
    /// Resume a meeting that is running on another machine now (saved
    /// there in the last minutes); if both go on, the copies are merged.
    #[arg(long)]
    pub anyway: bool,
}

#[derive(Debug, Args)]
pub struct SessionsArgs {
    /// Only this network's sessions.
    #[arg(long)]
    pub network: Option<String>,
    /// Only sessions run with this plan (its id).
    #[arg(long)]
    pub plan: Option<String>,
    /// Only sessions on or after this day, YYYY-MM-DD.
    #[arg(long)]
    pub from: Option<String>,
    /// Only sessions on or before this day, YYYY-MM-DD.
    #[arg(long)]
    pub to: Option<String>,
    #[command(flatten)]
    pub out: JsonFlag,
}

#[derive(Debug, Args)]
pub struct SearchArgs {
    /// The words to find; every word must occur, each may be the start of a word.
    #[arg(required = true, num_args = 1..)]
    pub text: Vec<String>,
    /// Only this network's notes.
    #[arg(long)]
    pub network: Option<String>,
    /// Search private notes too (case notes, the learning log).
    #[arg(long)]
    pub include_private: bool,
    /// Show at most N notes, the newest first (0: all of them).
    #[arg(long, value_name = "N", default_value_t = SEARCH_LIMIT)]
    pub limit: usize,
    #[command(flatten)]
    pub out: JsonFlag,
}

/// The notes `runde search` shows unless told otherwise: a common word
/// finds tens of thousands at 10,000 meetings.
pub const SEARCH_LIMIT: usize = 100;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, ValueEnum)]
pub enum ExportFormat {
    /// Markdown, which reads well pasted into a mail as it is.
    #[default]
    Md,
    /// A self-contained HTML page that pastes cleanly into Outlook and Gmail.
    Html,
    /// The agreed next meeting as an iCalendar event, for any calendar.
    Ics,
}

#[derive(Debug, Args)]
pub struct ExportArgs {
    /// A session id (see `runde sessions`), or `latest`.
    pub session: String,
    /// md: the minutes as Markdown; html: the minutes as a page for a mail;
    /// ics: the next meeting as a calendar event.
    #[arg(long, value_enum, default_value_t = ExportFormat::Md)]
    pub format: ExportFormat,
    /// Write the minutes to this file instead of printing them (`-` is
    /// standard output). An existing file is replaced only with --force;
    /// a link, folder or device never.
    #[arg(long, short = 'o', value_hint = clap::ValueHint::FilePath)]
    pub output: Option<PathBuf>,
    /// Replace the --output file when it exists.
    #[arg(long, requires = "output")]
    pub force: bool,
    /// Include private notes (left out by default).
    #[arg(long)]
    pub include_private: bool,
    /// Replace participants' names with their initials everywhere, note text included.
    #[arg(long)]
    pub pseudonymise: bool,
}

#[derive(Debug, Args)]
pub struct ActionsArgs {
    /// Only this network's actions.
    #[arg(long)]
    pub network: Option<String>,
    /// Only the actions still open: not done or dropped since (a moved one stays open).
    #[arg(long)]
    pub open: bool,
    /// Include private actions (from case work).
    #[arg(long)]
    pub include_private: bool,
    #[command(flatten)]
    pub out: JsonFlag,
}
