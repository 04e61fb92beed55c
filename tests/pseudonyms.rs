//! `runde export --pseudonymise`: every person gets one pseudonym,
//! distinct within the session, in every name field and in note text.
//! Before, Anne Holm and Anders Hansen were both "AH" ("AH and AH
//! disagreed"), the host "Lærke (Børnehuset Mælkebøtten)" became "L(M",
//! and "@Anne" became "@A".
// A test stops on a failed set-up: it may unwrap.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use runde::model::Network;
use runde::model::record::{Attendance, Presence};
use std::process::Command;

#[test]
fn pseudonyms_are_distinct_and_cover_hosts_owners_and_mentions() {
    let (home, store) = common::temp_store();
    let mut record = common::sample_record("2026-11-23-0900-oest-standard", 3);
    let network = Network::new(
        "Øst",
        &["Anne Holm", "Anders Hansen", "Lærke Ørum", "Bo Berg"],
    );
    record.attendance = network
        .names()
        .into_iter()
        .map(|n| Attendance {
            participant: n,
            presence: Presence::Present,
            arrived: None,
            left: None,
        })
        .collect();
    record.network = network;
    record.roles.host = Some("Lærke (Børnehuset Mælkebøtten)".into());
    for note in &mut record.notes {
        note.private = false;
        note.participant = Some("Anders Hansen".into());
        note.text = "Anne Holm og Anders Hansen var uenige; @Anne svarer Lærke".into();
    }
    record.notes[0].owner = Some("Anne Holm".into());
    store.save_record(&record).expect("record saved");

    let out = Command::new(env!("CARGO_BIN_EXE_runde"))
        .args(["export", "latest", "--pseudonymise", "--lang", "en"])
        .env("RUNDE_HOME", home.path())
        .output()
        .unwrap();
    let md = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(md.contains("AHo og AHa var uenige; @AHo svarer LØ"), "{md}");
    assert!(md.contains("LØ (Børnehuset Mælkebøtten)"), "{md}");
    assert!(md.contains("AHo, AHa, LØ, BB"), "present: {md}");
    for name in [
        "Anne", "Anders", "Lærke", "Holm", "Hansen", "L(M", "AH ", "@A ",
    ] {
        assert!(!md.contains(name), "{name} in:\n{md}");
    }
}
