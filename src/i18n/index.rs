//! Words about the review index: building it, and trouble with it.

use super::{Phrase, number};
use crate::store::index::{IndexNotice, Progress};
use crate::text::Lang;

pub const INDEXING: Phrase = Phrase::new(
    "Opbygger mødeoversigten: {} af {} møder",
    "Indexing {} of {} meetings",
);
pub const REBUILT: Phrase = Phrase::new(
    "mødeoversigten {} kunne ikke bruges ({}); den er bygget igen ud fra møderne",
    "the index of sessions {} could not be used ({}); rebuilt it from the records",
);
pub const IN_MEMORY: Phrase = Phrase::new(
    "mødeoversigten kan ikke gemmes som {} ({}); runde læser møderne direkte, indtil mappen kan skrives i",
    "cannot save the index of sessions as {} ({}); runde reads the records directly until the folder can be written",
);
pub const UNUSABLE: Phrase = Phrase::new(
    "mødeoversigten {} kunne ikke svare ({}); det, der kan læses direkte i møderne, er læst der",
    "the index of sessions {} could not answer ({}); what can be read from the records was read there",
);
pub const UNREADABLE: Phrase = Phrase::new(
    "kan ikke læses og er ikke med i listen: {}",
    "cannot be read and is not in the list: {}",
);
pub const QUERY_FAILED: Phrase = Phrase::new(
    "mødeoversigten kunne ikke svare, så listen kan mangle møder: {}",
    "the index of sessions could not answer, so the list may lack sessions: {}",
);

/// "Indexing 3,400 of 10,000 meetings".
pub fn progress(p: Progress, lang: Lang) -> String {
    INDEXING.fill(lang, &[&number(p.done, lang), &number(p.total, lang)])
}

/// One line about trouble with the index that was mended.
pub fn notice(n: &IndexNotice, lang: Lang) -> String {
    let (phrase, path, why) = match n {
        IndexNotice::Rebuilt { path, why } => (REBUILT, path, why),
        IndexNotice::InMemory { path, why } => (IN_MEMORY, path, why),
        IndexNotice::Unusable { path, why } => (UNUSABLE, path, why),
    };
    phrase.fill(lang, &[&path.display().to_string(), &reason(why, lang)])
}

/// What SQLite or the file system said about the index, in the UI's
/// language. SQLite and the operating system speak English; the reasons
/// an index meets are few, and each is said in Danish. A reason not known
/// here is quoted as it came, so nothing is hidden.
pub fn reason(why: &str, lang: Lang) -> String {
    if lang == Lang::En {
        return why.to_string();
    }
    const KNOWN: [(&str, &str); 12] = [
        ("database disk image is malformed", "filen er beskadiget"),
        ("file is not a database", "filen er ikke en database"),
        (
            "attempt to write a readonly database",
            "filen er skrivebeskyttet",
        ),
        ("unable to open database file", "filen kan ikke åbnes"),
        ("database is locked", "et andet program holder filen låst"),
        (
            "database table is locked",
            "et andet program holder filen låst",
        ),
        ("disk I/O error", "disken kunne ikke læses eller skrives"),
        ("database or disk is full", "disken er fuld"),
        ("No space left on device", "disken er fuld"),
        ("Permission denied", "runde har ikke adgang"),
        ("Read-only file system", "drevet er skrivebeskyttet"),
        ("access permission denied", "runde har ikke adgang"),
    ];
    if let Some((_, da)) = KNOWN.iter().find(|(en, _)| why.contains(en)) {
        return (*da).to_string();
    }
    if let Some((found, wanted)) = why
        .strip_prefix("index version ")
        .and_then(|rest| rest.split_once("; expected "))
    {
        return format!("den har version {found}, og runde bruger version {wanted}");
    }
    format!("SQLite: »{why}«")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_index_reason_is_said_in_danish() {
        assert_eq!(
            reason("database disk image is malformed", Lang::Da),
            "filen er beskadiget"
        );
        assert_eq!(
            reason("Read-only file system (os error 30)", Lang::Da),
            "drevet er skrivebeskyttet"
        );
        assert_eq!(
            reason("index version 3; expected 5", Lang::Da),
            "den har version 3, og runde bruger version 5"
        );
        assert_eq!(reason("something new", Lang::Da), "SQLite: »something new«");
        assert_eq!(
            reason("database disk image is malformed", Lang::En),
            "database disk image is malformed"
        );
        let said = notice(
            &IndexNotice::Rebuilt {
                path: "/x/index.sqlite".into(),
                why: "file is not a database".into(),
            },
            Lang::Da,
        );
        assert_eq!(
            said,
            "mødeoversigten /x/index.sqlite kunne ikke bruges (filen er ikke en database); den er bygget igen ud fra møderne"
        );
    }

    #[test]
    fn numbers_are_grouped_as_each_language_writes_them() {
        assert_eq!(number(3400, Lang::Da), "3.400");
        assert_eq!(number(10_000, Lang::En), "10,000");
        assert_eq!(number(999, Lang::Da), "999");
        assert_eq!(number(1_234_567, Lang::En), "1,234,567");
        assert_eq!(
            progress(
                Progress {
                    done: 3400,
                    total: 10_000
                },
                Lang::Da
            ),
            "Opbygger mødeoversigten: 3.400 af 10.000 møder"
        );
    }
}
