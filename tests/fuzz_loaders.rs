//! Fuzzing every loader (plan, theme, network, record, config) inside
//! `cargo test`: arbitrary bytes and mutated valid files never panic,
//! return quickly, point inside the file, and whatever loads saves and
//! loads back the same.
//!
//! The quick run is part of `cargo test`. A long run of the same
//! properties: `RUNDE_FUZZ_SECS=600 cargo test --release --test fuzz_loaders
//! -- --ignored --nocapture`. The coverage-guided fuzzer lives in `fuzz/`.
// A test stops on a failed set-up: it may unwrap.
#![allow(clippy::unwrap_used, clippy::expect_used)]
// Test and bench tools print for the person running them, not for a user.
#![allow(clippy::disallowed_macros)]

mod common;

use proptest::prelude::*;
use proptest::sample::Index;
use proptest::strategy::ValueTree;
use proptest::test_runner::{Config as PtConfig, TestRunner};
use runde::commands::check::check_bytes;
use runde::model::{Config, Network, Plan, Record, Theme};
use runde::store::parse::{parse, to_ron};
use serde::Serialize;
use serde::de::DeserializeOwned;
use std::fmt::Debug;
use std::path::Path;
use std::time::Duration;

/// Slower than this for one small input is a hang, not a parse.
const BOUND: Duration = Duration::from_secs(2);

/// Valid files of every kind to mutate.
fn seeds() -> Vec<Vec<u8>> {
    let mut seeds: Vec<Vec<u8>> = Vec::new();
    for (_, src) in runde::bundled::PLANS {
        seeds.push(src.as_bytes().to_vec());
    }
    for (_, src) in runde::store::bundled_themes::THEMES {
        seeds.push(src.as_bytes().to_vec());
    }
    let record = common::sample_record("2026-11-23-0900-demo-standard", 6);
    for text in [
        to_ron(&Network::demo()),
        to_ron(&record),
        to_ron(&Config::default()),
    ] {
        seeds.push(text.expect("seed serialises").into_bytes());
    }
    seeds.push(b"(version: 1, language: \"da\", theme: \"light\", alerts: false)".to_vec());
    // The coverage-guided fuzzer's seeds: records, networks and configs as
    // the engine writes them (see tests/fuzz_seeds.rs).
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz/seeds");
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .expect("fuzz/seeds")
        .map(|e| e.expect("entry").path())
        .collect();
    files.sort();
    for path in files {
        seeds.push(std::fs::read(path).expect("seed"));
    }
    seeds
}

/// Tokens that tend to reach the corners of a RON reader.
const TOKENS: &[&[u8]] = &[
    b"(",
    b")",
    b"[",
    b"]",
    b"{",
    b"}",
    b"\"",
    b",",
    b":",
    b"Some(",
    b"None",
    b"-1",
    b"0",
    b"1e308",
    b"-1e308",
    b"NaN",
    b"inf",
    b"18446744073709551616",
    b"-9223372036854775809",
    b"0x",
    b"b\"",
    b"r#\"",
    b"/*",
    b"//",
    b"\\u{0}",
    b"\\u{d800}",
    b"'",
    b"#![enable(implicit_some)]",
    b"#![enable(unwrap_newtypes)]",
    b"true",
    b"version: 99",
    b"\\",
    "é".as_bytes(),
    b"\xff",
    b"\xc3",
    b"\0",
    b"2026-02-30T25:61:00+99:00",
    b"(da: \"x\", en: \"y\")",
];

#[derive(Debug, Clone)]
enum Mutation {
    Flip(Index, u8),
    Set(Index, u8),
    Insert(Index, Vec<u8>),
    Token(Index, Index),
    Delete(Index, usize),
    Duplicate(Index, usize, Index),
    Truncate(Index),
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        (any::<Index>(), 0u8..8).prop_map(|(i, b)| Mutation::Flip(i, b)),
        (any::<Index>(), any::<u8>()).prop_map(|(i, b)| Mutation::Set(i, b)),
        (any::<Index>(), prop::collection::vec(any::<u8>(), 1..8))
            .prop_map(|(i, b)| Mutation::Insert(i, b)),
        (any::<Index>(), any::<Index>()).prop_map(|(i, t)| Mutation::Token(i, t)),
        (any::<Index>(), 1usize..64).prop_map(|(i, n)| Mutation::Delete(i, n)),
        (any::<Index>(), 1usize..64, any::<Index>())
            .prop_map(|(i, n, at)| Mutation::Duplicate(i, n, at)),
        any::<Index>().prop_map(Mutation::Truncate),
    ]
}

fn apply(bytes: &mut Vec<u8>, m: &Mutation) {
    let len = bytes.len();
    let at = |i: &Index| if len == 0 { 0 } else { i.index(len + 1) };
    match m {
        Mutation::Flip(i, bit) if len > 0 => bytes[i.index(len)] ^= 1 << bit,
        Mutation::Set(i, b) if len > 0 => bytes[i.index(len)] = *b,
        Mutation::Insert(i, b) => {
            let p = at(i);
            bytes.splice(p..p, b.iter().copied());
        }
        Mutation::Token(i, t) => {
            let p = at(i);
            let token = TOKENS[t.index(TOKENS.len())];
            bytes.splice(p..p, token.iter().copied());
        }
        Mutation::Delete(i, n) => {
            let p = at(i);
            let end = (p + n).min(len);
            bytes.drain(p..end);
        }
        Mutation::Duplicate(i, n, to) => {
            let p = at(i);
            let end = (p + n).min(len);
            let piece: Vec<u8> = bytes[p..end].to_vec();
            let q = at(to).min(bytes.len());
            bytes.splice(q..q, piece);
        }
        Mutation::Truncate(i) => bytes.truncate(at(i)),
        _ => {}
    }
}

/// A valid file with a few mutations.
fn mutated() -> impl Strategy<Value = Vec<u8>> {
    let seeds = seeds();
    (0..seeds.len(), prop::collection::vec(mutation(), 1..6)).prop_map(move |(s, ms)| {
        let mut bytes = seeds[s].clone();
        for m in &ms {
            apply(&mut bytes, m);
        }
        bytes
    })
}

/// Arbitrary bytes, sometimes text made of RON tokens.
fn arbitrary() -> impl Strategy<Value = Vec<u8>> {
    prop_oneof![
        prop::collection::vec(any::<u8>(), 0..512),
        prop::collection::vec(0..TOKENS.len(), 0..64)
            .prop_map(|ts| ts.iter().flat_map(|t| TOKENS[*t].iter().copied()).collect()),
        "\\PC{0,256}".prop_map(String::into_bytes),
    ]
}

/// One loader on one input: no panic (proptest reports a panic as a
/// failure), within the time bound, a problem inside the file, and a
/// value that loads saves and loads back equal. True when it loaded (and
/// so reached that save-and-reload check).
fn load_one<T>(bytes: &[u8]) -> Result<bool, String>
where
    T: DeserializeOwned + Serialize + PartialEq + Debug,
{
    let path = Path::new("fuzz.ron");
    #[allow(clippy::disallowed_methods)] // measuring the parser, not the session's time
    let start = std::time::Instant::now();
    let result = parse::<T>(path, bytes);
    let took = start.elapsed();
    if took > BOUND {
        return Err(format!("took {took:?} for {} bytes", bytes.len()));
    }
    match result {
        Err(problem) => {
            let lines = bytes.iter().filter(|b| **b == b'\n').count() + 1;
            if problem.line < 1 || problem.col < 1 || problem.line > lines + 1 {
                return Err(format!(
                    "problem outside the file ({lines} lines): {problem}"
                ));
            }
            if problem.message.trim().is_empty() {
                return Err("a problem with no message".into());
            }
            if !problem.to_string().starts_with("fuzz.ron:") {
                return Err(format!("a problem that does not name the file: {problem}"));
            }
        }
        Ok(value) => {
            let text = to_ron(&value).map_err(|e| format!("loaded but cannot save: {e}"))?;
            let again = parse::<T>(path, text.as_bytes())
                .map_err(|p| format!("saved text does not load: {p}\n{text}"))?;
            if again != value {
                return Err(format!("round trip changed the value:\n{text}"));
            }
            return Ok(true);
        }
    }
    Ok(false)
}

/// Every loader, and `runde check`'s guess-the-kind path, on one input;
/// which loaders reached the save-and-reload check (plan, theme, network,
/// record, config).
fn load_all(bytes: &[u8]) -> Result<[bool; 5], String> {
    let reached = [
        load_one::<Plan>(bytes).map_err(|e| format!("plan: {e}"))?,
        load_one::<Theme>(bytes).map_err(|e| format!("theme: {e}"))?,
        load_one::<Network>(bytes).map_err(|e| format!("network: {e}"))?,
        load_one::<Record>(bytes).map_err(|e| format!("record: {e}"))?,
        load_one::<Config>(bytes).map_err(|e| format!("config: {e}"))?,
    ];
    let _ = check_bytes(Path::new("fuzz.ron"), bytes);
    Ok(reached)
}

fn quick() -> ProptestConfig {
    ProptestConfig {
        cases: 500,
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

proptest! {
    #![proptest_config(quick())]

    #[test]
    fn arbitrary_bytes_never_break_a_loader(bytes in arbitrary()) {
        load_all(&bytes).map_err(TestCaseError::fail)?;
    }

    #[test]
    fn mutated_valid_files_never_break_a_loader(bytes in mutated()) {
        load_all(&bytes).map_err(TestCaseError::fail)?;
    }
}

#[test]
fn every_seed_is_valid_so_mutations_start_from_real_files() {
    for seed in seeds() {
        let text = String::from_utf8_lossy(&seed);
        if let Err(problem) = check_bytes(Path::new("seed.ron"), &seed) {
            panic!("{problem}\n{text}");
        }
    }
}

#[test]
fn the_invalid_fixtures_never_break_a_loader() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/invalid");
    for entry in std::fs::read_dir(dir).expect("fixtures") {
        let path = entry.expect("entry").path();
        let bytes = std::fs::read(&path).expect("fixture");
        if let Err(e) = load_all(&bytes) {
            panic!("{}: {e}", path.display());
        }
    }
}

/// The long run: `RUNDE_FUZZ_SECS` seconds of both properties, printing
/// the figures. Any failure is printed with its input in hex.
#[test]
#[ignore = "long run; set RUNDE_FUZZ_SECS"]
fn fuzz_for_a_while() {
    let secs: u64 = std::env::var("RUNDE_FUZZ_SECS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(60);
    let mut runner = TestRunner::new(PtConfig::default());
    let strategy = prop_oneof![arbitrary(), mutated()];
    #[allow(clippy::disallowed_methods)] // the run's own wall-clock budget
    let start = std::time::Instant::now();
    let (mut execs, mut failures) = (0u64, 0u64);
    let mut reached = [0u64; 5];
    while start.elapsed() < Duration::from_secs(secs) {
        let bytes = strategy.new_tree(&mut runner).expect("strategy").current();
        let outcome = std::panic::catch_unwind(|| load_all(&bytes));
        execs += 1;
        if let Ok(Ok(loaded)) = &outcome {
            for (count, hit) in reached.iter_mut().zip(loaded) {
                *count += u64::from(*hit);
            }
        }
        if !matches!(outcome, Ok(Ok(_))) {
            failures += 1;
            let hex: String = bytes.iter().map(|b| format!("{b:02x}")).collect();
            eprintln!("FAILURE {outcome:?} on input {hex}");
        }
    }
    println!(
        "fuzz_loaders: {execs} inputs x 5 loaders in {:.0} s, {failures} failures",
        start.elapsed().as_secs_f64()
    );
    let share = |n: u64| n as f64 * 100.0 / execs.max(1) as f64;
    let [plan, theme, network, record, config] = reached.map(share);
    println!(
        "reached save-and-reload: plan {plan:.1}%, theme {theme:.1}%, network {network:.1}%, record {record:.1}%, config {config:.1}%"
    );
    assert_eq!(failures, 0);
}

/// Found by the round-trip property: a record saved with a plan snapshot
/// whose phases have minutes (written `Some(5.0)`) did not load again.
#[test]
fn a_saved_record_with_the_standard_plan_loads_again() {
    let (_home, store) = common::temp_store();
    let record = common::sample_record("2026-11-23-0900-demo-standard", 3);
    store.save_record(&record).expect("save");
    let loaded = store.load_record(&record.id).expect("load");
    assert_eq!(loaded, record);
}
