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
    let p =
        "/tmp/trial-scale-4266/data/exports/2025-11-07-0930-dagtilbudsledere-centrum-1-standard.md";
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
