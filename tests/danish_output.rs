//! Danish everywhere when the UI is Danish: no English word from a short
//! deny-list in anything runde prints with `--lang da` (help, `check`,
//! argument errors, run-sheets, `resume`, a missing terminal).
// A test stops on a failed set-up: it may unwrap.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use runde::bundled::PLANS;
use std::path::Path;
use std::process::Command;

/// English words that give away a message nobody put into Danish.
const DENIED: [&str; 4] = ["error", "expected", "session", "found"];

fn runde(home: &Path, args: &[&str]) -> String {
    let mut all = vec!["--lang", "da"];
    all.extend_from_slice(args);
    let out = Command::new(env!("CARGO_BIN_EXE_runde"))
        .args(&all)
        .env("RUNDE_HOME", home)
        .env("LANG", "C")
        .output()
        .unwrap();
    format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    )
}

/// The words of `text` that are English from the deny-list. Command names,
/// flags and a file's field names in backquotes are the interface (`runde
/// sessions`, `--include-private`, `` `error` ``) and stay as they are.
fn english(text: &str, commands: &[String]) -> Vec<String> {
    let outside_quotes: String = text
        .split('`')
        .enumerate()
        .filter(|(i, _)| i % 2 == 0)
        .map(|(_, part)| part)
        .collect::<Vec<_>>()
        .join(" ");
    outside_quotes
        .split(|c: char| !(c.is_alphanumeric() || c == '-' || c == '_'))
        .filter(|w| !w.starts_with('-') && !commands.iter().any(|c| c == w))
        .filter(|w| {
            let w = w.to_lowercase();
            DENIED.iter().any(|d| w == *d || w == format!("{d}s"))
        })
        .map(str::to_string)
        .collect()
}

fn command_paths(cmd: &clap::Command, path: Vec<String>, out: &mut Vec<Vec<String>>) {
    for sub in cmd.get_subcommands() {
        let mut p = path.clone();
        p.push(sub.get_name().to_string());
        out.push(p.clone());
        command_paths(sub, p, out);
    }
}

#[test]
fn nothing_runde_prints_in_danish_holds_an_english_word() {
    let home = tempfile::tempdir().unwrap();
    let cmd = runde::cli_lang::command(runde::text::Lang::Da);
    let mut paths = Vec::new();
    command_paths(&cmd, Vec::new(), &mut paths);
    let commands: Vec<String> = paths.iter().flatten().cloned().collect();
    let mut runs: Vec<Vec<String>> = vec![vec!["--help".into()]];
    for path in &paths {
        let mut help = vec!["help".to_string()];
        help.extend(path.iter().cloned());
        runs.push(help);
    }
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/invalid");
    for entry in std::fs::read_dir(&fixtures).unwrap() {
        let file = entry.unwrap().path().to_string_lossy().into_owned();
        runs.push(vec!["check".into(), file]);
    }
    runs.push(vec!["check".into(), "/no/such/file.ron".into()]);
    for (id, _) in PLANS {
        runs.push(vec!["show".into(), id.to_string()]);
        runs.push(vec![
            "show".into(),
            id.to_string(),
            "--format".into(),
            "md".into(),
        ]);
    }
    for args in [
        &["plans"][..],
        &["themes"],
        &["network", "show", "Demo"],
        &["network", "show", "Nosuch"],
        &[
            "show",
            "standard",
            "--network",
            "Demo",
            "--date",
            "2/12/2026",
        ],
        &["show", "standard", "--deltagere", "8"],
        &["show", "standard", "--at"],
        &["show", "standard", "--format", "pdf"],
        &["show", "nosuch"],
        &["network", "new", "Øst"],
        &["resume"],
        &["resume", "nosuch"],
        &["export", "nosuch"],
        &["sessions"],
        &["start", "--participants", "Anne,Bo"],
        &["review"],
    ] {
        runs.push(args.iter().map(|s| s.to_string()).collect());
    }
    let mut found = Vec::new();
    for args in &runs {
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let text = runde(home.path(), &args);
        let words = english(&text, &commands);
        if !words.is_empty() {
            found.push(format!(
                "runde --lang da {}: {words:?}\n{text}",
                args.join(" ")
            ));
        }
    }
    assert!(
        found.is_empty(),
        "English in Danish output:\n{}",
        found.join("\n\n")
    );
}
