//! What each member has done so far, counted from the network's past
//! meetings.

use super::spent::spent;
use crate::model::{Network, Participant, PastMeeting};
use crate::names::same;
use chrono::NaiveDate;

/// One member's tally over the network's past sessions.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct MemberHistory {
    pub name: String,
    pub cases: u32,
    pub last_case: Option<NaiveDate>,
    pub interviews: u32,
    pub last_interview: Option<NaiveDate>,
    pub facilitations: u32,
    pub note_takings: u32,
    pub last_note_taking: Option<NaiveDate>,
    pub timekeepings: u32,
    /// Sessions with attendance taken where the member was on the roster
    /// and not on leave.
    pub expected: u32,
    /// Of those, the sessions the member came to.
    pub attended: u32,
    /// Seconds the member held a turn, over all sessions.
    pub airtime_secs: u64,
}

impl MemberHistory {
    fn new(name: &str) -> MemberHistory {
        MemberHistory {
            name: name.to_string(),
            ..MemberHistory::default()
        }
    }

    /// Attendance as a share of the sessions the member was expected at.
    pub fn attendance_rate(&self) -> Option<f64> {
        (self.expected > 0).then(|| f64::from(self.attended) / f64::from(self.expected))
    }

    /// A regular member came to at least half the sessions they could.
    /// Someone never expected yet (new) counts as regular.
    pub fn is_regular(&self) -> bool {
        self.attendance_rate().is_none_or(|r| r >= 0.5)
    }

    /// Average airtime per session attended, in seconds.
    pub fn average_airtime_secs(&self) -> Option<u64> {
        (self.attended > 0).then(|| self.airtime_secs / u64::from(self.attended))
    }
}

/// The network's tally: current members in roster order, then former ones.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct History {
    pub members: Vec<MemberHistory>,
    /// People found in old records who are no longer on the roster.
    pub former: Vec<MemberHistory>,
    /// Meetings held (finished and not discarded).
    pub sessions: usize,
    /// The facilitator of the latest session that named one, with the roster
    /// order of that session (to find who comes next if they have left).
    pub last_facilitator: Option<(String, Vec<String>)>,
}

/// The date a session took place.
pub fn session_date(meeting: &PastMeeting) -> NaiveDate {
    meeting.date()
}

/// The meetings of `network`, oldest first, leaving out `except` (the id of
/// the session being run, if it is already saved).
pub fn meetings_of<'a>(
    network: &Network,
    records: &'a [PastMeeting],
    except: Option<&str>,
) -> Vec<&'a PastMeeting> {
    let mut mine: Vec<&PastMeeting> = records
        .iter()
        .filter(|r| same(&r.network.name, &network.name))
        .filter(|r| except.is_none_or(|id| r.id != id))
        .collect();
    mine.sort_by_key(|r| r.started);
    mine
}

fn on_leave(current: &Network, snapshot: &Network, name: &str, day: NaiveDate) -> bool {
    let leave = |p: &Participant| same(&p.name, name) && p.on_leave(day);
    current.participants.iter().any(leave) || snapshot.participants.iter().any(leave)
}

/// The tally of `name`: a current member's, else a former one's (new if
/// not seen yet).
fn slot<'m>(
    members: &'m mut [MemberHistory],
    former: &'m mut Vec<MemberHistory>,
    name: &str,
) -> &'m mut MemberHistory {
    if let Some(i) = members.iter().position(|m| same(&m.name, name)) {
        return &mut members[i];
    }
    let i = match former.iter().position(|m| same(&m.name, name)) {
        Some(i) => i,
        None => {
            former.push(MemberHistory::new(name.trim()));
            former.len() - 1
        }
    };
    &mut former[i]
}

impl History {
    /// Counts over `records` (the network's sessions, any order), each for
    /// what it spent (see `spent`).
    pub fn of(network: &Network, records: &[&PastMeeting]) -> History {
        let mut members: Vec<MemberHistory> = network
            .participants
            .iter()
            .map(|p| MemberHistory::new(&p.name))
            .collect();
        let mut former: Vec<MemberHistory> = Vec::new();
        let mut sorted: Vec<&PastMeeting> = records.to_vec();
        sorted.sort_by_key(|r| r.started);
        let mut last_facilitator = None;
        let mut sessions = 0;
        for record in &sorted {
            let day = session_date(record);
            let spent = spent(record);
            let mut bump = |name: &str, f: &mut dyn FnMut(&mut MemberHistory)| {
                f(slot(&mut members, &mut former, name));
            };
            for name in &spent.case_givers {
                bump(name, &mut |m| {
                    m.cases += 1;
                    m.last_case = Some(day);
                });
            }
            for name in &spent.interviewers {
                bump(name, &mut |m| {
                    m.interviews += 1;
                    m.last_interview = Some(day);
                });
            }
            if !spent.held {
                continue;
            }
            sessions += 1;
            if let Some(name) = &record.roles.facilitator {
                bump(name, &mut |m| m.facilitations += 1);
                last_facilitator = Some((name.clone(), record.network.names()));
            }
            if let Some(name) = &record.roles.note_taker {
                bump(name, &mut |m| {
                    m.note_takings += 1;
                    m.last_note_taking = Some(day);
                });
            }
            if let Some(name) = &record.roles.timekeeper {
                bump(name, &mut |m| m.timekeepings += 1);
            }
            if !record.attendance.is_empty() {
                for p in &record.network.participants {
                    if on_leave(network, &record.network, &p.name, day) {
                        continue;
                    }
                    let came = record
                        .attendance
                        .iter()
                        .any(|a| same(&a.participant, &p.name) && a.presence.came());
                    bump(&p.name, &mut |m| {
                        m.expected += 1;
                        m.attended += u32::from(came);
                    });
                }
            }
            for (name, secs) in &record.airtime {
                bump(name, &mut |m| m.airtime_secs += secs);
            }
        }
        History {
            members,
            former,
            sessions,
            last_facilitator,
        }
    }

    pub fn member(&self, name: &str) -> Option<&MemberHistory> {
        self.members.iter().find(|m| same(&m.name, name))
    }
}
