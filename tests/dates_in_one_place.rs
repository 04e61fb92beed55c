//! Dates and clock times a person reads are written by `src/dates.rs`
//! alone, so that one style holds everywhere (`2/12`, `kl. 14.19`): no
//! other file formats a date with a chrono pattern, except the machine
//! formats that are not for reading (a session's id, iCalendar).
// A test stops on a failed set-up: it may unwrap.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::rust_files;
use std::fs;
use std::path::Path;

/// Files whose date patterns are formats for machines.
const MACHINE_FORMATS: [&str; 3] = ["dates.rs", "export/ics.rs", "engine/order.rs"];

#[test]
fn only_dates_rs_writes_dates_for_people() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    let mut found = Vec::new();
    for file in files {
        let name = file
            .strip_prefix(&src)
            .unwrap()
            .to_string_lossy()
            .replace('\\', "/");
        if MACHINE_FORMATS.contains(&name.as_str()) {
            continue;
        }
        let text = fs::read_to_string(&file).unwrap();
        for (n, line) in text.lines().enumerate() {
            if line.contains(".format(\"%") || line.contains("parse_from_str(") {
                found.push(format!("src/{name}:{}: {}", n + 1, line.trim()));
            }
        }
    }
    assert!(
        found.is_empty(),
        "dates written or read outside src/dates.rs:\n{}",
        found.join("\n")
    );
}
