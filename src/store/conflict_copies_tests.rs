use super::*;
use crate::model::Network;
use std::cell::Cell;

fn folder_with_copy() -> (tempfile::TempDir, NetworkRoot, PathBuf, PathBuf) {
    let tmp = tempfile::tempdir().unwrap();
    let root = NetworkRoot::shared(tmp.path());
    fs::create_dir_all(root.networks_dir()).unwrap();
    let ron = |n: &Network| ron::ser::to_string_pretty(n, Default::default()).unwrap();
    let original = root.networks_dir().join("nord.ron");
    let copy = root
        .networks_dir()
        .join("nord (conflicted copy 2026-12-03).ron");
    fs::write(&original, ron(&Network::new("Nord", &["Anne", "Bo"]))).unwrap();
    fs::write(&copy, ron(&Network::new("Nord", &["Anne", "Carla"]))).unwrap();
    (tmp, root, original, copy)
}

#[test]
fn the_copy_is_still_there_while_the_merged_file_is_written() {
    let (_tmp, root, original, copy) = folder_with_copy();
    let wrote = Cell::new(false);
    let settled = settle(&root, &|path: &Path, bytes: &[u8]| {
        assert!(copy.exists(), "the copy went before the merge was written");
        wrote.set(true);
        atomic::write(path, bytes)
    });
    assert!(wrote.get());
    assert_eq!(settled.merged, std::slice::from_ref(&copy));
    assert!(!copy.exists());
    let text = fs::read_to_string(&original).unwrap();
    assert!(text.contains("Bo") && text.contains("Carla"), "{text}");
}

#[test]
fn a_merge_that_cannot_be_written_keeps_the_copy_and_names_it() {
    let (_tmp, root, original, copy) = folder_with_copy();
    let before = fs::read_to_string(&original).unwrap();
    let settled = settle(&root, &|_: &Path, _: &[u8]| {
        Err(io::Error::other("disk full"))
    });
    assert!(copy.exists());
    assert_eq!(fs::read_to_string(&original).unwrap(), before);
    assert_eq!(settled.kept, std::slice::from_ref(&copy));
    assert_eq!(settled.problems.len(), 1);
    assert!(
        settled.problems[0].message.contains("disk full"),
        "{}",
        settled.problems[0]
    );
}
