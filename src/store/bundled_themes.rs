//! Themes embedded in the binary, by id.

pub const THEMES: &[(&str, &str)] = &[
    ("default", include_str!("../../themes/default.ron")),
    ("light", include_str!("../../themes/light.ron")),
    (
        "high-contrast",
        include_str!("../../themes/high-contrast.ron"),
    ),
];

#[cfg(test)]
mod tests {
    use super::THEMES;
    use crate::model::theme::Theme;

    /// `runde themes` describes every bundled theme in Danish and English,
    /// and each paints its own background or leaves the terminal's.
    #[test]
    fn every_bundled_theme_is_described_in_both_languages_and_sets_its_background() {
        for (id, src) in THEMES {
            let theme: Theme =
                crate::store::parse::parse(std::path::Path::new("theme.ron"), src.as_bytes())
                    .unwrap();
            assert_eq!(theme.id, *id);
            assert!(theme.description.has_both_languages(), "{id}");
            assert!(theme.colours.background.is_some(), "{id}");
            assert!(theme.colours.text.is_some(), "{id}");
        }
    }
}
