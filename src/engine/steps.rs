//! Moving through the plan: entering a step or a phase (timers, queue,
//! alerts), leaving one, going on or back, finishing the meeting.

use super::Effect;
use super::session::Session;
use super::timer::Timer;
use crate::model::record::{SessionStatus, Stamp};
use std::time::{Duration, Instant};

impl Session {
    pub(super) fn enter_step(&mut self, step: usize, now: Instant, wall: Stamp) {
        let base = self.base_planned_secs(step);
        let log = &mut self.record.steps[step];
        let adjust = if log.started.is_some() {
            log.planned_secs as i64 - base as i64
        } else {
            log.started = Some(wall);
            0
        };
        log.ended = None;
        let banked = Duration::from_secs(log.actual_secs);
        self.step_timer = Timer::new(now, banked, self.running());
        self.record.live.step = step;
        self.record.live.step_adjust_secs = adjust;
        self.enter_phase(0, now);
        self.alerted.step = self.step_countdown(now).is_over();
    }

    pub(super) fn enter_phase(&mut self, phase: usize, now: Instant) {
        let live = &mut self.record.live;
        live.phase = phase;
        live.phase_elapsed_secs = 0;
        live.phase_adjust_secs = 0;
        live.turn_elapsed_secs = 0;
        live.turn_adjust_secs = 0;
        live.speaking = false;
        live.passed.clear();
        live.turns_before.clear();
        self.phase_timer = Timer::new(now, Duration::ZERO, self.running());
        self.turn_timer = Timer::stopped(Duration::ZERO);
        self.record.live.queue = self.initial_queue();
        self.alerted.phase = false;
        self.alerted.turn = false;
    }

    /// Leave the current step: `done` when moving on; going back leaves it
    /// begun but not done, with the time it ran kept for its return.
    pub(super) fn leave_step(&mut self, now: Instant, wall: Stamp, done: bool) {
        if self.record.live.speaking {
            self.end_turn(now);
        }
        let step = self.record.live.step;
        let elapsed = self.step_timer.elapsed(now).as_secs();
        let log = &mut self.record.steps[step];
        log.actual_secs = elapsed;
        log.ended = done.then_some(wall);
    }

    pub(super) fn next_step(
        &mut self,
        now: Instant,
        wall: Stamp,
        effects: &mut Vec<Effect>,
    ) -> bool {
        let (phase, speaking, step) = {
            let live = &self.record.live;
            (live.phase, live.speaking, live.step)
        };
        if phase + 1 < self.phase_count() {
            if speaking {
                self.end_turn(now);
            }
            self.enter_phase(phase + 1, now);
            return true;
        }
        if step + 1 >= self.record.plan.steps.len() {
            effects.push(Effect::AtLastStep);
            return false;
        }
        self.leave_step(now, wall, true);
        self.enter_step(step + 1, now, wall);
        true
    }

    pub(super) fn prev_step(&mut self, now: Instant, wall: Stamp) -> bool {
        let (phase, speaking, step) = {
            let live = &self.record.live;
            (live.phase, live.speaking, live.step)
        };
        if phase > 0 {
            if speaking {
                self.end_turn(now);
            }
            self.enter_phase(phase - 1, now);
            return true;
        }
        if step == 0 {
            return false;
        }
        self.leave_step(now, wall, false);
        self.enter_step(step - 1, now, wall);
        true
    }

    pub(super) fn finish(&mut self, now: Instant, wall: Stamp) {
        self.leave_step(now, wall, true);
        self.step_timer.pause(now);
        self.phase_timer.pause(now);
        self.turn_timer.pause(now);
        self.record.status = SessionStatus::Finished;
        self.record.finished = Some(wall);
    }
}
