//! What the home screen shows beside its menu, read through the review
//! index off the input path: the session to resume, the open actions, what
//! each network agreed for its next meeting, which network met last, and
//! any trouble with the index on the way.

use super::index::IndexNotice;
use super::lookup::Lookup;
use crate::model::Record;
use crate::model::network::is_ad_hoc_name;
use crate::model::open_action::OpenAction;
use crate::model::record::{NextMeeting, SessionStatus};

#[derive(Debug, Default)]
pub struct HomeData {
    pub resumable: Option<Record>,
    /// `resumable` was left behind, not interrupted: its network finished
    /// a meeting begun after it (found here), or it last ran before today
    /// (the home screen's loader adds that, knowing the day).
    pub resumable_left: bool,
    /// The other machine `resumable` is running on now, if it is.
    pub running_elsewhere: Option<String>,
    /// Open actions with their network's name.
    pub open_actions: Vec<(String, OpenAction)>,
    /// What each network's latest session agreed for the next meeting.
    pub agreements: Vec<(String, NextMeeting)>,
    /// The network of the latest session, ad-hoc ones left out.
    pub latest_network: Option<String>,
    /// Trouble with the index that was mended, or why the parts above
    /// that need it are missing.
    pub notices: Vec<IndexNotice>,
    /// Record files the index could not read.
    pub problems: Vec<super::Problem>,
}

impl Lookup {
    /// The home screen's data for `networks`.
    pub fn home_data(&mut self, networks: &[String]) -> HomeData {
        let open_actions = match self.query(|ix| ix.open_actions_of(None)) {
            Ok(rows) => rows.into_iter().map(|r| (r.network, r.action)).collect(),
            Err(_) => self
                .actions(None)
                .into_iter()
                .filter(|r| r.action.is_open())
                .map(|r| (r.network, r.action))
                .collect(),
        };
        let latest_network = self
            .query(|ix| ix.latest_networks(50))
            .unwrap_or_default()
            .into_iter()
            .find(|name| !is_ad_hoc_name(name));
        let agreements = networks
            .iter()
            .filter(|name| !is_ad_hoc_name(name))
            .filter_map(|name| {
                let past = self.meetings(name).items;
                let refs: Vec<&crate::model::PastMeeting> = past.iter().collect();
                let agreed = crate::rotation::agreement(&refs)?.clone();
                Some((name.clone(), agreed))
            })
            .collect();
        let resumable = self.latest_unfinished();
        let resumable_left = resumable
            .as_ref()
            .is_some_and(|r| self.finished_since(&r.network.name, r.started));
        let problems = self.unreadable();
        HomeData {
            resumable,
            resumable_left,
            running_elsewhere: None,
            open_actions,
            agreements,
            latest_network,
            notices: self.take_notices(),
            problems,
        }
    }

    /// Whether `network` finished a meeting begun after `started`.
    fn finished_since(&mut self, network: &str, started: crate::model::record::Stamp) -> bool {
        self.meetings(network)
            .items
            .iter()
            .any(|m| m.status == SessionStatus::Finished && m.started > started)
    }
}
