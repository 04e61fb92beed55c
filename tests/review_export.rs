//! The minutes: golden files in both languages, with and without private
//! notes and pseudonymisation.
// A test stops on a failed set-up: it may unwrap.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use runde::export::{MinutesOptions, minutes};
use runde::model::Record;
use runde::model::open_action::FollowedAction;
use runde::store::{Paths, Store};
use runde::text::Lang;
use std::path::Path;

const FIRST: &str = "2026-03-12-0900-skoleledere-oest-standard";
const SECOND: &str = "2026-04-09-0900-skoleledere-oest-standard";

fn load(id: &str) -> Record {
    let store = Store::new(Paths::under(Path::new("/nonexistent")));
    store
        .read(&Path::new("tests/fixtures/review").join(format!("{id}.ron")))
        .unwrap()
}

fn opts(lang: Lang, include_private: bool, pseudonymise: bool) -> MinutesOptions {
    MinutesOptions {
        lang,
        include_private,
        pseudonymise,
    }
}

#[test]
fn minutes_in_danish() {
    insta::assert_snapshot!(minutes(&load(FIRST), &[], &opts(Lang::Da, false, false)));
}

#[test]
fn minutes_in_english() {
    insta::assert_snapshot!(minutes(&load(FIRST), &[], &opts(Lang::En, false, false)));
}

#[test]
fn minutes_with_private_notes() {
    insta::assert_snapshot!(minutes(&load(FIRST), &[], &opts(Lang::Da, true, false)));
}

#[test]
fn minutes_pseudonymised() {
    let md = minutes(&load(FIRST), &[], &opts(Lang::Da, false, true));
    for name in [
        "Anne", "Holm", "Bo ", "Berg", "Carla", "Dorte", "Erik", "Helle", "Gustav",
    ] {
        assert!(!md.contains(name), "{name} left in:\n{md}");
    }
    insta::assert_snapshot!(md);
}

#[test]
fn minutes_pseudonymised_with_private_notes_in_english() {
    let md = minutes(&load(FIRST), &[], &opts(Lang::En, true, true));
    assert!(!md.contains("Carla"), "{md}");
    insta::assert_snapshot!(md);
}

#[test]
fn private_notes_stay_out_unless_asked() {
    let record = load(FIRST);
    let plain = minutes(&record, &[], &opts(Lang::Da, false, false));
    let private: Vec<&str> = record
        .notes
        .iter()
        .filter(|n| n.private)
        .map(|n| n.text.as_str())
        .collect();
    assert!(!private.is_empty());
    for text in &private {
        assert!(!plain.contains(text), "{text}");
    }
    let with = minutes(&record, &[], &opts(Lang::Da, true, false));
    for text in &private {
        assert!(with.contains(text), "{text}");
    }
}

#[test]
fn minutes_of_the_next_session_show_the_follow_up() {
    let followed = vec![
        FollowedAction {
            text: "Bo sender oplægget om 1:1-samtaler til alle.".into(),
            owner: Some("Bo Berg".into()),
            status: runde::model::record::ActionStatus::Done,
            private: false,
            due: None,
        },
        FollowedAction {
            text: "Carla holder trivselssamtalen.".into(),
            owner: Some("Carla Dahl".into()),
            status: runde::model::record::ActionStatus::Done,
            private: true,
            due: None,
        },
    ];
    let md = minutes(&load(SECOND), &followed, &opts(Lang::En, false, false));
    assert!(!md.contains("Carla holder"), "{md}");
    insta::assert_snapshot!(md);
}
