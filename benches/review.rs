//! The review index at scale: 10,000 records of about 6 KB in a temporary
//! RUNDE_HOME. Prints list and search times against their targets
//! (list ≤ 200 ms, search ≤ 300 ms, each including the open that
//! reconciles the index with the record files), then runs divan.
//!
//! `cargo bench --bench review`
// A test stops on a failed set-up: it may unwrap.
#![allow(clippy::unwrap_used, clippy::expect_used)]
// Test and bench tools print for the person running them, not for a user.
#![allow(clippy::disallowed_macros)]

use runde::clock::{Clock, SystemClock};
use runde::model::plan::NoteKind;
use runde::model::record::*;
use runde::model::{Network, Plan};
use runde::store::Paths;
use runde::store::index::ReviewIndex;
use runde::store::index_query::{SearchQuery, SessionFilter};
use std::path::PathBuf;
use std::sync::OnceLock;
use std::time::Duration;

const RECORDS: usize = 10_000;
const LIST_TARGET_MS: f64 = 200.0;
const SEARCH_TARGET_MS: f64 = 300.0;

const WORDS: &[&str] = &[
    "trivsel",
    "sygefravær",
    "forældre",
    "medarbejder",
    "samtale",
    "budget",
    "skema",
    "ledelse",
    "kollega",
    "tillid",
    "forandring",
    "konflikt",
    "møde",
    "aftale",
    "ansvar",
    "prioritering",
    "feedback",
    "rekruttering",
    "arbejdsmiljø",
    "inklusion",
    "overgang",
    "team",
    "kommunikation",
    "beslutning",
    "evaluering",
    "mål",
    "retning",
    "energi",
    "pres",
    "tid",
    "forventning",
    "opfølgning",
    "sparring",
    "netværk",
    "læring",
    "mod",
];

fn home() -> &'static PathBuf {
    static HOME: OnceLock<PathBuf> = OnceLock::new();
    HOME.get_or_init(|| {
        let dir = tempfile::tempdir().expect("temp dir").keep();
        let clock = SystemClock;
        let start = clock.now();
        generate(&dir);
        let generated = clock.now() - start;
        let start = clock.now();
        let index =
            ReviewIndex::open(&runde::store::Store::new(Paths::under(&dir))).expect("index");
        let built = clock.now() - start;
        drop(index);
        println!(
            "generated {RECORDS} records in {:.1} s; built the index from them in {:.1} s",
            generated.as_secs_f64(),
            built.as_secs_f64()
        );
        dir
    })
}

struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (self.0 >> 33) as usize
    }
}

fn generate(home: &std::path::Path) {
    let records = Paths::under(home).records_dir();
    std::fs::create_dir_all(&records).expect("records dir");
    let plan: Plan = ron::from_str(
        r#"(version: 1, id: "kort", title: (da: "Kort møde", en: "Short meeting"), steps: [
            (title: (da: "Tjek-ind", en: "Check-in"), kind: Round(per_person: 1), notes: [Note]),
            (title: (da: "Tema", en: "Theme"), kind: Block(minutes: 30), notes: [Learning]),
            (title: (da: "Sag", en: "Case"), kind: Block(minutes: 40), notes: [Note], private: true),
            (title: (da: "Aftaler", en: "Agreements"), kind: Block(minutes: 10), notes: [Action]),
        ])"#,
    )
    .expect("plan");
    let networks: Vec<Network> = (0..20)
        .map(|n| {
            Network::new(
                &format!("Netværk {n}"),
                &[
                    "Anne Holm",
                    "Bo Berg",
                    "Carla Dahl",
                    "Dorte Lund",
                    "Erik Møller",
                    "Fatima Ali",
                ],
            )
        })
        .collect();
    let mut rng = Lcg(7);
    let base = chrono::DateTime::parse_from_rfc3339("2000-01-03T09:00:00+01:00").expect("date");
    for i in 0..RECORDS {
        let network = &networks[i % networks.len()];
        let started = base + chrono::Duration::hours(i as i64 * 13);
        let id = format!(
            "{}-netvaerk-{}-kort",
            started.format("%Y-%m-%d-%H%M"),
            i % networks.len()
        );
        let mut notes = Vec::new();
        for k in 0..22u32 {
            let kind = NoteKind::ALL[rng.next() % NoteKind::ALL.len()];
            let words: Vec<&str> = (0..(6 + rng.next() % 10))
                .map(|_| WORDS[rng.next() % WORDS.len()])
                .collect();
            let step = rng.next() % plan.steps.len();
            notes.push(Note {
                id: k + 1,
                kind,
                text: words.join(" "),
                at: started + chrono::Duration::minutes(i64::from(k) * 5),
                step,
                participant: Some(network.participants[rng.next() % 6].name.clone()),
                owner: (kind == NoteKind::Action)
                    .then(|| network.participants[rng.next() % 6].name.clone()),
                due: None,
                private: step == 2,
                status: (kind == NoteKind::Action).then_some(ActionStatus::Open),
            });
        }
        let record = Record {
            version: RECORD_VERSION,
            id: id.clone(),
            status: SessionStatus::Finished,
            started,
            finished: Some(started + chrono::Duration::minutes(150)),
            network: network.clone(),
            plan: plan.clone(),
            attendance: network
                .participants
                .iter()
                .map(|p| Attendance {
                    participant: p.name.clone(),
                    presence: Presence::Present,
                    arrived: None,
                    left: None,
                })
                .collect(),
            roles: Roles::default(),
            urgent_bids: Vec::new(),
            rotation_overrides: Vec::new(),
            steps: Vec::new(),
            notes,
            removed_notes: Vec::new(),
            edited_notes: Vec::new(),
            follow_ups: Vec::new(),
            next_meeting: None,
            scores: Vec::new(),
            live: LiveCursor::default(),
        };
        let text = ron::to_string(&record).expect("ron");
        std::fs::write(records.join(format!("{id}.ron")), text).expect("write");
    }
}

fn list() -> usize {
    let index = ReviewIndex::open(&runde::store::Store::new(Paths::under(home()))).expect("index");
    index
        .sessions(&SessionFilter::default())
        .expect("sessions")
        .len()
}

fn search() -> usize {
    let index = ReviewIndex::open(&runde::store::Store::new(Paths::under(home()))).expect("index");
    index
        .search(&SearchQuery {
            text: "sygefravær rekrut".into(),
            limit: 200,
            ..Default::default()
        })
        .expect("search")
        .hits
        .len()
}

fn median_ms(f: impl Fn() -> usize) -> (f64, usize) {
    let clock = SystemClock;
    let mut times: Vec<Duration> = Vec::new();
    let mut n = 0;
    for _ in 0..15 {
        let start = clock.now();
        n = f();
        times.push(clock.now() - start);
    }
    times.sort();
    (times[times.len() / 2].as_secs_f64() * 1000.0, n)
}

fn report() {
    let size: u64 = std::fs::read_dir(Paths::under(home()).records_dir())
        .expect("records")
        .filter_map(|e| e.ok()?.metadata().ok())
        .map(|m| m.len())
        .sum();
    println!(
        "records: {RECORDS}, average {:.1} KB",
        size as f64 / RECORDS as f64 / 1024.0
    );
    let (ms, n) = median_ms(list);
    let verdict = |ms: f64, target: f64| if ms <= target { "ok" } else { "OVER TARGET" };
    println!(
        "list:   {ms:7.1} ms (median of 15, {n} sessions)   target ≤ {LIST_TARGET_MS} ms  {}",
        verdict(ms, LIST_TARGET_MS)
    );
    let (ms, n) = median_ms(search);
    println!(
        "search: {ms:7.1} ms (median of 15, {n} hits)       target ≤ {SEARCH_TARGET_MS} ms  {}",
        verdict(ms, SEARCH_TARGET_MS)
    );
    // What the review screen pays per key, with the index already open.
    let index = ReviewIndex::open(&runde::store::Store::new(Paths::under(home()))).expect("index");
    let (ms, _) = median_ms(|| {
        index
            .sessions(&SessionFilter::default())
            .map_or(0, |r| r.len())
    });
    println!("  of which the list query alone (index open):   {ms:7.1} ms");
    let (ms, _) = median_ms(|| {
        index
            .search(&SearchQuery {
                text: "sygefravær rekrut".into(),
                limit: 200,
                ..Default::default()
            })
            .map_or(0, |r| r.hits.len())
    });
    println!("  of which the search query alone (index open): {ms:7.1} ms");
}

#[divan::bench(sample_count = 20, sample_size = 1)]
fn list_sessions() -> usize {
    list()
}

#[divan::bench(sample_count = 20, sample_size = 1)]
fn search_notes() -> usize {
    search()
}

fn main() {
    report();
    divan::main();
    // The generated home is 150 MB; leave nothing behind.
    let _ = std::fs::remove_dir_all(home());
}
