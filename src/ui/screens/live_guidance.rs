//! The step's (or phase's) guidance and prompts on the live screen. Where
//! the area is too short the last row says so, and g shows all of it.

use super::centered;
use crate::engine::Session;
use crate::i18n::live as t;
use crate::text::Text;
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

/// The step's guidance and prompts wrapped to `width` columns.
fn guidance_lines(session: &Session, width: usize, ctx: &ViewCtx) -> Vec<Line<'static>> {
    let (guidance, prompts) = shown(session);
    text_lines(guidance, prompts, width, ctx)
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

/// Rows the prompts need at `width` columns, with the title and, when
/// there is guidance, the row that says g shows it: what the guidance
/// area asks for at least. (Where even that row is not there, the title
/// says it.)
pub(super) fn prompt_rows(session: &Session, width: u16, ctx: &ViewCtx) -> u16 {
    let width = width.saturating_sub(1) as usize;
    let (guidance, prompts) = shown(session);
    let asks = text_lines(&Text::default(), prompts, width, ctx).len();
    (asks + 1 + usize::from(!guidance.is_empty())) as u16
}

/// Rows the guidance needs at `width` columns, its title included.
pub(super) fn guidance_rows(session: &Session, width: u16, ctx: &ViewCtx) -> u16 {
    let width = width.saturating_sub(1) as usize;
    guidance_lines(session, width, ctx).len() as u16 + 1
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
            format!("{} ", t::GUIDANCE_MORE.get(lang)),
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
/// for all of the guidance, it gives way, and a row says that g shows it.
/// True when not even that row is left: the title says it instead.
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
    if asks.len() == rows {
        return (asks, true);
    }
    let more = Line::styled(
        fit::ellipsize(t::GUIDANCE_MORE.get(ctx.lang), width),
        ctx.styles.accent,
    );
    // Not even the prompts fit: as many of them as do, and the way to all.
    if asks.len() + 1 > rows {
        asks.truncate(rows - 1);
        asks.push(more);
        return (asks, false);
    }
    head.truncate(rows - asks.len() - 1);
    head.push(more);
    head.extend(asks);
    (head, false)
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
        let rect = centered(area, width, lines.len() as u16 + 2);
        ctx.styles.clear(rect, buf);
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
