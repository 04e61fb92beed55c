//! The plain tables `sessions`, `search` and `actions` print: a line of
//! column names, then a line a row, every column padded by display width
//! and two spaces apart, the last one unpadded so no line ends in spaces.

use crate::i18n::Phrase;
use crate::text::Lang;
use unicode_width::UnicodeWidthStr;

/// `header` in `lang` over `body`.
pub(super) fn table<const N: usize>(
    lang: Lang,
    header: [Phrase; N],
    body: &[[String; N]],
) -> String {
    let header = header.map(|phrase| phrase.get(lang).to_string());
    let mut widths = [0usize; N];
    for row in std::iter::once(&header).chain(body.iter()) {
        for (w, cell) in widths.iter_mut().zip(row.iter()) {
            *w = (*w).max(cell.width());
        }
    }
    let mut out = String::new();
    for row in std::iter::once(&header).chain(body.iter()) {
        let mut line = String::new();
        for (i, cell) in row.iter().enumerate() {
            line.push_str(cell);
            if i + 1 < N {
                line.push_str(&" ".repeat(widths[i] - cell.width() + 2));
            }
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const A: Phrase = Phrase::new("kolonne", "column");
    const B: Phrase = Phrase::new("ø", "b");

    #[test]
    fn columns_pad_by_display_width_and_lines_end_clean() {
        let body = [
            ["æøå".to_string(), "x".to_string()],
            ["a".to_string(), String::new()],
        ];
        assert_eq!(
            table(Lang::Da, [A, B], &body),
            "kolonne  ø\næøå      x\na\n"
        );
        assert_eq!(table(Lang::En, [A, B], &[]), "column  b\n");
    }
}
