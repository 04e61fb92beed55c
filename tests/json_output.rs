//! `--json` as a script reads it: every line of every listing command is
//! one JSON object, its keys are the ones docs/json.md documents, and the
//! values are the table's.
// A test stops on a failed set-up: it may unwrap.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::{review_home, runde};
use serde_json::Value;
use std::collections::BTreeSet;
use std::path::Path;

/// The objects `runde ARGS --json` printed, one a line; the exit code.
fn objects(home: &Path, args: &[&str]) -> (Vec<Value>, Option<i32>) {
    let mut args = args.to_vec();
    args.push("--json");
    let out = runde(home, &args);
    let text = String::from_utf8(out.stdout).expect("utf-8");
    let objects = text
        .lines()
        .map(|line| {
            let value: Value = serde_json::from_str(line)
                .unwrap_or_else(|e| panic!("{args:?}: not JSON ({e}): {line}"));
            assert!(value.is_object(), "{args:?}: {line}");
            value
        })
        .collect();
    (objects, out.status.code())
}

/// The keys docs/json.md gives for a command, by its heading.
fn documented(command: &str) -> BTreeSet<String> {
    let doc = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/json.md"))
        .expect("docs/json.md");
    let heading = format!("## `runde {command} --json`");
    let section = doc
        .split("\n## ")
        .find(|s| format!("## {s}").starts_with(&heading))
        .unwrap_or_else(|| panic!("docs/json.md has no section {heading}"));
    section
        .lines()
        .filter_map(|line| line.strip_prefix("| `"))
        .filter_map(|rest| rest.split_once('`').map(|(key, _)| key.to_string()))
        .collect()
}

/// Every key path in `value`: `members[].name`, `next_meeting.date`.
fn paths(value: &Value, prefix: &str, out: &mut BTreeSet<String>) {
    if let Value::Object(map) = value {
        for (key, inner) in map {
            let path = format!("{prefix}{key}");
            out.insert(path.clone());
            // Former members have the members' keys.
            let path = if path == "former" {
                "members".to_string()
            } else {
                path
            };
            match inner {
                Value::Object(_) => paths(inner, &format!("{path}."), out),
                Value::Array(items) => {
                    for item in items {
                        paths(item, &format!("{path}[]."), out);
                    }
                }
                _ => {}
            }
        }
    }
}

/// What the command printed has exactly the documented keys: nothing
/// undocumented, and every documented top-level key in every object.
fn keys_as_documented(command: &str, objects: &[Value]) {
    let doc = documented(command);
    assert!(!objects.is_empty(), "{command}: nothing printed");
    for object in objects {
        let mut seen = BTreeSet::new();
        paths(object, "", &mut seen);
        let undocumented: Vec<_> = seen.difference(&doc).collect();
        assert!(
            undocumented.is_empty(),
            "{command}: {undocumented:?} not in docs/json.md"
        );
        for key in doc.iter().filter(|k| !k.contains('.')) {
            assert!(object.get(key).is_some(), "{command}: no {key} in {object}");
        }
    }
}

#[test]
fn sessions_search_and_actions_give_the_table_s_fields() {
    let home = review_home();
    let (sessions, code) = objects(home.path(), &["sessions"]);
    assert_eq!(code, Some(0));
    keys_as_documented("sessions", &sessions);
    let ids: Vec<&str> = sessions.iter().map(|s| s["id"].as_str().unwrap()).collect();
    assert_eq!(
        ids,
        [
            "2026-04-15-1300-dagtilbud-nord-standard",
            "2026-04-09-0900-skoleledere-oest-standard",
            "2026-03-12-0900-skoleledere-oest-standard",
        ]
    );
    assert_eq!(sessions[0]["date"], "2026-04-15");
    assert_eq!(sessions[0]["network"], "Dagtilbud Nord");
    assert_eq!(sessions[0]["status"], "finished");

    // A private note is found only when asked for, and says it is private.
    let (hidden, code) = objects(home.path(), &["search", "indsigt"]);
    assert!(hidden.is_empty());
    assert_eq!(code, Some(1));
    let (hits, code) = objects(home.path(), &["search", "indsigt", "--include-private"]);
    assert_eq!(code, Some(0));
    keys_as_documented("search", &hits);
    assert!(hits.iter().all(|h| h["private"] == true), "{hits:?}");
    assert!(hits[0]["text"].as_str().unwrap().contains("indsigt"));
    assert!(hits[0]["step"].as_u64().unwrap() >= 1);

    let (actions, code) = objects(home.path(), &["actions"]);
    assert_eq!(code, Some(0));
    keys_as_documented("actions", &actions);
    let done = actions
        .iter()
        .find(|a| a["owner"] == "Bo Berg")
        .expect("Bo's action");
    assert_eq!(done["status"], "done");
    assert_eq!(done["due"], "2026-03-20");
    assert!(actions.iter().any(|a| a["due"].is_null()));
    assert!(actions.iter().all(|a| a["private"] == false));
}

#[test]
fn plans_themes_and_networks_give_the_table_s_fields() {
    let home = review_home();
    let (plans, code) = objects(home.path(), &["plans"]);
    assert_eq!(code, Some(0));
    keys_as_documented("plans", &plans);
    let standard = plans.iter().find(|p| p["id"] == "standard").unwrap();
    assert_eq!(standard["minutes"], 150);
    assert_eq!(standard["source"], "bundled");

    let (themes, _) = objects(home.path(), &["themes"]);
    keys_as_documented("themes", &themes);
    assert!(themes.iter().any(|t| t["id"] == "high-contrast"));

    let made = runde(
        home.path(),
        &[
            "network",
            "new",
            "Skoleledere Øst",
            "-p",
            "Anne Holm,Bo Berg,Carla Dahl,Dorte Lund,Erik Møller,Fatima Ali,Gustav Krogh,Helle Vang",
        ],
    );
    assert!(made.status.success(), "{made:?}");
    let (networks, code) = objects(home.path(), &["network", "list"]);
    assert_eq!(code, Some(0));
    keys_as_documented("network list", &networks);
    let east = networks
        .iter()
        .find(|n| n["name"] == "Skoleledere Øst")
        .unwrap();
    assert_eq!(east["members"], 8);
    assert_eq!(east["sessions"], 2);
    assert_eq!(east["latest"], "2026-04-09");
    assert_eq!(east["demo"], false);

    let (shown, code) = objects(home.path(), &["network", "show", "skoleledere-oest"]);
    assert_eq!(code, Some(0));
    assert_eq!(shown.len(), 1);
    keys_as_documented("network show", &shown);
    let east = &shown[0];
    assert_eq!(east["members"].as_array().unwrap().len(), 8);
    assert_eq!(east["members"][0]["name"], "Anne Holm");
    let roles = east["next_meeting"]["roles"].as_array().unwrap();
    assert!(
        roles.iter().any(|r| r["role"] == "facilitator"),
        "{roles:?}"
    );
}

/// With nothing to list, nothing is printed and the exit code is 1;
/// standard output never holds anything but JSON.
#[test]
fn nothing_found_prints_no_line() {
    let home = tempfile::tempdir().unwrap();
    for args in [&["sessions"][..], &["actions"], &["search", "x"]] {
        let (found, code) = objects(home.path(), args);
        assert!(found.is_empty(), "{args:?}");
        assert_eq!(code, Some(1), "{args:?}");
    }
}

/// A note with a terminal escape and a right-to-left override reads back
/// as written, and no raw control character reaches the terminal.
#[test]
fn hostile_text_reads_back_exactly_and_escaped() {
    let (dir, store) = common::temp_store();
    let mut record = common::sample_record("2026-11-23-0900-demo-standard", 1);
    let hostile = "Budget \u{1b}[2J\u{202e}gnirts\u{9b}31m";
    record.notes[0].text = hostile.to_string();
    record.notes[0].private = false;
    store.save_record(&record).unwrap();
    let out = runde(dir.path(), &["search", "Budget", "--json"]);
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        !text
            .chars()
            .any(|c| c != '\n' && c.is_control() || c == '\u{202e}'),
        "{text:?}"
    );
    let hit: Value = serde_json::from_str(text.lines().next().unwrap()).unwrap();
    assert_eq!(hit["text"], hostile);
}
