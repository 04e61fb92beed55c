//! The real binary in a pseudo-terminal: start with participants, give the
//! turn on, write a note, kill the process, resume, and the note is there.
//! Every wait is on screen content, with a deadline; there is no sleep.

use portable_pty::{Child, CommandBuilder, MasterPty, PtySize, native_pty_system};
use runde::clock::{Clock, SystemClock};
use std::io::{Read, Write};
use std::path::Path;
use std::sync::mpsc::{Receiver, channel};
use std::sync::{Arc, Mutex};
use std::time::Duration;

const ROWS: u16 = 24;
const COLS: u16 = 80;
const DEADLINE: Duration = Duration::from_secs(20);

/// One run of runde in a pseudo-terminal, with the screen it draws.
struct Term {
    child: Box<dyn Child + Send + Sync>,
    writer: Box<dyn Write + Send>,
    screen: Arc<Mutex<vt100::Parser>>,
    changed: Receiver<()>,
    _master: Box<dyn MasterPty + Send>,
}

impl Term {
    fn spawn(home: &Path, args: &[&str]) -> Term {
        let pty = native_pty_system()
            .openpty(PtySize {
                rows: ROWS,
                cols: COLS,
                pixel_width: 0,
                pixel_height: 0,
            })
            .expect("open a pty");
        let mut cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_runde"));
        cmd.args(args);
        cmd.env("RUNDE_HOME", home);
        cmd.env("TERM", "xterm-256color");
        cmd.env("LANG", "en_US.UTF-8");
        let child = pty.slave.spawn_command(cmd).expect("spawn runde");
        drop(pty.slave);
        let mut reader = pty.master.try_clone_reader().expect("reader");
        let writer = pty.master.take_writer().expect("writer");
        let screen = Arc::new(Mutex::new(vt100::Parser::new(ROWS, COLS, 0)));
        let (tx, changed) = channel();
        let parser = Arc::clone(&screen);
        std::thread::spawn(move || {
            let mut buf = [0u8; 8192];
            while let Ok(n) = reader.read(&mut buf) {
                if n == 0 {
                    break;
                }
                if let Ok(mut p) = parser.lock() {
                    p.process(&buf[..n]);
                }
                if tx.send(()).is_err() {
                    break;
                }
            }
        });
        Term {
            child,
            writer,
            screen,
            changed,
            _master: pty.master,
        }
    }

    fn contents(&self) -> String {
        self.screen.lock().unwrap().screen().contents()
    }

    /// Waits until the screen shows `text`, or fails at the deadline.
    fn wait_for(&self, text: &str) {
        let end = SystemClock.now() + DEADLINE;
        loop {
            if self.contents().contains(text) {
                return;
            }
            let left = end.saturating_duration_since(SystemClock.now());
            if left.is_zero() || self.changed.recv_timeout(left).is_err() {
                panic!(
                    "the screen never showed {text:?}; it shows:\n{}",
                    self.contents()
                );
            }
        }
    }

    fn send(&mut self, keys: &str) {
        self.writer.write_all(keys.as_bytes()).unwrap();
        self.writer.flush().unwrap();
    }
}

#[test]
fn a_note_survives_a_killed_session() {
    let home = tempfile::tempdir().unwrap();
    let mut term = Term::spawn(
        home.path(),
        &["start", "--participants", "Anne,Bo,Carla", "--lang", "en"],
    );
    term.wait_for("Welcome");
    term.send("l");
    term.wait_for("Frame the round");
    term.send("n");
    term.wait_for("Now: Anne");
    term.send("n");
    term.wait_for("Now: Bo");
    term.send("i");
    term.wait_for("New note");
    term.send("Remember the cake for Ærø");
    term.wait_for("│Remember the cake for Ærø");
    term.send("\r");
    term.wait_for("Notes (1)");
    term.wait_for("Remember the cake for Ærø");

    // No quit, no goodbye: the process dies where it stands.
    term.child.kill().unwrap();
    term.child.wait().unwrap();

    let records = std::fs::read_dir(home.path().join("data").join("records"))
        .unwrap()
        .filter_map(|e| e.ok())
        .filter(|e| e.path().extension().is_some_and(|x| x == "ron"))
        .count();
    assert_eq!(records, 1);

    let mut again = Term::spawn(home.path(), &["resume", "--lang", "en"]);
    again.wait_for("Remember the cake for Ærø");
    again.wait_for("Now: Bo");
    again.send("q");
    again.wait_for("Quit?");
    again.send("y");
    again.child.wait().unwrap();
}
