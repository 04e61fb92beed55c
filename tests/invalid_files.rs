//! Every broken file in tests/fixtures/invalid gives its exact message,
//! naming the file, line and column, and what was expected.
// A test stops on a failed set-up: it may unwrap.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use runde::commands::check::check_file;
use std::path::Path;

/// (file, line:col, message)
const EXPECTED: &[(&str, &str, &str)] = &[
    (
        "config-unknown-language.ron",
        "3:16",
        "unknown language \"fr\"; expected \"da\" or \"en\"",
    ),
    (
        "config-wrong-type.ron",
        "3:12",
        "this value has the wrong type; expected true or false",
    ),
    (
        "network-duplicate-participant.ron",
        "9:1",
        "participant \"Anne\" is listed twice; expected each participant once",
    ),
    (
        "network-empty-name.ron",
        "3:12",
        "the name is empty; expected a name",
    ),
    (
        "network-leave-backwards.ron",
        "7:1",
        "Bo's leave ends (2026-09-01) before it starts (2026-10-01); expected from ≤ to",
    ),
    (
        "plan-bad-id.ron",
        "3:10",
        "\"Not A Slug\" is not a usable id; expected lowercase letters a–z, digits and dashes",
    ),
    (
        "plan-deeply-nested.ron",
        "1:33",
        "found a sequence; expected a string or a pair (da: \"…\", en: \"…\")",
    ),
    (
        "plan-empty-file.ron",
        "1:1",
        "the file is empty; expected a runde file such as a plan, theme, network, record or config",
    ),
    (
        "plan-empty.ron",
        "5:13",
        "the list is empty; expected at least one item",
    ),
    (
        "plan-huge-number.ron",
        "6:47",
        "inf minutes is not a usable duration; expected a number of minutes above 0 and at most 1440",
    ),
    (
        "plan-invalid-utf8.ron",
        "4:14",
        "the file is not valid UTF-8 text; expected a text file saved as UTF-8",
    ),
    (
        "plan-negative-duration.ron",
        "6:47",
        "-5 minutes is not a usable duration; expected a number of minutes above 0 and at most 1440",
    ),
    (
        "plan-phase-without-time.ron",
        "9:65",
        "the phase has no duration; expected minutes, or per_person with round_among",
    ),
    (
        "plan-syntax-error.ron",
        "5:5",
        "missing comma; expected `,` between items",
    ),
    (
        "plan-unknown-field.ron",
        "4:5",
        "unknown field `titel` in Plan; expected one of `version`, `id`, `title`, `description`, `prepare`, `roles`, `length`, `steps`",
    ),
    (
        "plan-unknown-role.ron",
        "9:66",
        "unknown value `Coach` in Role; expected one of `Facilitator`, `NoteTaker`, `CaseGiver`, `Interviewer`, `Team`, `Timekeeper`, `All`",
    ),
    (
        "plan-wrong-type.ron",
        "6:52",
        "this value has the wrong type; expected a number",
    ),
    (
        "plan-zero-duration.ron",
        "6:47",
        "0 minutes is not a usable duration; expected a number of minutes above 0 and at most 1440",
    ),
    (
        "record-newer-version.ron",
        "2:14",
        "written by a newer runde (format version 7); expected version 1 or older – update runde to read it",
    ),
    (
        "record-truncated.ron",
        "9:35",
        "the string is not closed; expected a closing `\"`",
    ),
    (
        "record-unknown-status.ron",
        "4:13",
        "unknown value `Paused` in SessionStatus; expected one of `InProgress`, `Finished`, `Discarded`",
    ),
    (
        "theme-unknown-colour.ron",
        "4:26",
        "\"pinkish\" is not a colour; expected \"#rrggbb\" or one of: reset, black, red, green, yellow, blue, magenta, cyan, gray, dark_gray, light_red, light_green, light_yellow, light_blue, light_magenta, light_cyan, white",
    ),
    (
        "theme-unknown-role.ron",
        "4:15",
        "unknown field `timer_okay` in ThemeColours; expected one of `text`, `background`, `muted`, `accent`, `border`, `title`, `selection`, `selection_text`, `timer_ok`, `timer_warn`, `timer_over`, `timer_paused`, `speaker_now`, `speaker_next`, `passed`, `step_done`, `step_current`, `step_next`, `ahead`, `behind`, `private`, `error`, `role`, `flash`",
    ),
];

#[test]
fn every_invalid_fixture_gives_its_message() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/invalid");
    let mut seen = 0;
    for (file, position, message) in EXPECTED {
        let path = dir.join(file);
        let problem = check_file(&path).expect_err(file);
        assert_eq!(
            problem.to_string(),
            format!("{}:{position}: {message}", path.display()),
            "{file}"
        );
        seen += 1;
    }
    let on_disk = std::fs::read_dir(&dir).unwrap().count();
    assert_eq!(seen, on_disk, "every fixture needs an expected message");
    assert!(seen >= 15);
}

#[test]
fn absurdly_deep_nesting_is_an_error_not_a_crash() {
    let deep = format!(
        "(version: 1, id: \"x\", title: \"X\", steps: [{}])",
        "(".repeat(100_000)
    );
    let problem = runde::commands::check::check_bytes(Path::new("deep.ron"), deep.as_bytes());
    assert!(problem.is_err());
}

#[test]
fn bundled_plans_and_themes_are_valid() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    for dir in ["sessions", "themes"] {
        for entry in std::fs::read_dir(root.join(dir)).unwrap() {
            let path = entry.unwrap().path();
            if let Err(problem) = check_file(&path) {
                panic!("{problem}");
            }
        }
    }
}
