//! Roles given by hand at the attendance check: the rules of the room
//! that refuse a choice, and the reason asked for when the facilitator
//! chooses someone else than the rotation suggested.

use super::attendance::{AttendanceScreen, RoleChoice};
use crate::i18n::home as t;
use crate::rotation::{Reason, RoleKind, Suggestion, Suggestions};
use crate::ui::text_field::{InputOutcome, TextField};
use crossterm::event::KeyEvent;

/// The question after a role was given to someone else than the rotation
/// suggested: why? (a swap by consent, an urgent case, …).
#[derive(Debug, Clone)]
pub struct ReasonPrompt {
    pub role: RoleKind,
    pub chosen: String,
    pub suggested: String,
    pub field: TextField,
}

/// A role the facilitator gave by hand.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HandChoice {
    pub role: RoleKind,
    /// The rotation's suggestion before the first change by hand.
    pub suggested: Option<String>,
    pub reason: Option<String>,
}

impl AttendanceScreen {
    /// Gives the role to the participant under the cursor, unless the
    /// rules of the room forbid it; says why when refused.
    pub(super) fn assign(&mut self, role: RoleKind) {
        let i = self.cursor;
        let who = self.name(Some(i)).unwrap_or_default();
        if !self.came(i) {
            self.message = Some((t::NOT_HERE, who));
            return;
        }
        let supervised = matches!(role, RoleKind::CaseGiver | RoleKind::Interviewer);
        if supervised && !self.has_supervision() {
            self.message = Some((t::NO_SUPERVISION, who));
            return;
        }
        // A role the rotation merely suggested moves on by itself (the
        // rotation suggests around a chosen facilitator and case-giver);
        // only a choice it cannot move around refuses the key.
        let holds = |c: &RoleChoice| c.index == Some(i);
        let by_hand = |c: &RoleChoice| holds(c) && c.by_hand;
        let clash = match role {
            RoleKind::CaseGiver => {
                holds(&self.facilitator) || by_hand(&self.note_taker) || by_hand(&self.interviewer)
            }
            RoleKind::Facilitator => by_hand(&self.case_giver),
            RoleKind::NoteTaker | RoleKind::Interviewer | RoleKind::Timekeeper => {
                holds(&self.case_giver)
            }
            RoleKind::Reserve => false,
        };
        if clash {
            self.message = Some((t::ROLE_CLASH, who));
            return;
        }
        // One person, one role by hand: giving Dorte the facilitator's
        // role takes back the interviewer's she was given before, and the
        // rotation fills it again.
        for (other, held) in [
            (RoleKind::Facilitator, &mut self.facilitator),
            (RoleKind::NoteTaker, &mut self.note_taker),
            (RoleKind::Timekeeper, &mut self.timekeeper),
            (RoleKind::Interviewer, &mut self.interviewer),
        ] {
            if other != role && held.by_hand && held.index == Some(i) {
                *held = RoleChoice::default();
                self.by_hand.retain(|h| h.role != other);
            }
        }
        let choice = RoleChoice {
            index: Some(i),
            by_hand: true,
        };
        // The rotation's own suggestion, from before any change by hand.
        let suggested = match self.by_hand.iter().position(|h| h.role == role) {
            Some(i) => self.by_hand.remove(i).suggested,
            None => self.suggested(role),
        };
        self.by_hand.push(HandChoice {
            role,
            suggested: suggested.clone(),
            reason: None,
        });
        if let Some(suggested) = suggested.filter(|s| !crate::names::same(s, &who)) {
            self.reason = Some(ReasonPrompt {
                role,
                chosen: who.clone(),
                suggested,
                field: TextField::default(),
            });
        }
        match role {
            RoleKind::Facilitator => self.facilitator = choice,
            RoleKind::NoteTaker => self.note_taker = choice,
            RoleKind::Timekeeper => self.timekeeper = choice,
            RoleKind::CaseGiver => self.case_giver = choice,
            RoleKind::Interviewer => self.interviewer = choice,
            RoleKind::Reserve => {}
        }
        self.suggest();
    }

    /// A key while the reason is asked for. An empty answer (or Esc) keeps
    /// the choice with no reason: nothing is saved, and the panel says only
    /// that the facilitator chose.
    pub fn reason_key(&mut self, key: KeyEvent) {
        let Some(mut prompt) = self.reason.take() else {
            return;
        };
        let typed = match prompt.field.line_key(&key) {
            InputOutcome::Editing => {
                self.reason = Some(prompt);
                return;
            }
            InputOutcome::Done(text) => text.trim().to_string(),
            InputOutcome::Cancelled => String::new(),
        };
        let reason = (!typed.is_empty()).then_some(typed);
        if let Some(h) = self.by_hand.iter_mut().find(|h| h.role == prompt.role) {
            h.reason = reason;
        }
        self.suggest();
    }

    /// The suggestion the rotation made for a role, if any.
    pub(super) fn suggested(&self, role: RoleKind) -> Option<String> {
        let s = self.suggestions.as_ref()?;
        let pick = match role {
            RoleKind::Facilitator => &s.facilitator,
            RoleKind::NoteTaker => &s.note_taker,
            RoleKind::Timekeeper => &s.timekeeper,
            RoleKind::CaseGiver => &s.case_giver,
            RoleKind::Interviewer => &s.interviewer,
            RoleKind::Reserve => &s.reserve,
        };
        pick.as_ref().map(|p| p.name.clone())
    }

    /// The panel shows the roles given by hand as they are, each with the
    /// reason the facilitator gave, not the rotation's pick beside them.
    pub(super) fn show_hand_choices(&self, s: &mut Suggestions) {
        for (role, choice) in self.choices() {
            let (true, Some(name)) = (choice.by_hand, self.name(choice.index)) else {
                continue;
            };
            let hand = self.by_hand.iter().find(|h| h.role == role);
            let slot = match role {
                RoleKind::Facilitator => &mut s.facilitator,
                RoleKind::NoteTaker => &mut s.note_taker,
                RoleKind::Timekeeper => &mut s.timekeeper,
                RoleKind::CaseGiver => &mut s.case_giver,
                _ => &mut s.interviewer,
            };
            // The rotation's own pick, chosen again, keeps the rotation's
            // reason while the rotation still picks it; once another choice
            // by hand moves the rotation on, the panel shows who holds the
            // role, as the list does.
            if slot.as_ref().is_some_and(|x| x.name == name)
                && hand.is_some_and(|h| h.suggested.as_deref() == Some(name.as_str()))
            {
                continue;
            }
            let why = hand.and_then(|h| h.reason.clone()).unwrap_or_default();
            *slot = Some(Suggestion {
                role,
                name,
                reason: Reason::ChosenBecause(why),
            });
        }
    }
}
