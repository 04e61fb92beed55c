//! Roles that change hands during the meeting: the record keeps who took
//! over from whom, when and why, and the phase in progress follows at once
//! (its queue, its planned minutes), as it does when someone comes or goes.

use super::roles::{holder, supervision_in_view, supervision_index};
use super::session::Session;
use crate::model::plan::StepKind;
use crate::model::record::{HandOverCause, Record, RotationOverride, Stamp};
use crate::model::role_kind::RoleKind;
use crate::names::same;
use std::time::Instant;

/// Why a role is handed over.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum HandOverReason {
    /// In the facilitator's words (may be empty).
    Said(String),
    /// Its holder leaves the meeting: the record keeps the fact, and the
    /// minutes say it in their language.
    Left,
}

impl From<&str> for HandOverReason {
    fn from(words: &str) -> Self {
        HandOverReason::Said(words.to_string())
    }
}

impl From<String> for HandOverReason {
    fn from(words: String) -> Self {
        HandOverReason::Said(words)
    }
}

/// A hand-over the rules of the room refuse: `to` already holds `holds`,
/// which does not go with the role (METHODS.md: the case-giver holds no
/// other role; nobody holds two of facilitator, note-taker, timekeeper).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Clash {
    pub holds: RoleKind,
}

/// Why `to` cannot take `role` now, if they cannot.
pub fn clash(record: &Record, role: RoleKind, to: &str, step: usize) -> Option<Clash> {
    use RoleKind::*;
    let others: &[RoleKind] = match role {
        CaseGiver => &[Facilitator, NoteTaker, Timekeeper, Interviewer],
        Facilitator => &[NoteTaker, Timekeeper, CaseGiver],
        NoteTaker => &[Facilitator, Timekeeper, CaseGiver],
        Timekeeper => &[Facilitator, NoteTaker, CaseGiver],
        Interviewer | Reserve => &[CaseGiver],
    };
    others
        .iter()
        .copied()
        .find(|r| holder(record, *r, step).is_some_and(|n| same(n, to)))
        .map(|holds| Clash { holds })
}

/// True while `role` still has work ahead at `step`: the day's roles until
/// the end, a supervision's until its step is over.
pub fn role_ahead(record: &Record, role: RoleKind, step: usize) -> bool {
    match role {
        RoleKind::CaseGiver | RoleKind::Interviewer | RoleKind::Reserve => {
            supervision_in_view(record, step).is_some_and(|s| s >= step)
        }
        _ => true,
    }
}

/// The roles `name` holds that still have work ahead at `step`.
pub fn roles_ahead(record: &Record, name: &str, step: usize) -> Vec<RoleKind> {
    RoleKind::DAY
        .into_iter()
        .filter(|r| role_ahead(record, *r, step))
        .filter(|r| holder(record, *r, step).is_some_and(|h| same(h, name)))
        .collect()
}

/// Whom to offer for `role` when `leaving` goes: the reserve for the case;
/// else the first present who holds no role of the day, else the first
/// the rules allow, in the room's order.
pub fn successor(record: &Record, role: RoleKind, leaving: &str, step: usize) -> Option<String> {
    let present: Vec<String> = record
        .present()
        .into_iter()
        .filter(|p| !same(p, leaving))
        .collect();
    let allowed = |p: &&String| clash(record, role, p, step).is_none();
    if role == RoleKind::CaseGiver
        && let Some(reserve) = holder(record, RoleKind::Reserve, step)
        && let Some(here) = present.iter().filter(allowed).find(|p| same(p, reserve))
    {
        return Some(here.clone());
    }
    let free = |p: &&String| {
        RoleKind::DAY
            .into_iter()
            .all(|r| holder(record, r, step).is_none_or(|h| !same(h, p)))
    };
    present
        .iter()
        .filter(allowed)
        .find(free)
        .or_else(|| present.iter().find(allowed))
        .cloned()
}

/// Roles that may be left with nobody: the others need a person.
pub fn may_be_vacant(role: RoleKind) -> bool {
    matches!(
        role,
        RoleKind::NoteTaker | RoleKind::Timekeeper | RoleKind::Reserve
    )
}

impl Session {
    /// `to` (someone present; none: nobody, where the role allows it) takes
    /// `role` over, for `reason`. False, with nothing changed, when the
    /// rules refuse it or nothing would change.
    pub(super) fn hand_over(
        &mut self,
        role: RoleKind,
        to: Option<&str>,
        reason: &HandOverReason,
        now: Instant,
        wall: Stamp,
    ) -> bool {
        let step = self.record.live.step;
        if !role_ahead(&self.record, role, step) {
            return false;
        }
        let to = match to.map(str::trim).filter(|t| !t.is_empty()) {
            Some(name) => match self.record.present().into_iter().find(|p| same(p, name)) {
                Some(here) => Some(here),
                None => return false,
            },
            None if may_be_vacant(role) => None,
            None => return false,
        };
        let from = holder(&self.record, role, step).map(str::to_string);
        let unchanged = match (&from, &to) {
            (Some(a), Some(b)) => same(a, b),
            (None, None) => true,
            _ => false,
        };
        if unchanged
            || to
                .as_deref()
                .is_some_and(|t| clash(&self.record, role, t, step).is_some())
        {
            return false;
        }
        self.set_holder(role, to.clone());
        let (reason, cause) = match reason {
            HandOverReason::Said(words) => (words.trim().to_string(), None),
            HandOverReason::Left => (String::new(), Some(HandOverCause::Left)),
        };
        self.record.rotation_overrides.push(RotationOverride {
            role: role.as_str().to_string(),
            suggested: from,
            chosen: to.unwrap_or_default(),
            reason,
            at: wall,
            step: Some(step),
            cause,
        });
        self.follow_the_room(now);
        true
    }

    fn set_holder(&mut self, role: RoleKind, to: Option<String>) {
        let step = self.record.live.step;
        let k = supervision_in_view(&self.record, step).map(|s| supervision_index(&self.record, s));
        let roles = &mut self.record.roles;
        let slot = |list: &mut Vec<String>, k: usize, name: String| {
            if list.len() <= k {
                list.resize(k + 1, String::new());
            }
            list[k] = name;
        };
        match role {
            RoleKind::Facilitator => roles.facilitator = to,
            RoleKind::NoteTaker => roles.note_taker = to,
            RoleKind::Timekeeper => roles.timekeeper = to,
            RoleKind::Reserve => roles.reserve = to,
            RoleKind::CaseGiver | RoleKind::Interviewer => {
                let (Some(k), Some(name)) = (k, to) else {
                    return;
                };
                // The reserve who takes the case stands by no longer.
                if role == RoleKind::CaseGiver
                    && roles.reserve.as_deref().is_some_and(|r| same(r, &name))
                {
                    roles.reserve = None;
                }
                match role {
                    RoleKind::CaseGiver => slot(&mut roles.case_givers, k, name),
                    _ => slot(&mut roles.interviewers, k, name),
                }
            }
        }
    }

    /// After a change of people or roles: the current supervision phase's
    /// queue follows who now speaks in it, keeping the order of those
    /// still in it (the speaker first), and every planned time follows.
    pub(super) fn follow_the_room(&mut self, now: Instant) {
        // What `b` kept was a round of other people: it gives nothing back.
        self.record.live.turns_before.clear();
        if matches!(self.step().kind, StepKind::Supervision { .. }) {
            let speakers = self.phase_speakers();
            let live = &self.record.live;
            let speaker = live.speaking.then(|| live.queue.first().cloned()).flatten();
            if let Some(name) = speaker.filter(|s| !speakers.contains(s)) {
                // Their turn ends where they stand; the next takes it.
                self.end_turn(now);
                self.record.live.passed.retain(|p| p != &name);
                self.record.live.queue.retain(|q| speakers.contains(q));
                self.add_new_speakers(&speakers);
                self.start_front_turn(now);
            } else {
                self.record.live.queue.retain(|q| speakers.contains(q));
                self.add_new_speakers(&speakers);
            }
            let live = &mut self.record.live;
            live.passed.retain(|p| live.queue.contains(p));
            if live.queue.is_empty() {
                live.speaking = false;
            }
        }
        self.recompute_planned();
    }

    /// Speakers of the phase who are not queued and have not had their
    /// turn yet go to the end of the queue.
    fn add_new_speakers(&mut self, speakers: &[String]) {
        let waiting = self.initial_queue();
        for name in speakers {
            if waiting.contains(name) && !self.record.live.queue.contains(name) {
                self.record.live.queue.push(name.clone());
            }
        }
    }
}
