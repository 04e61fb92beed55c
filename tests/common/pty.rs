//! The real runde binary in a pseudo-terminal, with the screen it draws.
//! Every wait is on screen content with a deadline; there is no sleep.

use portable_pty::{Child, CommandBuilder, MasterPty, PtySize, native_pty_system};
use runde::clock::{Clock, SystemClock};
use std::io::{Read, Write};
use std::path::Path;
use std::sync::mpsc::{Receiver, channel};
use std::sync::{Arc, Mutex};
use std::time::Duration;

pub const DEADLINE: Duration = Duration::from_secs(20);

/// How runde has set up its terminal.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Modes {
    pub alternate: bool,
    pub cursor_hidden: bool,
    pub raw: bool,
}

/// One run of runde in a pseudo-terminal.
pub struct Term {
    pub child: Box<dyn Child + Send + Sync>,
    writer: Box<dyn Write + Send>,
    screen: Arc<Mutex<vt100::Parser>>,
    changed: Receiver<()>,
    _master: Box<dyn MasterPty + Send>,
    /// The keys sent last, and when.
    last_sent: Option<(String, std::time::Instant)>,
}

impl Term {
    /// runde at 80x24 with `RUNDE_HOME=home`.
    pub fn spawn(home: &Path, args: &[&str]) -> Term {
        Term::spawn_sized(home, args, 80, 24)
    }

    pub fn spawn_sized(home: &Path, args: &[&str], cols: u16, rows: u16) -> Term {
        Term::spawn_program(env!("CARGO_BIN_EXE_runde"), home, args, cols, rows)
    }

    /// `program args` in the pty, for runde behind a wrapper such as
    /// `setpriv` (the wrapper's arguments end with runde's path).
    pub fn spawn_program(program: &str, home: &Path, args: &[&str], cols: u16, rows: u16) -> Term {
        let pty = native_pty_system()
            .openpty(PtySize {
                rows,
                cols,
                pixel_width: 0,
                pixel_height: 0,
            })
            .expect("open a pty");
        let mut cmd = CommandBuilder::new(program);
        cmd.args(args);
        cmd.env("RUNDE_HOME", home);
        cmd.env("TERM", "xterm-256color");
        cmd.env("LANG", "en_US.UTF-8");
        let child = pty.slave.spawn_command(cmd).expect("spawn runde");
        drop(pty.slave);
        let mut reader = pty.master.try_clone_reader().expect("reader");
        let writer = pty.master.take_writer().expect("writer");
        let screen = Arc::new(Mutex::new(vt100::Parser::new(rows, cols, 0)));
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
            last_sent: None,
        }
    }

    /// The terminal's modes as runde has set them: the alternate screen
    /// and a hidden cursor as the screen parser saw them, raw input (no
    /// line editing, no echo) as the pty has it.
    pub fn modes(&self) -> Modes {
        let (alternate, cursor_hidden) = {
            let parser = self.screen.lock().unwrap();
            let screen = parser.screen();
            (screen.alternate_screen(), screen.hide_cursor())
        };
        let fd = self._master.as_raw_fd().expect("the pty's descriptor");
        // SAFETY: tcgetattr fills a zeroed termios from an open descriptor.
        let raw = unsafe {
            let mut t: libc::termios = std::mem::zeroed();
            assert_eq!(libc::tcgetattr(fd, &mut t), 0, "tcgetattr");
            t.c_lflag & (libc::ICANON | libc::ECHO) == 0
        };
        Modes {
            alternate,
            cursor_hidden,
            raw,
        }
    }

    /// Waits until `done(modes)` holds, or fails at the deadline.
    pub fn wait_modes(&self, what: &str, done: impl Fn(&Modes) -> bool) {
        let end = SystemClock.now() + DEADLINE;
        loop {
            let modes = self.modes();
            if done(&modes) {
                return;
            }
            if SystemClock.now() >= end {
                panic!(
                    "the terminal never got {what}: {modes:?}; it shows:\n{}",
                    self.contents()
                );
            }
            let _ = self.changed.recv_timeout(Duration::from_millis(50));
        }
    }

    /// The window resized to `cols` x `rows`: the pty (runde gets a
    /// SIGWINCH) and the screen it is read into.
    pub fn resize(&self, cols: u16, rows: u16) {
        self._master
            .resize(PtySize {
                rows,
                cols,
                pixel_width: 0,
                pixel_height: 0,
            })
            .expect("resize the pty");
        self.screen
            .lock()
            .unwrap()
            .screen_mut()
            .set_size(rows, cols);
    }

    /// Row `i` of the screen as it stands.
    pub fn row(&self, i: u16) -> String {
        let parser = self.screen.lock().unwrap();
        let (_, cols) = parser.screen().size();
        parser
            .screen()
            .rows(0, cols)
            .nth(usize::from(i))
            .unwrap_or_default()
    }

    pub fn contents(&self) -> String {
        self.screen.lock().unwrap().screen().contents()
    }

    /// Waits until the screen shows `text`, or fails at the deadline.
    pub fn wait_for(&self, text: &str) {
        self.wait_until(DEADLINE, |screen| screen.contains(text))
            .unwrap_or_else(|screen| {
                panic!("the screen never showed {text:?}; it shows:\n{screen}")
            });
    }

    /// Waits until `done(screen)` holds; the screen as it stands at the deadline otherwise.
    pub fn wait_until(&self, limit: Duration, done: impl Fn(&str) -> bool) -> Result<(), String> {
        let end = SystemClock.now() + limit;
        loop {
            let screen = self.contents();
            if done(&screen) {
                return Ok(());
            }
            let left = end.saturating_duration_since(SystemClock.now());
            if left.is_zero() {
                return Err(screen);
            }
            // Woken by new output; a quiet screen is looked at again
            // shortly, for changes that arrive as a whole frame.
            let _ = self
                .changed
                .recv_timeout(left.min(Duration::from_millis(100)));
        }
    }

    /// kill -9: no signal handler runs, nothing is flushed or saved.
    pub fn kill9(&mut self) {
        if let Some(pid) = self.child.process_id() {
            let _ = std::process::Command::new("kill")
                .args(["-9", &pid.to_string()])
                .status();
        }
        let _ = self.child.wait();
    }

    /// Waits for the process to end by itself, or fails at the deadline.
    pub fn wait_exit(&mut self) {
        let end = SystemClock.now() + DEADLINE;
        loop {
            if let Ok(Some(_)) = self.child.try_wait() {
                return;
            }
            if SystemClock.now() >= end {
                panic!("runde did not exit; the screen shows:\n{}", self.contents());
            }
            let _ = self.changed.recv_timeout(Duration::from_millis(50));
        }
    }

    /// Types `keys`. The same keys again come as a new press, as a person
    /// who saw the screen change presses again: runde takes the same key
    /// within `popup::KEY_ECHO` of the one that moved the meeting on as
    /// that key hit twice (tests/key_echo.rs). The real binary runs on
    /// the real clock, so this waits out the rest of the echo.
    pub fn send(&mut self, keys: &str) {
        let now = SystemClock.now();
        if let Some((last, at)) = &self.last_sent
            && last == keys
        {
            let echo = runde::ui::popup::KEY_ECHO + Duration::from_millis(50);
            let left = echo.saturating_sub(now.saturating_duration_since(*at));
            let _ = self.wait_until(left, |_| false);
        }
        self.writer.write_all(keys.as_bytes()).unwrap();
        self.writer.flush().unwrap();
        self.last_sent = Some((keys.to_string(), SystemClock.now()));
    }
}
