//! Helpers shared by the integration tests: sample files and homes.
#![allow(dead_code, unreachable_pub)] // each test crate uses a part of these

use chrono::DateTime;
use runde::model::plan::NoteKind;
use runde::model::record::{
    Attendance, LiveCursor, Note, Presence, Record, Roles, SessionStatus, StepLog,
};
use runde::model::{Network, Plan};
use runde::store::{Paths, Store};
use std::path::Path;

pub mod corpus;
pub mod git;
pub mod live;
pub mod pty;
pub mod screen;
pub mod xterm;
pub mod xwd;

/// Every `.rs` file under `dir`, for the tests that read the source.
pub fn rust_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// A fresh store under a temporary `RUNDE_HOME`; keep the dir alive.
pub fn temp_store() -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().expect("temp dir");
    let store = Store::new(Paths::under(dir.path()));
    (dir, store)
}

/// A store rooted at `home`.
pub fn store_at(home: &Path) -> Store {
    Store::new(Paths::under(home))
}

/// The bundled standard plan.
pub fn standard_plan() -> Plan {
    let (_, src) = runde::bundled::PLANS
        .iter()
        .find(|(id, _)| *id == "standard")
        .expect("bundled standard plan");
    ron::from_str(src).expect("standard plan parses")
}

/// A record in progress on the standard plan with the demo network and
/// `notes` notes of every kind.
pub fn sample_record(id: &str, notes: usize) -> Record {
    let started = DateTime::parse_from_rfc3339("2026-11-23T09:00:00+01:00").expect("stamp");
    let network = Network::demo();
    let plan = standard_plan();
    let names = network.names();
    let steps = plan.steps.iter().map(|_| StepLog::default()).collect();
    let notes = (0..notes)
        .map(|i| Note {
            id: i as u32 + 1,
            kind: NoteKind::ALL[i % NoteKind::ALL.len()],
            text: format!(
                "Note {i}: Anne foreslår at vi prøver makkerpar til næste gang, og Bo tager referat."
            ),
            at: started + chrono::Duration::seconds(i as i64 * 17),
            step: i % plan.steps.len(),
            participant: Some(names[i % names.len()].clone()),
            owner: None,
            due: None,
            private: i % 7 == 0,
            status: None,
        })
        .collect();
    Record {
        version: runde::model::record::RECORD_VERSION,
        id: id.to_string(),
        status: SessionStatus::InProgress,
        started,
        finished: None,
        attendance: names
            .iter()
            .map(|n| Attendance {
                participant: n.clone(),
                presence: Presence::Present,
                arrived: None,
                left: None,
            })
            .collect(),
        network,
        plan,
        roles: Roles::default(),
        urgent_bids: Vec::new(),
        rotation_overrides: Vec::new(),
        steps,
        notes,
        removed_notes: Vec::new(),
        edited_notes: Vec::new(),
        follow_ups: Vec::new(),
        next_meeting: None,
        scores: Vec::new(),
        live: LiveCursor::default(),
    }
}

/// A `RUNDE_HOME` holding the review fixtures: three finished sessions of
/// two networks (Skoleledere Øst, Dagtilbud Nord) that have no files.
pub fn review_home() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    let records = dir.path().join("data/records");
    std::fs::create_dir_all(&records).expect("records folder");
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/review");
    for entry in std::fs::read_dir(fixtures).expect("review fixtures") {
        let path = entry.expect("fixture").path();
        if path.extension().is_some_and(|x| x == "ron") {
            std::fs::copy(&path, records.join(path.file_name().expect("name"))).expect("copied");
        }
    }
    dir
}

/// `runde ARGS` with `home` as `RUNDE_HOME`, in the C locale.
pub fn runde(home: &Path, args: &[&str]) -> std::process::Output {
    std::process::Command::new(env!("CARGO_BIN_EXE_runde"))
        .args(args)
        .env("RUNDE_HOME", home)
        .env("LANG", "C")
        .stdin(std::process::Stdio::null())
        .output()
        .expect("runde runs")
}
