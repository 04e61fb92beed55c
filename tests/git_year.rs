//! A year simulated through git: two laptops (two data homes, one bare
//! remote) take turns as facilitator for eight meetings, one every six
//! weeks, each meeting taking the suggestions of the laptop that runs it,
//! some notes private, a member joining half-way. Every laptop syncs
//! before and after its meeting. At the end: every meeting on both,
//! nothing lost, no private note in any file or commit, and the same
//! suggestions on both, fair across the year. Its summary is printed
//! (`cargo test --test git_year -- --nocapture`).
// A test stops on a failed set-up: it may unwrap.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use chrono::{Duration, NaiveDate};
use common::git::{Machine, bare_remote, files_holding, git, network_of, note, ok};
use runde::model::past::PastMeeting;
use runde::model::record::Record;
use runde::model::{Network, NoteKind};
use runde::rotation::sample::{Meeting, record};
use runde::rotation::{Day, Suggestions, suggest};
use std::collections::BTreeMap;

const NAME: &str = "Skoleledere Vest";
const MEETINGS: usize = 8;

fn first_day() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 1, 12).unwrap()
}

fn private_text(k: usize) -> String {
    format!("Fortroligt fra møde {}: sygemelding i teamet", k + 1)
}

/// What machine `m` suggests for `date`, from what it has.
fn suggestions(m: &Machine, date: NaiveDate) -> (Network, Suggestions) {
    let store = m.store();
    let network = network_of(&store, NAME);
    let records = records_of(m);
    let facts = PastMeeting::all(&records);
    let refs: Vec<&PastMeeting> = facts.iter().collect();
    let s = suggest(&network, &refs, &Day::new(date));
    (network, s)
}

fn records_of(m: &Machine) -> Vec<Record> {
    let loaded = m.store().records();
    assert!(loaded.problems.is_empty(), "{:?}", loaded.problems);
    let mut records: Vec<Record> = loaded
        .items
        .into_iter()
        .filter(|r| r.network.name == NAME)
        .collect();
    records.sort_by_key(|r| r.started);
    records
}

/// The line of `runde sync`'s output that starts with `what`, trimmed.
fn line<'a>(said: &'a str, what: &[&str]) -> &'a str {
    said.lines()
        .map(str::trim)
        .find(|l| what.iter().any(|w| l.starts_with(w)))
        .unwrap_or("-")
}

#[test]
fn a_year_of_meetings_alternating_between_two_laptops() {
    let tmp = tempfile::tempdir().unwrap();
    let remote = bare_remote(tmp.path());
    let a = Machine::cloned(&remote, Some("Anne"));
    let network = Network::new(NAME, &["Anne", "Bo", "Carla", "Dorte", "Erik", "Fatima"]);
    a.store().save_network(&network).unwrap();
    ok(&a.runde(&["network", "share", NAME, &a.clone.display().to_string()]));
    a.sync();
    let b = Machine::cloned(&remote, Some("Bo"));
    ok(&b.runde(&["network", "join", &b.clone.display().to_string()]));

    let mut saved: Vec<(usize, Record)> = Vec::new();
    let mut summary = vec![format!(
        "{:<3} {:<10} {:<7} {:<12} {:<12} {:<12} {:<7} {:<64} {}",
        "#",
        "date",
        "laptop",
        "facilitator",
        "note-taker",
        "case",
        "notes",
        "sync before",
        "sync after"
    )];
    for k in 0..MEETINGS {
        let date = first_day() + Duration::weeks(6 * k as i64);
        let (m, laptop) = match k % 2 {
            0 => (&a, "A"),
            _ => (&b, "B"),
        };
        let before = m.sync();
        if k == 4 {
            // Half-way, Gustav joins (entered on the laptop of the day).
            ok(&m.runde(&["network", "add", NAME, "Gustav"]));
        }
        let (network, s) = suggestions(m, date);
        let name = |x: &Option<runde::rotation::Suggestion>| x.as_ref().map(|x| x.name.clone());
        let present = network.names();
        let mut r = record(
            &network,
            date,
            &Meeting {
                present: present.clone(),
                facilitator: name(&s.facilitator),
                note_taker: name(&s.note_taker),
                timekeeper: name(&s.timekeeper),
                case_givers: name(&s.case_giver).into_iter().collect(),
                interviewers: name(&s.interviewer).into_iter().collect(),
                urgent_bids: Vec::new(),
                airtime: present.iter().map(|p| (p.clone(), 90)).collect(),
            },
        );
        let shared = format!("Møde {}: vi besøger hinandens skoler", k + 1);
        let mut notes = vec![note(&r, 1, NoteKind::Decision, &shared, false)];
        if k % 3 != 2 {
            notes.push(note(&r, 2, NoteKind::Note, &private_text(k), true));
        }
        r.notes = notes;
        m.store().save_record(&r).unwrap();
        let after = m.sync();
        summary.push(format!(
            "{:<3} {:<10} {:<7} {:<12} {:<12} {:<12} {:<7} {:<64} {}",
            k + 1,
            date,
            laptop,
            name(&s.facilitator).unwrap_or_default(),
            name(&s.note_taker).unwrap_or_default(),
            name(&s.case_giver).unwrap_or_default(),
            format!("{}+{}p", 1, r.notes.len() - 1),
            line(&before, &["Came in", "Nothing new came in"]),
            line(&after, &["Pushed", "In step"]),
        ));
        saved.push((k, r));
    }
    a.sync();
    b.sync();

    // Every meeting on both laptops, nothing lost: the laptop that ran it
    // has it exactly as saved, the other has it without the private note.
    let (on_a, on_b) = (records_of(&a), records_of(&b));
    assert_eq!(on_a.len(), MEETINGS);
    assert_eq!(on_b.len(), MEETINGS);
    for (k, r) in &saved {
        let (mine, other) = match k % 2 {
            0 => (&a, &b),
            _ => (&b, &a),
        };
        assert_eq!(&mine.store().load_record(&r.id).unwrap(), r, "meeting {k}");
        let there = other.store().load_record(&r.id).unwrap();
        let mut public = r.clone();
        public.notes.retain(|n| !n.private);
        assert_eq!(there, public, "meeting {k} on the other laptop");
    }
    // No private note in any file of either clone, nor in any commit of
    // either clone or the remote.
    let histories = [
        a.history(),
        b.history(),
        git(&remote, &["log", "-p", "--all"]),
    ];
    for k in 0..MEETINGS {
        let text = private_text(k);
        for m in [&a, &b] {
            assert!(files_holding(&m.clone, &text).is_empty(), "{text}");
        }
        assert!(
            histories.iter().all(|h| !h.contains(&text)),
            "{text} in a commit"
        );
    }
    let commits = git(&remote, &["rev-list", "--count", "main"]);

    // The same suggestions on both, and the rotation fair across the year.
    let next = first_day() + Duration::weeks(6 * MEETINGS as i64);
    let (net_a, sugg_a) = suggestions(&a, next);
    let (net_b, sugg_b) = suggestions(&b, next);
    assert_eq!(net_a, net_b);
    assert_eq!(sugg_a, sugg_b);
    assert_eq!(
        ok(&a.runde(&["network", "show", NAME])),
        ok(&b.runde(&["network", "show", NAME]))
    );
    let mut facilitations: BTreeMap<String, usize> =
        net_a.names().into_iter().map(|n| (n, 0)).collect();
    for r in &on_a {
        if let Some(f) = &r.roles.facilitator {
            *facilitations.entry(f.clone()).or_default() += 1;
        }
    }
    for pair in on_a.windows(2) {
        assert_ne!(pair[0].roles.facilitator, pair[1].roles.facilitator);
    }
    let founders: Vec<usize> = facilitations
        .iter()
        .filter(|(n, _)| *n != "Gustav")
        .map(|(_, c)| *c)
        .collect();
    let (least, most) = (
        founders.iter().min().copied().unwrap(),
        founders.iter().max().copied().unwrap(),
    );
    assert!(least >= 1 && most - least <= 1, "{facilitations:?}");

    summary.push(String::new());
    summary.push(format!(
        "{MEETINGS} meetings on both laptops; {} commits on the remote; private notes kept home: {}; in any file or commit: 0",
        commits.trim(),
        saved.iter().map(|(_, r)| r.notes.iter().filter(|n| n.private).count()).sum::<usize>()
    ));
    summary.push(format!("facilitations: {facilitations:?}"));
    summary.push(format!(
        "next ({next}), the same on both laptops: facilitator {}, note-taker {}, case {}",
        sugg_a.facilitator.as_ref().map_or("-", |s| s.name.as_str()),
        sugg_a.note_taker.as_ref().map_or("-", |s| s.name.as_str()),
        sugg_a.case_giver.as_ref().map_or("-", |s| s.name.as_str()),
    ));
    // The summary, for the closing note (`-- --nocapture`).
    #[allow(clippy::disallowed_macros)]
    {
        println!("{}", summary.join("\n"));
    }
}
