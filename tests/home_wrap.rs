//! The home screen's lines that wrap (what the last meeting agreed, with
//! long names) hang under their text at 80x24, not at the border.
// A test stops on a failed set-up: it may unwrap.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use runde::model::Network;
use runde::model::record::NextMeeting;
use runde::text::Lang;
use runde::ui::screens::ScreenView;
use runde::ui::screens::home::HomeScreen;

fn home() -> HomeScreen {
    let mut home = HomeScreen::new(vec![Network::demo()], vec![common::standard_plan()], None);
    home.agreements = vec![(
        "Demo".to_string(),
        NextMeeting {
            date: chrono::NaiveDate::from_ymd_opt(2026, 12, 14),
            facilitator: Some("Ørjan Møller-Kristensen".into()),
            note_taker: Some("Karsten Vestergaard Holm".into()),
            case_giver: Some("Fatima Hassan Abdullahi".into()),
            reserve: Some("Gustav Krogh Sørensen".into()),
            theme: Some("Arbejdsmiljø".into()),
            ..NextMeeting::default()
        },
    )];
    home
}

#[test]
fn a_wrapped_line_on_the_home_screen_hangs_under_its_text() {
    let home = home();
    for lang in [Lang::Da, Lang::En] {
        for size in [(80, 24), (120, 40)] {
            let screen =
                common::screen::draw(lang, size, |area, buf, ctx| home.render(area, buf, ctx));
            let rows: Vec<&str> = screen.lines().map(|r| r.trim_matches('"')).collect();
            let first = rows
                .iter()
                .position(|r| r.contains("Ørjan Møller-Kristensen"))
                .unwrap_or_else(|| panic!("{screen}"));
            // The row after the names' first is their rest, two columns in.
            let next = rows[first + 1];
            let inside = next.split_once('│').map(|(_, r)| r).unwrap_or("");
            if size.0 == 80 {
                assert!(
                    inside.starts_with("  ") && !inside.trim().is_empty(),
                    "hung under the text:\n{screen}"
                );
            }
            insta::assert_snapshot!(
                format!("home_agreed_{}x{}_{}", size.0, size.1, lang.code()),
                screen
            );
        }
    }
}
