//! The network screen's charter view: the charter part by part, each entry
//! editable (Enter), new ones added (a) and old ones deleted (x, asked
//! first), and below it the network's year of attendance and check-out
//! scores. Every change is saved at once, like any edit of the network.

use super::super::keys::{self, CharterAction};
use super::super::popup::{Confirm, Help, Popups};
use super::super::text_field::TextField;
use super::help::TextFields;
use super::network::{NetworkOutcome, NetworkScreen, Prompt, PromptKind};
use super::network_popup::{NetworkPopup, NetworkQuestion};
use crate::i18n::charter as words;
use crate::model::charter::{Charter, CharterPart};
use crate::text::Lang;
use crossterm::event::KeyEvent;

/// A place in the charter view: an entry of a part, or the line that adds
/// one to it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Slot {
    Entry(CharterPart, usize),
    Add(CharterPart),
}

/// Every slot, part by part: its entries, then its "add" line.
pub fn slots(charter: &Charter) -> Vec<Slot> {
    CharterPart::ALL
        .iter()
        .flat_map(|part| {
            (0..charter.part(*part).len())
                .map(move |i| Slot::Entry(*part, i))
                .chain(std::iter::once(Slot::Add(*part)))
        })
        .collect()
}

impl Slot {
    pub fn part(self) -> CharterPart {
        match self {
            Slot::Entry(part, _) | Slot::Add(part) => part,
        }
    }
}

impl NetworkScreen {
    /// The slot the cursor is on.
    pub fn charter_slot(&self) -> Option<Slot> {
        let cursor = self.charter_view?;
        slots(&self.network.charter).get(cursor).copied()
    }

    /// A key in the charter view.
    pub(super) fn charter_key(&mut self, key: KeyEvent, popups: &mut Popups) -> NetworkOutcome {
        let Some(action) = keys::lookup(keys::CHARTER, &key) else {
            return NetworkOutcome::Stay;
        };
        self.message = None;
        let count = slots(&self.network.charter).len();
        let cursor = self.charter_view.unwrap_or(0);
        match action {
            CharterAction::Up => self.charter_view = Some(cursor.saturating_sub(1)),
            CharterAction::Down => {
                self.charter_view = Some((cursor + 1).min(count.saturating_sub(1)))
            }
            CharterAction::Edit => match self.charter_slot() {
                Some(Slot::Entry(part, i)) => {
                    let text = self.network.charter.part(part)[i].clone();
                    self.prompt = Some(Prompt::new(
                        PromptKind::Charter(Slot::Entry(part, i)),
                        TextField::new(&text),
                    ));
                }
                Some(add) => self.ask_new(add.part()),
                None => {}
            },
            CharterAction::Add => {
                if let Some(slot) = self.charter_slot() {
                    self.ask_new(slot.part());
                }
            }
            CharterAction::Remove => {
                if let Some(Slot::Entry(part, i)) = self.charter_slot() {
                    let text = self.network.charter.part(part)[i].clone();
                    let ask = Confirm::new(NetworkQuestion::RemoveEntry {
                        part,
                        index: i,
                        text,
                    });
                    popups.open(NetworkPopup::Confirm(ask));
                }
            }
            CharterAction::Help => popups.open(Help::of(keys::CHARTER, TextFields::Some)),
            CharterAction::Back => self.charter_view = None,
        }
        NetworkOutcome::Stay
    }

    fn ask_new(&mut self, part: CharterPart) {
        self.prompt = Some(Prompt::new(
            PromptKind::Charter(Slot::Add(part)),
            TextField::default(),
        ));
    }

    /// The text typed for a slot: the entry's new wording, or a new entry.
    pub(super) fn charter_answer(&mut self, slot: Slot, text: &str, lang: Lang) -> NetworkOutcome {
        let text = text.trim();
        if text.is_empty() {
            return NetworkOutcome::Stay;
        }
        let mut charter = self.network.charter.clone();
        let entries = charter.part_mut(slot.part());
        match slot {
            Slot::Entry(_, i) if i < entries.len() => entries[i] = text.to_string(),
            _ => entries.push(text.to_string()),
        }
        let at = slots(&charter).iter().position(|s| match (slot, s) {
            (Slot::Entry(p, i), Slot::Entry(q, j)) => p == *q && i == *j,
            (Slot::Add(p), Slot::Entry(q, j)) => p == *q && *j + 1 == charter.part(p).len(),
            _ => false,
        });
        self.charter_view = at.or(self.charter_view);
        self.change_charter(charter, lang)
    }

    /// Deletes an entry the facilitator said yes to deleting.
    pub(super) fn remove_entry(
        &mut self,
        part: CharterPart,
        index: usize,
        lang: Lang,
    ) -> NetworkOutcome {
        let mut charter = self.network.charter.clone();
        if index < charter.part(part).len() {
            charter.part_mut(part).remove(index);
        }
        self.change_charter(charter, lang)
    }

    fn change_charter(&mut self, mut charter: Charter, lang: Lang) -> NetworkOutcome {
        charter.agreed = Some(self.today);
        self.network.charter = charter;
        self.unsaved = true;
        self.message = Some((words::SAVED.get(lang).to_string(), false));
        NetworkOutcome::Save(self.network.clone())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_part_has_its_entries_then_a_line_to_add_one() {
        let charter = Charter {
            purpose: vec!["Sparring".into()],
            ground_rules: vec!["Fortrolighed".into(), "Afbud i god tid".into()],
            ..Charter::default()
        };
        assert_eq!(
            slots(&charter),
            [
                Slot::Entry(CharterPart::Purpose, 0),
                Slot::Add(CharterPart::Purpose),
                Slot::Add(CharterPart::Goals),
                Slot::Add(CharterPart::SuccessCriteria),
                Slot::Entry(CharterPart::GroundRules, 0),
                Slot::Entry(CharterPart::GroundRules, 1),
                Slot::Add(CharterPart::GroundRules),
            ]
        );
    }
}
