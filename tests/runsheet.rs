//! Golden files for the run-sheet (`runde show`) in both languages and
//! both formats, and checks that hold for every bundled plan.
// A test stops on a failed set-up: it may unwrap.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use chrono::NaiveTime;
use runde::bundled::PLANS;
use runde::model::Plan;
use runde::runsheet::{Format, RunSheetOptions, render};
use runde::text::Lang;
use unicode_width::UnicodeWidthStr;

fn plan(id: &str) -> Plan {
    let (_, src) = PLANS
        .iter()
        .find(|(i, _)| *i == id)
        .unwrap_or_else(|| panic!("no bundled plan {id}"));
    ron::from_str(src).unwrap_or_else(|e| panic!("sessions/{id}.ron: {e}"))
}

fn sheet(id: &str, lang: Lang, format: Format) -> String {
    let opts = RunSheetOptions {
        participants: 8,
        start: NaiveTime::from_hms_opt(9, 0, 0).unwrap(),
        format,
        lang,
    };
    render(&plan(id), &opts)
}

macro_rules! golden {
    ($name:ident, $id:literal, $lang:expr, $format:expr) => {
        #[test]
        fn $name() {
            insta::assert_snapshot!(sheet($id, $lang, $format));
        }
    };
}

golden!(standard_da_text, "standard", Lang::Da, Format::Text);
golden!(standard_en_text, "standard", Lang::En, Format::Text);
golden!(standard_da_md, "standard", Lang::Da, Format::Markdown);
golden!(standard_en_md, "standard", Lang::En, Format::Markdown);
// Troika: a repeat group, run once per client.
golden!(troika_da_text, "troika", Lang::Da, Format::Text);
golden!(troika_en_text, "troika", Lang::En, Format::Text);
golden!(troika_da_md, "troika", Lang::Da, Format::Markdown);
golden!(troika_en_md, "troika", Lang::En, Format::Markdown);
// The plans added in the method library's second edition.
golden!(stress_da_text, "stress", Lang::Da, Format::Text);
golden!(stress_en_text, "stress", Lang::En, Format::Text);
golden!(feedback_da_text, "feedback", Lang::Da, Format::Text);
golden!(feedback_en_text, "feedback", Lang::En, Format::Text);
golden!(evaluation_da_text, "evaluation", Lang::Da, Format::Text);
golden!(evaluation_en_text, "evaluation", Lang::En, Format::Text);
golden!(standard_90_da_text, "standard-90", Lang::Da, Format::Text);
golden!(standard_90_en_text, "standard-90", Lang::En, Format::Text);
golden!(
    walk_and_talk_da_text,
    "walk-and-talk",
    Lang::Da,
    Format::Text
);
golden!(
    walk_and_talk_en_text,
    "walk-and-talk",
    Lang::En,
    Format::Text
);
golden!(closing_da_text, "closing", Lang::Da, Format::Text);
golden!(closing_en_text, "closing", Lang::En, Format::Text);
golden!(startup_da_text, "startup", Lang::Da, Format::Text);
golden!(startup_en_md, "startup", Lang::En, Format::Markdown);

#[test]
fn every_plan_renders_within_78_columns_in_both_languages() {
    for (id, _) in PLANS {
        for lang in [Lang::Da, Lang::En] {
            let text = sheet(id, lang, Format::Text);
            for line in text.lines() {
                assert!(line.width() <= 78, "{id} {lang:?}: too wide: {line}");
            }
            let md = sheet(id, lang, Format::Markdown);
            assert!(md.starts_with("# "), "{id} {lang:?}");
        }
    }
}

#[test]
fn clock_times_follow_the_start_time_and_attendance() {
    let opts = RunSheetOptions {
        participants: 10,
        start: NaiveTime::from_hms_opt(13, 0, 0).unwrap(),
        format: Format::Text,
        lang: Lang::En,
    };
    let text = render(&plan("standard"), &opts);
    // Two more people: the check-in, since-last-time, reflecting and
    // check-out rounds grow by ten minutes, which the buffer gives, so the
    // meeting still ends at 15:30 and the sheet says how.
    assert!(
        text.contains("10 participants · 13:00–15:30 · 150 min"),
        "{text}"
    );
    assert!(
        text.contains("Fitted for 10 participants within 150 min: buffer −10."),
        "{text}"
    );
    assert!(text.contains("13:05  Check-in"), "{text}");
    assert!(
        text.contains(
            "15:30  Buffer                                                            0 min"
        ),
        "{text}"
    );
}

#[test]
fn the_sheet_for_more_people_is_the_plan_fitted_to_its_length() {
    let at = |n: usize, lang: Lang| {
        render(
            &plan("standard"),
            &RunSheetOptions {
                participants: n,
                start: NaiveTime::from_hms_opt(9, 0, 0).unwrap(),
                format: Format::Text,
                lang,
            },
        )
    };
    // Eight fit as written: nothing is said.
    assert!(!at(8, Lang::En).contains("Fitted"));
    assert!(at(8, Lang::En).contains("8 participants · 09:00–11:30 · 150 min"));
    // Twelve: the buffer is not enough, the theme gives the rest; never the
    // case or the check-out.
    let twelve = at(12, Lang::Da);
    assert!(
        twelve.contains("12 deltagere · 09.00–11.30 · 150 min"),
        "{twelve}"
    );
    assert!(
        twelve.contains("Tilpasset 12 deltagere inden for 150 min: buffer −10, tema −6."),
        "{twelve}"
    );
}

#[test]
fn the_run_sheet_shows_the_language_asked_for() {
    let da = sheet("standard", Lang::Da, Format::Text);
    let en = sheet("standard", Lang::En, Format::Text);
    assert!(da.contains("Aftaler og næste møde") && !da.contains("Agreements and next meeting"));
    assert!(en.contains("Agreements and next meeting") && !en.contains("Aftaler og næste møde"));
}

#[test]
fn supervision_rounds_count_the_team_not_the_room() {
    let at = |id: &str, n: usize| {
        render(
            &plan(id),
            &RunSheetOptions {
                participants: n,
                start: NaiveTime::from_hms_opt(9, 0, 0).unwrap(),
                format: Format::Text,
                lang: Lang::En,
            },
        )
    };
    // The reflecting team is everyone but the case-giver, the interviewer,
    // the facilitator and the note-taker.
    assert!(at("reflecting-team", 8).contains("2 min each × 4 (reflecting team)"));
    // Five phases: no interviewer, and the plan takes the note-taker in.
    assert!(at("five-phase", 6).contains("1 min each × 4 (group)"));
    // Past six, the rest observe.
    assert!(at("five-phase", 10).contains("1 min each × 6 (group)"));
}

#[test]
fn a_repeat_group_lists_when_each_pass_starts() {
    let text = sheet("troika", Lang::En, Format::Text);
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        flat.contains(
            "run 4 times, once for each client. Starts at 09:03, 09:13, 09:23 and 09:33."
        ),
        "{text}"
    );
}

#[test]
fn troika_with_a_group_of_four_runs_four_times_and_says_why() {
    let at = |n: usize| {
        let opts = RunSheetOptions {
            participants: n,
            start: NaiveTime::from_hms_opt(9, 0, 0).unwrap(),
            format: Format::Text,
            lang: Lang::Da,
        };
        let text = render(&plan("troika"), &opts);
        text.split_whitespace().collect::<Vec<_>>().join(" ")
    };
    let nine = at(9);
    assert!(
        nine.contains("køres 3 gange, én gang for hver klient"),
        "{nine}"
    );
    assert!(
        nine.contains("I arbejder i grupper på 3, side om side."),
        "{nine}"
    );
    let ten = at(10);
    assert!(
        ten.contains("køres 4 gange, én gang for hver klient"),
        "{ten}"
    );
    assert!(ten.contains("så nogle grupper er på 4"), "{ten}");
    assert!(ten.contains("10 deltagere · 09.00–09.45 · 45 min"), "{ten}");
}

#[test]
fn each_method_names_its_roles_on_the_sheet() {
    for (id, speaks, listens) in [
        (
            "troika",
            "Taler: klient · Lytter: konsulenter",
            "Klienten taler; de andre lytter.",
        ),
        (
            "consultancy-protocol",
            "Taler: fremlægger · Lytter: gruppen",
            "Fremlæggeren taler; de andre lytter.",
        ),
        (
            "action-learning",
            "Taler: fremlægger · Lytter: gruppen",
            "Fremlæggeren taler; de andre lytter.",
        ),
        (
            "reflecting-team",
            "Taler: interviewer og fokusperson · Lytter: reflekterende team",
            "Fokuspersonen taler; de andre lytter.",
        ),
        (
            "five-phase",
            "Taler: fokusperson · Lytter: gruppen",
            "Fokuspersonen taler; de andre lytter.",
        ),
    ] {
        let text = sheet(id, Lang::Da, Format::Text);
        let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(flat.contains(speaks), "{id}: {text}");
        assert!(flat.contains(listens), "{id}: {text}");
        if id != "reflecting-team" && id != "five-phase" {
            assert!(
                !flat.contains("fokusperson"),
                "{id} says fokusperson: {text}"
            );
        }
    }
}

#[test]
fn every_sheet_says_what_to_prepare() {
    for (id, _) in PLANS {
        assert!(
            sheet(id, Lang::Da, Format::Text).contains("Før mødet\n---------\n– "),
            "{id}"
        );
        assert!(
            sheet(id, Lang::En, Format::Markdown).contains("## Before the meeting\n\n- "),
            "{id}"
        );
    }
}

#[test]
fn one_participant_is_said_in_the_singular() {
    for (lang, one, many) in [
        (Lang::Da, "× 1 deltager,", "1 deltagere"),
        (Lang::En, "× 1 participant,", "1 participants"),
    ] {
        let opts = RunSheetOptions {
            participants: 1,
            start: NaiveTime::from_hms_opt(9, 0, 0).unwrap(),
            format: Format::Text,
            lang,
        };
        let text = render(&plan("standard"), &opts);
        assert!(text.contains(one), "{text}");
        assert!(!text.contains(many), "{text}");
    }
}

/// `runde show evaluation --network …`: the day's people in the plan's role
/// names, the agreed theme, the open actions with owners (a private one
/// only counted), and the success criteria in the step that returns to them.
#[test]
fn evaluation_for_a_network_da() {
    use runde::model::charter::Charter;
    use runde::runsheet::{ForNetwork, SheetAction, render_for};
    let network = ForNetwork {
        name: "Skoleledere Øst".into(),
        date: chrono::NaiveDate::from_ymd_opt(2026, 12, 2),
        roles: vec![
            ("tovholder".into(), "Anne".into()),
            ("referent".into(), "Bo".into()),
            ("tidtager".into(), "Carla".into()),
        ],
        theme: Some("Et år med netværket".into()),
        actions: vec![
            SheetAction {
                text: "Sende udkast til trivselsplan".into(),
                owner: Some("Dorte".into()),
                due: chrono::NaiveDate::from_ymd_opt(2026, 12, 15),
            },
            SheetAction {
                text: "Booke lokale til foråret".into(),
                owner: None,
                due: None,
            },
        ],
        private_actions: 1,
        charter: Charter {
            success_criteria: vec![
                "Alle har haft en sag inden sommerferien".into(),
                "Fremmødet er over 80 %".into(),
            ],
            ..Charter::default()
        },
    };
    let opts = RunSheetOptions {
        participants: 6,
        start: NaiveTime::from_hms_opt(13, 0, 0).unwrap(),
        format: Format::Text,
        lang: Lang::Da,
    };
    let text = render_for(&plan("evaluation"), &opts, Some(&network));
    assert!(
        text.contains("Succeskriterier som aftalt:\n         1. Alle har haft"),
        "{text}"
    );
    assert!(
        text.contains("  – Sende udkast til trivselsplan · Dorte · frist 15/12"),
        "{text}"
    );
    assert!(text.contains("  – 1 privat aftale"), "{text}");
    insta::assert_snapshot!(text);
}
