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
use crate::ui::fit;
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
                    " {} – {} ",
                    self.when.unwrap_or(t::ROLES_TITLE.get(lang)),
                    self.network
                ),
                s.title,
            ));
        let inner = block.inner(area);
        block.render(area, buf);
        let head = self.head_lines(inner.width, true, ctx);
        let tail = self.tail_lines(inner.width, true, ctx);
        if self.height(area.width, ctx) <= area.height || tail.is_empty() {
            Paragraph::new(self.lines(inner.width, ctx))
                .wrap(Wrap { trim: false })
                .render(inner, buf);
            return;
        }
        // Short of room: the roles and the warnings first (a role an urgent
        // case moved is never moved silently), then the queue and who is
        // not here in the bottom rows left.
        let head_rows = head.len() as u16;
        let tail_rows = (tail.len() as u16).min(inner.height.saturating_sub(head_rows));
        let split = inner.height - tail_rows;
        let top = Rect {
            height: split,
            ..inner
        };
        let bottom = Rect {
            y: inner.y + split,
            height: tail_rows,
            ..inner
        };
        Paragraph::new(head)
            .wrap(Wrap { trim: false })
            .render(top, buf);
        Paragraph::new(tail).render(bottom, buf);
    }

    /// The panel's text, line by line, for an inner `width`; a long reason
    /// continues under the name, not under the role.
    pub fn lines(&self, width: u16, ctx: &ViewCtx) -> Vec<Line<'static>> {
        let mut lines = self.head_lines(width, false, ctx);
        lines.push(Line::default());
        lines.extend(self.tail_lines(width, false, ctx));
        lines
    }

    /// The roles with their reasons, then the warnings. `short`: a role's
    /// reason is cut with "…" to one row, not wrapped.
    fn head_lines(&self, width: u16, short: bool, ctx: &ViewCtx) -> Vec<Line<'static>> {
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
            let text = format!("{} – {}", x.name, x.reason.render(self.today, lang));
            let rows = if short {
                vec![fit::ellipsize(&text, room)]
            } else {
                wrap(&text, room)
            };
            for (k, row) in rows.into_iter().enumerate() {
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
        for w in crate::rotation::Warning::texts(&sug.warnings, lang) {
            let text = format!("! {w}");
            // Short of room, each row a line of its own, so that the rows
            // the warnings need can be counted and kept.
            match short {
                true => lines.extend(
                    fit::wrap(&text, width as usize)
                        .into_iter()
                        .map(|row| Line::styled(row, s.behind)),
                ),
                false => lines.push(Line::styled(text, s.behind)),
            }
        }
        lines
    }

    /// The case queue and who is not available. `short`: one row each, the
    /// queue by first names and "+N more" when the full names do not fit,
    /// the rest cut with "…"; else in full, to be wrapped.
    fn tail_lines(&self, width: u16, short: bool, ctx: &ViewCtx) -> Vec<Line<'static>> {
        let (s, lang) = (ctx.styles, ctx.lang);
        let sug = self.suggestions;
        let width = width as usize;
        let mut lines = Vec::new();
        let queue: Vec<String> = sug.case_queue.iter().map(|q| q.name.clone()).collect();
        if !queue.is_empty() {
            let label = format!("{}: ", t::CASE_QUEUE.get(lang));
            let room = if short {
                width.saturating_sub(fit::width(&label))
            } else {
                usize::MAX
            };
            lines.push(Line::from(vec![
                Span::styled(label, s.muted),
                Span::styled(queue_text(&queue, &self.everyone(), room, lang), s.text),
            ]));
        }
        if !sug.unavailable.is_empty() {
            let line = Line::from(vec![
                Span::styled(format!("{}: ", t::NOT_AVAILABLE.get(lang)), s.muted),
                Span::styled(t::unavailable(&sug.unavailable, lang), s.text),
            ]);
            lines.push(if short {
                fit::ellipsize_line(line, width)
            } else {
                line
            });
        }
        lines
    }

    /// Every name the panel knows: whose first name is shared with whom.
    fn everyone(&self) -> Vec<String> {
        let sug = self.suggestions;
        let mut out: Vec<String> = sug.case_queue.iter().map(|q| q.name.clone()).collect();
        out.extend(sug.all().map(|x| x.name.clone()));
        out.extend(sug.unavailable.iter().map(|(n, _)| n.clone()));
        out.sort();
        out.dedup();
        out
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

/// The case queue in `room` columns: full names when they fit, else
/// first names (a full name where two share the first), as many as fit
/// with "+N more" for the rest.
fn queue_text(
    names: &[String],
    everyone: &[String],
    room: usize,
    lang: crate::text::Lang,
) -> String {
    let full = names.join(", ");
    if fit::width(&full) <= room {
        return full;
    }
    let short: Vec<String> = names
        .iter()
        .map(|n| crate::names::short(n, everyone).to_string())
        .collect();
    let all = short.join(", ");
    if fit::width(&all) <= room {
        return all;
    }
    for shown in (1..short.len()).rev() {
        let more = t::MORE.fill(lang, &[&(short.len() - shown).to_string()]);
        let text = format!("{} {more}", short[..shown].join(", "));
        if fit::width(&text) <= room {
            return text;
        }
    }
    fit::ellipsize(&all, room)
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
    use super::{queue_text, wrap};
    use crate::text::Lang;

    #[test]
    fn a_long_queue_goes_to_first_names_then_to_more() {
        let names: Vec<String> = ["Anne Holm", "Bo Jensen", "Anne Lund", "Erik Lund"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        let q = |room, lang| queue_text(&names, &names, room, lang);
        assert_eq!(
            q(60, Lang::Da),
            "Anne Holm, Bo Jensen, Anne Lund, Erik Lund"
        );
        assert_eq!(q(35, Lang::Da), "Anne Holm, Bo, Anne Lund, Erik");
        assert_eq!(q(25, Lang::Da), "Anne Holm, Bo +2 flere");
        assert_eq!(q(25, Lang::En), "Anne Holm, Bo +2 more");
        // Anne Lund is in the queue; Anne Holm facilitates: still in full.
        let queue = &names[1..];
        assert_eq!(
            queue_text(queue, &names, 28, Lang::Da),
            "Bo, Anne Lund, Erik"
        );
        assert_eq!(queue_text(queue, queue, 28, Lang::Da), "Bo, Anne, Erik");
    }

    #[test]
    fn wraps_on_spaces_within_the_width() {
        assert_eq!(
            wrap("Anne – reserve fra sidste møde", 12),
            ["Anne –", "reserve fra", "sidste møde"]
        );
        assert_eq!(wrap("kort", 12), ["kort"]);
    }
}
