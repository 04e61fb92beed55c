//! What a plan calls its roles. Each method has its own words: Troika has a
//! client (klient) and consultants (konsulenter), the consultancy protocol
//! and action learning a presenter (fremlægger) and the group (gruppen).
//! A plan names them once, a step may name them for itself, and every
//! screen and print asks [`Plan::role_label`] or [`Plan::role_the`].

use super::plan::{Plan, Role, StepKind};
use super::planning::uses_interviewer;
use crate::i18n::{Phrase, common as words};
use crate::text::Lang;
use serde::de::{self, Deserializer};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// A role's name in one language: as a label ("klient", "client") and as a
/// sentence names it, with its article ("klienten", "the client").
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RoleWord(pub String, pub String);

impl<'de> Deserialize<'de> for RoleWord {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let (label, the) = <(String, String)>::deserialize(d)?;
        let (label, the) = (label.trim().to_string(), the.trim().to_string());
        if label.is_empty() || the.is_empty() {
            return Err(de::Error::custom(
                "a role name is empty; expected (\"klient\", \"klienten\"): the name and the name with its article",
            ));
        }
        Ok(RoleWord(label, the))
    }
}

/// A role's name in both languages.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RoleName {
    pub da: RoleWord,
    pub en: RoleWord,
}

impl RoleName {
    fn word(&self, lang: Lang) -> &RoleWord {
        match lang {
            Lang::Da => &self.da,
            Lang::En => &self.en,
        }
    }
}

/// The names a plan or a step gives its roles; a role not named keeps its
/// usual name.
pub type RoleNameMap = BTreeMap<Role, RoleName>;

/// The role names in force at one place in a plan, resolved: what the step
/// says, else what the plan says, else the usual names.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RoleNames {
    #[serde(default)]
    pub names: RoleNameMap,
    /// An interviewer runs the interview here, so the team is a reflecting
    /// team; elsewhere it is simply the group.
    #[serde(default)]
    pub interviewer: bool,
}

impl RoleNames {
    /// The role's name as a label: "klient", "fokusperson", "konsulenter".
    pub fn label(&self, role: Role, lang: Lang) -> String {
        match self.names.get(&role) {
            Some(name) => name.word(lang).0.clone(),
            None => self.usual(role).0.get(lang).to_string(),
        }
    }

    /// The role's name in a sentence, with its article: "klienten",
    /// "the client". Capitalise it at the start of a sentence.
    pub fn the(&self, role: Role, lang: Lang) -> String {
        match self.names.get(&role) {
            Some(name) => name.word(lang).1.clone(),
            None => self.usual(role).1.get(lang).to_string(),
        }
    }

    fn usual(&self, role: Role) -> (Phrase, Phrase) {
        match role {
            Role::Facilitator => (words::FACILITATOR, words::FACILITATOR_THE),
            Role::NoteTaker => (words::NOTE_TAKER, words::NOTE_TAKER_THE),
            Role::CaseGiver => (words::CASE_GIVER, words::CASE_GIVER_THE),
            Role::Interviewer => (words::INTERVIEWER, words::INTERVIEWER_THE),
            Role::Team if self.interviewer => (words::REFLECTING_TEAM, words::REFLECTING_TEAM_THE),
            Role::Team => (words::GROUP, words::GROUP_THE),
            Role::Timekeeper => (words::TIMEKEEPER, words::TIMEKEEPER_THE),
            Role::All => (words::EVERYONE, words::EVERYONE),
        }
    }
}

impl Plan {
    /// The role names in force in step `step`, or in the plan as a whole
    /// for `None` (the welcome, a roles line on a step without roles).
    pub fn role_names(&self, step: Option<usize>) -> RoleNames {
        let mut names = self.roles.clone();
        let mut interviewer = self.steps.iter().any(|s| match &s.kind {
            StepKind::Supervision { phases } => uses_interviewer(phases),
            _ => false,
        });
        if let Some(step) = step.and_then(|i| self.steps.get(i)) {
            names.extend(step.roles.clone());
            if let StepKind::Supervision { phases } = &step.kind {
                interviewer = uses_interviewer(phases);
            }
        }
        RoleNames { names, interviewer }
    }

    /// A role's name as a label in step `step` ("klient: Anne").
    pub fn role_label(&self, role: Role, step: Option<usize>, lang: Lang) -> String {
        self.role_names(step).label(role, lang)
    }

    /// A role's name with its article in step `step` ("klienten lytter").
    pub fn role_the(&self, role: Role, step: Option<usize>, lang: Lang) -> String {
        self.role_names(step).the(role, lang)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TROIKA: &str = r#"#![enable(implicit_some)]
    (
        version: 2,
        id: "t",
        title: "T",
        roles: {
            CaseGiver: (da: ("klient", "klienten"), en: ("client", "the client")),
            Team: (da: ("konsulenter", "konsulenterne"), en: ("consultants", "the consultants")),
        },
        steps: [
            (title: "Tjek-ind", kind: Block(minutes: 5)),
            (
                title: "Sag",
                roles: {CaseGiver: (da: ("fremlægger", "fremlæggeren"), en: ("presenter", "the presenter"))},
                kind: Supervision(phases: [Phase((title: "Spørg", minutes: 5, speaks: [Interviewer]))]),
            ),
        ],
    )"#;

    #[test]
    fn a_step_names_its_roles_over_the_plan_and_the_plan_over_the_usual_names() {
        let plan: Plan = ron::from_str(TROIKA).unwrap();
        assert_eq!(plan.role_label(Role::CaseGiver, None, Lang::Da), "klient");
        assert_eq!(
            plan.role_label(Role::CaseGiver, Some(0), Lang::Da),
            "klient"
        );
        assert_eq!(
            plan.role_the(Role::Team, Some(0), Lang::En),
            "the consultants"
        );
        assert_eq!(
            plan.role_the(Role::CaseGiver, Some(1), Lang::Da),
            "fremlæggeren"
        );
        assert_eq!(
            plan.role_label(Role::Team, Some(1), Lang::Da),
            "konsulenter"
        );
        assert_eq!(
            plan.role_label(Role::Facilitator, Some(1), Lang::Da),
            "tovholder"
        );
        assert_eq!(
            plan.role_the(Role::Interviewer, Some(1), Lang::Da),
            "intervieweren"
        );
    }

    #[test]
    fn the_team_is_a_reflecting_team_only_where_an_interviewer_works() {
        let mut plan: Plan = ron::from_str(TROIKA).unwrap();
        plan.roles.remove(&Role::Team);
        assert_eq!(
            plan.role_label(Role::Team, Some(1), Lang::Da),
            "reflekterende team"
        );
        let plain = plan.role_names(Some(0));
        assert!(plain.interviewer, "the plan as a whole has an interviewer");
        let mut no_interviewer = plain.clone();
        no_interviewer.interviewer = false;
        assert_eq!(no_interviewer.label(Role::Team, Lang::Da), "gruppen");
        assert_eq!(no_interviewer.the(Role::Team, Lang::En), "the group");
    }

    #[test]
    fn an_empty_role_name_is_refused() {
        let bad = TROIKA.replace("(\"klient\", \"klienten\")", "(\"\", \"klienten\")");
        let err = ron::from_str::<Plan>(&bad).unwrap_err();
        assert!(err.to_string().contains("role name is empty"), "{err}");
    }
}
