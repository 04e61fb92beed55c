//! Every phrase is filled with all its parts, in both languages: a scan of
//! the source for each `NAME.fill(lang, &[..])` (a `Counted`'s
//! `NAME.fill(lang, n, &[..])`), checked against the `{}` places the
//! phrase has in Danish and in English. `Phrase::fill` only finds a wrong
//! count on the paths a test happens to run; this finds it on every path.
// A test stops on a failed set-up: it may unwrap.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::collections::HashMap;
mod common;

use common::rust_files;
use std::fs;
use std::path::{Path, PathBuf};

/// A catalogue entry: its `{}` places in Danish and English, and whether
/// it is a `Counted` (whose count fills the first place).
#[derive(Debug, Clone, Copy)]
struct Entry {
    da: usize,
    en: usize,
    counted: bool,
}

fn src() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

/// The string literals at the start of `text`, skipping spaces and commas;
/// stops at anything else.
fn literals(text: &str, n: usize) -> Vec<String> {
    let mut out = Vec::new();
    let mut chars = text.chars().peekable();
    while out.len() < n {
        while chars.peek().is_some_and(|c| c.is_whitespace() || *c == ',') {
            chars.next();
        }
        if chars.next() != Some('"') {
            break;
        }
        let mut s = String::new();
        while let Some(c) = chars.next() {
            match c {
                '\\' => {
                    if let Some(next) = chars.next() {
                        s.push(next);
                    }
                }
                '"' => break,
                c => s.push(c),
            }
        }
        out.push(s);
    }
    out
}

fn places(s: &str) -> usize {
    s.matches("{}").count()
}

/// Every `pub const NAME: Phrase` and `pub const NAME: Counted` of the
/// catalogue, by (module, NAME).
fn catalogue() -> HashMap<(String, String), Entry> {
    let mut out = HashMap::new();
    for entry in fs::read_dir(src().join("i18n")).unwrap() {
        let path = entry.unwrap().path();
        let module = path.file_stem().unwrap().to_string_lossy().into_owned();
        let text = fs::read_to_string(&path).unwrap();
        for (i, _) in text.match_indices("pub const ") {
            let rest = &text[i + "pub const ".len()..];
            let Some(colon) = rest.find(':') else {
                continue;
            };
            let name = rest[..colon].trim().to_string();
            let rest = rest[colon + 1..].trim_start();
            let rest = rest.strip_prefix("super::").unwrap_or(rest);
            let (counted, body) = if let Some(b) = rest.strip_prefix("Phrase =") {
                (false, b)
            } else if let Some(b) = rest.strip_prefix("Counted =") {
                (true, b)
            } else {
                continue;
            };
            // A Phrase's own `Phrase::new(`, or a Counted's second (`many`,
            // which has the count and every other place).
            let mut news = body.match_indices("Phrase::new(").map(|(j, _)| j);
            let Some(at) = (if counted { news.nth(1) } else { news.next() }) else {
                continue;
            };
            let parts = literals(&body[at + "Phrase::new(".len()..], 2);
            if let [da, en] = parts.as_slice() {
                out.insert(
                    (module.clone(), name),
                    Entry {
                        da: places(da),
                        en: places(en),
                        counted,
                    },
                );
            }
        }
    }
    out
}

/// What the names a file imports from the catalogue stand for: an alias
/// or module name to its module (`t` → `live`), or a constant to its
/// (module, NAME).
#[derive(Default)]
struct Imports {
    modules: HashMap<String, String>,
    constants: HashMap<String, (String, String)>,
}

fn imports(text: &str) -> Imports {
    let mut out = Imports::default();
    for (i, _) in text.match_indices("use crate::i18n::") {
        let rest = &text[i + "use crate::i18n::".len()..];
        let Some(end) = rest.find(';') else { continue };
        let spec: String = rest[..end].split_whitespace().collect::<Vec<_>>().join(" ");
        let add = |out: &mut Imports, module: &str, item: &str| {
            let (name, alias) = match item.split_once(" as ") {
                Some((n, a)) => (n.trim(), a.trim()),
                None => (item.trim(), item.trim()),
            };
            if name == "self" {
                out.modules.insert(module.to_string(), module.to_string());
            } else if name
                .chars()
                .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_')
            {
                out.constants
                    .insert(alias.to_string(), (module.to_string(), name.to_string()));
            }
        };
        if let Some(inner) = spec.strip_prefix('{').and_then(|s| s.strip_suffix('}')) {
            // use crate::i18n::{common, runsheet as words};
            for item in inner.split(',').map(str::trim).filter(|s| !s.is_empty()) {
                let (name, alias) = match item.split_once(" as ") {
                    Some((n, a)) => (n.trim(), a.trim()),
                    None => (item, item),
                };
                out.modules.insert(alias.to_string(), name.to_string());
            }
        } else if let Some((module, items)) = spec.split_once("::") {
            // use crate::i18n::live::{A, B}; / use crate::i18n::live::A;
            let items = items.trim_start_matches('{').trim_end_matches('}');
            for item in items.split(',').map(str::trim).filter(|s| !s.is_empty()) {
                add(&mut out, module, item);
            }
        } else {
            // use crate::i18n::live as t;
            let (name, alias) = match spec.split_once(" as ") {
                Some((n, a)) => (n.trim(), a.trim()),
                None => (spec.as_str(), spec.as_str()),
            };
            out.modules.insert(alias.to_string(), name.to_string());
        }
    }
    out
}

/// The arguments of the call whose `(` is just before `text`, split at the
/// commas of its top level; None when the call does not close.
fn arguments(text: &str) -> Option<Vec<String>> {
    let mut depth = 0usize;
    let mut args = vec![String::new()];
    let mut in_string = false;
    let mut escaped = false;
    for c in text.chars() {
        if in_string {
            args.last_mut()?.push(c);
            match (escaped, c) {
                (true, _) => escaped = false,
                (false, '\\') => escaped = true,
                (false, '"') => in_string = false,
                _ => {}
            }
            continue;
        }
        match c {
            '"' => in_string = true,
            '(' | '[' | '{' => depth += 1,
            ')' | ']' | '}' if depth == 0 => {
                let args: Vec<String> = args
                    .into_iter()
                    .map(|a| a.trim().to_string())
                    .filter(|a| !a.is_empty())
                    .collect();
                return Some(args);
            }
            ')' | ']' | '}' => depth -= 1,
            ',' if depth == 0 => {
                args.push(String::new());
                continue;
            }
            _ => {}
        }
        args.last_mut()?.push(c);
    }
    None
}

/// How many parts `&[a, b]` holds; None for anything but a literal slice.
fn slice_len(arg: &str) -> Option<usize> {
    let inner = arg.strip_prefix("&[")?;
    Some(arguments(inner)?.len())
}

/// The path written before `.fill(` at byte `at`: "t::NAME",
/// "crate::i18n::live::NAME", "NAME".
fn receiver(text: &str, at: usize) -> &str {
    let before = text[..at].trim_end();
    let start = before
        .rfind(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == ':'))
        .map_or(0, |i| i + 1);
    &before[start..]
}

struct Call {
    at: String,
    phrase: String,
    given: usize,
    entry: Entry,
}

fn calls() -> (Vec<Call>, usize) {
    let catalogue = catalogue();
    let mut files = Vec::new();
    rust_files(&src(), &mut files);
    let mut out = Vec::new();
    let mut unresolved = 0;
    for file in files {
        let text = fs::read_to_string(&file).unwrap();
        let own_module = file
            .strip_prefix(src().join("i18n"))
            .ok()
            .and_then(|p| p.file_stem())
            .map(|s| s.to_string_lossy().into_owned());
        let imports = imports(&text);
        for (i, _) in text.match_indices(".fill(") {
            let path = receiver(&text, i);
            let segments: Vec<&str> = path.split("::").filter(|s| !s.is_empty()).collect();
            let Some(name) = segments.last() else {
                continue;
            };
            if !name
                .chars()
                .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_')
                || !name.chars().next().is_some_and(|c| c.is_ascii_uppercase())
            {
                continue; // a phrase in a variable: checked where it is chosen
            }
            let key = match segments.as_slice() {
                ["crate", "i18n", module, name] => Some((module.to_string(), name.to_string())),
                [alias, name] => imports
                    .modules
                    .get(*alias)
                    .map(|m| (m.clone(), name.to_string())),
                [name] => imports
                    .constants
                    .get(*name)
                    .cloned()
                    .or_else(|| own_module.clone().map(|m| (m, name.to_string()))),
                _ => None,
            };
            let Some(entry) = key.as_ref().and_then(|k| catalogue.get(k)) else {
                unresolved += 1;
                continue;
            };
            let Some(args) = arguments(&text[i + ".fill(".len()..]) else {
                continue;
            };
            let line = text[..i].matches('\n').count() + 1;
            let at = format!(
                "{}:{line}",
                file.strip_prefix(src()).unwrap_or(&file).display()
            );
            let slice = if entry.counted {
                args.get(2)
            } else {
                args.get(1)
            };
            let Some(given) = slice.and_then(|a| slice_len(a)) else {
                continue; // parts built elsewhere: the debug assertion's job
            };
            out.push(Call {
                at,
                phrase: path.to_string(),
                given: given + usize::from(entry.counted),
                entry: *entry,
            });
        }
    }
    (out, unresolved)
}

#[test]
fn every_phrase_call_fills_all_its_places_in_both_languages() {
    let (calls, unresolved) = calls();
    assert!(calls.len() > 150, "only {} calls found", calls.len());
    assert!(
        unresolved < 10,
        "{unresolved} calls whose phrase the scan cannot find"
    );
    let wrong: Vec<String> = calls
        .iter()
        .filter(|c| c.given != c.entry.da || c.given != c.entry.en)
        .map(|c| {
            format!(
                "{}: {} has {} places in Danish and {} in English, filled with {}",
                c.at, c.phrase, c.entry.da, c.entry.en, c.given
            )
        })
        .collect();
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn the_scan_sees_a_call_with_a_part_too_few() {
    let text = "t::NAME\n    .fill(lang, &[&a, f(b, c)])";
    let at = text.find(".fill(").unwrap();
    assert_eq!(receiver(text, at), "t::NAME");
    let args = arguments(&text[at + ".fill(".len()..]).unwrap();
    assert_eq!(args, ["lang", "&[&a, f(b, c)]"]);
    assert_eq!(slice_len(&args[1]), Some(2));
    assert_eq!(slice_len("&[\n &x,\n ]"), Some(1));
    let i = imports(
        "use crate::i18n::{common, runsheet as words};\nuse crate::i18n::live as t;\nuse crate::i18n::home::{THEME, PLAN as P};",
    );
    assert_eq!(i.modules["words"], "runsheet");
    assert_eq!(i.modules["t"], "live");
    assert_eq!(i.modules["common"], "common");
    assert_eq!(i.constants["P"], ("home".to_string(), "PLAN".to_string()));
}

/// Every `Phrase::new("…", "…")` in the catalogue, as written.
fn every_phrase_in_the_source() -> Vec<(String, String, String)> {
    let mut found = Vec::new();
    for entry in fs::read_dir(src().join("i18n")).unwrap() {
        let path = entry.unwrap().path();
        let text = fs::read_to_string(&path).unwrap();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        for (i, _) in text.match_indices("Phrase::new(") {
            let strings = literals(&text[i + "Phrase::new(".len()..], 2);
            if let [da, en] = strings.as_slice() {
                found.push((name.clone(), da.clone(), en.clone()));
            }
        }
    }
    found
}

#[test]
fn every_phrase_has_both_languages_with_the_same_places() {
    let phrases = every_phrase_in_the_source();
    assert!(phrases.len() > 300, "only {} phrases found", phrases.len());
    for (file, da, en) in phrases {
        assert!(
            !da.trim().is_empty() && !en.trim().is_empty(),
            "{file}: {da:?} / {en:?}"
        );
        assert_eq!(
            da.matches("{}").count(),
            en.matches("{}").count(),
            "{file}: {da:?} / {en:?}"
        );
    }
}
