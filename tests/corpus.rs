//! The scale corpus the benches run on is genuine: every record it writes
//! loads back, and it holds what a real network's years hold (finished,
//! interrupted and discarded meetings, notes of every kind, follow-ups).
// A test stops on a failed set-up: it may unwrap.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use runde::model::plan::NoteKind;
use runde::model::record::SessionStatus;

#[test]
fn the_corpus_writes_records_runde_reads_back() {
    let (_dir, store) = common::temp_store();
    let ids = common::corpus::write(&store, 120, 7);
    assert_eq!(ids.len(), 120);
    let loaded = store.records();
    assert!(loaded.problems.is_empty(), "{:?}", loaded.problems);
    assert_eq!(loaded.items.len(), 120);
    let finished = loaded.items.iter().filter(|r| r.is_finished()).count();
    assert!(finished > 100, "{finished} finished");
    let notes: usize = loaded.items.iter().map(|r| r.notes.len()).sum();
    assert!(notes > 120 * 15, "{notes} notes");
    assert!(
        loaded
            .items
            .iter()
            .flat_map(|r| &r.notes)
            .any(|n| n.kind == NoteKind::Action && n.owner.is_some())
    );
    assert!(loaded.items.iter().any(|r| !r.follow_ups.is_empty()));
    assert!(
        loaded
            .items
            .iter()
            .all(|r| r.status != SessionStatus::Finished || r.next_meeting.is_some())
    );
    assert_eq!(store.networks().items.len(), 2, "the demo and one network");
}
