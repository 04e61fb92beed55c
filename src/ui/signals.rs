//! Signals, turned into something the loops handle between two events, so
//! runde never dies or stops in the middle of a frame or a save:
//!
//! - SIGTERM, SIGINT, SIGQUIT: end as the user's quit would, saving first.
//! - SIGHUP: the terminal went away (see `input.rs`).
//! - SIGTSTP: give the terminal back, then stop; SIGCONT: take it again
//!   and draw everything anew (also after a plain SIGSTOP).
//!
//! The handlers only set a flag and write a byte to a pipe that the input
//! wait polls beside the terminal, so a signal that comes just before the
//! wait still wakes it. (signal-hook is in the tree already through
//! crossterm; it does the async-signal-safe part.)
//!
//! A signal the user's shell set to be ignored (nohup, a background job)
//! stays ignored.

#[cfg(unix)]
use std::os::fd::RawFd;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, OnceLock};

/// What a signal asks of the loop.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Signal {
    /// End now, saving first (the signal's number, for the exit code).
    End(i32),
    /// Give the terminal back and stop (Ctrl-Z, `kill -TSTP`).
    Suspend,
    /// Running again after a stop: take the terminal back and redraw.
    Continued,
}

struct Flags {
    end: Arc<AtomicUsize>,
    hangup: Arc<AtomicBool>,
    suspend: Arc<AtomicBool>,
    continued: Arc<AtomicBool>,
    /// The end of the wake pipe the input wait polls.
    #[cfg(unix)]
    wake: Option<std::os::unix::net::UnixStream>,
    /// The end the handlers (and [`nudge`]) write to.
    #[cfg(unix)]
    wake_write: Option<RawFd>,
}

static FLAGS: OnceLock<Flags> = OnceLock::new();

/// The wake pipe was drained of a nudge (or a signal's byte): whoever
/// drains it must not leave the wait asleep on a result that came.
static WOKEN: AtomicBool = AtomicBool::new(false);

/// Catches the signals above, once per process.
pub fn install() {
    FLAGS.get_or_init(register);
}

#[cfg(unix)]
fn register() -> Flags {
    use signal_hook::consts::{SIGCONT, SIGHUP, SIGINT, SIGQUIT, SIGTERM, SIGTSTP};
    use signal_hook::low_level::pipe;
    use std::os::fd::AsRawFd;
    let flags = Flags {
        end: Arc::new(AtomicUsize::new(0)),
        hangup: Arc::new(AtomicBool::new(false)),
        suspend: Arc::new(AtomicBool::new(false)),
        continued: Arc::new(AtomicBool::new(false)),
        wake: None,
        wake_write: None,
    };
    let Ok((read, write)) = std::os::unix::net::UnixStream::pair() else {
        return flags;
    };
    if read.set_nonblocking(true).is_err() || write.set_nonblocking(true).is_err() {
        return flags;
    }
    let wake_fd = write.as_raw_fd();
    // The write end lives as long as the process: the handlers write to it.
    std::mem::forget(write);
    let wake = |sig| {
        let _ = pipe::register_raw(sig, wake_fd);
    };
    for sig in [SIGTERM, SIGINT, SIGQUIT] {
        if sig == SIGTERM || !ignored(sig) {
            let value = usize::try_from(sig).unwrap_or(1);
            let _ = signal_hook::flag::register_usize(sig, Arc::clone(&flags.end), value);
            wake(sig);
        }
    }
    for (sig, flag) in [
        (SIGHUP, &flags.hangup),
        (SIGTSTP, &flags.suspend),
        (SIGCONT, &flags.continued),
    ] {
        if !ignored(sig) {
            let _ = signal_hook::flag::register(sig, Arc::clone(flag));
            wake(sig);
        }
    }
    Flags {
        wake: Some(read),
        wake_write: Some(wake_fd),
        ..flags
    }
}

#[cfg(not(unix))]
fn register() -> Flags {
    Flags {
        end: Arc::new(AtomicUsize::new(0)),
        hangup: Arc::new(AtomicBool::new(false)),
        suspend: Arc::new(AtomicBool::new(false)),
        continued: Arc::new(AtomicBool::new(false)),
    }
}

/// True when `sig` is set to be ignored (by nohup, or a shell for a
/// background job): runde leaves it so.
#[cfg(unix)]
fn ignored(sig: i32) -> bool {
    // SAFETY: a query only (no new action), into a zeroed struct.
    unsafe {
        let mut old: libc::sigaction = std::mem::zeroed();
        libc::sigaction(sig, std::ptr::null(), &mut old) == 0 && old.sa_sigaction == libc::SIG_IGN
    }
}

/// True once SIGHUP came.
pub fn hangup_signalled() -> bool {
    FLAGS
        .get()
        .is_some_and(|f| f.hangup.load(Ordering::Relaxed))
}

/// What the signals that came ask for: an end stays asked for; a stop or a
/// continue is handed out once.
pub fn pending() -> Option<Signal> {
    let flags = FLAGS.get()?;
    if drain_wake(flags) {
        WOKEN.store(true, Ordering::Relaxed);
    }
    match flags.end.load(Ordering::Relaxed) {
        0 => {}
        sig => return Some(Signal::End(i32::try_from(sig).unwrap_or(1))),
    }
    if flags.suspend.swap(false, Ordering::Relaxed) {
        flags.continued.store(false, Ordering::Relaxed);
        return Some(Signal::Suspend);
    }
    if flags.continued.swap(false, Ordering::Relaxed) {
        return Some(Signal::Continued);
    }
    None
}

/// True (once) when [`pending`] drained a wake that no signal explains
/// yet: a worker's [`nudge`] that came just before the wait. The wait then
/// returns at once, and the loop looks at what arrived.
pub fn take_woken() -> bool {
    WOKEN.swap(false, Ordering::Relaxed)
}

/// Forgets a continue that came with the end of a stop runde made itself
/// (the terminal is taken back already).
pub fn forget_continue() {
    if let Some(flags) = FLAGS.get() {
        let _drained = drain_wake(flags);
        flags.continued.store(false, Ordering::Relaxed);
    }
}

/// Wakes the input wait from another thread (a worker with a result for
/// the loop), which then sees [`crate::ui::input::Input::Timeout`] and
/// looks at what arrived. Nothing happens before [`install`].
#[cfg(unix)]
pub fn nudge() {
    if let Some(fd) = FLAGS.get().and_then(|f| f.wake_write) {
        let byte = [1u8];
        // SAFETY: `fd` is the wake pipe's write end, open for the life of
        // the process; a full (non-blocking) pipe already wakes the wait.
        let _ = unsafe { libc::write(fd, byte.as_ptr().cast(), 1) };
    }
}

#[cfg(not(unix))]
pub fn nudge() {}

/// The descriptor that becomes readable when a signal came.
#[cfg(unix)]
pub fn wake_fd() -> Option<RawFd> {
    use std::os::fd::AsRawFd;
    FLAGS.get()?.wake.as_ref().map(AsRawFd::as_raw_fd)
}

/// Empties the wake pipe; true when there was something in it.
#[cfg(unix)]
fn drain_wake(flags: &Flags) -> bool {
    use std::io::Read;
    let mut buf = [0u8; 64];
    let mut any = false;
    if let Some(mut wake) = flags.wake.as_ref() {
        while matches!(wake.read(&mut buf), Ok(n) if n > 0) {
            any = true;
        }
    }
    any
}

#[cfg(not(unix))]
fn drain_wake(_flags: &Flags) -> bool {
    false
}

/// Stops this process as SIGTSTP would have, until SIGCONT.
#[cfg(unix)]
pub fn stop_now() {
    let _ = signal_hook::low_level::raise(signal_hook::consts::SIGSTOP);
}

#[cfg(not(unix))]
pub fn stop_now() {}
