//! Snapshots of the rotation panel of the attendance and roles step, at
//! 80x24 and 120x40, in Danish and English.
// A test stops on a failed set-up: it may unwrap.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use chrono::NaiveDate;
use runde::clock::{Clock, FakeClock};
use runde::model::Network;
use runde::model::PastMeeting;
use runde::model::network::Leave;
use runde::model::record::{NextMeeting, Record};
use runde::rotation::sample::{Meeting, record};
use runde::rotation::{Day, Suggestions, agreement, suggest};
use runde::text::Lang;
use runde::ui::ViewCtx;
use runde::ui::screens::rotation::RotationPanel;
use runde::ui::style::Styles;

const SIZES: [(u16, u16); 2] = [(80, 24), (120, 40)];
const LANGS: [Lang; 2] = [Lang::Da, Lang::En];

fn d(m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, m, day).unwrap()
}

fn names(list: &[&str]) -> Vec<String> {
    list.iter().map(|s| s.to_string()).collect()
}

/// The demo network on 9 Nov: Gustav on leave, Carla away, Erik asks for
/// an urgent case, Bo has had two cases and Helle none.
fn today() -> (Network, Suggestions) {
    let mut n = Network::demo();
    n.participants[6].leave.push(Leave {
        from: d(10, 1),
        to: d(12, 31),
    });
    let held = |fac: &str, nt: &str, cg: &str, iv: &str| Meeting {
        present: n.names(),
        facilitator: Some(fac.into()),
        note_taker: Some(nt.into()),
        case_givers: names(&[cg]),
        interviewers: names(&[iv]),
        ..Meeting::default()
    };
    let mut last = record(&n, d(10, 12), &held("Dorte", "Carla", "Bo", "Fatima"));
    last.next_meeting = Some(NextMeeting {
        date: Some(d(11, 9)),
        facilitator: Some("Erik".into()),
        case_giver: Some("Carla".into()),
        reserve: Some("Anne".into()),
        ..NextMeeting::default()
    });
    let past: Vec<Record> = vec![
        record(&n, d(6, 8), &held("Anne", "Helle", "Bo", "Carla")),
        record(&n, d(8, 17), &held("Bo", "Anne", "Dorte", "Erik")),
        record(&n, d(9, 14), &held("Carla", "Bo", "Erik", "Anne")),
        last,
    ];
    let facts = PastMeeting::all(&past);
    let refs: Vec<&PastMeeting> = facts.iter().collect();
    let day = Day {
        present: Some(names(&["Anne", "Bo", "Dorte", "Erik", "Fatima", "Helle"])),
        urgent_bids: names(&["Fatima"]),
        agreed: agreement(&refs).cloned(),
        ..Day::new(d(11, 9))
    };
    let s = suggest(&n, &refs, &day);
    (n, s)
}

fn draw(panel: &RotationPanel, lang: Lang, size: (u16, u16)) -> String {
    common::screen::draw(lang, size, |area, buf, ctx| panel.render(area, buf, ctx))
}

#[test]
fn the_panel_says_who_and_why() {
    let (n, s) = today();
    let panel = RotationPanel {
        suggestions: &s,
        today: d(11, 9),
        network: &n.name,
        when: None,
    };
    for lang in LANGS {
        for size in SIZES {
            let name = format!("rotation_{}x{}_{}", size.0, size.1, lang.code());
            insta::assert_snapshot!(name, draw(&panel, lang, size));
        }
    }
}

#[test]
fn the_panel_asks_for_the_rows_it_needs() {
    let (n, s) = today();
    let panel = RotationPanel {
        suggestions: &s,
        today: d(11, 9),
        network: &n.name,
        when: None,
    };
    let styles = Styles::default();
    let ctx = ViewCtx {
        lang: Lang::Da,
        styles: &styles,
        now: FakeClock::default().now(),
        beat: None,
    };
    let h = panel.height(80, &ctx);
    // Five roles, a warning about Carla, a blank, the queue, who is away.
    assert!((11..=14).contains(&h), "{h}");
    let screen = draw(&panel, Lang::Da, (80, h));
    assert!(screen.contains("Ikke med"), "the last line fits:\n{screen}");
}
