//! The earlier actions a session followed up, read from the records they
//! were taken in, for the minutes.

use super::{Loaded, Store};
use crate::model::Record;
use crate::model::open_action::FollowedAction;
use std::collections::HashMap;

impl Store {
    /// The earlier actions `record` followed up, in the order it did. A
    /// record that cannot be read is a problem (once), and its actions'
    /// follow-ups are left out of the items: the minutes must not look
    /// complete without a word.
    pub fn followed(&self, record: &Record) -> Loaded<FollowedAction> {
        let mut earlier: HashMap<&str, Option<Record>> = HashMap::new();
        let mut loaded = Loaded {
            items: Vec::new(),
            problems: Vec::new(),
        };
        for f in &record.follow_ups {
            let source = earlier.entry(f.session.as_str()).or_insert_with(|| {
                match self.load_record(&f.session) {
                    Ok(found) => Some(found),
                    Err(problem) => {
                        loaded.problems.push(problem);
                        None
                    }
                }
            });
            if let Some(note) = source
                .as_ref()
                .and_then(|r| r.notes.iter().find(|n| n.id == f.note))
            {
                loaded.items.push(FollowedAction {
                    text: note.text.clone(),
                    owner: note.owner.clone(),
                    status: f.status,
                    private: note.private,
                    due: f.due,
                });
            }
        }
        loaded
    }
}
