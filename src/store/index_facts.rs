//! The facts of each past meeting that the rotation, the network's history
//! and its health signals read, kept in the index beside the session's
//! header (a compact RON tuple per session), so the network views never
//! parse a record.

use super::index::{IndexError, ReviewIndex, network_key};
use crate::model::network::{Leave, NETWORK_VERSION};
use crate::model::past::Supervision;
use crate::model::record::NextMeeting;
use crate::model::record::{Attendance, FollowUp, Presence, Roles, RotationOverride};
use crate::model::{Network, Participant, PastMeeting};
use chrono::NaiveDate;
use rusqlite::params;
use serde::{Deserialize, Serialize};

/// A past meeting's facts without its header (id, start, status, network
/// name), which are columns of their own. A tuple, so no field names are
/// stored 10,000 times; any change to it bumps the index version.
#[derive(Serialize, Deserialize)]
struct Facts(
    /// The roster: names in order, with leave.
    Vec<(String, Vec<Leave>)>,
    /// Attendance.
    Vec<(String, Presence)>,
    Roles,
    /// Supervisions: step, began.
    Vec<(usize, bool)>,
    Vec<RotationOverride>,
    Vec<(String, u64)>,
    Vec<u32>,
    Vec<FollowUp>,
    Option<NextMeeting>,
    /// Check-out scores: how many gave 1, 2, 3, 4, 5.
    [usize; 5],
);

/// The facts column of `meeting`.
pub(super) fn encode_facts(meeting: &PastMeeting) -> String {
    let facts = Facts(
        meeting
            .network
            .participants
            .iter()
            .map(|p| (p.name.clone(), p.leave.clone()))
            .collect(),
        meeting
            .attendance
            .iter()
            .map(|a| (a.participant.clone(), a.presence))
            .collect(),
        meeting.roles.clone(),
        meeting
            .supervisions
            .iter()
            .map(|s| (s.step, s.began))
            .collect(),
        meeting.hand_overs.clone(),
        meeting.airtime.clone(),
        meeting.open_actions.clone(),
        meeting.follow_ups.clone(),
        meeting.next_meeting.clone(),
        meeting.scores,
    );
    ron::to_string(&facts).unwrap_or_default()
}

fn decode_facts(
    id: String,
    started: &str,
    status: &str,
    network: String,
    facts: &str,
) -> Result<PastMeeting, String> {
    let Facts(
        roster,
        attendance,
        roles,
        supervisions,
        hand_overs,
        airtime,
        open_actions,
        follow_ups,
        next_meeting,
        scores,
    ) = ron::from_str(facts).map_err(|e| format!("{id}: {e}"))?;
    Ok(PastMeeting {
        started: chrono::DateTime::parse_from_rfc3339(started).map_err(|e| e.to_string())?,
        status: super::index_query::session_status(status),
        network: Network {
            version: NETWORK_VERSION,
            name: network,
            participants: roster
                .into_iter()
                .map(|(name, leave)| Participant {
                    name,
                    initials: None,
                    leave,
                })
                .collect(),
            charter: Default::default(),
        },
        attendance: attendance
            .into_iter()
            .map(|(participant, presence)| Attendance {
                participant,
                presence,
                arrived: None,
                left: None,
            })
            .collect(),
        roles,
        supervisions: supervisions
            .into_iter()
            .map(|(step, began)| Supervision { step, began })
            .collect(),
        hand_overs,
        airtime,
        open_actions,
        follow_ups,
        next_meeting,
        scores,
        id,
    })
}

/// One network's line in `runde network list`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NetworkSummary {
    /// The name as the latest session wrote it.
    pub network: String,
    pub sessions: usize,
    pub latest: Option<NaiveDate>,
}

impl ReviewIndex {
    /// The past meetings of `network` (any case), oldest first.
    pub fn meetings(&self, network: &str) -> Result<Vec<PastMeeting>, IndexError> {
        let mut stmt = self
            .conn
            .prepare_cached(
                "SELECT id, started, status, network, facts FROM sessions
                 WHERE network_key = ?1 ORDER BY started_utc, id",
            )
            .map_err(|e| self.error(e))?;
        let rows = stmt
            .query_map(params![network_key(network)], |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, String>(2)?,
                    r.get::<_, String>(3)?,
                    r.get::<_, String>(4)?,
                ))
            })
            .map_err(|e| self.error(e))?;
        let mut out = Vec::new();
        for row in rows {
            let (id, started, status, name, facts) = row.map_err(|e| self.error(e))?;
            out.push(decode_facts(id, &started, &status, name, &facts).map_err(|e| self.error(e))?);
        }
        Ok(out)
    }

    /// Each network's count of sessions and latest day, by the network's key.
    pub fn network_summaries(&self) -> Result<Vec<NetworkSummary>, IndexError> {
        let mut stmt = self
            .conn
            .prepare_cached(
                "SELECT max(network), count(*), max(day) FROM sessions GROUP BY network_key",
            )
            .map_err(|e| self.error(e))?;
        let rows = stmt
            .query_map([], |r| {
                Ok(NetworkSummary {
                    network: r.get(0)?,
                    sessions: r.get::<_, i64>(1)?.max(0) as usize,
                    latest: r.get::<_, Option<String>>(2)?.and_then(|d| d.parse().ok()),
                })
            })
            .map_err(|e| self.error(e))?;
        rows.collect::<Result<Vec<_>, _>>()
            .map_err(|e| self.error(e))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rotation::sample::{Meeting, record};

    #[test]
    fn facts_read_back_as_written() {
        let n = Network::new("Nord", &["Anne", "Bo", "Carla"]);
        let mut r = record(
            &n,
            NaiveDate::from_ymd_opt(2026, 9, 14).unwrap(),
            &Meeting {
                present: vec!["Anne".into(), "Bo".into()],
                facilitator: Some("Anne".into()),
                case_givers: vec!["Bo".into()],
                airtime: vec![("Anne".into(), 70), ("Bo".into(), 50)],
                ..Meeting::default()
            },
        );
        r.network.participants[2].leave.push(Leave {
            from: NaiveDate::from_ymd_opt(2026, 9, 1).unwrap(),
            to: NaiveDate::from_ymd_opt(2026, 12, 1).unwrap(),
        });
        let meeting = PastMeeting::of(&r);
        let back = decode_facts(
            r.id.clone(),
            &r.started.to_rfc3339(),
            &format!("{:?}", r.status),
            r.network.name.clone(),
            &encode_facts(&meeting),
        )
        .unwrap();
        assert_eq!(back, meeting);
    }
}
