//! How many inputs reach a loader's save-and-reload check: a fuzzer that
//! never gets past the parser's first error tests little. Printed now and
//! then into the log; `fuzz/run` reports the last figure.

use std::sync::atomic::{AtomicU64, Ordering};

static RUNS: AtomicU64 = AtomicU64::new(0);
static REACHED: AtomicU64 = AtomicU64::new(0);

/// Counts one input, and whether it loaded (and so reached the check).
pub fn count(reached: bool) {
    let runs = RUNS.fetch_add(1, Ordering::Relaxed) + 1;
    let hits = REACHED.fetch_add(u64::from(reached), Ordering::Relaxed) + u64::from(reached);
    if runs.is_power_of_two() || runs % 1_000_000 == 0 {
        eprintln!(
            "#runde reached the save-and-reload check: {hits} of {runs} inputs ({:.1}%)",
            hits as f64 * 100.0 / runs as f64
        );
    }
}
