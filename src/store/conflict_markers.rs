//! A file git left with its conflict markers in (`<<<<<<<`, `|||||||`,
//! `=======`, `>>>>>>>`), split into its two sides and, when git wrote
//! it (diff3 style), the text both started from.

/// The sides of a file with conflict markers.
#[derive(Debug, PartialEq, Eq)]
pub(crate) struct Sides {
    pub ours: String,
    pub theirs: String,
    /// The text both started from, when the file shows it.
    pub base: Option<String>,
}

#[derive(Clone, Copy, PartialEq)]
enum In {
    Both,
    Ours,
    Base,
    Theirs,
}

/// The two sides of `text`; None when it has no conflict markers or they
/// do not pair up.
pub(crate) fn split(text: &str) -> Option<Sides> {
    let mut sides = Sides {
        ours: String::new(),
        theirs: String::new(),
        base: None,
    };
    let mut base = String::new();
    let mut seen_base = false;
    let mut seen = false;
    let mut at = In::Both;
    for line in text.split_inclusive('\n') {
        at = match (at, line) {
            (In::Both, l) if l.starts_with("<<<<<<<") => In::Ours,
            (In::Ours, l) if l.starts_with("|||||||") => {
                seen_base = true;
                In::Base
            }
            (In::Ours | In::Base, l) if l.starts_with("=======") => In::Theirs,
            (In::Theirs, l) if l.starts_with(">>>>>>>") => {
                seen = true;
                In::Both
            }
            (_, l)
                if ["<<<<<<<", "|||||||", "=======", ">>>>>>>"]
                    .iter()
                    .any(|m| l.starts_with(m)) =>
            {
                return None;
            }
            (at, l) => {
                match at {
                    In::Both => {
                        sides.ours.push_str(l);
                        sides.theirs.push_str(l);
                        base.push_str(l);
                    }
                    In::Ours => sides.ours.push_str(l),
                    In::Base => base.push_str(l),
                    In::Theirs => sides.theirs.push_str(l),
                }
                at
            }
        };
    }
    if !seen || at != In::Both {
        return None;
    }
    sides.base = seen_base.then_some(base);
    Some(sides)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_both_sides_and_the_base() {
        let text =
            "(\n<<<<<<< HEAD\n  a: 1,\n||||||| base\n  a: 0,\n=======\n  a: 2,\n>>>>>>> other\n)\n";
        let sides = split(text).unwrap();
        assert_eq!(sides.ours, "(\n  a: 1,\n)\n");
        assert_eq!(sides.theirs, "(\n  a: 2,\n)\n");
        assert_eq!(sides.base.as_deref(), Some("(\n  a: 0,\n)\n"));
        let two_way = "x\n<<<<<<< HEAD\n1\n=======\n2\n>>>>>>> o\n";
        assert_eq!(split(two_way).unwrap().base, None);
    }

    #[test]
    fn no_or_broken_markers_are_no_sides() {
        assert_eq!(split("(a: 1)\n"), None);
        assert_eq!(split("<<<<<<< HEAD\n1\n=======\n2\n"), None);
        assert_eq!(split("=======\n"), None);
    }
}
