//! Settling earlier meetings' actions, and agreeing the next meeting.

use super::Session;
use crate::model::record::{ActionStatus, FollowUp, NextMeeting, Stamp};

impl Session {
    /// Records what became of an earlier action; a later mark replaces an
    /// earlier one made in this session.
    pub(super) fn follow_up(
        &mut self,
        session: String,
        note: u32,
        status: ActionStatus,
        due: Option<chrono::NaiveDate>,
        wall: Stamp,
    ) -> bool {
        if session == self.record.id {
            return false;
        }
        self.record
            .follow_ups
            .retain(|f| !(f.session == session && f.note == note));
        self.record.follow_ups.push(FollowUp {
            session,
            note,
            status,
            at: wall,
            due: due.filter(|_| status == ActionStatus::Moved),
        });
        true
    }

    /// What this session settled for an earlier action, if anything.
    pub fn followed_up(&self, session: &str, note: u32) -> Option<ActionStatus> {
        self.record
            .follow_ups
            .iter()
            .rev()
            .find(|f| f.session == session && f.note == note)
            .map(|f| f.status)
    }

    pub(super) fn set_next_meeting(&mut self, next: NextMeeting) -> bool {
        if self.record.next_meeting.as_ref() == Some(&next) {
            return false;
        }
        self.record.next_meeting = Some(next);
        true
    }
}

#[cfg(test)]
mod tests {
    use crate::clock::FakeClock;
    use crate::engine::{Effect, Msg, NewSession, Session};
    use crate::model::record::{ActionStatus, NextMeeting};
    use crate::model::{Network, Plan};

    fn session(clock: &FakeClock) -> Session {
        let (_, src) = crate::bundled::PLANS[0];
        let plan: Plan =
            crate::store::parse::parse(std::path::Path::new("p.ron"), src.as_bytes()).unwrap();
        Session::start(NewSession::with_everyone(plan, Network::demo()), clock)
    }

    #[test]
    fn a_follow_up_is_saved_and_a_second_mark_replaces_the_first() {
        let clock = FakeClock::default();
        let mut s = session(&clock);
        let mark = |status| Msg::FollowUp {
            session: "2026-10-01-0900-demo-standard".into(),
            note: 3,
            status,
            due: None,
        };
        assert_eq!(
            s.update(mark(ActionStatus::Done), &clock),
            vec![Effect::Save]
        );
        s.update(mark(ActionStatus::Moved), &clock);
        assert_eq!(s.record().follow_ups.len(), 1);
        assert_eq!(
            s.followed_up("2026-10-01-0900-demo-standard", 3),
            Some(ActionStatus::Moved)
        );
    }

    #[test]
    fn the_next_meeting_is_kept_in_the_record() {
        let clock = FakeClock::default();
        let mut s = session(&clock);
        let next = NextMeeting {
            host: Some("Bo".into()),
            ..NextMeeting::default()
        };
        assert_eq!(
            s.update(Msg::SetNextMeeting(next.clone()), &clock),
            vec![Effect::Save]
        );
        assert_eq!(s.record().next_meeting, Some(next.clone()));
        assert!(s.update(Msg::SetNextMeeting(next), &clock).is_empty());
    }
}
