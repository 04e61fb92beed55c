//! The live screen and the room view in a real terminal emulator: xterm
//! under Xvfb, with a white and with a black background, every bundled
//! theme. Screenshots are read back pixel by pixel: the big digits are
//! solid (no stripe between cell rows), the step title stands out from
//! the background, and `high-contrast` is white on black whatever the
//! terminal's own colours. Skips, saying so, where xterm, Xvfb or xwd is
//! missing (`.ci/run` installs them where it can).
// A test stops on a failed set-up: it may unwrap.
#![allow(clippy::unwrap_used, clippy::expect_used)]
// A skip says so on stderr, where cargo test shows it.
#![allow(clippy::disallowed_macros)]

mod common;

use common::xterm::{Display, missing_tools};
use common::xwd::{Image, Rgb, contrast};
use std::time::Duration;

const THEMES: [&str; 3] = ["default", "light", "high-contrast"];
const BACKGROUNDS: [&str; 2] = ["white", "black"];
const ROWS: u32 = 24;
/// How long a window may take to show runde's screen.
const WITHIN: Duration = Duration::from_secs(15);

/// The longest unbroken vertical run of `colour` in any column of rows
/// `top..bottom` of the window.
fn longest_run(image: &Image, colour: Rgb, top: u32, bottom: u32) -> u32 {
    let mut longest = 0;
    for x in 0..image.width {
        let mut run = 0;
        for y in top..bottom.min(image.height) {
            if image.pixel(x, y) == colour {
                run += 1;
                longest = longest.max(run);
            } else {
                run = 0;
            }
        }
    }
    longest
}

/// What one screen must show in a real terminal.
fn check(image: &Image, theme: &str, terminal_bg: &str, what: &str) -> Result<(), String> {
    let cell_h = image.height / ROWS;
    let background = image.background();
    if theme == "high-contrast" && background != Rgb(0, 0, 0) {
        return Err(format!("{what}: background {background:?}, not black"));
    }
    // The title row: its ink stands out from the background.
    let title_row = if what == "room" { 0 } else { 1 };
    let ink = image.strongest_ink(title_row * cell_h, (title_row + 1) * cell_h, background);
    let title_contrast = contrast(ink, background);
    if title_contrast < 3.0 {
        return Err(format!(
            "{what} ({theme} in a {terminal_bg} xterm): title ink {ink:?} on {background:?} has contrast {title_contrast:.1}"
        ));
    }
    // The room view's second row, the step number in the muted colour,
    // reads too.
    if what == "room" {
        let muted = image.strongest_ink(cell_h, 2 * cell_h, background);
        if contrast(muted, background) < 3.0 {
            return Err(format!(
                "room ({theme} in a {terminal_bg} xterm): the step number {muted:?} on {background:?} has contrast {:.1}",
                contrast(muted, background)
            ));
        }
    }
    if theme == "high-contrast" && contrast(ink, background) < 15.0 {
        return Err(format!("{what}: title {ink:?} is not white on black"));
    }
    // The digits: the commonest colour that is not the background is
    // theirs, and a stroke runs through more than one cell row unbroken.
    let digits = image.commonest_besides(background);
    let area = (image.width * image.height) as usize;
    if image.count(digits) < area / 50 {
        return Err(format!(
            "{what} ({theme} in a {terminal_bg} xterm): no big digits yet"
        ));
    }
    let run = longest_run(image, digits, 0, image.height);
    if run < 2 * cell_h {
        return Err(format!(
            "{what} ({theme} in a {terminal_bg} xterm): the digits {digits:?} are striped: longest stroke {run} px, a cell row is {cell_h} px"
        ));
    }
    Ok(())
}

/// Shows the live screen and the room view of one meeting in `theme` in
/// two xterms with background `bg`, and checks both; saves them as PPM
/// under `$RUNDE_SCREENSHOTS` when it is set (`.ci/screenshots`).
fn try_theme(x: &Display, theme: &str, bg: &str) -> Vec<String> {
    let home = tempfile::tempdir().unwrap();
    let runde = env!("CARGO_BIN_EXE_runde");
    let title = |view: &str| format!("runde-{view}-{theme}-{bg}");
    let mut live = x.xterm(
        home.path(),
        &title("live"),
        bg,
        runde,
        &[
            "start",
            "--participants",
            "Anne,Bo,Carla,Dorte,Erik,Fatima",
            "--theme",
            theme,
            "--lang",
            "en",
        ],
    );
    // The live screen is up before the display follows it.
    let live_shot = x.dump_until(&mut live, WITHIN, |image| check(image, theme, bg, "live"));
    let mut room = x.xterm(
        home.path(),
        &title("room"),
        bg,
        runde,
        &["display", "--theme", theme, "--lang", "en"],
    );
    let room_shot = x.dump_until(&mut room, WITHIN, |image| check(image, theme, bg, "room"));
    let mut failures = Vec::new();
    for (view, shot) in [("live", live_shot), ("room", room_shot)] {
        match shot {
            Ok(image) => {
                if let Some(dir) = std::env::var_os("RUNDE_SCREENSHOTS") {
                    let path = std::path::Path::new(&dir).join(format!("{view}-{theme}-{bg}.ppm"));
                    std::fs::write(&path, image.ppm()).unwrap();
                }
            }
            Err(e) => failures.push(e),
        }
    }
    failures
}

#[test]
fn every_theme_reads_in_xterm_on_white_and_on_black() {
    if let Some(tool) = missing_tools() {
        eprintln!(
            "SKIPPED: {tool} is not installed; the xterm screenshot test needs xterm, Xvfb and xwd (apt-get install xterm xvfb x11-apps)"
        );
        return;
    }
    let x = Display::start();
    let mut failures = Vec::new();
    for bg in BACKGROUNDS {
        for theme in THEMES {
            failures.extend(try_theme(&x, theme, bg));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
