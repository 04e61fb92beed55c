//! The live screen's timer: the big digits, what they count and how much
//! is left or over.

use super::*;

pub(super) fn timer_label(session: &Session, lang: Lang) -> &'static str {
    if session.speaker().is_some() {
        t::TURN.get(lang)
    } else if session.phase().is_some() {
        t::PHASE.get(lang)
    } else {
        t::STEP.get(lang)
    }
}

/// "8:20 left" / "1:05 over" where there is room, else "8:20" / "+1:05".
pub(super) fn left_or_over(c: &Countdown, lang: Lang, roomy: bool) -> String {
    match (c.is_over(), roomy) {
        (true, true) => t::OVER_BY.fill(lang, &[&mm_ss(c.overtime_secs())]),
        (false, true) => t::LEFT.fill(lang, &[&mm_ss(c.remaining_secs())]),
        (true, false) => format!("+{}", mm_ss(c.overtime_secs())),
        (false, false) => mm_ss(c.remaining_secs()),
    }
}

pub(in crate::ui::screens) fn render_timer(
    session: &Session,
    area: Rect,
    buf: &mut Buffer,
    ctx: &ViewCtx,
    flash: bool,
) {
    let s = ctx.styles;
    let main = session.main_countdown(ctx.now);
    let state = main.state();
    let style = if flash { s.flash } else { s.timer(state) };
    // Narrow: the digits need 40 columns at half height, so the side is terse.
    let roomy = area.width >= 70;
    let side_width = if roomy { 19 } else { 14 };
    let [big, side] =
        Layout::horizontal([Constraint::Fill(1), Constraint::Length(side_width)]).areas(area);
    let sign = if main.is_over() { "+" } else { "" };
    let clock = format!("{sign}{}", main.clock_text());
    render_big_clock(clock, style, big, buf, s);
    let step = session.step_countdown(ctx.now);
    let mut lines = vec![Line::styled(
        timer_label(session, ctx.lang).to_uppercase(),
        s.muted,
    )];
    if session.is_finished() {
        lines.push(Line::styled(
            t::ENDED.get(ctx.lang).to_uppercase(),
            s.accent,
        ));
    } else {
        // "STOPPET · OVER TID" on one line where it fits, else a line each.
        let words = state_line(&main, ctx.lang);
        match words.chars().count() <= usize::from(side_width) {
            true => lines.push(Line::styled(words, style)),
            false => lines.extend(
                state_words(&main, ctx.lang)
                    .into_iter()
                    .map(|w| Line::styled(w.to_uppercase(), style)),
            ),
        }
    }
    if flash {
        lines.push(Line::styled(t::TIME_UP.get(ctx.lang), s.flash));
    }
    let mut side_timer = |label: &str, c: Countdown| {
        lines.push(Line::from(vec![
            Span::styled(format!("{label} "), s.muted),
            Span::styled(left_or_over(&c, ctx.lang, roomy), s.timer(c.state())),
        ]));
    };
    if let Some(phase) = session
        .phase_countdown(ctx.now)
        .filter(|_| session.speaker().is_some())
    {
        side_timer(t::PHASE.get(ctx.lang), phase);
    }
    if session.speaker().is_some() || session.phase().is_some() {
        side_timer(t::STEP.get(ctx.lang), step);
    }
    Paragraph::new(lines).render(side, buf);
}
