use super::*;
use crate::model::Network;
use crate::model::plan::{NoteKind, Plan};
use crate::model::record::{
    ActionStatus, LiveCursor, RECORD_VERSION, Roles, SessionStatus, Stamp, StepLog,
};
use proptest::prelude::*;

fn stamp(secs: i64) -> Stamp {
    chrono::DateTime::parse_from_rfc3339("2026-11-23T09:00:00+01:00").unwrap()
        + chrono::Duration::seconds(secs)
}

fn plan() -> Plan {
    let (_, src) = crate::bundled::PLANS
        .iter()
        .find(|(id, _)| *id == "standard")
        .unwrap();
    ron::from_str(src).unwrap()
}

fn record() -> Record {
    let plan = plan();
    Record {
        version: RECORD_VERSION,
        id: "2026-11-23-0900-demo-standard".into(),
        status: SessionStatus::InProgress,
        started: stamp(0),
        finished: None,
        network: Network::ad_hoc(&["Anne", "Bo"]),
        steps: vec![StepLog::default(); plan.steps.len()],
        plan,
        attendance: Vec::new(),
        roles: Roles::default(),
        urgent_bids: Vec::new(),
        rotation_overrides: Vec::new(),
        notes: Vec::new(),
        removed_notes: Vec::new(),
        edited_notes: Vec::new(),
        follow_ups: Vec::new(),
        next_meeting: None,
        scores: Vec::new(),
        live: LiveCursor::default(),
    }
}

/// A note taken `secs` into the meeting with the copy's next number, as
/// the engine numbers them; the copy counts as saved then.
fn take(record: &mut Record, text: &str, secs: i64) {
    record.notes.push(Note {
        id: record.next_note_id(),
        kind: NoteKind::Note,
        text: text.into(),
        at: stamp(secs),
        step: record.live.step,
        participant: None,
        owner: None,
        due: None,
        private: false,
        status: None,
    });
    record.live.saved_at = Some(stamp(secs));
}

fn texts(record: &Record) -> Vec<&str> {
    record.notes.iter().map(|n| n.text.as_str()).collect()
}

fn ids_unique(record: &Record) -> bool {
    let mut ids: Vec<u32> = record.notes.iter().map(|n| n.id).collect();
    ids.sort_unstable();
    ids.windows(2).all(|w| w[0] != w[1])
}

#[test]
fn two_windows_that_each_took_a_note_keep_both_under_different_numbers() {
    let mut base = record();
    take(&mut base, "N1", 10);
    let (mut a, mut b) = (base.clone(), base);
    take(&mut a, "N2 from A", 20);
    take(&mut b, "N2 from B", 30);
    assert_eq!(a.notes[1].id, b.notes[1].id, "both numbered it 2");

    let merged = merge(&a, &b);
    assert_eq!(texts(&merged), ["N1", "N2 from A", "N2 from B"]);
    assert!(ids_unique(&merged));
    // The copy saved later keeps its numbers.
    assert_eq!(merged.notes[1].id, 3);
    assert_eq!(merged.notes[2].id, 2);
    assert_eq!(merge(&b, &a), merged);
}

#[test]
fn where_the_meeting_stands_comes_from_the_copy_saved_later() {
    let mut older = record();
    take(&mut older, "N1", 10);
    let mut newer = older.clone();
    newer.live.step = 3;
    newer.steps[0].actual_secs = 600;
    take(&mut newer, "N2", 700);
    older.live.step = 1;
    older.live.saved_at = Some(stamp(650));

    for merged in [merge(&older, &newer), merge(&newer, &older)] {
        assert_eq!(merged.live, newer.live);
        assert_eq!(merged.steps, newer.steps);
        assert_eq!(texts(&merged), ["N1", "N2"]);
    }
}

#[test]
fn a_note_corrected_in_the_later_copy_is_kept_as_corrected_and_once() {
    let mut earlier = record();
    take(&mut earlier, "Bo tager referat", 10);
    let mut later = earlier.clone();
    later.notes[0].text = "Bo tager referat næste gang".into();
    later.live.saved_at = Some(stamp(40));
    let merged = merge(&earlier, &later);
    assert_eq!(texts(&merged), ["Bo tager referat næste gang"]);
}

#[test]
fn a_corrected_note_keeps_its_newer_text_whichever_copy_was_saved_later() {
    let mut base = record();
    take(&mut base, "Vi mødes hos Bo i janura", 10);
    let mut corrected = base.clone();
    corrected.notes[0].text = "Vi mødes hos Bo i januar".into();
    corrected
        .edited_notes
        .push(crate::model::removed_note::EditedNote {
            id: corrected.notes[0].id,
            at: corrected.notes[0].at,
            edited: stamp(20),
            private: false,
        });
    corrected.live.saved_at = Some(stamp(20));
    // The other copy, with the old text, is saved later.
    let mut stale = base;
    take(&mut stale, "N2", 40);
    for merged in [merge(&corrected, &stale), merge(&stale, &corrected)] {
        assert_eq!(texts(&merged), ["Vi mødes hos Bo i januar", "N2"]);
        assert_eq!(merged.edited_notes, corrected.edited_notes);
    }
}

#[test]
fn a_note_removed_in_either_copy_stays_removed() {
    let mut base = record();
    take(&mut base, "N1", 10);
    take(&mut base, "Skrevet ved en fejl", 20);
    // One window removes it; the other, saved later, still has it and
    // took a note of its own.
    let mut removed = base.clone();
    let gone = removed.notes.remove(1);
    removed
        .removed_notes
        .push(crate::model::removed_note::RemovedNote::of(&gone));
    removed.live.saved_at = Some(stamp(30));
    let mut kept = base;
    take(&mut kept, "N3", 40);

    for merged in [merge(&removed, &kept), merge(&kept, &removed)] {
        assert_eq!(texts(&merged), ["N1", "N3"]);
        assert_eq!(merged.removed_notes, removed.removed_notes);
        // Nothing of it is left to bring back.
        assert!(!format!("{merged:?}").contains("Skrevet ved en fejl"));
    }
    // The copy that removed it lacks it on purpose, not by loss.
    assert!(
        notes_missing(&kept, &removed)
            .iter()
            .all(|n| n.text == "N3")
    );
}

#[test]
fn the_last_mark_on_an_earlier_action_wins_and_marks_of_both_are_kept() {
    let mark = |note, status, secs| FollowUp {
        session: "2026-10-20-0900-demo-standard".into(),
        note,
        status,
        at: stamp(secs),
        due: None,
    };
    let mut a = record();
    a.follow_ups = vec![
        mark(1, ActionStatus::Done, 50),
        mark(2, ActionStatus::Moved, 10),
    ];
    a.live.saved_at = Some(stamp(60));
    let mut b = record();
    b.follow_ups = vec![
        mark(1, ActionStatus::Dropped, 20),
        mark(3, ActionStatus::Done, 30),
    ];
    b.live.saved_at = Some(stamp(70));
    let merged = merge(&a, &b);
    assert_eq!(
        merged.follow_ups,
        [
            mark(2, ActionStatus::Moved, 10),
            mark(3, ActionStatus::Done, 30),
            mark(1, ActionStatus::Done, 50),
        ]
    );
}

#[test]
fn notes_missing_names_what_the_other_copy_lacks() {
    let mut disk = record();
    take(&mut disk, "N1", 10);
    let mut ours = disk.clone();
    take(&mut ours, "N2", 20);
    take(&mut disk, "N3", 30);
    let missing: Vec<&str> = notes_missing(&ours, &disk)
        .iter()
        .map(|n| n.text.as_str())
        .collect();
    assert_eq!(missing, ["N2"]);
}

proptest! {
    /// Two copies that parted after `shared` notes, each taking notes on
    /// its own: the merge holds every note of both once, with unique ids,
    /// whichever way round it is asked; a copy merged with itself, or
    /// with a copy that already holds all it has, is that copy.
    #[test]
    fn merging_loses_no_note(
        shared in 0usize..4,
        mut in_a in proptest::collection::vec(1i64..500, 0..6),
        mut in_b in proptest::collection::vec(1i64..500, 0..6),
    ) {
        // Each copy takes its notes one after the other.
        in_a.sort_unstable();
        in_b.sort_unstable();
        let mut base = record();
        for i in 0..shared {
            take(&mut base, &format!("shared {i}"), i as i64);
        }
        let (mut a, mut b) = (base.clone(), base);
        for (i, secs) in in_a.iter().enumerate() {
            take(&mut a, &format!("a {i}"), 10 + secs * 2);
        }
        for (i, secs) in in_b.iter().enumerate() {
            take(&mut b, &format!("b {i}"), 11 + secs * 2);
        }
        let merged = merge(&a, &b);
        prop_assert_eq!(merged.notes.len(), shared + in_a.len() + in_b.len());
        for note in a.notes.iter().chain(&b.notes) {
            prop_assert!(merged.notes.iter().any(|m| m.text == note.text && m.at == note.at));
        }
        prop_assert!(ids_unique(&merged));
        if a.live.saved_at != b.live.saved_at {
            prop_assert_eq!(&merge(&b, &a), &merged);
        }
        prop_assert_eq!(&merge(&a, &a), &a);
        prop_assert_eq!(&merge(&merged, &a), &merged);
        prop_assert_eq!(&merge(&b, &merged), &merged);
    }
}

#[test]
fn a_check_out_score_given_in_either_copy_is_kept() {
    use crate::model::record::CheckoutScore;
    let mut ours = record();
    let mut theirs = record();
    let score = |who: &str, score| CheckoutScore {
        participant: who.into(),
        score,
    };
    ours.scores = vec![score("Anne", 4)];
    theirs.scores = vec![score("Anne", 5), score("Bo", 3)];
    theirs.live.saved_at = Some(stamp(60));
    ours.live.saved_at = Some(stamp(30));
    let merged = merge(&ours, &theirs);
    assert_eq!(merged.scores, vec![score("Anne", 5), score("Bo", 3)]);
    let merged = merge(&theirs, &ours);
    assert_eq!(merged.scores.len(), 2);
}
