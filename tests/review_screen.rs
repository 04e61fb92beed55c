//! Snapshots of the review screen (list, search, detail with both charts,
//! empty data dir) at 80x24 and 120x40, in Danish and English, and its keys.
// A test stops on a failed set-up: it may unwrap.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use runde::export::MinutesFormat;
use runde::model::Record;
use runde::store::index_query::{Hits, SearchHit, SearchQuery, SessionFilter, SessionRow};
use runde::store::{Paths, Store};
use runde::text::Lang;
use runde::ui::screens::ScreenView;
use runde::ui::screens::review::{IndexData, Notice, ReviewData, ReviewOutcome, ReviewScreen};
use std::path::Path;

const SIZES: [(u16, u16); 2] = [(80, 24), (120, 40)];
const LANGS: [Lang; 2] = [Lang::Da, Lang::En];
const IDS: [&str; 3] = [
    "2026-03-12-0900-skoleledere-oest-standard",
    "2026-04-09-0900-skoleledere-oest-standard",
    "2026-04-15-1300-dagtilbud-nord-standard",
];

fn fixture(id: &str) -> Record {
    let store = Store::new(Paths::under(Path::new("/nonexistent")));
    store
        .read(&Path::new("tests/fixtures/review").join(format!("{id}.ron")))
        .unwrap()
}

fn data(with_records: bool) -> (tempfile::TempDir, IndexData) {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::new(Paths::under(dir.path()));
    if with_records {
        for id in IDS {
            store.save_record(&fixture(id)).unwrap();
        }
    }
    let data = IndexData::open(store).unwrap();
    (dir, data)
}

fn today() -> chrono::NaiveDate {
    "2026-05-01".parse().unwrap()
}

fn press(screen: &mut ReviewScreen, data: &mut IndexData, code: KeyCode) -> ReviewOutcome {
    screen.handle(&KeyEvent::new(code, KeyModifiers::NONE), data)
}

/// Types `text`, then rests: the search runs after the pause.
fn type_text(screen: &mut ReviewScreen, data: &mut IndexData, text: &str) {
    for c in text.chars() {
        press(screen, data, KeyCode::Char(c));
    }
    screen.run_search(data);
}

fn draw(screen: &ReviewScreen, lang: Lang, size: (u16, u16)) -> String {
    common::screen::draw(lang, size, |area, buf, ctx| screen.render(area, buf, ctx))
}

fn snap_all(state: &str, make: impl Fn(&mut IndexData) -> ReviewScreen, with_records: bool) {
    let (_dir, mut data) = data(with_records);
    let screen = make(&mut data);
    for lang in LANGS {
        for size in SIZES {
            let name = format!("{state}_{}x{}_{}", size.0, size.1, lang.code());
            insta::assert_snapshot!(name, draw(&screen, lang, size));
        }
    }
}

#[test]
fn list() {
    snap_all("review_list", |d| ReviewScreen::new(d, today()), true);
}

#[test]
fn empty_data_dir() {
    snap_all("review_empty", |d| ReviewScreen::new(d, today()), false);
}

#[test]
fn search_as_you_type() {
    snap_all(
        "review_search",
        |d| {
            let mut s = ReviewScreen::new(d, today());
            press(&mut s, d, KeyCode::Char('/'));
            type_text(&mut s, d, "trivsel");
            s
        },
        true,
    );
}

#[test]
fn detail_with_both_charts() {
    snap_all(
        "review_detail",
        |d| {
            let mut s = ReviewScreen::new(d, today());
            press(&mut s, d, KeyCode::Down);
            press(&mut s, d, KeyCode::Down);
            press(&mut s, d, KeyCode::Enter);
            s
        },
        true,
    );
}

#[test]
fn search_narrows_as_letters_come_and_hides_private_notes() {
    let (_dir, mut d) = data(true);
    let mut s = ReviewScreen::new(&mut d, today());
    assert_eq!(s.sessions.len(), 3);
    press(&mut s, &mut d, KeyCode::Char('/'));
    type_text(&mut s, &mut d, "sy");
    let broad = s.hits.len();
    type_text(&mut s, &mut d, "gefravær");
    assert!(
        s.hits.len() < broad || broad == 2,
        "{broad} then {}",
        s.hits.len()
    );
    assert_eq!(s.hits.len(), 2);
    press(&mut s, &mut d, KeyCode::Backspace);
    assert!(s.query().ends_with("fravæ"));

    // The search is the one text field: Ctrl-a goes to its start, Ctrl-u
    // empties it, as in a shell.
    s.handle(
        &KeyEvent::new(KeyCode::Char('a'), KeyModifiers::CONTROL),
        &mut d,
    );
    type_text(&mut s, &mut d, "X");
    assert!(s.query().starts_with("Xsyge"), "{}", s.query());
    s.handle(
        &KeyEvent::new(KeyCode::Char('e'), KeyModifiers::CONTROL),
        &mut d,
    );
    s.handle(
        &KeyEvent::new(KeyCode::Char('u'), KeyModifiers::CONTROL),
        &mut d,
    );
    assert_eq!(s.query(), "");
    type_text(&mut s, &mut d, "indsigt");
    assert!(s.hits.is_empty(), "a private note showed: {:?}", s.hits);
    s.handle(
        &KeyEvent::new(KeyCode::Char('p'), KeyModifiers::CONTROL),
        &mut d,
    );
    assert_eq!(s.hits.len(), 1);
    assert!(s.hits[0].private);

    press(&mut s, &mut d, KeyCode::Enter);
    assert!(!s.typing);
    press(&mut s, &mut d, KeyCode::Enter);
    assert_eq!(
        s.detail.as_ref().unwrap().record.id,
        "2026-03-12-0900-skoleledere-oest-standard"
    );
    press(&mut s, &mut d, KeyCode::Esc);
    assert!(s.detail.is_none());
    press(&mut s, &mut d, KeyCode::Esc);
    assert!(!s.searching());
    assert_eq!(
        press(&mut s, &mut d, KeyCode::Char('q')),
        ReviewOutcome::Quit
    );
}

/// The index behind the screen, counting what the screen asks of it.
struct Counting {
    inner: IndexData,
    searches: usize,
    sessions: usize,
    actions: usize,
    /// Each hit comes this many times (a search with thousands of matches).
    copies: usize,
    /// The limit of each search asked.
    limits: Vec<usize>,
}

impl Counting {
    fn new(inner: IndexData, copies: usize) -> Counting {
        Counting {
            inner,
            searches: 0,
            sessions: 0,
            actions: 0,
            copies,
            limits: Vec::new(),
        }
    }
}

impl ReviewData for Counting {
    fn networks(&mut self) -> Vec<String> {
        self.inner.networks()
    }
    fn plans(&mut self) -> Vec<String> {
        self.inner.plans()
    }
    fn sessions(&mut self, filter: &SessionFilter) -> Vec<SessionRow> {
        self.sessions += 1;
        self.inner.sessions(filter)
    }
    fn search(&mut self, query: &SearchQuery) -> Hits {
        self.searches += 1;
        self.limits.push(query.limit);
        let found = self.inner.search(query);
        let mut hits: Vec<SearchHit> = found
            .hits
            .iter()
            .flat_map(|h| std::iter::repeat_n(h.clone(), self.copies))
            .collect();
        let more = found.more || (query.limit > 0 && hits.len() > query.limit);
        if query.limit > 0 {
            hits.truncate(query.limit);
        }
        Hits { hits, more }
    }
    fn actions(&mut self, network: Option<&str>) -> Vec<runde::model::open_action::OpenAction> {
        self.actions += 1;
        self.inner.actions(network)
    }
    fn open(
        &mut self,
        id: &str,
    ) -> Result<(Record, Vec<runde::model::open_action::OpenAction>), String> {
        self.inner.open(id)
    }
    fn year(&mut self, record: &Record) -> Vec<runde::rotation::scores::YearPoint> {
        self.inner.year(record)
    }
    fn discard(&mut self, id: &str, lang: Lang) -> Result<(), String> {
        self.inner.discard(id, lang)
    }
    fn export(
        &mut self,
        id: &str,
        format: MinutesFormat,
        lang: Lang,
    ) -> Result<std::path::PathBuf, String> {
        self.inner.export(id, format, lang)
    }
}

/// Search as you type waits for a pause in the typing (150 ms), then asks
/// the index for the matches only; until then the list stays as it was.
#[test]
fn a_search_waits_for_a_pause_and_queries_only_the_matches() {
    use runde::clock::{Clock, FakeClock};
    use std::time::Duration;
    let (_dir, inner) = data(true);
    let mut d = Counting::new(inner, 1);
    let clock = FakeClock::default();
    let mut s = ReviewScreen::new(&mut d, today());
    let (sessions, actions) = (d.sessions, d.actions);
    let key = |c| KeyEvent::new(c, KeyModifiers::NONE);
    s.handle_at(&key(KeyCode::Char('/')), &mut d, clock.now());
    for c in "sygefravær".chars() {
        s.handle_at(&key(KeyCode::Char(c)), &mut d, clock.now());
        clock.advance(Duration::from_millis(100));
        assert!(!s.tick(&mut d, clock.now()), "still typing");
        // The list stays while the typing goes on.
        assert!(!s.searching());
        assert_eq!(s.sessions.len(), 3);
        assert!(draw(&s, Lang::En, (80, 24)).contains("3 sessions"));
    }
    assert_eq!(d.searches, 0, "no query while typing");
    assert_eq!(
        s.pause.wait(clock.now()),
        Some(Duration::from_millis(50)),
        "the loop sleeps until the pause is over"
    );
    clock.advance(Duration::from_millis(49));
    assert!(!s.tick(&mut d, clock.now()));
    clock.advance(Duration::from_millis(1));
    assert!(s.tick(&mut d, clock.now()), "150 ms after the last letter");
    assert_eq!(d.searches, 1, "one query for the word");
    assert_eq!(
        (d.sessions, d.actions),
        (sessions, actions),
        "only the matches are asked for"
    );
    assert!(s.searching());
    assert_eq!(s.hits.len(), 2);
    assert_eq!(s.pause.wait(clock.now()), None, "asleep until the next key");

    // Enter searches what is typed at once; emptying shows the list at once.
    s.handle_at(&key(KeyCode::Backspace), &mut d, clock.now());
    s.handle_at(&key(KeyCode::Enter), &mut d, clock.now());
    assert_eq!(d.searches, 2);
    assert_eq!(s.searched, "sygefravæ");
    s.handle_at(&key(KeyCode::Char('/')), &mut d, clock.now());
    s.handle_at(
        &KeyEvent::new(KeyCode::Char('u'), KeyModifiers::CONTROL),
        &mut d,
        clock.now(),
    );
    assert!(!s.searching());
    assert_eq!(s.pause.wait(clock.now()), None);
    assert_eq!(d.searches, 2, "an empty search asks nothing");
}

/// A search with more matches than the list shows says it shows the
/// newest, not how many there are.
#[test]
fn a_search_with_more_matches_than_shown_says_these_are_the_newest() {
    let (_dir, inner) = data(true);
    let mut d = Counting::new(inner, 150);
    let mut s = ReviewScreen::new(&mut d, today());
    let key = |c| KeyEvent::new(c, KeyModifiers::NONE);
    s.handle(&key(KeyCode::Char('/')), &mut d);
    for c in "sygefravær".chars() {
        s.handle(&key(KeyCode::Char(c)), &mut d);
    }
    s.handle(&key(KeyCode::Enter), &mut d);
    assert_eq!(s.hits.len(), runde::ui::screens::review::HIT_LIMIT);
    assert!(draw(&s, Lang::En, (80, 24)).contains("the 200 newest hits"));
    assert!(draw(&s, Lang::Da, (80, 24)).contains("de 200 nyeste fund"));
    // With a plan and a period chosen the filters give way with "…" (the
    // open actions first), never running into the count.
    s.handle(&key(KeyCode::Char('p')), &mut d);
    s.handle(&key(KeyCode::Char('d')), &mut d);
    s.handle(&key(KeyCode::Char('d')), &mut d);
    let header = draw(&s, Lang::Da, (80, 24))
        .lines()
        .nth(1)
        .unwrap()
        .to_string();
    assert!(
        header.contains("plan: Standardnetværksmøde")
            && header.contains("se… de 200 nyeste fund │"),
        "{header}"
    );
    assert!(!header.contains("åbne aftaler"), "{header}");
    let header = draw(&s, Lang::En, (80, 24))
        .lines()
        .nth(1)
        .unwrap()
        .to_string();
    assert!(header.contains("… the 200 newest hits │"), "{header}");
    // As many as are shown: the count.
    d.copies = 100;
    s.handle(&key(KeyCode::Char('/')), &mut d);
    s.handle(&key(KeyCode::Backspace), &mut d);
    s.handle(&key(KeyCode::Enter), &mut d);
    assert_eq!(s.hits.len(), 200);
    assert!(draw(&s, Lang::En, (80, 24)).contains(" 200 hits"));
    // The screen asks for as many as it shows: whether there are more is
    // the search's to say.
    assert!(
        d.limits
            .iter()
            .all(|&l| l == runde::ui::screens::review::HIT_LIMIT),
        "{:?}",
        d.limits
    );
}

#[test]
fn page_and_end_keys_move_through_a_long_list() {
    let (_dir, mut d) = data(true);
    let mut s = ReviewScreen::new(&mut d, today());
    let last = s.sessions.len() - 1;
    for (code, at) in [
        (KeyCode::End, last),
        (KeyCode::Home, 0),
        (KeyCode::PageDown, last),
        (KeyCode::PageUp, 0),
        (KeyCode::Char('G'), last),
        (KeyCode::Char('g'), 0),
    ] {
        press(&mut s, &mut d, code);
        assert_eq!(s.selected, at, "{code:?}");
    }
}

#[test]
fn filters_cycle_through_networks_and_periods() {
    let (_dir, mut d) = data(true);
    let mut s = ReviewScreen::new(&mut d, today());
    press(&mut s, &mut d, KeyCode::Char('n'));
    assert_eq!(s.network_name(), Some("Dagtilbud Nord"));
    assert_eq!(s.sessions.len(), 1);
    press(&mut s, &mut d, KeyCode::Char('n'));
    assert_eq!(s.sessions.len(), 2);
    press(&mut s, &mut d, KeyCode::Char('n'));
    assert_eq!(s.network_name(), None);
    // The last 3 months from 1 May 2026 start on 31 January: all three.
    press(&mut s, &mut d, KeyCode::Char('d'));
    assert_eq!(s.sessions.len(), 3);
    s.today = "2026-07-05".parse().unwrap();
    press(&mut s, &mut d, KeyCode::Char('d'));
    press(&mut s, &mut d, KeyCode::Char('d'));
    press(&mut s, &mut d, KeyCode::Char('d'));
    press(&mut s, &mut d, KeyCode::Char('d'));
    assert_eq!(s.sessions.len(), 2, "last 3 months from 5 July");
}

#[test]
fn the_detail_hides_private_notes_until_asked() {
    let (_dir, mut d) = data(true);
    let mut s = ReviewScreen::new(&mut d, today());
    press(&mut s, &mut d, KeyCode::Down);
    press(&mut s, &mut d, KeyCode::Down);
    press(&mut s, &mut d, KeyCode::Enter);
    let screen = draw(&s, Lang::Da, (120, 40));
    assert!(!screen.contains("indsigt"), "{screen}");
    assert!(!screen.contains("Carla holder"), "{screen}");
    s.handle(
        &KeyEvent::new(KeyCode::Char('p'), KeyModifiers::CONTROL),
        &mut d,
    );
    let screen = draw(&s, Lang::Da, (120, 40));
    assert!(screen.contains("Carla holder"), "{screen}");
    assert!(screen.contains("Min egen indsigt"), "{screen}");
    // Scrolling moves the notes, not the charts (at 80x24, where they do
    // not all fit).
    draw(&s, Lang::Da, (80, 24));
    press(&mut s, &mut d, KeyCode::Down);
    press(&mut s, &mut d, KeyCode::Down);
    let screen = draw(&s, Lang::Da, (80, 24));
    assert!(!screen.contains("Carla holder"), "{screen}");
    assert!(screen.contains("Taletid"), "{screen}");
}

#[test]
fn home_shows_the_selected_networks_open_actions() {
    use runde::ui::screens::home::HomeScreen;
    let (_dir, d) = data(true);
    let network = fixture(IDS[0]).network;
    let plan = fixture(IDS[0]).plan;
    let mut home = HomeScreen::new(
        vec![runde::model::Network::demo(), network],
        vec![plan],
        None,
    );
    home.open_actions = d
        .index
        .actions(None)
        .unwrap()
        .into_iter()
        .filter(|a| a.action.status == runde::model::record::ActionStatus::Open)
        .map(|a| (a.network, a.action))
        .collect();
    home.network = 1;
    for lang in LANGS {
        let screen =
            common::screen::draw(lang, (80, 24), |area, buf, ctx| home.render(area, buf, ctx));
        assert!(screen.contains("Dorte Lund: Undersøge"), "{screen}");
        assert!(!screen.contains("Bo sender"), "done, so not open: {screen}");
        assert!(!screen.contains("Carla holder"), "private: {screen}");
        assert!(!screen.contains("Jonas"), "another network: {screen}");
        insta::assert_snapshot!(format!("home_open_actions_80x24_{}", lang.code()), screen);
    }
}

/// Many open actions with long texts never push a message or a problem
/// off the home screen at 80x24: each action takes one row, ended with
/// "…", and the last row says how many more there are.
#[test]
fn home_fits_many_open_actions_above_its_message() {
    use runde::ui::screens::home::HomeScreen;
    let (_dir, d) = data(true);
    let network = fixture(IDS[0]).network;
    let plan = fixture(IDS[0]).plan;
    let mut home = HomeScreen::new(
        vec![runde::model::Network::demo(), network.clone()],
        vec![plan],
        None,
    );
    let one = d
        .index
        .actions(None)
        .unwrap()
        .into_iter()
        .find(|a| a.action.status == runde::model::record::ActionStatus::Open && !a.action.private)
        .unwrap();
    home.open_actions = (0..40)
        .map(|i| {
            let mut a = one.action.clone();
            a.text = format!("Aftale nummer {i} med en lang tekst, der ikke kan stå på én linje i et vindue på 80 kolonner");
            (one.network.clone(), a)
        })
        .collect();
    home.network = 1;
    home.problems = vec!["networks/x.ron:3:4: the string is not closed".into()];
    let screen = common::screen::draw(Lang::Da, (80, 24), |area, buf, ctx| {
        home.render(area, buf, ctx)
    });
    assert!(
        screen.contains("networks/x.ron:3:4"),
        "the problem stays in view: {screen}"
    );
    assert!(
        screen.contains("Aftale nummer 0 med en lang tekst"),
        "{screen}"
    );
    assert!(screen.contains("…"), "a long action ends in …: {screen}");
    assert!(screen.contains("mere"), "how many more: {screen}");
}

#[test]
fn e_saves_the_minutes_without_private_notes_and_says_where() {
    let (dir, mut d) = data(true);
    let mut s = ReviewScreen::new(&mut d, today());
    // From the list: the session under the cursor.
    assert_eq!(
        press(&mut s, &mut d, KeyCode::Char('e')),
        ReviewOutcome::Export(s.sessions[0].id.clone(), MinutesFormat::Markdown)
    );
    press(&mut s, &mut d, KeyCode::Down);
    press(&mut s, &mut d, KeyCode::Down);
    press(&mut s, &mut d, KeyCode::Enter);
    // Private notes shown on screen still stay out of the minutes.
    s.handle(
        &KeyEvent::new(KeyCode::Char('p'), KeyModifiers::CONTROL),
        &mut d,
    );
    let id = s.detail.as_ref().unwrap().record.id.clone();
    let ReviewOutcome::Export(asked, MinutesFormat::Markdown) =
        press(&mut s, &mut d, KeyCode::Char('e'))
    else {
        panic!("e exports");
    };
    assert_eq!(asked, id);
    s.export(&id, MinutesFormat::Markdown, &mut d, Lang::Da);
    let path = dir
        .path()
        .join("data")
        .join("exports")
        .join(format!("{id}.md"));
    assert_eq!(s.notice, Some(Notice::Exported(path.clone())));
    let minutes = std::fs::read_to_string(&path).unwrap();
    assert!(minutes.starts_with("# Referat"), "{minutes}");
    assert!(!minutes.contains("Min egen indsigt"), "{minutes}");
    let screen = draw(&s, Lang::Da, (120, 40));
    assert!(
        screen.contains("Referatet (uden private noter) er gemt i"),
        "{screen}"
    );
    // The next key puts the footer back.
    press(&mut s, &mut d, KeyCode::Down);
    assert_eq!(s.notice, None);
}

#[test]
fn shift_e_saves_the_minutes_as_html_beside_the_markdown() {
    let (dir, mut d) = data(true);
    let mut s = ReviewScreen::new(&mut d, today());
    let id = s.sessions[0].id.clone();
    assert_eq!(
        press(&mut s, &mut d, KeyCode::Char('E')),
        ReviewOutcome::Export(id.clone(), MinutesFormat::Html)
    );
    press(&mut s, &mut d, KeyCode::Enter);
    assert_eq!(
        press(&mut s, &mut d, KeyCode::Char('E')),
        ReviewOutcome::Export(id.clone(), MinutesFormat::Html)
    );
    s.export(&id, MinutesFormat::Html, &mut d, Lang::En);
    let path = dir
        .path()
        .join("data")
        .join("exports")
        .join(format!("{id}.html"));
    assert_eq!(s.notice, Some(Notice::Exported(path.clone())));
    let page = std::fs::read_to_string(&path).unwrap();
    assert!(page.starts_with("<!DOCTYPE html>"), "{page}");
    assert!(page.contains("<h1 style="), "{page}");
}

#[test]
fn a_failed_export_says_why_in_the_ui_language() {
    let (dir, mut d) = data(true);
    // A file where the exports folder should be.
    std::fs::write(dir.path().join("data").join("exports"), "").unwrap();
    let mut s = ReviewScreen::new(&mut d, today());
    let id = s.sessions[0].id.clone();
    s.export(&id, MinutesFormat::Markdown, &mut d, Lang::Da);
    let Some(Notice::ExportFailed(why)) = &s.notice else {
        panic!("{:?}", s.notice);
    };
    assert!(!why.contains("os error"), "{why}");
    assert!(draw(&s, Lang::Da, (120, 40)).contains("Referatet blev ikke gemt"));
}

#[test]
fn export_notice() {
    snap_all(
        "review_exported",
        |d| {
            let mut s = ReviewScreen::new(d, today());
            press(&mut s, d, KeyCode::Enter);
            s.notice = Some(Notice::Exported(
                "/home/anne/.local/share/runde/exports/2026-04-15-1300-dagtilbud-nord-standard.md"
                    .into(),
            ));
            s
        },
        true,
    );
}

/// A path longer than the screen is wide: cut in the middle of its
/// folders with "…", the file's name whole (the trial's path, 80x24).
#[test]
fn export_notice_with_a_long_path() {
    let path =
        "/tmp/trial-scale-4266/data/exports/2025-11-07-0930-dagtilbudsledere-centrum-1-standard.md";
    let name = "2025-11-07-0930-dagtilbudsledere-centrum-1-standard.md";
    let (_dir, mut d) = data(true);
    let mut s = ReviewScreen::new(&mut d, today());
    press(&mut s, &mut d, KeyCode::Enter);
    s.notice = Some(Notice::Exported(path.into()));
    for lang in LANGS {
        let screen = draw(&s, lang, (80, 24));
        let last = screen.lines().last().unwrap().trim_matches('"').trim_end();
        assert!(last.ends_with(name), "the file's name whole:\n{screen}");
        assert!(last.contains('…'), "the cut says so:\n{screen}");
        insta::assert_snapshot!(
            format!("review_exported_long_80x24_{}", lang.code()),
            screen
        );
        let wide = draw(&s, lang, (120, 40));
        assert!(wide.contains(path), "whole where it fits:\n{wide}");
    }
}

#[test]
fn scrolling_down_stops_at_the_last_note() {
    let (_dir, mut d) = data(true);
    let mut s = ReviewScreen::new(&mut d, today());
    press(&mut s, &mut d, KeyCode::Down);
    press(&mut s, &mut d, KeyCode::Down);
    press(&mut s, &mut d, KeyCode::Enter);
    for (lang, size) in [(Lang::Da, (80, 24)), (Lang::En, (120, 40))] {
        let top = draw(&s, lang, size);
        for _ in 0..200 {
            press(&mut s, &mut d, KeyCode::Down);
            draw(&s, lang, size);
        }
        let bottom = draw(&s, lang, size);
        let last = s
            .detail
            .as_ref()
            .unwrap()
            .record
            .notes
            .iter()
            .rev()
            .find(|n| !n.private)
            .unwrap();
        let words: String = last
            .text
            .split_whitespace()
            .take(2)
            .collect::<Vec<_>>()
            .join(" ");
        assert!(
            bottom.contains(&words),
            "the last note stays in view:\n{bottom}"
        );
        if size.1 > 30 {
            assert_eq!(top, bottom, "all of it fits: nothing to scroll");
            continue;
        }
        assert_ne!(top, bottom, "it did scroll");
        // One ↑ moves at once, however long ↓ was held.
        press(&mut s, &mut d, KeyCode::Up);
        assert_ne!(draw(&s, lang, size), bottom);
        for _ in 0..200 {
            press(&mut s, &mut d, KeyCode::Up);
        }
        assert_eq!(draw(&s, lang, size), top);
    }
}

#[test]
fn one_session_is_said_in_the_singular() {
    let (_dir, mut d) = data(true);
    let mut s = ReviewScreen::new(&mut d, today());
    for _ in 0..4 {
        if s.sessions.len() == 1 {
            break;
        }
        press(&mut s, &mut d, KeyCode::Char('n'));
    }
    assert_eq!(s.sessions.len(), 1);
    let da = draw(&s, Lang::Da, (120, 40));
    assert!(da.contains("1 møde ") && !da.contains("1 møder"), "{da}");
    let en = draw(&s, Lang::En, (120, 40));
    assert!(
        en.contains("1 session ") && !en.contains("1 sessions"),
        "{en}"
    );
}

/// A home whose only record cannot be read: the review names it, with its
/// place in the file, instead of "no sessions here yet".
#[test]
fn an_unreadable_record_is_named_not_hidden_as_no_sessions() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::new(Paths::under(dir.path()));
    let records = store.paths().records_dir();
    std::fs::create_dir_all(&records).unwrap();
    let bad = records.join("2026-05-01-0900-x-standard.ron");
    std::fs::write(&bad, "(version: 1, id: \"x\", status: Finishd)").unwrap();
    let mut data = IndexData::open(store).unwrap();
    let screen = ReviewScreen::new(&mut data, today());
    for lang in LANGS {
        let text = draw(&screen, lang, (120, 40));
        assert!(
            text.contains("2026-05-01-0900-x-standard.ron:1:"),
            "{lang:?}: {text}"
        );
        let empty = runde::i18n::review::EMPTY_DATA.get(lang);
        assert!(!text.contains(&empty[..20]), "{lang:?}: {text}");
    }
    let da = draw(&screen, Lang::Da, (80, 24));
    assert!(da.contains("kan ikke læses"), "{da}");
}

/// A damaged index is rebuilt, and the review says so above the list of
/// the sessions it found again.
#[test]
fn a_rebuilt_index_is_said_above_the_list() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::new(Paths::under(dir.path()));
    for id in IDS {
        store.save_record(&fixture(id)).unwrap();
    }
    drop(IndexData::open(store.clone()).unwrap());
    let path = store.paths().index_file();
    for suffix in ["-wal", "-shm"] {
        let _ = std::fs::remove_file(format!("{}{suffix}", path.display()));
    }
    std::fs::write(&path, b"this is not a database, and never was one").unwrap();
    let mut data = IndexData::open(store).unwrap();
    let screen = ReviewScreen::new(&mut data, today());
    assert_eq!(screen.sessions.len(), 3);
    let text = draw(&screen, Lang::En, (120, 40));
    assert!(text.contains("could not be used"), "{text}");
    assert!(text.contains("rebuilt it from"), "{text}");
    assert!(
        text.contains("skoleledere") || text.contains("Skoleledere"),
        "{text}"
    );
}

/// The detail of a meeting ends with its network's year: attendance beside
/// the check-out scores per meeting, as `runde network show` draws it,
/// never by name; scrolled to at 80x24.
#[test]
fn the_detail_draws_the_networks_year_of_scores_beside_attendance() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::new(Paths::under(dir.path()));
    for (id, scores) in [(IDS[0], [4u8, 5, 5]), (IDS[1], [2, 3, 3])] {
        let mut record = fixture(id);
        record.scores = record
            .attendance
            .iter()
            .zip(scores)
            .map(|(a, score)| runde::model::record::CheckoutScore {
                participant: a.participant.clone(),
                score,
            })
            .collect();
        store.save_record(&record).unwrap();
    }
    store.save_record(&fixture(IDS[2])).unwrap();
    let mut d = IndexData::open(store).unwrap();
    let mut s = ReviewScreen::new(&mut d, today());
    // The list is newest first: the April meeting of Skoleledere Øst.
    let row = s.sessions.iter().position(|r| r.id == IDS[1]).unwrap();
    for _ in 0..row {
        press(&mut s, &mut d, KeyCode::Down);
    }
    press(&mut s, &mut d, KeyCode::Enter);
    for (lang, size, title, march, april) in [
        (
            Lang::Da,
            (120, 40),
            "Fremmøde og tjek-ud det seneste år",
            ["7 af 8", "4,7 (3 svar)"],
            ["8 af 8", "2,7 (3 svar)"],
        ),
        (
            Lang::En,
            (80, 24),
            "Attendance and check-out over the year",
            ["7 of 8", "4.7 (3 answers)"],
            ["8 of 8", "2.7 (3 answers)"],
        ),
    ] {
        let row = |screen: &str, want: [&str; 2]| {
            screen
                .lines()
                .find(|l| want.iter().all(|w| l.contains(w)))
                .map(str::to_string)
        };
        let mut screen = draw(&s, lang, size);
        for _ in 0..60 {
            if row(&screen, march).is_some() && row(&screen, april).is_some() {
                break;
            }
            press(&mut s, &mut d, KeyCode::Down);
            screen = draw(&s, lang, size);
        }
        assert!(screen.contains(title), "{screen}");
        let april_row = row(&screen, april).expect(&screen);
        assert!(row(&screen, march).is_some(), "{screen}");
        assert!(april_row.contains('█'), "a bar: {april_row}");
        // Never by name.
        let who = &fixture(IDS[1]).attendance[0].participant;
        assert!(!april_row.contains(who.as_str()), "{april_row}");
        while s.detail.as_ref().is_some_and(|x| x.scroll > 0) {
            press(&mut s, &mut d, KeyCode::Up);
        }
    }
}
