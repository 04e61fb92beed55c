//! Text that a plan carries: either one string for both languages or a
//! Danish/English pair.

use serde::de::{self, MapAccess, Visitor};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

/// The two languages runde speaks; written `"da"` or `"en"` in files.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    Da,
    #[default]
    En,
}

impl Lang {
    pub fn code(self) -> &'static str {
        match self {
            Lang::Da => "da",
            Lang::En => "en",
        }
    }

    pub fn parse(code: &str) -> Option<Lang> {
        match code.to_ascii_lowercase().as_str() {
            "da" | "dansk" | "danish" => Some(Lang::Da),
            "en" | "english" | "engelsk" => Some(Lang::En),
            _ => None,
        }
    }

    /// Danish for a locale such as `da_DK.UTF-8`, else English.
    pub fn from_locale(locale: &str) -> Lang {
        if locale.to_ascii_lowercase().starts_with("da") {
            Lang::Da
        } else {
            Lang::En
        }
    }
}

impl Serialize for Lang {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.code())
    }
}

impl<'de> Deserialize<'de> for Lang {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let code = String::deserialize(deserializer)?;
        Lang::parse(&code).ok_or_else(|| {
            de::Error::custom(format!(
                "unknown language \"{code}\"; expected \"da\" or \"en\""
            ))
        })
    }
}

/// A user-facing text in a plan: `"plain"` or `(da: "…", en: "…")`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum Text {
    #[default]
    Empty,
    Plain(String),
    Pair {
        da: String,
        en: String,
    },
}

impl Text {
    pub fn pair(da: &str, en: &str) -> Text {
        Text::Pair {
            da: da.to_string(),
            en: en.to_string(),
        }
    }

    pub fn get(&self, lang: Lang) -> &str {
        match self {
            Text::Empty => "",
            Text::Plain(s) => s,
            Text::Pair { da, en } => match lang {
                Lang::Da => da,
                Lang::En => en,
            },
        }
    }

    pub fn is_empty(&self) -> bool {
        match self {
            Text::Empty => true,
            Text::Plain(s) => s.trim().is_empty(),
            Text::Pair { da, en } => da.trim().is_empty() && en.trim().is_empty(),
        }
    }

    /// True when both languages have their own non-empty text.
    pub fn has_both_languages(&self) -> bool {
        matches!(self, Text::Pair { da, en } if !da.trim().is_empty() && !en.trim().is_empty())
    }
}

impl From<&str> for Text {
    fn from(s: &str) -> Self {
        Text::Plain(s.to_string())
    }
}

impl Serialize for Text {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Text::Empty => serializer.serialize_str(""),
            Text::Plain(s) => serializer.serialize_str(s),
            Text::Pair { da, en } => {
                use serde::ser::SerializeStruct;
                let mut st = serializer.serialize_struct("Text", 2)?;
                st.serialize_field("da", da)?;
                st.serialize_field("en", en)?;
                st.end()
            }
        }
    }
}

impl<'de> Deserialize<'de> for Text {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(TextVisitor)
    }
}

struct TextVisitor;

impl<'de> Visitor<'de> for TextVisitor {
    type Value = Text;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a string or a pair (da: \"…\", en: \"…\")")
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Text, E> {
        Ok(if v.is_empty() {
            Text::Empty
        } else {
            Text::Plain(v.to_string())
        })
    }

    fn visit_string<E: de::Error>(self, v: String) -> Result<Text, E> {
        Ok(if v.is_empty() {
            Text::Empty
        } else {
            Text::Plain(v)
        })
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Text, A::Error> {
        let mut da: Option<String> = None;
        let mut en: Option<String> = None;
        while let Some(key) = map.next_key::<String>()? {
            match key.as_str() {
                "da" if da.is_none() => da = Some(map.next_value()?),
                "en" if en.is_none() => en = Some(map.next_value()?),
                "da" | "en" => return Err(de::Error::duplicate_field("da/en")),
                other => return Err(de::Error::unknown_field(other, &["da", "en"])),
            }
        }
        // A plan written in one language still runs in the other: the
        // missing side shows the text that is there.
        match (da, en) {
            (Some(da), Some(en)) => Ok(Text::Pair { da, en }),
            (Some(one), None) | (None, Some(one)) => Ok(Text::Plain(one)),
            (None, None) => Err(de::Error::custom(
                "the text is empty; expected (da: \"…\", en: \"…\") or a plain string",
            )),
        }
    }
}

/// The text with its first letter as a capital: a role name that starts a
/// sentence ("klienten" → "Klienten").
pub fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// A note's text as one table cell or list row: line breaks and runs of
/// white space become single spaces.
pub fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_note_becomes_one_line() {
        assert_eq!(one_line("  to\n  linjer\tog  mere "), "to linjer og mere");
    }

    #[test]
    fn reads_plain_and_pair() {
        let plain: Text = ron::from_str("\"Hej\"").unwrap();
        assert_eq!(plain.get(Lang::En), "Hej");
        let pair: Text = ron::from_str("(da: \"Hej\", en: \"Hello\")").unwrap();
        assert_eq!(pair.get(Lang::Da), "Hej");
        assert_eq!(pair.get(Lang::En), "Hello");
        assert!(pair.has_both_languages());
    }

    #[test]
    fn one_language_serves_both() {
        let danish: Text = ron::from_str("(da: \"Hej\")").unwrap();
        assert_eq!(danish.get(Lang::En), "Hej");
        assert!(!danish.has_both_languages());
        assert!(ron::from_str::<Text>("()").is_err());
    }

    #[test]
    fn rejects_unknown_language() {
        let err = ron::from_str::<Text>("(da: \"Hej\", de: \"Hallo\")").unwrap_err();
        assert!(err.to_string().contains("de"), "{err}");
    }

    #[test]
    fn round_trips() {
        let pair = Text::pair("Runde", "Round");
        let s = ron::to_string(&pair).unwrap();
        assert_eq!(ron::from_str::<Text>(&s).unwrap(), pair);
    }
}
