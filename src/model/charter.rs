//! The network's charter (netværksaftale): what the start-up meeting
//! agreed about purpose, goals, success criteria and ground rules. It is
//! kept in the network's file and is the yardstick of the evaluation.

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
}
