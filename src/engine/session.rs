//! The session: creation, resume, and the messages that move it.

use super::adjust::adjusted;
use super::order::record_id;
use super::roles::fill_default_roles;
use super::timer::Timer;
use super::{AlertKind, Effect, Msg};
use crate::clock::Clock;
use crate::model::network::Network;
use crate::model::plan::Plan;
use crate::model::record::{
    Attendance, LiveCursor, Presence, RECORD_VERSION, Record, Roles, SessionStatus, Stamp, StepLog,
};
use std::time::{Duration, Instant};

/// How often a running session saves its clocks when nothing else was
/// saved: every act (a note, a turn, a step) is saved at once, so a crash
/// loses at most this much of a clock's progress and nothing else. Once
/// a minute, not every ten seconds: each save's writes and syncs put the
/// process to sleep several times, and a countdown should wake about once
/// a second (issue 19.7: 1.53 wake-ups a second with a save every 10 s).
pub(super) const SAVE_EVERY: Duration = Duration::from_secs(60);

/// What a new session starts from.
#[derive(Debug, Clone)]
pub struct NewSession {
    pub plan: Plan,
    pub network: Network,
    pub attendance: Vec<Attendance>,
    pub roles: Roles,
    /// Who asked for an urgent case turn at the start.
    pub urgent_bids: Vec<String>,
    /// Where the facilitator chose someone else than the rotation suggested.
    pub overrides: Vec<PendingOverride>,
    /// The meeting's fixed end, given at the start (`--until`); none: the
    /// plan's length from the start.
    pub until: Option<Stamp>,
}

/// A role given to someone else than the rotation suggested, stamped when
/// the session starts.
#[derive(Debug, Clone, PartialEq)]
pub struct PendingOverride {
    pub role: crate::rotation::RoleKind,
    pub suggested: Option<String>,
    pub chosen: String,
    pub reason: String,
}

impl NewSession {
    /// Everyone named is present, in the order given.
    pub fn with_everyone(plan: Plan, network: Network) -> NewSession {
        let attendance = network
            .participants
            .iter()
            .map(|p| Attendance {
                participant: p.name.clone(),
                presence: Presence::Present,
                arrived: None,
                left: None,
            })
            .collect();
        NewSession {
            plan,
            network,
            attendance,
            roles: Roles::default(),
            urgent_bids: Vec::new(),
            overrides: Vec::new(),
            until: None,
        }
    }
}

#[derive(Debug, Clone, Copy, Default)]
pub(super) struct Alerted {
    pub turn: bool,
    pub phase: bool,
    pub step: bool,
}

/// One live run of a plan with a network.
#[derive(Debug, Clone)]
pub struct Session {
    pub(super) record: Record,
    pub(super) step_timer: Timer,
    pub(super) phase_timer: Timer,
    pub(super) turn_timer: Timer,
    pub(super) alerted: Alerted,
    pub(super) last_save: Instant,
    /// One instant and the wall time then: the wall time of any instant.
    pub(super) anchor: (Instant, Stamp),
}

impl Session {
    pub fn start(new: NewSession, clock: &dyn Clock) -> Session {
        let wall = clock.wall();
        let now = clock.now();
        let steps = new.plan.steps.len();
        let mut record = Record {
            version: RECORD_VERSION,
            id: record_id(&wall, &new.network.name, &new.plan.id),
            status: SessionStatus::InProgress,
            started: wall,
            finished: None,
            network: new.network,
            plan: new.plan,
            attendance: new.attendance,
            roles: new.roles,
            urgent_bids: new.urgent_bids,
            rotation_overrides: Vec::new(),
            steps: vec![StepLog::default(); steps],
            notes: Vec::new(),
            removed_notes: Vec::new(),
            edited_notes: Vec::new(),
            follow_ups: Vec::new(),
            next_meeting: None,
            scores: Vec::new(),
            live: LiveCursor::default(),
        };
        for o in &new.overrides {
            crate::rotation::record_override(
                &mut record,
                o.role,
                o.suggested.as_deref(),
                &o.chosen,
                &o.reason,
                wall,
            );
        }
        fill_default_roles(&mut record);
        let mut session = Session {
            record,
            step_timer: Timer::stopped(Duration::ZERO),
            phase_timer: Timer::stopped(Duration::ZERO),
            turn_timer: Timer::stopped(Duration::ZERO),
            alerted: Alerted::default(),
            last_save: now,
            anchor: (now, wall),
        };
        session.recompute_planned();
        let planned_end = new.until.unwrap_or_else(|| {
            let plan = &session.record.plan;
            // Fewer people than the plan is written for end early: the
            // box is the plan's length, or what it runs for them if less.
            let minutes = crate::model::timebox::box_minutes(plan, session.headcount());
            let planned = session.meeting_planned_secs();
            let secs = crate::model::planning::secs(minutes).min(planned);
            wall + chrono::Duration::seconds(secs as i64)
        });
        session.record.live.planned_end = Some(planned_end);
        session.enter_step(0, now, wall);
        session.sync(now, wall);
        session
    }

    /// Continue a saved session where its cursor stands.
    pub fn resume(mut record: Record, clock: &dyn Clock) -> Session {
        let now = clock.now();
        let steps = record.plan.steps.len();
        record.steps.resize(steps, StepLog::default());
        let live = &mut record.live;
        live.step = live.step.min(steps.saturating_sub(1));
        let running = !live.paused && !record.status.eq(&SessionStatus::Finished);
        let secs = Duration::from_secs;
        let mut session = Session {
            step_timer: Timer::new(now, secs(live.step_elapsed_secs), running),
            phase_timer: Timer::new(now, secs(live.phase_elapsed_secs), running),
            turn_timer: Timer::new(now, secs(live.turn_elapsed_secs), running && live.speaking),
            alerted: Alerted::default(),
            last_save: now,
            anchor: (now, clock.wall()),
            record,
        };
        if session.record.live.queue.is_empty() {
            session.record.live.speaking = false;
        }
        // A meeting left and taken up again (another day, hours later): the
        // time away was a pause, so its end moves with it and the rest is
        // planned from now, as the step clock goes on where it stood. A
        // short interruption the same day was time lost in the room.
        if !session.record.is_finished()
            && let Some(away) = session.record.time_away(clock.wall())
        {
            let end = session.planned_end() + away;
            session.record.live.planned_end = Some(end);
        }
        session.alerted = Alerted {
            turn: session.turn_countdown(now).is_some_and(|c| c.is_over()),
            phase: session.phase_countdown(now).is_some_and(|c| c.is_over()),
            step: session.step_countdown(now).is_over(),
        };
        session
    }

    pub fn update(&mut self, msg: Msg, clock: &dyn Clock) -> Vec<Effect> {
        let (now, wall) = (clock.now(), clock.wall());
        self.anchor = (now, wall);
        let mut effects = Vec::new();
        if self.record.is_finished() {
            // Notes can still be written and corrected after the end.
            let changed = match msg {
                Msg::AddNote(note) => self.add_note(note, wall),
                Msg::EditNote { id, note } => self.edit_note(id, note, wall),
                Msg::RemoveNote(id) => self.remove_note(id),
                _ => false,
            };
            if changed {
                effects.push(Effect::Save);
            }
            return effects;
        }
        let changed = match msg {
            Msg::TogglePause => {
                self.toggle_pause(now);
                true
            }
            Msg::NextSpeaker => self.next_speaker(now),
            Msg::Pass => self.pass(now),
            Msg::TurnBack => self.turn_back(now),
            Msg::NextStep => self.next_step(now, wall, &mut effects),
            Msg::PrevStep => self.prev_step(now, wall),
            Msg::Extend(minutes) => self.extend(i64::from(minutes) * 60, now),
            Msg::AddNote(note) => self.add_note(note, wall),
            Msg::EditNote { id, note } => self.edit_note(id, note, wall),
            Msg::RemoveNote(id) => self.remove_note(id),
            Msg::ArriveLate(name) => self.arrive(&name, now, wall),
            Msg::Leave(name) => self.leave(&name, now, wall),
            Msg::HandOver { role, to, reason } => {
                self.hand_over(role, to.as_deref(), &reason, now, wall)
            }
            Msg::FollowUp {
                session,
                note,
                status,
                due,
            } => self.follow_up(session, note, status, due, wall),
            Msg::SetNextMeeting(next) => self.set_next_meeting(next),
            Msg::Score(score) => self.score(score),
            Msg::KeepTimeBox => self.keep_time_box(now),
            Msg::Finish => {
                self.finish(now, wall);
                effects.push(Effect::Finished);
                true
            }
        };
        if changed {
            self.sync(now, wall);
            self.last_save = now;
            effects.push(Effect::Save);
        }
        effects
    }

    /// Called when the loop wakes: alerts at zero, and a save every 10 s.
    pub fn tick(&mut self, clock: &dyn Clock) -> Vec<Effect> {
        let now = clock.now();
        self.anchor = (now, clock.wall());
        let mut effects = Vec::new();
        if self.record.is_finished() || self.is_paused() {
            return effects;
        }
        if !self.alerted.turn && self.turn_countdown(now).is_some_and(|c| c.is_over()) {
            self.alerted.turn = true;
            effects.push(Effect::Alert(AlertKind::Turn));
        }
        if !self.alerted.phase && self.phase_countdown(now).is_some_and(|c| c.is_over()) {
            self.alerted.phase = true;
            effects.push(Effect::Alert(AlertKind::Phase));
        }
        if !self.alerted.step && self.step_countdown(now).is_over() {
            self.alerted.step = true;
            effects.push(Effect::Alert(AlertKind::Step));
        }
        if now.saturating_duration_since(self.last_save) >= SAVE_EVERY {
            self.sync(now, clock.wall());
            self.last_save = now;
            effects.push(Effect::Save);
        }
        effects
    }

    /// Write the timers into the record, ready to save.
    pub fn sync(&mut self, now: Instant, wall: Stamp) {
        let step = self.record.live.step;
        let live = &mut self.record.live;
        live.step_elapsed_secs = self.step_timer.elapsed(now).as_secs();
        live.phase_elapsed_secs = self.phase_timer.elapsed(now).as_secs();
        live.turn_elapsed_secs = self.turn_timer.elapsed(now).as_secs();
        live.saved_at = Some(wall);
        let elapsed = live.step_elapsed_secs;
        if let Some(log) = self.record.steps.get_mut(step) {
            log.actual_secs = elapsed;
        }
    }

    fn toggle_pause(&mut self, now: Instant) {
        let live = &mut self.record.live;
        live.paused = !live.paused;
        if live.paused {
            self.step_timer.pause(now);
            self.phase_timer.pause(now);
            self.turn_timer.pause(now);
        } else {
            self.step_timer.resume(now);
            self.phase_timer.resume(now);
            if live.speaking {
                self.turn_timer.resume(now);
            }
        }
    }

    pub(super) fn running(&self) -> bool {
        !self.record.live.paused
    }

    fn extend(&mut self, delta: i64, now: Instant) -> bool {
        let base_step = self.base_planned_secs(self.record.live.step) as i64;
        let turn_base = self.turn_planned_secs() as i64;
        let phase_base = self.phase_planned_secs().map(|p| p as i64);
        let ran = |timer: &Timer| timer.elapsed(now).as_secs() as i64;
        let (turn_ran, phase_ran, step_ran) = (
            ran(&self.turn_timer),
            ran(&self.phase_timer),
            ran(&self.step_timer),
        );
        let live = &mut self.record.live;
        if live.speaking {
            live.turn_adjust_secs = adjusted(turn_base, live.turn_adjust_secs, delta, turn_ran);
        }
        if let Some(base) = phase_base {
            live.phase_adjust_secs = adjusted(base, live.phase_adjust_secs, delta, phase_ran);
        }
        live.step_adjust_secs = adjusted(base_step, live.step_adjust_secs, delta, step_ran);
        self.recompute_planned();
        // A timer pushed past its zero again may alert again.
        self.alerted.turn &= self.turn_countdown(now).is_some_and(|c| c.is_over());
        self.alerted.phase &= self.phase_countdown(now).is_some_and(|c| c.is_over());
        self.alerted.step &= self.step_countdown(now).is_over();
        true
    }

    /// Planned seconds of every step from the current one on, for today's
    /// attendance; steps already run keep what was planned when they ran.
    pub(super) fn recompute_planned(&mut self) {
        let current = self.record.live.step;
        for step in current..self.record.steps.len() {
            let base = self.base_planned_secs(step) as i64;
            let adjust = if step == current {
                self.record.live.step_adjust_secs
            } else {
                0
            };
            self.record.steps[step].planned_secs = (base + adjust).max(0) as u64;
        }
    }
}
