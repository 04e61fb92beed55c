//! Who is in the room and what gets written down: notes, late arrivals
//! and those who leave, each keeping the round in progress right.

use super::NewNote;
use super::session::Session;
use crate::model::plan::NoteKind;
use crate::model::record::{ActionStatus, Attendance, Note, Presence, Stamp};
use std::time::Instant;

impl Session {
    pub(super) fn add_note(&mut self, note: NewNote, wall: Stamp) -> bool {
        let text = note.text.trim();
        if text.is_empty() {
            return false;
        }
        let participant = match note.about {
            super::About::Speaker => self.speaker(),
            super::About::Nobody => None,
        }
        .filter(|_| note.kind.keeps_speaker())
        .map(str::to_string);
        self.record.notes.push(Note {
            id: self.record.next_note_id(),
            kind: note.kind,
            text: text.to_string(),
            at: wall,
            step: self.record.live.step,
            participant,
            owner: note.owner,
            due: note.due.filter(|_| note.kind == NoteKind::Action),
            private: note.private,
            status: (note.kind == NoteKind::Action).then_some(ActionStatus::Open),
        });
        true
    }

    pub(super) fn arrive(&mut self, name: &str, now: Instant, wall: Stamp) -> bool {
        let name = name.trim();
        if name.is_empty() {
            return false;
        }
        let entry = self
            .record
            .attendance
            .iter_mut()
            .find(|a| crate::names::same(&a.participant, name));
        let canonical = match entry {
            Some(a) if a.presence.came() && a.left.is_none() => return false,
            Some(a) => {
                if a.presence.came() {
                    a.left = None;
                } else {
                    a.presence = Presence::Late;
                    a.arrived = Some(wall);
                }
                a.participant.clone()
            }
            None => {
                self.record.attendance.push(Attendance {
                    participant: name.to_string(),
                    presence: Presence::Late,
                    arrived: Some(wall),
                    left: None,
                });
                name.to_string()
            }
        };
        if self.joins_current_round(&canonical) {
            self.record.live.queue.push(canonical);
        }
        self.follow_the_room(now);
        true
    }

    pub(super) fn leave(&mut self, name: &str, now: Instant, wall: Stamp) -> bool {
        let Some(entry) = self.record.attendance.iter_mut().find(|a| {
            crate::names::same(&a.participant, name) && a.presence.came() && a.left.is_none()
        }) else {
            return false;
        };
        entry.left = Some(wall);
        let canonical = entry.participant.clone();
        let live = &self.record.live;
        if live.speaking && live.queue.first() == Some(&canonical) {
            self.end_turn(now);
            self.start_front_turn(now);
        } else {
            self.record.live.queue.retain(|q| q != &canonical);
        }
        self.record.live.passed.retain(|q| q != &canonical);
        if self.record.live.queue.is_empty() {
            self.record.live.speaking = false;
        }
        self.follow_the_room(now);
        true
    }
}
