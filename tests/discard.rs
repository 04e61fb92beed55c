//! Discarding an abandoned meeting: only one left unfinished, never while a
//! live runde holds it, and afterwards it is not offered for resuming.
// A test stops on a failed set-up: it may unwrap.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use runde::model::record::SessionStatus;
use runde::store::discard::DiscardError;
use runde::text::Lang;

#[test]
fn only_an_unfinished_meeting_no_one_holds_is_discarded() {
    let (_dir, store) = common::temp_store();
    let quit = common::sample_record("2026-11-23-0900-demo-standard", 2);
    let mut done = common::sample_record("2026-11-02-0900-demo-standard", 0);
    done.started -= chrono::Duration::days(21);
    done.status = SessionStatus::Finished;
    store.save_record(&quit).unwrap();
    store.save_record(&done).unwrap();
    assert_eq!(
        store.latest_unfinished().map(|r| r.id),
        Some(quit.id.clone())
    );

    // A live runde holds it: refused, untouched.
    let held = store.lock_record(&quit.id).unwrap();
    assert!(matches!(
        store.discard_record(&quit.id),
        Err(DiscardError::Store(_))
    ));
    drop(held);
    store.discard_record(&quit.id).unwrap();
    let back = store.load_record(&quit.id).unwrap();
    assert_eq!(back.status, SessionStatus::Discarded);
    assert_eq!(back.notes, quit.notes, "nothing said in it is lost");
    assert!(store.latest_unfinished().is_none(), "not offered to resume");

    let finished = store.discard_record(&done.id).unwrap_err();
    assert_eq!(
        finished.describe(Lang::Da),
        "Mødet er afsluttet og tæller med; kun et afbrudt møde kan kasseres."
    );
    assert!(matches!(
        store.discard_record(&quit.id),
        Err(DiscardError::Already)
    ));
}

#[test]
fn x_in_the_review_asks_then_discards_a_false_start() {
    use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
    use runde::ui::screens::review::{IndexData, ReviewData, ReviewOutcome, ReviewScreen};
    let (_dir, store) = common::temp_store();
    let quit = common::sample_record("2026-11-23-0900-demo-standard", 0);
    let mut done = common::sample_record("2026-11-02-0900-demo-standard", 0);
    done.started -= chrono::Duration::days(21);
    done.status = SessionStatus::Finished;
    store.save_record(&quit).unwrap();
    store.save_record(&done).unwrap();
    let mut data = IndexData::open(store.clone()).unwrap();
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 26).unwrap();
    let mut s = ReviewScreen::new(&mut data, today);
    let press = |s: &mut ReviewScreen, d: &mut IndexData, code| {
        s.handle(&KeyEvent::new(code, KeyModifiers::NONE), d)
    };
    let draw =
        |s: &ReviewScreen| common::screen::draw(Lang::Da, (80, 24), |a, b, c| s.render(a, b, c));
    // Newest first: the false start is under the cursor.
    assert_eq!(s.sessions[0].id, quit.id);
    // Any key but yes leaves it be.
    press(&mut s, &mut data, KeyCode::Char('x'));
    assert!(draw(&s).contains("Kassér det afbrudte møde 23/11/2026 i Demo?"));
    assert_eq!(
        press(&mut s, &mut data, KeyCode::Char('n')),
        ReviewOutcome::Stay
    );
    assert!(s.popups.is_empty());
    assert_eq!(
        store.load_record(&quit.id).unwrap().status,
        SessionStatus::InProgress
    );
    // Yes discards.
    press(&mut s, &mut data, KeyCode::Char('x'));
    let outcome = press(&mut s, &mut data, KeyCode::Char('j'));
    assert_eq!(outcome, ReviewOutcome::Discard(quit.id.clone()));
    s.discard(&quit.id, &mut data, Lang::Da);
    assert_eq!(
        store.load_record(&quit.id).unwrap().status,
        SessionStatus::Discarded
    );
    let screen = draw(&s);
    assert!(
        screen.contains("Mødet er kasseret og tæller ikke med."),
        "{screen}"
    );
    assert!(screen.contains("kasseret"), "{screen}");
    // A finished meeting is refused before anything is asked.
    press(&mut s, &mut data, KeyCode::Down);
    press(&mut s, &mut data, KeyCode::Char('x'));
    assert!(s.popups.is_empty());
    assert!(draw(&s).contains("kun et afbrudt møde kan kasseres"));
    assert!(data.actions(None).is_empty());
}

/// The review's question is on the popup layer and keeps its rule: `x`
/// hit twice asks once and waits; after `KEY_ECHO` another `x` is a no.
#[test]
fn x_hit_twice_in_the_review_asks_and_does_not_answer() {
    use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
    use runde::clock::{Clock, FakeClock};
    use runde::ui::popup::KEY_ECHO;
    use runde::ui::screens::review::{IndexData, ReviewOutcome, ReviewScreen};
    use std::time::Duration;
    let (_dir, store) = common::temp_store();
    let quit = common::sample_record("2026-11-23-0900-demo-standard", 0);
    store.save_record(&quit).unwrap();
    let mut data = IndexData::open(store.clone()).unwrap();
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 26).unwrap();
    let mut s = ReviewScreen::new(&mut data, today);
    let clock = FakeClock::default();
    let x = KeyEvent::new(KeyCode::Char('x'), KeyModifiers::NONE);
    let asked = |s: &ReviewScreen| {
        common::screen::draw(Lang::Da, (80, 24), |a, b, c| s.render(a, b, c))
            .contains("Kassér det afbrudte møde")
    };
    s.handle_at(&x, &mut data, clock.now());
    clock.advance(Duration::from_millis(80));
    assert_eq!(s.handle_at(&x, &mut data, clock.now()), ReviewOutcome::Stay);
    assert!(asked(&s), "a second x at 80 ms leaves the question open");
    clock.advance(KEY_ECHO);
    assert_eq!(s.handle_at(&x, &mut data, clock.now()), ReviewOutcome::Stay);
    assert!(!asked(&s) && s.popups.is_empty(), "x later is a no");
    // Asked again, yes discards.
    s.handle_at(&x, &mut data, clock.now());
    let j = KeyEvent::new(KeyCode::Char('j'), KeyModifiers::NONE);
    assert_eq!(
        s.handle_at(&j, &mut data, clock.now()),
        ReviewOutcome::Discard(quit.id.clone())
    );
}

#[test]
fn a_meeting_to_resume_that_became_unreadable_is_named_not_passed_over() {
    let (dir, store) = common::temp_store();
    let quit = common::sample_record("2026-11-23-0900-demo-standard", 2);
    store.save_record(&quit).unwrap();
    // The index learns of it as a meeting in progress…
    assert_eq!(
        store.latest_unfinished().map(|r| r.id),
        Some(quit.id.clone())
    );
    // …then the file is damaged behind its back.
    let path = store.record_path(&quit.id).unwrap();
    std::fs::write(&path, "(id: \"2026-11-23-0900-demo-standard").unwrap();

    let out = common::runde(dir.path(), &["--lang", "en", "resume"]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("2026-11-23-0900-demo-standard.ron"),
        "runde resume names the damaged meeting: {err}"
    );
}
