//! Turns in a round or a supervision phase: the queue, passes, airtime.

use super::order::{self, round_order};
use super::roles::{speakers_among, supervision_roles};
use super::session::Session;
use super::timer::Timer;
use crate::model::plan::StepKind;
use crate::model::record::TurnLog;
use std::time::{Duration, Instant};

impl Session {
    /// Everyone who speaks in the current round or phase, in order.
    pub(super) fn phase_speakers(&self) -> Vec<String> {
        let step = self.record.live.step;
        match &self.record.plan.steps[step].kind {
            StepKind::Round { order, .. } => round_order(
                &self.record.present(),
                *order,
                self.record.roles.facilitator.as_deref(),
                order::seed(&self.record.id, step),
            ),
            StepKind::Supervision { .. } => match self.phase() {
                Some((p, _)) if !p.round_among.is_empty() => {
                    let roles = supervision_roles(&self.record, step, Some(p));
                    speakers_among(&self.record, &roles, &p.round_among)
                }
                _ => Vec::new(),
            },
            _ => Vec::new(),
        }
    }

    /// The speakers of the current round or phase who have not yet spoken.
    pub(super) fn initial_queue(&self) -> Vec<String> {
        let phase = self.phase_key();
        let done = &self.record.steps[self.record.live.step].turns;
        self.phase_speakers()
            .into_iter()
            .filter(|name| {
                !done.iter().any(|t| {
                    &t.participant == name && t.phase == phase && (t.spoken_secs > 0 || t.skipped)
                })
            })
            .collect()
    }

    /// True when someone arriving now should get a turn in this round (a
    /// supervision's phase follows the room as a whole instead).
    pub(super) fn joins_current_round(&self, name: &String) -> bool {
        let live = &self.record.live;
        if live.queue.contains(name) {
            return false;
        }
        let phase = self.phase_key();
        let spoke = self.record.steps[live.step]
            .turns
            .iter()
            .any(|t| &t.participant == name && t.phase == phase);
        !spoke && self.step().is_round()
    }

    /// The phase a turn log belongs to: `Some` in a supervision.
    pub(super) fn phase_key(&self) -> Option<usize> {
        let live = &self.record.live;
        matches!(
            self.record.plan.steps[live.step].kind,
            StepKind::Supervision { .. }
        )
        .then_some(live.phase)
    }

    fn pass_allowed(&self) -> bool {
        match &self.record.plan.steps[self.record.live.step].kind {
            StepKind::Round { pass_allowed, .. } => *pass_allowed,
            _ => true,
        }
    }

    pub(super) fn next_speaker(&mut self, now: Instant) -> bool {
        if self.record.live.queue.is_empty() {
            return false;
        }
        self.keep_turn_before(now);
        if self.record.live.speaking {
            let name = self.end_turn(now);
            self.record.live.passed.retain(|p| p != &name);
        }
        self.start_front_turn(now);
        true
    }

    pub(super) fn pass(&mut self, now: Instant) -> bool {
        if !self.record.live.speaking || !self.pass_allowed() {
            return false;
        }
        self.keep_turn_before(now);
        let name = self.end_turn(now);
        // The last one waiting who passes is not handed the turn straight
        // back: the round moves on without them.
        let last = self.record.live.queue.is_empty();
        let second = last || self.record.live.passed.contains(&name);
        let log = self.turn_log(&name);
        log.passes = log.passes.saturating_add(1);
        log.skipped |= second;
        let live = &mut self.record.live;
        if second {
            live.passed.retain(|p| p != &name);
        } else {
            live.passed.push(name.clone());
            live.queue.push(name);
        }
        self.start_front_turn(now);
        true
    }

    /// The first in the queue takes the turn, or the round closes.
    pub(super) fn start_front_turn(&mut self, now: Instant) {
        let live = &mut self.record.live;
        live.speaking = !live.queue.is_empty();
        live.turn_elapsed_secs = 0;
        live.turn_adjust_secs = 0;
        let running = live.speaking && !live.paused;
        self.turn_timer = Timer::new(now, Duration::ZERO, running);
        self.alerted.turn = false;
        if self.record.live.speaking {
            let planned = self.turn_planned_secs();
            let name = self.record.live.queue[0].clone();
            self.turn_log(&name).planned_secs = planned;
        }
    }

    /// The speaker's turn ends: airtime into the record, off the queue.
    pub(super) fn end_turn(&mut self, now: Instant) -> String {
        let spoken = self.turn_timer.elapsed(now).as_secs();
        self.turn_timer = Timer::stopped(Duration::ZERO);
        let live = &mut self.record.live;
        live.speaking = false;
        live.turn_elapsed_secs = 0;
        if live.queue.is_empty() {
            return String::new();
        }
        let name = live.queue.remove(0);
        let log = self.turn_log(&name);
        log.spoken_secs += spoken;
        name
    }

    /// The turn log of `name` in the current step (and phase), made if new.
    pub(super) fn turn_log(&mut self, name: &str) -> &mut TurnLog {
        let phase = self.phase_key();
        let planned = self.turn_planned_secs();
        let turns = &mut self.record.steps[self.record.live.step].turns;
        let i = match turns
            .iter()
            .position(|t| t.participant == name && t.phase == phase)
        {
            Some(i) => i,
            None => {
                turns.push(TurnLog {
                    participant: name.to_string(),
                    phase,
                    planned_secs: planned,
                    spoken_secs: 0,
                    passes: 0,
                    skipped: false,
                });
                turns.len() - 1
            }
        };
        &mut turns[i]
    }
}
