//! Colours by UI role. A theme file may set any subset of roles; the rest
//! comes from the embedded default theme.

use serde::{Deserialize, Serialize};

/// A colour as written in a theme file: a name (`"red"`, `"dark_gray"`,
/// `"reset"`) or `"#rrggbb"`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(transparent)]
pub struct ColourName(pub String);

impl<'de> Deserialize<'de> for ColourName {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let value = String::deserialize(d)?;
        if !is_colour(&value) {
            return Err(serde::de::Error::custom(format!(
                "\"{value}\" is not a colour; expected \"#rrggbb\" or one of: {}",
                COLOUR_NAMES.join(", ")
            )));
        }
        Ok(ColourName(value.trim().to_ascii_lowercase()))
    }
}

/// Every role a theme colours. `None` falls back to the default theme.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ThemeColours {
    #[serde(default)]
    pub text: Option<ColourName>,
    #[serde(default)]
    pub background: Option<ColourName>,
    #[serde(default)]
    pub muted: Option<ColourName>,
    #[serde(default)]
    pub accent: Option<ColourName>,
    #[serde(default)]
    pub border: Option<ColourName>,
    #[serde(default)]
    pub title: Option<ColourName>,
    #[serde(default)]
    pub selection: Option<ColourName>,
    #[serde(default)]
    pub selection_text: Option<ColourName>,
    #[serde(default)]
    pub timer_ok: Option<ColourName>,
    #[serde(default)]
    pub timer_warn: Option<ColourName>,
    #[serde(default)]
    pub timer_over: Option<ColourName>,
    #[serde(default)]
    pub timer_paused: Option<ColourName>,
    #[serde(default)]
    pub speaker_now: Option<ColourName>,
    #[serde(default)]
    pub speaker_next: Option<ColourName>,
    #[serde(default)]
    pub passed: Option<ColourName>,
    #[serde(default)]
    pub step_done: Option<ColourName>,
    #[serde(default)]
    pub step_current: Option<ColourName>,
    #[serde(default)]
    pub step_next: Option<ColourName>,
    #[serde(default)]
    pub ahead: Option<ColourName>,
    #[serde(default)]
    pub behind: Option<ColourName>,
    #[serde(default)]
    pub private: Option<ColourName>,
    #[serde(default)]
    pub error: Option<ColourName>,
    #[serde(default)]
    pub role: Option<ColourName>,
    #[serde(default)]
    pub flash: Option<ColourName>,
}

pub const THEME_VERSION: u32 = 1;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Theme {
    #[serde(deserialize_with = "theme_version")]
    pub version: u32,
    #[serde(deserialize_with = "super::checked::slug_id")]
    pub id: String,
    #[serde(default)]
    /// What the theme is for, in one line: `"plain"` or `(da: "…", en: "…")`.
    pub description: crate::text::Text,
    #[serde(default)]
    pub colours: ThemeColours,
}

fn theme_version<'de, D: serde::Deserializer<'de>>(d: D) -> Result<u32, D::Error> {
    super::checked::version_at_most(d, THEME_VERSION)
}

/// Named colours a theme file may use, besides `#rrggbb`.
pub const COLOUR_NAMES: &[&str] = &[
    "reset",
    "black",
    "red",
    "green",
    "yellow",
    "blue",
    "magenta",
    "cyan",
    "gray",
    "dark_gray",
    "light_red",
    "light_green",
    "light_yellow",
    "light_blue",
    "light_magenta",
    "light_cyan",
    "white",
];

/// True for a colour a theme may name.
pub fn is_colour(value: &str) -> bool {
    let v = value.trim().to_ascii_lowercase();
    COLOUR_NAMES.contains(&v.as_str())
        || (v.len() == 7 && v.starts_with('#') && v[1..].chars().all(|c| c.is_ascii_hexdigit()))
}

impl ThemeColours {
    /// Every role with its value, in declaration order.
    pub fn roles(&self) -> Vec<(&'static str, &Option<ColourName>)> {
        vec![
            ("text", &self.text),
            ("background", &self.background),
            ("muted", &self.muted),
            ("accent", &self.accent),
            ("border", &self.border),
            ("title", &self.title),
            ("selection", &self.selection),
            ("selection_text", &self.selection_text),
            ("timer_ok", &self.timer_ok),
            ("timer_warn", &self.timer_warn),
            ("timer_over", &self.timer_over),
            ("timer_paused", &self.timer_paused),
            ("speaker_now", &self.speaker_now),
            ("speaker_next", &self.speaker_next),
            ("passed", &self.passed),
            ("step_done", &self.step_done),
            ("step_current", &self.step_current),
            ("step_next", &self.step_next),
            ("ahead", &self.ahead),
            ("behind", &self.behind),
            ("private", &self.private),
            ("error", &self.error),
            ("role", &self.role),
            ("flash", &self.flash),
        ]
    }
}

impl ThemeColours {
    /// These colours, with every role left unset taken from `base`.
    pub fn over(&self, base: &ThemeColours) -> ThemeColours {
        macro_rules! merge {
            ($($role:ident),* $(,)?) => {
                ThemeColours { $($role: self.$role.clone().or_else(|| base.$role.clone()),)* }
            };
        }
        merge!(
            text,
            background,
            muted,
            accent,
            border,
            title,
            selection,
            selection_text,
            timer_ok,
            timer_warn,
            timer_over,
            timer_paused,
            speaker_now,
            speaker_next,
            passed,
            step_done,
            step_current,
            step_next,
            ahead,
            behind,
            private,
            error,
            role,
            flash,
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_theme_sets_a_subset_and_the_rest_comes_from_the_base() {
        let base = ThemeColours {
            timer_ok: Some(ColourName("green".into())),
            border: Some(ColourName("gray".into())),
            ..ThemeColours::default()
        };
        let mine = ThemeColours {
            timer_ok: Some(ColourName("#00ff00".into())),
            ..ThemeColours::default()
        };
        let merged = mine.over(&base);
        assert_eq!(merged.timer_ok, Some(ColourName("#00ff00".into())));
        assert_eq!(merged.border, Some(ColourName("gray".into())));
        assert_eq!(merged.flash, None);
    }
}
