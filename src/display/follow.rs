//! What the display shows: the room state while a live session runs,
//! else a waiting message. Pure, so the rules are tested without files.

use crate::model::room::RoomState;
use crate::store::Store;
use std::time::SystemTime;

/// What the display knows of the live session.
#[derive(Debug, Clone, PartialEq, Default)]
pub enum Following {
    /// No session runs (none published, it quit, or its process is gone).
    #[default]
    Waiting,
    /// A session runs; this is the last state it published.
    Live(Box<RoomState>),
}

/// Decides from a published state and whether its process still runs.
pub fn following(state: Option<RoomState>, alive: impl Fn(u32) -> bool) -> Following {
    match state {
        Some(state) if state.live && alive(state.pid) => Following::Live(Box::new(state)),
        _ => Following::Waiting,
    }
}

/// Reads the room file again only when it changed since the last look.
#[derive(Debug, Default)]
pub struct Follower {
    seen: Option<SystemTime>,
    pub current: Following,
}

impl Follower {
    /// Looks at the store; returns true when what is shown may have changed.
    pub fn refresh(&mut self, store: &Store) -> bool {
        self.refresh_with(store, Store::process_alive)
    }

    /// As [`Follower::refresh`], asking `alive` (once a look, and only
    /// while a session is live) whether the session's process still runs.
    fn refresh_with(&mut self, store: &Store, alive: impl Fn(u32) -> bool) -> bool {
        let changed_at = store.room_state_changed_at();
        let before = self.current.clone();
        if changed_at != self.seen {
            self.seen = changed_at;
            // A file half-written by an outside tool reads as no session;
            // the next write brings the display back.
            let state = store.room_state().and_then(Result::ok);
            self.current = following(state, alive);
        } else if let Following::Live(state) = &self.current
            && !alive(state.pid)
        {
            self.current = Following::Waiting;
        }
        self.current != before
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::room::{ROOM_VERSION, RoomTimer};
    use crate::store::Paths;
    use crate::text::Text;

    fn state(live: bool, pid: u32) -> RoomState {
        let timer = RoomTimer {
            planned_secs: 60,
            remaining_secs: 60,
            running: true,
        };
        RoomState {
            version: ROOM_VERSION,
            session: "s".into(),
            pid,
            live,
            plan_title: Text::from("Plan"),
            step_title: Text::from("Tjek-ind"),
            step_index: 0,
            step_count: 3,
            phase_title: None,
            discipline: None,
            timer,
            step_timer: timer,
            speaker_now: Some("Anne".into()),
            speaker_next: None,
            day_roles: vec![],
            voices: None,
            role_names: Default::default(),
            behind_secs: 0,
            back_at: None,
            at: chrono::DateTime::parse_from_rfc3339("2026-11-23T09:00:00+01:00").unwrap(),
        }
    }

    #[test]
    fn waits_unless_a_live_session_runs() {
        assert_eq!(following(None, |_| true), Following::Waiting);
        assert_eq!(
            following(Some(state(false, 1)), |_| true),
            Following::Waiting
        );
        assert_eq!(
            following(Some(state(true, 1)), |_| false),
            Following::Waiting
        );
        assert!(matches!(
            following(Some(state(true, 1)), |_| true),
            Following::Live(_)
        ));
    }

    #[test]
    fn follows_the_file_and_notices_a_quit() {
        let home = tempfile::tempdir().unwrap();
        let store = Store::new(Paths::under(home.path()));
        let mut follower = Follower::default();
        assert!(!follower.refresh(&store));
        assert_eq!(follower.current, Following::Waiting);
        store
            .save_room_state(&state(true, std::process::id()))
            .unwrap();
        assert!(follower.refresh(&store));
        assert!(matches!(follower.current, Following::Live(_)));
        assert!(!follower.refresh(&store), "nothing changed");
        let mut quit = state(false, std::process::id());
        quit.step_index = 1;
        store.save_room_state(&quit).unwrap();
        // The file system may keep the same mtime within its granularity;
        // forget what was seen, as a later look would.
        follower.seen = None;
        assert!(follower.refresh(&store));
        assert_eq!(follower.current, Following::Waiting);
    }

    #[test]
    fn notices_a_session_whose_process_died_and_asks_once_a_look() {
        let home = tempfile::tempdir().unwrap();
        let store = Store::new(Paths::under(home.path()));
        store.save_room_state(&state(true, 4242)).unwrap();
        let asked = std::cell::Cell::new(0);
        let alive = |running: bool| {
            let asked = &asked;
            move |pid: u32| {
                assert_eq!(pid, 4242);
                asked.set(asked.get() + 1);
                running
            }
        };
        let mut follower = Follower::default();
        assert!(follower.refresh_with(&store, alive(true)));
        assert!(matches!(follower.current, Following::Live(_)));
        assert_eq!(asked.get(), 1);
        // The file did not change, the process still runs: still live.
        assert!(!follower.refresh_with(&store, alive(true)));
        assert!(matches!(follower.current, Following::Live(_)));
        assert_eq!(asked.get(), 2, "asked once a look");
        // The process is gone without a last word: the display waits.
        assert!(follower.refresh_with(&store, alive(false)));
        assert_eq!(follower.current, Following::Waiting);
        assert_eq!(asked.get(), 3);
        // Waiting, nothing changed: nobody is asked about.
        assert!(!follower.refresh_with(&store, alive(false)));
        assert_eq!(asked.get(), 3);
    }
}
