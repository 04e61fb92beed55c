//! A network in a folder of its own, shared by two machines (two data
//! homes on one shared folder, real files): `runde network share`, `join`,
//! where each network lives, private notes that never leave the machine
//! that took them, and folder modes in a group-shared folder.
// A test stops on a failed set-up: it may unwrap.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use runde::model::Network;
use runde::model::record::{Record, SessionStatus};
use runde::store::Store;
use runde::store::location::Location;
use std::fs;
use std::path::{Path, PathBuf};

const NAME: &str = "Skoleledere Øst";
const PRIVATE_TEXT: &str = "Carla overvejer at sige op";

fn network() -> Network {
    let mut network = Network::demo();
    network.name = NAME.to_string();
    network
}

/// A finished session of the network, one of its notes private.
fn meeting(id: &str) -> Record {
    let mut record = common::sample_record(id, 3);
    record.network = network();
    record.status = SessionStatus::Finished;
    record.finished = Some(record.started + chrono::Duration::hours(2));
    for note in &mut record.notes {
        note.private = false;
    }
    record.notes[1].private = true;
    record.notes[1].text = PRIVATE_TEXT.to_string();
    record
}

/// Every file under `dir`, with its bytes.
fn files_under(dir: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(at) = stack.pop() {
        for entry in fs::read_dir(&at).expect("readable folder") {
            let path = entry.expect("entry").path();
            if path.is_dir() {
                stack.push(path);
            } else {
                let bytes = fs::read(&path).expect("readable file");
                out.push((path, bytes));
            }
        }
    }
    out
}

fn nowhere_in(dir: &Path, text: &str) {
    for (path, bytes) in files_under(dir) {
        assert!(
            !String::from_utf8_lossy(&bytes).contains(text),
            "{text:?} is in {}",
            path.display()
        );
    }
}

fn ok(out: &std::process::Output) -> String {
    assert!(
        out.status.success(),
        "{}\n{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).to_string()
}

/// Machine A with the network, two of its meetings and one of another network.
fn machine_a(home: &Path) -> Store {
    let store = common::store_at(home);
    store.save_network(&network()).expect("network saved");
    store
        .save_record(&meeting("2026-11-02-0900-skoleledere-oest-standard"))
        .expect("saved");
    store
        .save_record(&meeting("2026-11-23-0900-skoleledere-oest-standard"))
        .expect("saved");
    store
        .save_record(&common::sample_record("2026-11-24-0900-demo-standard", 2))
        .expect("saved");
    store
}

#[test]
fn a_shared_network_moves_and_a_second_machine_joins_it() {
    let (a_home, b_home, shared) = (tempdir(), tempdir(), tempdir());
    let dir = shared.path().join("netvaerk");
    let a = machine_a(a_home.path());

    let out = common::runde(a_home.path(), &["network", "share", NAME, path(&dir)]);
    let said = ok(&out);
    assert!(said.contains("2 sessions are there"), "{said}");
    assert!(said.contains("2 private notes stay"), "{said}");

    // Moved: the network and its two records; the demo session stays.
    assert!(dir.join("networks/skoleledere-oest.ron").is_file());
    assert_eq!(
        fs::read_dir(dir.join("records")).expect("records").count(),
        2
    );
    assert!(
        !a.paths()
            .networks_dir()
            .join("skoleledere-oest.ron")
            .exists()
    );
    assert_eq!(
        fs::read_dir(a.paths().records_dir())
            .expect("local records")
            .count(),
        1,
        "only the demo session stays local"
    );
    assert_eq!(
        a.location_of(NAME),
        Location::Shared {
            dir: fs::canonicalize(&dir).expect("dir")
        }
    );
    // The private note is on machine A only, joined on load there.
    nowhere_in(&dir, PRIVATE_TEXT);
    let loaded = a
        .load_record("2026-11-23-0900-skoleledere-oest-standard")
        .expect("loads");
    assert_eq!(loaded, meeting("2026-11-23-0900-skoleledere-oest-standard"));
    let found = ok(&common::runde(
        a_home.path(),
        &["search", "Carla", "--include-private"],
    ));
    assert!(found.contains(PRIVATE_TEXT), "{found}");

    // Machine B joins: it sees the network, its meetings and no private note.
    let said = ok(&common::runde(
        b_home.path(),
        &["network", "join", path(&dir)],
    ));
    assert!(said.contains(NAME), "{said}");
    let b = common::store_at(b_home.path());
    let listed = ok(&common::runde(b_home.path(), &["network", "list"]));
    let line = listed
        .lines()
        .find(|l| l.starts_with(NAME))
        .expect("the network listed");
    assert!(line.contains("2  "), "two sessions: {line}");
    assert!(line.contains("netvaerk"), "where it lives: {line}");
    let records = b.records();
    assert!(records.problems.is_empty(), "{:?}", records.problems);
    assert_eq!(records.items.len(), 2);
    assert!(records.items.iter().all(|r| r.notes.len() == 2));
    let out = common::runde(b_home.path(), &["search", "Carla", "--include-private"]);
    assert!(!out.status.success(), "no hits on B");
    assert!(!String::from_utf8_lossy(&out.stdout).contains(PRIVATE_TEXT));

    // A session B saves goes into the shared folder, its private note
    // into B's own data folder; A sees it.
    let mut next = meeting("2026-12-07-0900-skoleledere-oest-standard");
    next.notes[1].text = "Bo har det svært".to_string();
    b.save_record(&next).expect("saved on B");
    assert!(
        dir.join("records/2026-12-07-0900-skoleledere-oest-standard.ron")
            .is_file()
    );
    nowhere_in(&dir, "Bo har det svært");
    assert!(a.record_ids().contains(&next.id));
    assert_eq!(a.load_record(&next.id).expect("A reads it").notes.len(), 2);
    assert_eq!(b.load_record(&next.id).expect("B reads it"), next);
    // Nothing of either machine's own is in the shared folder.
    for (path, _) in files_under(&dir) {
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
        assert!(name.ends_with(".ron"), "{}", path.display());
    }
}

#[test]
fn sharing_again_after_an_interruption_finishes_the_job() {
    let (a_home, shared) = (tempdir(), tempdir());
    let dir = shared.path().join("delt");
    let a = machine_a(a_home.path());
    // Interrupted after the copy of one record: that copy is there, the
    // old files too, nothing remembered.
    let id = "2026-11-02-0900-skoleledere-oest-standard";
    fs::create_dir_all(dir.join("records")).expect("dir");
    let (public, _) = runde::store::private_notes::split(&meeting(id));
    fs::write(
        dir.join(format!("records/{id}.ron")),
        runde::store::parse::to_ron(&public).expect("ron"),
    )
    .expect("copy");
    a.share_network(NAME, &dir).expect("shared");
    let again = a
        .share_network(NAME, &dir)
        .expect("sharing twice is harmless");
    assert_eq!(again.records, 2);
    assert_eq!(a.load_record(id).expect("loads"), meeting(id));
    assert_eq!(a.records().items.len(), 3);
    nowhere_in(&dir, PRIVATE_TEXT);
}

#[test]
fn a_folder_holding_another_network_of_that_name_is_refused() {
    let (a_home, b_home, shared) = (tempdir(), tempdir(), tempdir());
    let a = machine_a(a_home.path());
    a.share_network(NAME, shared.path()).expect("shared");
    // B made its own network of the same name and tries to share it there.
    let b = common::store_at(b_home.path());
    let mut other = network();
    other.participants.truncate(3);
    b.save_network(&other).expect("saved");
    let out = common::runde(
        b_home.path(),
        &["network", "share", NAME, path(shared.path())],
    );
    assert!(!out.status.success());
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(said.contains("different network"), "{said}");
    assert!(
        b.paths()
            .networks_dir()
            .join("skoleledere-oest.ron")
            .is_file()
    );
    // Joining is refused too while B has its own.
    assert!(b.join_folder(shared.path()).is_err());
    // A folder with no network cannot be joined.
    let empty = tempdir();
    let out = common::runde(b_home.path(), &["network", "join", path(empty.path())]);
    assert!(!out.status.success());
}

#[cfg(unix)]
#[test]
fn a_group_shared_folder_keeps_its_mode_and_files_are_group_readable() {
    use std::os::unix::fs::PermissionsExt;
    let (a_home, shared) = (tempdir(), tempdir());
    let dir = shared.path().join("gruppe");
    fs::create_dir(&dir).expect("dir");
    fs::set_permissions(&dir, fs::Permissions::from_mode(0o2770)).expect("chmod");
    let a = machine_a(a_home.path());
    a.share_network(NAME, &dir).expect("shared");
    let mode = |p: &Path| fs::metadata(p).expect("mode").permissions().mode() & 0o7777;
    assert_eq!(mode(&dir), 0o2770, "the user's folder keeps its mode");
    assert_eq!(mode(&dir.join("records")), 0o2770);
    for (path, _) in files_under(&dir) {
        assert_eq!(mode(&path), 0o660, "{}", path.display());
    }
    // This machine's own folders stay private.
    assert_eq!(mode(&a.private_notes_dir()) & 0o777, 0o700);
    for (path, _) in files_under(&a.private_notes_dir()) {
        assert_eq!(mode(&path), 0o600, "{}", path.display());
    }
    // A folder runde did not make is never changed, even a loose one.
    let loose = a_home.path().join("data");
    fs::set_permissions(&loose, fs::Permissions::from_mode(0o750)).expect("chmod");
    a.save_record(&common::sample_record("2026-11-30-0900-demo-standard", 1))
        .expect("saved");
    assert_eq!(mode(&loose), 0o750);
}

fn tempdir() -> tempfile::TempDir {
    tempfile::tempdir().expect("temp dir")
}

fn path(p: &Path) -> &str {
    p.to_str().expect("utf-8 path")
}

/// A live session's saves say which machine saved them: on the other
/// machine the meeting shows as running there and resuming it asks first.
#[test]
fn a_meeting_running_on_another_machine_is_said_and_resuming_it_asks() {
    use runde::ui::popup::{Popup, Popups};
    use runde::ui::screens::home::{HomeOutcome, HomeScreen};
    let (a_home, b_home, shared) = (tempdir(), tempdir(), tempdir());
    let a = machine_a(a_home.path());
    a.share_network(NAME, shared.path()).expect("shared");
    let b = common::store_at(b_home.path());
    b.join_folder(shared.path()).expect("joined");
    assert_ne!(a.machine_id(), b.machine_id());
    assert_eq!(a.machine_id(), a.machine_id(), "kept");

    // A runs a meeting: saved a minute ago, not finished.
    // The real clock: `runde resume` below reads it too.
    let now = runde::clock::Clock::wall(&runde::clock::SystemClock);
    let mut running = meeting("2026-12-03-0900-skoleledere-oest-standard");
    running.status = SessionStatus::InProgress;
    running.finished = None;
    running.live.saved_at = Some(now - chrono::Duration::minutes(1));
    let (held, written) = a.create_record(&running).expect("A saves");
    assert_eq!(written.live.saved_on, Some(a.machine_id()));
    drop(held);
    let on_b = b.load_record(&running.id).expect("B reads it");
    assert_eq!(
        on_b.running_elsewhere(&b.machine_id(), now),
        Some(a.machine_id().as_str())
    );
    assert_eq!(
        on_b.running_elsewhere(&a.machine_id(), now),
        None,
        "A's own"
    );
    let later = now + chrono::Duration::minutes(30);
    assert_eq!(
        on_b.running_elsewhere(&b.machine_id(), later),
        None,
        "interrupted"
    );
    let mut done = on_b.clone();
    done.status = SessionStatus::Finished;
    assert_eq!(done.running_elsewhere(&b.machine_id(), now), None);

    // `runde resume` on B says where it runs and resumes nothing.
    let out = common::runde(b_home.path(), &["resume", &running.id]);
    assert!(!out.status.success());
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(said.contains("running on another machine"), "{said}");
    assert!(said.contains("--anyway"), "{said}");

    // The home screen says so, and resuming asks first.
    let mut home = HomeScreen::new(vec![network()], Vec::new(), Some(on_b.clone()));
    home.elsewhere = Some(a.machine_id());
    let mut popups = Popups::default();
    let outcome = home.handle(runde::ui::keys::HomeAction::Resume, &mut popups);
    assert!(matches!(outcome, HomeOutcome::Stay));
    let Some(Popup::Home(ask)) = popups.top() else {
        panic!("no question");
    };
    assert!(matches!(
        home.popup_done(ask.question.clone()),
        HomeOutcome::Resume(id) if id == running.id
    ));
    // Not running elsewhere: no question.
    home.elsewhere = None;
    let mut popups = Popups::default();
    let outcome = home.handle(runde::ui::keys::HomeAction::Resume, &mut popups);
    assert!(matches!(outcome, HomeOutcome::Resume(_)));
    assert!(popups.top().is_none());
}
