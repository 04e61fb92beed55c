//! The run-sheet for one network's meeting (`runde show PLAN --network`):
//! today's people in their roles, the agreed theme, the open actions with
//! their owners, and the charter where a step returns to it.

use crate::dates::long_date;
use crate::i18n::{charter as charter_words, export, review};
use crate::model::Plan;
use crate::model::charter::Charter;
use crate::model::plan::StepPurpose;
use crate::text::Lang;
use chrono::{Datelike, NaiveDate};

/// What the sheet needs to know about the network and its day.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ForNetwork {
    pub name: String,
    pub date: Option<NaiveDate>,
    /// (role as the plan names it, who), in the order the room hears them.
    pub roles: Vec<(String, String)>,
    pub theme: Option<String>,
    /// The open actions the since-last-time round goes through.
    pub actions: Vec<SheetAction>,
    /// Open actions that are private: counted, never shown.
    pub private_actions: usize,
    pub charter: Charter,
}

#[derive(Debug, Clone, PartialEq)]
pub struct SheetAction {
    pub text: String,
    pub owner: Option<String>,
    pub due: Option<NaiveDate>,
}

/// The day's block at the head of the sheet.
pub(super) struct Today {
    /// "Skoleledere Øst, torsdag den 2. december 2026".
    pub title: String,
    /// (role, who) pairs.
    pub facts: Vec<(String, String)>,
    /// "Tema: Et år med netværket", when one is agreed.
    pub theme: Option<String>,
    pub actions_title: String,
    /// "Sende udkast til trivselsplan · Anne · frist 15/12".
    pub actions: Vec<String>,
}

pub(super) fn today(network: &ForNetwork, lang: Lang) -> Today {
    let title = match network.date {
        Some(day) => format!("{}, {}", network.name, long_date(day, lang)),
        None => network.name.clone(),
    };
    let facts = network.roles.clone();
    let theme = network
        .theme
        .as_deref()
        .filter(|t| !t.trim().is_empty())
        .map(|t| format!("{}: {t}", export::THEME.get(lang)));
    let mut actions: Vec<String> = network
        .actions
        .iter()
        .map(|a| {
            let mut line = a.text.clone();
            if let Some(owner) = &a.owner {
                line.push_str(&format!(" · {owner}"));
            }
            if let Some(due) = a.due {
                line.push_str(&format!(
                    " · {} {}",
                    export::DUE.get(lang).to_lowercase(),
                    crate::dates::day_in_year(due, network.date.unwrap_or(due).year())
                ));
            }
            line
        })
        .collect();
    if network.private_actions > 0 {
        actions.push(crate::i18n::common::private_actions(
            network.private_actions,
            lang,
        ));
    }
    if actions.is_empty() {
        actions.push(review::NO_ACTIONS.get(lang).to_string());
    }
    let total = network.actions.len() + network.private_actions;
    Today {
        title,
        facts,
        theme,
        actions_title: review::OPEN_ACTIONS.fill(lang, &[&total.to_string()]),
        actions,
    }
}

/// The roles heading of the day's block.
pub(super) fn roles_title(lang: Lang) -> &'static str {
    crate::i18n::runsheet::TODAYS_ROLES.get(lang)
}

/// For a step that returns to a part of the charter: its heading and the
/// entries as agreed ("ikke aftalt" when there are none).
pub(super) fn agreed_lines(
    plan: &Plan,
    step: usize,
    network: Option<&ForNetwork>,
    lang: Lang,
) -> Option<(String, Vec<String>)> {
    let network = network?;
    let Some(StepPurpose::Review(part)) = plan.steps.get(step).and_then(|s| s.purpose) else {
        return None;
    };
    let heading = charter_words::AS_AGREED.fill(lang, &[charter_words::heading(part).get(lang)]);
    let entries = network.charter.part(part);
    let lines = if entries.is_empty() {
        vec![charter_words::NOTHING_IN_PART.get(lang).to_string()]
    } else {
        entries
            .iter()
            .enumerate()
            .map(|(i, e)| format!("{}. {e}", i + 1))
            .collect()
    };
    Some((format!("{heading}:"), lines))
}
