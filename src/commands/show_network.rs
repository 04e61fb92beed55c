//! `runde show PLAN --network NAME [--date D]`: what the run-sheet needs to
//! know about one network's meeting: the people the rotation suggests for
//! the day in the plan's own role names, the theme agreed last time, the
//! open actions with their owners, and the charter.

use crate::i18n::common;
use crate::model::plan::{Role, StepKind};
use crate::model::planning::uses_interviewer;
use crate::model::{Network, PastMeeting, Plan};
use crate::rotation::history::meetings_of;
use crate::rotation::{Day, Suggestion, agreement, suggest};
use crate::runsheet::{ForNetwork, SheetAction};
use crate::store::Lookup;
use crate::text::Lang;
use chrono::NaiveDate;

/// The day the sheet is for: the one asked for, else the date agreed at
/// the last meeting if it is still ahead, else today.
pub(super) fn meeting_day(
    asked: Option<NaiveDate>,
    past: &[PastMeeting],
    network: &Network,
    today: NaiveDate,
) -> NaiveDate {
    let past = meetings_of(network, past, None);
    asked
        .or_else(|| {
            agreement(&past)
                .and_then(|a| a.date)
                .filter(|d| *d >= today)
        })
        .unwrap_or(today)
}

/// The network's side of the sheet for `plan` on `date`.
pub(super) fn for_network(
    network: &Network,
    plan: &Plan,
    lookup: &mut Lookup,
    past: &[PastMeeting],
    date: NaiveDate,
    lang: Lang,
) -> ForNetwork {
    let mine = meetings_of(network, past, None);
    let agreed = agreement(&mine).cloned();
    let theme = agreed.as_ref().and_then(|a| a.theme.clone());
    let day = Day {
        agreed,
        ..Day::new(date)
    };
    let s = suggest(network, &mine, &day);
    let label = |role: Role| plan.role_label(role, None, lang);
    let mut roles = Vec::new();
    let mut add = |label: String, who: &Option<Suggestion>| {
        if let Some(who) = who {
            roles.push((label, who.name.clone()));
        }
    };
    add(label(Role::Facilitator), &s.facilitator);
    add(label(Role::NoteTaker), &s.note_taker);
    add(label(Role::Timekeeper), &s.timekeeper);
    let supervisions: Vec<_> = plan
        .steps
        .iter()
        .filter(|step| step.has_one_case())
        .filter_map(|step| match &step.kind {
            StepKind::Supervision { phases } => Some(phases),
            _ => None,
        })
        .collect();
    if !supervisions.is_empty() {
        add(label(Role::CaseGiver), &s.case_giver);
        add(common::RESERVE.get(lang).to_string(), &s.reserve);
        if supervisions.iter().any(|phases| uses_interviewer(phases)) {
            add(label(Role::Interviewer), &s.interviewer);
        }
    }
    let open: Vec<_> = lookup
        .network_actions(&network.name)
        .into_iter()
        .filter(|a| a.is_open())
        .collect();
    let private_actions = open.iter().filter(|a| a.private).count();
    let actions = open
        .into_iter()
        .filter(|a| !a.private)
        .map(|a| SheetAction {
            text: a.text,
            owner: a.owner,
            due: a.due,
        })
        .collect();
    ForNetwork {
        name: network.name.clone(),
        date: Some(date),
        roles,
        theme,
        actions,
        private_actions,
        charter: network.charter.clone(),
    }
}

/// How many of the network's members are expected on `date`: everyone
/// not on leave.
pub(super) fn expected(network: &Network, date: NaiveDate) -> usize {
    network
        .participants
        .iter()
        .filter(|p| !p.on_leave(date))
        .count()
}
