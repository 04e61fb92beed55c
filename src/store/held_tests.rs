use super::*;
use crate::clock::FakeClock;
use crate::engine::{Msg, NewNote, NewSession, Session};
use crate::model::Network;
use crate::model::plan::NoteKind;
use crate::store::Paths;

fn store() -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::new(Paths::under(dir.path()));
    (dir, store)
}

fn session(clock: &FakeClock) -> Session {
    let plan = crate::bundled::PLANS
        .iter()
        .find(|(id, _)| *id == "standard")
        .map(|(_, src)| ron::from_str(src).unwrap())
        .unwrap();
    let network = Network::ad_hoc(&["Anne", "Bo", "Carla"]);
    Session::start(NewSession::with_everyone(plan, network), clock)
}

fn note(session: &mut Session, clock: &FakeClock, text: &str) {
    clock.advance_secs(5);
    session.update(
        Msg::AddNote(NewNote {
            kind: NoteKind::Note,
            text: text.into(),
            private: false,
            owner: None,
            due: None,
            about: crate::engine::About::Speaker,
        }),
        clock,
    );
}

fn texts(record: &Record) -> Vec<&str> {
    record.notes.iter().map(|n| n.text.as_str()).collect()
}

#[test]
fn a_second_meeting_of_the_same_minute_gets_its_own_id_while_the_first_holds_its_lock() {
    let (_dir, store) = store();
    let clock = FakeClock::default();
    let first = session(&clock);
    let second = session(&clock);
    assert_eq!(
        first.record().id,
        second.record().id,
        "same minute, plan, people"
    );

    // The first holds its id but has not written its record yet.
    let lock = store.lock_record(&first.record().id).unwrap();
    let (_held, written) = store.create_record(second.record()).unwrap();
    assert_eq!(written.id, format!("{}-2", first.record().id));
    drop(lock);

    // A third, once the first is on disk and let go of: neither id.
    store.save_record(first.record()).unwrap();
    let (_held3, third) = store.create_record(first.record()).unwrap();
    assert_eq!(third.id, format!("{}-3", first.record().id));
    assert_eq!(store.record_ids().len(), 3);
}

#[test]
fn a_new_meeting_is_on_disk_and_loads_the_moment_it_is_created() {
    let (_dir, store) = store();
    let clock = FakeClock::default();
    let s = session(&clock);
    let (held, written) = store.create_record(s.record()).unwrap();
    assert_eq!(store.load_record(held.id()).unwrap(), written);
    assert!(store.paths().lock_file(held.id()).exists());
    drop(held);
    assert!(
        !store.paths().lock_file(&written.id).exists(),
        "the lock goes with it"
    );
}

#[test]
fn a_record_changed_on_disk_is_merged_not_written_over() {
    let (_dir, store) = store();
    let clock = FakeClock::default();
    let mut ours = session(&clock);
    note(&mut ours, &clock, "N1");
    let (mut held, _) = store.create_record(ours.record()).unwrap();

    // Another writer without the lock adds N2 and moves on a step.
    let mut theirs = Session::resume(store.load_record(held.id()).unwrap(), &clock);
    note(&mut theirs, &clock, "N2");
    theirs.update(Msg::NextStep, &clock);
    store.save_record(theirs.record()).unwrap();

    note(&mut ours, &clock, "N3 ours");
    let saved = store.save_held(&mut held, ours.record()).unwrap();
    let Saved::Merged { record, kept } = saved else {
        panic!("the change on disk went unnoticed");
    };
    assert_eq!(kept, 1);
    assert_eq!(texts(&record), ["N1", "N2", "N3 ours"]);
    assert_eq!(record.live.step, 1, "carries on from the newer copy");
    let on_disk = store.load_record(held.id()).unwrap();
    assert_eq!(on_disk, *record);

    // The merge is now what this runde last wrote: the next save is plain.
    let next = Session::resume(*record, &clock);
    assert!(matches!(
        store.save_held(&mut held, next.record()).unwrap(),
        Saved::Written
    ));
}

#[test]
fn a_record_that_no_longer_loads_is_not_written_over() {
    let (_dir, store) = store();
    let clock = FakeClock::default();
    let mut ours = session(&clock);
    let (mut held, _) = store.create_record(ours.record()).unwrap();
    let path = store.record_path(held.id()).unwrap();
    std::fs::write(&path, "(version: 1, id: ").unwrap();
    note(&mut ours, &clock, "N1");
    let err = store.save_held(&mut held, ours.record()).unwrap_err();
    assert!(matches!(err, StoreError::Unreadable { .. }), "{err}");
    assert!(
        err.to_string().contains(":1:"),
        "names line and column: {err}"
    );
    assert_eq!(std::fs::read_to_string(&path).unwrap(), "(version: 1, id: ");
}

#[test]
fn a_record_is_taken_under_its_lock_and_read_then() {
    let (_dir, store) = store();
    let clock = FakeClock::default();
    let mut s = session(&clock);
    note(&mut s, &clock, "N1");
    let (held, _) = store.create_record(s.record()).unwrap();
    let id = held.id().to_string();
    assert!(matches!(
        store.take_record(&id, Duration::ZERO),
        Err(StoreError::Locked { .. })
    ));
    drop(held);
    let (_held, record) = store.take_record(&id, Duration::ZERO).unwrap();
    assert_eq!(texts(&record), ["N1"]);
}
