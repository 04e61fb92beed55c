//! Styles by UI role, built from a theme's colours. A role the theme leaves
//! unset takes the built-in dark default; with NO_COLOR every role is plain
//! and state is carried by words and weight alone.

use crate::engine::TimerState;
use crate::model::theme::{ColourName, ThemeColours};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Color, Modifier, Style};
use ratatui::widgets::{Clear, Widget};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Styles {
    /// What every screen is painted with first: the theme's text colour
    /// on its background (plain with NO_COLOR, or where a theme leaves
    /// the terminal's own).
    pub base: Style,
    /// Colours may be drawn (NO_COLOR is not set): the big digits paint
    /// their cells solid instead of relying on block glyphs.
    pub colour: bool,
    pub text: Style,
    pub muted: Style,
    pub accent: Style,
    pub border: Style,
    pub title: Style,
    pub selection: Style,
    pub timer_ok: Style,
    pub timer_warn: Style,
    pub timer_over: Style,
    pub timer_paused: Style,
    pub speaker_now: Style,
    pub speaker_next: Style,
    pub passed: Style,
    pub step_done: Style,
    pub step_current: Style,
    pub step_next: Style,
    pub ahead: Style,
    pub behind: Style,
    pub private: Style,
    pub error: Style,
    pub role: Style,
    pub flash: Style,
}

impl Default for Styles {
    fn default() -> Self {
        Styles::from_colours(&ThemeColours::default(), false)
    }
}

/// A colour name as written in a theme; unknown names are the terminal's own.
pub fn colour(name: &str) -> Color {
    let n = name.trim().to_ascii_lowercase();
    if let Some(hex) = n.strip_prefix('#')
        && hex.len() == 6
        && let Ok(v) = u32::from_str_radix(hex, 16)
    {
        return Color::Rgb((v >> 16) as u8, (v >> 8) as u8, v as u8);
    }
    match n.as_str() {
        "black" => Color::Black,
        "red" => Color::Red,
        "green" => Color::Green,
        "yellow" => Color::Yellow,
        "blue" => Color::Blue,
        "magenta" => Color::Magenta,
        "cyan" => Color::Cyan,
        "gray" => Color::Gray,
        "dark_gray" => Color::DarkGray,
        "light_red" => Color::LightRed,
        "light_green" => Color::LightGreen,
        "light_yellow" => Color::LightYellow,
        "light_blue" => Color::LightBlue,
        "light_magenta" => Color::LightMagenta,
        "light_cyan" => Color::LightCyan,
        "white" => Color::White,
        _ => Color::Reset,
    }
}

impl Styles {
    /// Styles from a theme's colours; `no_color` drops every colour.
    pub fn from_colours(c: &ThemeColours, no_color: bool) -> Styles {
        let pick = |set: &Option<ColourName>, default: Color| -> Style {
            if no_color {
                return Style::new();
            }
            Style::new().fg(set.as_ref().map_or(default, |n| colour(&n.0)))
        };
        let bold = Modifier::BOLD;
        let selection = if no_color {
            Style::new().add_modifier(Modifier::REVERSED)
        } else {
            Style::new()
                .bg(c.selection.as_ref().map_or(Color::Blue, |n| colour(&n.0)))
                .fg(c
                    .selection_text
                    .as_ref()
                    .map_or(Color::White, |n| colour(&n.0)))
        };
        let flash = if no_color {
            Style::new().add_modifier(Modifier::REVERSED | bold)
        } else {
            Style::new()
                .bg(c.flash.as_ref().map_or(Color::Yellow, |n| colour(&n.0)))
                .fg(Color::Black)
                .add_modifier(bold)
        };
        let base = if no_color {
            Style::new()
        } else {
            Style::new()
                .fg(c.text.as_ref().map_or(Color::Reset, |n| colour(&n.0)))
                .bg(c.background.as_ref().map_or(Color::Reset, |n| colour(&n.0)))
        };
        Styles {
            base,
            colour: !no_color,
            text: pick(&c.text, Color::Reset),
            muted: pick(&c.muted, Color::DarkGray),
            accent: pick(&c.accent, Color::Cyan),
            border: pick(&c.border, Color::DarkGray),
            title: pick(&c.title, Color::LightCyan).add_modifier(bold),
            selection,
            timer_ok: pick(&c.timer_ok, Color::Green).add_modifier(bold),
            timer_warn: pick(&c.timer_warn, Color::Yellow).add_modifier(bold),
            timer_over: pick(&c.timer_over, Color::LightRed).add_modifier(bold),
            timer_paused: pick(&c.timer_paused, Color::Gray),
            speaker_now: pick(&c.speaker_now, Color::LightGreen).add_modifier(bold),
            speaker_next: pick(&c.speaker_next, Color::Cyan),
            passed: pick(&c.passed, Color::DarkGray),
            step_done: pick(&c.step_done, Color::DarkGray),
            step_current: pick(&c.step_current, Color::LightYellow).add_modifier(bold),
            step_next: pick(&c.step_next, Color::Reset),
            ahead: pick(&c.ahead, Color::Green),
            behind: pick(&c.behind, Color::LightRed),
            private: pick(&c.private, Color::Magenta),
            error: pick(&c.error, Color::LightRed).add_modifier(bold),
            role: pick(&c.role, Color::LightMagenta),
            flash,
        }
    }

    /// Paints `area` with the theme's text colour on its background: the
    /// first thing every screen draws, so a theme's background reaches
    /// every cell the screen leaves empty.
    pub fn paint_base(&self, area: Rect, buf: &mut Buffer) {
        buf.set_style(area, self.base);
    }

    /// Empties `area` under a popup and paints it with the background.
    pub fn clear(&self, area: Rect, buf: &mut Buffer) {
        Clear.render(area, buf);
        self.paint_base(area, buf);
    }

    /// The style of a countdown in a state.
    pub fn timer(&self, state: TimerState) -> Style {
        match state {
            TimerState::Running => self.timer_ok,
            TimerState::Paused => self.timer_paused,
            TimerState::LastMinute => self.timer_warn,
            TimerState::Overtime => self.timer_over,
        }
    }
}

/// The theme for a terminal that names no theme (no `--theme`, none in the
/// config): `light` where COLORFGBG says the background is light ("0;15",
/// as rxvt, Konsole and others set it), else the default, whose colours
/// read on both.
pub fn theme_for_terminal(colorfgbg: Option<&str>) -> Option<&'static str> {
    let background = colorfgbg?.rsplit(';').next()?.trim().parse::<u8>().ok()?;
    matches!(background, 7 | 9..=15).then_some("light")
}

/// True when the NO_COLOR convention asks for no colour.
pub fn no_color_requested(value: Option<std::ffi::OsString>) -> bool {
    value.is_some_and(|v| !v.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn theme_colour_overrides_the_default() {
        let c = ThemeColours {
            timer_over: Some(ColourName("#ff0000".into())),
            ..ThemeColours::default()
        };
        let s = Styles::from_colours(&c, false);
        assert_eq!(s.timer_over.fg, Some(Color::Rgb(255, 0, 0)));
        assert_eq!(s.timer_ok.fg, Some(Color::Green));
        assert_eq!(Styles::from_colours(&c, true).timer_over.fg, None);
    }

    #[test]
    fn colorfgbg_picks_the_light_theme_on_a_light_terminal_only() {
        assert_eq!(theme_for_terminal(Some("0;15")), Some("light"));
        assert_eq!(theme_for_terminal(Some("0;default;7")), Some("light"));
        assert_eq!(theme_for_terminal(Some("15;0")), None);
        assert_eq!(theme_for_terminal(Some("7;8")), None);
        assert_eq!(theme_for_terminal(Some("default;default")), None);
        assert_eq!(theme_for_terminal(Some("")), None);
        assert_eq!(theme_for_terminal(None), None);
    }

    #[test]
    fn the_background_reaches_every_cell_and_no_color_still_wins() {
        let c = ThemeColours {
            text: Some(ColourName("#ffffff".into())),
            background: Some(ColourName("#000000".into())),
            ..ThemeColours::default()
        };
        let area = Rect::new(0, 0, 4, 2);
        let mut buf = Buffer::empty(area);
        Styles::from_colours(&c, false).clear(area, &mut buf);
        for cell in buf.content() {
            assert_eq!(cell.bg, Color::Rgb(0, 0, 0));
            assert_eq!(cell.fg, Color::Rgb(255, 255, 255));
        }
        let mut plain = Buffer::empty(area);
        Styles::from_colours(&c, true).clear(area, &mut plain);
        assert_eq!(plain, Buffer::empty(area));
    }
}
