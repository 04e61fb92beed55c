//! Closing a meeting left behind: finished as it stood when it last ran,
//! so what it held (attendance, turns, notes, actions) counts as a meeting
//! held, without running its steps to the end weeks later.

use super::session::Session;
use crate::clock::Clock;
use crate::model::Record;

impl Session {
    /// `record`, finished when it last ran: the step it stood at ends
    /// then, with the time it had run; saved now.
    pub fn close_as_left(record: Record, clock: &dyn Clock) -> Record {
        let last = record.last_ran();
        let mut session = Session::resume(record, clock);
        if session.record.is_finished() {
            return session.record;
        }
        let now = clock.now();
        session.finish(now, last);
        session.sync(now, clock.wall());
        session.record
    }
}
