//! The seams for a live session: suggestions before it starts, filling the
//! roles the facilitator left open, and the defaults for the next meeting.

use super::day::Day;
use super::history::meetings_of;
use super::spent::agreement;
use super::suggest::{Suggestions, suggest};
use crate::model::record::{Attendance, NextField, NextMeeting, Record, Roles, SessionStatus};
use crate::model::{Network, PastMeeting};
use chrono::NaiveDate;

/// Suggestions for a session about to start on `date`, from past meetings
/// (only `network`'s count). `attendance` may be empty before
/// it is taken; the facilitator and case-giver already chosen in `roles`
/// are kept, and the other roles are suggested around them.
pub fn for_new_session(
    network: &Network,
    records: &[PastMeeting],
    date: NaiveDate,
    attendance: &[Attendance],
    roles: &Roles,
    urgent_bids: &[String],
) -> Suggestions {
    let past = meetings_of(network, records, None);
    let past: Vec<&PastMeeting> = past
        .into_iter()
        .filter(|r| r.started.date_naive() <= date)
        .collect();
    let day = Day {
        present: (!attendance.is_empty()).then(|| {
            attendance
                .iter()
                .filter(|a| a.presence.came() && a.left.is_none())
                .map(|a| a.participant.clone())
                .collect()
        }),
        facilitator: roles.facilitator.clone(),
        case_giver: roles.case_givers.first().cloned(),
        note_taker: roles.note_taker.clone(),
        interviewer: roles.interviewers.first().cloned(),
        timekeeper: roles.timekeeper.clone(),
        urgent_bids: urgent_bids.to_vec(),
        agreed: agreement(&past).cloned(),
        ..Day::new(date)
    };
    suggest(network, &past, &day)
}

/// Fills the roles nobody has chosen yet with the suggestions: facilitator,
/// note-taker, timekeeper, and the first supervision's case-giver, reserve
/// and interviewer.
pub fn fill_roles(roles: &mut Roles, s: &Suggestions) {
    let name = |x: &Option<super::Suggestion>| x.as_ref().map(|x| x.name.clone());
    if roles.facilitator.is_none() {
        roles.facilitator = name(&s.facilitator);
    }
    if roles.note_taker.is_none() {
        roles.note_taker = name(&s.note_taker);
    }
    if roles.timekeeper.is_none() {
        roles.timekeeper = name(&s.timekeeper);
    }
    if roles.case_givers.is_empty()
        && let Some(cg) = name(&s.case_giver)
    {
        roles.case_givers.push(cg);
    }
    if roles.reserve.is_none() {
        roles.reserve = name(&s.reserve);
    }
    if roles.interviewers.is_empty()
        && let Some(iv) = name(&s.interviewer)
    {
        roles.interviewers.push(iv);
    }
}

/// The next meeting as the agreement step shows it at the end of
/// `current`: what the facilitator entered there (the agreed fields of its
/// `next_meeting`), and for the rest the rotation's suggestions around it,
/// counting today as held with its roles as they stand now (handed over,
/// arrived, left). `next_date` is the date when none was entered.
pub fn next_meeting_defaults(
    network: &Network,
    records: &[PastMeeting],
    current: &Record,
    next_date: NaiveDate,
) -> NextMeeting {
    let entered = current.next_meeting.clone().unwrap_or(NextMeeting {
        agreed: Some(Vec::new()),
        ..NextMeeting::default()
    });
    let Some(fields) = entered.agreed.clone() else {
        // Written before agreed and suggested were told apart: all agreed.
        return entered;
    };
    let mut past = meetings_of(network, records, Some(&current.id));
    // Today counts as held: the agreement is made as it ends.
    let mut today = PastMeeting::of(current);
    today.status = SessionStatus::Finished;
    past.push(&today);
    let date = match fields.contains(&NextField::Date) {
        true => entered.date.unwrap_or(next_date),
        false => next_date,
    };
    // The names entered are kept, and the rest suggested around them.
    let day = Day {
        agreed: Some(entered.clone()),
        ..Day::new(date)
    };
    let mut next = suggest(network, &past, &day).as_next_meeting();
    for field in &fields {
        match field {
            NextField::Date => next.date = entered.date,
            NextField::Host => next.host = entered.host.clone(),
            NextField::Facilitator => next.facilitator = entered.facilitator.clone(),
            NextField::NoteTaker => next.note_taker = entered.note_taker.clone(),
            NextField::CaseGiver => next.case_giver = entered.case_giver.clone(),
            NextField::Reserve => next.reserve = entered.reserve.clone(),
            NextField::Theme => next.theme = entered.theme.clone(),
        }
    }
    next.agreed = Some(fields);
    next
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::record::Presence;
    use crate::rotation::sample::{Meeting, record};

    fn d(m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, m, day).unwrap()
    }

    #[test]
    fn a_new_session_starts_from_the_last_agreement_and_keeps_chosen_roles() {
        let n = Network::new("Nord", &["Anne", "Bo", "Carla", "Dorte"]);
        let mut last = record(
            &n,
            d(9, 14),
            &Meeting {
                present: n.names(),
                facilitator: Some("Anne".into()),
                case_givers: vec!["Bo".into()],
                ..Meeting::default()
            },
        );
        last.next_meeting = Some(next_meeting_defaults(&n, &[], &last, d(10, 12)));
        assert_eq!(
            last.next_meeting.as_ref().unwrap().facilitator.as_deref(),
            Some("Bo")
        );
        assert_eq!(
            last.next_meeting.as_ref().unwrap().case_giver.as_deref(),
            Some("Anne")
        );
        let attendance: Vec<Attendance> = ["Anne", "Bo", "Dorte"]
            .iter()
            .map(|p| Attendance {
                participant: p.to_string(),
                presence: Presence::Present,
                arrived: None,
                left: None,
            })
            .collect();
        let mut roles = Roles {
            note_taker: Some("Dorte".into()),
            ..Roles::default()
        };
        let s = for_new_session(
            &n,
            &[PastMeeting::of(&last)],
            d(10, 12),
            &attendance,
            &roles,
            &[],
        );
        fill_roles(&mut roles, &s);
        assert_eq!(roles.facilitator.as_deref(), Some("Bo"), "next in order");
        assert_eq!(roles.note_taker.as_deref(), Some("Dorte"), "chosen, kept");
        assert_eq!(roles.case_givers, ["Anne"]);
        assert_eq!(roles.interviewers.len(), 1);
        assert!(!["Anne", "Bo", "Carla"].contains(&roles.interviewers[0].as_str()));
    }

    #[test]
    fn reads_back_a_stored_role_name() {
        assert_eq!(
            crate::model::role_kind::RoleKind::parse("note_taker"),
            Some(crate::model::role_kind::RoleKind::NoteTaker)
        );
        assert_eq!(crate::model::role_kind::RoleKind::parse("host"), None);
    }
}
