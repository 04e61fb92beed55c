//! The review index: built from the records, never stale, rebuilt when
//! damaged; sessions, search and open actions through it.
// A test stops on a failed set-up: it may unwrap.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use runde::model::Record;
use runde::model::plan::NoteKind;
use runde::model::record::{ActionStatus, Note};
use runde::store::index::ReviewIndex;
use runde::store::index_query::{SearchQuery, SessionFilter};
use runde::store::{Paths, Store};
use std::fs;
use std::path::Path;

const FIRST: &str = "2026-03-12-0900-skoleledere-oest-standard";
const SECOND: &str = "2026-04-09-0900-skoleledere-oest-standard";
const OTHER: &str = "2026-04-15-1300-dagtilbud-nord-standard";

fn fixture(id: &str) -> Record {
    let store = Store::new(Paths::under(Path::new("/nonexistent")));
    store
        .read(&Path::new("tests/fixtures/review").join(format!("{id}.ron")))
        .unwrap()
}

fn home_with(ids: &[&str]) -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::new(Paths::under(dir.path()));
    for id in ids {
        store.save_record(&fixture(id)).unwrap();
    }
    (dir, store)
}

fn search(index: &ReviewIndex, text: &str, include_private: bool) -> Vec<String> {
    index
        .search(&SearchQuery {
            text: text.into(),
            include_private,
            ..Default::default()
        })
        .unwrap()
        .hits
        .into_iter()
        .map(|h| h.text)
        .collect()
}

#[test]
fn lists_sessions_newest_first_with_filters() {
    let (_dir, store) = home_with(&[FIRST, SECOND, OTHER]);
    let index = ReviewIndex::open(&store).unwrap();
    let all: Vec<String> = index
        .sessions(&SessionFilter::default())
        .unwrap()
        .into_iter()
        .map(|s| s.id)
        .collect();
    assert_eq!(all, vec![OTHER, SECOND, FIRST]);
    let oest = index
        .sessions(&SessionFilter {
            network: Some("SKOLELEDERE ØST".into()),
            ..Default::default()
        })
        .unwrap();
    assert_eq!(oest.len(), 2);
    let april = index
        .sessions(&SessionFilter {
            from: "2026-04-01".parse().ok(),
            to: "2026-04-10".parse().ok(),
            ..Default::default()
        })
        .unwrap();
    assert_eq!(april.len(), 1);
    assert_eq!(april[0].id, SECOND);
    let none = index
        .sessions(&SessionFilter {
            plan: Some("troika".into()),
            ..Default::default()
        })
        .unwrap();
    assert!(none.is_empty());
    assert_eq!(
        index.networks().unwrap(),
        vec!["Dagtilbud Nord", "Skoleledere Øst"]
    );
}

/// The review's network filter goes through the networks in Danish order
/// of their names: Æ, Ø, Å after Z, »Aa« as »Å«.
#[test]
fn networks_with_sessions_come_in_danish_order() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::new(Paths::under(dir.path()));
    for (i, name) in ["Øst", "Ældreplejeledere", "Syd", "Århus", "Aabenraa"]
        .into_iter()
        .enumerate()
    {
        let mut record = fixture(FIRST);
        record.network.name = name.to_string();
        record.id = format!("2026-03-1{i}-0900-{}-standard", runde::store::slug(name));
        store.save_record(&record).unwrap();
    }
    let index = ReviewIndex::open(&store).unwrap();
    assert_eq!(
        index.networks().unwrap(),
        ["Syd", "Ældreplejeledere", "Øst", "Aabenraa", "Århus"]
    );
}

#[test]
fn search_finds_words_and_prefixes_in_danish() {
    let (_dir, store) = home_with(&[FIRST, SECOND, OTHER]);
    let index = ReviewIndex::open(&store).unwrap();
    assert_eq!(
        search(&index, "sygefravær", false),
        vec![
            "Sygefravær handler oftere om trivsel end om sygdom.",
            "Erik deler sin tjekliste til sygefraværssamtaler.",
        ]
    );
    let hits = search(&index, "SYGEFRAVÆR", false);
    assert_eq!(hits.len(), 2, "{hits:?}");
    assert_eq!(
        search(&index, "trivselsm", false),
        vec!["Hvordan bruger vi de nye trivselsmålinger?"]
    );
    assert_eq!(
        search(&index, "mødes nordhal", false),
        vec!["Vi mødes i Nordhallen fremover."]
    );
    assert!(search(&index, "\"* OR NEAR(", false).is_empty());
    assert!(search(&index, "   ", false).is_empty());
    let hits = index
        .search(&SearchQuery {
            text: "trivsel".into(),
            network: Some("dagtilbud nord".into()),
            ..Default::default()
        })
        .unwrap()
        .hits;
    assert_eq!(hits.len(), 1, "{hits:?}");
    assert_eq!(hits[0].network, "Dagtilbud Nord");
    assert_eq!(hits[0].kind, NoteKind::Action);
}

#[test]
fn private_notes_are_found_only_when_asked() {
    let (_dir, store) = home_with(&[FIRST, SECOND]);
    let index = ReviewIndex::open(&store).unwrap();
    assert!(search(&index, "indsigt", false).is_empty());
    assert!(search(&index, "medarbejder", false).is_empty());
    assert_eq!(search(&index, "indsigt", true).len(), 1);
    assert_eq!(search(&index, "medarbejder", true).len(), 2);
    let hit = &index
        .search(&SearchQuery {
            text: "indsigt".into(),
            include_private: true,
            ..Default::default()
        })
        .unwrap()
        .hits[0];
    assert!(hit.private);
    assert_eq!(hit.kind, NoteKind::Note);
    assert_eq!(hit.step_title.get(runde::text::Lang::Da), "Logbog");
}

#[test]
fn an_action_done_next_time_leaves_the_open_list() {
    let (_dir, store) = home_with(&[FIRST]);
    let index = ReviewIndex::open(&store).unwrap();
    let open: Vec<u32> = index
        .open_actions("Skoleledere Øst", None)
        .unwrap()
        .iter()
        .map(|a| a.note)
        .collect();
    assert_eq!(open, vec![6, 7, 8]);
    drop(index);

    store.save_record(&fixture(SECOND)).unwrap();
    let index = ReviewIndex::open(&store).unwrap();
    let open: Vec<(String, u32)> = index
        .open_actions("skoleledere øst", None)
        .unwrap()
        .into_iter()
        .map(|a| (a.session, a.note))
        .collect();
    assert_eq!(open, vec![(FIRST.to_string(), 8), (SECOND.to_string(), 1)]);
    let done = index
        .actions(None)
        .unwrap()
        .into_iter()
        .find(|a| a.action.note == 7 && a.action.session == FIRST)
        .unwrap();
    assert_eq!(done.action.status, ActionStatus::Done);

    // The pure function over the records agrees with the index.
    let pure: Vec<(String, u32)> = runde::model::follow_ups::open_actions(
        &[fixture(FIRST), fixture(SECOND)],
        "Skoleledere Øst",
        None,
    )
    .into_iter()
    .map(|a| (a.session, a.note))
    .collect();
    assert_eq!(pure, open);
}

#[test]
fn a_moved_action_stays_open_for_the_next_meeting() {
    let mut second = fixture(SECOND);
    for f in &mut second.follow_ups {
        if f.note == 6 {
            f.status = ActionStatus::Moved;
        }
    }
    let (_dir, store) = home_with(&[FIRST]);
    store.save_record(&second).unwrap();
    let index = ReviewIndex::open(&store).unwrap();
    let open: Vec<(String, u32, ActionStatus)> = index
        .open_actions("Skoleledere Øst", None)
        .unwrap()
        .into_iter()
        .map(|a| (a.session, a.note, a.status))
        .collect();
    assert_eq!(
        open,
        vec![
            (FIRST.to_string(), 6, ActionStatus::Moved),
            (FIRST.to_string(), 8, ActionStatus::Open),
            (SECOND.to_string(), 1, ActionStatus::Open),
        ]
    );
    let pure: Vec<(String, u32, ActionStatus)> =
        runde::model::follow_ups::open_actions(&[fixture(FIRST), second], "Skoleledere Øst", None)
            .into_iter()
            .map(|a| (a.session, a.note, a.status))
            .collect();
    assert_eq!(pure, open);
    let first_moved = store
        .lookup()
        .actions(Some("Skoleledere Øst"))
        .into_iter()
        .find(|a| a.action.note == 6 && a.action.session == FIRST)
        .unwrap();
    assert!(first_moved.action.status.is_open());
}

#[test]
fn never_stale_after_edits_and_deletes() {
    let (_dir, store) = home_with(&[FIRST, SECOND]);
    let index = ReviewIndex::open(&store).unwrap();
    assert!(search(&index, "kaffemaskine", false).is_empty());
    drop(index);

    let mut record = fixture(FIRST);
    record.notes.push(Note {
        id: 99,
        kind: NoteKind::Decision,
        text: "Vi køber en ny kaffemaskine.".into(),
        at: record.started,
        step: 3,
        participant: None,
        owner: None,
        due: None,
        private: false,
        status: None,
    });
    store.save_record(&record).unwrap();
    fs::remove_file(store.record_path(SECOND).unwrap()).unwrap();

    let index = ReviewIndex::open(&store).unwrap();
    assert_eq!(search(&index, "kaffemaskine", false).len(), 1);
    let ids: Vec<String> = index
        .sessions(&SessionFilter::default())
        .unwrap()
        .into_iter()
        .map(|s| s.id)
        .collect();
    assert_eq!(ids, vec![FIRST]);
}

#[test]
fn a_save_reaches_an_open_index_on_its_next_refresh() {
    let (_dir, store) = home_with(&[FIRST]);
    let mut index = ReviewIndex::open(&store).unwrap();
    let record = fixture(OTHER);
    store.save_record(&record).unwrap();
    assert_eq!(index.sessions(&SessionFilter::default()).unwrap().len(), 1);
    index.refresh().unwrap();
    assert_eq!(index.sessions(&SessionFilter::default()).unwrap().len(), 2);
}

#[test]
fn a_damaged_or_older_index_is_rebuilt() {
    let (_dir, store) = home_with(&[FIRST, SECOND]);
    let path = store.paths().index_file();
    drop(ReviewIndex::open(&store).unwrap());
    for suffix in ["-wal", "-shm"] {
        let _ = fs::remove_file(format!("{}{suffix}", path.display()));
    }
    fs::write(&path, b"this is not a database, and never was one").unwrap();
    let index = ReviewIndex::open(&store).unwrap();
    assert_eq!(index.sessions(&SessionFilter::default()).unwrap().len(), 2);
    drop(index);

    {
        let conn = rusqlite::Connection::open(&path).unwrap();
        conn.execute_batch("PRAGMA user_version = 0; DELETE FROM sessions;")
            .unwrap();
    }
    let index = ReviewIndex::open(&store).unwrap();
    assert_eq!(index.sessions(&SessionFilter::default()).unwrap().len(), 2);

    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = fs::metadata(&path).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600);
    }
}

#[test]
fn a_broken_record_is_a_problem_not_a_failure() {
    let (_dir, store) = home_with(&[FIRST]);
    let bad = store
        .paths()
        .records_dir()
        .join("2026-05-01-0900-x-standard.ron");
    fs::write(&bad, "(version: 1, id: \"x\", status: Finishd)").unwrap();
    let index = ReviewIndex::open(&store).unwrap();
    assert_eq!(index.sessions(&SessionFilter::default()).unwrap().len(), 1);
    let problems = index.problems().unwrap();
    assert_eq!(problems.len(), 1);
    assert!(
        problems[0]
            .to_string()
            .contains("2026-05-01-0900-x-standard.ron:1:"),
        "{}",
        problems[0]
    );
}

#[test]
fn an_index_that_cannot_be_written_falls_back_to_memory() {
    let (_dir, store) = home_with(&[FIRST, SECOND]);
    // A folder where the index file should be: no SQLite file can go there,
    // as with a read-only shared folder, even for root.
    fs::create_dir_all(store.paths().index_file().join("blocked")).unwrap();
    let index = ReviewIndex::open(&store).unwrap();
    assert_eq!(index.sessions(&SessionFilter::default()).unwrap().len(), 2);
    assert_eq!(search(&index, "sygefravær", false).len(), 2);
}
