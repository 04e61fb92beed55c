//! The pen a terminal prints with, and what each cell asks of it: the
//! style changes the lean backend chooses between (see `ui::backend`).

use ratatui::backend::IntoCrossterm;
use ratatui::buffer::Cell;
use ratatui::crossterm::style::{Attribute, Colored};
use ratatui::style::{Color, Modifier};

/// The style the terminal prints with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Pen {
    pub(super) fg: Color,
    pub(super) bg: Color,
    pub(super) underline: Color,
    pub(super) modifier: Modifier,
}

impl Pen {
    pub(super) const RESET: Pen = Pen {
        fg: Color::Reset,
        bg: Color::Reset,
        underline: Color::Reset,
        modifier: Modifier::empty(),
    };
}

pub(super) const ATTRIBUTES: [(Modifier, Attribute); 9] = [
    (Modifier::BOLD, Attribute::Bold),
    (Modifier::DIM, Attribute::Dim),
    (Modifier::ITALIC, Attribute::Italic),
    (Modifier::UNDERLINED, Attribute::Underlined),
    (Modifier::SLOW_BLINK, Attribute::SlowBlink),
    (Modifier::RAPID_BLINK, Attribute::RapidBlink),
    (Modifier::REVERSED, Attribute::Reverse),
    (Modifier::HIDDEN, Attribute::Hidden),
    (Modifier::CROSSED_OUT, Attribute::CrossedOut),
];

/// Modifiers that show nothing on a blank cell: they change how a glyph
/// is drawn, and a space has none.
pub(super) const FREE_ON_BLANK: Modifier = Modifier::BOLD
    .union(Modifier::DIM)
    .union(Modifier::ITALIC)
    .union(Modifier::HIDDEN);

/// One way to print a cell: what it asks of the pen, `None` where any
/// will do.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Way {
    pub(super) fg: Option<Color>,
    pub(super) bg: Option<Color>,
    pub(super) underline: Option<Color>,
    /// Modifiers that must be on; all others must be off but `free`.
    pub(super) modifier: Modifier,
    pub(super) free: Modifier,
}

impl Way {
    pub(super) fn fits(&self, pen: Pen) -> bool {
        self.fg.is_none_or(|fg| fg == pen.fg)
            && self.bg.is_none_or(|bg| bg == pen.bg)
            && self.underline.is_none_or(|u| u == pen.underline)
            && pen.modifier - self.free == self.modifier
    }

    /// The pen that fits, taking what `base` has where any will do.
    pub(super) fn pen(&self, base: Pen) -> Pen {
        Pen {
            fg: self.fg.unwrap_or(base.fg),
            bg: self.bg.unwrap_or(base.bg),
            underline: self.underline.unwrap_or(base.underline),
            modifier: self.modifier | (base.modifier & self.free),
        }
    }
}

/// The ways a cell can be printed to look as it should.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Need {
    pub(super) ways: [Option<Way>; 2],
}

impl Need {
    pub(super) fn of(cell: &Cell) -> Need {
        if blank(cell) {
            let plain = Way {
                fg: None,
                bg: Some(cell.bg),
                underline: None,
                modifier: cell.modifier - FREE_ON_BLANK,
                free: FREE_ON_BLANK,
            };
            // A coloured blank is also a space in reverse video printed in
            // that colour: between it and a glyph in the same colour (the
            // big digits' half blocks) the style changes by four bytes, not
            // a 24-bit colour's nineteen. Not bold nor dim there: some
            // terminals brighten or dim the colour that then shows.
            let reversed = (cell.bg != Color::Reset).then_some(Way {
                fg: Some(cell.bg),
                bg: None,
                underline: None,
                modifier: (cell.modifier - FREE_ON_BLANK) | Modifier::REVERSED,
                free: Modifier::ITALIC,
            });
            return Need {
                ways: [Some(plain), reversed],
            };
        }
        let exact = Way {
            fg: Some(cell.fg),
            bg: Some(cell.bg),
            // The colour of a line that is not drawn does not show.
            underline: cell
                .modifier
                .contains(Modifier::UNDERLINED)
                .then_some(cell.underline_color),
            modifier: cell.modifier,
            free: Modifier::empty(),
        };
        Need {
            ways: [Some(exact), None],
        }
    }

    pub(super) fn fits(&self, pen: Pen) -> bool {
        self.ways.iter().flatten().any(|way| way.fits(pen))
    }

    /// The pens that fit: for each way one keeping what `from` has where
    /// any will do, one with the defaults there.
    pub(super) fn pens(&self, from: Pen) -> impl Iterator<Item = Pen> + '_ {
        self.ways
            .iter()
            .flatten()
            .flat_map(move |way| [way.pen(from), way.pen(Pen::RESET)])
    }
}

/// Needs up to this many styles in one frame (a running timer has three
/// or four) are ordered for the fewest bytes; more (a popup, a whole new
/// screen) are ordered greedily. The search grows fast with the styles.
pub(super) const SEARCHED: usize = 4;

/// The pens that fit one of `needs`, starting from `from`, each once.
pub(super) fn candidates(from: Pen, needs: &[Need]) -> Vec<Pen> {
    let mut pens: Vec<Pen> = Vec::new();
    for pen in needs.iter().flat_map(|n| n.pens(from)) {
        if !pens.contains(&pen) {
            pens.push(pen);
        }
    }
    pens
}

/// The pen to change to next, for the cells left that need `needs` (none
/// of which the current pen fits): the first of the cheapest sequence of
/// changes that prints them all.
pub(super) fn next_pen(current: Option<Pen>, needs: &[Need]) -> Option<Pen> {
    let pens = candidates(current.unwrap_or(Pen::RESET), needs);
    if needs.len() > SEARCHED {
        return pens.into_iter().min_by_key(|p| sgr(current, *p).len());
    }
    let all = (1u8 << needs.len()) - 1;
    let mut known = Vec::new();
    pens.into_iter().min_by_key(|p| {
        sgr(current, *p).len() + changes_cost(*p, all & !fitted(*p, needs), needs, &mut known)
    })
}

/// The needs of `needs` that `pen` fits, as bits.
pub(super) fn fitted(pen: Pen, needs: &[Need]) -> u8 {
    needs
        .iter()
        .enumerate()
        .filter(|(_, n)| n.fits(pen))
        .fold(0, |bits, (i, _)| bits | 1 << i)
}

/// The fewest bytes of style changes that print cells needing those of
/// `needs` in `left` (bits), starting with the terminal's pen at `pen`;
/// `known` keeps what was worked out already.
pub(super) fn changes_cost(
    pen: Pen,
    left: u8,
    needs: &[Need],
    known: &mut Vec<((Pen, u8), usize)>,
) -> usize {
    if left == 0 {
        return 0;
    }
    if let Some((_, cost)) = known.iter().find(|(k, _)| *k == (pen, left)) {
        return *cost;
    }
    let open: Vec<Need> = (0..needs.len())
        .filter(|i| left & 1 << i != 0)
        .map(|i| needs[i])
        .collect();
    let cost = candidates(pen, &open)
        .into_iter()
        .map(|p| {
            let rest = left & !fitted(p, needs);
            sgr(Some(pen), p).len() + changes_cost(p, rest, needs, known)
        })
        .min()
        .unwrap_or(0);
    known.push(((pen, left), cost));
    cost
}

/// Each modifier's code to turn it off (bold and dim share one).
pub(super) const REMOVALS: [(Modifier, Attribute); 7] = [
    (
        Modifier::BOLD.union(Modifier::DIM),
        Attribute::NormalIntensity,
    ),
    (Modifier::ITALIC, Attribute::NoItalic),
    (Modifier::UNDERLINED, Attribute::NoUnderline),
    (
        Modifier::SLOW_BLINK.union(Modifier::RAPID_BLINK),
        Attribute::NoBlink,
    ),
    (Modifier::REVERSED, Attribute::NoReverse),
    (Modifier::HIDDEN, Attribute::NoHidden),
    (Modifier::CROSSED_OUT, Attribute::NotCrossedOut),
];

/// The escape sequence that changes the terminal's style from `from` (not
/// known: `None`) to `to`: one sequence with only what differs, or a reset
/// and what `to` has, whichever is shorter; empty when nothing changes.
pub(super) fn sgr(from: Option<Pen>, to: Pen) -> String {
    if from == Some(to) {
        return String::new();
    }
    let fresh = sgr_params(Pen::RESET, to, true);
    let params = match from.map(|from| sgr_params(from, to, false)) {
        Some(step) if step.len() <= fresh.len() => step,
        _ => fresh,
    };
    if params.is_empty() {
        return String::new();
    }
    format!("\x1b[{params}m")
}

pub(super) fn sgr_params(from: Pen, to: Pen, reset: bool) -> String {
    let mut params: Vec<String> = Vec::new();
    if reset {
        params.push(Attribute::Reset.sgr());
    }
    let mut on = from.modifier;
    for (modifiers, off) in REMOVALS {
        if on.intersects(modifiers) && !((on - to.modifier) & modifiers).is_empty() {
            params.push(off.sgr());
            on -= modifiers;
        }
    }
    for (modifier, attribute) in ATTRIBUTES {
        if to.modifier.contains(modifier) && !on.contains(modifier) {
            params.push(attribute.sgr());
        }
    }
    if from.fg != to.fg {
        params.push(Colored::ForegroundColor(to.fg.into_crossterm()).to_string());
    }
    if from.bg != to.bg {
        params.push(Colored::BackgroundColor(to.bg.into_crossterm()).to_string());
    }
    if from.underline != to.underline {
        params.push(Colored::UnderlineColor(to.underline.into_crossterm()).to_string());
    }
    // Colours are left out under NO_COLOR.
    params.retain(|p| !p.is_empty());
    params.join(";")
}

/// Styles that draw over a blank cell (a line through it, or its colours
/// swapped).
pub(super) const DRAWN_ON_BLANK: Modifier = Modifier::UNDERLINED
    .union(Modifier::CROSSED_OUT)
    .union(Modifier::REVERSED);

/// True when `cell` shows only its background: a space, or a full block in
/// its own background colour (which prints as a space, one byte not three).
/// Its foreground never shows, so any will do. (A full block in the
/// default colours is no blank: the default foreground and background are
/// two colours.)
pub(super) fn blank(cell: &Cell) -> bool {
    let symbol = cell.symbol();
    (symbol == " " || (symbol == "█" && cell.fg == cell.bg && cell.fg != Color::Reset))
        && !cell.modifier.intersects(DRAWN_ON_BLANK)
}
