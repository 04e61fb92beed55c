use super::*;
use proptest::prelude::*;

const ROSTER: [&str; 5] = [
    "Anne Holm",
    "Hans Peter Kristensen",
    "Dorte Østergaard",
    "Hans Bo",
    "Bo",
];

#[test]
fn danish_letters_fold_like_any_other() {
    assert!(same("ÆBLE ØRUM ÅSE", "æble ørum åse"));
    assert!(same("Ørum", "ørum"));
    assert!(
        !"Ørum".eq_ignore_ascii_case("ørum"),
        "why ASCII folding fails"
    );
    // "å" as "a" with a combining ring (pasted from a Mac) is the typed "å".
    assert!(same("A\u{30a}se", "Åse"));
    assert_eq!(tidy("A\u{30a}se"), "Åse");
    assert!(!same("Aase", "Åse"));
}

#[test]
fn spacing_and_case_do_not_matter() {
    assert!(same("  anne \t HOLM ", "Anne Holm"));
    assert_eq!(tidy("  Anne \t Holm "), "Anne Holm");
    assert_eq!(fold("  Anne \t Holm "), "anne holm");
    assert!(!same("Anne Holm", "AnneHolm"));
    assert!(!same("Mette-Marie", "Mette Marie"));
    assert_eq!(position(&ROSTER, "dorte østergaard"), Some(2));
    assert!(!contains(&ROSTER, "Dorte"));
    assert_eq!(first_duplicate(["Bo", "Ann", " ANN "]), Some(" ANN "));
    assert_eq!(first_duplicate(["Bo", "Ann"]), None);
}

#[test]
fn a_name_needs_a_letter_and_no_separator() {
    assert_eq!(check("  Hans  Peter "), Ok("Hans Peter".into()));
    assert_eq!(check("H. C. Andersen"), Ok("H. C. Andersen".into()));
    assert_eq!(
        check("Lærke (Mælkebøtten)"),
        Ok("Lærke (Mælkebøtten)".into())
    );
    assert_eq!(check("   "), Err(NameProblem::Empty));
    assert_eq!(check("0"), Err(NameProblem::NoLetter("0".into())));
    assert_eq!(check(" 4 2 "), Err(NameProblem::NoLetter("4 2".into())));
    assert_eq!(
        check("Hans, Ida"),
        Err(NameProblem::Separator("Hans, Ida".into()))
    );
    assert_eq!(
        check("Hans;Ida"),
        Err(NameProblem::Separator("Hans;Ida".into()))
    );
    assert_eq!(check("Bo\u{1b}[2J"), Err(NameProblem::Control));
    assert_eq!(check(&"a".repeat(201)), Err(NameProblem::TooLong));
    assert_eq!(check(&"a".repeat(200)), Ok("a".repeat(200)));
    // A file may hold what entry refuses: old records stay readable.
    assert_eq!(check_stored("0"), Ok("0".into()));
    assert_eq!(check_stored(" "), Err(NameProblem::Empty));
}

#[test]
fn lists_split_at_commas_and_semicolons_and_name_each_person_once() {
    assert_eq!(
        split_list("Anne, Bo ;; Carla,"),
        Ok(vec!["Anne".into(), "Bo".into(), "Carla".into()])
    );
    assert_eq!(split_list("A,A"), Err(NameProblem::Twice("A".into())));
    assert_eq!(
        split_list("Ann, ann"),
        Err(NameProblem::Twice("Ann".into()))
    );
    assert_eq!(
        split_list("Åse Holm, åse  HOLM"),
        Err(NameProblem::Twice("Åse Holm".into()))
    );
    assert_eq!(split_list("0"), Err(NameProblem::NoLetter("0".into())));
    assert_eq!(split_list(" , "), Ok(vec![]));
    assert_eq!(
        check_new("bo", ROSTER),
        Err(NameProblem::Twice("Bo".into()))
    );
    assert_eq!(check_new("Ib", ROSTER), Ok("Ib".into()));
}

#[test]
fn a_first_name_a_last_name_or_a_start_finds_one() {
    assert_eq!(find(&ROSTER, "dorte"), Found::One("Dorte Østergaard"));
    assert_eq!(find(&ROSTER, "ØSTERGAARD"), Found::One("Dorte Østergaard"));
    assert_eq!(
        find(&ROSTER, " Hans  P "),
        Found::One("Hans Peter Kristensen")
    );
    assert_eq!(
        find(&ROSTER, "peter k"),
        Found::One("Hans Peter Kristensen")
    );
    assert_eq!(find(&ROSTER, "anne holm"), Found::One("Anne Holm"));
}

#[test]
fn a_whole_word_wins_over_the_start_of_another() {
    let roster = ["Bo Jensen", "Jens Kofoed", "Mette-Marie Kjærsgaard"];
    assert_eq!(find(&roster, "jens"), Found::One("Jens Kofoed"));
    assert_eq!(find(&roster, "Mette"), Found::One("Mette-Marie Kjærsgaard"));
    assert_eq!(find(&roster, "jense"), Found::One("Bo Jensen"));
}

#[test]
fn the_whole_name_wins_over_starts_and_several_are_named() {
    assert_eq!(find(&ROSTER, "bo"), Found::One("Bo"), "exact");
    assert_eq!(
        find(&ROSTER, "hans"),
        Found::Several(vec!["Hans Peter Kristensen", "Hans Bo"])
    );
    assert_eq!(find(&ROSTER, "Ib"), Found::None);
    assert_eq!(find(&ROSTER, "  "), Found::None);
}

/// A name of letters a Danish roster holds, with spaces and hyphens.
fn name() -> impl Strategy<Value = String> {
    "[A-Za-zÆØÅæøåé][a-zæøåé]{0,8}([ -][A-ZÆØÅa-zæøå][a-zæøå]{0,8}){0,2}"
}

/// Each character in upper or lower case at random.
fn recase(name: &str, flips: &[bool]) -> String {
    name.chars()
        .zip(flips.iter().cycle())
        .flat_map(|(c, up)| -> Vec<char> {
            if *up {
                c.to_uppercase().collect()
            } else {
                c.to_lowercase().collect()
            }
        })
        .collect()
}

proptest! {
    #[test]
    fn fold_is_idempotent(s in "\\PC{0,30}") {
        let once = fold(&s);
        prop_assert_eq!(fold(&once), once.clone());
        prop_assert_eq!(tidy(&tidy(&s)), tidy(&s));
    }

    #[test]
    fn case_and_spaces_never_make_another_person(
        n in name(),
        flips in proptest::collection::vec(any::<bool>(), 1..8),
        pad in "[ \t]{0,3}",
    ) {
        let typed = format!("{pad}{}{pad}", recase(&n, &flips).replace(' ', "  "));
        prop_assert!(same(&typed, &n), "{typed:?} vs {n:?}");
        prop_assert_eq!(fold(&typed), fold(&n));
        prop_assert_eq!(check_new(&typed, [n.as_str()]), Err(NameProblem::Twice(n.clone())));
    }

    #[test]
    fn a_taken_name_is_taken_again_unchanged(n in name()) {
        let kept = check(&n).unwrap();
        prop_assert_eq!(check(&kept), Ok(kept.clone()));
        prop_assert_eq!(check_stored(&kept), Ok(kept.clone()));
    }

    #[test]
    fn a_list_splits_back_into_its_names(names in proptest::collection::vec(name(), 1..6)) {
        let mut distinct: Vec<String> = Vec::new();
        for n in names {
            if !contains(&distinct, &n) {
                distinct.push(tidy(&n));
            }
        }
        prop_assert_eq!(split_list(&distinct.join(", ")), Ok(distinct.clone()));
        prop_assert_eq!(split_list(&distinct.join(";")), Ok(distinct));
    }
}

#[test]
fn a_short_name_is_the_first_name_unless_someone_shares_it() {
    let everyone = ["Anne Holm", "Anne Lund", "Bo Jensen", "Ørum"];
    assert_eq!(short("Bo Jensen", &everyone), "Bo");
    assert_eq!(short("Anne Holm", &everyone), "Anne Holm");
    assert_eq!(short("Ørum", &everyone), "Ørum");
    assert_eq!(short("anne holm", &["Anne Holm", "Bo"]), "anne");
}

#[test]
fn a_name_as_owner_reads_as_each_language_writes_it() {
    use crate::text::Lang;
    assert_eq!(possessive("Bo", Lang::Da), "Bos");
    assert_eq!(possessive("Jens", Lang::Da), "Jens'");
    assert_eq!(possessive("Felix", Lang::Da), "Felix'");
    assert_eq!(possessive("Jens", Lang::En), "Jens's");
    assert_eq!(possessive("Bo", Lang::En), "Bo's");
}

#[test]
fn slug_never_leaves_the_folder() {
    assert_eq!(slug("../../etc/passwd"), "etc-passwd");
    assert_eq!(slug("/abs/path"), "abs-path");
    assert_eq!(slug(".."), "unnamed");
    assert_eq!(slug(""), "unnamed");
    assert_eq!(slug("Skoleledere Øst"), "skoleledere-oest");
    assert_eq!(slug("Dagtilbud — Nord/Syd"), "dagtilbud-nord-syd");
    for nasty in ["a\0b", "a\\b", "~/x", "C:\\x", "…", "a\nb"] {
        let s = slug(nasty);
        assert!(
            s.chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'),
            "{s}"
        );
    }
}
