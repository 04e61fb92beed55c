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
mod tests {
    use super::*;

    #[test]
    fn table_columns_are_those_the_table_draws() {
        use ratatui::widgets::{Cell, Row, Table, TableState};
        let widths = [
            Constraint::Length(4),
            Constraint::Fill(1),
            Constraint::Length(3),
        ];
        let cols = table_columns(20, 2, &widths, 1);
        assert_eq!(cols, [4, 9, 3]);
        // Cells exactly as wide as their columns stay whole in the table.
        let row = Row::new(cols.iter().map(|&w| Cell::from("x".repeat(w))));
        let table = Table::new([row], widths)
            .column_spacing(1)
            .highlight_symbol("› ");
        let mut buf = ratatui::buffer::Buffer::empty(Rect::new(0, 0, 20, 1));
        let mut state = TableState::default().with_selected(Some(0));
        ratatui::widgets::StatefulWidget::render(table, buf.area, &mut buf, &mut state);
        let drawn: String = (0..20).map(|x| buf[(x, 0)].symbol()).collect();
        assert_eq!(drawn, "› xxxx xxxxxxxxx xxx");
    }

    #[test]
    fn wraps_at_spaces() {
        assert_eq!(
            wrap("Erik deler sin tjekliste", 10),
            ["Erik deler", "sin", "tjekliste"]
        );
        assert_eq!(wrap("", 10), [""]);
        assert_eq!(wrap("sygefraværssamtaler", 8), ["sygefra…"]);
    }

    #[test]
    fn a_line_of_pieces_ends_with_an_ellipsis_where_it_is_cut() {
        let text = |l: &Line| {
            l.spans
                .iter()
                .map(|s| s.content.to_string())
                .collect::<String>()
        };
        let line = || {
            Line::from(vec![
                Span::raw("[action] "),
                Span::raw("Call the union"),
                Span::raw(" → Bo"),
            ])
        };
        assert_eq!(
            text(&ellipsize_line(line(), 40)),
            "[action] Call the union → Bo"
        );
        assert_eq!(text(&ellipsize_line(line(), 20)), "[action] Call the u…");
        assert_eq!(
            text(&ellipsize_line(line(), 24)),
            "[action] Call the union…"
        );
        assert_eq!(text(&ellipsize_line(line(), 9)), "[action]…");
        assert!(ellipsize_line(line(), 20).width() <= 20);
        assert!(ellipsize_line(line(), 24).width() <= 24);
    }

    #[test]
    fn around_shows_the_part_with_an_ellipsis_on_each_cut_side() {
        let text = "Karim undrer sig over vikarernes trivsel i de nye teams";
        let at = |word: &str| {
            let i = text.find(word).unwrap();
            i..i + word.len()
        };
        // Whole where it fits.
        assert_eq!(around(text, at("trivsel"), 80), text);
        // Cut at the end where the part still shows.
        assert_eq!(
            around(text, at("undrer"), 30),
            "Karim undrer sig over vikarer…"
        );
        // The trial's case: the word that matched comes into view.
        let got = around(text, at("trivsel"), 30);
        assert!(got.starts_with('…') && got.ends_with('…'), "{got}");
        assert!(got.contains("trivsel"), "{got}");
        assert!(width(&got) <= 30);
        assert_eq!(got, "…vikarernes trivsel i de nye…");
        // Near the end: "…" before only, and the room used.
        let got = around(text, at("teams"), 30);
        assert_eq!(got, "…trivsel i de nye teams");
        // Wide characters count as two columns.
        let wide = "日本語のテキストとトリブセル trivsel";
        let got = around(wide, wide.len() - 7..wide.len(), 16);
        assert!(got.contains("trivsel") && width(&got) <= 16, "{got}");
        // A range that is not in the text cuts as ellipsize does.
        assert_eq!(around("abc def", 40..45, 5), "abc…");
    }

    #[test]
    fn a_wrapped_line_hangs_under_its_text() {
        let text = |rows: &[Line]| -> Vec<String> { rows.iter().map(|l| l.to_string()).collect() };
        let line = Line::from(vec![
            Span::raw("  • "),
            Span::raw("[åben] "),
            Span::raw("Anne fortæller om aftale forældre ansvar"),
            Span::raw(" · Ulla Ali · næste møde"),
        ]);
        let rows = hang(line.clone(), 30);
        assert_eq!(
            text(&rows),
            [
                "  • [åben] Anne fortæller om ",
                "    aftale forældre ansvar · ",
                "    Ulla Ali · næste møde",
            ]
        );
        assert!(rows.iter().all(|r| r.width() <= 30));
        // A line that fits is one row; a heading hangs by its indent.
        assert_eq!(text(&hang(line.clone(), 80)).len(), 1);
        assert_eq!(
            text(&hang(Line::from(" Aftaler og beslutninger i dag"), 16)),
            [" Aftaler og ", " beslutninger i ", " dag"]
        );
        // A word longer than a row is cut, never lost silently.
        assert_eq!(
            text(&hang(Line::from("  • sygefraværssamtalerne"), 12)),
            ["  • sygefra…"]
        );
    }

    #[test]
    fn a_path_keeps_its_file_name_and_cuts_its_folders_in_the_middle() {
        let p = "/tmp/trial-scale-4266/data/exports/2025-11-07-0930-dagtilbudsledere-centrum-1-standard.md";
        assert_eq!(path(p, 200), p);
        let got = path(p, 80);
        assert!(width(&got) <= 80, "{got}");
        assert!(
            got.ends_with("/2025-11-07-0930-dagtilbudsledere-centrum-1-standard.md"),
            "{got}"
        );
        assert!(got.starts_with("/tmp/") && got.contains('…'), "{got}");
        assert_eq!(
            path(p, 70),
            "/tmp/…/exports/2025-11-07-0930-dagtilbudsledere-centrum-1-standard.md"
        );
        // A name longer than the room keeps its end.
        assert_eq!(path(p, 12), "…standard.md");
        assert_eq!(
            path("C:\\Users\\x\\exports\\minutes.md", 24),
            "C:\\…\\exports\\minutes.md"
        );
    }

    #[test]
    fn fits_or_ends_with_an_ellipsis() {
        assert_eq!(ellipsize("Pause", 10), "Pause");
        assert_eq!(ellipsize("Velkommen, program", 10), "Velkommen…");
        assert_eq!(ellipsize("Velkommen, program", 11), "Velkommen,…");
        assert_eq!(ellipsize("abc", 0), "");
        assert_eq!(ellipsize("Ærø øst", 4), "Ærø…");
        assert!(width(&ellipsize("Supervision med reflekterende team", 20)) <= 20);
    }

    #[test]
    fn padded_cells_line_up_in_columns() {
        assert_eq!(padded("Bo", 5), "Bo   ");
        assert_eq!(padded("Ærøskøbing", 4), "Ærøs");
        // A wide character that would cross the edge is left out, and
        // the cell is still exactly as wide as asked.
        assert_eq!(padded("ab日本", 3), "ab ");
        assert_eq!(width(&padded("日本語", 5)), 5);
        assert_eq!(padded("x", 0), "");
    }
}
