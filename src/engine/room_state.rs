//! The room's view of a live session, derived from the session alone:
//! the live screen publishes it and `runde display` and the room view draw it.

use crate::engine::{Countdown, Session};
use crate::model::record::Stamp;
use crate::model::room::{ROOM_VERSION, RoomState, RoomTimer};
use std::time::Instant;

/// What the room may see now. There is no note in it, by construction.
pub fn room_state(session: &Session, now: Instant, wall: Stamp, pid: u32) -> RoomState {
    let record = session.record();
    let phase = session.phase().map(|(p, _)| p);
    RoomState {
        version: ROOM_VERSION,
        session: record.id.clone(),
        pid,
        live: !session.is_finished(),
        plan_title: record.plan.title.clone(),
        step_title: session.step().title.clone(),
        step_index: session.step_index(),
        step_count: record.plan.steps.len(),
        phase_title: phase.map(|p| p.title.clone()),
        discipline: phase.and_then(|p| p.discipline.clone()),
        timer: room_timer(session.main_countdown(now)),
        step_timer: room_timer(session.step_countdown(now)),
        speaker_now: session.speaker().map(str::to_string),
        speaker_next: session.up_next().map(str::to_string),
        day_roles: session
            .day_roles()
            .into_iter()
            .filter(|h| h.here)
            .map(|h| (h.role, h.name))
            .collect(),
        voices: session.phase_voices(),
        role_names: record.plan.role_names(Some(session.step_index())),
        behind_secs: session.behind_secs(now),
        back_at: session.break_ends(now),
        at: wall,
    }
}

fn room_timer(countdown: Countdown) -> RoomTimer {
    RoomTimer {
        planned_secs: countdown.target_secs,
        remaining_secs: countdown.target_secs as i64 - countdown.elapsed_secs as i64,
        running: !countdown.paused,
    }
}

/// True when the published state differs from the last one in anything but
/// the stamp and the running countdowns: only then is it worth writing.
pub fn worth_publishing(last: Option<&RoomState>, next: &RoomState) -> bool {
    let Some(last) = last else {
        return true;
    };
    let drifted = |a: &RoomTimer, b: &RoomTimer| {
        a.running != b.running
            || a.planned_secs != b.planned_secs
            || (b.remaining_secs - a.remaining_at(last.at, next.at)).abs() > 1
            || (!a.running && a.remaining_secs != b.remaining_secs)
    };
    last.session != next.session
        || last.live != next.live
        || last.step_index != next.step_index
        || last.phase_title != next.phase_title
        || last.speaker_now != next.speaker_now
        || last.speaker_next != next.speaker_next
        || last.day_roles != next.day_roles
        || last.voices != next.voices
        || drifted(&last.timer, &next.timer)
        || drifted(&last.step_timer, &next.step_timer)
        || (last.behind_secs - next.behind_secs).abs() >= 60
        || last.back_at.map(|t| t.timestamp() / 60) != next.back_at.map(|t| t.timestamp() / 60)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clock::{Clock, FakeClock};
    use crate::engine::{Msg, NewNote, NewSession};
    use crate::model::plan::NoteKind;
    use crate::model::{Network, Plan};

    fn session(clock: &FakeClock) -> Session {
        let (_, src) = crate::bundled::PLANS
            .iter()
            .find(|(id, _)| *id == "standard")
            .unwrap();
        let plan: Plan =
            crate::store::parse::parse(std::path::Path::new("standard.ron"), src.as_bytes())
                .unwrap();
        Session::start(NewSession::with_everyone(plan, Network::demo()), clock)
    }

    #[test]
    fn publishes_only_when_something_the_room_sees_changes() {
        let clock = FakeClock::default();
        let mut s = session(&clock);
        let first = room_state(&s, clock.now(), clock.wall(), 1);
        assert!(worth_publishing(None, &first));
        clock.advance_secs(20);
        let later = room_state(&s, clock.now(), clock.wall(), 1);
        assert!(
            !worth_publishing(Some(&first), &later),
            "a running countdown alone"
        );
        s.update(Msg::NextStep, &clock);
        s.update(Msg::NextSpeaker, &clock);
        let speaking = room_state(&s, clock.now(), clock.wall(), 1);
        assert!(worth_publishing(Some(&later), &speaking));
        assert_eq!(speaking.step_index, 1);
        assert!(speaking.speaker_now.is_some());
        s.update(Msg::TogglePause, &clock);
        let paused = room_state(&s, clock.now(), clock.wall(), 1);
        assert!(!paused.timer.running);
        assert!(worth_publishing(Some(&speaking), &paused));
    }

    #[test]
    fn a_note_never_reaches_the_room() {
        let clock = FakeClock::default();
        let mut s = session(&clock);
        s.update(
            Msg::AddNote(NewNote {
                kind: NoteKind::Note,
                text: "Bo is close to burning out".into(),
                private: true,
                owner: None,
                due: None,
                about: crate::engine::About::Speaker,
            }),
            &clock,
        );
        let state = room_state(&s, clock.now(), clock.wall(), 1);
        let text = crate::store::parse::to_ron(&state).unwrap();
        assert!(!text.contains("burning out"), "{text}");
    }
}
