//! Today's roles by name, on every step, and in supervision who speaks
//! and who listens with the names beside each role: for the live screen
//! (under the step list, and above the queue) and for the room view.

use crate::engine::{Holder, Session};
use crate::i18n::{live as t, rotation as rt};
use crate::model::plan::Role;
use crate::model::role_kind::RoleKind;
use crate::model::roles::RoleNames;
use crate::model::room::PhaseVoices;
use crate::text::Lang;
use crate::ui::style::Styles;
use crate::ui::{ViewCtx, fit};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Widget};

/// The plan's word for a role of the day ("klient" in Troika).
pub(super) fn day_role_label(role: RoleKind, names: &RoleNames, lang: Lang) -> String {
    let as_role = match role {
        RoleKind::Facilitator => Role::Facilitator,
        RoleKind::NoteTaker => Role::NoteTaker,
        RoleKind::Timekeeper => Role::Timekeeper,
        RoleKind::CaseGiver => Role::CaseGiver,
        RoleKind::Interviewer => Role::Interviewer,
        RoleKind::Reserve => return crate::i18n::common::RESERVE.get(lang).to_string(),
    };
    names.label(as_role, lang)
}

/// Rows the day's roles take under the step list: a title and one each.
pub(super) fn day_roles_rows(session: &Session) -> u16 {
    match session.day_roles().len() {
        0 => 0,
        n => n as u16 + 1,
    }
}

/// Today's roles, one a row: "tovholder  Anne Holm"; someone who has
/// left is marked so.
pub(super) fn render_day_roles(session: &Session, area: Rect, buf: &mut Buffer, ctx: &ViewCtx) {
    let (s, lang) = (ctx.styles, ctx.lang);
    let names = session.record().plan.role_names(None);
    let holders = session.day_roles();
    let block = Block::default()
        .borders(Borders::TOP | Borders::RIGHT)
        .border_style(s.border)
        .title(Span::styled(
            format!(
                " {} · {} ",
                rt::ROLES_TITLE.get(lang),
                crate::ui::keys::live_label(crate::ui::keys::LiveAction::Roles)
            ),
            s.muted,
        ));
    let inner = block.inner(area);
    block.render(area, buf);
    let labels: Vec<String> = holders
        .iter()
        .map(|h| day_role_label(h.role, &names, lang))
        .collect();
    let label_width = labels.iter().map(|l| fit::width(l)).max().unwrap_or(0);
    let width = inner.width as usize;
    let everyone = session.record().roster();
    let lines: Vec<Line> = holders
        .iter()
        .zip(labels)
        .map(|(h, label)| {
            let pad = label_width.saturating_sub(fit::width(&label));
            let room = width.saturating_sub(label_width + 1);
            // The whole name where it fits, else the first name (whole
            // where two share it), cut with "…" only as a last resort.
            let mut name = holder_text(h, &h.name, lang);
            if fit::width(&name) > room {
                name = holder_text(h, crate::names::short(&h.name, &everyone), lang);
            }
            let name = fit::ellipsize(&name, room);
            Line::from(vec![
                Span::styled(format!("{label}{} ", " ".repeat(pad)), s.muted),
                Span::styled(name, if h.here { s.role } else { s.muted }),
            ])
        })
        .collect();
    Paragraph::new(fitted_roles(lines, inner.height as usize, s.muted, lang)).render(inner, buf);
}

/// The roles' lines in `rows` rows: where not all fit, the last row says
/// how many more there are (two or more) and which key shows them.
fn fitted_roles(
    mut lines: Vec<Line<'_>>,
    rows: usize,
    style: ratatui::style::Style,
    lang: Lang,
) -> Vec<Line<'_>> {
    if lines.len() <= rows || rows == 0 {
        return lines;
    }
    let hidden = lines.len() - (rows - 1);
    lines.truncate(rows - 1);
    // Never one: the row that says so would have held it.
    let phrase = t::ROLES_MORE;
    let key = crate::ui::keys::live_label(crate::ui::keys::LiveAction::Roles);
    lines.push(Line::styled(
        phrase.fill(lang, &[&hidden.to_string(), key]),
        style,
    ));
    lines
}

fn holder_text(h: &Holder, name: &str, lang: Lang) -> String {
    match h.here {
        true => name.to_string(),
        false => format!("{name} ({})", t::HAS_LEFT.get(lang)),
    }
}

/// "tovholder Anne · referent Bo · …": the day's roles for the room, on as
/// few lines of `width` as they fit, never parting a role from its name.
pub(super) fn day_roles_lines<'a>(
    day: &[(RoleKind, String)],
    names: &RoleNames,
    width: u16,
    s: &Styles,
    lang: Lang,
) -> Vec<Line<'a>> {
    let sep = " · ";
    let mut lines: Vec<Vec<Span>> = Vec::new();
    let mut used = 0;
    for (role, name) in day {
        let label = format!("{} ", day_role_label(*role, names, lang));
        let wide = fit::width(&label) + fit::width(name);
        let fits = used > 0 && used + sep.len() + wide <= width as usize;
        match lines.last_mut() {
            Some(line) if fits => {
                line.push(Span::styled(sep, s.muted));
                used += sep.chars().count();
            }
            _ => {
                lines.push(Vec::new());
                used = 0;
            }
        }
        if let Some(line) = lines.last_mut() {
            line.push(Span::styled(label, s.muted));
            line.push(Span::styled(name.clone(), s.role));
        }
        used += wide;
    }
    lines.into_iter().map(Line::from).collect()
}

/// "Taler: interviewer Erik · fokusperson Dorte" and "Lytter:
/// reflekterende team (Carla, Fatima) · observatører (Ib)": each role of
/// the phase with whoever holds it, in rows of at most `width` columns
/// where a role and its one holder never part ("interviewer" at the end
/// of a row and "Dorte" at the start of the next); a list of names may
/// wrap between names.
pub(super) fn voice_lines<'a>(
    voices: &PhaseVoices,
    names: &RoleNames,
    width: u16,
    s: &Styles,
    lang: Lang,
) -> Vec<Line<'a>> {
    // A part: its spans, and whether it must stay on one row.
    let part = |role: Role, who: &[String]| -> (Vec<Span<'a>>, bool) {
        let label = names.label(role, lang);
        match (role, who) {
            (Role::All, _) | (_, []) => (vec![Span::styled(label, s.text)], true),
            (Role::Team, who) => (
                vec![
                    Span::styled(format!("{label} "), s.text),
                    Span::styled(format!("({})", who.join(", ")), s.role),
                ],
                false,
            ),
            (_, who) => (
                vec![
                    Span::styled(format!("{label} "), s.text),
                    Span::styled(who.join(", "), s.role),
                ],
                who.len() == 1,
            ),
        }
    };
    let width = usize::from(width).max(1);
    let rows = |head: &str, parts: Vec<(Vec<Span<'a>>, bool)>| -> Vec<Line<'a>> {
        if parts.is_empty() {
            return Vec::new();
        }
        let head = format!("{head}: ");
        // The text of the last row, to know where the paragraph ends it.
        let mut text = head.clone();
        let mut rows: Vec<Vec<Span>> = vec![vec![Span::styled(head, s.muted)]];
        for (i, (spans, whole)) in parts.into_iter().enumerate() {
            let part: String = spans.iter().map(|x| x.content.as_ref()).collect();
            let end = fit::wrap(&text, width).last().map_or(0, |r| fit::width(r));
            if i > 0 && whole && end + 3 + fit::width(&part) > width {
                rows.push(vec![Span::styled("· ", s.muted)]);
                text = "· ".to_string();
            } else if i > 0 {
                if let Some(row) = rows.last_mut() {
                    row.push(Span::styled(" · ", s.muted));
                }
                text.push_str(" · ");
            }
            if let Some(row) = rows.last_mut() {
                row.extend(spans);
            }
            text.push_str(&part);
        }
        rows.into_iter().map(Line::from).collect()
    };
    let speaking = voices.speaking.iter().map(|(r, w)| part(*r, w)).collect();
    let mut listening: Vec<(Vec<Span>, bool)> =
        voices.listening.iter().map(|(r, w)| part(*r, w)).collect();
    if !voices.observers.is_empty() {
        listening.push((
            vec![
                Span::styled(format!("{} ", t::OBSERVERS.get(lang)), s.text),
                Span::styled(format!("({})", voices.observers.join(", ")), s.role),
            ],
            false,
        ));
    }
    [
        rows(t::VOICES_SPEAKING.get(lang), speaking),
        rows(t::VOICES_LISTENING.get(lang), listening),
    ]
    .into_iter()
    .flatten()
    .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(lines: &[Line]) -> Vec<String> {
        lines.iter().map(|l| l.to_string()).collect()
    }

    #[test]
    fn roles_that_do_not_fit_are_counted_on_the_last_row() {
        let roles = || -> Vec<Line> {
            [
                "tovholder Anne",
                "referent Bo",
                "tidtager Carla",
                "reserve Dorte",
            ]
            .into_iter()
            .map(Line::from)
            .collect()
        };
        let style = ratatui::style::Style::default();
        assert_eq!(texts(&fitted_roles(roles(), 4, style, Lang::Da)).len(), 4);
        assert_eq!(
            texts(&fitted_roles(roles(), 3, style, Lang::Da)),
            ["tovholder Anne", "referent Bo", "+2 roller mere · R"]
        );
        assert_eq!(
            texts(&fitted_roles(roles(), 1, style, Lang::En)),
            ["+4 more roles · R"]
        );
        assert_eq!(
            texts(&fitted_roles(roles(), 3, style, Lang::En))[2],
            "+2 more roles · R"
        );
    }
}
