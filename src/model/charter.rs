//! The network's charter (netværksaftale): what the start-up meeting
//! agreed about purpose, goals, success criteria and ground rules. It is
//! kept in the network's file and is the yardstick of the evaluation.

use super::plan::{NoteKind, StepPurpose};
use super::record::Record;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// One part of the charter.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum CharterPart {
    /// Why the network exists (formål).
    Purpose,
    /// What it wants to reach (mål).
    Goals,
    /// How the network will see that it works (succeskriterier).
    SuccessCriteria,
    /// What holds in the room, confidentiality first (spilleregler).
    GroundRules,
}

impl CharterPart {
    pub const ALL: [CharterPart; 4] = [
        CharterPart::Purpose,
        CharterPart::Goals,
        CharterPart::SuccessCriteria,
        CharterPart::GroundRules,
    ];
}

/// The charter: each part a list of short entries, as agreed.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Charter {
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub purpose: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub goals: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub success_criteria: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub ground_rules: Vec<String>,
    /// The day it was agreed, or last changed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub agreed: Option<NaiveDate>,
}

impl Charter {
    pub fn part(&self, part: CharterPart) -> &[String] {
        match part {
            CharterPart::Purpose => &self.purpose,
            CharterPart::Goals => &self.goals,
            CharterPart::SuccessCriteria => &self.success_criteria,
            CharterPart::GroundRules => &self.ground_rules,
        }
    }

    pub fn part_mut(&mut self, part: CharterPart) -> &mut Vec<String> {
        match part {
            CharterPart::Purpose => &mut self.purpose,
            CharterPart::Goals => &mut self.goals,
            CharterPart::SuccessCriteria => &mut self.success_criteria,
            CharterPart::GroundRules => &mut self.ground_rules,
        }
    }

    pub fn is_empty(&self) -> bool {
        CharterPart::ALL.iter().all(|p| self.part(*p).is_empty())
    }

    /// Nothing to write: no part and no day. A charter whose parts were all
    /// cleared still keeps the day it was last changed.
    pub fn is_unset(&self) -> bool {
        self.is_empty() && self.agreed.is_none()
    }

    /// What a meeting agreed for the charter: the shared decisions taken
    /// in the steps that agree a part of it, in the order they were taken.
    pub fn agreed_in(record: &Record) -> Charter {
        let mut charter = Charter::default();
        for note in &record.notes {
            let part = match record.plan.steps.get(note.step).and_then(|s| s.purpose) {
                Some(StepPurpose::Charter(part)) => part,
                _ => continue,
            };
            let text = note.text.trim();
            if note.kind == NoteKind::Decision && !note.private && !text.is_empty() {
                charter.part_mut(part).push(text.to_string());
            }
        }
        if !charter.is_empty() {
            charter.agreed = Some(record.started.date_naive());
        }
        charter
    }

    /// Takes in what a meeting agreed: each part it agreed replaces that
    /// part; the parts it did not touch stay as they were.
    pub fn adopt(&mut self, agreed: &Charter) {
        for part in CharterPart::ALL {
            if !agreed.part(part).is_empty() {
                *self.part_mut(part) = agreed.part(part).to_vec();
            }
        }
        if agreed.agreed.is_some() {
            self.agreed = agreed.agreed;
        }
    }

    /// How many entries each part has, in the order of [`CharterPart::ALL`].
    pub fn counts(&self) -> [usize; 4] {
        CharterPart::ALL.map(|p| self.part(p).len())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Network;
    use crate::model::record::Note;

    fn startup() -> Record {
        let src = include_str!("../../sessions/startup.ron");
        let plan: crate::model::Plan = ron::from_str(src).unwrap();
        let new = crate::engine::NewSession::with_everyone(plan, Network::demo());
        let clock = crate::clock::FakeClock::default();
        let mut record = crate::engine::Session::start(new, &clock).into_record();
        let step = |part| {
            record
                .plan
                .steps
                .iter()
                .position(|s| s.purpose == Some(StepPurpose::Charter(part)))
                .unwrap()
        };
        let (purpose, criteria) = (
            step(CharterPart::Purpose),
            step(CharterPart::SuccessCriteria),
        );
        let at = record.started;
        let note = |id, step, kind, text: &str, private| Note {
            id,
            kind,
            text: text.into(),
            at,
            step,
            participant: None,
            owner: None,
            due: None,
            private,
            status: None,
        };
        record.notes = vec![
            note(1, purpose, NoteKind::Decision, "Et rum for sparring", false),
            note(
                2,
                purpose,
                NoteKind::Note,
                "Bo vil have mere faglighed",
                false,
            ),
            note(
                3,
                criteria,
                NoteKind::Decision,
                "Alle har haft en sag inden sommer",
                false,
            ),
            note(4, criteria, NoteKind::Decision, "Fremmøde over 80 %", false),
            note(5, criteria, NoteKind::Decision, "Privat tanke", true),
            note(6, 0, NoteKind::Decision, "Vi starter kl. 9", false),
        ];
        record
    }

    #[test]
    fn the_decisions_of_the_charter_steps_become_the_charter() {
        let charter = Charter::agreed_in(&startup());
        assert_eq!(charter.purpose, ["Et rum for sparring"]);
        assert_eq!(
            charter.success_criteria,
            ["Alle har haft en sag inden sommer", "Fremmøde over 80 %"]
        );
        assert!(charter.goals.is_empty() && charter.ground_rules.is_empty());
        assert!(charter.agreed.is_some());
    }

    #[test]
    fn a_new_agreement_replaces_only_the_parts_it_agreed() {
        let mut charter = Charter {
            purpose: vec!["Gammelt formål".into()],
            ground_rules: vec!["Fortrolighed".into()],
            ..Charter::default()
        };
        charter.adopt(&Charter::agreed_in(&startup()));
        assert_eq!(charter.purpose, ["Et rum for sparring"]);
        assert_eq!(charter.ground_rules, ["Fortrolighed"]);
        assert_eq!(charter.counts(), [1, 0, 2, 1]);
    }
}
