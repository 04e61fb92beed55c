//! One session in detail: planned vs actual per step and airtime per
//! participant as bar charts, the notes by kind and the actions.

use super::{Detail, ReviewScreen};
use crate::dates::{clock, day_month_year, long_date};
use crate::export::markdown::status_word;
use crate::i18n::common::note_kind;
use crate::i18n::{common, review as t};
use crate::model::Record;
use crate::model::open_action::OpenCount;
use crate::model::plan::NoteKind;
use crate::model::record::Presence;
use crate::text::capitalised;
use crate::ui::ViewCtx;
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Direction, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Bar, BarChart, BarGroup, Block, Borders, Paragraph, Widget};

pub(super) fn render(
    screen: &ReviewScreen,
    detail: &Detail,
    area: Rect,
    buf: &mut Buffer,
    ctx: &ViewCtx,
) {
    let s = ctx.styles;
    let lang = ctx.lang;
    let r = &detail.record;
    let [main, footer] =
        Layout::vertical([Constraint::Min(3), Constraint::Length(screen.footer_rows())])
            .areas(area);
    let title = format!(
        " {} · {} ",
        crate::i18n::common::network_label(&r.network.name, lang),
        long_date(r.started.date_naive(), lang)
    );
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(s.border)
        .title(Span::styled(title, s.title));
    let inner = block.inner(main);
    block.render(main, buf);
    screen.render_footer(footer, buf, ctx);

    let chart_height = if inner.height >= 30 { 14 } else { 10 };
    let [summary, charts, notes] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(chart_height),
        Constraint::Min(1),
    ])
    .areas(inner);
    Paragraph::new(Line::from(Span::styled(
        format!(" {}", summary_line(r, ctx)),
        s.text,
    )))
    .render(summary, buf);
    let [left, right] =
        Layout::horizontal([Constraint::Percentage(55), Constraint::Percentage(45)]).areas(charts);
    render_steps(r, left, buf, ctx);
    render_airtime(r, right, buf, ctx);
    // Wrapped lines hang under their text, not at the border.
    let width = notes.width.max(1) as usize;
    let lines: Vec<Line> = note_lines(screen, detail, ctx)
        .into_iter()
        .flat_map(|l| crate::ui::fit::hang(l, width))
        .collect();
    // Scrolled at most until the last line is at the bottom of the view.
    let rows = lines.len();
    let max = rows
        .saturating_sub(notes.height as usize)
        .min(u16::MAX as usize) as u16;
    detail.scroll_max.set(max);
    Paragraph::new(lines)
        .scroll((detail.scroll.min(max), 0))
        .render(notes, buf);
}

fn summary_line(r: &Record, ctx: &ViewCtx) -> String {
    let lang = ctx.lang;
    let end = r.finished.map(|f| clock(f, lang)).unwrap_or_default();
    let present = r.attendance.iter().filter(|a| a.presence.came()).count();
    let absent = r
        .attendance
        .iter()
        .filter(|a| a.presence == Presence::NotifiedAbsence)
        .count();
    let mut parts = vec![
        format!("{}–{end}", clock(r.started, lang)),
        r.plan.title.get(lang).to_string(),
        t::PRESENT_COUNT.fill(lang, &[&present.to_string()]),
    ];
    if absent > 0 {
        parts.push(t::ABSENT_COUNT.fill(lang, absent, &[]));
    }
    // Beside attendance: how the day was scored, never by whom.
    let scores = crate::model::record::score_distribution(r.scores.iter().map(|s| s.score));
    if let Some(mean) = crate::model::record::score_mean(scores) {
        let answers: usize = scores.iter().sum();
        parts.push(t::SCORED.fill(
            lang,
            &[
                &crate::i18n::decimal(mean, 1, lang),
                &crate::i18n::year::ANSWERS.fill(lang, answers, &[]),
            ],
        ));
    }
    parts.join(" · ")
}

fn chart_block(title: String, ctx: &ViewCtx) -> Block<'static> {
    Block::default()
        .borders(Borders::ALL)
        .border_style(ctx.styles.border)
        .title(Span::styled(title, ctx.styles.title))
}

fn minutes(secs: u64) -> u64 {
    (secs + 30) / 60
}

fn render_steps(r: &Record, area: Rect, buf: &mut Buffer, ctx: &ViewCtx) {
    let s = ctx.styles;
    let lang = ctx.lang;
    let title = format!(" {} ", t::PLANNED_VS_ACTUAL.get(lang),);
    let block = chart_block(title, ctx);
    let inner = block.inner(area);
    block.render(area, buf);
    let [legend, chart] =
        Layout::vertical([Constraint::Length(1), Constraint::Min(1)]).areas(inner);
    Paragraph::new(Line::from(vec![
        Span::styled("▆ ", s.muted),
        Span::styled(t::PLANNED.get(lang), s.muted),
        Span::styled("  ▆ ", s.ahead),
        Span::styled(t::ACTUAL.get(lang), s.muted),
        Span::styled("  ▆ ", s.behind),
        Span::styled("> ", s.muted),
        Span::styled(t::PLANNED.get(lang), s.muted),
    ]))
    .render(legend, buf);
    let steps = r.steps.len().max(1) as u16;
    // Two bars per step and a gap; wider bars when there is room.
    let bar_width = ((chart.width.saturating_sub(steps)) / (steps * 2)).clamp(1, 3);
    let mut bar_chart = BarChart::default()
        .bar_width(bar_width)
        .bar_gap(0)
        .group_gap(1)
        .label_style(s.muted);
    for (i, step) in r.steps.iter().enumerate() {
        let planned = minutes(step.planned_secs);
        let actual = minutes(step.actual_secs);
        let actual_style = if actual > planned { s.behind } else { s.ahead };
        let bars = [
            Bar::default()
                .value(planned)
                .text_value(String::new())
                .style(s.muted)
                .value_style(Style::default().add_modifier(ratatui::style::Modifier::REVERSED)),
            Bar::default()
                .value(actual)
                .text_value(String::new())
                .style(actual_style)
                .value_style(Style::default().add_modifier(ratatui::style::Modifier::REVERSED)),
        ];
        bar_chart = bar_chart.data(
            BarGroup::default()
                .label(Line::from((i + 1).to_string()))
                .bars(&bars),
        );
    }
    bar_chart.render(chart, buf);
}

/// Seconds spoken per participant, in roster order, then anyone else.
pub(super) fn airtime(r: &Record) -> Vec<(String, u64)> {
    let mut out: Vec<(String, u64)> = Vec::new();
    for turn in r.steps.iter().flat_map(|s| &s.turns) {
        match out.iter_mut().find(|(n, _)| *n == turn.participant) {
            Some((_, secs)) => *secs += turn.spoken_secs,
            None => out.push((turn.participant.clone(), turn.spoken_secs)),
        }
    }
    let rank = |name: &str| {
        r.network
            .participants
            .iter()
            .position(|p| p.name == name)
            .unwrap_or(usize::MAX)
    };
    out.sort_by_key(|(name, _)| rank(name));
    out
}

fn render_airtime(r: &Record, area: Rect, buf: &mut Buffer, ctx: &ViewCtx) {
    let s = ctx.styles;
    let lang = ctx.lang;
    let block = chart_block(format!(" {} ", t::AIRTIME.get(lang)), ctx);
    let inner = block.inner(area);
    block.render(area, buf);
    let spoken = airtime(r);
    if spoken.is_empty() {
        Paragraph::new(Span::styled(t::NO_TURNS.get(lang), s.muted)).render(inner, buf);
        return;
    }
    let label_width = if inner.width >= 40 { 14 } else { 4 };
    let fits = spoken.len() as u16 <= inner.height;
    let bars: Vec<Bar> = spoken
        .iter()
        .map(|(name, secs)| {
            let label = if label_width > 4 {
                name.chars().take(label_width).collect::<String>()
            } else {
                r.network
                    .participant(name)
                    .map(|p| p.initials())
                    .unwrap_or_else(|| crate::model::network::initials_of(name))
            };
            Bar::default()
                .value(*secs)
                .label(Line::from(label))
                .text_value(format!("{}:{:02}", secs / 60, secs % 60))
                .style(s.accent)
                .value_style(s.selection)
        })
        .collect();
    BarChart::default()
        .direction(Direction::Horizontal)
        .bar_width(1)
        .bar_gap(if fits && spoken.len() as u16 * 2 <= inner.height {
            1
        } else {
            0
        })
        .label_style(s.muted)
        .data(BarGroup::default().bars(&bars))
        .render(inner, buf);
}

fn note_lines(screen: &ReviewScreen, detail: &Detail, ctx: &ViewCtx) -> Vec<Line<'static>> {
    let s = ctx.styles;
    let lang = ctx.lang;
    let r = &detail.record;
    let shown = |private: bool| screen.include_private || !private;
    let mut lines: Vec<Line> = Vec::new();
    let actions: Vec<_> = detail.actions.iter().filter(|a| shown(a.private)).collect();
    let hidden = detail.actions.len() - actions.len();
    if !detail.actions.is_empty() {
        // Headed by how many are still open, counted as everywhere else.
        let open = OpenCount::of(&detail.actions).total();
        lines.push(Line::from(Span::styled(
            format!(
                " {} ({})",
                t::ACTIONS.get(lang),
                t::OPEN_OF_THEM.fill(lang, open, &[])
            ),
            s.title,
        )));
        for a in actions {
            let due = a
                .due
                .map(|d| day_month_year(d, lang))
                .unwrap_or_else(|| t::NEXT_MEETING.get(lang).to_string());
            lines.push(Line::from(vec![
                Span::styled("  • ", s.muted),
                Span::styled(format!("[{}] ", status_word(a.status).get(lang)), s.accent),
                Span::styled(a.text.clone(), if a.private { s.private } else { s.text }),
                Span::styled(
                    format!(
                        " · {} · {}",
                        a.owner.clone().unwrap_or_else(|| "–".into()),
                        due
                    ),
                    s.muted,
                ),
            ]));
        }
        if hidden > 0 {
            lines.push(Line::styled(
                format!("  + {}", crate::i18n::common::private_actions(hidden, lang)),
                s.private,
            ));
        }
    }
    for kind in [
        NoteKind::Decision,
        NoteKind::Learning,
        NoteKind::Parked,
        NoteKind::Note,
    ] {
        let notes: Vec<_> = r
            .notes
            .iter()
            .filter(|n| n.kind == kind && shown(n.private))
            .collect();
        if notes.is_empty() {
            continue;
        }
        lines.push(Line::from(Span::styled(
            format!(" {}", capitalised(note_kind(kind).get(lang))),
            s.title,
        )));
        for n in notes {
            let mut spans = vec![Span::styled("  • ", s.muted)];
            if let Some(who) = n.participant.as_ref().filter(|_| kind.keeps_speaker()) {
                spans.push(Span::styled(format!("{who}: "), s.muted));
            }
            spans.push(Span::styled(
                n.text.clone(),
                if n.private { s.private } else { s.text },
            ));
            if n.private {
                spans.push(Span::styled(
                    format!(" ({})", common::PRIVATE.get(lang)),
                    s.private,
                ));
            }
            lines.push(Line::from(spans));
        }
    }
    if lines.is_empty() {
        lines.push(Line::from(Span::styled(
            format!(" {}", t::NO_NOTES.get(lang)),
            s.muted,
        )));
    }
    // The network's year up to this meeting: attendance beside the
    // check-out scores, as `runde network show` draws it.
    if !r.network.is_ad_hoc() {
        let chart = crate::export::year_chart::lines(&detail.year, r.started.date_naive(), lang);
        lines.push(Line::from(""));
        for (i, line) in chart.into_iter().enumerate() {
            let style = if i == 0 { s.title } else { s.text };
            lines.push(Line::styled(format!(" {line}"), style));
        }
    }
    lines
}
