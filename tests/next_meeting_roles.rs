//! The next meeting's agreement follows the people who actually held the
//! roles: suggested from the roles as they stand when it is made (a role
//! handed over during the meeting counts for its new holder), around what
//! the facilitator entered, and kept in the record as suggestions.
// A test stops on a failed set-up: it may unwrap.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::standard_plan;
use runde::clock::FakeClock;
use runde::engine::{Msg, NewSession, Session};
use runde::model::Network;
use runde::model::record::{NextField, NextMeeting, Roles};
use runde::model::role_kind::RoleKind;
use runde::ui::popup::Popups;
use runde::ui::screens::live::LiveScreen;

fn network() -> Network {
    Network::new(
        "Ledere Syd",
        &["Anne", "Bo", "Carla", "Dorte", "Gustav", "Erik", "Frida"],
    )
}

/// A meeting at its agreement step, with no earlier meetings read.
fn at_agreement(clock: &FakeClock) -> LiveScreen {
    let mut new = NewSession::with_everyone(standard_plan(), network());
    new.roles = Roles {
        facilitator: Some("Anne".into()),
        note_taker: Some("Frida".into()),
        timekeeper: Some("Erik".into()),
        case_givers: vec!["Bo".into()],
        interviewers: vec!["Carla".into()],
        reserve: Some("Dorte".into()),
        ..Roles::default()
    };
    let mut live = LiveScreen::new(Session::start(new, clock), true);
    live.next_past = Some(Vec::new());
    while !live.agreeing_next() {
        live.move_on(clock, &mut Popups::default());
    }
    live
}

#[test]
fn a_facilitator_who_hands_over_moves_the_next_facilitator_on() {
    let clock = FakeClock::default();
    let mut live = at_agreement(&clock);
    assert_eq!(live.next_meeting().facilitator.as_deref(), Some("Bo"));
    live.session.update(
        Msg::HandOver {
            role: RoleKind::Facilitator,
            to: Some("Gustav".into()),
            reason: "Anne blev kaldt væk".into(),
        },
        &clock,
    );
    assert_eq!(
        live.session.record().roles.facilitator.as_deref(),
        Some("Gustav")
    );
    let next = live.next_meeting();
    assert_eq!(
        next.facilitator.as_deref(),
        Some("Erik"),
        "after Gustav, who held the frame to the end"
    );
    assert_eq!(next.agreed, Some(Vec::new()), "only suggested");
    // Leaving the step keeps the suggestion, marked as one.
    live.move_on(&clock, &mut Popups::default());
    let kept = live.session.record().next_meeting.clone().unwrap();
    assert_eq!(kept, next);
}

#[test]
fn what_the_facilitator_entered_stays_and_the_rest_is_suggested_around_it() {
    let clock = FakeClock::default();
    let mut live = at_agreement(&clock);
    let suggested = live.next_meeting();
    let case_giver = suggested.case_giver.clone().unwrap();
    // The one the rotation had for the case will hold the frame instead.
    let mut entered = suggested.clone();
    entered.facilitator = Some(case_giver.clone());
    entered.agree(NextField::Facilitator);
    live.session.update(Msg::SetNextMeeting(entered), &clock);
    let next = live.next_meeting();
    assert_eq!(next.facilitator.as_deref(), Some(case_giver.as_str()));
    assert_eq!(next.agreed, Some(vec![NextField::Facilitator]));
    assert!(next.case_giver.is_some());
    assert_ne!(
        next.case_giver, next.facilitator,
        "a facilitator does not bring the case"
    );
    assert_ne!(next.note_taker, next.facilitator);
    assert_eq!(next.date, suggested.date, "the date is still the default");
}

#[test]
fn an_agreement_from_before_agreed_fields_were_kept_is_left_as_it_is() {
    let clock = FakeClock::default();
    let mut live = at_agreement(&clock);
    let old = NextMeeting {
        facilitator: Some("Carla".into()),
        agreed: None,
        ..NextMeeting::default()
    };
    live.session
        .update(Msg::SetNextMeeting(old.clone()), &clock);
    assert_eq!(live.next_meeting(), old);
}

#[test]
fn the_next_meeting_is_not_proposed_on_a_holiday() {
    // Four weeks after Friday 4 December 2026 is New Year's Day: the
    // proposal is the Friday after it.
    let clock = FakeClock::at("2026-12-04T09:00:00+01:00");
    let live = at_agreement(&clock);
    assert_eq!(
        live.next_meeting().date,
        chrono::NaiveDate::from_ymd_opt(2027, 1, 8)
    );
}
