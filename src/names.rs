//! People's names: the one rule for tidying, comparing, finding and
//! accepting them.
//!
//! Two names are the same person when they read the same without regard
//! to case or spacing: " anne  HOLM" is Anne Holm, "ØRUM" is Ørum (Danish
//! letters fold as any other; `eq_ignore_ascii_case` would not), and an "å"
//! pasted as "a" plus a combining ring is the "å" typed on a keyboard.
//!
//! What a file may hold ([`check_stored`]) is looser than what runde takes
//! in ([`check`], [`split_list`], [`check_new`]): records written before
//! the entry rules stay readable, and nothing new can break them.
//!
//! Lists of names shown in order go by [`sort_key`] (Danish order).

use unicode_normalization::UnicodeNormalization;

mod order;
pub use order::{SortKey, sort_key};

/// The longest name a file may hold, in characters.
pub const MAX_CHARS: usize = 200;

/// What separates names in a list ("Anne, Bo; Carla"); never inside a name.
pub const SEPARATORS: [char; 2] = [',', ';'];

/// The name as it is kept: composed characters, single spaces, no space
/// at either end. "  Anne \t Holm " → "Anne Holm".
pub fn tidy(name: &str) -> String {
    let composed: String = name.nfc().collect();
    composed.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The form two names are compared in: tidied and in lower case.
pub fn fold(name: &str) -> String {
    folded(name).collect()
}

/// The characters of [`fold`] without building the string, so comparing
/// names in a loop costs no allocation.
fn folded(name: &str) -> impl Iterator<Item = char> + '_ {
    let mut after_space = false;
    name.trim()
        .nfc()
        .flat_map(char::to_lowercase)
        .filter_map(move |c| match (c.is_whitespace(), after_space) {
            (true, true) => None,
            (true, false) => {
                after_space = true;
                Some(' ')
            }
            (false, _) => {
                after_space = false;
                Some(c)
            }
        })
}

/// True when `a` and `b` name the same person (or the same network).
pub fn same(a: &str, b: &str) -> bool {
    a == b || folded(a).eq(folded(b))
}

/// The name a crowded line uses: the first name, unless someone else in
/// `everyone` shares it, then the whole name. "Anne Holm" → "Anne".
pub fn short<'a, S: AsRef<str>>(name: &'a str, everyone: &[S]) -> &'a str {
    let first = |n: &'a str| n.split_whitespace().next().unwrap_or(n);
    let mine = first(name);
    let shared = everyone.iter().any(|other| {
        let other = other.as_ref();
        !same(other, name) && same(other.split_whitespace().next().unwrap_or(other), mine)
    });
    if shared { name } else { mine }
}

/// Where `name` stands in `list`, compared by [`same`].
pub fn position<S: AsRef<str>>(list: &[S], name: &str) -> Option<usize> {
    list.iter().position(|n| same(n.as_ref(), name))
}

/// True when `list` holds `name`, compared by [`same`].
pub fn contains<S: AsRef<str>>(list: &[S], name: &str) -> bool {
    position(list, name).is_some()
}

/// The first name that occurs twice in `names`, compared by [`same`].
pub fn first_duplicate<'a>(names: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let mut seen = std::collections::HashSet::new();
    names.into_iter().find(|n| !seen.insert(fold(n)))
}

/// Why a typed name is not taken.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NameProblem {
    /// Nothing but spaces.
    Empty,
    /// Longer than [`MAX_CHARS`].
    TooLong,
    /// No letter in it ("0", "42", "--"): not a person's name.
    NoLetter(String),
    /// A comma or semicolon: two names typed as one ("Hans, Ida").
    Separator(String),
    /// A control character (a pasted escape sequence).
    Control,
    /// The person is named already (any case and spacing).
    Twice(String),
}

/// What a file may hold: a tidied name, neither empty nor too long.
pub fn check_stored(raw: &str) -> Result<String, NameProblem> {
    let name = tidy(raw);
    if name.is_empty() {
        return Err(NameProblem::Empty);
    }
    if name.chars().count() > MAX_CHARS {
        return Err(NameProblem::TooLong);
    }
    Ok(name)
}

/// A person's name as typed, tidied, or why it cannot be one: it has a
/// letter, no separator and no control character, and fits a file.
pub fn check(raw: &str) -> Result<String, NameProblem> {
    if raw.chars().any(|c| c.is_control() && !c.is_whitespace()) {
        return Err(NameProblem::Control);
    }
    let name = check_stored(raw)?;
    if name.contains(SEPARATORS) {
        return Err(NameProblem::Separator(name));
    }
    if !name.chars().any(char::is_alphabetic) {
        return Err(NameProblem::NoLetter(name));
    }
    Ok(name)
}

/// A name to add to `existing`: [`check`]ed and not there already.
pub fn check_new<'a>(
    raw: &str,
    existing: impl IntoIterator<Item = &'a str>,
) -> Result<String, NameProblem> {
    let name = check(raw)?;
    match existing.into_iter().find(|n| same(n, &name)) {
        Some(there) => Err(NameProblem::Twice(there.to_string())),
        None => Ok(name),
    }
}

/// "Anne, Bo ;; Carla" → the names in that order, each [`check`]ed; empty
/// pieces are skipped and a person named twice is refused.
pub fn split_list(raw: &str) -> Result<Vec<String>, NameProblem> {
    let mut names: Vec<String> = Vec::new();
    for piece in raw.split(SEPARATORS).filter(|p| !p.trim().is_empty()) {
        let name = check_new(piece, names.iter().map(String::as_str))?;
        names.push(name);
    }
    Ok(names)
}

/// What a typed name points at among the candidates.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Found<'a> {
    One(&'a str),
    /// More than one fits; these.
    Several(Vec<&'a str>),
    None,
}

/// The candidate `typed` names: the whole name (any case), else the only
/// one with a whole word typed ("jens" is Jens Kofoed, not Bo Jensen;
/// "mette" is Mette-Marie), else the one whose name, or a word in it,
/// begins with what was typed. "Dorte" finds Dorte Østergaard and "hans p"
/// Hans Peter Kristensen, as long as only one fits.
pub fn find<'a>(candidates: &[&'a str], typed: &str) -> Found<'a> {
    let want = fold(typed);
    if want.is_empty() {
        return Found::None;
    }
    if let Some(exact) = candidates.iter().find(|c| same(c, &want)) {
        return Found::One(exact);
    }
    let words: Vec<&str> = candidates
        .iter()
        .copied()
        .filter(|c| fold(c).split([' ', '-']).any(|w| w == want))
        .collect();
    if let [one] = words.as_slice() {
        return Found::One(one);
    }
    let fits: Vec<&str> = candidates
        .iter()
        .copied()
        .filter(|c| {
            let name = fold(c);
            name.match_indices(' ')
                .map(|(i, _)| i + 1)
                .chain([0])
                .any(|start| name[start..].starts_with(&want))
        })
        .collect();
    match fits.as_slice() {
        [] => Found::None,
        [one] => Found::One(one),
        _ => Found::Several(fits),
    }
}

/// The name as the owner of something: "Bos" and "Jens'" in Danish (an
/// apostrophe after s, x and z), "Bo's" in English.
pub fn possessive(name: &str, lang: crate::text::Lang) -> String {
    use crate::text::Lang;
    match lang {
        Lang::Da if name.ends_with(['s', 'x', 'z']) => format!("{name}'"),
        Lang::Da => format!("{name}s"),
        Lang::En => format!("{name}'s"),
    }
}

/// A file name for any user text: lowercase ASCII letters, digits and
/// single dashes, so no name can reach outside its folder.
pub fn slug(text: &str) -> String {
    let mut out = String::new();
    for c in text.trim().chars().flat_map(char::to_lowercase) {
        let mapped = match c {
            'æ' => "ae".to_string(),
            'ø' => "oe".to_string(),
            'å' => "aa".to_string(),
            'ä' => "ae".to_string(),
            'ö' => "oe".to_string(),
            'ü' => "ue".to_string(),
            'é' | 'è' | 'ê' => "e".to_string(),
            c if c.is_ascii_alphanumeric() => c.to_string(),
            _ => "-".to_string(),
        };
        for m in mapped.chars() {
            if m == '-' && (out.is_empty() || out.ends_with('-')) {
                continue;
            }
            out.push(m);
        }
    }
    let mut out: String = out.trim_end_matches('-').chars().take(60).collect();
    while out.ends_with('-') {
        out.pop();
    }
    if out.is_empty() {
        "unnamed".to_string()
    } else {
        out
    }
}

#[cfg(test)]
mod tests;
