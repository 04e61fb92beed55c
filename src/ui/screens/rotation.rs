//! The rotation panel for the attendance and roles step: today's suggested
//! facilitator, note-taker, case-giver, reserve and interviewer, each with
//! the reason, then the case queue, who is not available and the warnings.
//!
//! A pure widget: the caller computes the suggestions with
//! `rotation::suggest` and draws them into any area. Long lines wrap; what
//! does not fit is cut at the bottom, so warnings come before the queue.

use super::super::ViewCtx;
use crate::i18n::rotation as t;
use crate::rotation::Suggestions;
use chrono::NaiveDate;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Widget, Wrap};

/// What the panel shows.
#[derive(Debug, Clone, Copy)]
pub struct RotationPanel<'a> {
    pub suggestions: &'a Suggestions,
    /// For dates in the reasons ("14. sep" this year, "14. sep 2025" else).
    pub today: NaiveDate,
    /// Shown in the title.
    pub network: &'a str,
    /// The title's first words, when not "Today's roles" (a later meeting).
    pub when: Option<&'a str>,
}

impl RotationPanel<'_> {
    pub fn render(&self, area: Rect, buf: &mut Buffer, ctx: &ViewCtx) {
        let (s, lang) = (ctx.styles, ctx.lang);
        let block = Block::default()
            .borders(Borders::ALL)
            .border_style(s.border)
            .title(Span::styled(
                format!(
                    " {} — {} ",
                    self.when.unwrap_or(t::ROLES_TITLE.get(lang)),
                    self.network
                ),
                s.title,
            ));
        let inner = block.inner(area);
        block.render(area, buf);
        Paragraph::new(self.lines(inner.width, ctx))
            .wrap(Wrap { trim: false })
            .render(inner, buf);
    }

    /// The panel's text, line by line, for an inner `width`; a long reason
    /// continues under the name, not under the role.
    pub fn lines(&self, width: u16, ctx: &ViewCtx) -> Vec<Line<'static>> {
        let (s, lang) = (ctx.styles, ctx.lang);
        let sug = self.suggestions;
        let label = sug
            .all()
            .map(|x| x.role.label(lang).chars().count())
            .max()
            .unwrap_or(0);
        let room = (width as usize).saturating_sub(label + 2).max(20);
        let mut lines: Vec<Line> = Vec::new();
        for x in sug.all() {
            let text = format!("{} — {}", x.name, x.reason.render(self.today, lang));
            for (k, row) in wrap(&text, room).into_iter().enumerate() {
                let head = if k == 0 { x.role.label(lang) } else { "" };
                let mut spans = vec![Span::styled(format!("{head:<label$}  "), s.role)];
                match row.strip_prefix(x.name.as_str()).filter(|_| k == 0) {
                    Some(rest) => {
                        spans.push(Span::styled(x.name.clone(), s.accent));
                        spans.push(Span::styled(rest.to_string(), s.muted));
                    }
                    None => spans.push(Span::styled(row, s.muted)),
                }
                lines.push(Line::from(spans));
            }
        }
        for w in &sug.warnings {
            lines.push(Line::styled(format!("! {}", w.render(lang)), s.behind));
        }
        lines.push(Line::default());
        let queue: Vec<&str> = sug.case_queue.iter().map(|q| q.name.as_str()).collect();
        if !queue.is_empty() {
            lines.push(Line::from(vec![
                Span::styled(format!("{}: ", t::CASE_QUEUE.get(lang)), s.muted),
                Span::styled(queue.join(", "), s.text),
            ]));
        }
        if !sug.unavailable.is_empty() {
            lines.push(Line::from(vec![
                Span::styled(format!("{}: ", t::NOT_AVAILABLE.get(lang)), s.muted),
                Span::styled(t::unavailable(&sug.unavailable, lang), s.text),
            ]));
        }
        lines
    }

    /// Rows the panel needs at `width`, borders included, so the caller can
    /// give it just enough room.
    pub fn height(&self, width: u16, ctx: &ViewCtx) -> u16 {
        let inner = width.saturating_sub(2).max(1) as usize;
        let rows: usize = self
            .lines(width.saturating_sub(2), ctx)
            .iter()
            .map(|l| l.width().max(1).div_ceil(inner))
            .sum();
        (rows as u16).saturating_add(2)
    }
}

/// Greedy word wrap to `width` columns; a word longer than that gets a row
/// of its own.
fn wrap(text: &str, width: usize) -> Vec<String> {
    use unicode_width::UnicodeWidthStr;
    let mut rows: Vec<String> = Vec::new();
    let mut row = String::new();
    for word in text.split(' ') {
        let needed = row.width() + usize::from(!row.is_empty()) + word.width();
        if !row.is_empty() && needed > width {
            rows.push(std::mem::take(&mut row));
        }
        if !row.is_empty() {
            row.push(' ');
        }
        row.push_str(word);
    }
    rows.push(row);
    rows
}

#[cfg(test)]
mod tests {
    use super::wrap;

    #[test]
    fn wraps_on_spaces_within_the_width() {
        assert_eq!(
            wrap("Anne — reserve fra sidste møde", 12),
            ["Anne —", "reserve fra", "sidste møde"]
        );
        assert_eq!(wrap("kort", 12), ["kort"]);
    }
}
