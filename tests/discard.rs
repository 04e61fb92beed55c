//! Discarding an abandoned meeting: only one left unfinished, never while a
//! live runde holds it, and afterwards it is not offered for resuming.

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
