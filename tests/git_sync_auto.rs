//! `sync: "auto"` through the real binary in a pseudo-terminal: the
//! meeting held on the other laptop comes in before the attendance check
//! (so today's suggestions count it), and a meeting quit here goes to the
//! remote when runde closes.
// A test stops on a failed set-up: it may unwrap.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use chrono::NaiveDate;
use common::git::{Machine, bare_remote, git, note, ok};
use common::pty::Term;
use runde::model::{Network, NoteKind};
use runde::rotation::sample::{Meeting, record};

const NAME: &str = "Skoleledere Syd";

#[test]
fn auto_sync_brings_the_other_laptops_meeting_before_attendance_and_sends_ours_after() {
    let tmp = tempfile::tempdir().unwrap();
    let remote = bare_remote(tmp.path());
    let a = Machine::cloned(&remote, Some("Anne"));
    let network = Network::new(NAME, &["Anne", "Bo", "Carla"]);
    a.store().save_network(&network).unwrap();
    ok(&a.runde(&["network", "share", NAME, &a.clone.display().to_string()]));
    a.sync();
    let b = Machine::cloned(&remote, Some("Bo"));
    ok(&b.runde(&["network", "join", &b.clone.display().to_string()]));
    std::fs::create_dir_all(b.home.path().join("config")).unwrap();
    std::fs::write(
        b.home.path().join("config/config.ron"),
        "(\n    version: 1,\n    sync: \"auto\",\n)\n",
    )
    .unwrap();

    // Anne facilitates a meeting on A, after B joined.
    let present = network.names();
    let day = NaiveDate::from_ymd_opt(2026, 11, 2).unwrap();
    let mut held = record(
        &network,
        day,
        &Meeting {
            present: present.clone(),
            facilitator: Some("Anne".to_string()),
            note_taker: Some("Bo".to_string()),
            timekeeper: Some("Carla".to_string()),
            case_givers: vec!["Carla".to_string()],
            interviewers: vec!["Bo".to_string()],
            urgent_bids: Vec::new(),
            airtime: present.iter().map(|p| (p.clone(), 60)).collect(),
        },
    );
    held.notes = vec![note(&held, 1, NoteKind::Decision, "Besøg i januar", false)];
    a.store().save_record(&held).unwrap();
    a.sync();

    // On B: the attendance check suggests as if it had been there.
    let mut term = Term::spawn(b.home.path(), &["start", "--network", NAME]);
    term.wait_for("Today's roles");
    let screen = term.contents();
    let facilitator = screen
        .lines()
        .find(|l| l.contains("facilitator"))
        .expect("a facilitator line")
        .to_string();
    assert!(!facilitator.contains("Anne"), "{screen}");
    assert!(facilitator.contains("Bo"), "{screen}");
    // Start the meeting, quit it (saved, unfinished): it goes to the remote.
    term.send("\r");
    term.wait_for("q quit");
    term.send("q");
    term.wait_for("Quit?");
    term.send("y");
    term.wait_exit();
    // (Signed as the host's git user: the pty passes no git config.)
    let on_remote = git(&remote, &["log", "--format=%s", "main"]);
    let newest = on_remote.lines().next().unwrap_or("");
    assert!(
        newest.starts_with("runde: Skoleledere Syd – meeting "),
        "{on_remote}"
    );
    assert_eq!(b.store().records().items.len(), 2);
    assert!(a.sync().contains("Came in: 1 meeting"));
}
