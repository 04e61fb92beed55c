//! A virtual X display (Xvfb) with xterm windows running runde, and their
//! window dumps (xwd): runde's screens as a real terminal emulator paints
//! them, fonts and all.

use super::xwd::Image;
use runde::clock::{Clock, SystemClock};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::Duration;

/// The first of xterm, Xvfb and xwd that is not installed.
pub fn missing_tools() -> Option<&'static str> {
    ["xterm", "Xvfb", "xwd"].into_iter().find(|tool| {
        Command::new("sh")
            .args(["-c", &format!("command -v {tool}")])
            .stdout(Stdio::null())
            .status()
            .map_or(true, |s| !s.success())
    })
}

/// A running Xvfb; ended when dropped.
pub struct Display {
    pub name: String,
    server: Child,
}

impl Drop for Display {
    /// Ends Xvfb with SIGTERM, so it removes its socket and lock file.
    fn drop(&mut self) {
        let ended = Command::new("kill")
            .arg(self.server.id().to_string())
            .status()
            .is_ok_and(|s| s.success());
        if !ended {
            let _ = self.server.kill();
        }
        let _ = self.server.wait();
    }
}

/// An xterm window; closed when dropped.
pub struct Window {
    pub title: String,
    pub log: std::path::PathBuf,
    child: Child,
}

impl Drop for Window {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Display {
    /// A fresh Xvfb on a display number nobody uses.
    pub fn start() -> Display {
        let mut number = 140 + std::process::id() % 400;
        while Path::new(&format!("/tmp/.X11-unix/X{number}")).exists()
            || Path::new(&format!("/tmp/.X{number}-lock")).exists()
        {
            number += 1;
        }
        let name = format!(":{number}");
        let server = Command::new("Xvfb")
            .args([
                &name,
                "-screen",
                "0",
                "1400x900x24",
                "-nolisten",
                "tcp",
                "-noreset",
            ])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("Xvfb starts");
        let socket = format!("/tmp/.X11-unix/X{number}");
        let started = SystemClock.now();
        while !Path::new(&socket).exists() {
            assert!(
                SystemClock.now().duration_since(started) < Duration::from_secs(10),
                "Xvfb did not start"
            );
            std::thread::sleep(Duration::from_millis(50));
        }
        Display { name, server }
    }

    /// An 80x24 xterm with background `bg` running runde with `args`.
    pub fn xterm(&self, home: &Path, title: &str, bg: &str, runde: &str, args: &[&str]) -> Window {
        let fg = if bg == "black" { "white" } else { "black" };
        let child = Command::new("xterm")
            .args([
                "-display",
                &self.name,
                "-geometry",
                "80x24",
                "-fa",
                "DejaVu Sans Mono",
                "-fs",
                "11",
                "-bg",
                bg,
                "-fg",
                fg,
                "-T",
                title,
                "-xrm",
                "XTerm*allowTitleOps: false",
                "-e",
                runde,
            ])
            .args(args)
            .env("RUNDE_HOME", home)
            .env("LANG", "C.UTF-8")
            .env_remove("NO_COLOR")
            .env_remove("COLORFGBG")
            .stdout(Stdio::null())
            .stderr(std::fs::File::create(home.join(format!("{title}.stderr"))).expect("log"))
            .spawn()
            .expect("xterm starts");
        Window {
            title: title.to_string(),
            log: home.join(format!("{title}.stderr")),
            child,
        }
    }

    /// The window's dump, once it is mapped; None while it is not.
    pub fn dump(&self, window: &Window) -> Option<Image> {
        let out = Command::new("xwd")
            .args([
                "-display",
                &self.name,
                "-name",
                &window.title,
                "-silent",
                "-nobdrs",
            ])
            .stderr(Stdio::null())
            .output()
            .ok()?;
        if !out.status.success() {
            return None;
        }
        Image::parse(&out.stdout)
    }

    /// Dumps the window until `ready` accepts the image or `within` runs
    /// out; the last image and what `ready` said of it.
    pub fn dump_until(
        &self,
        window: &mut Window,
        within: Duration,
        ready: impl Fn(&Image) -> Result<(), String>,
    ) -> Result<Image, String> {
        let started = SystemClock.now();
        let mut last = Err(format!("window {} never appeared", window.title));
        let log = || std::fs::read_to_string(&window.log).unwrap_or_default();
        while SystemClock.now().duration_since(started) < within {
            if let Some(image) = self.dump(window) {
                match ready(&image) {
                    Ok(()) => return Ok(image),
                    Err(e) => last = Err(e),
                }
            }
            std::thread::sleep(Duration::from_millis(200));
        }
        let ended = window.child.try_wait().ok().flatten();
        last.map_err(|e| format!("{e}; xterm ended: {ended:?}; it said: {}", log()))
    }
}
