//! The step's (or phase's) guidance and prompts on the live screen. Where
//! the area is too short the last row says so, and g shows all of it.

use crate::engine::Session;
use crate::i18n::live as t;
use crate::text::Text;
use crate::ui::keys::{LiveAction, live_label};
use crate::ui::popup::panel;
use crate::ui::{ViewCtx, fit};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Padding, Paragraph, Widget};

/// The guidance and prompts of the step, or of its phase where it has its
/// own.
fn shown(session: &Session) -> (&Text, &[Text]) {
    let step = session.step();
    match session.phase() {
        Some((p, _)) if !p.guidance.is_empty() || !p.prompts.is_empty() => {
            (&p.guidance, &p.prompts)
        }
        _ => (&step.guidance, &step.prompts),
    }
}

/// Guidance and prompts wrapped to `width` columns.
fn text_lines(
    guidance: &Text,
    prompts: &[Text],
    width: usize,
    ctx: &ViewCtx,
) -> Vec<Line<'static>> {
    let (s, lang) = (ctx.styles, ctx.lang);
    let mut lines = Vec::new();
    if !guidance.is_empty() {
        for paragraph in guidance.get(lang).lines() {
            for line in fit::wrap(paragraph, width.max(1)) {
                lines.push(Line::styled(line, s.text));
            }
        }
    }
    for prompt in prompts {
        for (i, line) in fit::wrap(prompt.get(lang), width.saturating_sub(2).max(1))
            .into_iter()
            .enumerate()
        {
            let lead = if i == 0 { "› " } else { "  " };
            lines.push(Line::from(vec![
                Span::styled(lead, s.accent),
                Span::styled(line, s.text),
            ]));
        }
    }
    lines
}

/// Rows the title and the prompts need at `width` columns: what the
/// guidance area asks for at least.
pub(super) fn prompt_rows(session: &Session, width: u16, ctx: &ViewCtx) -> u16 {
    let width = width.saturating_sub(1) as usize;
    let (_, prompts) = shown(session);
    let asks = text_lines(&Text::default(), prompts, width, ctx).len();
    (asks + 1) as u16
}

/// Rows the guidance's own text needs at `width` columns (without the
/// prompts and the title).
pub(super) fn guidance_text_rows(session: &Session, width: u16, ctx: &ViewCtx) -> u16 {
    let width = width.saturating_sub(1) as usize;
    let (guidance, _) = shown(session);
    text_lines(guidance, &[], width, ctx).len() as u16
}

pub(super) fn render_guidance(session: &Session, area: Rect, buf: &mut Buffer, ctx: &ViewCtx) {
    let (s, lang) = (ctx.styles, ctx.lang);
    let area = Rect::new(
        area.x + 1,
        area.y,
        area.width.saturating_sub(1),
        area.height,
    );
    let rows = area.height.saturating_sub(1) as usize;
    let (lines, more_in_title) = fitted_lines(session, area.width as usize, rows, ctx);
    let mut title = vec![Span::styled(
        format!(" {} ", t::GUIDANCE.get(lang)),
        s.muted,
    )];
    if more_in_title {
        title.push(Span::styled(
            format!(
                "· {} ",
                t::GUIDANCE_MORE.fill(lang, &[live_label(LiveAction::Guidance)])
            ),
            s.accent,
        ));
    }
    let block = Block::default()
        .borders(Borders::TOP)
        .border_style(s.border)
        .title(Line::from(title));
    let inner = block.inner(area);
    block.render(area, buf);
    Paragraph::new(lines).render(inner, buf);
}

/// The guidance and prompts in `rows` rows of `width` columns. The
/// prompts (the questions to ask) always show whole; where there is no room
/// for all of the guidance, its first lines show, the last of them ending
/// in "…", and the title says that g shows all of it (true).
fn fitted_lines(
    session: &Session,
    width: usize,
    rows: usize,
    ctx: &ViewCtx,
) -> (Vec<Line<'static>>, bool) {
    let (guidance, prompts) = shown(session);
    let mut head = text_lines(guidance, &[], width, ctx);
    let mut asks = text_lines(&Text::default(), prompts, width, ctx);
    if head.len() + asks.len() <= rows || rows == 0 {
        head.extend(asks);
        return (head, false);
    }
    // Only the prompts fit, or not even they: as many as do, a cut one
    // ended with "…".
    if asks.len() >= rows {
        if asks.len() > rows {
            asks.truncate(rows);
            if let Some(last) = asks.last_mut() {
                *last = ended(last.clone(), width);
            }
        }
        return (asks, true);
    }
    head.truncate(rows - asks.len());
    if let Some(last) = head.last_mut() {
        *last = ended(last.clone(), width);
    }
    head.extend(asks);
    (head, true)
}

/// A line that is followed by more than shows: ended with "…" within
/// `width` columns.
fn ended(line: Line<'static>, width: usize) -> Line<'static> {
    let style = line.spans.last().map(|s| s.style).unwrap_or_default();
    let mut spans = line.spans;
    spans.push(Span::styled("…", style));
    // Where the "…" does not fit after the text, the text is cut for it.
    fit::ellipsize_line(Line::from(spans), width)
}

/// All of the guidance in a box over the screen (g), as it was when the
/// box opened; any key closes it.
#[derive(Debug, Clone)]
pub struct GuidanceBox {
    title: Text,
    guidance: Text,
    prompts: Vec<Text>,
}

impl GuidanceBox {
    pub fn of(session: &Session) -> GuidanceBox {
        let (guidance, prompts) = shown(session);
        GuidanceBox {
            title: session.step().title.clone(),
            guidance: guidance.clone(),
            prompts: prompts.to_vec(),
        }
    }

    pub fn render(&self, area: Rect, buf: &mut Buffer, ctx: &ViewCtx) {
        let (s, lang) = (ctx.styles, ctx.lang);
        let width = area.width.saturating_sub(4).min(72);
        let mut lines = text_lines(
            &self.guidance,
            &self.prompts,
            width.saturating_sub(4) as usize,
            ctx,
        );
        lines.push(Line::from(""));
        lines.push(Line::styled(t::HELP_CLOSE.get(lang), s.muted));
        let rect = panel(area, width, lines.len() as u16 + 2, buf, ctx.styles);
        let title = self.title.get(lang);
        Paragraph::new(lines)
            .block(
                Block::default()
                    .borders(Borders::ALL)
                    .border_style(s.accent)
                    .padding(Padding::horizontal(1))
                    .title(Span::styled(
                        format!(
                            " {} ",
                            fit::ellipsize(title, width.saturating_sub(4) as usize)
                        ),
                        s.title,
                    )),
            )
            .render(rect, buf);
    }
}
