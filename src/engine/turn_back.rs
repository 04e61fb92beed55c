//! `b`: a slip of `n` or a pass undone. Before either moves the turn on,
//! the round as it stood is kept in the record; `b` puts it back, and the
//! speaker who lost the turn gets it again with the time they had left.

use super::session::Session;
use super::timer::Timer;
use crate::model::record::TurnBefore;
use std::time::{Duration, Instant};

/// How many moves `b` can undo in one round: more than a round has turns.
const KEPT: usize = 64;

impl Session {
    /// Keep the round as it stands now, before a key moves the turn on.
    pub(super) fn keep_turn_before(&mut self, now: Instant) {
        let live = &self.record.live;
        let mut names: Vec<String> = live.queue.iter().take(2).cloned().collect();
        if !live.speaking {
            names.truncate(1);
        }
        let phase = self.phase_key();
        let turns = &self.record.steps[live.step].turns;
        let logs = names
            .into_iter()
            .map(|name| {
                let log = turns
                    .iter()
                    .find(|t| t.participant == name && t.phase == phase)
                    .cloned();
                (name, log)
            })
            .collect();
        let before = TurnBefore {
            queue: live.queue.clone(),
            passed: live.passed.clone(),
            speaking: live.speaking,
            turn_elapsed_secs: self.turn_timer.elapsed(now).as_secs(),
            turn_adjust_secs: live.turn_adjust_secs,
            logs,
        };
        let kept = &mut self.record.live.turns_before;
        kept.push(before);
        if kept.len() > KEPT {
            kept.remove(0);
        }
    }

    /// The round as it stood before the last `n` or pass: the one who lost
    /// the turn has it again, with the time they had left. False when
    /// nothing in this round or phase can be given back.
    pub(super) fn turn_back(&mut self, now: Instant) -> bool {
        let Some(before) = self.record.live.turns_before.pop() else {
            return false;
        };
        let phase = self.phase_key();
        let step = self.record.live.step;
        let turns = &mut self.record.steps[step].turns;
        for (name, log) in before.logs {
            let at = turns
                .iter()
                .position(|t| t.participant == name && t.phase == phase);
            match (at, log) {
                (Some(i), Some(log)) => turns[i] = log,
                (Some(i), None) => {
                    turns.remove(i);
                }
                (None, Some(log)) => turns.push(log),
                (None, None) => {}
            }
        }
        let live = &mut self.record.live;
        live.queue = before.queue;
        live.passed = before.passed;
        live.speaking = before.speaking && !live.queue.is_empty();
        live.turn_elapsed_secs = before.turn_elapsed_secs;
        live.turn_adjust_secs = before.turn_adjust_secs;
        let running = live.speaking && !live.paused;
        let banked = Duration::from_secs(before.turn_elapsed_secs);
        self.turn_timer = Timer::new(now, banked, running);
        self.alerted.turn = self.turn_countdown(now).is_some_and(|c| c.is_over());
        true
    }

    /// True when `b` has a move of this round or phase to undo.
    pub fn can_turn_back(&self) -> bool {
        !self.record.live.turns_before.is_empty()
    }

    /// Who `b` would give the turn back to: the speaker before the last
    /// `n` or pass; none before the round's first turn or when nothing is
    /// kept.
    pub fn turn_back_to(&self) -> Option<&str> {
        self.record
            .live
            .turns_before
            .last()
            .filter(|b| b.speaking)
            .and_then(|b| b.queue.first())
            .map(String::as_str)
    }
}
