//! Nothing lost at the edges of a meeting: a new meeting is on disk the
//! moment it starts, two meetings of one minute never share a record,
//! what a killed runde left behind is cleared at the next start, and no
//! file runde could not read is ever written over.
// A test stops on a failed set-up: it may unwrap.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::pty::Term;
use std::fs;
use std::path::Path;
use std::process::{Command, Output};

const PEOPLE: &str = "Anne,Bo,Carla";

fn start(home: &Path) -> Term {
    let term = Term::spawn_sized(
        home,
        &["start", "--participants", PEOPLE, "--lang", "en"],
        120,
        40,
    );
    term.wait_for("Notes (0)");
    term
}

fn quit(term: &mut Term) {
    term.send("q");
    term.wait_for("Quit?");
    term.send("y");
    term.wait_exit();
}

fn runde(home: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_runde"))
        .args(args)
        .env("RUNDE_HOME", home)
        .output()
        .expect("run runde")
}

/// `runde network new Foo --participants Anne,Bo --lang LANG`.
fn network_new_foo(home: &Path, lang: &str) -> Output {
    runde(
        home,
        &[
            "network",
            "new",
            "Foo",
            "--participants",
            "Anne,Bo",
            "--lang",
            lang,
        ],
    )
}

fn names_in(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(dir)
        .map(|entries| {
            entries
                .filter_map(Result::ok)
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .collect()
        })
        .unwrap_or_default();
    names.sort();
    names
}

#[test]
fn a_meeting_quit_at_once_is_on_disk_and_resumes() {
    let home = tempfile::tempdir().unwrap();
    let mut term = start(home.path());
    quit(&mut term);
    let store = common::store_at(home.path());
    let ids = store.record_ids();
    assert_eq!(ids.len(), 1, "{ids:?}");
    assert!(store.load_record(&ids[0]).unwrap().is_resumable());
    let mut again = Term::spawn_sized(home.path(), &["resume", "--lang", "en"], 120, 40);
    again.wait_for("Notes (0)");
    again.wait_for("Check-in");
    quit(&mut again);
}

#[test]
fn a_meeting_killed_at_its_first_frame_is_on_disk_and_resumable() {
    let home = tempfile::tempdir().unwrap();
    let mut term = start(home.path());
    term.kill9();
    let store = common::store_at(home.path());
    let ids = store.record_ids();
    assert_eq!(ids.len(), 1, "on disk before its first frame: {ids:?}");
    let record = store.load_record(&ids[0]).unwrap();
    assert!(record.is_resumable());
    assert_eq!(record.present(), ["Anne", "Bo", "Carla"]);
}

#[test]
fn two_meetings_started_together_get_records_of_their_own() {
    let home = tempfile::tempdir().unwrap();
    // Same plan, same people, the same minute (but for the rare start
    // across a minute's edge, which gives two ids anyway).
    let mut first = start(home.path());
    let mut second = start(home.path());
    let ids = common::store_at(home.path()).record_ids();
    assert_eq!(ids.len(), 2, "{ids:?}");
    quit(&mut second);
    quit(&mut first);
    assert_eq!(common::store_at(home.path()).record_ids(), ids);
}

#[test]
fn what_a_killed_runde_left_behind_is_cleared_at_the_next_start() {
    let (home, store) = one_record();
    let records = store.paths().records_dir();
    let networks = store.paths().networks_dir();
    fs::create_dir_all(&networks).unwrap();
    // A process that has ended: its half-written files are debris.
    let dead = ended_pid();
    let alive = std::process::id();
    fs::write(records.join(format!(".runde-{dead}-aB3xYz.tmp")), "(half").unwrap();
    fs::write(networks.join(format!(".runde-{dead}-Qw3rty.tmp")), "(").unwrap();
    // A write under way in a live runde, and a file that is not runde's.
    fs::write(records.join(format!(".runde-{alive}-Zz9Zz9.tmp")), "(").unwrap();
    fs::write(records.join("notes.tmp"), "mine").unwrap();
    // The lock of a session nobody holds, and one a live runde holds.
    fs::write(store.paths().lock_file("2026-11-23-0900-demo-standard"), "").unwrap();
    let held = store.lock_record("2026-11-24-0900-demo-standard").unwrap();

    let out = runde(home.path(), &["plans"]);
    assert!(out.status.success(), "{out:?}");
    assert_eq!(
        names_in(&records),
        [
            format!(".runde-{alive}-Zz9Zz9.tmp"),
            "2026-11-23-0900-demo-standard.ron".to_string(),
            "2026-11-24-0900-demo-standard.lock".to_string(),
            "notes.tmp".to_string(),
        ]
    );
    assert!(names_in(&networks).is_empty());
    drop(held);
    assert!(
        !store
            .paths()
            .lock_file("2026-11-24-0900-demo-standard")
            .exists()
    );
}

#[test]
fn lock_files_of_ended_sessions_do_not_pile_up() {
    let home = tempfile::tempdir().unwrap();
    let records = common::store_at(home.path()).paths().records_dir();
    let mut term = start(home.path());
    assert!(names_in(&records).iter().any(|n| n.ends_with(".lock")));
    quit(&mut term);
    let mut again = Term::spawn_sized(home.path(), &["resume", "--lang", "en"], 120, 40);
    again.wait_for("Notes (0)");
    quit(&mut again);
    let locks: Vec<String> = names_in(&records)
        .into_iter()
        .filter(|n| n.ends_with(".lock"))
        .collect();
    assert!(locks.is_empty(), "{locks:?}");
}

/// A hand-edited network file with a missing comma.
fn broken_network(home: &Path) -> (std::path::PathBuf, &'static str) {
    let dir = common::store_at(home).paths().networks_dir();
    fs::create_dir_all(&dir).unwrap();
    let path = dir.join("foo.ron");
    let text = "(\n    version: 1,\n    name: \"Foo\"\n    participants: [],\n)\n";
    fs::write(&path, text).unwrap();
    (path, text)
}

#[test]
fn network_new_never_replaces_a_file_it_could_not_read() {
    let home = tempfile::tempdir().unwrap();
    let (path, text) = broken_network(home.path());
    for lang in ["en", "da"] {
        let out = network_new_foo(home.path(), lang);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(!out.status.success(), "{stderr}");
        assert!(stderr.contains("foo.ron:4:5"), "names the place: {stderr}");
        let advice = match lang {
            "en" => "runde does not write over a file it cannot read",
            _ => "runde skriver ikke oven i en fil, den ikke kan læse",
        };
        assert!(stderr.contains(advice), "says what to do: {stderr}");
        assert!(!String::from_utf8_lossy(&out.stdout).contains("Created"));
        assert_eq!(fs::read_to_string(&path).unwrap(), text);
    }
}

#[test]
fn a_file_that_holds_another_network_is_not_written_over() {
    let home = tempfile::tempdir().unwrap();
    let dir = common::store_at(home.path()).paths().networks_dir();
    fs::create_dir_all(&dir).unwrap();
    // Named by hand: the file name is not the network's.
    let text = "(version: 1, name: \"Dagtilbud Syd\", participants: [(name: \"Carla\")])\n";
    fs::write(dir.join("foo.ron"), text).unwrap();
    let out = network_new_foo(home.path(), "en");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success(), "{stderr}");
    assert!(
        stderr.contains("belongs to the network \"Dagtilbud Syd\""),
        "{stderr}"
    );
    assert_eq!(fs::read_to_string(dir.join("foo.ron")).unwrap(), text);
}

#[test]
fn the_network_screen_never_replaces_a_file_it_could_not_read() {
    let home = tempfile::tempdir().unwrap();
    let (path, text) = broken_network(home.path());
    let mut term = Term::spawn_sized(home.path(), &["--lang", "en"], 120, 40);
    term.wait_for("Past sessions");
    term.send("n");
    term.wait_for("The network's name");
    term.send("Foo\r");
    term.wait_for("Add members");
    term.send("Anne, Bo\r");
    term.wait_for("2   Bo");
    // Back home, where the new network is saved.
    term.send("\x1b");
    // (The message wraps in the home screen's box.)
    term.wait_for("runde does not write over a file it");
    term.wait_for("foo.ron:4:5");
    assert_eq!(fs::read_to_string(&path).unwrap(), text);
    term.kill9();
    assert_eq!(fs::read_to_string(&path).unwrap(), text);
}

#[test]
fn a_record_changed_on_disk_under_a_live_session_is_merged_and_said() {
    let home = tempfile::tempdir().unwrap();
    let mut term = start(home.path());
    // Another writer without the lock (a second laptop through a synced
    // folder) adds a note to the record on disk.
    let store = common::store_at(home.path());
    let id = store.record_ids().pop().expect("the record");
    let mut record = store.load_record(&id).unwrap();
    let mut theirs = record
        .notes
        .first()
        .cloned()
        .unwrap_or_else(|| common::sample_record(&id, 1).notes.remove(0));
    theirs.id = record.next_note_id();
    theirs.text = "Noted on the other laptop".into();
    theirs.step = record.live.step;
    record.notes.push(theirs);
    record.live.saved_at = record
        .live
        .saved_at
        .map(|t| t + chrono::Duration::seconds(1));
    store.save_record(&record).unwrap();

    term.send("i");
    term.wait_for("New note");
    term.send("Ours\r");
    term.wait_for("Another runde had changed this session on disk");
    term.wait_for("Noted on the other laptop");
    term.wait_for("Notes (2)");
    quit(&mut term);
    let texts: Vec<String> = store
        .load_record(&id)
        .unwrap()
        .notes
        .into_iter()
        .map(|n| n.text)
        .collect();
    assert_eq!(texts, ["Noted on the other laptop", "Ours"]);
}

/// The bare home screen clears what a killed runde left behind on its
/// loader thread, after its first frame, before its data arrives.
#[test]
fn the_home_screen_clears_debris_after_its_first_frame() {
    let (home, store) = one_record();
    let debris = store
        .paths()
        .records_dir()
        .join(format!(".runde-{}-aB3xYz.tmp", ended_pid()));
    fs::write(&debris, "(half").unwrap();
    let mut term = common::pty::Term::spawn_sized(home.path(), &["--lang", "en"], 100, 30);
    // The session to resume comes from the loader, after the clearing.
    term.wait_for("Demo · 23/11 at 09:00 · step");
    assert!(!debris.exists(), "the half-written file is cleared");
    term.send("q");
    term.wait_exit();
}

/// A data folder with one unfinished session in it.
fn one_record() -> (tempfile::TempDir, runde::store::Store) {
    let home = tempfile::tempdir().unwrap();
    let store = common::store_at(home.path());
    store
        .save_record(&common::sample_record("2026-11-23-0900-demo-standard", 2))
        .unwrap();
    (home, store)
}

/// The id of a process that has ended.
fn ended_pid() -> u32 {
    let mut gone = Command::new("true").spawn().unwrap();
    let dead = gone.id();
    gone.wait().unwrap();
    dead
}
