//! Reading records for the index without parsing the same plan ten
//! thousand times.
//!
//! A record carries a copy of its plan (26 KB of a 45 KB record), and the
//! meetings of a network mostly ran the same dozen plans: parsing those
//! copies is half the cost of building the index. The index's reader finds
//! the plan's text by its brackets, parses each distinct plan text once,
//! and parses the rest of the record with a small stand-in plan in its
//! place. Anything unexpected (no `plan:` field at the top, a plan text
//! that does not parse by itself, a rest that does not parse) falls back
//! to parsing the whole file, so a problem's line and column stay true.

use super::parse;
use super::problem::Problem;
use crate::model::Plan;
use crate::model::record::Record;
use std::ops::Range;
use std::path::Path;

/// Distinct plan texts kept per reader; past this, new ones are parsed
/// each time (a folder of hand-edited plans costs what it did before).
const KEPT: usize = 64;

/// Stands in for the plan while the rest of a record is parsed.
const STAND_IN: &str = r#"(version: 1, id: "x", title: (da: "x", en: "x"), steps: [(title: (da: "x", en: "x"), kind: Block(minutes: 1.0))])"#;

/// The plans one reader has parsed, by their text.
#[derive(Default)]
pub(super) struct PlanReuse {
    plans: Vec<(Box<str>, Plan)>,
}

impl PlanReuse {
    /// The record in `bytes`, as [`parse::parse`] reads it.
    pub(super) fn record(&mut self, path: &Path, bytes: &[u8]) -> Result<Record, Problem> {
        self.quick(bytes)
            .map_or_else(|| parse::parse(path, bytes), Ok)
    }

    /// The record with its plan reused or parsed apart; None to read the
    /// whole file the usual way.
    fn quick(&mut self, bytes: &[u8]) -> Option<Record> {
        if bytes.len() > parse::MAX_FILE_BYTES {
            return None;
        }
        let text = std::str::from_utf8(bytes).ok()?;
        let span = plan_span(text)?;
        let plan_text = &text[span.clone()];
        // Compared whole (lengths first), not hashed: 26 KB of text would
        // cost more to hash than to compare with the one or two it may be.
        let plan = match self.plans.iter().find(|(text, _)| **text == *plan_text) {
            Some((_, plan)) => plan.clone(),
            None => {
                let plan: Plan = parse::options().from_str(plan_text).ok()?;
                if self.plans.len() < KEPT {
                    self.plans.push((plan_text.into(), plan.clone()));
                }
                plan
            }
        };
        let mut rest = String::with_capacity(text.len() - span.len() + STAND_IN.len());
        rest.push_str(&text[..span.start]);
        rest.push_str(STAND_IN);
        rest.push_str(&text[span.end..]);
        let mut record: Record = parse::options().from_str(&rest).ok()?;
        record.plan = plan;
        Some(record)
    }
}

/// Where the value of the record's top-level `plan:` field is, when it is
/// written as a bracketed value `( … )`.
fn plan_span(text: &str) -> Option<Range<usize>> {
    let bytes = text.as_bytes();
    let mut scan = Scan { bytes, at: 0 };
    let mut depth = 0usize;
    // Whether the last thing seen at depth 1 ended a field (so a name may follow).
    let mut field_may_start = false;
    while let Some(b) = scan.next_token()? {
        match b {
            b'(' | b'[' | b'{' => {
                depth += 1;
                field_may_start = depth == 1;
            }
            b')' | b']' | b'}' => {
                depth = depth.checked_sub(1)?;
                field_may_start = false;
            }
            b',' => field_may_start = depth == 1,
            b'p' if depth == 1 && field_may_start => {
                let start = scan.at - 1;
                if bytes[start..].starts_with(b"plan")
                    && !bytes
                        .get(start + 4)
                        .is_some_and(|c| c.is_ascii_alphanumeric() || *c == b'_')
                {
                    scan.at = start + 4;
                    scan.skip_blank()?;
                    if bytes.get(scan.at) != Some(&b':') {
                        return None;
                    }
                    scan.at += 1;
                    scan.skip_blank()?;
                    if bytes.get(scan.at) != Some(&b'(') {
                        return None;
                    }
                    let value = scan.at;
                    scan.at += 1;
                    scan.close(1)?;
                    return Some(value..scan.at);
                }
                field_may_start = false;
            }
            _ => field_may_start = false,
        }
    }
    None
}

/// The bytes that may open or close a bracket, string, character or comment.
const MATTERS: [bool; 256] = {
    let mut matters = [false; 256];
    let mut i = 0;
    while i < 10 {
        matters[b"()[]{}\"'/r"[i] as usize] = true;
        i += 1;
    }
    matters
};

/// A walk over RON text that steps over blanks, comments, strings and
/// characters.
struct Scan<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl Scan<'_> {
    /// Walks on until `open` brackets have closed; None when the text ends
    /// first. Jumps over the bytes that cannot open or close anything.
    fn close(&mut self, mut open: usize) -> Option<()> {
        while open > 0 {
            let off = self.bytes[self.at..]
                .iter()
                .position(|&c| MATTERS[usize::from(c)])?;
            self.at += off;
            match self.next_token()? {
                Some(b'(' | b'[' | b'{') => open += 1,
                Some(b')' | b']' | b'}') => open -= 1,
                Some(_) => {}
                None => return None,
            }
        }
        Some(())
    }

    /// The next byte that is not blank, nor inside a comment, string or
    /// character (those are skipped whole); `Some(None)` at the end of the
    /// text, None when it ends inside a comment, string or character.
    fn next_token(&mut self) -> Option<Option<u8>> {
        self.skip_blank()?;
        let Some(&b) = self.bytes.get(self.at) else {
            return Some(None);
        };
        self.at += 1;
        match b {
            b'"' => self.skip_string()?,
            b'\'' => self.skip_char()?,
            b'r' if matches!(self.bytes.get(self.at), Some(b'"' | b'#'))
                && !self.after_ident_char() =>
            {
                self.skip_raw_string()?;
                return Some(Some(b'"'));
            }
            _ => {}
        }
        Some(Some(b))
    }

    /// Whether the byte before the one just read belongs to a name (so an
    /// `r` there is part of it, not a raw string's start).
    fn after_ident_char(&self) -> bool {
        self.at >= 2
            && self
                .bytes
                .get(self.at - 2)
                .is_some_and(|c| c.is_ascii_alphanumeric() || *c == b'_')
    }

    /// Skips blanks and comments; None when a block comment never ends.
    fn skip_blank(&mut self) -> Option<()> {
        loop {
            match self.bytes.get(self.at) {
                Some(b' ' | b'\t' | b'\n' | b'\r') => self.at += 1,
                Some(b'/') => match self.bytes.get(self.at + 1) {
                    Some(b'/') => {
                        let end = self.bytes[self.at..].iter().position(|&c| c == b'\n');
                        self.at = end.map_or(self.bytes.len(), |e| self.at + e);
                    }
                    Some(b'*') => {
                        self.at += 2;
                        let mut nested = 1usize;
                        while nested > 0 {
                            let rest = self.bytes.get(self.at..self.at + 2)?;
                            if rest == b"/*" {
                                nested += 1;
                                self.at += 2;
                            } else if rest == b"*/" {
                                nested -= 1;
                                self.at += 2;
                            } else {
                                self.at += 1;
                            }
                        }
                    }
                    _ => return Some(()),
                },
                _ => return Some(()),
            }
        }
    }

    /// Skips a string's body after its opening quote.
    fn skip_string(&mut self) -> Option<()> {
        loop {
            let off = self.bytes[self.at..]
                .iter()
                .position(|&c| c == b'"' || c == b'\\')?;
            self.at += off;
            if self.bytes[self.at] == b'\\' {
                self.at += 2;
            } else {
                self.at += 1;
                return Some(());
            }
        }
    }

    /// Skips a character's body after its opening quote.
    fn skip_char(&mut self) -> Option<()> {
        if self.bytes.get(self.at) == Some(&b'\\') {
            self.at += 1;
        }
        self.at += 1;
        let off = self
            .bytes
            .get(self.at..)?
            .iter()
            .position(|&c| c == b'\'')?;
        self.at += off + 1;
        Some(())
    }

    /// Skips a raw string `r#"…"#` from just after its `r`.
    fn skip_raw_string(&mut self) -> Option<()> {
        let hashes = self.bytes[self.at..]
            .iter()
            .take_while(|&&c| c == b'#')
            .count();
        self.at += hashes;
        if self.bytes.get(self.at) != Some(&b'"') {
            return None;
        }
        self.at += 1;
        loop {
            let off = self.bytes.get(self.at..)?.iter().position(|&c| c == b'"')?;
            self.at += off + 1;
            let closing = self.bytes.get(self.at..self.at + hashes)?;
            if closing.iter().all(|&c| c == b'#') {
                self.at += hashes;
                return Some(());
            }
        }
    }
}

#[cfg(test)]
#[path = "plan_reuse_tests.rs"]
mod tests;
