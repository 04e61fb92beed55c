//! Faults the store meets in a real room: a full disk, a read-only data
//! folder, a record another runde holds, a record cut short by an outside
//! tool. Each time: no note is lost (the store says so and the old file
//! stays whole), the message names the file, and the store keeps working.
//! The same faults met by the live binary mid-session: `faults_live.rs`.
//!
//! Faults that need a process of their own (a file-size limit, a tiny
//! tmpfs, dropped permissions, a second runde) re-run this test binary as a
//! child with `RUNDE_FAULT_CHILD` set; the child does the work and checks.
// A test stops on a failed set-up: it may unwrap.
#![allow(clippy::unwrap_used, clippy::expect_used)]
// Test and bench tools print for the person running them, not for a user.
#![allow(clippy::disallowed_macros)]

mod common;

use runde::model::record::Record;
use runde::store::{Store, StoreError};
use std::fs;
use std::path::Path;
use std::process::{Command, Stdio};

const ID: &str = "2026-11-23-0900-demo-standard";

/// Files in the records folder other than records and locks: a write that
/// failed must not leave its temp file behind.
fn leftovers(store: &Store) -> Vec<String> {
    fs::read_dir(store.paths().records_dir())
        .map(|entries| {
            entries
                .filter_map(Result::ok)
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .filter(|n| !n.ends_with(".ron") && !n.ends_with(".lock"))
                .collect()
        })
        .unwrap_or_default()
}

fn with_notes(record: &Record, extra: usize) -> Record {
    let bigger = common::sample_record(ID, record.notes.len() + extra);
    Record {
        notes: bigger.notes,
        ..record.clone()
    }
}

/// Runs this test binary again as a child doing `fault`, through `wrapper`
/// (a bash line that ends in `exec "$@"`), and returns its output.
fn child(fault: &str, home: &Path, wrapper: &str) -> (bool, String) {
    let exe = std::env::current_exe().expect("test binary");
    let output = Command::new("bash")
        .arg("-c")
        .arg(wrapper)
        .arg("bash")
        .arg(exe)
        .args(["fault_child", "--exact", "--ignored", "--nocapture"])
        .env("RUNDE_FAULT_CHILD", fault)
        .env("RUNDE_HOME", home)
        .stdin(Stdio::null())
        .output()
        .expect("spawn child");
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    (output.status.success(), text)
}

fn assert_child_ok(fault: &str, ok: bool, out: &str) {
    for line in out.lines().filter(|l| l.starts_with("message:")) {
        eprintln!("{fault}: {line}");
        assert!(
            !line.contains(".runde-"),
            "the message names a temp file: {line}"
        );
    }
    assert!(ok, "child {fault} failed:\n{out}");
    assert!(
        out.contains(&format!("FAULT-OK {fault}")),
        "child {fault} did not run its checks:\n{out}"
    );
}

/// The child side. Does nothing in a normal `cargo test --ignored` run.
#[test]
#[ignore = "run as a child by the fault tests"]
fn fault_child() {
    let Ok(fault) = std::env::var("RUNDE_FAULT_CHILD") else {
        return;
    };
    let store = Store::from_env().expect("store");
    match fault.as_str() {
        "disk_full_fsize" => child_disk_full_fsize(&store),
        "disk_full_tmpfs" => child_disk_full_tmpfs(&store),
        "read_only" => child_read_only(&store),
        "hold_lock" => child_hold_lock(&store),
        other => panic!("unknown fault {other}"),
    }
    println!("FAULT-OK {fault}");
}

/// Under a file-size limit, a save that would grow past it fails; the old
/// record stays as it was; a save that fits works afterwards.
fn child_disk_full_fsize(store: &Store) {
    let old = store.load_record(ID).expect("old record loads");
    let big = with_notes(&old, 400);
    let err = store
        .save_record(&big)
        .expect_err("a save past the limit fails");
    let message = err.to_string();
    println!("message: {message}");
    assert!(message.contains(ID), "names the record: {message}");
    assert!(message.contains("too large"), "says why: {message}");
    assert_eq!(store.load_record(ID).expect("still loads"), old);
    assert!(leftovers(store).is_empty(), "{:?}", leftovers(store));
    let one_more = with_notes(&old, 1);
    store
        .save_record(&one_more)
        .expect("a save that fits works");
    assert_eq!(store.load_record(ID).expect("loads"), one_more);
}

/// On a full tmpfs the save fails with "no space"; once space is freed the
/// same record, notes and all, saves.
fn child_disk_full_tmpfs(store: &Store) {
    let old = common::sample_record(ID, 3);
    store.save_record(&old).expect("first save fits");
    let filler = store.paths().data_dir.join("filler");
    let chunk = vec![b'x'; 4096];
    {
        use std::io::Write;
        let mut f = fs::File::create(&filler).expect("filler");
        while f.write_all(&chunk).is_ok() {}
        let _ = f.sync_all();
    }
    let newer = with_notes(&old, 5);
    let err = store.save_record(&newer).expect_err("a full disk refuses");
    let message = err.to_string();
    println!("message: {message}");
    assert!(message.contains(ID), "names the record: {message}");
    assert!(message.contains("No space left"), "says why: {message}");
    assert_eq!(store.load_record(ID).expect("old still loads"), old);
    assert!(leftovers(store).is_empty(), "{:?}", leftovers(store));
    fs::remove_file(&filler).expect("free space");
    store.save_record(&newer).expect("saves once there is room");
    assert_eq!(store.load_record(ID).expect("loads"), newer);
}

/// With the data folder read-only: reading works, saving says so and
/// changes nothing, and the store does not make the folder writable again.
fn child_read_only(store: &Store) {
    let old = store
        .load_record(ID)
        .expect("reads from a read-only folder");
    let err = store
        .save_record(&with_notes(&old, 1))
        .expect_err("cannot save into a read-only folder");
    let message = err.to_string();
    println!("message: {message}");
    assert!(message.contains(ID), "names the record: {message}");
    assert!(message.contains("ermission denied"), "says why: {message}");
    assert_eq!(store.load_record(ID).expect("still loads"), old);
    assert!(store.records().problems.is_empty());
}

/// Holds the record's lock until its stdin closes, like a live session.
fn child_hold_lock(store: &Store) {
    let _lock = store.lock_record(ID).expect("child takes the lock");
    println!("LOCKED");
    let mut line = String::new();
    let _ = std::io::stdin().read_line(&mut line);
}

#[test]
fn disk_full_by_file_size_limit_loses_nothing() {
    let (home, store) = common::temp_store();
    let old = common::sample_record(ID, 3);
    store.save_record(&old).expect("save");
    let size = fs::metadata(store.record_path(ID).expect("path"))
        .expect("size")
        .len();
    // The limit (in KiB) lets the current record and one more note through,
    // not 400 more notes.
    let limit_kib = size / 1024 + 8;
    let wrapper = format!("trap '' XFSZ; ulimit -f {limit_kib}; exec \"$@\"");
    let (ok, out) = child("disk_full_fsize", home.path(), &wrapper);
    assert_child_ok("disk_full_fsize", ok, &out);
    assert_eq!(store.load_record(ID).expect("loads").notes.len(), 4);
}

#[test]
fn disk_full_on_a_tiny_tmpfs_loses_nothing() {
    let (home, _store) = common::temp_store();
    let data = home.path().join("data");
    fs::create_dir_all(&data).expect("data dir");
    // A private mount namespace, so the tmpfs goes away with the child.
    let probe = Command::new("unshare")
        .args(["-m", "sh", "-c"])
        .arg(format!(
            "mount -t tmpfs -o size=256k tmpfs '{}'",
            data.display()
        ))
        .output();
    if !probe.is_ok_and(|o| o.status.success()) {
        eprintln!(
            "skipped: cannot mount a tmpfs here (needs root); the file-size test covers a full disk"
        );
        return;
    }
    let wrapper = format!(
        "mount -t tmpfs -o size=256k,mode=0700 tmpfs '{}' && exec \"$@\"",
        data.display()
    );
    let exe_wrapper = format!(
        "exec unshare -m sh -c '{}' sh \"$@\"",
        wrapper.replace('\'', "'\\''")
    );
    let (ok, out) = child("disk_full_tmpfs", home.path(), &exe_wrapper);
    assert_child_ok("disk_full_tmpfs", ok, &out);
}

#[cfg(unix)]
#[test]
fn a_read_only_data_folder_loses_nothing() {
    use std::os::unix::fs::PermissionsExt;
    let (home, store) = common::temp_store();
    let old = common::sample_record(ID, 3);
    store.save_record(&old).expect("save");
    let records = store.paths().records_dir();
    fs::set_permissions(&records, fs::Permissions::from_mode(0o500)).expect("chmod");
    // root passes permission checks; drop that power in the child.
    let root = Command::new("id")
        .arg("-u")
        .output()
        .is_ok_and(|o| o.stdout.starts_with(b"0\n"));
    let setpriv = Command::new("setpriv")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success());
    if root && !setpriv {
        fs::set_permissions(&records, fs::Permissions::from_mode(0o700)).expect("chmod back");
        eprintln!("skipped: root ignores folder permissions and setpriv is missing");
        return;
    }
    let wrapper = if root {
        "exec setpriv --bounding-set=-dac_override,-dac_read_search,-fowner \"$@\""
    } else {
        "exec \"$@\""
    };
    let (ok, out) = child("read_only", home.path(), wrapper);
    let mode = fs::metadata(&records).expect("mode").permissions().mode() & 0o777;
    fs::set_permissions(&records, fs::Permissions::from_mode(0o700)).expect("chmod back");
    assert_child_ok("read_only", ok, &out);
    assert_eq!(mode, 0o500, "the store made a read-only folder writable");
    assert_eq!(store.load_record(ID).expect("loads"), old);
}

#[test]
fn a_record_held_by_another_runde_is_refused_with_a_clear_message() {
    let (home, store) = common::temp_store();
    store
        .save_record(&common::sample_record(ID, 3))
        .expect("save");
    let exe = std::env::current_exe().expect("test binary");
    let mut holder = Command::new(exe)
        .args(["fault_child", "--exact", "--ignored", "--nocapture"])
        .env("RUNDE_FAULT_CHILD", "hold_lock")
        .env("RUNDE_HOME", home.path())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("spawn holder");
    // Wait (no sleep) until the other process says it holds the lock.
    let mut out = std::io::BufReader::new(holder.stdout.take().expect("stdout"));
    let mut line = String::new();
    while {
        line.clear();
        std::io::BufRead::read_line(&mut out, &mut line).expect("read") > 0
    } {
        if line.trim() == "LOCKED" {
            break;
        }
    }
    assert_eq!(line.trim(), "LOCKED", "the holder never took the lock");

    let err = store.lock_record(ID).expect_err("second runde is refused");
    assert!(matches!(err, StoreError::Locked { .. }), "{err:?}");
    let message = err.to_string();
    assert!(message.contains(ID), "{message}");
    assert!(
        message.contains("another runde has this session open"),
        "{message}"
    );
    // The record is untouched and still reads.
    assert_eq!(store.load_record(ID).expect("loads").notes.len(), 3);

    drop(holder.stdin.take()); // the other runde quits
    let status = holder.wait().expect("holder exits");
    assert!(status.success());
    let _lock = store.lock_record(ID).expect("free once the other quits");
    // And twice in one process is refused too.
    assert!(matches!(
        store.lock_record(ID),
        Err(StoreError::Locked { .. })
    ));
}

#[test]
fn a_record_truncated_by_an_outside_tool_is_reported_not_rewritten() {
    let (_home, store) = common::temp_store();
    let whole = common::sample_record(ID, 5);
    store.save_record(&whole).expect("save");
    let other_id = "2026-11-30-0900-demo-standard";
    let other = common::sample_record(other_id, 2);
    let other = Record {
        id: other_id.to_string(),
        ..other
    };
    store.save_record(&other).expect("save other");

    let path = store.record_path(ID).expect("path");
    let bytes = fs::read(&path).expect("read");
    for cut in [0, 1, bytes.len() / 3, bytes.len() / 2, bytes.len() - 2] {
        let cut_bytes = &bytes[..cut];
        fs::write(&path, cut_bytes).expect("truncate");
        let problem = store.load_record(ID).expect_err("truncated record");
        let text = problem.to_string();
        assert!(
            text.starts_with(&format!("{}:", path.display())),
            "names the file: {text}"
        );
        assert!(problem.line >= 1 && problem.col >= 1);
        // Loading never rewrites: the cut file is still there as it was, so
        // whatever it holds can be recovered by hand.
        assert_eq!(fs::read(&path).expect("read"), cut_bytes);
        // The rest keeps working.
        let loaded = store.records();
        assert_eq!(loaded.items, vec![other.clone()]);
        assert_eq!(loaded.problems.len(), 1, "{:?}", loaded.problems);
    }
    // Saving the session again (the live session still has every note in
    // memory) restores the whole record.
    store.save_record(&whole).expect("save again");
    assert_eq!(store.load_record(ID).expect("loads"), whole);
}

#[test]
fn a_write_cut_short_by_a_crash_leaves_the_old_record() {
    let (_home, store) = common::temp_store();
    let old = common::sample_record(ID, 5);
    store.save_record(&old).expect("save");
    // What a kill -9 in the middle of a save leaves: a half-written temp file.
    let text = runde::store::parse::to_ron(&with_notes(&old, 1)).expect("ron");
    let temp = store.paths().records_dir().join(".runde-crash.tmp");
    fs::write(&temp, &text.as_bytes()[..text.len() / 2]).expect("temp");
    assert_eq!(store.record_ids(), vec![ID.to_string()]);
    assert_eq!(store.load_record(ID).expect("old loads"), old);
    let loaded = store.records();
    assert!(loaded.problems.is_empty(), "{:?}", loaded.problems);
    store
        .save_record(&with_notes(&old, 1))
        .expect("saves after");
}
