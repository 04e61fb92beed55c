//! A problem with a file, as `path:line:col: what is wrong; what was expected`.

use std::fmt;
use std::path::{Path, PathBuf};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub path: PathBuf,
    pub line: usize,
    pub col: usize,
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}:{}:{}: {}",
            self.path.display(),
            self.line,
            self.col,
            self.message
        )
    }
}

impl std::error::Error for Problem {}

impl Problem {
    /// The problem in the UI's language: `path:line:col: what is wrong;
    /// what was expected`.
    pub fn describe(&self, lang: crate::text::Lang) -> String {
        format!(
            "{}:{}:{}: {}",
            self.path.display(),
            self.line,
            self.col,
            crate::i18n::files::translate(&self.message, lang)
        )
    }

    /// As [`Problem::describe`], with the file's name for its path: for a
    /// line on a screen, where the folder would push out what is wrong.
    pub fn describe_by_name(&self, lang: crate::text::Lang) -> String {
        let name = self.path.file_name().map_or_else(
            || self.path.display().to_string(),
            |n| n.to_string_lossy().into_owned(),
        );
        format!(
            "{name}:{}:{}: {}",
            self.line,
            self.col,
            crate::i18n::files::translate(&self.message, lang)
        )
    }

    pub fn new(path: &Path, line: usize, col: usize, message: impl Into<String>) -> Problem {
        Problem {
            path: path.to_path_buf(),
            line: line.max(1),
            col: col.max(1),
            message: message.into(),
        }
    }

    /// A problem with the file as a whole (it cannot be read, it is too big).
    pub fn whole_file(path: &Path, message: impl Into<String>) -> Problem {
        Problem::new(path, 1, 1, message)
    }

    /// A problem from the RON reader, worded as what is wrong and what was expected.
    pub fn from_ron(path: &Path, err: &ron::error::SpannedError) -> Problem {
        let pos = &err.span.start;
        Problem::new(path, pos.line, pos.col, describe(&err.code))
    }

    /// A file that is not valid UTF-8, located at the first bad byte.
    pub fn from_utf8(path: &Path, bytes: &[u8], err: &std::str::Utf8Error) -> Problem {
        let good = &bytes[..err.valid_up_to()];
        let line = good.iter().filter(|b| **b == b'\n').count() + 1;
        let line_start = good.iter().rposition(|b| *b == b'\n').map_or(0, |i| i + 1);
        let col = String::from_utf8_lossy(&good[line_start..]).chars().count() + 1;
        Problem::new(
            path,
            line,
            col,
            "the file is not valid UTF-8 text; expected a text file saved as UTF-8",
        )
    }
}

fn one_of(names: &[&str]) -> String {
    match names.len() {
        0 => "nothing here".to_string(),
        1 => format!("`{}`", names[0]),
        _ => format!(
            "one of {}",
            names
                .iter()
                .map(|n| format!("`{n}`"))
                .collect::<Vec<_>>()
                .join(", ")
        ),
    }
}

fn within(outer: &Option<String>) -> String {
    outer
        .as_deref()
        .map(|o| format!(" in {o}"))
        .unwrap_or_default()
}

fn wrong_type(expected: &str) -> String {
    format!("this value has the wrong type; expected {expected}")
}

/// chrono's words for a date or time it cannot read.
const DATE_ERRORS: [&str; 7] = [
    "input is out of range",
    "no possible date and time matching input",
    "input is not enough for unique date and time",
    "input contains invalid characters",
    "premature end of input",
    "trailing input",
    "bad or unsupported format string",
];

/// What a date or time field holds that is not one.
pub const NOT_A_DATE: &str = "this is not a real date or time (such as 31 February), or not written as runde writes it; expected a date such as \"2026-12-01\" or a time such as \"2026-12-01T09:00:00+01:00\"";

/// A reader's own message, ending with what was expected: every message
/// runde's checks write says it; chrono's do not.
fn with_expected(msg: &str) -> String {
    if DATE_ERRORS.contains(&msg) {
        NOT_A_DATE.to_string()
    } else if msg.contains("expected") {
        msg.to_string()
    } else {
        format!("{msg}; expected a valid value here")
    }
}

/// Turns a RON error into "what is wrong; what was expected".
pub fn describe(code: &ron::Error) -> String {
    use ron::Error as E;
    match code {
        E::Message(msg) => with_expected(msg),
        E::Eof => "the file ends too early; expected the rest of the value (an empty file, or a missing closing bracket?)".into(),
        E::NoSuchStructField { expected, found, outer } => format!(
            "unknown field `{found}`{}; expected {}",
            within(outer),
            one_of(expected)
        ),
        E::MissingStructField { field, outer } => format!(
            "the field `{field}` is missing{}; expected it to be given",
            within(outer)
        ),
        E::DuplicateStructField { field, outer } => format!(
            "the field `{field}` is given twice{}; expected it once",
            within(outer)
        ),
        E::NoSuchEnumVariant { expected, found, outer } => format!(
            "unknown value `{found}`{}; expected {}",
            within(outer),
            one_of(expected)
        ),
        E::InvalidValueForType { expected, found } => {
            format!("found {found}; expected {expected}")
        }
        E::ExpectedDifferentLength { expected, found } => {
            format!("found {found} items; expected {expected}")
        }
        E::ExpectedDifferentStructName { expected, found } => {
            format!("found `{found}`; expected `{expected}`")
        }
        E::IntegerOutOfBounds => {
            "the number is too large (or too small); expected a number that fits".into()
        }
        E::ExceededRecursionLimit => {
            "the input is nested too deeply; expected a runde file of ordinary depth".into()
        }
        E::TrailingCharacters => {
            "there is more text after the end of the value; expected the file to end here".into()
        }
        E::ExpectedBoolean => wrong_type("true or false"),
        E::ExpectedFloat => wrong_type("a number"),
        E::ExpectedInteger => wrong_type("a whole number"),
        E::ExpectedString => wrong_type("a text in double quotes"),
        E::ExpectedIdentifier => wrong_type("a name without quotes"),
        E::ExpectedArray => wrong_type("a list in [ ]"),
        E::ExpectedStructLike | E::ExpectedNamedStructLike(_) => {
            wrong_type("a structure in ( )")
        }
        E::ExpectedMap => wrong_type("a map in { }"),
        E::ExpectedOption => wrong_type("a value or None"),
        E::ExpectedUnit => wrong_type("()"),
        E::UnexpectedChar(c) => format!("unexpected character `{c}`; expected a RON value"),
        E::ExpectedComma => "missing comma; expected `,` between items".into(),
        E::ExpectedStructLikeEnd => "missing `)`; expected the end of the structure".into(),
        E::ExpectedArrayEnd => "missing `]`; expected the end of the list".into(),
        E::ExpectedStringEnd => "the string is not closed; expected a closing `\"`".into(),
        E::UnclosedBlockComment => "the comment is not closed; expected `*/`".into(),
        E::Utf8Error(_) => {
            "the file is not valid UTF-8 text; expected a text file saved as UTF-8".into()
        }
        other => {
            let text = other.to_string();
            let text = text.trim_end_matches('.');
            format!("{text}; expected valid RON for a runde file")
        }
    }
}
