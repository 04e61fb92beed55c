//! `--json`: one JSON object a line (JSON Lines), for scripts and `jq`.
//! Keys and the words of fixed sets (a status, a kind, a role) are English
//! and stable; dates are `YYYY-MM-DD`; texts a person wrote (a plan's
//! title, a note) come as they are, titles in the UI language. The shapes
//! live beside each command's table; docs/json.md describes them.

use crate::model::plan::NoteKind;
use crate::model::record::{ActionStatus, SessionStatus};
use crate::output_gate::steers_terminal;
use crate::print::errln;
use serde::Serialize;
use std::fmt::Write as _;
use std::process::ExitCode;

/// Prints each row as one line of JSON: exit code 0 when there was a row,
/// 1 when there was none.
pub(super) fn print_rows<T: Serialize>(rows: &[T]) -> ExitCode {
    let mut text = String::new();
    for row in rows {
        match serde_json::to_string(row) {
            Ok(line) => {
                text.push_str(&terminal_safe(&line));
                text.push('\n');
            }
            Err(e) => {
                errln!("runde: {e}");
                return crate::print::failed();
            }
        }
    }
    crate::print::out(&text);
    if rows.is_empty() {
        crate::print::nothing_found()
    } else {
        ExitCode::SUCCESS
    }
}

/// JSON whose characters a terminal would act on (serde_json leaves C1
/// controls, bidirectional controls and line separators raw) written as
/// `\uXXXX` escapes: the same text to a JSON reader, nothing a terminal
/// obeys, and nothing for the output gate to replace. Outside strings
/// JSON has no such characters.
fn terminal_safe(json: &str) -> String {
    let mut out = String::with_capacity(json.len());
    for c in json.chars() {
        if steers_terminal(c) {
            let _ = write!(out, "\\u{:04x}", u32::from(c));
        } else {
            out.push(c);
        }
    }
    out
}

pub(super) fn session_status(status: SessionStatus) -> &'static str {
    match status {
        SessionStatus::InProgress => "in_progress",
        SessionStatus::Finished => "finished",
        SessionStatus::Discarded => "discarded",
    }
}

pub(super) fn note_kind(kind: NoteKind) -> &'static str {
    match kind {
        NoteKind::Note => "note",
        NoteKind::Decision => "decision",
        NoteKind::Action => "action",
        NoteKind::Learning => "learning",
        NoteKind::Parked => "parked",
    }
}

pub(super) fn action_status(status: ActionStatus) -> &'static str {
    match status {
        ActionStatus::Open => "open",
        ActionStatus::Done => "done",
        ActionStatus::Moved => "moved",
        ActionStatus::Dropped => "dropped",
    }
}

/// Where a plan or theme comes from.
pub(super) fn source(user: bool) -> &'static str {
    if user { "user" } else { "bundled" }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn what_a_terminal_obeys_is_escaped_and_reads_back_the_same() {
        let text = "a\u{9b}31m\u{202e}b\u{2028}c\u{1b}ø";
        let line = terminal_safe(&serde_json::to_string(text).unwrap());
        assert!(!line.chars().any(steers_terminal), "{line}");
        let back: String = serde_json::from_str(&line).unwrap();
        assert_eq!(back, text);
    }
}
