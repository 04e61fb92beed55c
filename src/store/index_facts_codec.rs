//! A past meeting's facts as the index keeps them: one compact tuple per
//! session, written as postcard bytes (numbers as varints, no field names),
//! where every name is a number (its place in the facts' own list of
//! names, the roster first), presence and statuses are one digit, and the
//! follow-ups name each session and time they use once. About a quarter of
//! the bytes of the facts written out in full RON (250 bytes a meeting
//! against 510 as a RON tuple: 2.6 MB of 10,000 meetings' index); any
//! change to the tuple bumps the index version.
//!
//! Postcard writes every field in order and cannot skip one, so no type
//! here may leave a field out when it serializes: a hand-over is written
//! as its own tuple.

use crate::model::network::{Leave, NETWORK_VERSION};
use crate::model::past::Supervision;
use crate::model::record::{
    Attendance, FollowUp, HandOverCause, NextField, NextMeeting, Roles, RotationOverride,
    SessionStatus, Stamp,
};
use crate::model::{Network, Participant, PastMeeting};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

#[path = "index_facts_codes.rs"]
mod codes;
use codes::{presence, presence_code, status, status_code};

/// Facilitator, note-taker, case-givers, interviewers, timekeeper, host,
/// reserve.
type RolesTuple = (
    Option<u32>,
    Option<u32>,
    Vec<u32>,
    Vec<u32>,
    Option<u32>,
    Option<u32>,
    Option<u32>,
);

/// Role, suggested, chosen, reason, when, step, cause.
type HandOverTuple = (
    String,
    Option<String>,
    String,
    String,
    Stamp,
    Option<usize>,
    Option<HandOverCause>,
);

/// Date, host, facilitator, note-taker, case-giver, reserve, theme, agreed.
type NextTuple = (
    Option<NaiveDate>,
    Option<u32>,
    Option<u32>,
    Option<u32>,
    Option<u32>,
    Option<u32>,
    Option<String>,
    Option<Vec<NextField>>,
);

/// A past meeting's facts without its header (id, start, status, network
/// name), which are columns of their own. A tuple, so no field names are
/// stored 10,000 times.
#[derive(Serialize, Deserialize)]
struct Facts(
    /// Every name used below; the roster is the first `.1` of them, in order.
    Vec<String>,
    u32,
    /// Roster members on leave: who, and when.
    Vec<(u32, Vec<Leave>)>,
    /// Attendance: who, and a presence code.
    Vec<(u32, u8)>,
    RolesTuple,
    /// Supervisions: step, began.
    Vec<(usize, bool)>,
    Vec<HandOverTuple>,
    /// Airtime: who, seconds.
    Vec<(u32, u64)>,
    Vec<u32>,
    /// Follow-ups: session (a place in `.10`), note, status code, time (a
    /// place in `.11`), the date a moved action was moved to.
    Vec<(u32, u32, u8, u32, Option<NaiveDate>)>,
    Vec<String>,
    Vec<Stamp>,
    Option<NextTuple>,
    /// Check-out scores: how many gave 1, 2, 3, 4, 5.
    [usize; 5],
);

/// Names as numbers, each name once.
#[derive(Default)]
struct Names(Vec<String>);

impl Names {
    fn id(&mut self, name: &str) -> u32 {
        place_str(&mut self.0, name)
    }

    fn opt(&mut self, name: &Option<String>) -> Option<u32> {
        name.as_deref().map(|n| self.id(n))
    }

    fn all(&mut self, names: &[String]) -> Vec<u32> {
        names.iter().map(|n| self.id(n)).collect()
    }
}

/// Where `item` stands in `list`, added at the end when it is not there.
fn place<T: PartialEq + Clone>(list: &mut Vec<T>, item: &T) -> u32 {
    let at = list.iter().position(|x| x == item).unwrap_or_else(|| {
        list.push(item.clone());
        list.len() - 1
    });
    u32::try_from(at).unwrap_or(u32::MAX)
}

/// [`place`] for a name, without copying it when it is there.
fn place_str(list: &mut Vec<String>, item: &str) -> u32 {
    let at = list.iter().position(|x| x == item).unwrap_or_else(|| {
        list.push(item.to_string());
        list.len() - 1
    });
    u32::try_from(at).unwrap_or(u32::MAX)
}

/// The facts column of `meeting`.
pub(super) fn encode_facts(meeting: &PastMeeting) -> Result<Vec<u8>, String> {
    let mut names = Names::default();
    let roster = &meeting.network.participants;
    for p in roster {
        names.0.push(p.name.clone());
    }
    let leave = roster
        .iter()
        .enumerate()
        .filter(|(_, p)| !p.leave.is_empty())
        .map(|(i, p)| (u32::try_from(i).unwrap_or(u32::MAX), p.leave.clone()))
        .collect();
    let attendance = meeting
        .attendance
        .iter()
        .map(|a| (names.id(&a.participant), presence_code(a.presence)))
        .collect();
    let r = &meeting.roles;
    let roles = (
        names.opt(&r.facilitator),
        names.opt(&r.note_taker),
        names.all(&r.case_givers),
        names.all(&r.interviewers),
        names.opt(&r.timekeeper),
        names.opt(&r.host),
        names.opt(&r.reserve),
    );
    let airtime = meeting
        .airtime
        .iter()
        .map(|(who, secs)| (names.id(who), *secs))
        .collect();
    let mut sessions: Vec<String> = Vec::new();
    let mut stamps: Vec<Stamp> = Vec::new();
    let follow_ups = meeting
        .follow_ups
        .iter()
        .map(|f| {
            (
                place_str(&mut sessions, &f.session),
                f.note,
                status_code(f.status),
                place(&mut stamps, &f.at),
                f.due,
            )
        })
        .collect();
    let next = meeting.next_meeting.as_ref().map(|n| {
        (
            n.date,
            names.opt(&n.host),
            names.opt(&n.facilitator),
            names.opt(&n.note_taker),
            names.opt(&n.case_giver),
            names.opt(&n.reserve),
            n.theme.clone(),
            n.agreed.clone(),
        )
    });
    let facts = Facts(
        names.0,
        u32::try_from(roster.len()).unwrap_or(u32::MAX),
        leave,
        attendance,
        roles,
        meeting
            .supervisions
            .iter()
            .map(|s| (s.step, s.began))
            .collect(),
        meeting
            .hand_overs
            .iter()
            .map(|h| {
                (
                    h.role.clone(),
                    h.suggested.clone(),
                    h.chosen.clone(),
                    h.reason.clone(),
                    h.at,
                    h.step,
                    h.cause,
                )
            })
            .collect(),
        airtime,
        meeting.open_actions.clone(),
        follow_ups,
        sessions,
        stamps,
        next,
        meeting.scores,
    );
    postcard::to_allocvec(&facts).map_err(|e| e.to_string())
}

/// The past meeting of a session row: its header columns and its facts.
pub(super) fn decode_facts(
    id: String,
    started: &str,
    status_text: &str,
    network: String,
    facts: &[u8],
) -> Result<PastMeeting, String> {
    let Facts(
        names,
        roster_len,
        leave,
        attendance,
        roles,
        supervisions,
        hand_overs,
        airtime,
        open_actions,
        follow_ups,
        sessions,
        stamps,
        next,
        scores,
    ) = postcard::from_bytes(facts).map_err(|e| format!("{id}: {e}"))?;
    let at = |list: &[String], i: u32| -> Result<String, String> {
        list.get(i as usize)
            .cloned()
            .ok_or_else(|| format!("{id}: name {i} of {}", list.len()))
    };
    let name = |i: u32| at(&names, i);
    let opt = |i: Option<u32>| i.map(name).transpose();
    let all = |ids: Vec<u32>| ids.into_iter().map(name).collect::<Result<Vec<_>, _>>();
    let roster = names.get(..roster_len as usize).unwrap_or(&names);
    let mut participants: Vec<Participant> = roster
        .iter()
        .map(|name| Participant {
            name: name.clone(),
            initials: None,
            leave: Vec::new(),
        })
        .collect();
    for (i, when) in leave {
        if let Some(p) = participants.get_mut(i as usize) {
            p.leave = when;
        }
    }
    let (facilitator, note_taker, case_givers, interviewers, timekeeper, host, reserve) = roles;
    let next_meeting = match next {
        Some((date, host, facilitator, note_taker, case_giver, reserve, theme, agreed)) => {
            Some(NextMeeting {
                date,
                host: opt(host)?,
                facilitator: opt(facilitator)?,
                note_taker: opt(note_taker)?,
                case_giver: opt(case_giver)?,
                reserve: opt(reserve)?,
                theme,
                agreed,
            })
        }
        None => None,
    };
    Ok(PastMeeting {
        started: chrono::DateTime::parse_from_rfc3339(started).map_err(|e| e.to_string())?,
        status: session_status(status_text),
        network: Network {
            version: NETWORK_VERSION,
            name: network,
            participants,
            charter: Default::default(),
        },
        attendance: attendance
            .into_iter()
            .map(|(who, code)| {
                Ok(Attendance {
                    participant: name(who)?,
                    presence: presence(code)?,
                    arrived: None,
                    left: None,
                })
            })
            .collect::<Result<_, String>>()?,
        roles: Roles {
            facilitator: opt(facilitator)?,
            note_taker: opt(note_taker)?,
            case_givers: all(case_givers)?,
            interviewers: all(interviewers)?,
            timekeeper: opt(timekeeper)?,
            host: opt(host)?,
            reserve: opt(reserve)?,
        },
        supervisions: supervisions
            .into_iter()
            .map(|(step, began)| Supervision { step, began })
            .collect(),
        hand_overs: hand_overs
            .into_iter()
            .map(
                |(role, suggested, chosen, reason, at, step, cause)| RotationOverride {
                    role,
                    suggested,
                    chosen,
                    reason,
                    at,
                    step,
                    cause,
                },
            )
            .collect(),
        airtime: airtime
            .into_iter()
            .map(|(who, secs)| Ok((name(who)?, secs)))
            .collect::<Result<_, String>>()?,
        open_actions,
        follow_ups: follow_ups
            .into_iter()
            .map(|(session, note, code, time, due)| {
                Ok(FollowUp {
                    session: at(&sessions, session)?,
                    note,
                    status: status(code)?,
                    at: *stamps
                        .get(time as usize)
                        .ok_or_else(|| format!("{id}: time {time} of {}", stamps.len()))?,
                    due,
                })
            })
            .collect::<Result<_, String>>()?,
        next_meeting,
        scores,
        id,
    })
}

fn session_status(s: &str) -> SessionStatus {
    super::index_query::session_status(s)
}

#[cfg(test)]
#[path = "index_facts_codec_tests.rs"]
mod tests;
