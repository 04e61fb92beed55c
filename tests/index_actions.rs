//! The index keeps each action's state (after the latest follow-up from
//! any session not discarded) as records come, change and go, in any order:
//! its open actions are always those the pure function over the records
//! finds.
// A test stops on a failed set-up: it may unwrap.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use runde::model::Record;
use runde::model::follow_ups::open_actions;
use runde::model::record::ActionStatus;
use runde::store::Store;
use runde::store::index::ReviewIndex;
use std::fs;

/// Session, note, status and due date (the date a follow-up moved it to).
type Row = (String, u32, ActionStatus, Option<chrono::NaiveDate>);

fn from_records(store: &Store) -> Vec<(String, Vec<Row>)> {
    let records: Vec<Record> = store.records().items;
    networks(store)
        .into_iter()
        .map(|name| {
            let rows = open_actions(&records, &name, None)
                .into_iter()
                .map(|a| (a.session, a.note, a.status, a.due))
                .collect();
            (name, rows)
        })
        .collect()
}

fn from_index(store: &Store) -> Vec<(String, Vec<Row>)> {
    let index = ReviewIndex::open(store).unwrap();
    let every: Vec<Row> = index
        .open_actions_of(None)
        .unwrap()
        .into_iter()
        .map(|a| {
            (
                a.action.session,
                a.action.note,
                a.action.status,
                a.action.due,
            )
        })
        .collect();
    let by_network: Vec<(String, Vec<Row>)> = networks(store)
        .into_iter()
        .map(|name| {
            let rows = index
                .open_actions(&name, None)
                .unwrap()
                .into_iter()
                .map(|a| (a.session, a.note, a.status, a.due))
                .collect();
            (name, rows)
        })
        .collect();
    let mut joined: Vec<Row> = by_network.iter().flat_map(|(_, r)| r.clone()).collect();
    let mut all = every.clone();
    let key = |r: &Row| (r.0.clone(), r.1);
    joined.sort_by_key(key);
    all.sort_by_key(key);
    assert_eq!(all, joined, "open actions of all networks = each network's");
    by_network
}

fn networks(store: &Store) -> Vec<String> {
    store
        .networks()
        .items
        .into_iter()
        .map(|n| n.name)
        .filter(|n| n != "Demo")
        .collect()
}

fn with_follow_ups(store: &Store) -> Vec<Record> {
    store
        .records()
        .items
        .into_iter()
        .filter(|r| !r.follow_ups.is_empty())
        .collect()
}

#[test]
fn open_actions_agree_with_the_records_through_builds_and_changes() {
    let (_dir, store) = common::temp_store();
    common::corpus::write(&store, 90, 11);
    let built = from_index(&store);
    assert!(built.iter().any(|(_, rows)| rows.len() > 2), "{built:?}");
    assert!(
        built
            .iter()
            .flat_map(|(_, rows)| rows)
            .any(|r| r.2 == ActionStatus::Moved && r.3.is_some()),
        "an action moved to a new date: {built:?}"
    );
    assert_eq!(built, from_records(&store));

    // A meeting whose follow-ups closed actions is deleted: they open again.
    let followed = with_follow_ups(&store);
    assert!(followed.len() > 10);
    let gone = &followed[followed.len() / 2];
    let before = from_index(&store);
    fs::remove_file(store.record_path(&gone.id).unwrap()).unwrap();
    let after = from_index(&store);
    assert_ne!(before, after, "deleting {} reopened nothing", gone.id);
    assert_eq!(after, from_records(&store));

    // Discarded, a meeting's follow-ups count for nothing.
    let mut discarded = followed[3].clone();
    discarded.status = runde::model::record::SessionStatus::Discarded;
    store.save_record(&discarded).unwrap();
    assert_eq!(from_index(&store), from_records(&store));

    // The deleted meeting comes back (a restored file): its follow-ups are
    // indexed after the actions they close.
    store.save_record(gone).unwrap();
    assert_eq!(from_index(&store), from_records(&store));
}

#[test]
fn records_indexed_in_any_order_give_the_same_open_actions() {
    let (_dir, source) = common::temp_store();
    common::corpus::write(&source, 60, 5);
    let fresh = from_index(&source);
    assert_eq!(fresh, from_records(&source));
    let mut records = source.records().items;
    // Newest first, a few at a time: every follow-up is indexed before
    // the action it closes.
    records.reverse();
    let (_copy_dir, copy) = common::temp_store();
    for network in source.networks().items {
        copy.save_network(&network).unwrap();
    }
    for chunk in records.chunks(7) {
        for record in chunk {
            copy.save_record(record).unwrap();
        }
        drop(ReviewIndex::open(&copy).unwrap());
    }
    assert_eq!(from_index(&copy), fresh);
}

#[test]
fn every_meetings_facts_come_back_from_the_index_as_from_its_record() {
    let (_dir, store) = common::temp_store();
    common::corpus::write(&store, 50, 3);
    let index = ReviewIndex::open(&store).unwrap();
    let mut records = store.records().items;
    records.sort_by_key(|r| (r.started, r.id.clone()));
    for name in networks(&store) {
        let from_records: Vec<runde::model::PastMeeting> = records
            .iter()
            .filter(|r| r.network.name == name)
            .map(runde::model::PastMeeting::of)
            .collect();
        assert!(!from_records.is_empty());
        assert_eq!(index.meetings(&name).unwrap(), from_records, "{name}");
    }
}

#[test]
fn search_hits_carry_each_notes_kind_person_and_step_as_its_record() {
    use runde::store::index_query::SearchQuery;
    let (_dir, store) = common::temp_store();
    common::corpus::write(&store, 30, 9);
    let index = ReviewIndex::open(&store).unwrap();
    let records = store.records().items;
    let mut checked = 0;
    for record in records.iter().step_by(3) {
        for note in record.notes.iter().step_by(4) {
            let hits = index
                .search(&SearchQuery {
                    text: note.text.clone(),
                    include_private: true,
                    ..Default::default()
                })
                .unwrap()
                .hits;
            let hit = hits
                .iter()
                .find(|h| h.session == record.id && h.text == note.text)
                .unwrap_or_else(|| panic!("{} not found: {}", record.id, note.text));
            assert_eq!(hit.kind, note.kind, "{}", note.text);
            assert_eq!(hit.participant, note.participant, "{}", note.text);
            assert_eq!(hit.private, note.private);
            assert_eq!(hit.step, note.step);
            checked += 1;
        }
    }
    assert!(checked > 40, "{checked}");
}

#[test]
fn the_newest_hits_up_to_a_limit_are_the_first_of_all_hits() {
    use runde::store::index_query::SearchQuery;
    let (_dir, store) = common::temp_store();
    common::corpus::write(&store, 60, 7);
    let index = ReviewIndex::open(&store).unwrap();
    let search = |text: &str, include_private: bool, limit: usize| {
        index
            .search(&SearchQuery {
                text: text.to_string(),
                include_private,
                limit,
                ..Default::default()
            })
            .unwrap()
    };
    let mut compared = 0;
    for text in ["t", "trivsel", "s", "møde", "e"] {
        for include_private in [false, true] {
            let all = search(text, include_private, 0);
            assert!(!all.more, "{text}: more than all");
            let all = all.hits;
            assert!(
                include_private || all.iter().all(|h| !h.private),
                "{text}: a private note"
            );
            for limit in [1, 2, 5, 13, 40, 200] {
                let some = search(text, include_private, limit);
                assert_eq!(
                    some.hits,
                    all[..limit.min(all.len())],
                    "{text} {include_private} {limit}"
                );
                // Whether more match is the search's to say.
                assert_eq!(
                    some.more,
                    all.len() > limit,
                    "{text} {include_private} {limit}: more"
                );
                compared += 1;
            }
        }
    }
    assert_eq!(compared, 60);
}

#[test]
fn hits_of_meetings_that_began_together_keep_their_order_when_a_limit_cuts_them() {
    use runde::model::record::Note;
    use runde::store::index_query::SearchQuery;
    let (_dir, store) = common::temp_store();
    common::corpus::write(&store, 12, 3);
    // Two meetings that began at the same time, each with notes that match
    // written out of time order: the hits go by time across both.
    let mut first = store.records().items.pop().unwrap();
    let mut second = first.clone();
    second.id = format!("{}-kopi", first.id);
    let began = first.started;
    let at = |minute: u32| began + chrono::Duration::minutes(i64::from(minute));
    for (record, minutes) in [(&mut first, [50, 10, 30]), (&mut second, [40, 20, 60])] {
        for minute in minutes {
            let mut note: Note = record.notes[0].clone();
            note.id = record.notes.iter().map(|n| n.id).max().unwrap() + 1;
            note.text = format!("zebra {minute}");
            note.at = at(minute);
            note.private = false;
            record.notes.push(note);
        }
    }
    store.save_record(&first).unwrap();
    store.save_record(&second).unwrap();
    let index = ReviewIndex::open(&store).unwrap();
    let search = |limit: usize| -> Vec<String> {
        index
            .search(&SearchQuery {
                text: "zebra".into(),
                limit,
                ..Default::default()
            })
            .unwrap()
            .hits
            .into_iter()
            .map(|h| h.text)
            .collect()
    };
    let all = search(0);
    assert_eq!(
        all,
        [
            "zebra 10", "zebra 20", "zebra 30", "zebra 40", "zebra 50", "zebra 60"
        ]
    );
    for limit in 1..=6 {
        assert_eq!(search(limit), all[..limit], "limit {limit}");
    }
}
