//! The index is derived and always mends: zeroed pages in the middle,
//! random bytes, an index from a future schema and a read-only index
//! leave `sessions`, `search` and `actions` answering from the records,
//! with a one-line notice when the index was built again.
// A test stops on a failed set-up: it may unwrap.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::fs;
use std::path::{Path, PathBuf};

const SESSIONS: [&str; 3] = [
    "2026-03-12-0900-skoleledere-oest-standard",
    "2026-04-09-0900-skoleledere-oest-standard",
    "2026-04-15-1300-dagtilbud-nord-standard",
];

fn built_index(home: &Path) -> PathBuf {
    let out = common::runde(home, &["sessions"]);
    assert!(out.status.success(), "{out:?}");
    let path = home.join("cache/index.sqlite");
    assert!(path.exists(), "the first command builds the index");
    for suffix in ["-wal", "-shm"] {
        let _ = fs::remove_file(format!("{}{suffix}", path.display()));
    }
    path
}

/// Every command still answers in full; returns what they said on stderr.
fn every_command_answers(home: &Path) -> String {
    let mut said = String::new();
    for (args, wants) in [
        (vec!["sessions"], SESSIONS.to_vec()),
        (
            vec!["search", "sygefravær"],
            vec!["Sygefravær handler oftere"],
        ),
        (vec!["actions"], vec!["Undersøge, om HR kan komme"]),
    ] {
        let out = common::runde(home, &args);
        let stdout = String::from_utf8_lossy(&out.stdout);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(out.status.success(), "{args:?}: {stderr}");
        for want in wants {
            assert!(stdout.contains(want), "{args:?} lacks {want}: {stdout}");
        }
        said.push_str(&stderr);
    }
    said
}

fn assert_rebuilt_once(home: &Path, why: &str) {
    let said = every_command_answers(home);
    let notices: Vec<&str> = said
        .lines()
        .filter(|l| l.contains("rebuilt it from the records"))
        .collect();
    assert_eq!(notices.len(), 1, "one notice, once: {said}");
    assert!(notices[0].contains(why), "{}", notices[0]);
    assert!(notices[0].contains("cache/index.sqlite"), "{}", notices[0]);
    let again = every_command_answers(home);
    assert!(again.is_empty(), "mended for good: {again}");
}

#[test]
fn zeroed_pages_in_the_middle_are_rebuilt_with_a_notice() {
    let home = common::review_home();
    let path = built_index(home.path());
    let mut bytes = fs::read(&path).unwrap();
    let page = 4096;
    let pages = bytes.len() / page;
    assert!(pages > 4, "an index of {pages} pages");
    for p in 1..pages - 1 {
        bytes[p * page..(p + 1) * page].fill(0);
    }
    fs::write(&path, bytes).unwrap();
    assert_rebuilt_once(home.path(), "malformed");
}

#[test]
fn random_bytes_are_rebuilt_with_a_notice() {
    let home = common::review_home();
    let path = built_index(home.path());
    let len = fs::metadata(&path).unwrap().len() as usize;
    // A fixed xorshift stream: the same "random" bytes on every run.
    let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
    let bytes: Vec<u8> = (0..len)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            x as u8
        })
        .collect();
    fs::write(&path, bytes).unwrap();
    assert_rebuilt_once(home.path(), "");
}

#[test]
fn an_index_from_a_future_schema_is_rebuilt_with_a_notice() {
    let home = common::review_home();
    let path = built_index(home.path());
    {
        let conn = rusqlite::Connection::open(&path).unwrap();
        conn.execute_batch(
            "PRAGMA user_version = 9999; DROP TABLE sessions; CREATE TABLE sessions (future TEXT);",
        )
        .unwrap();
    }
    assert_rebuilt_once(home.path(), "");
}

#[test]
fn a_read_only_index_still_answers() {
    use std::os::unix::fs::PermissionsExt;
    let home = common::review_home();
    let path = built_index(home.path());
    fs::set_permissions(&path, fs::Permissions::from_mode(0o400)).unwrap();
    let dir = path.parent().unwrap();
    fs::set_permissions(dir, fs::Permissions::from_mode(0o500)).unwrap();
    let said = every_command_answers(home.path());
    fs::set_permissions(dir, fs::Permissions::from_mode(0o700)).unwrap();
    assert!(!said.contains("panicked"), "{said}");
}

#[test]
fn a_build_a_killed_runde_left_is_cleared_and_a_running_one_kept() {
    let home = common::review_home();
    let cache = home.path().join("cache");
    fs::create_dir_all(&cache).unwrap();
    // No process has this id (above any pid_max); this test process runs.
    let killed = cache.join("index.sqlite.2000000000.building");
    let running = cache.join(format!("index.sqlite.{}.building", std::process::id()));
    for file in [&killed, &running] {
        fs::write(file, vec![7u8; 64 * 1024]).unwrap();
    }
    fs::write(cache.join("index.sqlite.2000000000.building-journal"), b"x").unwrap();
    every_command_answers(home.path());
    assert!(!killed.exists(), "the killed build's file stays");
    assert!(
        !cache
            .join("index.sqlite.2000000000.building-journal")
            .exists()
    );
    assert!(running.exists(), "another runde's build was removed");
}
