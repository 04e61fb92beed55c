//! The line over a name prompt that says who can be meant ("Her nu: …"):
//! whole names where the list fits on one row, else first names (whole
//! where two share one), wrapped over as many rows as it takes, so that
//! nobody present is cut off at 80 columns.

use crate::i18n::Phrase;
use crate::text::Lang;
use crate::ui::fit;

/// Rows the list may take before it is cut with "…".
pub(super) const MAX_ROWS: usize = 3;

/// `phrase` filled with `names` (and `extra` after a "·"), fitted to
/// `width` columns: at most `MAX_ROWS` rows.
pub(super) fn rows(
    phrase: Phrase,
    names: &[String],
    extra: Option<&str>,
    width: u16,
    lang: Lang,
) -> Vec<String> {
    let width = usize::from(width).max(1);
    let text = |names: &[&str]| {
        let mut line = phrase.fill(lang, &[&names.join(", ")]);
        if let Some(extra) = extra {
            line.push_str(&format!(" · {extra}"));
        }
        line
    };
    let whole: Vec<&str> = names.iter().map(String::as_str).collect();
    let mut line = text(&whole);
    if fit::width(&line) > width {
        let short: Vec<&str> = names
            .iter()
            .map(|n| crate::names::short(n, names))
            .collect();
        line = text(&short);
    }
    wrapped(&line, width)
}

/// `text` wrapped to `width` columns, at most `MAX_ROWS` rows, the last
/// cut with "…" when more would follow.
pub(super) fn wrapped(text: &str, width: usize) -> Vec<String> {
    let mut rows = fit::wrap(text, width.max(1));
    if rows.len() > MAX_ROWS {
        rows.truncate(MAX_ROWS);
        if let Some(last) = rows.last_mut() {
            *last = fit::ellipsize(&format!("{last} …"), width);
        }
    }
    rows
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::live::HERE_NOW;

    fn eight() -> Vec<String> {
        [
            "Anna Holm",
            "Bo Jensen",
            "Carl Berg",
            "Dorte Østergaard",
            "Erik Lund",
            "Frida Møller",
            "Gustav Krogh",
            "Hanne Bech",
        ]
        .map(String::from)
        .to_vec()
    }

    #[test]
    fn whole_names_where_they_fit() {
        let names = eight()[..3].to_vec();
        assert_eq!(
            rows(HERE_NOW, &names, None, 78, Lang::Da),
            ["Her nu: Anna Holm, Bo Jensen, Carl Berg"]
        );
    }

    #[test]
    fn first_names_at_80_columns_so_nobody_is_cut_off() {
        assert_eq!(
            rows(HERE_NOW, &eight(), None, 78, Lang::Da),
            ["Her nu: Anna, Bo, Carl, Dorte, Erik, Frida, Gustav, Hanne"]
        );
        let mut two_annas = eight();
        two_annas.push("Anna Berg".into());
        let got = rows(HERE_NOW, &two_annas, Some("tom: ingen"), 40, Lang::Da);
        let all = got.join(" ");
        assert!(
            all.contains("Anna Holm") && all.contains("Anna Berg"),
            "{got:?}"
        );
        assert!(
            all.contains("Hanne") && all.ends_with("tom: ingen"),
            "{got:?}"
        );
        assert!(got.iter().all(|r| fit::width(r) <= 40), "{got:?}");
    }

    #[test]
    fn a_list_too_long_for_three_rows_ends_with_an_ellipsis() {
        let many: Vec<String> = (0..40).map(|k| format!("Deltager{k} X")).collect();
        let got = rows(HERE_NOW, &many, None, 30, Lang::Da);
        assert_eq!(got.len(), MAX_ROWS);
        assert!(got[2].ends_with('…'), "{got:?}");
    }
}
