//! Themes embedded in the binary, by id.

pub const THEMES: &[(&str, &str)] = &[
    ("default", include_str!("../../themes/default.ron")),
    ("light", include_str!("../../themes/light.ron")),
    (
        "high-contrast",
        include_str!("../../themes/high-contrast.ron"),
    ),
];
