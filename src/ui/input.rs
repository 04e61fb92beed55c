//! Waiting for input without spinning on a terminal that went away.
//!
//! When the terminal closes and SIGHUP is ignored (`nohup`, a wrapper that
//! traps it), the input stays readable forever while every read returns
//! nothing or EIO; crossterm 0.29 re-reads it in a loop that never returns
//! (crossterm issue #793, fix pending in #1067). So the loops wait on the
//! input themselves with poll(2), which reports the hang-up as POLLHUP, and
//! hand over to crossterm only when there is something to read.
//!
//! A hang-up that slips between that check and crossterm's read is caught
//! by `hangup_guard.rs`.
//!
//! Signals (`signals.rs`) wake the wait through a pipe polled beside the
//! input, and come out of it as [`Input::Signal`], between two events.

use super::signals::{self, Signal};
use crossterm::event::{self, Event};
use std::io;
use std::time::Duration;

/// True once SIGHUP came (the terminal closed, or `kill -HUP`).
pub fn hangup_signalled() -> bool {
    signals::hangup_signalled()
}

/// What came while waiting.
#[derive(Debug)]
pub enum Input {
    Event(Event),
    /// The wait ran out (or a signal such as a resize without an event).
    Timeout,
    /// The terminal is gone: save and end.
    Gone,
    /// A signal asks to end, or to stop, or the process runs again.
    Signal(Signal),
}

/// The next event within `wait` (`None`: as long as it takes).
pub fn next(wait: Option<Duration>) -> io::Result<Input> {
    super::hangup_guard::arm();
    if hung_up() || hangup_signalled() {
        return Ok(Input::Gone);
    }
    if let Some(signal) = signals::pending() {
        return Ok(Input::Signal(signal));
    }
    // A worker's result came after the loop looked for it, and its wake
    // was drained just now: the loop looks again, without waiting.
    let woken = signals::take_woken();
    // Events crossterm has read already but not handed out yet (a paste,
    // keys that came together) are not on the descriptor any more.
    if event::poll(Duration::ZERO)? {
        return Ok(Input::Event(event::read()?));
    }
    if woken {
        return Ok(Input::Timeout);
    }
    match wait_readable(wait)? {
        Ready::Gone => Ok(Input::Gone),
        Ready::Timeout => Ok(Input::Timeout),
        // Readable, or a signal: a resize arrives through crossterm's own
        // signal pipe, so ask it without waiting.
        Ready::Readable | Ready::Interrupted => {
            if hung_up() || hangup_signalled() {
                Ok(Input::Gone)
            } else if let Some(signal) = signals::pending() {
                Ok(Input::Signal(signal))
            } else {
                // A worker's wake, if that was it, is answered by this
                // return: the loop looks at what arrived.
                let _woken = signals::take_woken();
                if event::poll(Duration::ZERO)? {
                    Ok(Input::Event(event::read()?))
                } else {
                    Ok(Input::Timeout)
                }
            }
        }
    }
}

enum Ready {
    Readable,
    Timeout,
    Interrupted,
    Gone,
}

/// True when the terminal on standard input has hung up.
#[cfg(unix)]
pub fn hung_up() -> bool {
    matches!(poll_stdin(0, Some(Duration::ZERO)), Ok(Ready::Gone))
}

#[cfg(unix)]
fn wait_readable(wait: Option<Duration>) -> io::Result<Ready> {
    poll_stdin(libc::POLLIN, wait)
}

/// poll(2) on standard input, the descriptor crossterm reads when it is a
/// terminal (runde checks that it is before it starts), and on the pipe a
/// signal writes to.
#[cfg(unix)]
fn poll_stdin(events: libc::c_short, wait: Option<Duration>) -> io::Result<Ready> {
    // Whole milliseconds, rounded up: never wake before the wait is over.
    let ms = wait.map_or(-1, |w| {
        i32::try_from(w.as_micros().div_ceil(1000)).unwrap_or(i32::MAX)
    });
    let mut fds = [
        libc::pollfd {
            fd: libc::STDIN_FILENO,
            events,
            revents: 0,
        },
        libc::pollfd {
            // A negative descriptor is skipped.
            fd: signals::wake_fd().filter(|_| events != 0).unwrap_or(-1),
            events: libc::POLLIN,
            revents: 0,
        },
    ];
    // SAFETY: `fds` is a valid array of two pollfds that outlives the call.
    let n = unsafe { libc::poll(fds.as_mut_ptr(), 2, ms) };
    if n < 0 {
        let e = io::Error::last_os_error();
        return if e.kind() == io::ErrorKind::Interrupted {
            Ok(Ready::Interrupted)
        } else {
            Err(e)
        };
    }
    let revents = fds[0].revents;
    Ok(
        if revents & (libc::POLLHUP | libc::POLLERR | libc::POLLNVAL) != 0 {
            Ready::Gone
        } else if revents & libc::POLLIN != 0 || fds[1].revents != 0 {
            Ready::Readable
        } else {
            Ready::Timeout
        },
    )
}

#[cfg(not(unix))]
pub fn hung_up() -> bool {
    false
}

#[cfg(not(unix))]
fn wait_readable(wait: Option<Duration>) -> io::Result<Ready> {
    let ready = match wait {
        Some(w) => event::poll(w)?,
        None => event::poll(Duration::MAX)?,
    };
    Ok(if ready {
        Ready::Readable
    } else {
        Ready::Timeout
    })
}
