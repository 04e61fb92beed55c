//! A worker's wake is never lost: the home screen's data came after the
//! loop looked for it and just before the wait, the look for signals
//! drained its byte, and the screen said »henter …« until a key came (a
//! pty test saw it for 20 s on a busy machine). In a binary of its own:
//! it installs runde's signal handlers in the process.
// A test stops on a failed set-up: it may unwrap.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use runde::ui::signals::{install, nudge, pending, take_woken};

#[cfg(unix)]
#[test]
fn a_nudge_drained_by_the_look_for_signals_is_not_lost() {
    install();
    assert!(!take_woken());
    nudge();
    assert_eq!(pending(), None);
    assert!(take_woken(), "the wait must not sleep past the result");
    assert!(!take_woken(), "once");
}
