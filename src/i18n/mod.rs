//! The catalogue of UI strings, Danish and English. One file per area so
//! that each screen's words live beside each other.

use crate::text::Lang;

pub mod charter;
pub mod cli;
pub mod common;
pub mod corrections;
pub mod display;
pub mod errors;
pub mod export;
pub mod files;
pub mod home;
pub mod index;
pub mod keys;
pub mod live;
pub mod names;
pub mod output;
pub mod plans;
pub mod review;
pub mod roster;
pub mod rotation;
pub mod runsheet;
pub mod share;
pub mod sync;
pub mod timebox;
pub mod unknown;
pub mod year;

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

    /// How many `{}` the phrase has.
    pub fn places(&self, lang: Lang) -> usize {
        self.get(lang).matches("{}").count()
    }

    /// The phrase with `{}` replaced by `arg`, in order. Every place is
    /// filled: a call with too few or too many is a bug the tests find.
    pub fn fill(&self, lang: Lang, args: &[&str]) -> String {
        debug_assert_eq!(
            args.len(),
            self.places(lang),
            "{:?} filled with {args:?}",
            self.get(lang)
        );
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

/// A phrase about a count: the singular for exactly one, else the plural
/// ("1 møde", "3 møder"). The count fills the first `{}`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Counted {
    pub one: Phrase,
    pub many: Phrase,
}

impl Counted {
    pub const fn new(one: Phrase, many: Phrase) -> Counted {
        Counted { one, many }
    }

    /// The phrase for `n`, with `n` and then `rest` filled in.
    pub fn fill(&self, lang: Lang, n: usize, rest: &[&str]) -> String {
        let phrase = if n == 1 { self.one } else { self.many };
        let n = number(n, lang);
        let mut args = vec![n.as_str()];
        args.extend_from_slice(rest);
        phrase.fill(lang, &args)
    }
}

/// A count as the language groups it: "3.400" in Danish, "3,400" in
/// English.
pub fn number(n: usize, lang: Lang) -> String {
    let digits = n.to_string();
    let sep = match lang {
        Lang::Da => '.',
        Lang::En => ',',
    };
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(sep);
        }
        out.push(c);
    }
    out
}

/// A number with `places` decimals as the language writes it: "4,2" in
/// Danish, "4.2" in English.
pub fn decimal(value: f64, places: usize, lang: Lang) -> String {
    let text = format!("{value:.places$}");
    match lang {
        Lang::Da => text.replace('.', ","),
        Lang::En => text,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_plan_is_called_plan_everywhere_in_danish() {
        for p in [home::PLAN, review::PLAN, review::KEY_PLAN, export::PLAN] {
            assert_eq!(p.da.to_lowercase(), "plan", "{p:?}");
        }
    }

    #[test]
    fn one_is_singular_and_every_other_count_plural() {
        let p = Counted::new(
            Phrase::new("{} møde", "{} session"),
            Phrase::new("{} møder", "{} sessions"),
        );
        assert_eq!(p.fill(Lang::Da, 1, &[]), "1 møde");
        assert_eq!(p.fill(Lang::En, 1, &[]), "1 session");
        assert_eq!(p.fill(Lang::Da, 0, &[]), "0 møder");
        assert_eq!(p.fill(Lang::En, 2, &[]), "2 sessions");
        // Grouped as each language writes a count.
        assert_eq!(p.fill(Lang::Da, 10_000, &[]), "10.000 møder");
        assert_eq!(p.fill(Lang::En, 10_000, &[]), "10,000 sessions");
    }

    #[test]
    #[should_panic(expected = "filled with")]
    fn a_phrase_filled_with_too_few_parts_is_caught() {
        Phrase::new("{} af {}", "{} of {}").fill(Lang::Da, &["2"]);
    }

    #[test]
    fn fills_placeholders_in_order() {
        let p = Phrase::new("{} af {}", "{} of {}");
        assert_eq!(p.fill(Lang::Da, &["2", "8"]), "2 af 8");
        assert_eq!(p.fill(Lang::En, &["2", "8"]), "2 of 8");
    }
}
