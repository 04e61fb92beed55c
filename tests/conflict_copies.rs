//! Conflict copies a sync service leaves in a shared network folder, with
//! real files: each service's name is merged into the original when the
//! network loads, the copy removed; what cannot be merged is named and
//! both files kept; git's conflict markers are merged the same way.
// A test stops on a failed set-up: it may unwrap.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::{sample_record, store_at};
use runde::model::Network;
use runde::model::record::Record;
use runde::store::Store;
use runde::text::Lang;
use std::fs;
use std::path::{Path, PathBuf};

const NAME: &str = "Skoleledere Øst";

struct Shared {
    _home: tempfile::TempDir,
    folder: tempfile::TempDir,
    store: Store,
}

impl Shared {
    fn new() -> Shared {
        let home = tempfile::tempdir().unwrap();
        let folder = tempfile::tempdir().unwrap();
        let store = store_at(home.path());
        store
            .save_network(&Network::new(NAME, &["Anne", "Bo", "Carla"]))
            .unwrap();
        store.share_network(NAME, folder.path()).unwrap();
        Shared {
            _home: home,
            folder,
            store,
        }
    }

    fn networks_dir(&self) -> PathBuf {
        self.folder.path().join("networks")
    }

    fn original(&self) -> PathBuf {
        self.networks_dir().join("skoleledere-oest.ron")
    }

    fn network(&self) -> Network {
        let loaded = self.store.networks();
        assert!(loaded.problems.is_empty(), "{:?}", loaded.problems);
        loaded.items.into_iter().find(|n| n.name == NAME).unwrap()
    }
}

fn ron_of<T: serde::Serialize>(value: &T) -> String {
    ron::ser::to_string_pretty(value, Default::default()).unwrap()
}

fn write(path: &Path, text: &str) {
    fs::write(path, text).unwrap();
}

#[test]
fn each_services_copy_of_the_network_is_merged_and_removed() {
    for copy in [
        "skoleledere-oest (conflicted copy 2026-12-03).ron",
        "skoleledere-oest (Bo's conflicted copy 2026-12-03).ron",
        "skoleledere-oest (conflicted copy 2026-12-03 101500).ron",
        "skoleledere-oest.sync-conflict-20261203-101500-ABCDEFG.ron",
        "skoleledere-oest-LAPTOP-B.ron",
    ] {
        let s = Shared::new();
        // This laptop added Erik; the other one's copy has Dorte.
        let mut here = s.network();
        here.participants
            .push(runde::model::Participant::new("Erik"));
        s.store.save_network(&here).unwrap();
        let copy_path = s.networks_dir().join(copy);
        write(
            &copy_path,
            &ron_of(&Network::new(NAME, &["Anne", "Bo", "Carla", "Dorte"])),
        );
        let names = s.network().names();
        assert_eq!(names, ["Anne", "Bo", "Carla", "Erik", "Dorte"], "{copy}");
        assert!(!copy_path.exists(), "{copy}");
        // What was merged is in the file, not only in memory.
        let on_disk: Network = s.store.read(&s.original()).unwrap();
        assert_eq!(on_disk.names(), names, "{copy}");
    }
}

#[test]
fn a_network_whose_name_only_looks_like_a_onedrive_copy_is_its_own() {
    let s = Shared::new();
    let other = s.networks_dir().join("skoleledere-oest-2.ron");
    write(&other, &ron_of(&Network::new("Skoleledere Øst 2", &["Ib"])));
    let loaded = s.store.networks();
    assert!(loaded.problems.is_empty(), "{:?}", loaded.problems);
    assert!(other.exists());
    let names: Vec<String> = loaded.items.iter().map(|n| n.name.clone()).collect();
    assert!(
        names.contains(&"Skoleledere Øst 2".to_string()),
        "{names:?}"
    );
    assert_eq!(s.network().names(), ["Anne", "Bo", "Carla"]);
}

#[test]
fn a_copy_of_a_meeting_is_merged_by_note_and_removed() {
    let s = Shared::new();
    let dir = s.folder.path().join("records");
    fs::create_dir_all(&dir).unwrap();
    let id = "2026-11-23-skoleledere-oest";
    let original = sample_record(id, 1);
    let mut other = original.clone();
    let mut note = other.notes[0].clone();
    note.id = 2;
    note.text = "Skrevet på Bos maskine".into();
    other.notes.push(note);
    let original_path = dir.join(format!("{id}.ron"));
    let copy_path = dir.join(format!("{id}.sync-conflict-20261203-101500-ABCDEFG.ron"));
    write(&original_path, &ron_of(&original));
    write(&copy_path, &ron_of(&other));
    s.network();
    assert!(!copy_path.exists());
    let merged: Record = s.store.read(&original_path).unwrap();
    let texts: Vec<&str> = merged.notes.iter().map(|n| n.text.as_str()).collect();
    assert_eq!(texts.len(), 2, "{texts:?}");
    assert!(texts.contains(&"Skrevet på Bos maskine"), "{texts:?}");
}

#[test]
fn a_copy_that_cannot_be_merged_safely_is_named_and_both_are_kept() {
    let s = Shared::new();
    let mut here = s.network();
    here.charter.purpose = vec!["Sparring".into()];
    s.store.save_network(&here).unwrap();
    let mut there = Network::new(NAME, &["Anne", "Bo", "Carla"]);
    there.charter.purpose = vec!["Faglig udvikling".into()];
    let copy_path = s
        .networks_dir()
        .join("skoleledere-oest (conflicted copy 2026-12-03).ron");
    write(&copy_path, &ron_of(&there));
    let before = fs::read_to_string(s.original()).unwrap();
    let loaded = s.store.networks();
    assert_eq!(loaded.problems.len(), 1, "{:?}", loaded.problems);
    let said = loaded.problems[0].describe(Lang::En);
    assert!(said.contains(&copy_path.display().to_string()), "{said}");
    assert!(said.contains(&s.original().display().to_string()), "{said}");
    assert!(said.contains("the charter differs"), "{said}");
    let sagt = loaded.problems[0].describe(Lang::Da);
    assert!(
        sagt.contains("netværksaftalen er forskellig") && sagt.contains("begge filer er bevaret"),
        "{sagt}"
    );
    // Both kept as they were; the network loads from its own file.
    assert!(copy_path.exists());
    assert_eq!(fs::read_to_string(s.original()).unwrap(), before);
    let network = loaded.items.iter().find(|n| n.name == NAME).unwrap();
    assert_eq!(network.charter.purpose, ["Sparring"]);
}

#[test]
fn a_network_file_with_gits_conflict_markers_is_merged() {
    let s = Shared::new();
    let ours = ron_of(&Network::new(NAME, &["Anne", "Bo", "Carla", "Dorte"]));
    let theirs = ron_of(&Network::new(NAME, &["Anne", "Bo", "Carla", "Erik"]));
    write(
        &s.original(),
        &format!("<<<<<<< HEAD\n{ours}\n=======\n{theirs}\n>>>>>>> b\n"),
    );
    assert_eq!(
        s.network().names(),
        ["Anne", "Bo", "Carla", "Dorte", "Erik"]
    );
    let text = fs::read_to_string(s.original()).unwrap();
    assert!(!text.contains("<<<<<<<"), "{text}");
}
