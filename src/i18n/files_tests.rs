use super::*;

#[test]
fn a_message_and_its_parts_come_out_in_danish() {
    let msg = "unknown field `titel` in Plan; expected one of `version`, `id`, `title`";
    assert_eq!(
        translate(msg, Lang::Da),
        "ukendt felt `titel` i Plan; her kan stå en af `version`, `id`, `title`"
    );
    assert_eq!(
        translate(
            "found the unsigned integer `5`; expected a string or a pair (da: \"…\", en: \"…\")",
            Lang::Da
        ),
        "her står det hele tal `5`; der skulle stå en tekst eller et par (da: \"…\", en: \"…\")"
    );
    assert_eq!(
        translate(
            "-5 minutes is not a usable duration; expected a number of minutes above 0 and at most 1440",
            Lang::Da
        ),
        "-5 minutter kan ikke bruges som varighed; her skal stå et antal minutter over 0 og højst 1440"
    );
    assert_eq!(translate(msg, Lang::En), msg);
    assert_eq!(translate("something new", Lang::Da), "something new");
}

#[test]
fn every_form_fills_every_part_in_both_languages() {
    for form in FORMS.iter().chain(PARTS) {
        assert_eq!(
            form.en.matches("{}").count(),
            form.da.matches("{}").count(),
            "{form:?}"
        );
        let english_words = ["expected", "found", "error"];
        for word in english_words {
            assert!(!form.da.contains(word), "{word} in {form:?}");
        }
    }
}
