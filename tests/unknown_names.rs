//! An unknown network, plan, theme or session, in any command, is an error
//! (exit 2) with one message that names what exists or the nearest match,
//! in the UI language. Before, `sessions`, `actions` and `search` with
//! `--network Nosuch` answered "no sessions" or "no actions", `resume
//! nosuch` printed a file path and an OS error, and `--theme nosuch` opened
//! the screen in the default theme.
// A test stops on a failed set-up: it may unwrap.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

const NETWORKS: &str = "the networks are: Demo, Dagtilbud Nord, Skoleledere Øst";

#[test]
fn every_command_refuses_an_unknown_name_with_what_exists() {
    let home = common::review_home();
    let cases: &[(&[&str], &str)] = &[
        (
            &["sessions", "--network", "Nosuch"],
            &format!("there is no network called \"Nosuch\"; {NETWORKS}"),
        ),
        (
            &["actions", "--network", "Nosuch"],
            "there is no network called \"Nosuch\"; the networks are",
        ),
        (
            &["search", "Nordhallen", "--network", "Nosuch"],
            "there is no network called \"Nosuch\"; the networks are",
        ),
        (
            &["search", "Nordhallen", "--network", "Dagtilbud Nrd"],
            "there is no network called \"Dagtilbud Nrd\"; did you mean \"Dagtilbud Nord\"?",
        ),
        (
            &["sessions", "--plan", "standart"],
            "there is no plan called \"standart\"; did you mean \"standard\"?",
        ),
        (
            &["resume", "nosuch"],
            "there is no session with the id \"nosuch\"; the newest are: 2026-04-15-1300-dagtilbud-nord-standard,",
        ),
        (
            &["export", "2026-04-15-1300-dagtilbud-nord"],
            "did you mean \"2026-04-15-1300-dagtilbud-nord-standard\"?",
        ),
        (
            &["show", "nosuch"],
            "there is no plan called \"nosuch\"; the plans are: standard, standard-90,",
        ),
        (&["start", "nosuch"], "there is no plan called \"nosuch\""),
        (
            &["start", "--network", "Nosuch"],
            "there is no network called \"Nosuch\"; the networks are: Demo",
        ),
        (
            &["start", "--theme", "nosuch"],
            "there is no theme called \"nosuch\"; the themes are: default, light, high-contrast",
        ),
        (
            &["resume", "--theme", "ligth"],
            "there is no theme called \"ligth\"; did you mean \"light\"?",
        ),
        (&["review", "--theme", "nosuch"], "there is no theme called"),
        (
            &["display", "--theme", "nosuch"],
            "there is no theme called",
        ),
        (
            &["network", "show", "Nosuch"],
            "there is no network called \"Nosuch\"; the networks are: Demo",
        ),
        (
            &["show", "standard", "--network", "Nosuch"],
            "there is no network called \"Nosuch\"",
        ),
    ];
    let mut failures = Vec::new();
    for (args, want) in cases {
        let mut all = args.to_vec();
        all.extend(["--lang", "en"]);
        let out = common::runde(home.path(), &all);
        let err = String::from_utf8_lossy(&out.stderr);
        if out.status.code() != Some(2) || !err.contains(want) || !out.stdout.is_empty() {
            failures.push(format!(
                "runde {args:?}: exit {:?}\nstdout: {}\nstderr: {err}\nwanted: {want}",
                out.status.code(),
                String::from_utf8_lossy(&out.stdout)
            ));
        }
        if err.contains("os error") || err.contains("data/records") {
            failures.push(format!("runde {args:?} shows internals: {err}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

#[test]
fn the_message_is_in_danish_with_a_danish_ui() {
    let home = common::review_home();
    for (args, want) in [
        (
            &["sessions", "--network", "Nosuch"][..],
            "der er intet netværk, der hedder »Nosuch«; netværkene er: Demo",
        ),
        (
            &["resume", "nosuch"],
            "der er intet møde med id »nosuch«; de nyeste er:",
        ),
        (
            &["start", "--theme", "ligth"],
            "der er intet farvetema, der hedder »ligth«; mente du »light«?",
        ),
    ] {
        let mut all = args.to_vec();
        all.extend(["--lang", "da"]);
        let out = common::runde(home.path(), &all);
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {err}");
        assert!(err.contains(want), "{args:?}: {err}");
    }
}

#[test]
fn a_network_known_only_from_its_sessions_or_by_file_name_still_filters() {
    let home = common::review_home();
    for name in ["skoleledere øst", "Dagtilbud Nord", "dagtilbud-nord"] {
        let out = common::runde(home.path(), &["sessions", "--network", name]);
        assert!(
            out.status.success(),
            "{name}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert!(String::from_utf8_lossy(&out.stdout).lines().count() >= 2);
    }
}
