//! The store: round trips, atomic private writes, the lock, the path guard,
//! and loading that never rewrites or hides anything.
// A test stops on a failed set-up: it may unwrap.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use runde::model::plan::NoteKind;
use runde::model::record::{
    ActionStatus, Attendance, LiveCursor, Note, Presence, RECORD_VERSION, Record, Roles,
    SessionStatus, StepLog, TurnLog,
};
use runde::model::{Config, Network};
use runde::store::{Paths, Store, StoreError};
use std::fs;
use std::os::unix::fs::PermissionsExt;

fn store() -> (tempfile::TempDir, Store) {
    let home = tempfile::tempdir().unwrap();
    let store = Store::new(Paths::under(home.path()));
    (home, store)
}

fn plan() -> runde::model::Plan {
    runde::store::parse::parse(
        std::path::Path::new("plan.ron"),
        br#"(version: 1, id: "mini", title: (da: "Mini", en: "Mini"),
            steps: [
                (title: "Tjek-ind", kind: Round(per_person: 1, framing: 1), notes: [Note]),
                (title: "Pause", kind: Break(minutes: 10)),
            ])"#,
    )
    .unwrap()
}

fn record(id: &str) -> Record {
    let at = chrono::DateTime::parse_from_rfc3339("2026-11-23T09:00:00+01:00").unwrap();
    Record {
        version: RECORD_VERSION,
        id: id.to_string(),
        status: SessionStatus::InProgress,
        started: at,
        finished: None,
        network: Network::demo(),
        plan: plan(),
        attendance: vec![
            Attendance {
                participant: "Anne".into(),
                presence: Presence::Present,
                arrived: None,
                left: None,
            },
            Attendance {
                participant: "Bo".into(),
                presence: Presence::NotifiedAbsence,
                arrived: None,
                left: None,
            },
        ],
        roles: Roles {
            facilitator: Some("Anne".into()),
            ..Roles::default()
        },
        urgent_bids: vec![],
        rotation_overrides: vec![],
        steps: vec![StepLog {
            planned_secs: 540,
            actual_secs: 75,
            started: Some(at),
            ended: None,
            turns: vec![TurnLog {
                participant: "Anne".into(),
                phase: None,
                planned_secs: 60,
                spoken_secs: 75,
                passes: 0,
                skipped: false,
            }],
        }],
        notes: vec![Note {
            id: 1,
            kind: NoteKind::Action,
            text: "Anne sender mødeplanen — æøå \"citat\"".into(),
            at,
            step: 0,
            participant: None,
            owner: Some("Anne".into()),
            due: None,
            private: false,
            status: Some(ActionStatus::Open),
        }],
        removed_notes: Vec::new(),
        edited_notes: Vec::new(),
        follow_ups: vec![],
        next_meeting: None,
        scores: Vec::new(),
        live: LiveCursor {
            step: 0,
            queue: vec!["Anne".into()],
            turn_elapsed_secs: 75,
            ..LiveCursor::default()
        },
    }
}

fn mode(path: &std::path::Path) -> u32 {
    fs::metadata(path).unwrap().permissions().mode() & 0o777
}

#[test]
fn record_round_trips_and_is_private() {
    let (_home, store) = store();
    let rec = record("2026-11-23-0900-demo-mini");
    store.save_record(&rec).unwrap();
    assert_eq!(store.load_record(&rec.id).unwrap(), rec);
    let path = store.record_path(&rec.id).unwrap();
    assert_eq!(mode(&path), 0o600);
    assert_eq!(mode(path.parent().unwrap()), 0o700);
    assert_eq!(mode(&store.paths().data_dir), 0o700);
    assert_eq!(store.record_ids(), vec![rec.id.clone()]);
}

#[test]
fn network_and_config_round_trip() {
    let (_home, store) = store();
    let network = Network::new("Skoleledere Øst", &["Anne", "Bo"]);
    store.save_network(&network).unwrap();
    let loaded = store.networks();
    assert!(loaded.problems.is_empty());
    assert!(loaded.items.contains(&network));
    assert!(loaded.items.iter().any(|n| n.name == "Demo"));

    let config = Config {
        language: Some(runde::text::Lang::Da),
        theme: Some("light".into()),
        alerts: false,
        ..Config::default()
    };
    store.save_config(&config).unwrap();
    assert_eq!(store.config(), (config, vec![]));
}

/// Networks come by their names in Danish order, not by their files'
/// names: »Ældreplejeledere« (aeldreplejeledere.ron) after »Syd«, »Øst«
/// (oest.ron) after it, »Aabenraa« as »Å«; the demo first.
#[test]
fn networks_are_listed_by_name_in_danish_order() {
    let (_home, store) = store();
    for name in [
        "Øst",
        "Aabenraa",
        "Ældreplejeledere",
        "Syd",
        "Århus",
        "Nord",
    ] {
        store.save_network(&Network::new(name, &["Anne"])).unwrap();
    }
    let names: Vec<String> = store.networks().items.into_iter().map(|n| n.name).collect();
    assert_eq!(
        names,
        [
            "Demo",
            "Nord",
            "Syd",
            "Ældreplejeledere",
            "Øst",
            "Aabenraa",
            "Århus"
        ]
    );
}

#[test]
fn plan_and_theme_round_trip_through_ron() {
    let plan = plan();
    let text = runde::store::parse::to_ron(&plan).unwrap();
    let back: runde::model::Plan =
        runde::store::parse::parse(std::path::Path::new("p.ron"), text.as_bytes()).unwrap();
    assert_eq!(back, plan);
    let (_home, store) = store();
    for entry in store.themes().items {
        let text = runde::store::parse::to_ron(&entry.theme).unwrap();
        let back: runde::model::Theme =
            runde::store::parse::parse(std::path::Path::new("t.ron"), text.as_bytes()).unwrap();
        assert_eq!(back, entry.theme);
    }
}

#[test]
fn atomic_write_replaces_whole_file_and_leaves_no_temp_files() {
    let (_home, store) = store();
    let mut rec = record("2026-11-23-0900-demo-mini");
    store.save_record(&rec).unwrap();
    rec.notes[0].text = "changed".into();
    store.save_record(&rec).unwrap();
    assert_eq!(store.load_record(&rec.id).unwrap().notes[0].text, "changed");
    let names: Vec<String> = fs::read_dir(store.paths().records_dir())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(names, vec![format!("{}.ron", rec.id)]);
}

#[test]
fn a_second_lock_on_the_same_record_is_refused() {
    let (_home, store) = store();
    let id = "2026-11-23-0900-demo-mini";
    let first = store.lock_record(id).unwrap();
    let second = store.lock_record(id);
    assert!(matches!(second, Err(StoreError::Locked { .. })));
    assert!(second.unwrap_err().to_string().contains("another runde"));
    drop(first);
    assert!(store.lock_record(id).is_ok());
}

#[test]
fn user_text_cannot_reach_outside_the_data_dir() {
    let (home, store) = store();
    assert!(matches!(
        store.record_path("../../etc/passwd"),
        Err(StoreError::BadId { .. })
    ));
    assert!(store.load_record("../x").is_err());
    let network = Network::new("../../../escape", &["Anne"]);
    store.save_network(&network).unwrap();
    let path = store.network_path(&network.name);
    assert!(path.starts_with(store.paths().networks_dir()), "{path:?}");
    assert!(path.exists());
    assert!(!home.path().join("escape.ron").exists());
}

#[test]
fn loading_never_rewrites_a_user_file() {
    let (_home, store) = store();
    let dir = store.paths().user_plans_dir();
    fs::create_dir_all(&dir).unwrap();
    let original = "// my own plan, with a comment\n(version: 1, id: \"mine\", title: \"Mine\", steps: [(title: \"T\", kind: Block(minutes: 5))])\n";
    fs::write(dir.join("mine.ron"), original).unwrap();
    let before = fs::metadata(dir.join("mine.ron"))
        .unwrap()
        .modified()
        .unwrap();
    let plans = store.plans();
    assert!(
        plans
            .items
            .iter()
            .any(|e| e.plan.id == "mine" && e.source.is_user())
    );
    assert_eq!(fs::read_to_string(dir.join("mine.ron")).unwrap(), original);
    assert_eq!(
        fs::metadata(dir.join("mine.ron"))
            .unwrap()
            .modified()
            .unwrap(),
        before
    );
}

#[test]
fn a_broken_user_plan_never_hides_the_others() {
    let (_home, store) = store();
    let dir = store.paths().user_plans_dir();
    fs::create_dir_all(&dir).unwrap();
    fs::write(
        dir.join("broken.ron"),
        "(version: 1, id: \"broken\", titel: \"x\")",
    )
    .unwrap();
    fs::write(
        dir.join("standard.ron"),
        "(version: 1, id: \"standard\", title: \"Vores møde\", steps: [(title: \"T\", kind: Block(minutes: 5))])",
    )
    .unwrap();
    let plans = store.plans();
    assert_eq!(plans.problems.len(), 1);
    assert!(plans.problems[0].to_string().contains("broken.ron:1:"));
    let standard = plans
        .items
        .iter()
        .find(|e| e.plan.id == "standard")
        .unwrap();
    assert!(
        standard.source.is_user(),
        "the user's plan overrides the bundled one"
    );
    assert_eq!(
        plans
            .items
            .iter()
            .filter(|e| e.plan.id == "standard")
            .count(),
        1
    );
}

#[test]
fn a_user_plan_whose_id_differs_from_its_file_name_is_a_problem() {
    let (_home, store) = store();
    let dir = store.paths().user_plans_dir();
    fs::create_dir_all(&dir).unwrap();
    fs::write(
        dir.join("a.ron"),
        "(version: 1, id: \"b\", title: \"B\", steps: [(title: \"T\", kind: Block(minutes: 5))])",
    )
    .unwrap();
    let plans = store.plans();
    assert!(
        plans.problems[0]
            .to_string()
            .ends_with("expected id: \"a\"")
    );
}

#[test]
fn room_state_round_trips_and_is_private() {
    use runde::model::room::{ROOM_VERSION, RoomState, RoomTimer};
    let (_home, store) = store();
    assert!(store.room_state().is_none());
    let timer = RoomTimer {
        planned_secs: 60,
        remaining_secs: 42,
        running: true,
    };
    let state = RoomState {
        version: ROOM_VERSION,
        session: "2026-11-23-0900-demo-mini".into(),
        pid: std::process::id(),
        live: true,
        plan_title: runde::text::Text::pair("Mini", "Mini"),
        step_title: runde::text::Text::pair("Tjek-ind", "Check-in"),
        step_index: 0,
        step_count: 2,
        phase_title: None,
        discipline: None,
        timer,
        step_timer: timer,
        speaker_now: Some("Anne".into()),
        speaker_next: Some("Bo".into()),
        day_roles: vec![],
        voices: None,
        role_names: Default::default(),
        behind_secs: -30,
        back_at: None,
        at: chrono::DateTime::parse_from_rfc3339("2026-11-23T09:00:00+01:00").unwrap(),
    };
    store.save_room_state(&state).unwrap();
    assert_eq!(store.room_state().unwrap().unwrap(), state);
    assert_eq!(mode(&store.paths().room_file()), 0o600);
    assert!(Store::process_alive(std::process::id()));
}

#[test]
fn a_user_theme_sets_some_roles_and_the_rest_comes_from_the_default() {
    let (_home, store) = store();
    let dir = store.paths().user_themes_dir();
    fs::create_dir_all(&dir).unwrap();
    fs::write(
        dir.join("mine.ron"),
        "(version: 1, id: \"mine\", colours: (timer_ok: \"#00ff00\"))",
    )
    .unwrap();
    let (default, problems) = store.theme_colours(None);
    assert!(problems.is_empty(), "{problems:?}");
    let (mine, problems) = store.theme_colours(Some("mine"));
    assert!(problems.is_empty(), "{problems:?}");
    assert_eq!(mine.timer_ok.unwrap().0, "#00ff00");
    assert_eq!(mine.border, default.border);
    assert!(default.border.is_some());
    let (fallback, problems) = store.theme_colours(Some("nope"));
    assert_eq!(fallback, default);
    assert!(problems[0].to_string().contains("no theme \"nope\""));
}

#[test]
fn ad_hoc_sessions_have_no_network_history() {
    let (_dir, store) = store();
    let mut ad_hoc = record("2026-11-23-0900-ad-hoc-test");
    ad_hoc.network = Network::ad_hoc(&["Anne", "Bo"]);
    store.save_record(&ad_hoc).unwrap();
    let mut second = ad_hoc.clone();
    second.id = "2026-11-30-0900-ad-hoc-test".into();
    store.save_record(&second).unwrap();
    store
        .save_record(&record("2026-11-24-0900-demo-test"))
        .unwrap();
    // Two unrelated ad-hoc meetings never feed each other's rotation or
    // "since last time"; a real network still has its history.
    assert!(store.lookup().meetings("Ad hoc").items.is_empty());
    assert!(store.lookup().meetings("ad hoc").items.is_empty());
    assert!(store.lookup().network_actions("Ad hoc").is_empty());
    assert_eq!(store.lookup().meetings("Demo").items.len(), 1);
    assert_eq!(store.record_ids().len(), 3, "the ad-hoc records are kept");
}

#[test]
fn a_renamed_network_leaves_one_file_under_its_new_name() {
    let (_dir, store) = store();
    let mut network = runde::model::Network::new("Nrod", &["Anne"]);
    store.save_network(&network).unwrap();
    network.name = "Nord".into();
    store.rename_network("Nrod", &network).unwrap();
    let names: Vec<String> = store
        .networks()
        .items
        .iter()
        .map(|n| n.name.clone())
        .collect();
    assert!(names.contains(&"Nord".to_string()), "{names:?}");
    assert!(!names.contains(&"Nrod".to_string()), "{names:?}");
    // Only the case changes: same file, still there.
    network.name = "NORD".into();
    store.rename_network("Nord", &network).unwrap();
    assert!(store.networks().items.iter().any(|n| n.name == "NORD"));
}

#[test]
fn a_failed_network_save_is_described_in_danish() {
    let (dir, store) = store();
    std::fs::create_dir_all(dir.path().join("data")).unwrap();
    // A file where the networks folder should be.
    std::fs::write(dir.path().join("data").join("networks"), "").unwrap();
    let err = store.save_network(&Network::demo()).unwrap_err();
    let da = err.describe(runde::text::Lang::Da);
    assert!(!da.contains("os error"), "{da}");
    assert!(da.contains("networks"), "the path is kept: {da}");
    assert_ne!(da, err.describe(runde::text::Lang::En));
}
