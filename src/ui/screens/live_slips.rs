//! A slip of a key costs nothing: `b` gives the turn back after an `n` or
//! a pass too many, and `→` that would leave people without their turn, or
//! cut a supervision short, asks first (one more `→`, or j/y/Enter, goes
//! on; any other key stays).

use super::live::{LiveScreen, Outcome};
use super::live_popup::{LivePopup, LiveQuestion};
use crate::clock::Clock;
use crate::dates::mm_ss;
use crate::engine::Msg;
use crate::i18n::corrections as t;
use crate::model::plan::StepKind;
use crate::text::{Lang, Text};
use crate::ui::keys::{self, LiveAction};
use crate::ui::popup::{Confirm, Popups};
use std::time::Instant;

/// Why `→` asks before it moves on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Skip {
    /// These have not had their turn in the round or phase yet.
    Waiting(Vec<String>),
    /// A supervision's phase (its title) still has this many seconds.
    Phase { title: Text, left: u64 },
    /// The supervision's last phase (or the whole of one without phases)
    /// still has this many seconds.
    Supervision { left: u64 },
}

impl Skip {
    pub fn text(&self, lang: Lang) -> String {
        match self {
            Skip::Waiting(names) => {
                let phrase = match names.len() {
                    1 => t::WAITING_ONE,
                    _ => t::WAITING_MANY,
                };
                phrase.fill(lang, &[&t::names_and(names, lang)])
            }
            Skip::Phase { title, left } => {
                t::LEAVE_PHASE.fill(lang, &[title.get(lang), &mm_ss(*left)])
            }
            Skip::Supervision { left } => t::LEAVE_SUPERVISION.fill(lang, &[&mm_ss(*left)]),
        }
    }
}

impl LiveScreen {
    /// `b`: the turn back to whoever lost it, or a word that there is none.
    pub(super) fn turn_back(&mut self, clock: &dyn Clock, popups: &mut Popups) -> Vec<Outcome> {
        if !self.session.can_turn_back() {
            self.said = Some(t::NOTHING_TO_GIVE_BACK);
            return Vec::new();
        }
        self.send(Msg::TurnBack, clock, popups)
    }

    /// `→`: asks first when it would leave someone without a turn or cut a
    /// supervision short; else moves on.
    pub(super) fn next_step_asking(
        &mut self,
        clock: &dyn Clock,
        popups: &mut Popups,
    ) -> Vec<Outcome> {
        match self.skip_question(clock.now()) {
            Some(skip) => {
                // The key that asked says yes the second time: → or l.
                let again = keys::LIVE
                    .iter()
                    .filter(|b| b.action == LiveAction::NextStep)
                    .flat_map(|b| b.keys.iter().copied());
                let ask = again.fold(Confirm::new(LiveQuestion::Skip(skip)), Confirm::or);
                popups.open(LivePopup::Confirm(ask));
                Vec::new()
            }
            None => self.move_on(clock, popups),
        }
    }

    /// The next phase or step, now: `→` once it is confirmed.
    pub fn move_on(&mut self, clock: &dyn Clock, popups: &mut Popups) -> Vec<Outcome> {
        // Leaving the agreement step keeps what was suggested, so the next
        // meeting starts from it even if nobody pressed e.
        if self.agreeing_next() {
            self.keep_next_meeting(clock);
        }
        self.send(Msg::NextStep, clock, popups)
    }

    /// What `→` should ask before it moves on now; none: it just goes.
    pub(super) fn skip_question(&self, now: Instant) -> Option<Skip> {
        let session = &self.session;
        if session.is_finished() {
            return None;
        }
        if session.has_turns() {
            let waiting: Vec<String> = session
                .queue()
                .iter()
                .skip(usize::from(session.speaker().is_some()))
                .cloned()
                .collect();
            if !waiting.is_empty() {
                return Some(Skip::Waiting(waiting));
            }
        }
        if !matches!(session.step().kind, StepKind::Supervision { .. }) {
            return None;
        }
        let last_phase = session.phase_index() + 1 >= session.phases().len();
        match (session.phase(), session.phase_countdown(now)) {
            (Some((phase, _)), Some(countdown)) if !countdown.is_over() => {
                let left = countdown.remaining_secs();
                Some(match last_phase {
                    true => Skip::Supervision { left },
                    false => Skip::Phase {
                        title: phase.title.clone(),
                        left,
                    },
                })
            }
            (Some(_), _) => None,
            (None, _) => {
                let countdown = session.step_countdown(now);
                (!countdown.is_over()).then(|| Skip::Supervision {
                    left: countdown.remaining_secs(),
                })
            }
        }
    }
}
