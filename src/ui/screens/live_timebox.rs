//! The live screen's and the room view's words for the clock and the time
//! box: the time of day, the break's end, the proposal, what was shortened.

use crate::dates::{clock, clock_rounded};
use crate::engine::{Session, Standing};
use crate::i18n::timebox::cuts_text;
use crate::i18n::{live as t, timebox as w};
use crate::model::timebox::Proposal;
use crate::text::Lang;
use std::time::Instant;

/// "10 min bagud" / "følger planen", from the one figure.
pub(super) fn standing_text(standing: Standing, lang: Lang) -> String {
    match standing {
        Standing::OnPlan => t::ON_PLAN.get(lang).to_string(),
        Standing::Behind(m) => t::BEHIND.fill(lang, &[&m.to_string()]),
        Standing::Ahead(m) => t::AHEAD.fill(lang, &[&m.to_string()]),
    }
}

/// "Kortet: buffer −10" once the time box was kept.
pub(super) fn shortened_text(session: &Session, lang: Lang) -> Option<String> {
    let text = cuts_text(&session.shortened(), lang);
    (!text.is_empty()).then(|| w::SHORTENED.fill(lang, &[&text]))
}

/// "Forslag: buffer −10, tema −2 · f: gør det" while the meeting is behind
/// its time box, and what cannot be found.
pub(super) fn proposal_text(proposal: &Proposal, lang: Lang) -> Option<String> {
    // A plan that names no buffer, theme or round to give says nothing:
    // the header already says how far behind the meeting is.
    if proposal.is_empty() {
        return None;
    }
    let mut parts = vec![w::PROPOSAL.fill(lang, &[&cuts_text(&proposal.by_source(), lang)])];
    if proposal.short_secs >= 60 {
        let minutes = (proposal.short_secs + 30) / 60;
        parts.push(w::CANNOT_FIND.fill(lang, &[&minutes.to_string()]));
    }
    (!parts.is_empty()).then(|| parts.join(" · "))
}

/// The time of day: "14.19" / "14:19".
pub(super) fn time_of_day(session: &Session, now: Instant, lang: Lang) -> String {
    clock(session.wall_at(now), lang)
}

/// "Vi starter igen kl. 14.19" / "Back at 14:19", in a break.
pub(super) fn back_at(session: &Session, now: Instant, lang: Lang) -> Option<String> {
    let ends = session.break_ends(now)?;
    Some(w::BACK_AT.fill(lang, &[&clock_rounded(ends, lang)]))
}
