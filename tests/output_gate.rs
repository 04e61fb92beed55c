//! No control sequence reaches a terminal through the command line: every
//! command that prints user text (a name, a note, a plan's or theme's
//! text, a file name, an argument quoted back in an error) is run on a home
//! whose files hold escape sequences (clear screen, OSC 52 clipboard write,
//! title change), BEL, C1 controls, right-to-left overrides and zero-width
//! characters. No character below U+0020 but the newline, and none from
//! U+007F to U+009F, may reach stdout or stderr; the hostile text must
//! show up (as U+FFFD) so each row proves it printed it.
// A test stops on a failed set-up: it may unwrap.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use runde::model::plan::NoteKind;
use runde::model::{Network, Plan, Theme};
use std::fs;
use std::path::Path;
use std::process::{Command, Output};

/// Clear screen, OSC 52 clipboard write, title change, BEL, C1 CSI and OSC,
/// RTL override, zero-width space.
const HOSTILE: &str = "\u{1b}[2J\u{1b}]52;c;aGk=\u{7}\u{1b}]0;owned\u{1b}\\\u{9b}31m\u{9d}0;t\u{9c}\u{202E}evil\u{200B}";

fn hostile(name: &str) -> String {
    format!("{name}{HOSTILE}")
}

/// A home whose network, record, plan, theme and config carry `HOSTILE`.
fn hostile_home() -> tempfile::TempDir {
    let (dir, store) = common::temp_store();
    let mut network = Network::demo();
    network.name = hostile("Øst");
    network.participants[0].name = hostile("Anne");
    network.participants[1].name = hostile("Bo");
    store.save_network(&network).expect("network saved");

    let mut record = common::sample_record("2026-11-23-0900-oest-standard", 14);
    record.network = network.clone();
    for (attendance, p) in record.attendance.iter_mut().zip(&network.participants) {
        attendance.participant = p.name.clone();
    }
    for (i, note) in record.notes.iter_mut().enumerate() {
        note.text = format!("Note {i} {} word", hostile("findme"));
        note.private = false;
        if note.kind == NoteKind::Action {
            note.owner = Some(hostile("Anne"));
        }
    }
    store.save_record(&record).expect("record saved");

    let mut plan: Plan = common::standard_plan();
    plan.id = "hostile".to_string();
    plan.title = hostile("Plan").as_str().into();
    plan.description = hostile("Description").as_str().into();
    write(
        &dir.path().join("config/plans/hostile.ron"),
        &ron::to_string(&plan).unwrap(),
    );

    let theme = Theme {
        version: 1,
        id: "hostile".to_string(),
        description: runde::text::Text::Plain(hostile("Theme")),
        colours: Default::default(),
    };
    write(
        &dir.path().join("config/themes/hostile.ron"),
        &ron::to_string(&theme).unwrap(),
    );

    write(
        &dir.path().join(hostile("broken") + ".ron"),
        &format!(
            "(version: 1, id: \"{}\", title: \"x\", steps: [])",
            HOSTILE.escape_default()
        ),
    );
    dir
}

fn write(path: &Path, text: &str) {
    fs::create_dir_all(path.parent().unwrap()).unwrap();
    fs::write(path, text).unwrap();
}

fn runde(home: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_runde"))
        .args(args)
        .env("RUNDE_HOME", home)
        .env("LANG", "C")
        .env_remove("NO_COLOR")
        .output()
        .unwrap()
}

/// The first character that must not reach a terminal, with its place.
fn first_control(bytes: &[u8]) -> Option<(usize, char)> {
    String::from_utf8_lossy(bytes)
        .chars()
        .enumerate()
        .find(|(_, c)| (*c < ' ' && *c != '\n') || ('\u{7f}'..='\u{9f}').contains(c))
}

#[test]
fn no_command_lets_a_control_character_through() {
    let home = hostile_home();
    let h = hostile("x");
    let broken = home.path().join(hostile("broken") + ".ron");
    let broken = broken.to_str().unwrap();
    let missing = home.path().join(hostile("missing"));
    let missing = missing.to_str().unwrap();
    let network = hostile("Øst");
    let anne = hostile("Anne");
    let out_file = home.path().join(hostile("minutes") + ".md");
    let out_file = out_file.to_str().unwrap();
    let cases: Vec<Vec<&str>> = vec![
        vec!["show", "standard", "--network", &network],
        vec!["export", "latest", "--pseudonymise"],
        vec!["export", "latest", "--output", out_file],
        vec!["export", "latest", "--output", out_file],
        vec!["actions", "--network", &network],
        vec!["actions", "--network", &h],
        vec!["sessions", "--network", &network],
        vec!["sessions", "--network", &h],
        vec!["search", "findme", "--network", &network],
        vec!["search", "findme", "--network", &h],
        vec!["network", "remove", &network, &h],
        vec![
            "network",
            "leave",
            &network,
            &anne,
            "--from",
            "1/12/2030",
            "--to",
            "2/12/2030",
        ],
        vec![
            "network",
            "leave",
            &network,
            &anne,
            "--from",
            &h,
            "--to",
            "2/12/2030",
        ],
        vec!["network", "leave", &network, &anne, "--end"],
        vec!["plans"],
        vec!["themes"],
        vec!["show", "hostile"],
        vec!["show", "hostile", "--format", "md"],
        vec!["show", &h],
        vec!["sessions"],
        vec!["sessions", "--from", &h],
        vec!["search", "findme"],
        vec!["search", &h],
        vec!["actions"],
        vec!["export", "latest"],
        vec!["export", &h],
        vec!["network", "list"],
        vec!["network", "show", &network],
        vec!["network", "show", &h],
        vec!["network", "add", &h, "Ida"],
        vec!["network", "new", &h, "-p", "Ida, Jens"],
        vec!["check", broken],
        vec!["check", missing],
        vec!["resume", &h],
        vec!["start", &h],
        vec!["review", "--theme", &h],
        vec!["--lang", &h],
    ];
    let mut failures = Vec::new();
    for args in &cases {
        let out = runde(home.path(), args);
        for (stream, bytes) in [("stdout", &out.stdout), ("stderr", &out.stderr)] {
            if let Some((at, c)) = first_control(bytes) {
                failures.push(format!(
                    "runde {args:?}: {c:?} at char {at} of {stream}:\n{}",
                    String::from_utf8_lossy(bytes)
                ));
            }
        }
        let all = String::from_utf8_lossy(&[out.stdout, out.stderr].concat()).into_owned();
        if !all.contains('\u{FFFD}') {
            failures.push(format!(
                "runde {args:?} printed none of the hostile text, so proves nothing:\n{all}"
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}
