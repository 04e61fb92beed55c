//! What a screen pays per update with the index open, for `bench/scale`:
//! the index under RUNDE_HOME (a corpus from `examples/corpus.rs`), each
//! figure as min / median / max milliseconds beside its target (issue 19).
//!
//! `RUNDE_HOME=/tmp/runde-scale-10000 cargo run --release --example index_figures`
// A figure stops on a failed set-up: it may unwrap.
#![allow(clippy::unwrap_used, clippy::expect_used)]
// Bench tools print for the person running them, not for a user.
#![allow(clippy::disallowed_macros)]

use runde::clock::{Clock, SystemClock};
use runde::store::Store;
use runde::store::index::ReviewIndex;
use runde::store::index_query::{SearchQuery, SessionFilter};
use runde::ui::screens::review::HIT_LIMIT;

const RUNS: usize = 9;

/// What a person types into the review's search, a letter at a time.
const TYPED: &[&str] = &["trivsel", "sygefravær", "budget"];

fn main() {
    let store = Store::from_env().expect("RUNDE_HOME");
    let index = ReviewIndex::open(&store).expect("index");
    let sessions = index.sessions(&SessionFilter::default()).unwrap().len();
    let network = index.network_summaries().unwrap()[0].network.clone();

    // Search as you type: each word as typed so far, from two letters on;
    // one letter, which begins most notes' words, is a row of its own.
    let mut update = Vec::new();
    for word in TYPED {
        let letters: Vec<char> = word.chars().collect();
        for n in 2..=letters.len() {
            let typed: String = letters[..n].iter().collect();
            update.extend(times(|| search(&index, &typed)));
        }
    }
    row("search as you type, per update", sessions, &update, 50.0);
    row(
        "  one letter (\"t\")",
        sessions,
        &times(|| search(&index, "t")),
        50.0,
    );
    row(
        "open actions, all networks",
        sessions,
        &times(|| index.open_actions_of(None).unwrap().len()),
        50.0,
    );
    row(
        "a network's past meetings",
        sessions,
        &times(|| index.meetings(&network).unwrap().len()),
        100.0,
    );
    row(
        "review list",
        sessions,
        &times(|| index.sessions(&SessionFilter::default()).unwrap().len()),
        200.0,
    );
}

fn search(index: &ReviewIndex, text: &str) -> usize {
    index
        .search(&SearchQuery {
            text: text.to_string(),
            network: None,
            include_private: false,
            limit: HIT_LIMIT,
        })
        .unwrap()
        .hits
        .len()
}

/// Milliseconds of `RUNS` runs of `f`.
fn times(f: impl Fn() -> usize) -> Vec<f64> {
    let clock = SystemClock;
    (0..RUNS)
        .map(|_| {
            let start = clock.now();
            std::hint::black_box(f());
            (clock.now() - start).as_secs_f64() * 1000.0
        })
        .collect()
}

fn row(what: &str, sessions: usize, ms: &[f64], target: f64) {
    let mut ms = ms.to_vec();
    ms.sort_by(f64::total_cmp);
    let median = ms[ms.len() / 2];
    println!(
        "{what:<34} {sessions:>7}  {:6.1} {median:6.1} {:6.1} ms   <= {target:5.0} ms  {}",
        ms[0],
        ms[ms.len() - 1],
        if median <= target { "ok" } else { "OVER" }
    );
}
