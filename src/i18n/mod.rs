//! The catalogue of UI strings, Danish and English. One file per area so
//! that each screen's words live beside each other.

use crate::text::Lang;

pub mod cli;
pub mod common;
pub mod display;
pub mod errors;
pub mod export;
pub mod home;
pub mod keys;
pub mod live;
pub mod plans;
pub mod review;
pub mod roster;
pub mod rotation;
pub mod runsheet;

/// One UI string in both languages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Phrase {
    pub da: &'static str,
    pub en: &'static str,
}

impl Phrase {
    pub const fn new(da: &'static str, en: &'static str) -> Phrase {
        Phrase { da, en }
    }

    pub const fn get(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::Da => self.da,
            Lang::En => self.en,
        }
    }

    /// The phrase with `{}` replaced by `arg`, in order.
    pub fn fill(&self, lang: Lang, args: &[&str]) -> String {
        let mut out = String::new();
        let mut rest = self.get(lang);
        let mut args = args.iter();
        while let Some(i) = rest.find("{}") {
            out.push_str(&rest[..i]);
            out.push_str(args.next().copied().unwrap_or(""));
            rest = &rest[i + 2..];
        }
        out.push_str(rest);
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fills_placeholders_in_order() {
        let p = Phrase::new("{} af {}", "{} of {}");
        assert_eq!(p.fill(Lang::Da, &["2", "8"]), "2 af 8");
        assert_eq!(p.fill(Lang::En, &["2", "8"]), "2 of 8");
    }
}
