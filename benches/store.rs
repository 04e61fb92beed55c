//! The store's atomic durable save (temp file, fsync, rename, fsync the
//! folder) of a record holding 200 notes. Target: median ≤ 2 ms.
//!
//! `cargo bench --bench store` prints divan's table, then the median of its
//! own timed run against the target.
// A test stops on a failed set-up: it may unwrap.
#![allow(clippy::unwrap_used, clippy::expect_used)]
// Test and bench tools print for the person running them, not for a user.
#![allow(clippy::disallowed_macros)]

#[path = "../tests/common/mod.rs"]
mod common;

use std::time::Duration;

const TARGET: Duration = Duration::from_millis(2);
const ID: &str = "2026-11-23-0900-demo-standard";

#[divan::bench(sample_count = 200)]
fn save_record_200_notes(bencher: divan::Bencher) {
    let (_home, store) = common::temp_store();
    let record = common::sample_record(ID, 200);
    bencher.bench_local(|| store.save_record(&record).expect("save"));
}

#[divan::bench(sample_count = 200)]
fn load_record_200_notes(bencher: divan::Bencher) {
    let (_home, store) = common::temp_store();
    store
        .save_record(&common::sample_record(ID, 200))
        .expect("save");
    bencher.bench_local(|| store.load_record(ID).expect("load"));
}

/// Times `runs` saves one by one and returns the median.
#[allow(clippy::disallowed_methods)] // a benchmark measures wall time
fn median_save(runs: usize) -> (Duration, u64) {
    let (_home, store) = common::temp_store();
    let record = common::sample_record(ID, 200);
    store.save_record(&record).expect("warm-up save");
    let mut times: Vec<Duration> = (0..runs)
        .map(|_| {
            let start = std::time::Instant::now();
            store.save_record(&record).expect("save");
            start.elapsed()
        })
        .collect();
    times.sort();
    let size = std::fs::metadata(store.record_path(ID).expect("path"))
        .map(|m| m.len())
        .unwrap_or(0);
    (times[runs / 2], size)
}

fn main() {
    divan::main();
    let (median, size) = median_save(201);
    let verdict = if median <= TARGET {
        "ok"
    } else {
        "OVER TARGET"
    };
    println!(
        "store/save_record (200 notes, {size} bytes, fsync): median {:.3} ms, target <= {:.1} ms: {verdict}",
        median.as_secs_f64() * 1e3,
        TARGET.as_secs_f64() * 1e3
    );
}
