//! Before the first step: who is present, who sent word, and today's
//! roles — facilitator, note-taker, case-giver and interviewer — prefilled
//! from the rotation with the reason for each, and changeable by hand.

use super::super::keys::{self, AttendanceAction};
use super::super::popup::{Help, Popups};
use super::attendance_roles::{HandChoice, ReasonPrompt};
use super::help::TextFields;
use crate::engine::{NewSession, PendingOverride};
use crate::i18n::Phrase;
use crate::model::PastMeeting;
use crate::model::record::{Attendance, Presence, Roles};
use crate::model::{Network, Plan};
use crate::rotation::{self, RoleKind, Suggestions};
use chrono::NaiveDate;

#[derive(Debug, Clone)]
pub enum AttendanceOutcome {
    Stay,
    Begin(Box<NewSession>),
    /// Back to the home screen.
    Back,
}

/// One of today's roles: who holds it, and whether the facilitator chose
/// them by hand (else it follows the rotation as attendance changes).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct RoleChoice {
    pub index: Option<usize>,
    pub by_hand: bool,
}

#[derive(Debug, Clone)]
pub struct AttendanceScreen {
    pub plan: Plan,
    pub network: Network,
    pub presence: Vec<Presence>,
    pub cursor: usize,
    pub facilitator: RoleChoice,
    pub note_taker: RoleChoice,
    pub timekeeper: RoleChoice,
    pub case_giver: RoleChoice,
    pub interviewer: RoleChoice,
    pub urgent: Vec<bool>,
    /// Why the last key was refused, with the name it was about.
    pub message: Option<(Phrase, String)>,
    /// The network's past sessions, for the rotation.
    pub history: Vec<PastMeeting>,
    pub today: Option<NaiveDate>,
    pub suggestions: Option<Suggestions>,
    /// Open while the facilitator says why a role left the rotation.
    pub reason: Option<ReasonPrompt>,
    /// Each role given by hand: whom the rotation had suggested before,
    /// and why the facilitator chose otherwise.
    pub by_hand: Vec<HandChoice>,
    /// The meeting's end given at the start (`--until`); none: the plan's
    /// length from the start.
    pub until: Option<crate::model::record::Stamp>,
    /// What went wrong reading the plan, the networks or the history,
    /// one line each in the UI's language: said under the roles, since
    /// an unread meeting makes the rotation's suggestions unfair.
    pub problems: Vec<String>,
}

impl AttendanceScreen {
    pub fn new(plan: Plan, network: Network) -> AttendanceScreen {
        let n = network.participants.len();
        AttendanceScreen {
            plan,
            network,
            presence: vec![Presence::Present; n],
            cursor: 0,
            facilitator: RoleChoice::default(),
            note_taker: RoleChoice::default(),
            timekeeper: RoleChoice::default(),
            case_giver: RoleChoice::default(),
            interviewer: RoleChoice::default(),
            urgent: vec![false; n],
            message: None,
            history: Vec::new(),
            today: None,
            suggestions: None,
            reason: None,
            by_hand: Vec::new(),
            until: None,
            problems: Vec::new(),
        }
    }

    /// The network's past sessions arrived: suggest today's roles from them.
    pub fn set_history(&mut self, history: Vec<PastMeeting>, today: NaiveDate) {
        self.history = history;
        self.today = Some(today);
        // Those on leave are not expected: marked so, out of rounds and roles.
        for (p, presence) in self.network.participants.iter().zip(&mut self.presence) {
            if p.on_leave(today) && *presence == Presence::Present {
                *presence = Presence::OnLeave;
            }
        }
        self.suggest();
    }

    /// The plan has a supervision of one case, so a case-giver today.
    pub fn has_supervision(&self) -> bool {
        !self.plan.case_steps().is_empty()
    }

    pub(super) fn name(&self, i: Option<usize>) -> Option<String> {
        i.and_then(|i| self.network.participants.get(i))
            .map(|p| p.name.clone())
    }

    pub(super) fn index_of(&self, name: Option<&str>) -> Option<usize> {
        let name = name?;
        self.network
            .participants
            .iter()
            .position(|p| crate::names::same(&p.name, name))
    }

    pub(super) fn came(&self, i: usize) -> bool {
        self.presence.get(i).is_some_and(|p| p.came())
    }

    /// Asks the rotation again and lets every role not chosen by hand follow it.
    pub(super) fn suggest(&mut self) {
        let Some(today) = self.today else {
            return;
        };
        let hand = |c: RoleChoice| self.name(c.index).filter(|_| c.by_hand);
        let roles = Roles {
            facilitator: hand(self.facilitator),
            note_taker: hand(self.note_taker),
            timekeeper: hand(self.timekeeper),
            case_givers: hand(self.case_giver).into_iter().collect(),
            interviewers: hand(self.interviewer).into_iter().collect(),
            ..Roles::default()
        };
        let bids: Vec<String> = self
            .network
            .participants
            .iter()
            .zip(&self.urgent)
            .filter(|(_, u)| **u)
            .map(|(p, _)| p.name.clone())
            .collect();
        let s = rotation::for_new_session(
            &self.network,
            &self.history,
            today,
            &self.attendance(),
            &roles,
            &bids,
        );
        let pick = |x: &Option<rotation::Suggestion>| x.as_ref().map(|x| x.name.clone());
        let (f, n, t, c, i) = (
            pick(&s.facilitator),
            pick(&s.note_taker),
            pick(&s.timekeeper),
            pick(&s.case_giver),
            pick(&s.interviewer),
        );
        for (choice, name) in [
            (&mut self.facilitator, f),
            (&mut self.note_taker, n),
            (&mut self.timekeeper, t),
            (&mut self.case_giver, c),
            (&mut self.interviewer, i),
        ] {
            if !choice.by_hand {
                choice.index = self
                    .network
                    .participants
                    .iter()
                    .position(|p| Some(&p.name) == name.as_ref());
            }
        }
        if !self.has_supervision() {
            self.case_giver = RoleChoice::default();
            self.interviewer = RoleChoice::default();
        }
        let mut s = s;
        self.show_hand_choices(&mut s);
        self.suggestions = Some(s);
    }

    pub fn attendance(&self) -> Vec<Attendance> {
        self.network
            .participants
            .iter()
            .zip(&self.presence)
            .map(|(p, presence)| Attendance {
                participant: p.name.clone(),
                presence: *presence,
                arrived: None,
                left: None,
            })
            .collect()
    }

    pub fn handle(&mut self, action: AttendanceAction, popups: &mut Popups) -> AttendanceOutcome {
        self.message = None;
        let n = self.presence.len().max(1);
        match action {
            AttendanceAction::Up => self.cursor = (self.cursor + n - 1) % n,
            AttendanceAction::Down => self.cursor = (self.cursor + 1) % n,
            AttendanceAction::Presence => self.toggle_presence(),
            AttendanceAction::SetFacilitator => self.assign(RoleKind::Facilitator),
            AttendanceAction::SetNoteTaker => self.assign(RoleKind::NoteTaker),
            AttendanceAction::SetCaseGiver => self.assign(RoleKind::CaseGiver),
            AttendanceAction::SetInterviewer => self.assign(RoleKind::Interviewer),
            AttendanceAction::SetTimekeeper => self.assign(RoleKind::Timekeeper),
            AttendanceAction::UrgentBid => {
                if let Some(u) = self.urgent.get_mut(self.cursor) {
                    *u = !*u;
                }
                self.suggest();
            }
            AttendanceAction::Begin => {
                return AttendanceOutcome::Begin(Box::new(self.new_session()));
            }
            AttendanceAction::Help => {
                popups.open(Help::of(keys::ATTENDANCE, TextFields::Some));
            }
            AttendanceAction::Back => return AttendanceOutcome::Back,
        }
        AttendanceOutcome::Stay
    }

    fn toggle_presence(&mut self) {
        let i = self.cursor;
        if let Some(p) = self.presence.get_mut(i) {
            *p = match p {
                Presence::Present => Presence::NotifiedAbsence,
                Presence::NotifiedAbsence => Presence::Absent,
                // Someone on leave who came anyway, or back round the cycle.
                Presence::Absent | Presence::OnLeave | Presence::Late => Presence::Present,
            };
        }
        if !self.came(i) {
            // Nobody away holds a role: it goes back to the rotation.
            for choice in self.choices_mut() {
                if choice.index == Some(i) {
                    *choice = RoleChoice::default();
                }
            }
        }
        self.suggest();
    }

    fn choices_mut(&mut self) -> [&mut RoleChoice; 5] {
        [
            &mut self.facilitator,
            &mut self.note_taker,
            &mut self.timekeeper,
            &mut self.case_giver,
            &mut self.interviewer,
        ]
    }

    /// Today's roles in the order the screen lists them, with who holds each.
    pub(super) fn choices(&self) -> [(RoleKind, RoleChoice); 5] {
        [
            (RoleKind::Facilitator, self.facilitator),
            (RoleKind::NoteTaker, self.note_taker),
            (RoleKind::Timekeeper, self.timekeeper),
            (RoleKind::CaseGiver, self.case_giver),
            (RoleKind::Interviewer, self.interviewer),
        ]
    }

    pub fn new_session(&self) -> NewSession {
        let mut overrides = Vec::new();
        for (role, choice) in self.choices() {
            let Some(hand) = self.by_hand.iter().find(|h| h.role == role) else {
                continue;
            };
            if let (true, Some(chosen)) = (choice.by_hand, self.name(choice.index))
                && hand.suggested.as_ref() != Some(&chosen)
            {
                overrides.push(PendingOverride {
                    role,
                    suggested: hand.suggested.clone(),
                    chosen,
                    reason: hand.reason.clone().unwrap_or_default(),
                });
            }
        }
        NewSession {
            plan: self.plan.clone(),
            network: self.network.clone(),
            attendance: self.attendance(),
            roles: Roles {
                facilitator: self.name(self.facilitator.index),
                note_taker: self.name(self.note_taker.index),
                timekeeper: self.name(self.timekeeper.index),
                reserve: self.name(self.reserve()),
                case_givers: self.name(self.case_giver.index).into_iter().collect(),
                interviewers: self.name(self.interviewer.index).into_iter().collect(),
                ..Roles::default()
            },
            urgent_bids: self
                .network
                .participants
                .iter()
                .zip(&self.urgent)
                .filter(|(_, u)| **u)
                .map(|(p, _)| p.name.clone())
                .collect(),
            overrides,
            until: self.until,
        }
    }

    /// The index of the reserve the rotation suggests, for the screen.
    pub fn reserve(&self) -> Option<usize> {
        self.index_of(self.suggested(RoleKind::Reserve).as_deref())
    }
}
