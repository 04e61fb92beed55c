//! `x` on the home screen: close the unfinished meeting as it stood when
//! it last ran (one left behind weeks ago, usually), after a yes. Its
//! notes, actions and attendance then count as a meeting held; a false
//! start is discarded from the review instead.

use super::{HomeQuestion, HomeScreen, Row};
use crate::ui::popup::{Confirm, Popup, Popups};

impl HomeScreen {
    /// Asks whether to close the session to resume; not while it runs on
    /// another machine (its row says so).
    pub(super) fn ask_close_left(&self, popups: &mut Popups) {
        let Some(r) = self.resumable.as_ref().filter(|_| self.elsewhere.is_none()) else {
            return;
        };
        popups.open(Popup::Home(Confirm::new(HomeQuestion::CloseLeft {
            id: r.id.clone(),
            network: r.network.name.clone(),
            started: r.started,
            last: r.last_ran(),
        })));
    }

    /// The meeting was closed (or why not): it is no longer offered.
    pub fn closed_left(&mut self, result: Result<String, String>) {
        match result {
            Ok(said) => {
                self.resumable = None;
                self.resumable_left = false;
                self.elsewhere = None;
                if self.focus == Row::Resume {
                    self.focus = Row::Start;
                }
                self.message = Some(said);
            }
            Err(why) => self.message = Some(why),
        }
    }
}
