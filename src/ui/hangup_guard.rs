//! The last guard against a terminal that went away.
//!
//! `input.rs` checks for a hang-up before it hands the terminal to
//! crossterm, but a hang-up that comes between that check and crossterm's
//! read makes crossterm 0.29 re-read the dead terminal in a loop that never
//! returns (crossterm issue #793): runde would spin for ever with nobody
//! to see it. So a thread waits for the hang-up alone (poll(2) with no
//! events asked: no wakes, no CPU until it comes), wakes the loop, and if
//! the process has not ended within [`GRACE`], ends it. Every change of a
//! live session is on disk the moment it is made, and the room view sees
//! that runde's process is gone.

use std::sync::OnceLock;
use std::time::Duration;

/// Time for the loop to save and end on its own after the hang-up.
pub const GRACE: Duration = Duration::from_secs(10);

/// Starts the guard on standard input, once per process.
#[cfg(unix)]
pub fn arm() {
    static ARMED: OnceLock<()> = OnceLock::new();
    ARMED.get_or_init(|| {
        // Without the thread runde works as before: the guard only covers
        // a rare race, so a failed spawn is no reason to stop.
        let _ = std::thread::Builder::new()
            .name("hangup-guard".into())
            .spawn(|| watch(libc::STDIN_FILENO, GRACE, super::signals::nudge, end));
    });
}

#[cfg(not(unix))]
pub fn arm() {}

/// The loop did not end after the hang-up: end the process as the loop
/// would have (a lost terminal ends runde successfully).
#[cfg(unix)]
fn end() {
    std::process::exit(0);
}

/// Waits until `fd` hangs up, calls `wake`, waits `grace`, calls `end`.
/// Returns without calling either if `fd` cannot be waited on.
#[cfg(unix)]
fn watch(fd: libc::c_int, grace: Duration, wake: fn(), end: impl FnOnce()) {
    loop {
        let mut pfd = libc::pollfd {
            fd,
            events: 0,
            revents: 0,
        };
        // SAFETY: one valid pollfd that outlives the call.
        let n = unsafe { libc::poll(&mut pfd, 1, -1) };
        if n < 0 {
            if std::io::Error::last_os_error().kind() == std::io::ErrorKind::Interrupted {
                continue;
            }
            return;
        }
        if pfd.revents & (libc::POLLHUP | libc::POLLERR | libc::POLLNVAL) != 0 {
            break;
        }
    }
    wake();
    std::thread::sleep(grace);
    end();
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;
    use std::sync::mpsc;

    fn no_wake() {}

    #[test]
    fn a_hang_up_ends_what_the_loop_did_not() {
        let mut fds = [0; 2];
        // SAFETY: a valid array of two descriptors for pipe(2).
        assert_eq!(unsafe { libc::pipe(fds.as_mut_ptr()) }, 0);
        let [read, write] = fds;
        let (ended, on_end) = mpsc::channel();
        let guard = std::thread::spawn(move || {
            watch(read, Duration::ZERO, no_wake, move || {
                let _ = ended.send(());
            })
        });
        // Nothing hung up yet: the guard waits.
        assert!(on_end.recv_timeout(Duration::from_millis(50)).is_err());
        // The other end goes away, as a closed terminal does.
        // SAFETY: closes a descriptor this test opened.
        unsafe { libc::close(write) };
        assert!(on_end.recv_timeout(Duration::from_secs(30)).is_ok());
        guard.join().unwrap();
        // SAFETY: closes a descriptor this test opened.
        unsafe { libc::close(read) };
    }
}
