//! What the screens read from a session. Every answer is a pure function
//! of the session and the `now` passed in.

use super::roles::{phase_planned_secs_at, supervision_planned_secs};
use super::session::Session;
use super::timer::{Countdown, Timer};
use crate::model::plan::{NoteKind, Phase, Step, StepKind};
use crate::model::planning::{Headcount, secs, step_minutes};
use crate::model::record::{Note, Record};
use std::time::{Duration, Instant};

impl Session {
    pub fn record(&self) -> &Record {
        &self.record
    }

    /// Give a new session another id (when its id is taken by another record).
    pub fn set_id(&mut self, id: String) {
        self.record.id = id;
    }

    pub fn into_record(self) -> Record {
        self.record
    }

    pub fn step_index(&self) -> usize {
        self.record.live.step
    }

    pub fn step(&self) -> &Step {
        &self.record.plan.steps[self.record.live.step]
    }

    pub fn is_paused(&self) -> bool {
        self.record.live.paused
    }

    pub fn is_finished(&self) -> bool {
        self.record.is_finished()
    }

    pub fn headcount(&self) -> Headcount {
        Headcount::new(self.record.present().len())
    }

    /// The unrolled phases of the current step (empty unless supervision).
    pub fn phases(&self) -> Vec<(&Phase, Option<u32>)> {
        match &self.step().kind {
            StepKind::Supervision { phases } => {
                let present = self.headcount().present;
                phases.iter().flat_map(|i| i.unrolled(present)).collect()
            }
            _ => Vec::new(),
        }
    }

    pub(super) fn phase_count(&self) -> usize {
        self.phases().len()
    }

    pub fn phase_index(&self) -> usize {
        self.record.live.phase
    }

    /// The current supervision phase, with its repeat number.
    pub fn phase(&self) -> Option<(&Phase, Option<u32>)> {
        self.phases().get(self.record.live.phase).copied()
    }

    /// Who holds the turn now.
    pub fn speaker(&self) -> Option<&str> {
        let live = &self.record.live;
        live.speaking
            .then(|| live.queue.first().map(String::as_str))
            .flatten()
    }

    /// Who speaks next.
    pub fn up_next(&self) -> Option<&str> {
        let live = &self.record.live;
        let i = usize::from(live.speaking);
        live.queue.get(i).map(String::as_str)
    }

    /// Speakers still to come, the current one first.
    pub fn queue(&self) -> &[String] {
        &self.record.live.queue
    }

    /// Who passed once and waits at the end of the queue.
    pub fn passed(&self) -> &[String] {
        &self.record.live.passed
    }

    /// Who passed twice in the current round or phase and was skipped.
    pub fn skipped(&self) -> Vec<&str> {
        let phase = self.phase_key();
        self.record.steps[self.record.live.step]
            .turns
            .iter()
            .filter(|t| t.skipped && t.phase == phase)
            .map(|t| t.participant.as_str())
            .collect()
    }

    /// True when the current step or phase runs as a round of turns.
    pub fn has_turns(&self) -> bool {
        match &self.step().kind {
            StepKind::Round { .. } => true,
            StepKind::Supervision { .. } => {
                self.phase().is_some_and(|(p, _)| !p.round_among.is_empty())
            }
            _ => false,
        }
    }

    /// Planned seconds of a step for today's attendance, before + and −:
    /// a supervision's for the people holding its roles now.
    pub(super) fn base_planned_secs(&self, step: usize) -> u64 {
        supervision_planned_secs(&self.record, step)
            .unwrap_or_else(|| secs(step_minutes(&self.step_as_run(step), self.headcount())))
    }

    /// Planned seconds of one turn, before + and −.
    pub(super) fn turn_planned_secs(&self) -> u64 {
        match &self.step_as_run(self.record.live.step).kind {
            StepKind::Round { per_person, .. } => secs(*per_person),
            StepKind::Supervision { .. } => {
                self.phase().and_then(|(p, _)| p.per_person).map_or(0, secs)
            }
            _ => 0,
        }
    }

    /// Planned seconds of the current phase, before + and −.
    pub(super) fn phase_planned_secs(&self) -> Option<u64> {
        let (phase, _) = self.phase()?;
        Some(phase_planned_secs_at(
            &self.record,
            self.record.live.step,
            phase,
        ))
    }

    pub fn turn_countdown(&self, now: Instant) -> Option<Countdown> {
        if !self.record.live.speaking {
            return None;
        }
        let target = self.turn_planned_secs() as i64 + self.record.live.turn_adjust_secs;
        Some(Countdown::new(
            target.max(0) as u64,
            self.shown(&self.turn_timer, now),
            self.is_paused(),
        ))
    }

    pub fn phase_countdown(&self, now: Instant) -> Option<Countdown> {
        let planned = self.phase_planned_secs()? as i64 + self.record.live.phase_adjust_secs;
        Some(Countdown::new(
            planned.max(0) as u64,
            self.shown(&self.phase_timer, now),
            self.is_paused(),
        ))
    }

    pub fn step_countdown(&self, now: Instant) -> Countdown {
        Countdown::new(
            self.step_planned_secs(self.record.live.step),
            self.shown(&self.step_timer, now),
            self.is_paused(),
        )
    }

    /// The timer the big digits show: the turn, else the phase, else the step.
    pub fn main_countdown(&self, now: Instant) -> Countdown {
        self.turn_countdown(now)
            .or_else(|| self.phase_countdown(now))
            .unwrap_or_else(|| self.step_countdown(now))
    }

    /// Planned seconds of a step (after + and −).
    pub fn step_planned_secs(&self, step: usize) -> u64 {
        self.record.steps.get(step).map_or(0, |s| s.planned_secs)
    }

    /// Seconds a step has run (the current one up to `now`).
    pub fn step_actual_secs(&self, step: usize, now: Instant) -> u64 {
        if step == self.record.live.step && !self.is_finished() {
            self.shown(&self.step_timer, now).as_secs()
        } else {
            self.record.steps.get(step).map_or(0, |s| s.actual_secs)
        }
    }

    /// True for a step that has run and been left.
    pub fn step_done(&self, step: usize) -> bool {
        step != self.record.live.step
            && self
                .record
                .steps
                .get(step)
                .is_some_and(|s| s.ended.is_some())
    }

    /// Planned seconds of the whole meeting for today's attendance.
    pub fn meeting_planned_secs(&self) -> u64 {
        self.record.steps.iter().map(|s| s.planned_secs).sum()
    }

    /// Notes taken in a step, oldest first.
    pub fn notes_in_step(&self, step: usize) -> impl Iterator<Item = &Note> {
        self.record.notes.iter().filter(move |n| n.step == step)
    }

    /// The notes the live screen lists in a step: its own, and in the
    /// "agreements and next meeting" step also the day's shared decisions
    /// and actions, which its guidance asks to read aloud.
    pub fn notes_shown_in_step(&self, step: usize) -> impl Iterator<Item = &Note> {
        let agreeing = self.record.plan.steps.get(step).and_then(|s| s.purpose)
            == Some(crate::model::plan::StepPurpose::NextMeeting);
        self.record.notes.iter().filter(move |n| {
            n.step == step
                || (agreeing
                    && !n.private
                    && matches!(n.kind, NoteKind::Decision | NoteKind::Action))
        })
    }

    /// The timer whose seconds set the beat every shown timer changes on:
    /// the one the big digits show (the turn, else the phase, else the step).
    fn beat(&self) -> &Timer {
        if self.record.live.speaking {
            &self.turn_timer
        } else if self.phase_planned_secs().is_some() {
            &self.phase_timer
        } else {
            &self.step_timer
        }
    }

    /// A timer's elapsed time as every screen shows it: on the beat.
    fn shown(&self, timer: &Timer, now: Instant) -> Duration {
        timer.elapsed_on_beat(self.beat(), now)
    }

    /// How long the loop may sleep before a shown second changes: every
    /// shown timer changes on the beat, so this is one wake a second.
    pub fn next_wake(&self, now: Instant) -> Option<Duration> {
        self.beat().until_next_second(now)
    }
}
