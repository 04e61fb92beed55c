//! `runde export --output` replaces nothing by surprise: `-` is standard
//! output, an existing file needs `--force` (and keeps its permissions),
//! and a link, a hard-linked file, a folder or a device is never replaced.
//! Each case failed before: the temp file was renamed over whatever the
//! name pointed at (as root, `/dev/stdout` and `/dev/full` became files).
// A test stops on a failed set-up: it may unwrap.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::fs;
use std::os::unix::fs::{FileTypeExt, MetadataExt, PermissionsExt};
use std::path::Path;
use std::process::{Command, Output};

/// `runde export latest --output TARGET [extra]`, run in `home`.
fn export_to(home: &Path, target: &str, extra: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_runde"))
        .args(["export", "latest", "--output", target])
        .args(extra)
        .current_dir(home)
        .env("RUNDE_HOME", home)
        .env("LANG", "C")
        .output()
        .unwrap()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// Refused with exit 2, a message holding `why`, and no "saved" claim.
fn assert_refused(out: &Output, why: &str) {
    assert_eq!(out.status.code(), Some(2), "{}", stderr(out));
    assert!(stderr(out).contains(why), "{}", stderr(out));
    assert!(
        !stderr(out).contains("The minutes are in"),
        "{}",
        stderr(out)
    );
}

#[test]
fn a_dash_is_standard_output() {
    let home = common::review_home();
    let out = export_to(home.path(), "-", &[]);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.starts_with("# Minutes: Dagtilbud Nord\n"), "{text}");
    assert!(!home.path().join("-").exists(), "no file named -");
}

#[test]
fn an_existing_file_is_replaced_only_with_force_and_keeps_its_mode() {
    let home = common::review_home();
    let file = home.path().join("minutes.md");
    fs::write(&file, "mine\n").unwrap();
    fs::set_permissions(&file, fs::Permissions::from_mode(0o640)).unwrap();
    let out = export_to(home.path(), "minutes.md", &["--lang", "en"]);
    assert_refused(&out, "minutes.md exists already; add --force to replace it");
    assert_eq!(fs::read_to_string(&file).unwrap(), "mine\n");

    let out = export_to(home.path(), "minutes.md", &["--force"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(fs::read_to_string(&file).unwrap().starts_with("# Minutes"));
    let mode = fs::metadata(&file).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o640, "the file keeps the mode its owner gave it");

    let out = export_to(home.path(), "minutes.md", &["--lang", "da"]);
    assert_refused(&out, "findes allerede; tilføj --force");
}

#[test]
fn a_new_file_is_for_the_user_only() {
    let home = common::review_home();
    let out = export_to(home.path(), "new.md", &[]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stderr(&out).contains("The minutes are in new.md"));
    let mode = fs::metadata(home.path().join("new.md")).unwrap().mode() & 0o777;
    assert_eq!(mode, 0o600);
}

#[test]
fn a_link_is_never_replaced_even_with_force() {
    let home = common::review_home();
    let target = home.path().join("target.md");
    fs::write(&target, "mine\n").unwrap();
    std::os::unix::fs::symlink("target.md", home.path().join("link.md")).unwrap();
    std::os::unix::fs::symlink("nowhere.md", home.path().join("dangling.md")).unwrap();
    for name in ["link.md", "dangling.md"] {
        let out = export_to(home.path(), name, &["--force", "--lang", "en"]);
        assert_refused(&out, "is a link, and runde never replaces a link");
        let meta = fs::symlink_metadata(home.path().join(name)).unwrap();
        assert!(meta.file_type().is_symlink(), "{name} is still a link");
    }
    assert_eq!(fs::read_to_string(&target).unwrap(), "mine\n");
    assert!(!home.path().join("nowhere.md").exists());
}

#[test]
fn a_hard_linked_file_is_not_parted_from_its_other_name() {
    let home = common::review_home();
    let file = home.path().join("a.md");
    fs::write(&file, "mine\n").unwrap();
    fs::hard_link(&file, home.path().join("b.md")).unwrap();
    let out = export_to(home.path(), "a.md", &["--force", "--lang", "en"]);
    assert_refused(&out, "a.md has 2 names (hard links)");
    assert_eq!(fs::metadata(&file).unwrap().nlink(), 2);
    assert_eq!(fs::read_to_string(&file).unwrap(), "mine\n");
}

#[test]
fn a_folder_or_a_device_is_never_replaced() {
    let home = common::review_home();
    fs::create_dir(home.path().join("out")).unwrap();
    let out = export_to(home.path(), "out", &["--force", "--lang", "en"]);
    assert_refused(
        &out,
        "out is a folder; name a file in it, such as out/minutes.md",
    );
    assert!(home.path().join("out").is_dir());

    // A named pipe stands in for a device: renaming over /dev/full itself
    // is what the bug did, and a test must not risk that.
    let fifo = home.path().join("pipe");
    let c_path = std::ffi::CString::new(fifo.to_str().unwrap()).unwrap();
    // SAFETY: a valid C string and a mode; mkfifo touches nothing else.
    assert_eq!(unsafe { libc::mkfifo(c_path.as_ptr(), 0o600) }, 0);
    let out = export_to(home.path(), "pipe", &["--force", "--lang", "da"]);
    assert_refused(&out, "pipe er ikke en almindelig fil");
    assert!(
        fs::symlink_metadata(&fifo).unwrap().file_type().is_fifo(),
        "still a pipe"
    );
}

#[test]
fn a_missing_folder_is_an_error_not_a_saved_file() {
    let home = common::review_home();
    let out = export_to(home.path(), "nowhere/minutes.md", &["--lang", "en"]);
    assert_refused(&out, "could not write nowhere/minutes.md");
}
