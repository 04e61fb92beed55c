//! A runde whose terminal goes away while SIGHUP is ignored (nohup, a
//! wrapper that traps it) saves and ends, instead of spinning on its
//! closed input for ever.
// A test stops on a failed set-up: it may unwrap.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use portable_pty::{CommandBuilder, ExitStatus, PtySize, native_pty_system};
use runde::clock::{Clock, SystemClock};
use runde::store::{Paths, Store};
use std::io::Read;
use std::path::Path;
use std::sync::mpsc::channel;
use std::time::Duration;

/// Generous: a loaded CI machine is slow to start a debug binary, and a
/// passing run ends as soon as runde does.
const DEADLINE: Duration = Duration::from_secs(60);

/// Runs runde (with SIGHUP ignored, or not) until the screen shows
/// `first`, types `keys`, waits for `then`, closes the terminal and waits
/// for the end.
fn hang_up(
    home: &Path,
    ignore_sighup: bool,
    args: &[&str],
    first: &str,
    keys: &[u8],
    then: &str,
) -> ExitStatus {
    let pty = native_pty_system()
        .openpty(PtySize {
            rows: 40,
            cols: 120,
            pixel_width: 0,
            pixel_height: 0,
        })
        .unwrap();
    let mut cmd = CommandBuilder::new("sh");
    let script = if ignore_sighup {
        "trap '' HUP; exec \"$0\" \"$@\""
    } else {
        "exec \"$0\" \"$@\""
    };
    cmd.args(["-c", script, env!("CARGO_BIN_EXE_runde")]);
    cmd.args(args);
    cmd.env("RUNDE_HOME", home);
    cmd.env("TERM", "xterm-256color");
    let mut child = pty.slave.spawn_command(cmd).unwrap();
    drop(pty.slave);

    // The reader (a copy of the master) goes with the thread, so dropping
    // the master below closes the pty.
    let mut reader = pty.master.try_clone_reader().unwrap();
    let (shown, on_screen) = channel();
    let (first, then) = (first.to_string(), then.to_string());
    let watcher = std::thread::spawn(move || {
        let mut screen = vt100::Parser::new(40, 120, 0);
        let mut buf = [0u8; 8192];
        let mut saw_first = false;
        while let Ok(n) = reader.read(&mut buf) {
            if n == 0 {
                break;
            }
            screen.process(&buf[..n]);
            let contents = screen.screen().contents();
            if !saw_first && contents.contains(&first) {
                saw_first = true;
                let _ = shown.send(());
            }
            if saw_first && contents.contains(&then) {
                let _ = shown.send(());
                break;
            }
        }
    });
    let mut shows = |what: &str| {
        if on_screen.recv_timeout(DEADLINE).is_err() {
            let _ = child.kill();
            panic!("the screen never showed {what}");
        }
    };
    shows("the first screen");
    if !keys.is_empty() {
        // Not through portable-pty's writer: dropping it types "\n" and EOF.
        let master = pty.master.as_raw_fd().unwrap();
        // SAFETY: writes from a live buffer of that length to the open master.
        let written = unsafe { libc::write(master, keys.as_ptr().cast(), keys.len()) };
        assert_eq!(written, keys.len() as isize);
    }
    shows("the screen after the keys");
    watcher.join().unwrap();
    // The last copy of the master: the terminal goes away.
    drop(pty.master);

    let end = SystemClock.now() + DEADLINE;
    loop {
        if let Some(status) = child.try_wait().unwrap() {
            return status;
        }
        if SystemClock.now() >= end {
            let _ = child.kill();
            panic!("runde still runs {DEADLINE:?} after its terminal closed");
        }
        let _ = on_screen.recv_timeout(Duration::from_millis(20));
    }
}

#[test]
fn a_live_session_saves_and_ends_when_its_terminal_closes() {
    for ignore_sighup in [true, false] {
        live_session_hangs_up(ignore_sighup);
    }
}

fn live_session_hangs_up(ignore_sighup: bool) {
    let home = tempfile::tempdir().unwrap();
    let args = ["start", "--participants", "Anne,Bo,Carla", "--lang", "en"];
    // The check-in round with a turn running: the loop wakes every second.
    let status = hang_up(home.path(), ignore_sighup, &args, "q quit", b"ln", "Now:");
    assert!(
        status.success(),
        "SIGHUP ignored: {ignore_sighup}: {status:?}"
    );

    let store = Store::new(Paths::under(home.path()));
    let ids = store.record_ids();
    assert_eq!(ids.len(), 1, "the session was saved: {ids:?}");
    let record = store.load_record(&ids[0]).unwrap();
    assert!(!record.is_finished(), "saved as it stood, to resume");
    assert!(record.live.speaking);
    let room = store.room_state().expect("a room state").unwrap();
    assert!(!room.live, "the room is told the session ended");
}

#[test]
fn the_home_screen_ends_when_its_terminal_closes() {
    let home = tempfile::tempdir().unwrap();
    // Nothing runs on a timer here: the loop waits for a key without end.
    let status = hang_up(home.path(), true, &["--lang", "en"], "quit", b"", "quit");
    assert!(status.success(), "{status:?}");
}
