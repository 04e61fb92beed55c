//! `runde sync` with real git, no mocks: a bare repository and two data
//! homes (two machines) on this machine. A meeting with a shared and a
//! private note goes from A to B; B's goes back; the private notes are in
//! no file of either clone and in no commit. Also: no git identity, no
//! remote, a remote that cannot be reached or does not answer, no git.
// A test stops on a failed set-up: it may unwrap.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use chrono::NaiveDate;
use common::git::{Machine, bare_remote, files_holding, git, network_of, note, ok};
use runde::model::past::PastMeeting;
use runde::model::record::Record;
use runde::model::{Network, NoteKind};
use runde::rotation::sample::{Meeting, record};
use runde::rotation::{Day, suggest};
use runde::store::git_sync::Remote;
use runde::text::Lang;
use std::time::Duration;

const NAME: &str = "Skoleledere Øst";
const PRIVATE_A: &str = "Carla overvejer at sige op";
const PRIVATE_B: &str = "Bo har det svært derhjemme";
const SHARED_A: &str = "Budgettet for efteråret ligger fast";

fn day(m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, m, d).unwrap()
}

/// A finished meeting of `network` on `date` run by `facilitator`, with a
/// shared note and a private one.
fn meeting(
    network: &Network,
    date: NaiveDate,
    facilitator: &str,
    shared: &str,
    private: &str,
) -> Record {
    let present: Vec<String> = network.names();
    let mut r = record(
        network,
        date,
        &Meeting {
            present: present.clone(),
            facilitator: Some(facilitator.to_string()),
            note_taker: present.iter().find(|p| *p != facilitator).cloned(),
            timekeeper: None,
            case_givers: Vec::new(),
            interviewers: Vec::new(),
            urgent_bids: Vec::new(),
            airtime: present.iter().map(|p| (p.clone(), 60)).collect(),
        },
    );
    let shared_note = note(&r, 1, NoteKind::Decision, shared, false);
    let private_note = note(&r, 2, NoteKind::Note, private, true);
    r.notes = vec![shared_note, private_note];
    r
}

/// Who runde suggests as facilitator on `date`, from what `m` has.
fn next_facilitator(m: &Machine, date: NaiveDate) -> Option<String> {
    let store = m.store();
    let network = network_of(&store, NAME);
    let records: Vec<Record> = store
        .records()
        .items
        .into_iter()
        .filter(|r| r.network.name == NAME)
        .collect();
    let facts = PastMeeting::all(&records);
    let refs: Vec<&PastMeeting> = facts.iter().collect();
    suggest(&network, &refs, &Day::new(date))
        .facilitator
        .map(|s| s.name)
}

/// Machine A with the network shared into its clone and one meeting;
/// machine B joined. Both in sync.
fn two_machines(remote: &std::path::Path) -> (Machine, Machine) {
    let a = Machine::cloned(remote, Some("Anne"));
    let network = Network::new(NAME, &["Anne", "Bo", "Carla"]);
    a.store().save_network(&network).unwrap();
    ok(&a.runde(&["network", "share", NAME, &a.clone.display().to_string()]));
    a.store()
        .save_record(&meeting(&network, day(11, 2), "Anne", SHARED_A, PRIVATE_A))
        .unwrap();
    let said = a.sync();
    assert!(
        said.contains(
            "Committed: runde: Skoleledere Øst – the network file, meeting 2 November 2026."
        ),
        "{said}"
    );
    assert!(said.contains("Pushed to origin."), "{said}");
    let b = Machine::cloned(remote, Some("Bo"));
    ok(&b.runde(&["network", "join", &b.clone.display().to_string()]));
    let said = b.sync();
    assert!(said.contains("Nothing new from here."), "{said}");
    assert!(said.contains("In step with origin."), "{said}");
    (a, b)
}

#[test]
fn two_machines_take_turns_and_private_notes_stay_home() {
    let tmp = tempfile::tempdir().unwrap();
    let remote = bare_remote(tmp.path());
    let (a, b) = two_machines(&remote);

    // B lists A's meeting, finds its shared note, and its suggestions
    // count it: Anne facilitated, so she is not next.
    let listed = ok(&b.runde(&["sessions"]));
    assert!(listed.contains("2026-11-02"), "{listed}");
    let found = ok(&b.runde(&["search", "Budgettet"]));
    assert!(found.contains(SHARED_A), "{found}");
    let next_on_b = next_facilitator(&b, day(12, 7));
    assert_eq!(next_on_b, next_facilitator(&a, day(12, 7)));
    assert_ne!(next_on_b.as_deref(), Some("Anne"));
    let shown_a = ok(&a.runde(&["network", "show", NAME]));
    assert_eq!(ok(&b.runde(&["network", "show", NAME])), shown_a);

    // B runs the next meeting and syncs; A sees it.
    let network = network_of(&b.store(), NAME);
    let next = meeting(
        &network,
        day(12, 1),
        "Bo",
        "Besøg hos forvaltningen i januar",
        PRIVATE_B,
    );
    b.store().save_record(&next).unwrap();
    let said = b.sync();
    assert!(
        said.contains("Committed: runde: Skoleledere Øst – meeting 1 December 2026."),
        "{said}"
    );
    let said = a.sync();
    assert!(said.contains("Came in: 1 meeting"), "{said}");
    assert!(said.contains("Nothing new from here."), "{said}");
    let listed = ok(&a.runde(&["sessions"]));
    assert!(listed.contains("2026-12-01"), "{listed}");
    assert_eq!(a.store().load_record(&next.id).unwrap().notes.len(), 1);
    assert_eq!(b.store().load_record(&next.id).unwrap(), next);

    // The private notes: on the machine that took them only, in no file
    // of either clone, in no commit (nor in the bare remote's objects).
    for m in [&a, &b] {
        for text in [PRIVATE_A, PRIVATE_B] {
            assert_eq!(
                files_holding(&m.clone, text),
                Vec::<std::path::PathBuf>::new()
            );
            assert!(!m.history().contains(text), "{text} in a commit");
        }
    }
    let everything = git(&remote, &["log", "-p", "--all"]);
    assert!(everything.contains(SHARED_A));
    assert!(!everything.contains(PRIVATE_A) && !everything.contains(PRIVATE_B));
    let found = ok(&a.runde(&["search", "Carla", "--include-private"]));
    assert!(found.contains(PRIVATE_A), "{found}");
    assert!(
        !b.runde(&["search", "Carla", "--include-private"])
            .status
            .success()
    );
    // Commits name the meeting and are signed by the machine's user.
    let log = git(&a.clone, &["log", "--format=%an %s"]);
    assert!(
        log.contains("Bo runde: Skoleledere Øst – meeting 1 December 2026"),
        "{log}"
    );
    // Only runde's files and runde's .gitignore are tracked.
    let tracked = git(&a.clone, &["ls-files"]);
    for file in tracked.lines() {
        assert!(
            file == ".gitignore" || file.starts_with("networks/") || file.starts_with("records/"),
            "{file}"
        );
    }
}

/// A charter rewritten differently on both machines cannot be merged
/// safely: said, with the file named, exit code 2, and nothing lost.
#[test]
fn a_charter_rewritten_on_both_machines_at_once_is_named_and_never_lost() {
    let tmp = tempfile::tempdir().unwrap();
    let remote = bare_remote(tmp.path());
    let (a, b) = two_machines(&remote);
    for (m, purpose) in [(&a, "Sparring"), (&b, "Faglig udvikling")] {
        let mut network = network_of(&m.store(), NAME);
        network.charter.purpose = vec![purpose.to_string()];
        m.store().save_network(&network).unwrap();
    }
    a.sync();
    let out = b.runde(&["sync"]);
    let said = String::from_utf8_lossy(&out.stdout).into_owned();
    // Nothing half-done: B's edit in B's commit, A's on the remote, no
    // rebase left behind, nothing pushed.
    assert_eq!(out.status.code(), Some(2), "{said}");
    assert!(said.contains("changed the same files"), "{said}");
    assert!(said.contains("networks/skoleledere-oest.ron"), "{said}");
    assert!(said.contains("git rebase origin/main"), "{said}");
    assert_eq!(
        network_of(&b.store(), NAME).charter.purpose,
        ["Faglig udvikling"]
    );
    assert!(
        git(
            &b.clone,
            &["show", "origin/main:networks/skoleledere-oest.ron"]
        )
        .contains("Sparring")
    );
    assert_eq!(git(&b.clone, &["status", "--porcelain"]), "");
    assert!(
        !git(&remote, &["show", "main:networks/skoleledere-oest.ron"]).contains("Faglig udvikling")
    );
}

#[test]
fn a_meeting_changed_on_both_machines_keeps_every_note() {
    let tmp = tempfile::tempdir().unwrap();
    let remote = bare_remote(tmp.path());
    let (a, b) = two_machines(&remote);
    let id = a.store().records().items[0].id.clone();
    // Each adds a note to the minutes afterwards, on its own laptop.
    for (m, text, minutes) in [(&a, "Tilføjet på A", 130), (&b, "Tilføjet på B", 140)] {
        let mut r = m.store().load_record(&id).unwrap();
        let mut added = note(&r, 3, NoteKind::Note, text, false);
        added.at = r.started + chrono::Duration::minutes(minutes);
        r.notes.push(added);
        m.store().save_record(&r).unwrap();
    }
    a.sync();
    let said = b.sync();
    assert!(
        said.contains(&format!(
            "Changed on both machines and merged, every note kept: records/{id}.ron."
        )),
        "{said}"
    );
    assert!(said.contains("Pushed to origin."), "{said}");
    let said = a.sync();
    assert!(said.contains("Came in: 1 meeting changed."), "{said}");
    for m in [&a, &b] {
        let texts: Vec<String> = m
            .store()
            .load_record(&id)
            .unwrap()
            .notes
            .into_iter()
            .map(|n| n.text)
            .collect();
        assert!(texts.contains(&"Tilføjet på A".to_string()), "{texts:?}");
        assert!(texts.contains(&"Tilføjet på B".to_string()), "{texts:?}");
        assert!(texts.contains(&SHARED_A.to_string()), "{texts:?}");
        assert!(!m.history().contains(PRIVATE_A));
    }
    // A's private note is still A's alone.
    assert!(
        a.store()
            .load_record(&id)
            .unwrap()
            .notes
            .iter()
            .any(|n| n.text == PRIVATE_A)
    );
    assert_eq!(git(&b.clone, &["status", "--porcelain"]), "");
}

/// The gate for 18.4: when the network file's merge exists, `runde sync`
/// keeps both roster edits (see the test above, which takes that path).
#[test]
fn roster_edits_on_both_machines_at_once_are_merged() {
    let tmp = tempfile::tempdir().unwrap();
    let remote = bare_remote(tmp.path());
    let (a, b) = two_machines(&remote);
    ok(&a.runde(&["network", "add", NAME, "Dorte"]));
    ok(&b.runde(&["network", "add", NAME, "Erik"]));
    a.sync();
    b.sync();
    a.sync();
    for m in [&a, &b] {
        let names = network_of(&m.store(), NAME).names();
        assert_eq!(names, ["Anne", "Bo", "Carla", "Dorte", "Erik"]);
    }
}

#[test]
fn without_a_git_identity_or_remote_runde_commits_as_itself() {
    let home = tempfile::tempdir().unwrap();
    let m = Machine {
        clone: home.path().join("netvaerk"),
        home,
        gitconfig: None,
    };
    std::fs::create_dir(&m.clone).unwrap();
    git(&m.clone, &["init", "-q", "-b", "main"]);
    let network = Network::new(NAME, &["Anne", "Bo"]);
    m.store().save_network(&network).unwrap();
    ok(&m.runde(&["network", "share", NAME, &m.clone.display().to_string()]));
    let out = m.runde(&["sync", NAME]);
    let said = ok(&out);
    assert!(
        said.contains("The folder has no remote: committed here only."),
        "{said}"
    );
    let author = git(&m.clone, &["log", "--format=%an <%ae>"]);
    assert!(author.starts_with("runde ("), "{author}");
    assert!(author.contains(".invalid>"), "{author}");
    // Nothing new: nothing committed again.
    let said = ok(&m.runde(&["sync", "--lang", "da"]));
    assert!(said.contains("Intet nyt herfra."), "{said}");
    assert_eq!(git(&m.clone, &["rev-list", "--count", "HEAD"]).trim(), "1");
}

#[test]
fn an_unreachable_remote_keeps_the_local_commit_for_the_next_sync() {
    let tmp = tempfile::tempdir().unwrap();
    let remote = bare_remote(tmp.path());
    let (a, b) = two_machines(&remote);
    // Offline: nothing listens on port 9.
    git(
        &a.clone,
        &[
            "remote",
            "set-url",
            "origin",
            "http://127.0.0.1:9/netvaerk.git",
        ],
    );
    let network = network_of(&a.store(), NAME);
    let next = meeting(
        &network,
        day(12, 1),
        "Bo",
        "Næste gang hos Carla",
        PRIVATE_B,
    );
    a.store().save_record(&next).unwrap();
    let out = a.runde(&["sync"]);
    assert_eq!(out.status.code(), Some(2));
    let said = String::from_utf8_lossy(&out.stdout);
    assert!(
        said.contains("Committed: runde: Skoleledere Øst – meeting 1 December 2026."),
        "{said}"
    );
    assert!(said.contains("Could not reach origin (offline?)"), "{said}");
    assert_eq!(
        git(&a.clone, &["rev-list", "--count", "origin/main..HEAD"]).trim(),
        "1"
    );
    // Back online: the commit goes, B gets it.
    git(
        &a.clone,
        &["remote", "set-url", "origin", &remote.display().to_string()],
    );
    let said = a.sync();
    assert!(
        said.contains("Nothing new from here.") && said.contains("Pushed to origin."),
        "{said}"
    );
    assert!(b.sync().contains("Came in: 1 meeting"));
}

#[test]
fn a_remote_that_does_not_answer_is_given_up_on_at_the_time_limit() {
    let tmp = tempfile::tempdir().unwrap();
    let remote = bare_remote(tmp.path());
    let (a, _b) = two_machines(&remote);
    // An ssh that never answers.
    git(
        &a.clone,
        &[
            "remote",
            "set-url",
            "origin",
            "ssh://example.invalid/netvaerk.git",
        ],
    );
    git(&a.clone, &["config", "core.sshCommand", "sleep 30 #"]);
    let synced = a
        .store()
        .sync_folder(&a.clone, Duration::from_millis(700), Lang::En)
        .unwrap();
    assert!(
        matches!(synced.remote, Remote::TimedOut { .. }),
        "{synced:?}"
    );
}

#[test]
fn without_git_runde_says_so() {
    let tmp = tempfile::tempdir().unwrap();
    let remote = bare_remote(tmp.path());
    let (a, _b) = two_machines(&remote);
    let empty = tempfile::tempdir().unwrap();
    let out = a.runde_with(&["sync"], &[("PATH", &empty.path().display().to_string())]);
    assert_eq!(out.status.code(), Some(2));
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(said.contains("git is not installed"), "{said}");
}

#[test]
fn a_local_network_or_a_folder_outside_git_is_named() {
    let m = Machine {
        home: tempfile::tempdir().unwrap(),
        clone: std::path::PathBuf::new(),
        gitconfig: None,
    };
    m.store()
        .save_network(&Network::new("Nord", &["Anne", "Bo"]))
        .unwrap();
    let out = m.runde(&["sync", "Nord"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("lives on this machine only"));
    let out = m.runde(&["sync"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("no shared network lives in a git work tree")
    );
    let plain = m.home.path().join("delt");
    ok(&m.runde(&["network", "share", "Nord", &plain.display().to_string()]));
    let out = m.runde(&["sync", "Nord"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("is not a git work tree"),
        "{:?}",
        out
    );
}
