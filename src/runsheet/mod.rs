//! The run-sheet: what a rotating facilitator reads the evening before.
//! The agenda with clock times from the start time, each step's planned
//! minutes for the expected attendance, roles and rules in supervision,
//! guidance and prompts. Pure: a plan in, a string out.

mod markdown;
mod network;
mod phases;
mod sheet;
mod text;

use crate::model::Plan;
use crate::text::Lang;
use chrono::NaiveTime;

pub use network::{ForNetwork, SheetAction};
pub use sheet::fmt_minutes;

/// How the run-sheet is written out.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Format {
    /// Plain text for the terminal or a printer, wrapped at 78 columns.
    #[default]
    Text,
    /// Markdown, for a mail or a shared document.
    Markdown,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RunSheetOptions {
    /// Participants expected; rounds are planned for this many.
    pub participants: usize,
    /// When the meeting starts.
    pub start: NaiveTime,
    pub format: Format,
    pub lang: Lang,
}

impl Default for RunSheetOptions {
    fn default() -> Self {
        RunSheetOptions {
            participants: 8,
            start: NaiveTime::from_hms_opt(9, 0, 0).unwrap_or(NaiveTime::MIN),
            format: Format::Text,
            lang: Lang::Da,
        }
    }
}

/// The run-sheet of `plan`, in the options' language and format.
pub fn render(plan: &Plan, opts: &RunSheetOptions) -> String {
    render_for(plan, opts, None)
}

/// The run-sheet of `plan` for one network's meeting: with its people in
/// their roles, its theme, its open actions and its charter.
pub fn render_for(plan: &Plan, opts: &RunSheetOptions, network: Option<&ForNetwork>) -> String {
    let sheet = sheet::Sheet::build(plan, opts, network);
    match opts.format {
        Format::Text => text::render(&sheet, opts.lang),
        Format::Markdown => markdown::render(&sheet, opts.lang),
    }
}
