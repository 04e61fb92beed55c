//! The fuzzers' seeds (`fuzz/seeds/`): valid records, networks and configs
//! as runde writes them today, so mutations start from files that load and
//! the save-and-reload check is reached. Each seed must load as the kind
//! its name starts with; `RUNDE_WRITE_SEEDS=1 cargo test --test fuzz_seeds`
//! writes them anew after a format change.
// A test stops on a failed set-up: it may unwrap.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use chrono::NaiveDate;
use runde::clock::FakeClock;
use runde::engine::{Msg, NewNote, NewSession, Session};
use runde::model::network::Leave;
use runde::model::plan::NoteKind;
use runde::model::record::{ActionStatus, NextMeeting};
use runde::model::role_kind::RoleKind;
use runde::model::{Config, Network, Record};
use runde::store::parse::{parse, to_ron};
use runde::text::Lang;
use std::path::{Path, PathBuf};

fn seeds_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz/seeds")
}

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("date")
}

/// A network with initials, a leave and a charter.
fn network() -> Network {
    let mut network = Network::new("Skoleledere Øst", &["Anne", "Bo", "Carla", "Dorte", "Erik"]);
    network.participants[0].initials = Some("AH".into());
    network.participants[3].leave.push(Leave {
        from: date(2026, 9, 1),
        to: date(2027, 1, 31),
    });
    network.charter.purpose = vec!["Sparring på ledelse i hverdagen".into()];
    network.charter.ground_rules = vec!["Det, der bliver sagt her, bliver her".into()];
    network.charter.agreed = Some(date(2026, 3, 12));
    network
}

fn note(kind: NoteKind, text: &str, private: bool, owner: Option<&str>) -> Msg {
    Msg::AddNote(NewNote {
        kind,
        text: text.into(),
        private,
        owner: owner.map(str::to_string),
        due: (kind == NoteKind::Action).then(|| date(2026, 12, 14)),
        about: runde::engine::About::Speaker,
    })
}

fn step(s: &mut Session, clock: &FakeClock, msg: Msg, secs: u64) {
    clock.advance_secs(secs);
    s.update(msg, clock);
}

/// Records the engine writes: in a round, paused in supervision, finished.
fn records() -> Vec<(&'static str, Record)> {
    let clock = FakeClock::default();
    let plan = common::standard_plan();
    let mut s = Session::start(NewSession::with_everyone(plan, network()), &clock);
    step(&mut s, &clock, Msg::NextStep, 240);
    step(&mut s, &clock, Msg::NextSpeaker, 30);
    step(&mut s, &clock, Msg::Pass, 20);
    step(
        &mut s,
        &clock,
        note(
            NoteKind::Note,
            "Anne: travl uge, men god energi",
            false,
            None,
        ),
        40,
    );
    step(&mut s, &clock, Msg::NextSpeaker, 50);
    step(&mut s, &clock, Msg::ArriveLate("Gæst Hansen".into()), 10);
    step(&mut s, &clock, Msg::Extend(1), 5);
    let in_round = s.record().clone();
    step(&mut s, &clock, Msg::Leave("Bo".into()), 60);
    step(
        &mut s,
        &clock,
        Msg::HandOver {
            role: RoleKind::NoteTaker,
            to: Some("Carla".into()),
            reason: "Bo gik tidligt".into(),
        },
        10,
    );
    step(
        &mut s,
        &clock,
        Msg::FollowUp {
            session: "2026-10-20-0900-skoleledere-oest-standard".into(),
            note: 3,
            status: ActionStatus::Done,
            due: None,
        },
        20,
    );
    for kind in NoteKind::ALL {
        step(
            &mut s,
            &clock,
            note(
                kind,
                &format!("{kind:?}: »citat« og Ærø"),
                kind == NoteKind::Note,
                Some("Erik"),
            ),
            15,
        );
    }
    while s.record().live.step < 5 {
        step(&mut s, &clock, Msg::NextStep, 300);
    }
    step(&mut s, &clock, Msg::NextSpeaker, 30);
    step(&mut s, &clock, Msg::TogglePause, 90);
    let supervision = s.record().clone();
    step(&mut s, &clock, Msg::TogglePause, 5);
    step(
        &mut s,
        &clock,
        Msg::SetNextMeeting(NextMeeting {
            date: Some(date(2027, 1, 14)),
            host: Some("Carla".into()),
            theme: Some("Svære samtaler".into()),
            ..NextMeeting::default()
        }),
        30,
    );
    let mut guard = 0;
    while s.record().live.step + 1 < s.record().plan.steps.len() && guard < 50 {
        step(&mut s, &clock, Msg::NextStep, 120);
        guard += 1;
    }
    step(&mut s, &clock, Msg::Finish, 60);
    vec![
        ("record-in-round.ron", in_round),
        ("record-supervision-paused.ron", supervision),
        ("record-finished.ron", s.record().clone()),
    ]
}

fn networks() -> Vec<(&'static str, Network)> {
    vec![
        ("network-charter-leave.ron", network()),
        ("network-ad-hoc.ron", Network::ad_hoc(&["Anne", "Bo"])),
    ]
}

fn configs() -> Vec<(&'static str, Config)> {
    vec![(
        "config-all.ron",
        Config {
            language: Some(Lang::Da),
            theme: Some("light".into()),
            alerts: false,
            network: Some("Skoleledere Øst".into()),
            ..Config::default()
        },
    )]
}

fn texts() -> Vec<(&'static str, String)> {
    let mut out = Vec::new();
    for (name, r) in records() {
        out.push((name, to_ron(&r).expect("record saves")));
    }
    for (name, n) in networks() {
        out.push((name, to_ron(&n).expect("network saves")));
    }
    for (name, c) in configs() {
        out.push((name, to_ron(&c).expect("config saves")));
    }
    out
}

/// Loads `bytes` as `T`, saves and loads it again: equal.
fn round_trip<T>(path: &Path, bytes: &[u8])
where
    T: serde::de::DeserializeOwned + serde::Serialize + PartialEq + std::fmt::Debug,
{
    let value: T = parse(path, bytes).unwrap_or_else(|p| panic!("a seed that does not load: {p}"));
    let text = to_ron(&value).expect("saves");
    let again: T = parse(path, text.as_bytes()).expect("loads again");
    assert_eq!(again, value, "{}", path.display());
}

#[test]
fn every_fuzz_seed_loads_as_its_kind_and_round_trips() {
    if std::env::var_os("RUNDE_WRITE_SEEDS").is_some() {
        for (name, text) in texts() {
            std::fs::write(seeds_dir().join(name), text).expect("write seed");
        }
    }
    let mut kinds = Vec::new();
    for entry in std::fs::read_dir(seeds_dir()).expect("fuzz/seeds") {
        let path = entry.expect("entry").path();
        let bytes = std::fs::read(&path).expect("seed");
        let name = path
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default()
            .to_string();
        match name.split(['-', '.']).next().unwrap_or_default() {
            "record" => round_trip::<Record>(&path, &bytes),
            "network" => round_trip::<Network>(&path, &bytes),
            "config" => round_trip::<Config>(&path, &bytes),
            other => panic!("{name}: a seed of no known kind ({other})"),
        }
        kinds.push(name);
    }
    for (name, _) in texts() {
        assert!(
            kinds.iter().any(|k| k == name),
            "{name} is missing: RUNDE_WRITE_SEEDS=1"
        );
    }
}

#[test]
fn the_seeds_hold_what_the_fuzzers_should_reach() {
    let records = records();
    let (_, finished) = &records[2];
    assert!(finished.is_finished());
    assert!(finished.next_meeting.is_some());
    assert!(!finished.follow_ups.is_empty());
    assert!(!finished.rotation_overrides.is_empty());
    for kind in NoteKind::ALL {
        assert!(finished.notes.iter().any(|n| n.kind == kind), "{kind:?}");
    }
    assert!(records[1].1.live.paused);
}
