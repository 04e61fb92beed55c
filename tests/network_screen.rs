//! The network screen, where a facilitator creates a network and edits its
//! roster between meetings: snapshots at 80x24 and 120x40 in Danish and
//! English, and the real binary creating a network on the home screen and
//! starting a meeting with it.
// A test stops on a failed set-up: it may unwrap.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use chrono::NaiveDate;
use common::pty::Term;
use runde::model::Network;
use runde::model::network::Leave;
use runde::model::record::Record;
use runde::rotation::sample::{Meeting, record};
use runde::text::Lang;
use runde::ui::screens::ScreenView;
use runde::ui::screens::network::{NetworkScreen, Prompt, PromptKind};

const SIZES: [(u16, u16); 2] = [(80, 24), (120, 40)];
const LANGS: [Lang; 2] = [Lang::Da, Lang::En];

fn d(m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, m, day).unwrap()
}

fn names(list: &[&str]) -> Vec<String> {
    list.iter().map(|s| s.to_string()).collect()
}

/// The demo network after four meetings, with Gustav on leave.
fn screen() -> NetworkScreen {
    let mut n = Network::demo();
    n.participants[6].leave.push(Leave {
        from: d(11, 1),
        to: d(12, 31),
    });
    let held = |fac: &str, cg: &str, away: &[&str]| Meeting {
        present: n
            .names()
            .into_iter()
            .filter(|p| !away.contains(&p.as_str()))
            .collect(),
        facilitator: Some(fac.into()),
        note_taker: None,
        case_givers: names(&[cg]),
        interviewers: Vec::new(),
        ..Meeting::default()
    };
    let past: Vec<Record> = vec![
        record(&n, d(6, 8), &held("Anne", "Bo", &[])),
        record(&n, d(8, 17), &held("Bo", "Dorte", &["Helle"])),
        record(&n, d(9, 14), &held("Carla", "Erik", &["Helle", "Fatima"])),
        record(&n, d(10, 12), &held("Dorte", "Bo", &["Helle"])),
    ];
    let mut s = NetworkScreen::edit(n, Vec::new(), d(11, 23));
    s.set_history(&runde::model::PastMeeting::all(&past));
    s.selected = 6;
    s
}

fn draw(screen: &NetworkScreen, lang: Lang, size: (u16, u16)) -> String {
    common::screen::draw(lang, size, |area, buf, ctx| screen.render(area, buf, ctx))
}

#[test]
fn members_with_their_history_and_leave() {
    let s = screen();
    for lang in LANGS {
        for size in SIZES {
            let name = format!("network_{}x{}_{}", size.0, size.1, lang.code());
            insta::assert_snapshot!(name, draw(&s, lang, size));
        }
    }
}

#[test]
fn the_leave_question() {
    let mut s = screen();
    s.prompt = Some(Prompt {
        kind: PromptKind::Leave,
        field: runde::ui::text_field::TextField::new("1/11/2026 31/12/2026"),
        error: None,
    });
    for lang in LANGS {
        let name = format!("network_leave_80x24_{}", lang.code());
        insta::assert_snapshot!(name, draw(&s, lang, (80, 24)));
    }
}

#[test]
fn a_network_made_on_the_home_screen_holds_the_meeting() {
    let home = tempfile::tempdir().expect("home");
    let mut term = Term::spawn_sized(home.path(), &["--lang", "en"], 100, 30);
    term.wait_for("Past sessions");
    term.send("n");
    term.wait_for("The network's name");
    term.send("Skoleledere Nrod\r");
    term.wait_for("Add members");
    term.send("Anne, Bo, Carla, Dorte\r");
    term.wait_for("4   Dorte");
    // A typo in the name, put right while the network has no sessions.
    term.send("r");
    term.wait_for("A new name for the network");
    term.send("Skoleledere Nord\r");
    term.wait_for("Skoleledere Nrod is now called Skoleledere Nord");
    // Dorte goes first in the order; Bo is on leave over the winter.
    term.send("<<<");
    term.wait_for("Dorte is now number 1");
    term.send("jjo");
    term.wait_for("Leave for Bo");
    term.send("1/1/2026 31/12/2027\r");
    term.wait_for("gets no roles");
    term.send("\x1b");
    term.wait_for("Skoleledere Nord (4)");

    let saved = std::fs::read_to_string(home.path().join("data/networks/skoleledere-nord.ron"))
        .expect("the network is saved");
    let network: Network = ron::from_str(&saved).expect("readable");
    let files: Vec<_> = std::fs::read_dir(home.path().join("data/networks"))
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(
        files,
        ["skoleledere-nord.ron"],
        "the old name's file is gone"
    );
    assert_eq!(network.names(), ["Dorte", "Anne", "Bo", "Carla"]);
    assert_eq!(network.participants[2].leave.len(), 1);

    // The meeting starts with the new network, Bo on leave gets no role
    // and Dorte, first in the order, facilitates.
    term.send("\r");
    term.wait_for("Attendance – Skoleledere Nord");
    term.wait_for("facilitator  Dorte");
    let screen = term.contents();
    assert!(!screen.contains("Bo – "), "Bo is on leave:\n{screen}");
    term.send("q");
    term.wait_for("Skoleledere Nord (4)");
    term.send("q");
    term.wait_exit();
}

#[test]
fn home_shows_what_the_latest_session_agreed_for_the_next_meeting() {
    use runde::model::record::NextMeeting;
    let (_dir, store) = common::temp_store();
    let mut older = common::sample_record("2026-10-12-1300-demo-standard", 0);
    older.started -= chrono::Duration::days(42);
    older.next_meeting = Some(NextMeeting {
        facilitator: Some("Anne".into()),
        ..NextMeeting::default()
    });
    let mut latest = common::sample_record("2026-11-23-0900-demo-standard", 0);
    latest.next_meeting = Some(NextMeeting {
        date: NaiveDate::from_ymd_opt(2026, 12, 14),
        facilitator: Some("Erik".into()),
        case_giver: Some("Carla".into()),
        reserve: Some("Bo".into()),
        theme: Some("Arbejdsmiljø".into()),
        ..NextMeeting::default()
    });
    store.save_record(&older).unwrap();
    store.save_record(&latest).unwrap();
    let data = store
        .lookup()
        .home_data(&["Demo".to_string(), "Nord".to_string()]);
    assert_eq!(data.latest_network.as_deref(), Some("Demo"));
    let agreed = data.agreements;
    assert_eq!(agreed.len(), 1, "Nord has no sessions: {agreed:?}");
    assert_eq!(
        agreed[0].1.facilitator.as_deref(),
        Some("Erik"),
        "the latest"
    );

    let mut home = runde::ui::screens::home::HomeScreen::new(
        vec![Network::demo()],
        vec![common::standard_plan()],
        None,
    );
    home.agreements = agreed;
    let shown = common::screen::draw(Lang::En, (80, 24), |area, buf, ctx| {
        home.render(area, buf, ctx)
    });
    assert!(
        shown.contains("Agreed last time for the meeting 14/12:"),
        "{shown}"
    );
    assert!(
        shown.contains("facilitator Erik · case-giver Carla · reserve Bo"),
        "{shown}"
    );
}

#[test]
fn home_opens_on_the_network_that_met_last_unless_one_was_chosen() {
    use runde::ui::keys::HomeAction;
    let nord = Network::new("Skoleledere Nord", &["Anne", "Bo"]);
    let syd = Network::new("Skoleledere Syd", &["Carla"]);
    let plans = vec![common::standard_plan()];
    let mut home = runde::ui::screens::home::HomeScreen::new(vec![nord, syd], plans.clone(), None);
    home.latest_network("skoleledere syd");
    assert_eq!(home.network, 1);
    let mut home = runde::ui::screens::home::HomeScreen::new(vec![Network::demo()], plans, None);
    home.networks.push(Network::new("Nord", &["Anne"]));
    home.handle(HomeAction::Up, &mut runde::ui::popup::Popups::default());
    home.handle(HomeAction::Up, &mut runde::ui::popup::Popups::default());
    home.handle(HomeAction::Right, &mut runde::ui::popup::Popups::default());
    assert_eq!(home.network, 1);
    home.latest_network("Demo");
    assert_eq!(home.network, 1, "the facilitator's own choice stands");
}

/// A network made or renamed from home takes its place by name in the
/// picker (Danish order, the demo last), as at the next start.
#[test]
fn a_new_network_takes_its_place_by_name_in_the_home_picker() {
    let networks = vec![
        Network::new("Nord", &["Anne"]),
        Network::new("Øst", &["Bo"]),
        Network::demo(),
    ];
    let mut home =
        runde::ui::screens::home::HomeScreen::new(networks, vec![common::standard_plan()], None);
    home.network_back(Network::new("Ældreplejeledere", &["Carla"]), None);
    home.network_back(Network::new("Syd", &["Dorte"]), None);
    let names: Vec<&str> = home.networks.iter().map(|n| n.name.as_str()).collect();
    assert_eq!(names, ["Nord", "Syd", "Ældreplejeledere", "Øst", "Demo"]);
    assert_eq!(home.network, 1);
    home.network_back(Network::new("Aabenraa", &["Dorte"]), Some("Syd"));
    let names: Vec<&str> = home.networks.iter().map(|n| n.name.as_str()).collect();
    assert_eq!(
        names,
        ["Nord", "Ældreplejeledere", "Øst", "Aabenraa", "Demo"]
    );
    assert_eq!(home.network, 3);
}

#[test]
fn home_grows_to_show_the_open_actions_and_counts_the_rest() {
    use runde::model::open_action::OpenAction;
    use runde::model::record::ActionStatus;
    let mut home = runde::ui::screens::home::HomeScreen::new(
        vec![Network::demo()],
        vec![common::standard_plan()],
        None,
    );
    home.open_actions = (1..=8)
        .map(|i| {
            let action = OpenAction {
                session: "2026-11-23-0900-demo-standard".into(),
                date: d(11, 23),
                note: i,
                text: format!("Action number {i}"),
                owner: Some("Bo".into()),
                due: None,
                private: false,
                status: ActionStatus::Open,
            };
            ("Demo".to_string(), action)
        })
        .collect();
    let shown = common::screen::draw(Lang::En, (120, 40), |area, buf, ctx| {
        home.render(area, buf, ctx)
    });
    for i in 1..=6 {
        assert!(
            shown.contains(&format!("Action number {i}")),
            "{i}:\n{shown}"
        );
    }
    assert!(!shown.contains("Action number 7"), "{shown}");
    assert!(shown.contains("2 more"), "{shown}");
}

#[test]
fn a_long_name_with_a_long_leave_stays_on_its_row_at_80_columns() {
    let mut n = Network::new("Nord", &["Mette-Marie Kjærsgaard Holm", "Bo"]);
    n.participants[0].leave.push(Leave {
        from: d(11, 1),
        to: NaiveDate::from_ymd_opt(2027, 2, 28).unwrap(),
    });
    let mut s = NetworkScreen::edit(n, Vec::new(), d(11, 23));
    s.set_history(&[]);
    let shown = draw(&s, Lang::Da, (80, 24));
    let rows: Vec<&str> = shown.lines().collect();
    let at = rows.iter().position(|l| l.contains("Mette-Marie")).unwrap();
    assert!(rows[at].contains("1. nov"), "{shown}");
    assert!(
        rows[at + 1].contains("2   Bo"),
        "no wrapped leave:\n{shown}"
    );
}

#[test]
fn the_command_line_takes_leave_in_the_forms_the_screen_takes() {
    let home = tempfile::tempdir().expect("home");
    let runde = |args: &[&str]| {
        std::process::Command::new(env!("CARGO_BIN_EXE_runde"))
            .args(args)
            .args(["--lang", "en"])
            .env("RUNDE_HOME", home.path())
            .output()
            .expect("runde runs")
    };
    let made = runde(&["network", "new", "Nord", "--participants", "Anne,Bo"]);
    assert!(made.status.success(), "{made:?}");
    let out = runde(&[
        "network",
        "leave",
        "Nord",
        "Bo",
        "--from",
        "1/12/2026",
        "--to",
        "28/2/2027",
    ]);
    assert!(out.status.success(), "{out:?}");
    let out = runde(&[
        "network",
        "leave",
        "Nord",
        "Anne",
        "--from",
        "2026-12-01",
        "--to",
        "2027-01-31",
    ]);
    assert!(out.status.success(), "{out:?}");
    let saved = std::fs::read_to_string(home.path().join("data/networks/nord.ron")).unwrap();
    let network: Network = ron::from_str(&saved).unwrap();
    let bo = &network.participants[1];
    assert_eq!(bo.leave[0].from, d(12, 1));
    assert_eq!(
        bo.leave[0].to,
        NaiveDate::from_ymd_opt(2027, 2, 28).unwrap()
    );
    assert_eq!(network.participants[0].leave.len(), 1);

    let bad = runde(&[
        "network", "leave", "Nord", "Bo", "--from", "snart", "--to", "1/3",
    ]);
    assert_eq!(bad.status.code(), Some(2));
    let said = String::from_utf8_lossy(&bad.stderr);
    // The flag's own words, not the network screen's "Type two dates".
    assert!(said.contains("--from: \"snart\" is not a date"), "{said}");
    let backwards = runde(&[
        "network",
        "leave",
        "Nord",
        "Bo",
        "--from",
        "2026-12-01",
        "--to",
        "2026-11-01",
    ]);
    assert_eq!(backwards.status.code(), Some(2), "{backwards:?}");
}

fn press(
    s: &mut NetworkScreen,
    popups: &mut runde::ui::popup::Popups,
    c: crossterm::event::KeyCode,
) -> runde::ui::screens::network::NetworkOutcome {
    use crossterm::event::{KeyEvent, KeyModifiers};
    s.handle(KeyEvent::new(c, KeyModifiers::NONE), Lang::Da, popups)
}

fn type_text(s: &mut NetworkScreen, popups: &mut runde::ui::popup::Popups, text: &str) {
    for c in text.chars() {
        press(s, popups, crossterm::event::KeyCode::Char(c));
    }
}

/// The charter on the network screen: shown part by part with the year's
/// attendance and scores below, and edited there, each change saved.
#[test]
fn the_charter_view_shows_and_edits_the_charter() {
    use crossterm::event::KeyCode;
    use runde::ui::screens::network::NetworkOutcome;
    let mut s = screen();
    s.network.charter.success_criteria = vec!["Alle har haft en sag inden sommerferien".into()];
    let mut popups = runde::ui::popup::Popups::default();
    press(&mut s, &mut popups, KeyCode::Char('n'));
    for lang in LANGS {
        for size in SIZES {
            let name = format!("network_charter_{}x{}_{}", size.0, size.1, lang.code());
            insta::assert_snapshot!(name, draw(&s, lang, size));
        }
    }
    // Add a purpose: the first line is the purpose's "add".
    press(&mut s, &mut popups, KeyCode::Enter);
    type_text(&mut s, &mut popups, "Et fortroligt rum for sparring");
    let saved = press(&mut s, &mut popups, KeyCode::Enter);
    let NetworkOutcome::Save(network) = saved else {
        panic!("not saved: {saved:?}");
    };
    assert_eq!(network.charter.purpose, ["Et fortroligt rum for sparring"]);
    assert_eq!(network.charter.agreed, Some(d(11, 23)));
    // Reword the success criterion: down past the purpose, its add line
    // and the goals' add line.
    for _ in 0..3 {
        press(&mut s, &mut popups, KeyCode::Down);
    }
    press(&mut s, &mut popups, KeyCode::Char('e'));
    for _ in "sommerferien".chars() {
        press(&mut s, &mut popups, KeyCode::Backspace);
    }
    type_text(&mut s, &mut popups, "påske");
    press(&mut s, &mut popups, KeyCode::Enter);
    assert_eq!(
        s.network.charter.success_criteria,
        ["Alle har haft en sag inden påske"]
    );
    // Delete it, after a yes.
    press(&mut s, &mut popups, KeyCode::Char('x'));
    assert!(popups.top().is_some(), "asks first");
    assert_eq!(s.network.charter.success_criteria.len(), 1);
    let Some(runde::ui::popup::Popup::Network(ask)) = popups.pop() else {
        panic!("no question");
    };
    let NetworkOutcome::Save(network) = s.popup_done(ask, Lang::Da) else {
        panic!("a yes saves");
    };
    assert!(network.charter.success_criteria.is_empty());
    // Esc leaves the charter view for the members.
    press(&mut s, &mut popups, KeyCode::Esc);
    assert!(draw(&s, Lang::Da, (80, 24)).contains("Deltager"));
}
