//! The room state the live session publishes for `runde display`.

use super::{Problem, Store, StoreError};
use crate::model::room::RoomState;
use std::fs;
use std::path::Path;

impl Store {
    /// Publishes what the room may see, for `runde display`.
    pub fn save_room_state(&self, state: &RoomState) -> Result<(), StoreError> {
        self.write_ron(&self.paths.room_file(), state)
    }

    /// The last published room state; `None` when no session has published.
    pub fn room_state(&self) -> Option<Result<RoomState, Problem>> {
        let path = self.paths.room_file();
        path.exists().then(|| self.read::<RoomState>(&path))
    }

    /// A cheap change check for the display: the room file's modification time.
    pub fn room_state_changed_at(&self) -> Option<std::time::SystemTime> {
        fs::metadata(self.paths.room_file())
            .and_then(|m| m.modified())
            .ok()
    }

    /// True while the process with this id runs (Linux: /proc).
    pub fn process_alive(pid: u32) -> bool {
        Path::new(&format!("/proc/{pid}")).exists()
    }
}
