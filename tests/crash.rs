//! kill -9 at random moments of a scripted live session. After each kill:
//! every note the screen confirmed is in the record, the record loads, and
//! `runde resume` opens at the step and speaker the record holds, which is
//! the last confirmed one or the one whose key was on its way.
//!
//! 5 kills in `cargo test`; more with `RUNDE_CRASH_RUNS=50`. A failing run
//! prints its seed; `RUNDE_CRASH_SEED=N` replays it.
// A test stops on a failed set-up: it may unwrap.
#![allow(clippy::unwrap_used, clippy::expect_used)]
// Test and bench tools print for the person running them, not for a user.
#![allow(clippy::disallowed_macros)]

mod common;
#[path = "crash_scenarios/stale.rs"]
mod stale;

use common::pty::Term;
use runde::clock::{Clock, SystemClock};
use runde::model::Plan;
use runde::model::record::Record;
use runde::text::Lang;
use std::path::Path;
use std::time::Duration;

const PEOPLE: &str = "Anne,Bo,Carla";

/// One step of the script and what the screen shows once it is saved.
#[derive(Debug, Clone)]
enum Act {
    NextStep,
    NextSpeaker,
    Note(String),
}

/// The state the facilitator has seen confirmed on screen.
#[derive(Debug, Clone, PartialEq)]
struct Seen {
    step: usize,
    speaker: Option<String>,
    notes: Vec<String>,
    /// The notes taken in the current step.
    step_notes: Vec<String>,
}

fn script(run: u64) -> Vec<Act> {
    let note = |n: usize| Act::Note(format!("run {run} note {n} om Ærø"));
    vec![
        Act::NextStep,
        Act::NextSpeaker,
        note(1),
        Act::NextSpeaker,
        note(2),
        Act::NextSpeaker,
        note(3),
        Act::NextStep,
        Act::NextSpeaker,
        note(4),
        Act::NextSpeaker,
        note(5),
    ]
}

/// A small xorshift, seeded per run so a failure can be replayed.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }
}

/// The session's record; none before the first change is saved.
fn record_in(home: &Path) -> Option<Record> {
    let store = common::store_at(home);
    let ids = store.record_ids();
    assert!(ids.len() <= 1, "one session, one record: {ids:?}");
    ids.first().map(|id| {
        store
            .load_record(id)
            .unwrap_or_else(|p| panic!("the record must load after a kill: {p}"))
    })
}

fn speaker(record: &Record) -> Option<String> {
    let live = &record.live;
    if live.speaking {
        live.queue.first().cloned()
    } else {
        None
    }
}

fn step_title(plan: &Plan, step: usize) -> String {
    let title = plan.steps[step].title.get(Lang::En);
    // The step list may cut a long title; its start is enough.
    title.chars().take(14).collect()
}

/// Applies `act` to the model of what the screen will confirm.
fn after(seen: &Seen, act: &Act) -> Seen {
    let mut next = seen.clone();
    match act {
        Act::NextStep => {
            next.step += 1;
            next.speaker = None;
            next.step_notes.clear();
        }
        Act::NextSpeaker => {
            let names: Vec<&str> = PEOPLE.split(',').collect();
            next.speaker = Some(match &seen.speaker {
                None => names[0].to_string(),
                Some(now) => {
                    let i = names.iter().position(|n| n == now).unwrap_or(0);
                    names[(i + 1) % names.len()].to_string()
                }
            });
        }
        Act::Note(text) => {
            next.notes.push(text.clone());
            next.step_notes.push(text.clone());
        }
    }
    next
}

/// Sends `act` and, when `confirm`, waits until the screen shows it done.
fn perform(term: &mut Term, act: &Act, expect: &Seen, plan: &Plan, confirm: bool) {
    match act {
        Act::NextStep => term.send("l"),
        Act::NextSpeaker => term.send("n"),
        Act::Note(text) => {
            term.send("i");
            if confirm {
                term.wait_for("New note");
            }
            term.send(text);
            if confirm {
                term.wait_for(text);
            }
            term.send("\r");
        }
    }
    if !confirm {
        return;
    }
    match act {
        Act::NextStep => term.wait_for(&format!("▶ {}", step_title(plan, expect.step))),
        Act::NextSpeaker => {
            let who = expect.speaker.as_deref().unwrap_or_default();
            term.wait_for(&format!("Now: {who}"));
        }
        Act::Note(text) => {
            // The notes panel counts the current step's notes.
            term.wait_for(&format!("Notes ({})", expect.step_notes.len()));
            term.wait_for(text);
        }
    }
}

fn one_run(run: u64, seed: u64) {
    let mut rng = Rng(seed | 1);
    let home = tempfile::tempdir().expect("home");
    let acts = script(run);
    let mut term = Term::spawn_sized(
        home.path(),
        &["start", "--participants", PEOPLE, "--lang", "en"],
        120,
        40,
    );
    term.wait_for("Notes (0)");
    let plan = common::standard_plan();
    let mut seen = Seen {
        step: 0,
        speaker: None,
        notes: Vec::new(),
        step_notes: Vec::new(),
    };
    // Confirm `done` acts, then maybe send one more without waiting, then
    // wait a random few screen changes (or none) and kill.
    let done = rng.below(acts.len() as u64 + 1) as usize;
    for act in &acts[..done] {
        let next = after(&seen, act);
        perform(&mut term, act, &next, &plan, true);
        seen = next;
    }
    let pending = acts.get(done).filter(|_| rng.below(3) > 0).map(|act| {
        let next = after(&seen, act);
        perform(&mut term, act, &next, &plan, false);
        next
    });
    let settle = rng.below(4);
    for _ in 0..settle {
        let _ = term.wait_until(Duration::from_millis(30), |_| false);
    }
    term.kill9();

    let Some(record) = record_in(home.path()) else {
        // Killed before the first change: nothing was written, nothing lost.
        assert_eq!(
            done, 0,
            "run {run} (seed {seed}): {done} acts confirmed and no record"
        );
        return;
    };
    let on_disk: Vec<String> = record.notes.iter().map(|n| n.text.clone()).collect();
    for note in &seen.notes {
        assert!(
            on_disk.contains(note),
            "run {run} (seed {seed}): confirmed note {note:?} lost; on disk: {on_disk:?}"
        );
    }
    let allowed: Vec<&String> = seen
        .notes
        .iter()
        .chain(pending.iter().flat_map(|p| p.notes.iter()))
        .collect();
    for note in &on_disk {
        assert!(
            allowed.contains(&note),
            "run {run}: a note nobody wrote: {note:?}"
        );
    }
    let at = (record.live.step, speaker(&record));
    let confirmed = (seen.step, seen.speaker.clone());
    let sent = pending.as_ref().map(|p| (p.step, p.speaker.clone()));
    assert!(
        at == confirmed || Some(&at) == sent.as_ref(),
        "run {run} (seed {seed}): the record stands at {at:?}; seen {confirmed:?}, sent {sent:?}"
    );

    // resume opens where the record stands, with every note.
    let mut again = Term::spawn_sized(home.path(), &["resume", "--lang", "en"], 120, 40);
    let here: Vec<&str> = record
        .notes
        .iter()
        .filter(|n| n.step == record.live.step)
        .map(|n| n.text.as_str())
        .collect();
    again.wait_for(&format!("Notes ({})", here.len()));
    for text in here {
        again.wait_for(text);
    }
    again.wait_for(&format!("▶ {}", step_title(&plan, record.live.step)));
    if let Some(who) = speaker(&record) {
        again.wait_for(&format!("Now: {who}"));
    }
    again.send("q");
    again.wait_for("Quit?");
    again.send("y");
    again.wait_exit();
    let after_quit = record_in(home.path()).expect("record after quit");
    assert_eq!(after_quit.notes.len(), record.notes.len());
    eprintln!(
        "crash run {run}: seed {seed}, {done} acts confirmed, pending {}, killed; resumed at step {} speaker {:?} with {} notes",
        pending.is_some(),
        record.live.step,
        speaker(&record),
        record.notes.len()
    );
}

#[test]
fn kill_9_at_random_moments_loses_no_confirmed_note() {
    let runs: u64 = std::env::var("RUNDE_CRASH_RUNS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(5);
    let base: u64 = std::env::var("RUNDE_CRASH_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(|| SystemClock.wall().timestamp_nanos_opt().unwrap_or(7) as u64);
    eprintln!("crash test: {runs} runs from seed {base}");
    for run in 0..runs {
        one_run(
            run,
            base.wrapping_add(run.wrapping_mul(0x9E37_79B9_7F4A_7C15)),
        );
    }
}
