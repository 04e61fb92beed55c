//! What the home screen shows beside its menu, read through the review
//! index in one go after the first frame: the session to resume, the open
//! actions, what each network agreed for its next meeting, and which
//! network met last.

use super::index::ReviewIndex;
use super::{Store, index_query};
use crate::export::OpenAction;
use crate::model::Record;
use crate::model::network::is_ad_hoc_name;
use crate::model::record::{NextMeeting, SessionStatus};

#[derive(Debug, Default)]
pub struct HomeData {
    pub resumable: Option<Record>,
    /// Open actions with their network's name.
    pub open_actions: Vec<(String, OpenAction)>,
    /// What each network's latest session agreed for the next meeting.
    pub agreements: Vec<(String, NextMeeting)>,
    /// The network of the latest session, ad-hoc ones left out.
    pub latest_network: Option<String>,
}

impl Store {
    /// The home screen's data for `networks`; empty parts where the index
    /// cannot be read (then the session to resume is found by reading the
    /// records).
    pub fn home_data(&self, networks: &[String]) -> HomeData {
        let opened = ReviewIndex::open(&self.paths)
            .ok()
            .and_then(|mut ix| ix.refresh().ok().map(|_| ix));
        let Some(mut ix) = opened else {
            return HomeData {
                resumable: self.latest_unfinished(),
                ..HomeData::default()
            };
        };
        let sessions = ix
            .sessions(&index_query::SessionFilter::default())
            .unwrap_or_default();
        let open_actions = ix
            .actions(None)
            .map(|rows| {
                rows.into_iter()
                    .map(|r| (r.network, r.action))
                    .filter(|(_, a)| a.is_open())
                    .collect()
            })
            .unwrap_or_default();
        HomeData {
            resumable: self.unfinished_in(&mut ix),
            open_actions,
            agreements: self.agreements_in(&sessions, networks),
            latest_network: sessions
                .iter()
                .map(|row| row.network.clone())
                .find(|name| !is_ad_hoc_name(name)),
        }
    }

    /// The most recent unfinished session the index knows of.
    pub(super) fn unfinished_in(&self, ix: &mut ReviewIndex) -> Option<Record> {
        ix.sessions(&index_query::SessionFilter::default())
            .ok()?
            .iter()
            .filter(|row| row.status == SessionStatus::InProgress)
            .filter_map(|row| self.load_record(&row.id).ok())
            .find(Record::is_resumable)
    }

    /// Each network's latest agreement: one record read per network (more
    /// where the newest were quit early), newest first.
    fn agreements_in(
        &self,
        sessions: &[index_query::SessionRow],
        networks: &[String],
    ) -> Vec<(String, NextMeeting)> {
        networks
            .iter()
            .filter(|name| !is_ad_hoc_name(name))
            .filter_map(|name| {
                // The newest meeting that settles an agreement: one quit
                // early or discarded settles nothing.
                let latest = sessions
                    .iter()
                    .filter(|row| crate::names::same(&row.network, name))
                    .filter(|row| row.status != SessionStatus::Discarded)
                    .filter_map(|row| self.load_record(&row.id).ok())
                    .find(|r| {
                        crate::rotation::spent::settles_agreement(&crate::model::PastMeeting::of(r))
                    })?;
                Some((name.clone(), latest.next_meeting?))
            })
            .collect()
    }
}
