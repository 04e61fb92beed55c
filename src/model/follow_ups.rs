//! Actions carry over: an action stays open until a later session's
//! follow-up marks it done, moved or dropped. Pure over records, so the live
//! "since last time" round and `runde actions` agree.

use crate::model::Record;
use crate::model::plan::NoteKind;
use crate::model::record::{ActionStatus, FollowUp, Stamp};
use crate::names::same;
use std::collections::HashMap;

pub use super::open_action::OpenAction;

/// Every action of the network's sessions, oldest first, with the latest
/// follow-up (from any record) applied.
pub fn all_actions(records: &[Record], network: &str) -> Vec<OpenAction> {
    let latest = latest_follow_ups(records);
    let mut out = Vec::new();
    let mut sessions: Vec<&Record> = records
        .iter()
        .filter(|r| same(&r.network.name, network) && !r.is_discarded())
        .collect();
    sessions.sort_by(|a, b| a.id.cmp(&b.id));
    for record in sessions {
        let mut notes: Vec<_> = record
            .notes
            .iter()
            .filter(|n| n.kind == NoteKind::Action)
            .collect();
        notes.sort_by_key(|n| (n.at, n.id));
        for note in notes {
            let own = note.status.unwrap_or(ActionStatus::Open);
            let last = latest.get(&(record.id.as_str(), note.id));
            let status = last.map_or(own, |f| f.status);
            // Moved: due when the follow-up said (none: the next meeting).
            let due = match last {
                Some(f) if f.status == ActionStatus::Moved => f.due,
                _ => note.due,
            };
            out.push(OpenAction {
                session: record.id.clone(),
                date: record.started.date_naive(),
                note: note.id,
                text: note.text.clone(),
                owner: note.owner.clone(),
                due,
                private: note.private,
                status,
            });
        }
    }
    out
}

/// The network's open actions from sessions other than `current` (the
/// session now running, whose own follow-ups already count).
pub fn open_actions(records: &[Record], network: &str, current: Option<&str>) -> Vec<OpenAction> {
    all_actions(records, network)
        .into_iter()
        .filter(|a| a.is_open() && Some(a.session.as_str()) != current)
        .collect()
}

/// Actions grouped by owner: owners in roster order first, then any other
/// owner by name, then actions with no owner (`None`).
pub fn open_actions_by_owner(
    actions: Vec<OpenAction>,
    roster: &[String],
) -> Vec<(Option<String>, Vec<OpenAction>)> {
    let mut groups: Vec<(Option<String>, Vec<OpenAction>)> = Vec::new();
    for action in actions {
        let key = action.owner.as_ref().map(|o| {
            roster
                .iter()
                .find(|r| same(r, o))
                .cloned()
                .unwrap_or_else(|| o.trim().to_string())
        });
        match groups.iter_mut().find(|(k, _)| *k == key) {
            Some((_, list)) => list.push(action),
            None => groups.push((key, vec![action])),
        }
    }
    let rank = |owner: &Option<String>| match owner {
        Some(o) => match roster.iter().position(|r| r == o) {
            Some(i) => (0, i, None),
            None => (1, 0, Some(crate::names::sort_key(o))),
        },
        None => (2, 0, None),
    };
    groups.sort_by_cached_key(|(owner, _)| rank(owner));
    groups
}

/// Records in `record` (the running session) that `action` is now `status`.
/// A second mark on the same action replaces the first.
pub fn mark(record: &mut Record, action: &OpenAction, status: ActionStatus, at: Stamp) {
    record
        .follow_ups
        .retain(|f| !(f.session == action.session && f.note == action.note));
    record.follow_ups.push(FollowUp {
        session: action.session.clone(),
        note: action.note,
        status,
        at,
        due: None,
    });
}

/// Each action's latest follow-up, by (session, note).
fn latest_follow_ups(records: &[Record]) -> HashMap<(&str, u32), &FollowUp> {
    let mut latest: HashMap<(&str, u32), &FollowUp> = HashMap::new();
    // A discarded meeting counts for nothing, its follow-ups neither.
    let counted = records.iter().filter(|r| !r.is_discarded());
    for f in counted.flat_map(|r| &r.follow_ups) {
        let key = (f.session.as_str(), f.note);
        match latest.get(&key) {
            Some(known) if known.at > f.at => {}
            _ => {
                latest.insert(key, f);
            }
        }
    }
    latest
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::tests::record_with;
    use crate::model::Network;
    use crate::model::record::Note;

    fn stamp(s: &str) -> Stamp {
        chrono::DateTime::parse_from_rfc3339(s).unwrap()
    }

    fn action(id: u32, text: &str, owner: &str) -> Note {
        Note {
            id,
            kind: NoteKind::Action,
            text: text.to_string(),
            at: stamp("2026-03-12T10:00:00+01:00"),
            step: 0,
            participant: None,
            owner: Some(owner.to_string()),
            due: None,
            private: false,
            status: Some(ActionStatus::Open),
        }
    }

    #[test]
    fn an_action_marked_done_next_time_is_no_longer_open() {
        let net = Network::new("Øst", &["Anne", "Bo"]);
        let mut first = record_with(net.clone());
        first.id = "2026-03-12-0900-oest-standard".into();
        first.notes = vec![
            action(1, "Ring til HR", "Bo"),
            action(2, "Send slides", "Anne"),
        ];
        let mut second = record_with(net);
        second.id = "2026-04-09-0900-oest-standard".into();
        second.started = stamp("2026-04-09T09:00:00+02:00");

        let open = open_actions(&[first.clone(), second.clone()], "øst", Some(&second.id));
        assert_eq!(open.len(), 2);
        let bo = open.iter().find(|a| a.note == 1).unwrap().clone();
        mark(
            &mut second,
            &bo,
            ActionStatus::Done,
            stamp("2026-04-09T09:20:00+02:00"),
        );
        mark(
            &mut second,
            &bo,
            ActionStatus::Done,
            stamp("2026-04-09T09:21:00+02:00"),
        );
        assert_eq!(second.follow_ups.len(), 1);

        let open = open_actions(&[first, second.clone()], "Øst", Some(&second.id));
        assert_eq!(open.len(), 1);
        assert_eq!(open[0].text, "Send slides");
    }

    #[test]
    fn groups_by_owner_in_roster_order() {
        let mut r = record_with(Network::new("X", &["Anne", "Bo"]));
        r.notes = vec![
            action(1, "a", "Bo"),
            action(2, "b", "Gæst"),
            action(3, "c", "anne"),
        ];
        r.notes[1].owner = None;
        let groups =
            open_actions_by_owner(open_actions(&[r], "X", None), &["Anne".into(), "Bo".into()]);
        let owners: Vec<_> = groups.iter().map(|(o, _)| o.clone()).collect();
        assert_eq!(owners, vec![Some("Anne".into()), Some("Bo".into()), None]);
    }

    #[test]
    fn owners_off_the_roster_come_after_it_in_danish_order() {
        let mut r = record_with(Network::new("X", &["Bo"]));
        r.notes = vec![
            action(1, "a", "Øjvind"),
            action(2, "b", "Aage"),
            action(3, "c", "Zenia"),
            action(4, "d", "Bo"),
        ];
        let groups = open_actions_by_owner(open_actions(&[r], "X", None), &["Bo".into()]);
        let owners: Vec<_> = groups.iter().filter_map(|(o, _)| o.clone()).collect();
        assert_eq!(owners, ["Bo", "Zenia", "Øjvind", "Aage"]);
    }
}
