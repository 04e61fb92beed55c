use super::*;
use crate::model::record::{ActionStatus, Presence};
use crate::model::record::{HandOverCause, SessionStatus};
use crate::rotation::sample::{Meeting, record};

fn stamp(s: &str) -> Stamp {
    chrono::DateTime::parse_from_rfc3339(s).unwrap()
}

fn round_trip(meeting: &PastMeeting) -> PastMeeting {
    decode_facts(
        meeting.id.clone(),
        &meeting.started.to_rfc3339(),
        &format!("{:?}", meeting.status),
        meeting.network.name.clone(),
        &encode_facts(meeting).unwrap(),
    )
    .unwrap()
}

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
    assert_eq!(round_trip(&meeting), meeting);
}

#[test]
fn every_field_reads_back_with_guests_repeats_and_every_code() {
    let n = Network::new("Nord", &["Anne", "Bo", "Carla", "Dorte", "Erik"]);
    let mut meeting = PastMeeting::of(&record(
        &n,
        NaiveDate::from_ymd_opt(2026, 9, 14).unwrap(),
        &Meeting::default(),
    ));
    meeting.status = SessionStatus::Discarded;
    // A guest, not on the roster, and every presence.
    let presences = [
        Presence::Present,
        Presence::Late,
        Presence::NotifiedAbsence,
        Presence::Absent,
        Presence::OnLeave,
        Presence::Present,
    ];
    meeting.attendance = ["Anne", "Bo", "Carla", "Dorte", "Erik", "Gæst Ø"]
        .iter()
        .zip(presences)
        .map(|(who, presence)| Attendance {
            participant: who.to_string(),
            presence,
            arrived: None,
            left: None,
        })
        .collect();
    meeting.roles = Roles {
        facilitator: Some("Erik".into()),
        note_taker: Some("Gæst Ø".into()),
        case_givers: vec!["Bo".into(), "Carla".into()],
        interviewers: vec!["Anne".into()],
        timekeeper: None,
        host: Some("Udefra".into()),
        reserve: Some("Dorte".into()),
    };
    meeting.airtime = vec![("Erik".into(), 3), ("Gæst Ø".into(), 40)];
    meeting.open_actions = vec![4, 9];
    let first = stamp("2026-09-14T09:31:00+02:00");
    let second = stamp("2026-09-14T09:35:10.5+02:00");
    meeting.follow_ups = [
        ("a", 3, ActionStatus::Done, first),
        ("b", 1, ActionStatus::Moved, second),
        ("a", 7, ActionStatus::Dropped, first),
        ("a", 8, ActionStatus::Open, second),
    ]
    .into_iter()
    .map(|(session, note, status, at)| FollowUp {
        session: session.into(),
        note,
        status,
        at,
        due: (status == ActionStatus::Moved).then(|| NaiveDate::from_ymd_opt(2026, 10, 2).unwrap()),
    })
    .collect();
    meeting.next_meeting = Some(NextMeeting {
        date: NaiveDate::from_ymd_opt(2026, 10, 2),
        host: Some("Carla".into()),
        facilitator: Some("Ny Person".into()),
        note_taker: None,
        case_giver: Some("Erik".into()),
        reserve: Some("Bo".into()),
        theme: Some("Trivsel og »pres«".into()),
        agreed: Some(vec![NextField::Date, NextField::Host]),
    });
    meeting.scores = [0, 1, 2, 3, 4];
    meeting.hand_overs = vec![
        RotationOverride {
            role: "interviewer".into(),
            suggested: Some("Anne".into()),
            chosen: "Bo".into(),
            reason: "Anne gik".into(),
            at: first,
            step: Some(3),
            cause: Some(HandOverCause::Left),
        },
        RotationOverride {
            role: "case_giver".into(),
            suggested: None,
            chosen: "Carla".into(),
            reason: String::new(),
            at: second,
            step: None,
            cause: None,
        },
    ];
    assert_eq!(round_trip(&meeting), meeting);
    let written = encode_facts(&meeting).unwrap();
    let count = |needle: &[u8]| {
        written
            .windows(needle.len())
            .filter(|w| *w == needle)
            .count()
    };
    assert_eq!(count(b"Present"), 0, "codes, not names");
    assert_eq!(
        count(b"Carla"),
        2,
        "each name once, and once more in a hand-over"
    );
}

#[test]
fn a_number_out_of_range_is_an_error_not_a_panic() {
    let n = Network::new("Nord", &["Anne"]);
    let meeting = PastMeeting::of(&record(
        &n,
        NaiveDate::from_ymd_opt(2026, 9, 14).unwrap(),
        &Meeting::default(),
    ));
    let written = encode_facts(&meeting).unwrap();
    let decode = |facts: &[u8]| {
        decode_facts(
            meeting.id.clone(),
            &meeting.started.to_rfc3339(),
            "Finished",
            "Nord".into(),
            facts,
        )
    };
    assert_eq!(decode(&written).unwrap(), meeting);
    // The names list emptied (`[1, 4, "Anne"]` to `[0]`): Anne's
    // attendance names a name that is not there.
    assert_eq!(&written[..6], b"\x01\x04Anne");
    let mut no_names = vec![0];
    no_names.extend_from_slice(&written[6..]);
    let why = decode(&no_names).unwrap_err();
    assert!(why.contains("name 0 of 0"), "{why}");
    // Cut short, empty, or not facts at all: an error, never a panic.
    for facts in [
        &written[..written.len() / 2],
        &[][..],
        b"nonsense",
        &[0xff; 40][..],
    ] {
        if let Ok(back) = decode(facts) {
            assert_ne!(back, meeting, "{facts:?}");
        }
    }
}
