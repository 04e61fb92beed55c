//! A meeting taken up weeks after it was left, through the binary: the
//! time away was a pause, so the header plans the rest from now (trial:
//! »598943 min bagud«).
// A test stops on a failed set-up: it may unwrap.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::pty::Term;
use runde::clock::{Clock, FakeClock};
use runde::engine::{NewSession, Session};
use runde::model::Network;

#[test]
fn a_meeting_resumed_weeks_later_is_as_behind_as_it_was_left() {
    let dir = tempfile::tempdir().unwrap();
    let store = runde::store::Store::new(runde::store::Paths::under(dir.path()));
    // Left on 14 October, two minutes into its welcome.
    let clock = FakeClock::at("2026-10-14T09:00:00+02:00");
    let mut s = Session::start(
        NewSession::with_everyone(common::standard_plan(), Network::demo()),
        &clock,
    );
    clock.advance_secs(120);
    s.sync(clock.now(), clock.wall());
    store.save_record(s.record()).unwrap();
    let said = match s.standing(clock.now()) {
        runde::engine::Standing::Behind(m) => format!("· {m} min behind · ends about"),
        other => panic!("the plan for eight runs over its box: {other:?}"),
    };

    let mut term = Term::spawn_sized(dir.path(), &["resume", "--lang", "en"], 120, 40);
    term.wait_for("Welcome");
    // As far behind as when it was left, not seven weeks.
    term.wait_for(&said);
    term.send("q");
    term.wait_for("Quit?");
    term.send("y");
    term.wait_exit();
}
