//! What runde writes, runde reads: any record the engine produces through
//! its messages, with whatever a facilitator types, saves and loads back
//! equal; and a record that would not load is refused before it is
//! written, with the reader's own message, leaving the file as it was.
// A test stops on a failed set-up: it may unwrap.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use proptest::prelude::*;
use runde::clock::FakeClock;
use runde::engine::{Msg, NewNote, NewSession, Session};
use runde::model::Network;
use runde::model::plan::NoteKind;
use runde::model::role_kind::RoleKind;
use runde::store::StoreError;
use std::fs;

/// Text as typed: names, Danish letters, separators, quotes, emoji,
/// line breaks, control characters and long runs.
fn typed() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "Anne", " ", "Ærø", ";", ",", "\"", "»", "«", "\\", "\n", "\t", "\u{7}", "😀", ")", "(",
        "r#", "@Bo", "!15/12", "x",
    ]);
    prop_oneof![
        prop::collection::vec(pieces, 0..40).prop_map(|v| v.concat()),
        ".{0,300}",
        "[a-zæøå ]{150,260}",
    ]
}

fn msg() -> impl Strategy<Value = Msg> {
    prop_oneof![
        Just(Msg::TogglePause),
        Just(Msg::NextSpeaker),
        Just(Msg::Pass),
        Just(Msg::NextStep),
        Just(Msg::PrevStep),
        (-5i8..5).prop_map(Msg::Extend),
        (0usize..5, typed(), any::<bool>()).prop_map(|(k, text, private)| {
            Msg::AddNote(NewNote {
                kind: NoteKind::ALL[k],
                text,
                private,
                owner: None,
                due: None,
                about: runde::engine::About::Speaker,
            })
        }),
        typed().prop_map(Msg::ArriveLate),
        prop::sample::select(vec!["Anne", "Bo", "Carla"]).prop_map(|n| Msg::Leave(n.into())),
        (typed(), typed(), any::<bool>()).prop_map(|(to, reason, left)| Msg::HandOver {
            role: RoleKind::NoteTaker,
            to: Some(to),
            reason: match left {
                true => runde::engine::HandOverReason::Left,
                false => reason.into(),
            },
        }),
        (1u8..=5).prop_map(Msg::Score),
        Just(Msg::Finish),
    ]
}

/// A message as the screens hand it over: a person's name has passed the
/// entry rule (`names::check`), as the name prompts do.
fn as_entered(msg: Msg) -> Option<Msg> {
    let name = |n: &str| runde::names::check(n).ok();
    Some(match msg {
        Msg::ArriveLate(n) => Msg::ArriveLate(name(&n)?),
        Msg::HandOver { role, to, reason } => Msg::HandOver {
            role,
            to: Some(name(to.as_deref().unwrap_or(""))?),
            reason,
        },
        other => other,
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn any_record_the_engine_produces_saves_and_loads_back_equal(
        msgs in prop::collection::vec(msg(), 0..30),
    ) {
        let home = tempfile::tempdir().unwrap();
        let store = common::store_at(home.path());
        let clock = FakeClock::default();
        let network = Network::new("Skoleledere Øst", &["Anne", "Bo", "Carla"]);
        let mut s = Session::start(NewSession::with_everyone(common::standard_plan(), network), &clock);
        for msg in msgs.into_iter().filter_map(as_entered) {
            clock.advance_secs(17);
            s.update(msg, &clock);
        }
        let record = s.record().clone();
        store.save_record(&record).map_err(|e| TestCaseError::fail(e.to_string()))?;
        let back = store.load_record(&record.id).map_err(|e| TestCaseError::fail(e.to_string()))?;
        prop_assert_eq!(back, record);
    }
}

#[test]
fn a_record_that_would_not_load_is_refused_unwritten_with_the_readers_message() {
    let home = tempfile::tempdir().unwrap();
    let store = common::store_at(home.path());
    let clock = FakeClock::default();
    let network = Network::new("Skoleledere Øst", &["Anne", "Bo"]);
    let s = Session::start(
        NewSession::with_everyone(common::standard_plan(), network),
        &clock,
    );
    let good = s.record().clone();
    store.save_record(&good).unwrap();
    let path = store.paths().records_dir().join(format!("{}.ron", good.id));
    let before = fs::read(&path).unwrap();

    // An ad-hoc list with semicolons that once became one 201-character name.
    let mut bad = good.clone();
    bad.network.participants[0].name = ["Anne Hansen"; 17].join("; ");
    assert!(bad.network.participants[0].name.chars().count() > 200);
    let err = store.save_record(&bad).unwrap_err();
    assert!(matches!(err, StoreError::WouldNotLoad { .. }), "{err}");
    let said = err.describe(runde::text::Lang::En);
    assert!(said.contains("longer than 200 characters"), "{said}");
    assert!(said.contains(".ron:"), "names the file and place: {said}");
    let dansk = err.describe(runde::text::Lang::Da);
    assert!(dansk.contains("intet er gemt"), "{dansk}");
    assert_eq!(
        fs::read(&path).unwrap(),
        before,
        "the file on disk is untouched"
    );
    assert_eq!(store.load_record(&good.id).unwrap(), good);
}
