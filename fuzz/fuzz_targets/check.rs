//! `runde check` on any bytes: it guesses the kind and validates; no
//! panic, no hang, and every problem points inside the file.
#![no_main]

use libfuzzer_sys::fuzz_target;
use runde::commands::check::check_bytes;
use std::path::Path;

fuzz_target!(|data: &[u8]| {
    if let Err(problem) = check_bytes(Path::new("fuzz.ron"), data) {
        let lines = data.iter().filter(|b| **b == b'\n').count() + 1;
        assert!(problem.line >= 1 && problem.line <= lines + 1, "{problem}");
        assert!(problem.col >= 1, "{problem}");
        assert!(!problem.message.is_empty());
    }
});
