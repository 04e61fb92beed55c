//! The meeting against its time box: the end fixed at the start, where the
//! meeting now looks to end, and where the time would come from. One
//! computation that the live header and the room view both show.

use super::session::Session;
use crate::model::plan::{GivesTime, Step, StepKind};
use crate::model::planning::{secs, step_minutes};
use crate::model::record::Stamp;
use crate::model::timebox::{Proposal, Source, fit_of, fitted_step, propose, saved_by_source};
use std::borrow::Cow;
use std::time::{Duration, Instant};

/// How the meeting stands against its planned end, in whole minutes as
/// every screen shows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Standing {
    OnPlan,
    Ahead(u64),
    Behind(u64),
}

impl Standing {
    /// Seconds behind (negative: ahead), to the nearest minute.
    pub fn of(behind_secs: i64) -> Standing {
        let minutes = (behind_secs.unsigned_abs() + 30) / 60;
        match minutes {
            0 => Standing::OnPlan,
            m if behind_secs > 0 => Standing::Behind(m),
            m => Standing::Ahead(m),
        }
    }
}

fn chrono_secs(d: Duration) -> chrono::Duration {
    chrono::Duration::milliseconds(d.as_millis() as i64)
}

impl Session {
    /// The wall time at `now`.
    pub fn wall_at(&self, now: Instant) -> Stamp {
        let (at, wall) = self.anchor;
        match now.checked_duration_since(at) {
            Some(later) => wall + chrono_secs(later),
            None => wall - chrono_secs(at.saturating_duration_since(now)),
        }
    }

    /// A step as it runs today: with what keeping the time box took from it.
    pub fn step_as_run(&self, step: usize) -> Cow<'_, Step> {
        fitted_step(
            &self.record.plan.steps[step],
            fit_of(&self.record.live.fits, step),
        )
    }

    /// The end fixed when the meeting started; for a record from before
    /// that was kept, the start plus what was planned.
    pub fn planned_end(&self) -> Stamp {
        self.record.live.planned_end.unwrap_or_else(|| {
            self.record.started + chrono::Duration::seconds(self.meeting_planned_secs() as i64)
        })
    }

    /// Planned time still to run: the rest of the current step (none once
    /// it runs over) and of every step after it (a step begun and gone
    /// back from keeps what it ran).
    fn remaining_planned(&self, now: Instant) -> Duration {
        if self.is_finished() {
            return Duration::ZERO;
        }
        let current = self.record.live.step;
        let secs = Duration::from_secs;
        let planned = secs(self.step_planned_secs(current));
        let rest = planned.saturating_sub(self.step_timer.elapsed(now));
        let later: Duration = self.record.steps[current + 1..]
            .iter()
            .map(|s| secs(s.planned_secs.saturating_sub(s.actual_secs)))
            .sum();
        rest + later
    }

    /// Whole seconds of planned time still to run.
    pub fn remaining_planned_secs(&self, now: Instant) -> u64 {
        self.remaining_planned(now).as_secs()
    }

    /// When the meeting ends if every step from here runs as planned.
    pub fn projected_end(&self, now: Instant) -> Stamp {
        match self.record.finished.filter(|_| self.is_finished()) {
            Some(end) => end,
            None => self.wall_at(now) + chrono_secs(self.remaining_planned(now)),
        }
    }

    /// Seconds the meeting would end after its planned end (negative:
    /// before). `+` on a step adds to it at once; going back a step moves
    /// it by nothing.
    pub fn behind_secs(&self, now: Instant) -> i64 {
        (self.projected_end(now) - self.planned_end())
            .num_milliseconds()
            .div_euclid(1000)
    }

    pub fn standing(&self, now: Instant) -> Standing {
        Standing::of(self.behind_secs(now))
    }

    /// Where the time the meeting is behind would come from: empty when it
    /// is not a minute behind.
    pub fn proposal(&self, now: Instant) -> Proposal {
        let behind = self.behind_secs(now);
        if self.is_finished() || behind < 60 {
            return Proposal::default();
        }
        let current = self.record.live.step;
        let steps = &self.record.steps;
        let open = |i: usize| i > current && steps.get(i).is_some_and(|s| s.started.is_none());
        propose(
            &self.record.plan,
            self.headcount(),
            &self.record.live.fits,
            open,
            behind as u64,
        )
    }

    /// The proposal as of the last key or tick.
    pub fn proposal_now(&self) -> Proposal {
        self.proposal(self.anchor.0)
    }

    pub(super) fn keep_time_box(&mut self, now: Instant) -> bool {
        let proposal = self.proposal(now);
        if proposal.is_empty() {
            return false;
        }
        for cut in &proposal.cuts {
            self.record.live.fits.push(crate::model::timebox::StepFit {
                step: cut.step,
                minutes: cut.to,
            });
        }
        self.recompute_planned();
        true
    }

    /// In a break: when it ends and the meeting starts again.
    pub fn break_ends(&self, now: Instant) -> Option<Stamp> {
        if self.is_finished() || !matches!(self.step().kind, StepKind::Break { .. }) {
            return None;
        }
        let planned = Duration::from_secs(self.step_planned_secs(self.record.live.step));
        let rest = planned.saturating_sub(self.step_timer.elapsed(now));
        Some(self.wall_at(now) + chrono_secs(rest))
    }
}

impl Session {
    /// What keeping the time box took, by source, for those present now.
    pub fn shortened(&self) -> Vec<(Source, u64)> {
        let headcount = self.headcount();
        let mut steps: Vec<usize> = self.record.live.fits.iter().map(|f| f.step).collect();
        steps.sort_unstable();
        steps.dedup();
        saved_by_source(steps.into_iter().filter_map(|i| {
            let step = self.record.plan.steps.get(i)?;
            let source = match step.gives_time? {
                GivesTime::Buffer => Source::Buffer,
                GivesTime::Theme { .. } => Source::Theme,
                GivesTime::Round { .. } => Source::Rounds,
            };
            let written = secs(step_minutes(step, headcount));
            let run = secs(step_minutes(&self.step_as_run(i), headcount));
            Some((source, written.saturating_sub(run)))
        }))
    }
}
