use super::*;
use crossterm::event::KeyModifiers;

fn key(code: KeyCode) -> KeyEvent {
    KeyEvent::new(code, KeyModifiers::NONE)
}

/// A table with its types erased, for the checks every table passes.
pub(crate) struct Table {
    pub name: &'static str,
    pub rows: Vec<(&'static [Key], &'static str, Phrase, bool)>,
    pub help: Vec<HelpRow>,
}

fn table<A: Copy>(name: &'static str, t: &[Binding<A>]) -> Table {
    Table {
        name,
        rows: t
            .iter()
            .map(|b| (b.keys, b.label, b.what, b.footer))
            .collect(),
        help: help(t),
    }
}

pub(crate) fn every_table() -> Vec<Table> {
    vec![
        table("live", LIVE),
        table("check-out", CHECK_OUT),
        table("note input", NOTE_INPUT),
        table("line input", LINE_INPUT),
        table("text field", EDIT),
        table("confirm", CONFIRM),
        table("home", HOME),
        table("attendance", ATTENDANCE),
        table("network", NETWORK),
        table("charter", CHARTER),
        table("review list", REVIEW_LIST),
        table("review detail", REVIEW_DETAIL),
        table("review search", REVIEW_SEARCH),
        table("display", DISPLAY),
        table("roles box", ROLES_BOX),
        table("private actions", PRIVATE_BOX),
        table("today's notes", NOTES_BOX),
        table("owner choice", OWNER_CHOICE),
    ]
}

/// The keys a footer label names: "→/l" is → and l, "↑↓" is ↑ and ↓,
/// "Ctrl-p" is one key.
fn label_keys(label: &str) -> Vec<String> {
    let mut out = Vec::new();
    for token in label.split(['/', ' ']).filter(|t| !t.is_empty()) {
        if token.chars().count() == 1 || token.contains('-') || token.is_ascii() {
            out.push(token.to_string());
        } else {
            out.extend(token.chars().map(String::from));
        }
    }
    out
}

#[test]
fn live_keys_match_the_issue() {
    let cases = [
        (KeyCode::Char(' '), LiveAction::TogglePause),
        (KeyCode::Char('n'), LiveAction::NextSpeaker),
        (KeyCode::Char('p'), LiveAction::Pass),
        (KeyCode::Right, LiveAction::NextStep),
        (KeyCode::Char('l'), LiveAction::NextStep),
        (KeyCode::Left, LiveAction::PrevStep),
        (KeyCode::Char('h'), LiveAction::PrevStep),
        (KeyCode::Char('+'), LiveAction::More),
        (KeyCode::Char('-'), LiveAction::Less),
        (KeyCode::Char('i'), LiveAction::Note),
        (KeyCode::Char('v'), LiveAction::Room),
        (KeyCode::Char('?'), LiveAction::Help),
        (KeyCode::Char('q'), LiveAction::Quit),
    ];
    for (code, action) in cases {
        assert_eq!(lookup(LIVE, &key(code)), Some(action), "{code:?}");
    }
    assert_eq!(lookup(LIVE, &key(KeyCode::Char('z'))), None);
}

#[test]
fn shifted_symbols_still_match_but_ctrl_does_not() {
    let plus = KeyEvent::new(KeyCode::Char('+'), KeyModifiers::SHIFT);
    assert_eq!(lookup(LIVE, &plus), Some(LiveAction::More));
    let ctrl_n = KeyEvent::new(KeyCode::Char('n'), KeyModifiers::CONTROL);
    assert_eq!(lookup(LIVE, &ctrl_n), None);
    let ctrl_p = KeyEvent::new(KeyCode::Char('p'), KeyModifiers::CONTROL);
    assert_eq!(lookup(NOTE_INPUT, &ctrl_p), Some(NoteAction::TogglePrivate));
    let alt_b = KeyEvent::new(KeyCode::Char('b'), KeyModifiers::ALT);
    assert_eq!(lookup(EDIT, &alt_b), Some(EditAction::WordBack));
    assert_eq!(lookup(LIVE, &alt_b), None, "Alt-b is not b");
}

#[test]
fn a_key_release_means_nothing() {
    let mut release = key(KeyCode::Char('q'));
    release.kind = KeyEventKind::Release;
    assert_eq!(lookup(LIVE, &release), None);
}

#[test]
fn the_members_move_with_k_and_j_too() {
    let shift = |c| KeyEvent::new(KeyCode::Char(c), KeyModifiers::SHIFT);
    assert_eq!(
        lookup(NETWORK, &shift('K')),
        Some(NetworkAction::MoveEarlier)
    );
    assert_eq!(lookup(NETWORK, &shift('J')), Some(NetworkAction::MoveLater));
    let help = help(NETWORK);
    let moves = help
        .iter()
        .find(|r| r.what.en == "move in the order")
        .unwrap();
    assert_eq!(moves.keys, "</K >/J");
}

#[test]
fn no_key_is_bound_twice_in_a_table() {
    for t in every_table() {
        let keys: Vec<Key> = t.rows.iter().flat_map(|r| r.0.iter().copied()).collect();
        for (i, a) in keys.iter().enumerate() {
            assert!(!keys[i + 1..].contains(a), "{}: {a:?} twice", t.name);
        }
    }
}

/// What the footer shows is handled: each key a footer label names is a
/// key of that binding, or of one with the same description (a pair such
/// as "↑↓").
#[test]
fn every_key_a_footer_shows_is_handled() {
    for t in every_table() {
        for (_, label, what, _) in t.rows.iter().filter(|r| r.3) {
            for shown in label_keys(label) {
                let handled = t
                    .rows
                    .iter()
                    .filter(|r| r.2 == *what)
                    .flat_map(|r| r.0.iter())
                    .any(|k| k.name() == shown);
                assert!(handled, "{}: the footer shows {shown} ({label})", t.name);
            }
        }
    }
}

/// What is handled is in help: every key of every binding is named in the
/// help row of its description, in both languages.
#[test]
fn every_handled_key_is_named_in_help() {
    for t in every_table() {
        for (keys, _, what, _) in &t.rows {
            let row = t.help.iter().find(|r| r.what == *what).unwrap();
            // Keys are written apart by "/" and " "; "/" is a key too.
            let named: Vec<&str> = row.keys.split([' ', '/']).collect();
            for k in keys.iter() {
                let n = k.name();
                assert!(
                    named.contains(&n.as_str()) || (n == "/" && row.keys == "/"),
                    "{}: {n} is not in help ({})",
                    t.name,
                    row.keys
                );
            }
        }
    }
}

#[test]
fn help_rows_come_from_the_table_and_show_a_pair_once() {
    let rows = help(LIVE);
    for lang in [Lang::Da, Lang::En] {
        for (i, r) in rows.iter().enumerate() {
            let what = r.what.get(lang);
            let twice = rows[i + 1..].iter().any(|o| o.what.get(lang) == what);
            assert!(!twice, "{what}");
        }
    }
    assert!(rows.contains(&HelpRow {
        keys: "↑/k ↓/j".into(),
        what: crate::i18n::keys::FOLLOW_UP_CHOOSE
    }));
    assert!(rows.contains(&HelpRow {
        keys: "+/=".into(),
        what: crate::i18n::keys::MORE
    }));
    let f = footer(LIVE, Lang::En);
    assert!(f.contains(&("n", "next speaker")));
    assert!(!f.iter().any(|(key, _)| *key == "a"), "a is only in help");
}

#[test]
fn yes_is_j_y_or_enter_and_anything_else_is_no() {
    for code in [KeyCode::Char('j'), KeyCode::Char('y'), KeyCode::Enter] {
        assert_eq!(lookup(CONFIRM, &key(code)), Some(ConfirmAction::Yes));
    }
    let shift_j = KeyEvent::new(KeyCode::Char('J'), KeyModifiers::SHIFT);
    assert_eq!(lookup(CONFIRM, &shift_j), Some(ConfirmAction::Yes));
    for code in [KeyCode::Esc, KeyCode::Char('n'), KeyCode::Char('q')] {
        assert_eq!(lookup(CONFIRM, &key(code)), None);
    }
}

#[test]
fn keys_are_named_as_help_writes_them() {
    assert_eq!(ch(' ').name(), "Space");
    assert_eq!(ctrl('p').name(), "Ctrl-p");
    assert_eq!(alt('b').name(), "Alt-b");
    assert_eq!(ctrl_code(KeyCode::Left).name(), "Ctrl-←");
    assert_eq!(alt_code(KeyCode::Backspace).name(), "Alt-Backspace");
    assert_eq!(code(KeyCode::Home).name(), "Home");
    assert_eq!(code(KeyCode::Delete).name(), "Del");
}
