//! Text cut to a width in terminal columns, with "…" where it was cut, so
//! nothing is lost silently and neighbours never run together.

use ratatui::layout::{Constraint, Flex, Layout, Rect};
use ratatui::text::{Line, Span};
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// The width of each column of a table laid out as ratatui's `Table` lays
/// out its columns: `widths` with `spacing` between them, in `total`
/// columns after a selection mark `selection` columns wide. So a cell can
/// be cut to its column with "…" before the table clips it.
pub fn table_columns(
    total: u16,
    selection: u16,
    widths: &[Constraint],
    spacing: u16,
) -> Vec<usize> {
    let area = Rect::new(0, 0, total.saturating_sub(selection), 1);
    Layout::horizontal(widths.iter().copied())
        .flex(Flex::Start)
        .spacing(spacing)
        .split(area)
        .iter()
        .map(|r| usize::from(r.width))
        .collect()
}

/// Columns `text` takes on screen.
pub fn width(text: &str) -> usize {
    text.width()
}

/// `text` as it is when it fits in `max` columns, else cut and ended with
/// "…" (which takes one of the columns).
pub fn ellipsize(text: &str, max: usize) -> String {
    if text.width() <= max {
        return text.to_string();
    }
    cut_off(text, max)
}

/// A line of styled pieces cut to `max` columns, the piece that reaches
/// the edge ended with "…" and the pieces after it left out.
pub fn ellipsize_line(line: Line<'_>, max: usize) -> Line<'_> {
    if line.width() <= max {
        return line;
    }
    let style = line.style;
    let mut out = Vec::new();
    let mut used = 0;
    for span in line.spans {
        let w = span.content.width();
        if used + w < max {
            used += w;
            out.push(span);
            continue;
        }
        // This piece reaches the edge and more follows: it ends in "…".
        let room = max - used;
        let cut = cut_off(&span.content, room);
        if cut.trim_end_matches('…').trim().is_empty() && used > 0 {
            // Nothing of this piece fits: end the piece before with "…".
            if let Some(prev) = out.pop() {
                let room = max - (used - prev.content.width());
                let cut = cut_off(&prev.content, room);
                out.push(Span::styled(cut, prev.style));
            }
            break;
        }
        out.push(Span::styled(cut, span.style));
        break;
    }
    Line::from(out).style(style)
}

/// `text` cut or padded with spaces to exactly `max` columns, for
/// table cells that must line up (cut without "…": the column header
/// says what the cell holds).
pub fn padded(text: &str, max: usize) -> String {
    let mut out = String::new();
    let mut used = 0;
    for c in text.chars() {
        let w = c.width().unwrap_or(0);
        if used + w > max {
            break;
        }
        used += w;
        out.push(c);
    }
    out + &" ".repeat(max - used)
}

/// `text` cut to end in "…" within `max` columns, fitting or not.
fn cut_off(text: &str, max: usize) -> String {
    if max == 0 {
        return String::new();
    }
    let mut out = String::new();
    let mut used = 0;
    for c in text.chars() {
        let w = c.width().unwrap_or(0);
        if used + w > max - 1 {
            break;
        }
        used += w;
        out.push(c);
    }
    out.truncate(out.trim_end().len());
    out.push('…');
    out
}

/// `text` in `max` columns with the part at the byte range `at` in view:
/// whole where it fits; else cut at the end, or, where that would hide the
/// part, begun a few words before it; each cut side shows "…". (A search
/// hit's text, its matching word shown.)
pub fn around(text: &str, at: std::ops::Range<usize>, max: usize) -> String {
    if width(text) <= max || !text.is_char_boundary(at.start) {
        return ellipsize(text, max);
    }
    let end = at.end.min(text.len());
    // The part shows when the text is cut only at the end.
    if text.is_char_boundary(end) && width(&text[..end]) < max {
        return ellipsize(text, max);
    }
    // Begin at a word: the earliest from which the rest fits, else a few
    // words before the part (at most half the room), else the part.
    let lead = max / 2;
    let mut words = std::iter::once(0)
        .chain(text[..at.start].match_indices(' ').map(|(i, _)| i + 1))
        .filter(|&i| i <= at.start);
    let start = words
        .find(|&i| width(&text[i..]) < max || width(&text[i..at.start]) <= lead)
        .unwrap_or(at.start);
    let rest = text[start..].trim_start();
    if start == 0 {
        return ellipsize(rest, max);
    }
    ellipsize(&format!("…{rest}"), max)
}

/// A file's path in `max` columns: whole where it fits, else with "…" in
/// the middle of its folders and the file's name whole; only a name too
/// long for the room is cut, at its start, so its end (the kind of file)
/// shows.
pub fn path(text: &str, max: usize) -> String {
    if width(text) <= max {
        return text.to_string();
    }
    let at = text.rfind(['/', '\\']).map_or(0, |i| i + 1);
    let (folders, name) = text.split_at(at);
    if width(name) + 1 >= max {
        return format!("…{}", last_columns(name, max.saturating_sub(1)));
    }
    // Whole folders at each end: the first ones in up to half the room,
    // the last ones in the rest.
    let room = max - 1 - width(name);
    let seps: Vec<usize> = folders.match_indices(['/', '\\']).map(|(i, _)| i).collect();
    let head = seps
        .iter()
        .rev()
        .map(|&i| &folders[..=i])
        .find(|h| width(h) <= room / 2)
        .unwrap_or("");
    let tail = seps
        .iter()
        .map(|&i| &folders[i..])
        .find(|t| width(t) <= room - width(head))
        .unwrap_or("");
    format!("{head}…{tail}{name}")
}

/// The end of `text` that fits in `max` columns.
fn last_columns(text: &str, max: usize) -> &str {
    let mut used = 0;
    let mut start = text.len();
    for (i, c) in text.char_indices().rev() {
        used += c.width().unwrap_or(0);
        if used > max {
            break;
        }
        start = i;
    }
    &text[start..]
}

/// A line of styled pieces broken at spaces into rows of at most `max`
/// columns, each row after the first hung under the text: indented as far
/// as the line's own indent and bullet ("  • ") reach. A word longer than
/// a row is cut with "…".
pub fn hang(line: Line<'_>, max: usize) -> Vec<Line<'static>> {
    let text: String = line.spans.iter().map(|s| s.content.as_ref()).collect();
    let lead = text.len() - text.trim_start_matches(' ').len();
    let bullet = ["• ", "- ", "· "]
        .into_iter()
        .find(|b| text[lead..].starts_with(b))
        .map_or(0, width);
    // Never so deep that a row has no room for text.
    let indent = (lead + bullet).min(max / 2);
    let style = line.style;
    let mut rows: Vec<Vec<Span<'static>>> = vec![Vec::new()];
    let mut used = 0;
    for span in &line.spans {
        for piece in span.content.split_inclusive(' ') {
            let word = piece.trim_end_matches(' ');
            let row_start = used <= indent;
            if used + width(word) > max && !row_start {
                rows.push(vec![Span::raw(" ".repeat(indent))]);
                used = indent;
                if word.is_empty() {
                    continue;
                }
            }
            let piece = match used + width(word) > max {
                true => ellipsize(word, max.saturating_sub(used)),
                false => piece.to_string(),
            };
            used += width(&piece);
            if let Some(row) = rows.last_mut() {
                row.push(Span::styled(piece, span.style));
            }
        }
    }
    rows.into_iter()
        .map(|spans| Line::from(spans).style(style))
        .collect()
}

/// `text` broken at spaces into lines of at most `max` columns; a word
/// longer than a line is cut with "…".
pub fn wrap(text: &str, max: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        let word = ellipsize(word, max);
        let needed = if line.is_empty() {
            width(&word)
        } else {
            width(&line) + 1 + width(&word)
        };
        if needed > max && !line.is_empty() {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(&word);
    }
    if !line.is_empty() || lines.is_empty() {
        lines.push(line);
    }
    lines
}

#[cfg(test)]
#[path = "fit_tests.rs"]
mod tests;
